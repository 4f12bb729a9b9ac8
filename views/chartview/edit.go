package chartview

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
	"orgdesigner/app"
	"orgdesigner/app/chart"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
	"orgdesigner/views/wrapped"
)

// selectedNode returns the selected node of the current layout.
func (c *Chart) selectedNode() (*chart.Node, bool) {
	if i := c.sel.idx; i >= 0 && i < len(c.lay.Nodes) {
		return &c.lay.Nodes[i], true
	}
	return nil, false
}

// projectView reports a project-mode chart, whose tree is project teams
// and their members rather than the department structure.
func (c *Chart) projectView() bool { return c.lay.Opts.Mode == data.ModeProject }

// AddChild adds a role under the selected node — reporting to the selected
// role in its department, to a department's head, or at company level —
// and starts renaming it.
func (c *Chart) AddChild() {
	if c.refuseEdit() {
		return
	}
	n, ok := c.selectedNode()
	if !ok || c.projectView() {
		c.fail(i18n.L("Select a role, a department or the company in the department view to add a role."))
		return
	}
	role := data.Role{Title: i18n.L("New role"), Planned: 1}
	switch n.Kind {
	case chart.KindRole:
		r := c.doc.Role(n.ID)
		role.Department, role.ReportsTo = r.Department, r.ID
	case chart.KindDepartment:
		role.Department = n.ID
		if d := c.doc.Department(n.ID); c.doc.Role(d.Head) != nil {
			role.ReportsTo = d.Head
		}
	case chart.KindCompany:
	default:
		c.fail(i18n.L("Select a role, a department or the company in the department view to add a role."))
		return
	}
	c.addRole(role)
}

// AddSibling adds a role next to the selected role (same department, same
// manager), or a department next to the selected department, and starts
// renaming it.
func (c *Chart) AddSibling() {
	if c.refuseEdit() {
		return
	}
	n, ok := c.selectedNode()
	if !ok || c.projectView() || (n.Kind != chart.KindRole && n.Kind != chart.KindDepartment) {
		c.fail(i18n.L("Select a role or a department in the department view to add one beside it."))
		return
	}
	if n.Kind == chart.KindDepartment {
		c.addDepartment(c.doc.Department(n.ID).Parent)
		return
	}
	r := c.doc.Role(n.ID)
	c.addRole(data.Role{Title: i18n.L("New role"), Planned: 1, Department: r.Department, ReportsTo: r.ReportsTo})
}

// AddDepartment adds a department — inside the selected department, or the
// selected role's department, else at the top level — and starts renaming
// it.
func (c *Chart) AddDepartment() {
	if c.refuseEdit() {
		return
	}
	var parent data.ID
	if n, ok := c.selectedNode(); ok && !c.projectView() {
		switch n.Kind {
		case chart.KindDepartment:
			parent = n.ID
		case chart.KindRole:
			parent = c.doc.Role(n.ID).Department
		}
	}
	c.addDepartment(parent)
}

func (c *Chart) addRole(role data.Role) {
	var id data.ID
	if c.do(app.AddRole(role, &id)) {
		c.selectAndRename(id, chart.KindRole)
	}
}

func (c *Chart) addDepartment(parent data.ID) {
	var id data.ID
	if c.do(app.AddDepartment(data.Department{Name: i18n.L("New department"), Parent: parent}, &id)) {
		c.selectAndRename(id, chart.KindDepartment)
	}
}

// selectAndRename selects a node just created and opens its name for
// typing, as a new node's placeholder name is rarely what the user wants.
func (c *Chart) selectAndRename(id data.ID, kind chart.Kind) {
	i := c.findNode(id, kind, -1)
	if i < 0 {
		if i = c.reveal(id); i < 0 {
			return
		}
	}
	c.selectIndex(i)
	c.ensureVisible(i)
	c.Rename()
}

// Duplicate copies the selected role's card next to it and selects the copy.
func (c *Chart) Duplicate() {
	if c.refuseEdit() {
		return
	}
	n, ok := c.selectedNode()
	if !ok || n.Kind != chart.KindRole {
		c.fail(i18n.L("Select a role to duplicate."))
		return
	}
	var id data.ID
	if c.do(app.DuplicateRole(n.ID, &id)) {
		c.Select(id)
	}
}

