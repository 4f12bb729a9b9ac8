package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
	"orgdesigner/views/chartview"
)

// outlineDrops lets a person of a 未安排 branch be dragged from the
// outline onto a role card on the chart, which gives them that role.
type outlineDrops struct {
	roleAt   func(abs fyne.Position) data.ID // the role card under a point, "" for none
	dragOver func(role data.ID)              // marks the card the person would land on
	do       func(app.Command) error
	say      func(msg string, problem bool)
	ghost    *widget.PopUp
}

// wireDrops connects the outline's person rows to the chart, so people
// without a role can be dragged onto role cards.
func (o *outline) wireDrops(c *chartview.Chart, do func(app.Command) error, say func(string, bool)) {
	o.drops = &outlineDrops{roleAt: c.RoleAt, dragOver: c.MarkDropTarget, do: do, say: say}
}

var _ fyne.Draggable = (*outlineRow)(nil)

// Dragged follows a person row being dragged: their name follows the
// pointer and the role card under it is marked.
func (r *outlineRow) Dragged(e *fyne.DragEvent) {
	d := r.drops()
	if d == nil {
		return
	}
	c := fyne.CurrentApp().Driver().CanvasForObject(r)
	if c == nil {
		return
	}
	if d.ghost == nil {
		label := widget.NewLabel("")
		label.Importance = widget.HighImportance
		d.ghost = widget.NewPopUp(label, c)
	}
	d.ghost.Content.(*widget.Label).SetText(i18n.L("Assign %s to…", r.name.Text))
	d.ghost.Resize(d.ghost.MinSize())
	d.dragOver(d.roleAt(e.AbsolutePosition))
	pos := e.AbsolutePosition.AddXY(theme.Padding()*2, theme.Padding()*2)
	if d.ghost.Visible() {
		d.ghost.Move(pos)
	} else {
		d.ghost.ShowAtPosition(pos)
	}
	r.dragAt = e.AbsolutePosition
}

// DragEnd gives the dragged person the role card under the pointer.
func (r *outlineRow) DragEnd() {
	d := r.drops()
	if d == nil {
		return
	}
	if d.ghost != nil {
		d.ghost.Hide()
	}
	d.dragOver("")
	role := d.roleAt(r.dragAt)
	if role == "" {
		d.say(i18n.L("Drop the person on a role card on the chart."), true)
		return
	}
	if err := d.do(app.AssignPerson(r.person, role)); err != nil {
		d.say(app.Describe(err), true)
		return
	}
	d.say(i18n.L("%s now holds the role “%s”.", r.name.Text, r.roleTitle(role)), false)
}

// drops returns the drop wiring when this row shows a person, else nil.
func (r *outlineRow) drops() *outlineDrops {
	if r.o == nil || r.o.drops == nil || r.person == "" {
		return nil
	}
	return r.o.drops
}

// roleTitle names a role of the outline's document.
func (r *outlineRow) roleTitle(id data.ID) string {
	if r.o.doc != nil {
		if role := r.o.doc.Role(id); role != nil {
			return role.Title
		}
	}
	return ""
}
