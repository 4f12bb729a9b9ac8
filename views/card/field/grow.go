package field

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// A multi-line Entry grows with its text instead of scrolling inside: in a
// narrow card panel a fixed two-line box hid most of a responsibility, and
// the box's own scroller swallowed the mouse wheel, so scrolling the card
// stopped whenever the pointer crossed a text field. The entry's minimum
// height is the height of its text wrapped at its current width. A
// transparent layer on top of every entry (it takes only wheel events:
// taps, drags and hovering still reach the entry below) hands the wheel to
// OnScroll — the editor's scroll.

// growRenderer wraps Fyne's entry renderer: the minimum height follows the
// wrapped text and the wheel layer lies above everything else.
type growRenderer struct {
	fyne.WidgetRenderer
	e     *Entry
	wheel *wheelLayer
	objs  []fyne.CanvasObject
}

func (r *growRenderer) Layout(size fyne.Size) {
	r.WidgetRenderer.Layout(size)
	r.wheel.Move(fyne.NewPos(0, 0))
	r.wheel.Resize(size)
}

func (r *growRenderer) MinSize() fyne.Size {
	m := r.WidgetRenderer.MinSize()
	if r.e.grows() {
		m.Height = max(m.Height, r.e.contentHeight())
	}
	return m
}

func (r *growRenderer) Objects() []fyne.CanvasObject {
	inner := r.WidgetRenderer.Objects()
	// The entry swaps its scroller in and out when wrapping changes, so the
	// list is rebuilt rather than kept.
	r.objs = append(append(r.objs[:0], inner...), r.wheel)
	return r.objs
}

// wheelLayer passes scroll events on to the entry's OnScroll.
type wheelLayer struct {
	widget.BaseWidget
	e *Entry
}

var _ fyne.Scrollable = (*wheelLayer)(nil)

func newWheelLayer(e *Entry) *wheelLayer {
	w := &wheelLayer{e: e}
	w.ExtendBaseWidget(w)
	return w
}

// Scrolled implements fyne.Scrollable.
func (w *wheelLayer) Scrolled(ev *fyne.ScrollEvent) {
	if w.e.OnScroll != nil {
		w.e.OnScroll(ev)
	}
}

// Visible reports whether the layer takes the wheel: only while the entry
// has an OnScroll (set at any time, also after the entry was drawn).
func (w *wheelLayer) Visible() bool { return w.e.OnScroll != nil }

// CreateRenderer implements fyne.Widget: the layer draws nothing.
func (w *wheelLayer) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(&fyne.Container{})
}

// grows reports whether the entry sizes itself to its text.
func (e *Entry) grows() bool { return e.MultiLine && e.Wrapping != fyne.TextWrapOff }

// CreateRenderer implements fyne.Widget, adding the wheel layer (a
// one-line entry scrolls sideways inside too, and took the wheel just the
// same) and, to a multi-line entry, the growth.
func (e *Entry) CreateRenderer() fyne.WidgetRenderer {
	r := e.Entry.CreateRenderer()
	return &growRenderer{WidgetRenderer: r, e: e, wheel: newWheelLayer(e)}
}

// Resize lays the entry out at size; a new width re-wraps the text, so the
// minimum height is measured again.
func (e *Entry) Resize(size fyne.Size) {
	old := e.Size()
	e.Entry.Resize(size)
	if e.grows() && old.Width != size.Width {
		e.Refresh()
	}
}

// contentHeight is the height the entry needs to show all its text (or
// its placeholder) wrapped at its current width; 0 before it has a width.
func (e *Entry) contentHeight() float32 {
	border := theme.InputBorderSize()
	w := e.Size().Width - 2*border
	if w <= 0 {
		return 0
	}
	text := e.Text
	if text == "" {
		text = e.PlaceHolder
	}
	if e.probe == nil {
		e.probe = widget.NewRichTextWithText("")
		e.probe.Wrapping = e.Wrapping
	}
	if e.probeText != text || e.probeWidth != w {
		e.probeText, e.probeWidth = text, w
		e.probe.Segments = []widget.RichTextSegment{&widget.TextSegment{
			Text: text, Style: widget.RichTextStyle{TextStyle: e.TextStyle, Inline: true},
		}}
		e.probe.Resize(fyne.NewSize(w, 1))
		e.probe.Refresh()
		e.probeHeight = e.probe.MinSize().Height
	}
	// The probe pads the text as the entry's own text does (it leaves
	// out the entry's border inset on both sides), so its height is the
	// entry's.
	return e.probeHeight
}
