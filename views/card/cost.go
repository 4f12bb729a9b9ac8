package card

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/cost"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
	"orgdesigner/views/card/field"
	"orgdesigner/views/wrapped"
)

// deptCost is the department panel's 人力成本: the department's planned
// (编制) and filled (在岗) cost, monthly and yearly, with its
// sub-departments, and how many of its roles have no salary band. It is
// computed from the snapshot shown, so an edit's roll-up shows with it.
type deptCost struct {
	cols                        *field.Columns
	plannedM, plannedY          *widget.Label
	filledM, filledY            *widget.Label
	unpriced, basis             *wrapped.Label
	head, plannedRow, filledRow *fyne.Container
}

func newDeptCost() *deptCost {
	c := &deptCost{cols: &field.Columns{Flex: []float32{1}, Fixed: []float32{0, 0}}}
	figure := func() *widget.Label {
		l := widget.NewLabel("")
		l.Alignment = fyne.TextAlignTrailing
		return l
	}
	c.plannedM, c.plannedY, c.filledM, c.filledY = figure(), figure(), figure(), figure()
	for i := range 2 {
		c.cols.Fit(i, widget.NewLabel("¥999,999,999"))
	}
	monthly, yearly := caption(i18n.L("Monthly")), caption(i18n.L("Yearly"))
	monthly.Alignment, yearly.Alignment = fyne.TextAlignTrailing, fyne.TextAlignTrailing
	c.head = c.cols.Row(caption(""), monthly, yearly)
	c.plannedRow = c.cols.Row(widget.NewLabel(i18n.L("Planned cost")), c.plannedM, c.plannedY)
	c.filledRow = c.cols.Row(widget.NewLabel(i18n.L("Filled cost")), c.filledM, c.filledY)
	c.unpriced = paragraph("")
	c.unpriced.Importance = widget.WarningImportance
	c.basis = caption("")
	return c
}

func (c *deptCost) object() fyne.CanvasObject {
	return section(i18n.L("Personnel cost"), nil, container.NewVBox(c.head, c.plannedRow, c.filledRow), c.unpriced, c.basis)
}

// load shows department d's cost in doc.
func (c *deptCost) load(doc *data.Document, d *data.Department) {
	r := cost.Compute(doc)
	a := r.Department[d.ID]
	n := unpricedIn(doc, d.ID, r.Unpriced)
	money := field.Money
	if a.IsZero() && n > 0 {
		// No role here has a band: ¥0 would read as a cost of nothing.
		money = func(float64) string { return "—" }
	}
	setText(c.plannedM, money(a.PlannedMonthly))
	setText(c.plannedY, money(a.PlannedYearly))
	setText(c.filledM, money(a.FilledMonthly))
	setText(c.filledY, money(a.FilledYearly))
	setPara(c.unpriced, i18n.L("%d roles have no salary band", n))
	showIf(c.unpriced, n > 0)
	setPara(c.basis, i18n.L("With sub-departments; band midpoints plus %s%% on-cost; a year is %s months.",
		field.FormatNumber(r.OnCost*100), field.FormatNumber(r.Months)))
}

// unpricedIn counts the roles of unpriced that are in department id or one
// of its sub-departments.
func unpricedIn(doc *data.Document, id data.ID, unpriced []data.ID) int {
	if len(unpriced) == 0 {
		return 0
	}
	// under memoises, per department, whether it is id or below it.
	under := map[data.ID]bool{id: true}
	var below func(d data.ID, depth int) bool
	below = func(d data.ID, depth int) bool {
		if v, ok := under[d]; ok {
			return v
		}
		dep := doc.Department(d)
		v := dep != nil && depth <= len(doc.Departments) && below(dep.Parent, depth+1)
		under[d] = v
		return v
	}
	n := 0
	for _, rid := range unpriced {
		if r := doc.Role(rid); r != nil && r.Department != "" && below(r.Department, 0) {
			n++
		}
	}
	return n
}
