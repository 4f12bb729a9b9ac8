package card

import (
	"image/color"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
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

// kpiSection is 考核指标: a small table of indicator, target, cycle
// (月/季/年) and weight.
type kpiSection struct {
	e     *RoleEditor
	rows  []*kpiRow
	box   *fyne.Container
	mark  *widget.Label
	sum   *wrapped.Label
	draft *kpiRow // the "new KPI" row, added on Enter or Add
	addB  *field.Button
	msg   *field.Message
	// Each KPI takes two lines, so the indicator and the target get the
	// narrow panel's width: indicator and cycle, then target, weight and
	// the remove (or add) button.
	top, bottom *field.Columns
	// cycles are the cycle options in the document's content language.
	cycles []string
}

type kpiRow struct {
	indicator, target, weight *field.Entry
	cycle                     *field.Select
	remove                    *field.Button
	msg                       *field.Message
}

// cycleKeys are the KPI cycles offered; the stored text is in the
// document's language (月/季/年 or month/quarter/year).
var cycleKeys = []string{"KPI cycle: month", "KPI cycle: quarter", "KPI cycle: half-year", "KPI cycle: year"}

func newKPISection(e *RoleEditor) *kpiSection {
	s := &kpiSection{e: e, box: container.NewVBox(), mark: suggestionMark(), msg: field.NewMessage()}
	s.sum = wrapped.NewLabel("")
	s.top = &field.Columns{Flex: []float32{1}, Fixed: []float32{0}}
	s.bottom = &field.Columns{Flex: []float32{1}, Fixed: []float32{0, 0}}
	s.fitColumns()
	s.draft = s.newDraft()
	s.addB = e.button(i18n.L("Add item"), theme.ContentAddIcon(), s.onAdd)
	return s
}

// fitColumns sizes the cycle, weight and button columns for their widest
// content in either content language.
func (s *kpiSection) fitColumns() {
	for _, lang := range []string{i18n.Chinese, i18n.English} {
		for _, k := range cycleKeys {
			probe := widget.NewSelect([]string{i18n.In(lang, k)}, nil)
			probe.SetSelected(i18n.In(lang, k))
			s.top.Fit(0, probe)
		}
	}
	s.top.Fit(0, caption(i18n.L("Cycle")))
	s.bottom.FitText(0, "100.5")
	s.bottom.Fit(0, caption(i18n.L("Weight %")))
	s.bottom.Fit(1, widget.NewButtonWithIcon("", theme.DeleteIcon(), nil))
	s.bottom.Fit(1, widget.NewButtonWithIcon(i18n.L("Add item"), theme.ContentAddIcon(), nil))
}

// newDraft returns the row a new KPI is typed into; Enter in any of its
// fields adds it.
func (s *kpiSection) newDraft() *kpiRow {
	d := &kpiRow{}
	d.indicator, d.target, d.weight = s.e.entry(0), s.e.entry(0), s.e.entry(0)
	d.indicator.SetPlaceHolder(i18n.L("New indicator"))
	d.target.SetPlaceHolder(i18n.L("Target"))
	d.weight.SetPlaceHolder("%")
	for _, en := range []*field.Entry{d.indicator, d.target, d.weight} {
		en.Manual = true
		en.OnCommit = func(string) error { s.onAdd(); return nil }
	}
	d.cycle = s.e.selectField(nil)
	return d
}
func (s *kpiSection) object() fyne.CanvasObject {
	marker := widget.NewIcon(theme.ContentAddIcon())
	head := container.NewVBox(
		s.lines(nil, caption(i18n.L("Indicator")), caption(i18n.L("Cycle")),
			caption(i18n.L("Target")), caption(i18n.L("Weight %")), widget.NewLabel("")))
	d := s.draft
	return section(i18n.L("KPIs"), s.mark, head, s.box,
		s.lines(marker, d.indicator, d.cycle, d.target, d.weight, s.addB), s.sum, s.msg)
}

// lines lays one KPI out on two lines: lead (its number) and indicator,
// cycle; then target, weight and button, under the indicator.
func (s *kpiSection) lines(lead fyne.CanvasObject, indicator, cycle, target, weight, button fyne.CanvasObject) fyne.CanvasObject {
	gap := canvas.NewRectangle(color.Transparent)
	gap.SetMinSize(fyne.NewSize(kpiLeadWidth(), 0))
	lead = container.NewStack(gap, container.NewCenter(orEmpty(lead)))
	pad := canvas.NewRectangle(color.Transparent)
	pad.SetMinSize(gap.MinSize())
	return container.NewVBox(
		container.NewBorder(nil, nil, lead, nil, s.top.Row(indicator, cycle)),
		container.NewBorder(nil, nil, pad, nil, s.bottom.Row(target, weight, button)))
}

// kpiLeadWidth is the width of the KPI numbers' column ("10.").
func kpiLeadWidth() float32 {
	return widget.NewLabel("10.").MinSize().Width
}

func orEmpty(o fyne.CanvasObject) fyne.CanvasObject {
	if o == nil {
		return layout.NewSpacer()
	}
	return o
}

// entries returns the entries bound to KPIs (not the draft row: it is
// saved only by Enter or Add).
func (s *kpiSection) entries() []*field.Entry {
	var out []*field.Entry
	for _, r := range s.rows {
		out = append(out, r.indicator, r.target, r.weight)
	}
	return out
}

func (s *kpiSection) load(doc *data.Document, r *data.Role, force bool) {
	showIf(s.mark, data.IsSuggested(r.Suggested, data.FieldKPIs))
	// A fresh slice: the selects keep the one they were given.
	s.cycles = make([]string, 0, len(cycleKeys))
	for _, k := range cycleKeys {
		s.cycles = append(s.cycles, i18n.In(doc.Org.Lang, k))
	}
	if force || len(s.rows) != len(r.KPIs) {
		s.rebuild(len(r.KPIs))
		force = true
	}
	for i, k := range r.KPIs {
		row := s.rows[i]
		row.indicator.Load(k.Indicator, force)
		row.target.Load(k.Target, force)
		row.weight.Load(field.FormatWeight(k.Weight), force)
		opts := slices.Clone(s.cycles)
		if k.Cycle != "" && !slices.Contains(opts, k.Cycle) {
			opts = append(opts, k.Cycle) // an imported cycle such as 半年度
		}
		row.cycle.Set(opts, k.Cycle)
	}
	if force {
		s.resetDraft()
		s.msg.Clear()
	}
	s.updateSum()
}

func (s *kpiSection) resetDraft() {
	d := s.draft
	d.indicator.Reset("")
	d.target.Reset("")
	d.weight.Reset("")
	d.cycle.Set(slices.Clone(s.cycles), s.cycles[0])
}

func (s *kpiSection) rebuild(n int) {
	s.rows = s.rows[:0]
	objs := make([]fyne.CanvasObject, 0, n)
	for i := range n {
		row := s.newRow(i)
		s.rows = append(s.rows, row)
		number := widget.NewLabel(strconv.Itoa(i+1) + ".")
		objs = append(objs, container.NewVBox(
			s.lines(number, row.indicator, row.cycle, row.target, row.weight, row.remove), row.msg))
	}
	s.box.Objects = objs
	s.box.Refresh()
}

func (s *kpiSection) newRow(i int) *kpiRow {
	e := s.e
	row := &kpiRow{msg: field.NewMessage()}
	row.indicator = e.entry(0)
	row.indicator.Normalize = strings.TrimSpace
	row.indicator.SetPlaceHolder(i18n.L("Indicator"))
	row.indicator.OnCommit = func(text string) error {
		text = strings.TrimSpace(text)
		return s.set(row.indicator.Key(), i18n.L("KPI %d", i+1), i, row.msg,
			func(k *data.KPI) *string { return &k.Indicator }, text)
	}
	row.target = e.entry(0)
	row.target.Normalize = strings.TrimSpace
	row.target.SetPlaceHolder(i18n.L("Target"))
	row.target.OnCommit = func(text string) error {
		text = strings.TrimSpace(text)
		return s.set(row.target.Key(), i18n.L("target of KPI %d", i+1), i, row.msg,
			func(k *data.KPI) *string { return &k.Target }, text)
	}
	row.weight = e.entry(0)
	row.weight.SetPlaceHolder("%")
	row.weight.Normalize = field.NormalizeWeight
	row.weight.OnTyped = func(string) { s.updateSum() }
	row.weight.OnCommit = func(text string) error { return s.onWeight(i, row, text) }
	row.cycle = e.selectField(func(c string) {
		_ = s.set("", i18n.L("cycle of KPI %d", i+1), i, row.msg,
			func(k *data.KPI) *string { return &k.Cycle }, c)
	})
	row.remove = e.button("", theme.DeleteIcon(), func() { s.onRemove(i) })
	return row
}

func (s *kpiSection) updateSum() {
	entries := make([]*field.Entry, len(s.rows))
	for i, r := range s.rows {
		entries[i] = r.weight
	}
	showWeightSum(s.sum, entries)
}

func (s *kpiSection) current(i int) *data.KPI {
	r := s.e.role()
	if r == nil || i >= len(r.KPIs) {
		return nil
	}
	return &r.KPIs[i]
}

// set saves one text column of KPI i.
func (s *kpiSection) set(key, what string, i int, msg *field.Message, col func(*data.KPI) *string, text string) error {
	if k := s.current(i); k == nil || *col(k) == text {
		msg.Clear()
		return nil
	}
	return s.item(key, what, i, msg, func(k *data.KPI) { *col(k) = text })
}

func (s *kpiSection) item(key, what string, i int, msg *field.Message, fn func(k *data.KPI)) error {
	err := s.e.edit(key, what, func(r *data.Role) {
		if i < len(r.KPIs) {
			fn(&r.KPIs[i])
		}
		r.Suggested = unmark(r.Suggested, data.FieldKPIs)
	})
	msg.Set(describe(err))
	return err
}

func (s *kpiSection) onWeight(i int, row *kpiRow, text string) error {
	w, err := field.ParseWeight(text)
	if err != nil {
		row.msg.Set(err.Error())
		return err
	}
	if k := s.current(i); k == nil || k.Weight == w {
		row.msg.Clear()
		return nil
	}
	return s.item(row.weight.Key(), i18n.L("weight of KPI %d", i+1), i, row.msg, func(k *data.KPI) { k.Weight = w })
}

// onAdd appends the KPI typed into the draft row and moves the focus back
// to the draft's indicator for the next one.
func (s *kpiSection) onAdd() {
	d := s.draft
	k := data.KPI{
		Indicator: strings.TrimSpace(d.indicator.Text),
		Target:    strings.TrimSpace(d.target.Text),
		Cycle:     d.cycle.Selected,
	}
	if k.Indicator == "" || s.e.role() == nil {
		s.msg.Set(i18n.L("Type the indicator first."))
		return
	}
	w, err := field.ParseWeight(d.weight.Text)
	if err != nil {
		s.msg.Set(err.Error())
		return
	}
	k.Weight = w
	err = s.e.do(app.EditRole(s.e.id, i18n.L("Add KPI"), func(r *data.Role) {
		r.KPIs = append(r.KPIs, k)
		r.Suggested = unmark(r.Suggested, data.FieldKPIs)
	}))
	s.msg.Set(describe(err))
	if err != nil {
		return
	}
	s.resetDraft()
	if c := fyne.CurrentApp().Driver().CanvasForObject(s.box); c != nil {
		c.Focus(d.indicator)
	}
	// Keep the whole draft and the weight sum in view: the next KPI is
	// typed there, and the sum says whether the weights add up.
	s.e.reveal(s.sum)
}

func (s *kpiSection) onRemove(i int) {
	err := s.e.do(app.EditRole(s.e.id, i18n.L("Remove KPI"), func(r *data.Role) {
		if i < len(r.KPIs) {
			r.KPIs = slices.Delete(r.KPIs, i, i+1)
		}
	}))
	s.msg.Set(describe(err))
}