// Delete deletes the selected role or department (asking first when people
// would be left without a role), a project team, or — in the project view —
// removes the selected member from its team. Everything can be undone.
func (c *Chart) Delete() {
	if c.refuseEdit() {
		return
	}
	n, ok := c.selectedNode()
	if !ok {
		return
	}
	if c.projectView() && n.Parent >= 0 && c.lay.Nodes[n.Parent].Kind == chart.KindProject {
		c.removeMember(c.lay.Nodes[n.Parent].ID, n)
		return
	}
	switch n.Kind {
	case chart.KindRole:
		people := len(c.doc.Holders(n.ID))
		c.confirmDelete(app.DeleteRole(n.ID), people > 0,
			i18n.L("Delete role"), i18n.L("Delete the role “%s”? The people in it (%d) will have no role.", n.Label, people),
			i18n.L("Deleted the role “%s”. Undo with Ctrl+Z.", n.Label))
	case chart.KindDepartment:
		depts, roles, people := deptImpact(c.doc, n.ID)
		question := i18n.L("Delete the department “%s” with its sub-departments (%d) and roles (%d)? The people in it (%d) will have no role.",
			n.Label, depts-1, roles, people)
		if people == 0 { // "(0 people) will have no role" says nothing
			question = i18n.L("Delete the department “%s” with its sub-departments (%d) and roles (%d)?", n.Label, depts-1, roles)
		}
		c.confirmDelete(app.DeleteDepartment(n.ID), depts > 1 || roles > 0 || people > 0, i18n.L("Delete department"),
			question,
			i18n.L("Deleted the department “%s” with %d roles; %d people have no role now. Undo with Ctrl+Z.", n.Label, roles, people))
	case chart.KindProject:
		if c.do(app.DeleteProject(n.ID)) {
			c.say(i18n.L("Deleted the project team “%s”. Undo with Ctrl+Z.", n.Label))
		}
	case chart.KindPerson:
		c.fail(i18n.L("People are deleted in the people list; here you see who reports to whom."))
	case chart.KindUnassigned:
		c.fail(i18n.L("These are people without a role: drag the group onto a role to give one of them the role."))
	default:
		c.fail(i18n.L("The company itself cannot be deleted."))
	}
}

// confirmDelete runs cmd, asking first (once, with the counts in question)
// when ask is set, and confirms the deletion in the status bar.
func (c *Chart) confirmDelete(cmd app.Command, ask bool, title, question, done string) {
	run := func() {
		if c.do(cmd) {
			c.say(done)
		}
	}
	if !ask {
		run()
		return
	}
	c.confirm(title, question, i18n.L("Delete"), func(ok bool) {
		if ok {
			run()
		}
	})
}

// removeMember takes a role or person out of a project team.
func (c *Chart) removeMember(team data.ID, n *chart.Node) {
	t := c.doc.Project(team)
	if t == nil {
		return
	}
	nt := data.CloneProject(*t)
	for k, m := range nt.Members {
		if (n.Kind == chart.KindRole && m.Role == n.ID) || (n.Kind == chart.KindPerson && m.Person == n.ID) {
			nt.Members = append(nt.Members[:k], nt.Members[k+1:]...)
			c.do(app.UpdateProject(nt))
			return
		}
	}
}

// deptImpact counts what deleting a department removes: departments
// (itself included), roles, and people (not left) who lose their role or
// department.
func deptImpact(doc *data.Document, id data.ID) (depts, roles, people int) {
	in := map[data.ID]bool{id: true}
	for changed := true; changed; {
		changed = false
		for _, d := range doc.Departments {
			if !in[d.ID] && in[d.Parent] {
				in[d.ID], changed = true, true
			}
		}
	}
	gone := map[data.ID]bool{}
	for _, r := range doc.Roles {
		if in[r.Department] {
			gone[r.ID] = true
		}
	}
	for _, p := range doc.People {
		if p.Status != data.StatusLeft && (gone[p.Role] || (p.Role == "" && in[p.Department])) {
			people++
		}
	}
	return len(in), len(gone), people
}

// showConfirm asks a yes/no question in the chart's window.
func (c *Chart) showConfirm(title, message, confirmText string, done func(bool)) {
	win := c.window()
	if win == nil {
		done(false)
		return
	}
	// wrapped breaks Chinese lines by 禁则 (never before "）" or "。").
	d := wrapped.NewConfirm(title, message, done, win)
	d.SetConfirmText(confirmText)
	d.SetDismissText(i18n.L("Cancel"))
	d.SetConfirmImportance(widget.DangerImportance)
	d.Show()
}

// window returns the window showing the chart.
func (c *Chart) window() fyne.Window {
	a := fyne.CurrentApp()
	if a == nil {
		return nil
	}
	cv := a.Driver().CanvasForObject(c)
	for _, w := range a.Driver().AllWindows() {
		if w.Canvas() == cv {
			return w
		}
	}
	return nil
}
