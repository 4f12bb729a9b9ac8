package views

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app"
	"orgdesigner/app/chart"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// The edit commands act on the selection. Adding, renaming, deleting and
// duplicating go through the chart, which edits in place (a new card opens
// for typing its name) and asks before people lose their role.

// focusChart gives the chart the keyboard, so in-place editing and arrow
// keys work after a menu or toolbar command.
func (m *MainWindow) focusChart() {
	m.win.Canvas().Focus(m.chart)
}

func (m *MainWindow) duplicate() { m.chart.Duplicate() }

// canAddChild reports whether a role can be added under the selection: the
// company, a department or a role, in every view.
func (m *MainWindow) canAddChild() bool {
	k := m.sel.Kind
	return k == chart.KindCompany || k == chart.KindDepartment || k == chart.KindRole
}

// canAddSibling reports whether a role or department can be added beside
// the selection.
func (m *MainWindow) canAddSibling() bool {
	return m.sel.Kind == chart.KindRole || m.sel.Kind == chart.KindDepartment
}

// onStructure reports whether the chart shows the department structure, so
// it can add in place (and open the new card's name for typing). The
// project view's chart shows teams instead: structure edits there go
// through the window, and the new item opens in the card panel.
func (m *MainWindow) onStructure() bool { return m.view != data.ModeProject }

func (m *MainWindow) addChild() {
	if m.onStructure() {
		m.focusChart()
		m.chart.AddChild()
		return
	}
	role := data.Role{Title: i18n.L("New role"), Planned: 1}
	switch m.sel.Kind {
	case chart.KindRole:
		r := m.doc.Role(m.sel.ID)
		role.Department, role.ReportsTo = r.Department, r.ID
	case chart.KindDepartment:
		role.Department = m.sel.ID
		if d := m.doc.Department(m.sel.ID); m.doc.Role(d.Head) != nil {
			role.ReportsTo = d.Head
		}
	case chart.KindCompany:
	default:
		m.status.say(i18n.L("Select a role, a department or the company to add a role under it."), true)
		return
	}
	m.addRoleHere(role)
}

func (m *MainWindow) addSibling() {
	if m.onStructure() {
		m.focusChart()
		m.chart.AddSibling()
		return
	}
	switch m.sel.Kind {
	case chart.KindDepartment:
		m.addDepartmentIn(m.doc.Department(m.sel.ID).Parent)
	case chart.KindRole:
		r := m.doc.Role(m.sel.ID)
		m.addRoleHere(data.Role{Title: i18n.L("New role"), Planned: 1, Department: r.Department, ReportsTo: r.ReportsTo})
	default:
		m.status.say(i18n.L("Select a role or a department to add one beside it."), true)
	}
}

func (m *MainWindow) addDepartment() {
	if m.onStructure() {
		m.focusChart()
		m.chart.AddDepartment()
		return
	}
	var parent data.ID
	switch m.sel.Kind {
	case chart.KindDepartment:
		parent = m.sel.ID
	case chart.KindRole:
		parent = m.doc.Role(m.sel.ID).Department
	}
	m.addDepartmentIn(parent)
}

// addRoleHere adds a role without the chart (project view), selects it so
// its card opens, and says where it went.
func (m *MainWindow) addRoleHere(role data.Role) {
	var id data.ID
	if m.do(app.AddRole(role, &id)) {
		m.Select(Selection{chart.KindRole, id})
		m.status.say(i18n.L("Added %s to %s; edit it on the card. The functional view shows it on the chart.",
			role.Title, deptName(m.doc, role.Department)), false)
	}
}

// addDepartmentIn adds a department without the chart (project view).
func (m *MainWindow) addDepartmentIn(parent data.ID) {
	var id data.ID
	d := data.Department{Name: i18n.L("New department"), Parent: parent}
	if m.do(app.AddDepartment(d, &id)) {
		m.Select(Selection{chart.KindDepartment, id})
		m.status.say(i18n.L("Added %s to %s; edit it on the card. The functional view shows it on the chart.",
			d.Name, deptName(m.doc, parent)), false)
	}
}

func (m *MainWindow) rename() {
	if m.sel.Kind == chart.KindProject {
		m.editProject(m.sel.ID)
		return
	}
	m.chart.Rename()
}

func (m *MainWindow) delete() {
	if m.chart.Selected() != m.sel.ID || m.chart.SelectedKind() != m.sel.Kind {
		// The selection is not on the chart (a project team outside
		// project mode): delete it here.
		if m.sel.Kind == chart.KindProject {
			m.confirmDeleteProject(m.sel.ID)
		}
		return
	}
	m.chart.Delete()
}

func (m *MainWindow) confirmDeleteProject(id data.ID) {
	t := m.doc.Project(id)
	if t == nil {
		return
	}
	ask(m.win, i18n.L("Delete project team"),
		i18n.L("Delete the project team %s? Its members stay in their departments. You can undo this.", t.Name),
		i18n.L("Delete"), func() {
			if m.do(app.DeleteProject(id)) {
				m.status.say(i18n.L("Deleted the project team %s. Undo brings it back.", t.Name), false)
			}
		})
}

// do runs a command, reports a failure and refreshes the panels at once.
func (m *MainWindow) do(cmd app.Command) bool {
	if err := m.sess.Do(cmd); err != nil {
		m.ShowError(err)
		return false
	}
	m.refresh()
	return true
}

// Undo reverts the last action.
func (m *MainWindow) Undo() {
	ok, label := m.sess.CanUndo()
	if !ok {
		return
	}
	if err := m.sess.Undo(); err != nil {
		m.ShowError(err)
		return
	}
	m.refresh()
	m.status.say(i18n.L("Undone: %s", label), false)
}

// Redo re-applies the last undone action.
func (m *MainWindow) Redo() {
	ok, label := m.sess.CanRedo()
	if !ok {
		return
	}
	if err := m.sess.Redo(); err != nil {
		m.ShowError(err)
		return
	}
	m.refresh()
	m.status.say(i18n.L("Redone: %s", label), false)
}

// insertPerson asks for a new person's name and number and adds them to
// the selected role (or with no role when none is selected).
func (m *MainWindow) insertPerson() {
	role := m.doc.Role(m.sel.ID)
	if m.sel.Kind != chart.KindRole {
		role = nil
	}
	name, number := widget.NewEntry(), widget.NewEntry()
	name.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return errors.New(i18n.L("A name cannot be empty."))
		}
		return nil
	}
	where := i18n.L("(no role; select a role first to place the person in it)")
	if role != nil {
		where = role.Title + " · " + deptName(m.doc, role.Department)
	}
	items := []*widget.FormItem{
		widget.NewFormItem(i18n.L("Name"), name),
		widget.NewFormItem(i18n.L("Employee no."), number),
		widget.NewFormItem(i18n.L("Role"), widget.NewLabel(where)),
	}
	d := dialog.NewForm(i18n.L("Add person"), i18n.L("Add"), i18n.L("Cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		p := data.Person{Name: strings.TrimSpace(name.Text), Number: strings.TrimSpace(number.Text)}
		if role != nil {
			p.Role, p.Department = role.ID, role.Department
		}
		if m.do(app.AddPerson(p, nil)) {
			m.status.say(i18n.L("Added %s.", p.Name), false)
		}
	}, m.win)
	// Enter in either field adds the person, as in any other form; Submit
	// does nothing while the name is empty.
	name.OnSubmitted = func(string) { d.Submit() }
	number.OnSubmitted = func(string) { d.Submit() }
	d.Resize(fyne.NewSize(30*theme.TextSize(), d.MinSize().Height))
	d.Show()
	m.win.Canvas().Focus(name)
}
