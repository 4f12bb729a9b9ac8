package card

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
	"orgdesigner/views/card/field"
	"orgdesigner/views/wrapped"
)

// DepartmentEditor is the department panel: name, parent, positioning
// (部门定位), motto, head role and colour, the department's roles with a
// headcount table, its personnel cost (人力成本), and adding roles (blank
// or from the template library).
type DepartmentEditor struct {
	widget.BaseWidget

	// OnOpenRole is called when the user opens one of the roles or adds
	// one. When nil nothing else happens.
	OnOpenRole func(id data.ID)
	// OnOpenDepartment is called when the user opens a sub-department.
	// When nil the editor shows it itself.
	OnOpenDepartment func(id data.ID)

	s      Session
	save   *field.Saver
	id     data.ID
	closed bool

	name, motto, color *field.Entry
	positioning        *field.Entry
	parent, head       *field.Select
	parents, heads     *field.Choices
	nameMsg, parentMsg *field.Message
	posMsg, mottoMsg   *field.Message
	headMsg, colorMsg  *field.Message
	headMark           *widget.Label
	colorMark          *widget.Label
	palette            *palettePicker
	title              *wrapped.Label

	table   *headcountTable
	cost    *deptCost
	addRole *field.Button
	addMsg  *field.Message
	library *Library

	scroll *container.Scroll
	empty  *wrapped.Label
	// root holds the built content; Relabel swaps it.
	root *fyne.Container
}

// NewDepartmentEditor returns a department panel showing nothing until
// SetDepartment.
func NewDepartmentEditor(s Session) *DepartmentEditor {
	e := &DepartmentEditor{s: s, save: field.NewSaver(s), parents: &field.Choices{}, heads: &field.Choices{},
		root: container.NewStack()}
	e.ExtendBaseWidget(e)
	e.build()
	s.OnChange(func() { fyne.Do(e.reload) })
	e.load(true)
	return e
}

func (e *DepartmentEditor) entry(rows int) *field.Entry {
	en := field.NewEditorEntry(rows, e.reveal, e.wheel)
	en.Normalize = strings.TrimSpace
	return en
}

func (e *DepartmentEditor) build() {
	e.title = wrapped.NewLabel("")
	e.title.SizeName = theme.SizeNameHeadingText
	// The title is the department's whole path, which for an imported
	// roster runs five levels deep: it wraps so the card never grows
	// wider than the panel (and squeezes the chart).
	e.name, e.nameMsg = e.entry(0), field.NewMessage()
	e.name.OnCommit = e.onName
	e.positioning, e.posMsg = e.entry(3), field.NewMessage()
	e.positioning.SetPlaceHolder(i18n.L("What the department is for"))
	e.positioning.OnCommit = func(t string) error {
		return e.text(e.positioning, e.posMsg, i18n.L("positioning"), t, func(d *data.Department) *string { return &d.Positioning })
	}
	e.motto, e.mottoMsg = e.entry(0), field.NewMessage()
	e.motto.SetPlaceHolder(i18n.L("e.g. 战略导航,数据赋能"))
	e.motto.OnCommit = func(t string) error {
		return e.text(e.motto, e.mottoMsg, i18n.L("motto"), t, func(d *data.Department) *string { return &d.Motto })
	}
	e.parent, e.parentMsg = field.NewSelect(e.onParent), field.NewMessage()
	e.parent.OnFocus = e.reveal
	e.head, e.headMsg = field.NewSelect(e.onHead), field.NewMessage()
	e.head.OnFocus = e.reveal
	e.headMark, e.colorMark = suggestionMark(), suggestionMark()
	e.palette = newPalettePicker(e.onColor, e.reveal)
	e.color, e.colorMsg = e.entry(0), field.NewMessage()
	e.color.SetPlaceHolder("#RRGGBB")
	e.color.Normalize = func(t string) string { return strings.ToUpper(strings.TrimSpace(t)) }
	e.color.OnCommit = func(t string) error { return e.setColor(e.color.Key(), e.color.Normalize(t)) }
	e.table = newHeadcountTable(e)
	e.cost = newDeptCost()
	e.addRole = field.NewButton(i18n.L("Add role"), theme.ContentAddIcon(), e.onAddRole)
	e.addRole.OnFocus = e.reveal
	e.addMsg = field.NewMessage()
	e.library = NewLibrary(e.s)
	e.library.OnAdded = func(id data.ID) { e.openRole(id) }

	row := func(label string, obj fyne.CanvasObject, msg *field.Message) []fyne.CanvasObject {
		return []fyne.CanvasObject{widget.NewLabel(label), container.NewVBox(obj, msg)}
	}
	var cells []fyne.CanvasObject
	cells = append(cells, row(i18n.L("Department name"), e.name, e.nameMsg)...)
	cells = append(cells, row(i18n.L("Parent department"), e.parent, e.parentMsg)...)
	cells = append(cells, row(i18n.L("Motto"), e.motto, e.mottoMsg)...)
	cells = append(cells, row(i18n.L("Head role"), container.NewBorder(nil, nil, nil, e.headMark, e.head), e.headMsg)...)
	colour := container.NewVBox(e.palette.box, container.NewBorder(nil, nil, nil, e.colorMark, e.color))
	cells = append(cells, row(i18n.L("Colour"), colour, e.colorMsg)...)
	body := container.NewVBox(
		e.title,
		section(i18n.L("Department"), nil, container.New(layout.NewFormLayout(), cells...)),
		section(i18n.L("Positioning"), nil, field.With(e.positioning, e.posMsg)),
		section(i18n.L("Roles and headcount"), nil, e.table.object(),
			container.NewHBox(e.addRole), e.addMsg),
		e.cost.object(),
		section(i18n.L("Add role from library"), nil, e.library),
	)
	e.scroll = container.NewVScroll(container.NewPadded(body))
	e.empty = paragraph(i18n.L("Select a department on the chart to edit it."))
	e.empty.Alignment = fyne.TextAlignCenter
	e.root.Objects = []fyne.CanvasObject{container.NewStack(e.scroll, centred(e.empty))}
	e.root.Refresh()
}

