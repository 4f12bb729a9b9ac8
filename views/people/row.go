package people

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// row is one person in the list: name, number, role and status. It can be
// dragged onto a role card on the chart to assign the person to that role.
// Taps go through to the list, which selects the person.
type row struct {
	widget.BaseWidget

	l        *List
	id       data.ID
	name     *widget.Label
	number   *widget.Label
	role     *widget.Label
	status   *widget.Label
	content  fyne.CanvasObject
	dragging bool
	pos      fyne.Position
}

var _ fyne.Draggable = (*row)(nil)

func newRow(l *List) *row {
	r := &row{l: l, name: widget.NewLabel(""), number: widget.NewLabel(""), role: widget.NewLabel(""), status: widget.NewLabel("")}
	r.role.Truncation = fyne.TextTruncateEllipsis
	r.content = container.NewBorder(nil, nil, container.NewHBox(r.name, r.number), r.status, r.role)
	r.ExtendBaseWidget(r)
	return r
}

// CreateRenderer implements fyne.Widget.
func (r *row) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(r.content) }

// set shows person p.
func (r *row) set(doc *data.Document, p *data.Person) {
	r.id = p.ID
	r.name.SetText(p.Name)
	r.number.SetText(p.Number)
	r.role.SetText(placeOf(doc, p))
	r.status.SetText(StatusName(status(p)))
	switch status(p) {
	case data.StatusProbation:
		r.status.Importance = widget.WarningImportance
	case data.StatusLeft:
		r.status.Importance = widget.LowImportance
	default:
		r.status.Importance = widget.SuccessImportance
	}
	r.status.Refresh()
}

// placeOf says where a person sits: "内容运营专员 · 品牌与内容营销部", the
// department alone, or that they hold no role.
func placeOf(doc *data.Document, p *data.Person) string {
	if r := doc.Role(p.Role); r != nil {
		if d := doc.Department(r.Department); d != nil {
			return r.Title + " · " + d.Name
		}
		return r.Title
	}
	if d := doc.Department(p.Department); d != nil {
		return i18n.L("No role · %s", d.Name)
	}
	return i18n.L("No role")
}

// Dragged follows the pointer. The driver reports the absolute position;
// Fyne's test driver only the start and the distance, so both are handled.
func (r *row) Dragged(ev *fyne.DragEvent) {
	if !r.dragging {
		r.dragging = true
		r.pos = fyne.CurrentApp().Driver().AbsolutePositionForObject(r).Add(ev.Position)
	}
	if !ev.AbsolutePosition.IsZero() {
		r.pos = ev.AbsolutePosition
	} else {
		r.pos = r.pos.Add(ev.Dragged)
	}
	r.l.dragMove(r, r.pos)
}

// DragEnd drops the person where the pointer is.
func (r *row) DragEnd() {
	if !r.dragging {
		return
	}
	r.dragging = false
	r.l.dragEnd(r.id, r.pos)
}
