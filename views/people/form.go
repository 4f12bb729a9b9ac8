package people

import (
	"errors"
	"slices"
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

// form edits the selected person: number, name, role, department (when in
// no role), status, hire date, phone, e-mail, manager and the extra fields
// kept from imported rosters. Text saves as the user types.
type form struct {
	l  *List
	id data.ID

	number, name, hire, phone, email *field.Entry
	numberMsg, nameMsg, hireMsg      *field.Message
	phoneMsg, emailMsg               *field.Message
	role, dept, status, manager      *field.Select
	roleMsg, deptMsg, managerMsg     *field.Message
	roles, depts, managers           *field.Choices

	extra    []*extraRow
	extraBox *fyne.Container
	addExtra *field.Button
	extraMsg *field.Message

	remove  *field.Button
	msg     *field.Message
	title   *widget.Label
	body    *fyne.Container
	empty   *wrapped.Label
	scroll  *container.Scroll
	content *fyne.Container
}

type extraRow struct {
	key, value *field.Entry
	remove     *field.Button
}

func newForm(l *List) *form {
	f := &form{l: l, roles: &field.Choices{}, depts: &field.Choices{}, managers: &field.Choices{}}
	f.number, f.numberMsg = f.entry(), field.NewMessage()
	f.number.OnCommit = func(t string) error { return f.text(f.number, f.numberMsg, i18n.L("employee number"), t, numberOf) }
	f.name, f.nameMsg = f.entry(), field.NewMessage()
	f.name.OnCommit = func(t string) error { return f.text(f.name, f.nameMsg, i18n.L("person name"), t, nameOf) }
	f.hire, f.hireMsg = f.entry(), field.NewMessage()
	f.hire.SetPlaceHolder("2024-03-15")
	f.hire.Normalize = normalizeDate
	f.hire.OnCommit = f.onHire
	f.phone, f.phoneMsg = f.entry(), field.NewMessage()
	f.phone.OnCommit = func(t string) error { return f.text(f.phone, f.phoneMsg, i18n.L("phone"), t, phoneOf) }
	f.email, f.emailMsg = f.entry(), field.NewMessage()
	f.email.OnCommit = f.onEmail
	f.role, f.roleMsg = f.pick(f.onRole), field.NewMessage()
	f.dept, f.deptMsg = f.pick(f.onDept), field.NewMessage()
	f.status = f.pick(f.onStatus)
	f.manager, f.managerMsg = f.pick(f.onManager), field.NewMessage()
	f.extraBox = container.NewVBox()
	f.addExtra = f.button(i18n.L("Add field"), theme.ContentAddIcon(), f.onAddExtra)
	f.extraMsg = field.NewMessage()
	f.remove = f.button(i18n.L("Delete person"), theme.DeleteIcon(), f.onDelete)
	f.remove.Importance = widget.DangerImportance
	f.msg = field.NewMessage()
	f.title = widget.NewLabel("")
	f.title.SizeName = theme.SizeNameSubHeadingText
	f.build()
	return f
}

func (f *form) entry() *field.Entry {
	en := field.NewEditorEntry(0, f.reveal, f.wheel)
	en.Normalize = strings.TrimSpace
	return en
}

func (f *form) pick(fn func(string)) *field.Select {
	s := field.NewSelect(fn)
	s.OnFocus = f.reveal
	return s
}

func (f *form) button(label string, icon fyne.Resource, fn func()) *field.Button {
	b := field.NewButton(label, icon, fn)
	b.OnFocus = f.reveal
	return b
}

func (f *form) reveal(obj fyne.CanvasObject) { field.Reveal(f.scroll, obj) }

// wheel scrolls the form with the mouse wheel turned over one of its
// fields (an entry's own scroller would otherwise take it).
func (f *form) wheel(ev *fyne.ScrollEvent) { f.scroll.Scrolled(ev) }

func (f *form) build() {
	row := func(label string, obj fyne.CanvasObject, msg *field.Message) []fyne.CanvasObject {
		if msg == nil {
			return []fyne.CanvasObject{widget.NewLabel(label), obj}
		}
		return []fyne.CanvasObject{widget.NewLabel(label), container.NewVBox(obj, msg)}
	}
	var cells []fyne.CanvasObject
	cells = append(cells, row(i18n.L("Person name"), f.name, f.nameMsg)...)
	cells = append(cells, row(i18n.L("Employee number"), f.number, f.numberMsg)...)
	cells = append(cells, row(i18n.L("Person's role"), f.role, f.roleMsg)...)
	cells = append(cells, row(i18n.L("Person's department"), f.dept, f.deptMsg)...)
	cells = append(cells, row(i18n.L("Employment status"), f.status, nil)...)
	cells = append(cells, row(i18n.L("Hire date"), f.hire, f.hireMsg)...)
	cells = append(cells, row(i18n.L("Phone number"), f.phone, f.phoneMsg)...)
	cells = append(cells, row(i18n.L("E-mail"), f.email, f.emailMsg)...)
	cells = append(cells, row(i18n.L("Line manager (person)"), f.manager, f.managerMsg)...)
	extraHead := widget.NewLabel(i18n.L("Other fields"))
	extraHead.Importance = widget.HighImportance
	f.body = container.NewVBox(
		f.title,
		container.New(layout.NewFormLayout(), cells...),
		widget.NewSeparator(), extraHead, f.extraBox,
		container.NewHBox(f.addExtra), f.extraMsg,
		widget.NewSeparator(), container.NewHBox(layout.NewSpacer(), f.remove), f.msg,
	)
	f.scroll = container.NewVScroll(container.NewPadded(f.body))
	f.empty = wrapped.NewLabel(i18n.L("Select a person to edit, or add one."))
	f.empty.Alignment = fyne.TextAlignCenter
	// As wide as the pane, in the middle of its height: a centring
	// container would give the wrapped hint its minimum width.
	f.content = container.NewStack(f.scroll, container.NewVBox(layout.NewSpacer(), f.empty, layout.NewSpacer()))
}

func (f *form) entries() []*field.Entry {
	out := []*field.Entry{f.number, f.name, f.hire, f.phone, f.email}
	for _, x := range f.extra {
		out = append(out, x.key, x.value)
	}
	return out
}

func (f *form) flush() {
	for _, en := range f.entries() {
		en.Flush()
	}
}

// setPerson saves pending edits, then shows person id.
func (f *form) setPerson(id data.ID) {
	f.flush()
	f.id = id
	f.load(true)
}

func (f *form) load(force bool) {
	doc := f.l.s.Doc()
	p := doc.Person(f.id)
	if p == nil {
		f.scroll.Hide()
		f.empty.Show()
		return
	}
	f.empty.Hide()
	f.scroll.Show()
	if f.title.Text != p.Name {
		f.title.SetText(p.Name)
	}
	f.number.Load(p.Number, force)
	f.name.Load(p.Name, force)
	f.hire.Load(p.HireDate, force)
	f.phone.Load(p.Phone, force)
	f.email.Load(p.Email, force)
	f.roles = field.RoleChoices(doc, i18n.L("No role"), "")
	f.role.Set(f.roles.Labels, f.roles.Label(p.Role))
	f.depts = field.DepartmentChoices(doc, i18n.L("No department"))
	f.dept.Set(f.depts.Labels, f.depts.Label(p.Department))
	// The department follows the role; it is chosen only for people in
	// no role.
	if p.Role != "" {
		f.dept.Disable()
	} else {
		f.dept.Enable()
	}
	var statuses []string
	for _, s := range statusOrder {
		statuses = append(statuses, StatusName(s))
	}
	f.status.Set(statuses, StatusName(status(p)))
	f.managers = managerChoices(doc, p.ID)
	f.manager.Set(f.managers.Labels, f.managers.Label(p.Manager))
	f.loadExtra(p, force)
	if force {
		for _, m := range []*field.Message{f.numberMsg, f.nameMsg, f.hireMsg, f.phoneMsg, f.emailMsg,
			f.roleMsg, f.deptMsg, f.managerMsg, f.extraMsg, f.msg} {
			m.Clear()
		}
	}
}

// managerChoices lists everyone but the person, by name and number.
func managerChoices(doc *data.Document, skip data.ID) *field.Choices {
	c := &field.Choices{}
	c.Add("", i18n.L("Same as the role's line"))
	for i := range doc.People {
		p := &doc.People[i]
		if p.ID == skip {
			continue
		}
		label := p.Name
		if p.Number != "" {
			label += " (" + p.Number + ")"
		}
		c.Add(p.ID, label)
	}
	return c
}

func numberOf(p *data.Person) *string { return &p.Number }
func nameOf(p *data.Person) *string   { return &p.Name }
func phoneOf(p *data.Person) *string  { return &p.Phone }

var errGone = errors.New("gone")

// edit saves a change to the person; key merges one visit's saves.
func (f *form) edit(key, what string, fn func(p *data.Person)) error {
	p := f.l.s.Doc().Person(f.id)
	if p == nil {
		return errGone
	}
	id := f.id
	cmd := app.CommandFunc{Text: i18n.L("Edit %s of %s", what, p.Name), Fn: func(doc *data.Document) (*data.ChangeSet, error) {
		cur := doc.Person(id)
		if cur == nil {
			return nil, data.ErrNotFound
		}
		np := data.ClonePerson(*cur)
		fn(&np)
		return &data.ChangeSet{PutPeople: []data.Person{np}}, nil
	}}
	return f.l.save.Save(key, cmd)
}

func describe(err error) string {
	if err == nil || errors.Is(err, errGone) {
		return ""
	}
	return app.Describe(err)
}

func (f *form) text(en *field.Entry, msg *field.Message, what, text string, get func(*data.Person) *string) error {
	text = strings.TrimSpace(text)
	if p := f.l.s.Doc().Person(f.id); p == nil || *get(p) == text {
		msg.Clear()
		return nil
	}
	err := f.edit(en.Key(), what, func(p *data.Person) { *get(p) = text })
	msg.Set(describe(err))
	return err
}

func (f *form) onHire(text string) error {
	d, err := ParseDate(text)
	if err != nil {
		f.hireMsg.Set(err.Error())
		return err
	}
	return f.text(f.hire, f.hireMsg, i18n.L("hire date"), d, func(p *data.Person) *string { return &p.HireDate })
}

func (f *form) onEmail(text string) error {
	text = strings.TrimSpace(text)
	if text != "" && (!strings.Contains(text, "@") || strings.ContainsAny(text, " \t")) {
		err := errors.New(i18n.L("An e-mail address looks like name@example.com."))
		f.emailMsg.Set(err.Error())
		return err
	}
	return f.text(f.email, f.emailMsg, i18n.L("e-mail"), text, func(p *data.Person) *string { return &p.Email })
}

// do applies a command that is not merged and reloads the list.
func (f *form) do(cmd app.Command, msg *field.Message) {
	f.flush()
	msg.Set(describe(f.l.save.Do(cmd)))
	f.l.reload()
}

func (f *form) onRole(label string) {
	id, ok := f.roles.ID(label)
	if p := f.l.s.Doc().Person(f.id); ok && p != nil && p.Role != id {
		f.do(app.AssignPerson(f.id, id), f.roleMsg)
	}
}

func (f *form) onDept(label string) {
	id, ok := f.depts.ID(label)
	if p := f.l.s.Doc().Person(f.id); ok && p != nil && p.Department != id {
		f.flush()
		f.deptMsg.Set(describe(f.edit("", i18n.L("department"), func(p *data.Person) { p.Department = id })))
		f.l.reload()
	}
}

func (f *form) onStatus(label string) {
	for _, s := range statusOrder {
		if p := f.l.s.Doc().Person(f.id); StatusName(s) == label && p != nil && status(p) != s {
			f.flush()
			f.msg.Set(describe(f.edit("", i18n.L("employment status"), func(p *data.Person) { p.Status = s })))
			f.l.reload()
		}
	}
}

func (f *form) onManager(label string) {
	id, ok := f.managers.ID(label)
	if p := f.l.s.Doc().Person(f.id); ok && p != nil && p.Manager != id {
		f.flush()
		f.managerMsg.Set(describe(f.edit("", i18n.L("line manager"), func(p *data.Person) { p.Manager = id })))
		f.load(false)
	}
}

func (f *form) onDelete() {
	f.do(app.DeletePerson(f.id), f.msg)
}

// loadExtra shows the extra fields, rebuilding the rows when their number
// changed.
func (f *form) loadExtra(p *data.Person, force bool) {
	if force || len(f.extra) != len(p.Extra) {
		f.extra = f.extra[:0]
		objs := make([]fyne.CanvasObject, 0, len(p.Extra))
		for i := range p.Extra {
			x := f.newExtraRow(i)
			f.extra = append(f.extra, x)
			objs = append(objs, container.NewBorder(nil, nil, nil, x.remove,
				container.NewGridWithColumns(2, x.key, x.value)))
		}
		if len(objs) == 0 {
			objs = append(objs, widget.NewLabel(i18n.L("None; imported columns without a field of their own appear here.")))
		}
		f.extraBox.Objects = objs
		f.extraBox.Refresh()
		force = true
	}
	for i, e := range p.Extra {
		f.extra[i].key.Load(e.Key, force)
		f.extra[i].value.Load(e.Value, force)
	}
}

func (f *form) newExtraRow(i int) *extraRow {
	x := &extraRow{key: f.entry(), value: f.entry()}
	x.key.SetPlaceHolder(i18n.L("Field name"))
	x.value.SetPlaceHolder(i18n.L("Field value"))
	x.key.OnCommit = func(t string) error {
		return f.extraField(x.key, i, strings.TrimSpace(t), func(e *data.ExtraField) *string { return &e.Key })
	}
	x.value.OnCommit = func(t string) error {
		return f.extraField(x.value, i, strings.TrimSpace(t), func(e *data.ExtraField) *string { return &e.Value })
	}
	x.remove = f.button("", theme.DeleteIcon(), func() { f.onRemoveExtra(i) })
	return x
}

func (f *form) extraField(en *field.Entry, i int, text string, get func(*data.ExtraField) *string) error {
	p := f.l.s.Doc().Person(f.id)
	if p == nil || i >= len(p.Extra) || *get(&p.Extra[i]) == text {
		f.extraMsg.Clear()
		return nil
	}
	err := f.edit(en.Key(), i18n.L("other fields"), func(p *data.Person) {
		if i < len(p.Extra) {
			*get(&p.Extra[i]) = text
		}
	})
	f.extraMsg.Set(describe(err))
	return err
}

func (f *form) onAddExtra() {
	p := f.l.s.Doc().Person(f.id)
	if p == nil {
		return
	}
	f.flush()
	key := i18n.L("Field %d", len(p.Extra)+1)
	err := f.edit("", i18n.L("other fields"), func(p *data.Person) {
		p.Extra = append(p.Extra, data.ExtraField{Key: key})
	})
	f.extraMsg.Set(describe(err))
	f.load(false)
	if err == nil && len(f.extra) > 0 {
		if c := fyne.CurrentApp().Driver().CanvasForObject(f.body); c != nil {
			c.Focus(f.extra[len(f.extra)-1].key)
		}
	}
}

func (f *form) onRemoveExtra(i int) {
	f.flush()
	err := f.edit("", i18n.L("other fields"), func(p *data.Person) {
		if i < len(p.Extra) {
			p.Extra = slices.Delete(p.Extra, i, i+1)
		}
	})
	f.extraMsg.Set(describe(err))
	f.load(false)
}
