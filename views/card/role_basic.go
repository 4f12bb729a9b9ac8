package card

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
	"orgdesigner/views/card/field"
)

// basicSection is 基本信息: title, code, department, reports-to, dotted-line
// managers, planned headcount, grade (职级) and monthly salary band (月薪带宽).
type basicSection struct {
	e *RoleEditor

	title, code, planned, grade          *field.Entry
	titleMsg, codeMsg, plannedMsg, grMsg *field.Message
	dept, reportsTo                      *field.Select
	deptMsg, reportsMsg                  *field.Message
	plannedMark                          *widget.Label
	depts, roles                         *field.Choices
	pay                                  *payBand

	dotted *dottedList
}

func newBasicSection(e *RoleEditor) *basicSection {
	b := &basicSection{e: e, depts: &field.Choices{}, roles: &field.Choices{}}
	b.title, b.titleMsg = e.entry(0), field.NewMessage()
	b.title.Normalize = strings.TrimSpace
	b.title.OnCommit = b.onTitle
	b.code, b.codeMsg = e.entry(0), field.NewMessage()
	b.code.Normalize = strings.TrimSpace
	b.code.OnCommit = b.onCode
	b.planned, b.plannedMsg = e.entry(0), field.NewMessage()
	b.planned.Normalize = field.NormalizeCount
	b.planned.OnCommit = b.onPlanned
	b.plannedMark = suggestionMark()
	b.grade, b.grMsg = e.entry(0), field.NewMessage()
	b.grade.Normalize = strings.TrimSpace
	b.grade.SetPlaceHolder(i18n.L("e.g. P5"))
	b.grade.OnCommit = b.onGrade
	b.pay = newPayBand(e)
	b.dept, b.deptMsg = e.selectField(b.onDept), field.NewMessage()
	b.reportsTo, b.reportsMsg = e.selectField(b.onReportsTo), field.NewMessage()
	b.dotted = newDottedList(e)
	return b
}

func (b *basicSection) object() fyne.CanvasObject {
	row := func(label string, obj fyne.CanvasObject, msg *field.Message) []fyne.CanvasObject {
		l := widget.NewLabel(label)
		return []fyne.CanvasObject{l, container.NewVBox(obj, msg)}
	}
	var cells []fyne.CanvasObject
	cells = append(cells, row(i18n.L("Role title"), b.title, b.titleMsg)...)
	cells = append(cells, row(i18n.L("Role code"), b.code, b.codeMsg)...)
	cells = append(cells, row(i18n.L("Department"), b.dept, b.deptMsg)...)
	cells = append(cells, row(i18n.L("Reports to"), b.reportsTo, b.reportsMsg)...)
	cells = append(cells, row(i18n.L("Dotted lines"), b.dotted.object(), b.dotted.msg)...)
	planned := container.NewBorder(nil, nil, nil, b.plannedMark, b.planned)
	cells = append(cells, row(i18n.L("Planned headcount"), planned, b.plannedMsg)...)
	cells = append(cells, row(i18n.L("Grade"), b.grade, b.grMsg)...)
	cells = append(cells, row(i18n.L("Monthly salary band"), b.pay.object(), b.pay.msg)...)
	return section(i18n.L("Basic information"), nil, container.New(layout.NewFormLayout(), cells...))
}

func (b *basicSection) entries() []*field.Entry {
	return append([]*field.Entry{b.title, b.code, b.planned, b.grade, b.pay.min, b.pay.max}, b.dotted.entries()...)
}

func (b *basicSection) load(doc *data.Document, r *data.Role, force bool) {
	b.title.Load(r.Title, force)
	b.code.Load(r.Code, force)
	b.planned.Load(strconv.Itoa(r.Planned), force)
	b.grade.Load(r.Grade, force)
	b.pay.load(doc, r, force)
	showIf(b.plannedMark, data.IsSuggested(r.Suggested, data.FieldPlanned))
	b.depts = field.DepartmentChoices(doc, i18n.L("Company level (no department)"))
	b.dept.Set(b.depts.Labels, b.depts.Label(r.Department))
	// One list of the other roles serves both pickers: building it is
	// linear in the roles, and a large chart has thousands.
	others := field.RoleChoices(doc, "", r.ID)
	b.roles = &field.Choices{}
	b.roles.Add("", i18n.L("No one (top of the chart)"))
	for i, id := range others.IDs {
		b.roles.Add(id, others.Labels[i])
	}
	b.reportsTo.Set(b.roles.Labels, b.roles.Label(r.ReportsTo))
	if force {
		for _, m := range []*field.Message{b.titleMsg, b.codeMsg, b.plannedMsg, b.grMsg, b.deptMsg, b.reportsMsg} {
			m.Clear()
		}
	}
	b.dotted.load(r, others, force)
}

func (b *basicSection) onTitle(text string) error {
	text = strings.TrimSpace(text)
	if r := b.e.role(); r == nil || r.Title == text {
		b.titleMsg.Clear()
		return nil
	}
	err := b.e.save.Save(b.title.Key(), app.RenameRole(b.e.id, text))
	b.titleMsg.Set(describe(err))
	return err
}

// text saves a trimmed one-line field.
func (b *basicSection) text(en *field.Entry, msg *field.Message, what, text string, get func(*data.Role) *string) error {
	text = strings.TrimSpace(text)
	if r := b.e.role(); r == nil || *get(r) == text {
		msg.Clear()
		return nil
	}
	err := b.e.edit(en.Key(), what, func(r *data.Role) { *get(r) = text })
	msg.Set(describe(err))
	return err
}

func (b *basicSection) onCode(text string) error {
	return b.text(b.code, b.codeMsg, i18n.L("role code"), text, func(r *data.Role) *string { return &r.Code })
}

func (b *basicSection) onGrade(text string) error {
	return b.text(b.grade, b.grMsg, i18n.L("grade"), text, func(r *data.Role) *string { return &r.Grade })
}

func (b *basicSection) onPlanned(text string) error {
	n, err := field.ParseCount(text)
	if err != nil {
		b.plannedMsg.Set(err.Error())
		return err
	}
	if r := b.e.role(); r == nil || r.Planned == n {
		b.plannedMsg.Clear()
		return nil
	}
	err = b.e.edit(b.planned.Key(), i18n.L("planned headcount"), func(r *data.Role) {
		r.Planned = n
		r.Suggested = unmark(r.Suggested, data.FieldPlanned)
	})
	b.plannedMsg.Set(describe(err))
	return err
}

// onDept moves the role to another department, keeping its manager; its
// holders follow it.
func (b *basicSection) onDept(label string) {
	id, ok := b.depts.ID(label)
	r := b.e.role()
	if !ok || r == nil || id == r.Department {
		return
	}
	// A refused move reloads the select to the department the role is in.
	b.deptMsg.Set(describe(b.e.do(app.MoveRole(r.ID, id, r.ReportsTo, ""))))
}

func (b *basicSection) onReportsTo(label string) {
	id, ok := b.roles.ID(label)
	r := b.e.role()
	if !ok || r == nil || id == r.ReportsTo {
		return
	}
	b.reportsMsg.Set(describe(b.e.do(app.SetReportsTo(r.ID, id))))
}
