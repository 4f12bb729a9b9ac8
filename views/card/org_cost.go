package card

import (
	"errors"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/i18n"
	"orgdesigner/data"
	"orgdesigner/views/card/field"
)

// orgCost is the organisation settings' 人力成本 section: the employer's
// on-cost rate (社保公积金), the months of salary a year costs and the grade
// table (职级 with monthly salary bands) that roles without a band of their
// own take theirs from.
type orgCost struct {
	o                   *OrgSettings
	onCost, months      *field.Entry
	onCostMsg, monthMsg *field.Message

	cols   *field.Columns
	head   *fyne.Container
	box    *fyne.Container
	rows   []*gradeRow
	add    *field.Button
	addMsg *field.Message
}

// gradeRow is one row of the grade table editor.
type gradeRow struct {
	grade, min, max *field.Entry
	remove          *field.Button
	msg             *field.Message
	refused         bool // msg says why the typed row was not saved
}

func newOrgCost(o *OrgSettings) *orgCost {
	c := &orgCost{o: o, box: container.NewVBox(), addMsg: field.NewMessage()}
	// An empty field means the default, which its placeholder shows.
	c.onCost, c.onCostMsg = o.entry(0), field.NewMessage()
	c.onCost.SetPlaceHolder(field.FormatNumber(data.DefaultOnCostPercent))
	c.onCost.Normalize = func(t string) string {
		if v, ok, err := field.ParsePercent(t); err == nil && ok {
			return field.FormatNumber(v)
		}
		return strings.TrimSpace(t)
	}
	c.onCost.OnCommit = c.onOnCost
	c.months, c.monthMsg = o.entry(0), field.NewMessage()
	c.months.SetPlaceHolder(field.FormatNumber(data.DefaultMonthsPerYear))
	c.months.Normalize = func(t string) string {
		if v, err := field.ParseMonths(t); err == nil && v > 0 {
			return field.FormatNumber(v)
		}
		return strings.TrimSpace(t)
	}
	c.months.OnCommit = c.onMonths
	c.cols = &field.Columns{Flex: []float32{1, 1, 1}, Fixed: []float32{0}}
	c.cols.Fit(0, widget.NewButtonWithIcon("", theme.DeleteIcon(), nil))
	c.head = c.cols.Row(caption(i18n.L("Grade")), caption(i18n.L("Minimum (yuan/month)")),
		caption(i18n.L("Maximum (yuan/month)")), layout.NewSpacer())
	c.add = field.NewButton(i18n.L("Add grade"), theme.ContentAddIcon(), c.onAdd)
	c.add.OnFocus = o.reveal
	return c
}

func (c *orgCost) object() fyne.CanvasObject {
	row := func(label string, obj fyne.CanvasObject, msg *field.Message) []fyne.CanvasObject {
		return []fyne.CanvasObject{widget.NewLabel(label), container.NewVBox(obj, msg)}
	}
	var cells []fyne.CanvasObject
	cells = append(cells, row(i18n.L("Employer on-cost (%)"), c.onCost, c.onCostMsg)...)
	cells = append(cells, row(i18n.L("Months per year"), c.months, c.monthMsg)...)
	return section(i18n.L("Personnel cost"), nil,
		container.New(layout.NewFormLayout(), cells...),
		caption(i18n.L("On-cost is the social insurance and housing fund (社保公积金) the company pays on top of salaries; 13 months include a year-end bonus.")),
		heading(i18n.L("Grade table")),
		caption(i18n.L("A role without a salary band of its own takes the band of its grade.")),
		c.head, c.box, container.NewHBox(c.add), c.addMsg)
}

func (c *orgCost) entries() []*field.Entry {
	out := []*field.Entry{c.onCost, c.months}
	for _, r := range c.rows {
		out = append(out, r.grade, r.min, r.max)
	}
	return out
}

func (c *orgCost) load(org data.Organisation, force bool) {
	onCost, months := "", ""
	if org.OnCostPercent != nil {
		onCost = field.FormatNumber(*org.OnCostPercent)
	}
	if org.MonthsPerYear > 0 {
		months = field.FormatNumber(org.MonthsPerYear)
	}
	c.onCost.Load(onCost, force)
	c.months.Load(months, force)
	if force || len(c.rows) != len(org.Grades) {
		c.rebuild(len(org.Grades))
		force = true
	}
	for i, g := range org.Grades {
		row := c.rows[i]
		row.grade.Load(g.Grade, force)
		row.min.Load(field.FormatAmount(g.Min), force)
		row.max.Load(field.FormatAmount(g.Max), force)
	}
	if force {
		for _, m := range []*field.Message{c.onCostMsg, c.monthMsg, c.addMsg} {
			m.Clear()
		}
	}
	c.checkDuplicates(org.Grades)
}

func (c *orgCost) rebuild(n int) {
	c.rows = c.rows[:0]
	objs := make([]fyne.CanvasObject, 0, n)
	for i := range n {
		row := c.newRow(i)
		c.rows = append(c.rows, row)
		objs = append(objs, container.NewVBox(c.cols.Row(row.grade, row.min, row.max, row.remove), row.msg))
	}
	if n == 0 {
		objs = append(objs, caption(i18n.L("No grades yet.")))
	}
	c.box.Objects = objs
	c.box.Refresh()
}

