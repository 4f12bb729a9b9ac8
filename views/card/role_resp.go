package card

import (
	"image/color"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
	"orgdesigner/views/card/field"
	"orgdesigner/views/wrapped"
)

// respSection is 主要职责: ordered items, each with text, an optional
// weight and optional examples, with a live sum of the weights.
type respSection struct {
	e    *RoleEditor
	rows []*respRow
	box  *fyne.Container
	mark *widget.Label
	sum  *wrapped.Label
	add  *field.Entry
	addB *field.Button
	msg  *field.Message
	cols *field.Columns
}

type respRow struct {
	number           *widget.Label
	text, weight     *field.Entry
	examples         *field.Entry
	up, down, remove *field.Button
	msg              *field.Message
}

func newRespSection(e *RoleEditor) *respSection {
	s := &respSection{e: e, box: container.NewVBox(), mark: suggestionMark(), msg: field.NewMessage()}
	s.sum = wrapped.NewLabel("")
	s.add = e.entry(0)
	s.add.Manual = true
	s.add.SetPlaceHolder(i18n.L("New responsibility; press Enter to add"))
	s.add.OnCommit = s.onAdd
	s.addB = e.button(i18n.L("Add item"), theme.ContentAddIcon(), s.add.Flush)
	s.cols = &field.Columns{Flex: []float32{1}, Fixed: []float32{0, 0, 0, 0}}
	s.cols.FitText(0, "100.5")
	for i := 1; i < 4; i++ {
		s.cols.Fit(i, widget.NewButtonWithIcon("", theme.MoveUpIcon(), nil))
	}
	return s
}

func (s *respSection) object() fyne.CanvasObject {
	return section(i18n.L("Main responsibilities"), s.mark, s.box, s.sum,
		container.NewBorder(nil, nil, nil, s.addB, s.add), s.msg)
}

// entries returns the entries bound to responsibilities (not the "new"
// field: it is saved only by Enter or Add).
func (s *respSection) entries() []*field.Entry {
	var out []*field.Entry
	for _, r := range s.rows {
		out = append(out, r.text, r.weight, r.examples)
	}
	return out
}

func (s *respSection) load(r *data.Role, force bool) {
	showIf(s.mark, data.IsSuggested(r.Suggested, data.FieldResponsibilities))
	if force || len(s.rows) != len(r.Responsibilities) {
		s.rebuild(len(r.Responsibilities))
		force = true
	}
	for i, x := range r.Responsibilities {
		row := s.rows[i]
		row.text.Load(x.Text, force)
		row.weight.Load(field.FormatWeight(x.Weight), force)
		row.examples.Load(strings.Join(x.Examples, "\n"), force)
	}
	if force {
		s.add.Reset("")
		s.msg.Clear()
	}
	s.updateSum()
}

func (s *respSection) rebuild(n int) {
	s.rows = s.rows[:0]
	objs := make([]fyne.CanvasObject, 0, n)
	for i := range n {
		row := s.newRow(i, n)
		s.rows = append(s.rows, row)
		objs = append(objs, s.rowObject(row))
	}
	s.box.Objects = objs
	s.box.Refresh()
}

// rowObject lays a responsibility out over the panel's full width — the
// panel is narrow, and a text squeezed between the weight and the buttons
// showed a few characters a line: the text, its examples under it, then
// the weight and the move and remove buttons.
func (s *respSection) rowObject(row *respRow) fyne.CanvasObject {
	indent := func(o fyne.CanvasObject) fyne.CanvasObject {
		// A gap as wide as the number keeps the examples and the weight
		// aligned with the text.
		gap := canvas.NewRectangle(color.Transparent)
		gap.SetMinSize(fyne.NewSize(row.number.MinSize().Width, 0))
		return container.NewBorder(nil, nil, gap, nil, o)
	}
	weight := widget.NewLabel(i18n.L("Weight %"))
	weight.Alignment = fyne.TextAlignTrailing
	return container.NewVBox(
		container.NewBorder(nil, nil, row.number, nil, row.text),
		indent(row.examples),
		indent(s.cols.Row(weight, row.weight, row.up, row.down, row.remove)),
		row.msg)
}

func (s *respSection) newRow(i, n int) *respRow {
	e := s.e
	row := &respRow{number: widget.NewLabel(strconv.Itoa(i+1) + "."), msg: field.NewMessage()}
	row.text = e.entry(2)
	row.text.Normalize = strings.TrimSpace
	row.text.SetPlaceHolder(i18n.L("What the role is responsible for"))
	row.text.OnCommit = func(text string) error { return s.onText(i, row, text) }
	row.weight = e.entry(0)
	row.weight.SetPlaceHolder("%")
	row.weight.Normalize = field.NormalizeWeight
	row.weight.OnTyped = func(string) { s.updateSum() }
	row.weight.OnCommit = func(text string) error { return s.onWeight(i, row, text) }
	row.examples = e.entry(1)
	row.examples.Normalize = joinLines
	row.examples.SetPlaceHolder(i18n.L("Examples (如…), one per line"))
	row.examples.OnCommit = func(text string) error { return s.onExamples(i, row, text) }
	row.up = e.button("", theme.MoveUpIcon(), func() { s.onMove(i, i-1) })
	row.down = e.button("", theme.MoveDownIcon(), func() { s.onMove(i, i+1) })
	row.remove = e.button("", theme.DeleteIcon(), func() { s.onRemove(i) })
	if i == 0 {
		row.up.Disable()
	}
	if i == n-1 {
		row.down.Disable()
	}
	return row
}

