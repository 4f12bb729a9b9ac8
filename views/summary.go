package views

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/chart"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
	"orgdesigner/views/projects"
)

// summaryPanel shows a project team or a person in the card panel: what
// they are, with a way to edit a team. A team shows every field, the empty
// ones saying so, and what to do next: a new team has no owner or members
// yet, and the functional view does not draw teams at all.
type summaryPanel struct {
	body      *fyne.Container
	buttons   *fyne.Container
	edit, del *widget.Button
	members   *widget.Button // Add members…: opens the editor; for a team without members
	onChart   *widget.Button // Show in the project view: for the functional view
	scroll    *container.Scroll
	team      data.ID

	editTeam, deleteTeam func(data.ID)
	showTeam             func(data.ID) // switches to the project view and centres the team
	teamDrawn            func() bool   // whether the view shown draws project teams
}

func newSummaryPanel(editTeam, deleteTeam func(data.ID)) *summaryPanel {
	p := &summaryPanel{body: container.NewVBox(), editTeam: editTeam, deleteTeam: deleteTeam}
	p.edit = widget.NewButtonWithIcon("", theme.DocumentCreateIcon(), func() { p.editTeam(p.team) })
	p.del = widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { p.deleteTeam(p.team) })
	p.members = widget.NewButtonWithIcon("", theme.ContentAddIcon(), func() { p.editTeam(p.team) })
	p.members.Importance = widget.HighImportance
	p.onChart = widget.NewButtonWithIcon("", theme.ListIcon(), func() {
		if p.showTeam != nil {
			p.showTeam(p.team)
		}
	})
	p.buttons = container.NewVBox(container.NewHBox(p.members, p.onChart), container.NewHBox(p.edit, p.del))
	p.scroll = container.NewVScroll(container.NewPadded(container.NewVBox(p.body, p.buttons)))
	p.relabel()
	return p
}

func (p *summaryPanel) relabel() {
	p.edit.SetText(i18n.L("Edit project team…"))
	p.del.SetText(i18n.L("Delete…"))
	p.members.SetText(i18n.L("Add members…"))
	p.onChart.SetText(i18n.L("Show in the project view"))
}

func (p *summaryPanel) Object() fyne.CanvasObject { return p.scroll }

// Show fills the panel for a project team or person.
func (p *summaryPanel) Show(doc *data.Document, s Selection) {
	p.body.RemoveAll()
	p.team = ""
	noMembers := false
	switch s.Kind {
	case chart.KindProject:
		if t := doc.Project(s.ID); t != nil {
			p.team = t.ID
			noMembers = len(t.Members) == 0
			projectSummary(p.body, doc, t)
		}
	case chart.KindPerson:
		if person := doc.Person(s.ID); person != nil {
			personSummary(p.body, doc, person)
		}
	}
	setVisibleIf(p.buttons, p.team != "")
	setVisibleIf(p.members, noMembers)
	setVisibleIf(p.onChart, p.team != "" && p.showTeam != nil && p.teamDrawn != nil && !p.teamDrawn())
	p.body.Refresh()
	p.scroll.ScrollToTop()
}

func titleLabel(s string) *widget.Label {
	l := widget.NewLabel(s)
	l.SizeName = theme.SizeNameSubHeadingText
	l.Importance = widget.HighImportance
	l.Wrapping = fyne.TextWrapWord
	return l
}

// addField adds a "Label: value" line; empty values are left out.
func addField(box *fyne.Container, label, value string) {
	if strings.TrimSpace(value) == "" {
		return
	}
	l := widget.NewLabel(i18n.L("%s: ", label) + value)
	l.Wrapping = fyne.TextWrapWord
	box.Add(l)
}

// teamField adds a "Label: value" line of a team, saying when the value
// is not set yet.
func teamField(box *fyne.Container, label, value string) {
	if strings.TrimSpace(value) == "" {
		l := widget.NewLabel(i18n.L("%s: ", label) + i18n.L("not set"))
		l.Importance = widget.LowImportance
		box.Add(l)
		return
	}
	addField(box, label, value)
}

func projectSummary(box *fyne.Container, doc *data.Document, t *data.ProjectTeam) {
	box.Add(titleLabel(t.Name))
	teamField(box, i18n.L("Owner"), projects.OwnerLabel(doc, t))
	addField(box, i18n.L("Start"), t.Start)
	addField(box, i18n.L("End"), t.End)
	teamField(box, i18n.L("Goal"), t.Goal)
	box.Add(widget.NewLabelWithStyle(i18n.L("Members"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	if len(t.Members) == 0 {
		l := widget.NewLabel(i18n.L("No members yet: add roles or people from any department."))
		l.Wrapping = fyne.TextWrapWord
		box.Add(l)
		return
	}
	var lines []string
	for i, m := range t.Members {
		line := fmt.Sprintf("%d. %s · %s", i+1, projects.MemberLabel(doc, m), deptName(doc, projects.MemberDepartment(doc, m)))
		if m.ProjectRole != "" {
			line += " · " + m.ProjectRole
		}
		lines = append(lines, line)
	}
	members := widget.NewLabel(strings.Join(lines, "\n"))
	members.Wrapping = fyne.TextWrapWord
	box.Add(members)
}

func personSummary(box *fyne.Container, doc *data.Document, p *data.Person) {
	box.Add(titleLabel(p.Name))
	addField(box, i18n.L("Employee no."), p.Number)
	role := i18n.L("(none)")
	if r := doc.Role(p.Role); r != nil {
		role = r.Title + " · " + deptName(doc, r.Department)
	}
	addField(box, i18n.L("Role"), role)
	addField(box, i18n.L("Hire date"), p.HireDate)
}

// modeName is the translated name of an organisation mode.
func modeName(m data.Mode) string {
	switch m {
	case data.ModeProject:
		return i18n.L("Project")
	case data.ModeMatrix:
		return i18n.L("Matrix")
	}
	return i18n.L("Functional")
}