func (c *orgCost) newRow(i int) *gradeRow {
	o := c.o
	row := &gradeRow{grade: o.entry(0), min: o.entry(0), max: o.entry(0), msg: field.NewMessage()}
	row.grade.SetPlaceHolder(i18n.L("e.g. P5"))
	row.min.SetPlaceHolder(i18n.L("Minimum"))
	row.max.SetPlaceHolder(i18n.L("Maximum"))
	row.min.Normalize, row.max.Normalize = field.NormalizeAmount, field.NormalizeAmount
	row.grade.OnCommit = func(string) error { return c.onRow(i, row, row.grade) }
	row.min.OnCommit = func(string) error { return c.onRow(i, row, row.min) }
	row.max.OnCommit = func(string) error { return c.onRow(i, row, row.max) }
	row.remove = field.NewButton("", theme.DeleteIcon(), func() { c.onRemove(i) })
	row.remove.OnFocus = o.reveal
	return row
}

// onRow saves row i as typed, as one edit of the field being left (en).
func (c *orgCost) onRow(i int, row *gradeRow, en *field.Entry) error {
	grade := strings.TrimSpace(row.grade.Text)
	lo, err := field.ParseAmount(row.min.Text)
	var hi float64
	if err == nil {
		hi, err = field.ParseAmount(row.max.Text)
	}
	if err == nil && lo > 0 && hi > 0 && lo > hi {
		err = errors.New(i18n.L("The minimum pay is more than the maximum."))
	}
	if err != nil {
		row.msg.Set(err.Error())
		row.refused = true
		return errBand
	}
	row.refused = false
	grades := c.o.s.Doc().Org.Grades
	if i >= len(grades) {
		return errGone
	}
	want := data.GradeBand{Grade: grade, Min: lo, Max: hi}
	if grades[i] == want {
		c.checkDuplicates(grades)
		return nil
	}
	err = c.o.update(en.Key(), func(g *data.Organisation) {
		if i < len(g.Grades) {
			g.Grades = slices.Clone(g.Grades)
			g.Grades[i] = want
		}
	})
	row.msg.Set(describe(err))
	if err == nil {
		// The row's other fields were saved with this one.
		for _, other := range []*field.Entry{row.grade, row.min, row.max} {
			if other != en && other.Dirty() {
				other.Reset(other.Text)
			}
		}
		c.checkDuplicates(c.o.s.Doc().Org.Grades)
	}
	return err
}

// onAdd appends an empty row to the grade table and puts the cursor in it.
func (c *orgCost) onAdd() {
	c.o.Flush()
	err := c.o.update("", func(g *data.Organisation) {
		g.Grades = append(slices.Clone(g.Grades), data.GradeBand{})
	})
	c.addMsg.Set(describe(err))
	c.o.load(false)
	if err == nil && len(c.rows) > 0 {
		if cv := fyne.CurrentApp().Driver().CanvasForObject(c.add); cv != nil {
			cv.Focus(c.rows[len(c.rows)-1].grade)
		}
	}
}

// onRemove deletes row i of the grade table.
func (c *orgCost) onRemove(i int) {
	c.o.Flush()
	err := c.o.update("", func(g *data.Organisation) {
		if i < len(g.Grades) {
			g.Grades = slices.Delete(slices.Clone(g.Grades), i, i+1)
		}
	})
	c.addMsg.Set(describe(err))
	c.o.load(true)
}

// checkDuplicates warns on the second row of a grade already in the
// table: only the first row's band applies.
func (c *orgCost) checkDuplicates(grades []data.GradeBand) {
	seen := map[string]bool{}
	for i, g := range grades {
		if i >= len(c.rows) {
			break
		}
		k := strings.ToLower(strings.TrimSpace(g.Grade))
		row := c.rows[i]
		if row.refused {
			continue // its own message stays until the row is saved
		}
		if k != "" && seen[k] {
			row.msg.Set(i18n.L("Grade %s is already in the table; only its first row applies.", g.Grade))
		} else {
			row.msg.Clear()
		}
		seen[k] = true
	}
}

func (c *orgCost) onOnCost(text string) error {
	v, ok, err := field.ParsePercent(text)
	if err != nil {
		c.onCostMsg.Set(err.Error())
		return err
	}
	org := c.o.s.Doc().Org
	var want *float64
	if ok {
		want = &v
	}
	if (want == nil && org.OnCostPercent == nil) || (want != nil && org.OnCostPercent != nil && *want == *org.OnCostPercent) {
		c.onCostMsg.Clear()
		return nil
	}
	err = c.o.update(c.onCost.Key(), func(g *data.Organisation) { g.OnCostPercent = want })
	c.onCostMsg.Set(describe(err))
	return err
}

func (c *orgCost) onMonths(text string) error {
	v, err := field.ParseMonths(text)
	if err != nil {
		c.monthMsg.Set(err.Error())
		return err
	}
	if c.o.s.Doc().Org.MonthsPerYear == v {
		c.monthMsg.Clear()
		return nil
	}
	err = c.o.update(c.months.Key(), func(g *data.Organisation) { g.MonthsPerYear = v })
	c.monthMsg.Set(describe(err))
	return err
}
