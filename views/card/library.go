package card

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app"
	"orgdesigner/app/i18n"
	"orgdesigner/app/templates"
	"orgdesigner/data"
	"orgdesigner/views/card/field"
	"orgdesigner/views/wrapped"
)

// Library adds a role from the built-in template's role library to a
// department: the whole card (purpose, responsibilities with examples,
// KPIs, qualifications …) is copied under a new id and is then the user's
// to edit. The new role reports to the department's head.
type Library struct {
	widget.BaseWidget

	// OnAdded is called with the new role's id (the main window selects
	// it).
	OnAdded func(id data.ID)

	s         Session
	dept      *field.Select
	deptLabel *widget.Label
	depts     *field.Choices
	role      *field.Select
	preview   *wrapped.Label
	add       *field.Button
	msg       *field.Message
	content   fyne.CanvasObject

	// source lists the library roles in a language (templates.RoleLibrary;
	// tests substitute their own).
	source func(lang string) []data.Role
	lang   string
	roles  []data.Role
	labels *field.Choices
	// closed stops following the session (the dialog was closed).
	closed bool
}

// NewLibrary returns a role library adding to the departments of s's
// document.
func NewLibrary(s Session) *Library {
	l := &Library{s: s, source: templates.RoleLibrary, depts: &field.Choices{}, labels: &field.Choices{}}
	l.ExtendBaseWidget(l)
	l.dept = field.NewSelect(func(string) { l.msg.Clear() })
	l.role = field.NewSelect(func(string) { l.showPreview() })
	l.role.PlaceHolder = i18n.L("Choose a template role…")
	l.preview = caption("")
	l.add = field.NewButton(i18n.L("Add to department"), theme.ContentAddIcon(), l.onAdd)
	l.add.Importance = widget.HighImportance
	l.msg = field.NewMessage()
	l.deptLabel = widget.NewLabel(i18n.L("Department"))
	l.content = container.NewVBox(
		container.New(layout.NewFormLayout(),
			widget.NewLabel(i18n.L("Template role")), l.role,
			l.deptLabel, l.dept),
		l.preview, container.NewHBox(layout.NewSpacer(), l.add), l.msg)
	s.OnChange(func() { fyne.Do(l.reload) })
	l.reload()
	return l
}

// CreateRenderer implements fyne.Widget.
func (l *Library) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(l.content)
}

// SetDepartment chooses the department roles are added to.
func (l *Library) SetDepartment(id data.ID) {
	l.dept.Set(l.depts.Labels, l.depts.Label(id))
}

// fix pins the library to one department and hides the choice.
func (l *Library) fix(id data.ID) {
	l.SetDepartment(id)
	l.dept.Hide()
	l.deptLabel.Hide()
}

func (l *Library) reload() {
	if l.closed {
		return
	}
	doc := l.s.Doc()
	selected, _ := l.depts.ID(l.dept.Selected)
	l.depts = field.DepartmentChoices(doc, i18n.L("Company level (no department)"))
	l.dept.Set(l.depts.Labels, l.depts.Label(selected))
	if lang := i18n.Normalize(doc.Org.Lang); lang != l.lang || l.roles == nil {
		l.lang = lang
		l.loadRoles()
	}
}

// loadRoles lists the library in the document's content language, each
// role labelled with the template department it comes from.
func (l *Library) loadRoles() {
	l.roles = l.source(l.lang)
	names := templateDepartments(l.lang)
	l.labels = &field.Choices{}
	for _, r := range l.roles {
		label := r.Title
		switch n := names[r.Department]; {
		case r.Department == "":
			label = fmt.Sprintf("%s · %s", r.Title, i18n.L("Company level"))
		case n != "":
			label = fmt.Sprintf("%s · %s", r.Title, n)
		}
		l.labels.Add(r.ID, label)
	}
	l.role.Set(l.labels.Labels, "")
	if len(l.roles) == 0 {
		l.role.PlaceHolder = i18n.L("No template roles are available.")
		l.add.Disable()
	}
	l.showPreview()
}

// templateDepartments maps the template departments' ids to their names.
func templateDepartments(lang string) map[data.ID]string {
	names := map[data.ID]string{}
	for _, info := range templates.List(lang) {
		doc, err := templates.Load(info.ID, lang)
		if err != nil {
			continue
		}
		for _, d := range doc.Departments {
			names[d.ID] = d.Name
		}
	}
	return names
}

func (l *Library) chosen() *data.Role {
	id, ok := l.labels.ID(l.role.Selected)
	if !ok {
		return nil
	}
	for i := range l.roles {
		if l.roles[i].ID == id {
			return &l.roles[i]
		}
	}
	return nil
}

// showPreview shows the chosen role's purpose and first responsibilities.
func (l *Library) showPreview() {
	l.msg.Clear()
	r := l.chosen()
	if r == nil {
		l.preview.SetText(i18n.L("The role's whole card is copied and can then be edited."))
		return
	}
	var b strings.Builder
	if r.Purpose != "" {
		b.WriteString(r.Purpose + "\n")
	}
	for i, x := range r.Responsibilities {
		if i == 5 {
			b.WriteString(i18n.L("… and %d more", len(r.Responsibilities)-5) + "\n")
			break
		}
		fmt.Fprintf(&b, "%d. %s\n", i+1, x.Text)
	}
	l.preview.SetText(strings.TrimSpace(b.String()))
}

func (l *Library) onAdd() {
	src := l.chosen()
	if src == nil {
		l.msg.Set(i18n.L("Choose a template role first."))
		return
	}
	dept, ok := l.depts.ID(l.dept.Selected)
	if !ok {
		l.msg.Set(i18n.L("Choose the department to add the role to."))
		return
	}
	var id data.ID
	if err := l.s.Do(app.AddRole(libraryCopy(l.s.Doc(), *src, dept), &id)); err != nil {
		l.msg.Set(app.Describe(err))
		return
	}
	l.msg.Clear()
	if l.OnAdded != nil {
		l.OnAdded(id)
	}
}

// libraryCopy turns a library role into a new role of dept: a deep copy
// with no id (AddRole makes one), reporting to the department's head.
func libraryCopy(doc *data.Document, src data.Role, dept data.ID) data.Role {
	r := data.CloneRole(src)
	r.ID = ""
	r.Department = dept
	r.ReportsTo = ""
	r.Dotted = nil
	if d := doc.Department(dept); d != nil && doc.Role(d.Head) != nil {
		r.ReportsTo = d.Head
	}
	return r
}

// ShowLibrary shows the role library in a dialog over w, with dept chosen
// as the target department; onAdded gets the new role's id.
func ShowLibrary(w fyne.Window, s Session, dept data.ID, onAdded func(id data.ID)) {
	l := NewLibrary(s)
	l.SetDepartment(dept)
	d := dialog.NewCustom(i18n.L("Add role from library"), i18n.L("Close"), l, w)
	l.OnAdded = func(id data.ID) {
		d.Hide()
		if onAdded != nil {
			onAdded(id)
		}
	}
	d.SetOnClosed(func() { l.closed = true })
	d.Resize(fyne.NewSize(560, 480))
	d.Show()
}
