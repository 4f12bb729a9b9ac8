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
// they are, with a way to edit a team.
type summaryPanel struct {
	body      *fyne.Container
	buttons   *fyne.Container
	edit, del *widget.Button
	scroll    *container.Scroll
	team      data.ID

	editTeam, deleteTeam func(data.ID)
}

func newSummaryPanel(editTeam, deleteTeam func(data.ID)) *summaryPanel {
	p := &summaryPanel{body: container.NewVBox(), editTeam: editTeam, deleteTeam: deleteTeam}
	p.edit = widget.NewButtonWithIcon("", theme.DocumentCreateIcon(), func() { p.editTeam(p.team) })
	p.del = widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { p.deleteTeam(p.team) })
	p.buttons = container.NewHBox(p.edit, p.del)
	p.scroll = container.NewVScroll(container.NewPadded(container.NewVBox(p.body, p.buttons)))
	p.relabel()
	return p
}

func (p *summaryPanel) relabel() {
	p.edit.SetText(i18n.L("Edit project team…"))
	p.del.SetText(i18n.L("Delete…"))
}

func (p *summaryPanel) Object() fyne.CanvasObject { return p.scroll }

// Show fills the panel for a project team or person.
func (p *summaryPanel) Show(doc *data.Document, s Selection) {
	p.body.RemoveAll()
	p.team = ""
	switch s.Kind {
	case chart.KindProject:
		if t := doc.Project(s.ID); t != nil {
			p.team = t.ID
			projectSummary(p.body, doc, t)
		}
	case chart.KindPerson:
		if person := doc.Person(s.ID); person != nil {
			personSummary(p.body, doc, person)
		}
	}
	setVisibleIf(p.buttons, p.team != "")
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

func projectSummary(box *fyne.Container, doc *data.Document, t *data.ProjectTeam) {
	box.Add(titleLabel(t.Name))
	addField(box, i18n.L("Owner"), projects.OwnerLabel(doc, t))
	addField(box, i18n.L("Start"), t.Start)
	addField(box, i18n.L("End"), t.End)
	addField(box, i18n.L("Goal"), t.Goal)
	if len(t.Members) == 0 {
		return
	}
	box.Add(widget.NewLabelWithStyle(i18n.L("Members"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
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
