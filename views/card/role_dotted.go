package card

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"

	"orgdesigner/app"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
	"orgdesigner/views/card/field"
)

// dottedList edits the dotted-line managers (虚线汇报), each with a label
// such as 项目汇报 or 职能指导.
type dottedList struct {
	e     *RoleEditor
	rows  []*dottedRow
	box   *fyne.Container
	add   *field.Select
	msg   *field.Message
	roles *field.Choices
}

type dottedRow struct {
	manager *field.Select
	label   *field.Entry
	remove  *field.Button
}

func newDottedList(e *RoleEditor) *dottedList {
	d := &dottedList{e: e, box: container.NewVBox(), msg: field.NewMessage(), roles: &field.Choices{}}
	d.add = e.selectField(d.onAdd)
	d.add.PlaceHolder = i18n.L("Add a dotted-line manager…")
	return d
}

func (d *dottedList) object() fyne.CanvasObject { return container.NewVBox(d.box, d.add) }

func (d *dottedList) entries() []*field.Entry {
	out := make([]*field.Entry, len(d.rows))
	for i, r := range d.rows {
		out[i] = r.label
	}
	return out
}

// load shows r's dotted lines; others lists every other role.
func (d *dottedList) load(r *data.Role, others *field.Choices, force bool) {
	d.roles = others
	if force || len(d.rows) != len(r.Dotted) {
		d.rebuild(len(r.Dotted))
		force = true
	}
	for i, dl := range r.Dotted {
		row := d.rows[i]
		row.manager.Set(d.roles.Labels, d.roles.Label(dl.Manager))
		row.label.Load(dl.Label, force)
	}
	d.add.Set(d.roles.Labels, "")
	if force {
		d.msg.Clear()
	}
}

func (d *dottedList) rebuild(n int) {
	d.rows = d.rows[:0]
	var objs []fyne.CanvasObject
	for i := range n {
		row := &dottedRow{}
		row.manager = d.e.selectField(func(label string) { d.onManager(i, label) })
		row.label = d.e.entry(0)
		row.label.Normalize = strings.TrimSpace
		row.label.SetPlaceHolder(i18n.L("Label, e.g. project reporting"))
		row.label.OnCommit = func(text string) error { return d.onLabel(i, row.label, text) }
		row.remove = d.e.button("", theme.DeleteIcon(), func() { d.onRemove(i) })
		d.rows = append(d.rows, row)
		objs = append(objs, container.NewBorder(nil, nil, nil, row.remove,
			container.NewGridWithColumns(2, row.manager, row.label)))
	}
	d.box.Objects = objs
	d.box.Refresh()
}

// change applies fn to a copy of the dotted lines and saves them.
func (d *dottedList) change(fn func([]data.DottedLine) []data.DottedLine) {
	r := d.e.role()
	if r == nil {
		return
	}
	lines := fn(slices.Clone(r.Dotted))
	d.msg.Set(describe(d.e.do(app.SetDottedLines(r.ID, lines))))
}

func (d *dottedList) onAdd(label string) {
	id, ok := d.roles.ID(label)
	if !ok {
		return
	}
	d.change(func(ls []data.DottedLine) []data.DottedLine { return append(ls, data.DottedLine{Manager: id}) })
	if len(d.rows) > 0 {
		// The label comes next: say what the dotted line is for.
		if c := fyne.CurrentApp().Driver().CanvasForObject(d.box); c != nil {
			c.Focus(d.rows[len(d.rows)-1].label)
		}
	}
}

func (d *dottedList) onManager(i int, label string) {
	id, ok := d.roles.ID(label)
	if !ok {
		return
	}
	d.change(func(ls []data.DottedLine) []data.DottedLine {
		if i < len(ls) {
			ls[i].Manager = id
		}
		return ls
	})
}

func (d *dottedList) onRemove(i int) {
	d.change(func(ls []data.DottedLine) []data.DottedLine {
		if i < len(ls) {
			ls = slices.Delete(ls, i, i+1)
		}
		return ls
	})
}

func (d *dottedList) onLabel(i int, en *field.Entry, text string) error {
	text = strings.TrimSpace(text)
	r := d.e.role()
	if r == nil || i >= len(r.Dotted) || r.Dotted[i].Label == text {
		return nil
	}
	err := d.e.edit(en.Key(), i18n.L("dotted-line label"), func(r *data.Role) {
		if i < len(r.Dotted) {
			r.Dotted[i].Label = text
		}
	})
	d.msg.Set(describe(err))
	return err
}
