package checks

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/check"
	"orgdesigner/views/wrapped"
)

// Row is one finding: its severity icon and message. Clicking it, or
// pressing Space or Enter while it has the focus, selects the item.
type Row struct {
	widget.BaseWidget

	Finding check.Finding

	icon    fyne.Resource
	onTap   func(check.Finding)
	hovered bool
	focused bool
}

var (
	_ fyne.Tappable     = (*Row)(nil)
	_ fyne.Focusable    = (*Row)(nil)
	_ desktop.Hoverable = (*Row)(nil)
)

func newRow(f check.Finding, icon fyne.Resource, onTap func(check.Finding)) *Row {
	r := &Row{Finding: f, icon: icon, onTap: onTap}
	r.ExtendBaseWidget(r)
	return r
}

// Tapped selects the finding's item.
func (r *Row) Tapped(*fyne.PointEvent) { r.activate() }

func (r *Row) activate() {
	if r.onTap != nil {
		r.onTap(r.Finding)
	}
}

// FocusGained highlights the row.
func (r *Row) FocusGained() { r.focused = true; r.Refresh() }

// FocusLost removes the highlight.
func (r *Row) FocusLost() { r.focused = false; r.Refresh() }

// TypedRune selects on Space.
func (r *Row) TypedRune(ch rune) {
	if ch == ' ' {
		r.activate()
	}
}

// TypedKey selects on Enter.
func (r *Row) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter {
		r.activate()
	}
}

// MouseIn highlights the row under the pointer.
func (r *Row) MouseIn(*desktop.MouseEvent) { r.hovered = true; r.Refresh() }

// MouseMoved implements desktop.Hoverable.
func (r *Row) MouseMoved(*desktop.MouseEvent) {}

// MouseOut removes the highlight.
func (r *Row) MouseOut() { r.hovered = false; r.Refresh() }

// Cursor shows a pointing hand: the row is a link to the item.
func (r *Row) Cursor() desktop.Cursor { return desktop.PointerCursor }

// CreateRenderer implements fyne.Widget.
func (r *Row) CreateRenderer() fyne.WidgetRenderer {
	msg := wrapped.NewLabel(r.Finding.Message)
	rr := &rowRenderer{
		r:    r,
		bg:   canvas.NewRectangle(color.Transparent),
		icon: widget.NewIcon(r.icon),
		msg:  msg,
	}
	rr.Refresh()
	return rr
}

type rowRenderer struct {
	r    *Row
	bg   *canvas.Rectangle
	icon *widget.Icon
	msg  *wrapped.Label // a finding is often a long sentence
}

func (rr *rowRenderer) Layout(size fyne.Size) {
	pad := theme.Padding()
	icon := theme.IconInlineSize()
	rr.bg.Resize(size)
	// The icon sits on the first line of the message.
	msgTop := rr.msg.MinSize().Height
	lineHeight := fyne.MeasureText("M", theme.TextSize(), fyne.TextStyle{}).Height + 2*theme.InnerPadding()
	if msgTop > lineHeight {
		msgTop = lineHeight
	}
	rr.icon.Move(fyne.NewPos(pad, (msgTop-icon)/2))
	rr.icon.Resize(fyne.NewSquareSize(icon))
	x := pad + icon
	rr.msg.Move(fyne.NewPos(x, 0))
	rr.msg.Resize(fyne.NewSize(size.Width-x, size.Height))
}

func (rr *rowRenderer) MinSize() fyne.Size {
	m := rr.msg.MinSize()
	return fyne.NewSize(m.Width+theme.IconInlineSize()+theme.Padding(), max(m.Height, theme.IconInlineSize()))
}

func (rr *rowRenderer) Refresh() {
	th := rr.r.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	switch {
	case rr.r.focused:
		rr.bg.FillColor = th.Color(theme.ColorNameFocus, v)
	case rr.r.hovered:
		rr.bg.FillColor = th.Color(theme.ColorNameHover, v)
	default:
		rr.bg.FillColor = color.Transparent
	}
	rr.bg.Refresh()
	rr.msg.Refresh()
}

func (rr *rowRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{rr.bg, rr.icon, rr.msg}
}

func (rr *rowRenderer) Destroy() {}