// splitLines turns the examples text into items, one per non-blank line.
func splitLines(text string) []string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

func joinLines(text string) string { return strings.Join(splitLines(text), "\n") }

// updateSum shows the sum of the weights as typed, warning when weights are
// given and do not add up to 100.
func (s *respSection) updateSum() {
	entries := make([]*field.Entry, len(s.rows))
	for i, r := range s.rows {
		entries[i] = r.weight
	}
	showWeightSum(s.sum, entries)
}

// showWeightSum writes the live sum of the weights typed in entries into
// l (responsibilities and KPIs both use it).
func showWeightSum(l *wrapped.Label, entries []*field.Entry) {
	ws := make([]float64, 0, len(entries))
	bad := false
	for _, en := range entries {
		w, err := field.ParseWeight(en.Text)
		bad = bad || err != nil
		ws = append(ws, w)
	}
	sum, given := field.WeightSum(ws)
	text, imp := i18n.L("Weights are optional; when given they must add up to 100%."), widget.LowImportance
	switch {
	case bad:
		text, imp = i18n.L("A weight is not a number from 0 to 100."), widget.DangerImportance
	case given && field.WeightsOff(sum):
		text, imp = i18n.L("Weights add up to %s%%, not 100%%.", field.FormatWeight(sum)), widget.WarningImportance
	case given:
		text, imp = i18n.L("Weights add up to 100%."), widget.SuccessImportance
	}
	if l.Text != text || l.Importance != imp {
		l.Text, l.Importance = text, imp
		l.Refresh()
	}
}

// item edits responsibility i of a copy of the role, if it still exists.
func (s *respSection) item(key, what string, i int, msg *field.Message, fn func(x *data.Responsibility)) error {
	err := s.e.edit(key, what, func(r *data.Role) {
		if i < len(r.Responsibilities) {
			fn(&r.Responsibilities[i])
		}
		r.Suggested = unmark(r.Suggested, data.FieldResponsibilities)
	})
	msg.Set(describe(err))
	return err
}

func (s *respSection) current(i int) *data.Responsibility {
	r := s.e.role()
	if r == nil || i >= len(r.Responsibilities) {
		return nil
	}
	return &r.Responsibilities[i]
}

func (s *respSection) onText(i int, row *respRow, text string) error {
	text = strings.TrimSpace(text)
	if x := s.current(i); x == nil || x.Text == text {
		row.msg.Clear()
		return nil
	}
	return s.item(row.text.Key(), i18n.L("responsibility %d", i+1), i, row.msg,
		func(x *data.Responsibility) { x.Text = text })
}

func (s *respSection) onWeight(i int, row *respRow, text string) error {
	w, err := field.ParseWeight(text)
	if err != nil {
		row.msg.Set(err.Error())
		return err
	}
	if x := s.current(i); x == nil || x.Weight == w {
		row.msg.Clear()
		return nil
	}
	return s.item(row.weight.Key(), i18n.L("weight of responsibility %d", i+1), i, row.msg,
		func(x *data.Responsibility) { x.Weight = w })
}

func (s *respSection) onExamples(i int, row *respRow, text string) error {
	ex := splitLines(text)
	if x := s.current(i); x == nil || slices.Equal(x.Examples, ex) {
		row.msg.Clear()
		return nil
	}
	return s.item(row.examples.Key(), i18n.L("examples of responsibility %d", i+1), i, row.msg,
		func(x *data.Responsibility) { x.Examples = ex })
}

// onAdd appends the typed responsibility and puts the focus back in the
// "new" field, so a list is typed item, Enter, item, Enter.
func (s *respSection) onAdd(text string) error {
	text = strings.TrimSpace(text)
	if text == "" || s.e.role() == nil {
		s.add.Reset("")
		return nil
	}
	err := s.e.do(app.EditRole(s.e.id, i18n.L("Add responsibility"), func(r *data.Role) {
		r.Responsibilities = append(r.Responsibilities, data.Responsibility{Text: text})
		r.Suggested = unmark(r.Suggested, data.FieldResponsibilities)
	}))
	s.msg.Set(describe(err))
	if err != nil {
		return err
	}
	s.add.Reset("")
	if c := fyne.CurrentApp().Driver().CanvasForObject(s.box); c != nil {
		c.Focus(s.add)
	}
	return nil
}

func (s *respSection) onMove(from, to int) {
	if to < 0 || to >= len(s.rows) {
		return
	}
	err := s.e.do(app.EditRole(s.e.id, i18n.L("Move responsibility"), func(r *data.Role) {
		if from < len(r.Responsibilities) && to < len(r.Responsibilities) {
			x := r.Responsibilities[from]
			r.Responsibilities = slices.Delete(r.Responsibilities, from, from+1)
			r.Responsibilities = slices.Insert(r.Responsibilities, to, x)
		}
	}))
	s.msg.Set(describe(err))
	if err != nil || to >= len(s.rows) {
		return
	}
	// Keep the focus on the moved item's button, so it can be moved on.
	b := s.rows[to].up
	if to > from || b.Disabled() {
		b = s.rows[to].down
	}
	if b.Disabled() {
		b = s.rows[to].up
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(s.box); c != nil && !b.Disabled() {
		c.Focus(b)
	}
}

func (s *respSection) onRemove(i int) {
	err := s.e.do(app.EditRole(s.e.id, i18n.L("Remove responsibility"), func(r *data.Role) {
		if i < len(r.Responsibilities) {
			r.Responsibilities = slices.Delete(r.Responsibilities, i, i+1)
		}
	}))
	s.msg.Set(describe(err))
}