// CreateRenderer implements fyne.Widget.
func (e *DepartmentEditor) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(e.root)
}

// Relabel rebuilds the panel in the current UI language, keeping the
// department shown (pending edits are saved first).
func (e *DepartmentEditor) Relabel() {
	e.Flush()
	e.library.closed = true
	e.build()
	e.load(true)
}

// SetDepartment saves any pending edit, then shows department id.
func (e *DepartmentEditor) SetDepartment(id data.ID) {
	e.Flush()
	e.id = id
	e.load(true)
	e.scroll.ScrollToTop()
}

// Department returns the id of the department shown.
func (e *DepartmentEditor) Department() data.ID { return e.id }

// Flush saves the edit being typed, if any.
func (e *DepartmentEditor) Flush() {
	for _, en := range []*field.Entry{e.name, e.positioning, e.motto, e.color} {
		en.Flush()
	}
}

// Close saves pending edits and stops following the session.
func (e *DepartmentEditor) Close() {
	e.Flush()
	e.closed = true
	e.library.closed = true
}

func (e *DepartmentEditor) reveal(obj fyne.CanvasObject) { field.Reveal(e.scroll, obj) }

// wheel scrolls the panel with the mouse wheel turned over a multi-line
// field (the field grows with its text instead of scrolling).
func (e *DepartmentEditor) wheel(ev *fyne.ScrollEvent) { e.scroll.Scrolled(ev) }

func (e *DepartmentEditor) reload() {
	if !e.closed {
		e.load(false)
	}
}

func (e *DepartmentEditor) load(force bool) {
	doc := e.s.Doc()
	d := doc.Department(e.id)
	if d == nil {
		e.scroll.Hide()
		e.empty.Show()
		return
	}
	e.empty.Hide()
	e.scroll.Show()
	setPara(e.title, field.DeptPath(doc, d.ID))
	e.name.Load(d.Name, force)
	e.positioning.Load(d.Positioning, force)
	e.motto.Load(d.Motto, force)
	e.color.Load(strings.ToUpper(d.Color), force)
	e.palette.set(d.Color)
	showIf(e.headMark, data.IsSuggested(d.Suggested, data.FieldHead))
	showIf(e.colorMark, data.IsSuggested(d.Suggested, data.FieldColor))
	e.parents = field.DepartmentChoices(doc, i18n.L("Top level (no parent)"))
	e.parent.Set(e.parents.Labels, e.parents.Label(d.Parent))
	e.heads = e.headChoices(doc, d)
	e.head.Set(e.heads.Labels, e.heads.Label(d.Head))
	if force {
		for _, m := range []*field.Message{e.nameMsg, e.parentMsg, e.posMsg, e.mottoMsg, e.headMsg, e.colorMsg, e.addMsg} {
			m.Clear()
		}
		e.library.fix(d.ID)
	}
	e.table.load(doc, d)
	e.cost.load(doc, d)
}

