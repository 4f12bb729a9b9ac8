package field

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// Reveal scrolls sc so obj, somewhere inside its content, is in view.
// Fyne's scroll does not follow the focus, so the editors call it when Tab
// lands on a field below the fold.
func Reveal(sc *container.Scroll, obj fyne.CanvasObject) {
	if sc == nil || sc.Content == nil {
		return
	}
	d := fyne.CurrentApp().Driver()
	if d.CanvasForObject(obj) == nil {
		return
	}
	// Lay the content out now: a message just shown or a list just rebuilt
	// in this same event would otherwise be laid out only on the next
	// frame, and the field would be measured where it used to be.
	sc.Refresh()
	relayout(sc.Content)
	top := d.AbsolutePositionForObject(obj).Y - d.AbsolutePositionForObject(sc.Content).Y
	bottom := top + obj.Size().Height
	view := sc.Size().Height
	off := sc.Offset.Y
	switch {
	case top < off:
		off = top
	case bottom > off+view:
		off = min(top, bottom-view)
	default:
		return
	}
	sc.ScrollToOffset(fyne.NewPos(sc.Offset.X, max(0, off)))
}

// relayout lays out the containers under o, top down, at their current
// sizes.
func relayout(o fyne.CanvasObject) {
	c, ok := o.(*fyne.Container)
	if !ok || !c.Visible() {
		return
	}
	if c.Layout != nil {
		c.Layout.Layout(c.Objects, c.Size())
	}
	for _, child := range c.Objects {
		relayout(child)
	}
}
