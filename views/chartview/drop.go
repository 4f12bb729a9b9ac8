package chartview

import (
	"orgdesigner/app"
	"orgdesigner/app/chart"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// dropCommand returns what dropping node src onto node dst does, or why it
// is refused; neither (nil, "") when src is already there. The checks run
// while dragging, so the target is marked before the button is released;
// the store validates again on apply.
func (c *Chart) dropCommand(src, dst int) (app.Command, string) {
	s, t := &c.lay.Nodes[src], &c.lay.Nodes[dst]
	if c.ghost(dst) {
		return nil, i18n.L("“%s” was removed: it is only in the organisation compared with.", t.Label)
	}
	switch s.Kind {
	case chart.KindRole:
		return c.dropRole(s.ID, t)
	case chart.KindDepartment:
		return c.dropDepartment(s.ID, t)
	case chart.KindUnassigned:
		if t.Kind != chart.KindRole || len(s.People) == 0 {
			return nil, i18n.L("Drop people without a role on the role they should hold.")
		}
		return app.AssignPerson(s.People[0], t.ID), ""
	}
	return nil, i18n.L("Only roles and departments can be moved.")
}

// assignUnassigned gives a role to one of the people of a 未安排 group
// dropped on it: the only one at once, else the one the user picks. The
// role is selected afterwards so the user sees the person arrive.
func (c *Chart) assignUnassigned(src, dst int) {
	s, t := c.lay.Nodes[src], c.lay.Nodes[dst]
	assign := func(k int) {
		if k < 0 || k >= len(s.People) {
			return
		}
		if c.dropAt(app.AssignPerson(s.People[k], t.ID), t) {
			c.say(i18n.L("%s now holds the role “%s”.", s.Holders[k], t.Label))
		}
	}
	if len(s.People) == 1 {
		assign(0)
		return
	}
	c.pickPerson(i18n.L("Who takes the role “%s”?", t.Label), s.Holders, assign)
}

// dropRole moves role id under a role (reporting to it, in its
// department), into a department (reporting to its head), or to company
// level.
func (c *Chart) dropRole(id data.ID, t *chart.Node) (app.Command, string) {
	doc := c.doc
	switch t.Kind {
	case chart.KindRole:
		if t.ID == id || reportsTo(doc, t.ID, id) {
			return nil, i18n.L("A role cannot be moved under itself or under someone who reports to it.")
		}
		target := doc.Role(t.ID)
		if r := doc.Role(id); r.ReportsTo == t.ID && r.Department == target.Department {
			return nil, "" // already there
		}
		return app.MoveRole(id, target.Department, t.ID, ""), ""
	case chart.KindDepartment:
		manager := doc.Role(id).ReportsTo
		if head := doc.Department(t.ID).Head; doc.Role(head) != nil && head != id && !reportsTo(doc, head, id) {
			manager = head
		}
		return app.MoveRole(id, t.ID, manager, ""), ""
	case chart.KindCompany:
		return app.MoveRole(id, "", "", ""), ""
	}
	return nil, i18n.L("A role can only be dropped on a role, a department or the company.")
}

// dropDepartment makes department id a sub-department of a department, a
// top-level department (dropped on the company), or a team under a manager
// (dropped on a role: it moves into the role's department and its head
// reports to the role).
func (c *Chart) dropDepartment(id data.ID, t *chart.Node) (app.Command, string) {
	doc := c.doc
	inside := i18n.L("A department cannot be moved inside itself or its own sub-department.")
	switch t.Kind {
	case chart.KindDepartment:
		if t.ID == id || withinDept(doc, t.ID, id) {
			return nil, inside
		}
		if doc.Department(id).Parent == t.ID {
			return nil, "" // already there
		}
		return app.MoveDepartment(id, t.ID, ""), ""
	case chart.KindCompany:
		if doc.Department(id).Parent == "" {
			return nil, ""
		}
		return app.MoveDepartment(id, "", ""), ""
	case chart.KindRole:
		target := doc.Role(t.ID)
		if target.Department != "" && (target.Department == id || withinDept(doc, target.Department, id)) {
			return nil, inside
		}
		head := doc.Department(id).Head
		if doc.Role(head) == nil {
			head = ""
		}
		if head != "" && (head == t.ID || reportsTo(doc, t.ID, head)) {
			return nil, i18n.L("A role cannot be moved under itself or under someone who reports to it.")
		}
		return moveTeamUnder(id, target.Department, head, t.ID), ""
	}
	return nil, i18n.L("A department can only be dropped on a department, a role or the company.")
}

// moveTeamUnder moves department id into parent and makes its head report
// to manager, as one undoable action.
func moveTeamUnder(id, parent, head, manager data.ID) app.Command {
	move := app.MoveDepartment(id, parent, "")
	return app.CommandFunc{Text: move.Label(), Fn: func(doc *data.Document) (*data.ChangeSet, error) {
		cs, err := move.Changes(doc)
		if err != nil || head == "" {
			return cs, err
		}
		if r := doc.Role(head); r != nil && r.ReportsTo != manager {
			nr := data.CloneRole(*r)
			nr.ReportsTo = manager
			cs.PutRoles = append(cs.PutRoles, nr)
		}
		return cs, nil
	}}
}

// reportsTo reports whether role a reports to role b through its chain of
// solid-line managers. A broken chain (a cycle in a bad file) ends the walk.
func reportsTo(doc *data.Document, a, b data.ID) bool {
	seen := 0
	for r := doc.Role(a); r != nil && seen <= len(doc.Roles); seen++ {
		if r.ReportsTo == b {
			return true
		}
		r = doc.Role(r.ReportsTo)
	}
	return false
}

// withinDept reports whether department a lies inside department b.
func withinDept(doc *data.Document, a, b data.ID) bool {
	for up := range doc.Chain(a) {
		d := doc.Department(up)
		if d == nil {
			return false
		}
		if d.Parent == b {
			return true
		}
	}
	return false
}