// headChoices offers the department's own roles first, then the others
// (a small company's general manager often heads a department himself).
func (e *DepartmentEditor) headChoices(doc *data.Document, d *data.Department) *field.Choices {
	c := &field.Choices{}
	c.Add("", i18n.L("No head role"))
	for _, r := range doc.RolesIn(d.ID) {
		c.Add(r.ID, r.Title)
	}
	all := field.RoleChoices(doc, "", "")
	for i, id := range all.IDs {
		if r := doc.Role(id); r != nil && r.Department != d.ID {
			c.Add(id, all.Labels[i])
		}
	}
	return c
}

// edit saves a change to the department; key merges one visit's saves.
func (e *DepartmentEditor) edit(key, what string, fn func(d *data.Department)) error {
	d := e.s.Doc().Department(e.id)
	if d == nil {
		return errGone
	}
	id := e.id
	cmd := app.CommandFunc{Text: i18n.L("Edit %s of %s", what, d.Name), Fn: func(doc *data.Document) (*data.ChangeSet, error) {
		cur := doc.Department(id)
		if cur == nil {
			return nil, data.ErrNotFound
		}
		nd := data.CloneDepartment(*cur)
		fn(&nd)
		return &data.ChangeSet{PutDepartments: []data.Department{nd}}, nil
	}}
	return e.save.Save(key, cmd)
}

func (e *DepartmentEditor) text(en *field.Entry, msg *field.Message, what, text string, get func(*data.Department) *string) error {
	text = strings.TrimSpace(text)
	if d := e.s.Doc().Department(e.id); d == nil || *get(d) == text {
		msg.Clear()
		return nil
	}
	err := e.edit(en.Key(), what, func(d *data.Department) { *get(d) = text })
	msg.Set(describe(err))
	return err
}

func (e *DepartmentEditor) onName(text string) error {
	text = strings.TrimSpace(text)
	if d := e.s.Doc().Department(e.id); d == nil || d.Name == text {
		e.nameMsg.Clear()
		return nil
	}
	err := e.save.Save(e.name.Key(), app.RenameDepartment(e.id, text))
	e.nameMsg.Set(describe(err))
	return err
}

// onParent moves the department; a move into itself or its own
// sub-department is refused with the store's message and the select goes
// back to the current parent.
func (e *DepartmentEditor) onParent(label string) {
	id, ok := e.parents.ID(label)
	d := e.s.Doc().Department(e.id)
	if !ok || d == nil || id == d.Parent {
		return
	}
	err := e.save.Do(app.MoveDepartment(e.id, id, ""))
	e.parentMsg.Set(describe(err))
	e.load(false)
}

func (e *DepartmentEditor) onHead(label string) {
	id, ok := e.heads.ID(label)
	d := e.s.Doc().Department(e.id)
	if !ok || d == nil || id == d.Head {
		return
	}
	e.Flush()
	err := e.edit("", i18n.L("head role"), func(d *data.Department) {
		d.Head = id
		d.Suggested = unmark(d.Suggested, data.FieldHead)
	})
	e.headMsg.Set(describe(err))
	e.load(false)
}

func (e *DepartmentEditor) onColor(hex string) {
	e.Flush()
	_ = e.setColor("", hex)
	e.load(false)
}

func (e *DepartmentEditor) setColor(key, hex string) error {
	if d := e.s.Doc().Department(e.id); d == nil || strings.EqualFold(d.Color, hex) {
		e.colorMsg.Clear()
		return nil
	}
	err := e.edit(key, i18n.L("colour"), func(d *data.Department) {
		d.Color = hex
		d.Suggested = unmark(d.Suggested, data.FieldColor)
	})
	e.colorMsg.Set(describe(err))
	return err
}

// onAddRole adds a blank role to the department, reporting to its head,
// and opens its card.
func (e *DepartmentEditor) onAddRole() {
	doc := e.s.Doc()
	d := doc.Department(e.id)
	if d == nil {
		return
	}
	r := data.Role{Title: i18n.In(doc.Org.Lang, "New role"), Department: d.ID, Planned: 1}
	if doc.Role(d.Head) != nil {
		r.ReportsTo = d.Head
	}
	var id data.ID
	err := e.save.Do(app.AddRole(r, &id))
	e.addMsg.Set(describe(err))
	if err == nil {
		e.openRole(id)
	}
}

func (e *DepartmentEditor) openRole(id data.ID) {
	if e.OnOpenRole != nil {
		e.OnOpenRole(id)
	}
}

func (e *DepartmentEditor) openDepartment(id data.ID) {
	if e.OnOpenDepartment != nil {
		e.OnOpenDepartment(id)
		return
	}
	e.SetDepartment(id)
}
