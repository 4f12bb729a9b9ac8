package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"orgdesigner/app/chart"
	"orgdesigner/data"
	"orgdesigner/views/card"
)

// cardPanel is the right-hand panel: the editor of the selected item — the
// role card, the department panel or, for the company, the organisation
// settings (views/card) — or a summary of a project team or person.
type cardPanel struct {
	role    *card.RoleEditor
	dept    *card.DepartmentEditor
	org     *card.OrgSettings
	summary *summaryPanel
	stack   *fyne.Container
	shown   Selection
	started bool
}

// newCardPanel builds the editors; open is called when an editor links to
// another role or department (a direct report, a sub-department).
func newCardPanel(sess Session, open func(Selection), editProject, deleteProject func(data.ID)) *cardPanel {
	p := &cardPanel{
		role:    card.NewRoleEditor(sess),
		dept:    card.NewDepartmentEditor(sess),
		org:     card.NewOrgSettings(sess),
		summary: newSummaryPanel(editProject, deleteProject),
	}
	p.role.OnOpenRole = func(id data.ID) { open(Selection{chart.KindRole, id}) }
	p.dept.OnOpenRole = func(id data.ID) { open(Selection{chart.KindRole, id}) }
	p.dept.OnOpenDepartment = func(id data.ID) { open(Selection{chart.KindDepartment, id}) }
	p.stack = container.NewStack(p.org, p.role, p.dept, p.summary.Object())
	p.showOnly(p.org)
	return p
}

// Object returns the panel's canvas object.
func (p *cardPanel) Object() fyne.CanvasObject { return p.stack }

// Show shows the editor for s. The editors follow the session themselves,
// so showing the same item again does nothing: reloading it would disturb
// the field being typed in.
func (p *cardPanel) Show(doc *data.Document, s Selection) {
	if p.started && s == p.shown && s.Kind != chart.KindProject && s.Kind != chart.KindPerson {
		return
	}
	p.started = true
	p.flush()
	p.shown = s
	switch s.Kind {
	case chart.KindRole:
		p.role.SetRole(s.ID)
		p.showOnly(p.role)
	case chart.KindDepartment:
		p.dept.SetDepartment(s.ID)
		p.showOnly(p.dept)
	case chart.KindCompany:
		p.showOnly(p.org)
	default:
		p.summary.Show(doc, s)
		p.showOnly(p.summary.Object())
	}
}

// Shown returns the selection the panel shows.
func (p *cardPanel) Shown() Selection { return p.shown }

func (p *cardPanel) showOnly(o fyne.CanvasObject) {
	for _, x := range p.stack.Objects {
		setVisibleIf(x, x == o)
	}
}

// flush saves what is being typed in the visible editor.
func (p *cardPanel) flush() {
	switch {
	case p.role.Visible():
		p.role.Flush()
	case p.dept.Visible():
		p.dept.Flush()
	case p.org.Visible():
		p.org.Flush()
	}
}

// relabel redraws the panel in the current UI language: the editors that
// can relabel themselves do, the summary is shown again.
func (p *cardPanel) relabel(doc *data.Document) {
	for _, x := range []any{p.role, p.dept, p.org} {
		if r, ok := x.(interface{ Relabel() }); ok {
			r.Relabel()
		}
	}
	p.summary.relabel()
	if p.summary.Object().Visible() {
		p.summary.Show(doc, p.shown)
	}
}

// close saves pending edits and stops the editors (the window closes).
func (p *cardPanel) close() {
	p.role.Close()
	p.dept.Close()
	p.org.Close()
}

func setVisibleIf(o fyne.CanvasObject, on bool) {
	if on {
		o.Show()
	} else {
		o.Hide()
	}
}
