package card

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
	"orgdesigner/views/card/field"
)

// headcountTable lists a department's roles and sub-departments with
// planned, filled and vacant positions (app.CountHeads), and the total.
type headcountTable struct {
	e    *DepartmentEditor
	cols *field.Columns
	head *fyne.Container
	rows *fyne.Container
	// shown is the table's content last built, to skip identical rebuilds
	// (which would drop the keyboard focus on a role button).
	shown string
}

func newHeadcountTable(e *DepartmentEditor) *headcountTable {
	t := &headcountTable{e: e, cols: &field.Columns{Flex: []float32{1}, Fixed: []float32{0, 0, 0}}, rows: container.NewVBox()}
	headers := []string{i18n.L("Planned"), i18n.L("Filled"), i18n.L("Vacant")}
	cells := []fyne.CanvasObject{caption(i18n.L("Role"))}
	for i, h := range headers {
		// One line, so Fit sizes the column by the whole word: wrapping,
		// English "Planned" and "Vacant" broke inside the word.
		c := captionLine(h)
		c.Alignment = fyne.TextAlignTrailing
		t.cols.Fit(i, c)
		t.cols.Fit(i, widget.NewLabel("9999"))
		cells = append(cells, c)
	}
	t.head = t.cols.Row(cells...)
	return t
}

func (t *headcountTable) object() fyne.CanvasObject { return container.NewVBox(t.head, t.rows) }

func number(n int) *widget.Label {
	l := widget.NewLabel(strconv.Itoa(n))
	l.Alignment = fyne.TextAlignTrailing
	return l
}

func (t *headcountTable) row(name fyne.CanvasObject, c app.Count) fyne.CanvasObject {
	vacant := number(c.Vacancy)
	if c.Vacancy > 0 {
		vacant.Importance = widget.WarningImportance
	}
	if c.Over > 0 {
		vacant.SetText("+" + strconv.Itoa(c.Over))
		vacant.Importance = widget.DangerImportance
	}
	return t.cols.Row(name, number(c.Planned), number(c.Filled), vacant)
}

func (t *headcountTable) load(doc *data.Document, d *data.Department) {
	hc := app.CountHeads(doc)
	roles := doc.RolesIn(d.ID)
	subs := doc.ChildDepartments(d.ID)
	key := string(d.ID)
	for _, r := range roles {
		key += "|" + string(r.ID) + r.Title + countKey(hc.Role[r.ID])
	}
	for _, s := range subs {
		key += "|" + string(s.ID) + s.Name + countKey(hc.Department[s.ID])
	}
	key += countKey(hc.Department[d.ID])
	if key == t.shown {
		return
	}
	t.shown = key
	var objs []fyne.CanvasObject
	for _, r := range roles {
		id := r.ID
		b := field.NewButton(r.Title, nil, func() { t.e.openRole(id) })
		b.OnFocus = t.e.reveal
		b.Alignment, b.Importance = widget.ButtonAlignLeading, widget.LowImportance
		objs = append(objs, t.row(b, hc.Role[r.ID]))
	}
	for _, s := range subs {
		id := s.ID
		b := field.NewButton(i18n.L("Sub-department %s", s.Name), nil, func() { t.e.openDepartment(id) })
		b.OnFocus = t.e.reveal
		b.Alignment, b.Importance = widget.ButtonAlignLeading, widget.LowImportance
		objs = append(objs, t.row(b, hc.Department[s.ID]))
	}
	if len(objs) == 0 {
		objs = append(objs, caption(i18n.L("No roles yet.")))
	}
	total := widget.NewLabel(i18n.L("Total (with sub-departments)"))
	total.Importance = widget.HighImportance
	objs = append(objs, widget.NewSeparator(), t.row(total, hc.Department[d.ID]))
	t.rows.Objects = objs
	t.rows.Refresh()
}

func countKey(c app.Count) string {
	return "/" + strconv.Itoa(c.Planned) + "/" + strconv.Itoa(c.Filled)
}
