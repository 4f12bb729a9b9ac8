package card

import (
	"fmt"
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Palette is the department colours offered: distinct, print-friendly
// hues that keep dark text readable on a light tint of each.
var Palette = []string{
	"#1E88E5", "#43A047", "#FB8C00", "#8E24AA", "#E53935", "#00897B",
	"#3949AB", "#F4511E", "#7CB342", "#6D4C41", "#D81B60", "#546E7A",
}

// ParseColor reads "#RRGGBB"; ok is false for anything else.
func ParseColor(s string) (c color.NRGBA, ok bool) {
	if len(s) != 7 || s[0] != '#' {
		return c, false
	}
	var r, g, b uint8
	if _, err := fmt.Sscanf(strings.ToUpper(s[1:]), "%02X%02X%02X", &r, &g, &b); err != nil {
		return c, false
	}
	return color.NRGBA{R: r, G: g, B: b, A: 0xff}, true
}

// palettePicker offers the palette as swatches plus "no colour"; each
// swatch is reachable with Tab and picked with Space or Enter.
type palettePicker struct {
	swatches []*swatch
	box      *fyne.Container
	onPick   func(hex string)
	onFocus  func(fyne.CanvasObject)
}

func newPalettePicker(onPick func(string), onFocus func(fyne.CanvasObject)) *palettePicker {
	p := &palettePicker{onPick: onPick, onFocus: onFocus}
	var objs []fyne.CanvasObject
	for _, hex := range append([]string{""}, Palette...) {
		s := newSwatch(hex, p)
		p.swatches = append(p.swatches, s)
		objs = append(objs, s)
	}
	size := theme.IconInlineSize() + 2*theme.InnerPadding()
	p.box = container.NewGridWrap(fyne.NewSquareSize(size), objs...)
	return p
}

// set marks the swatch of hex as chosen (none when hex is off-palette).
func (p *palettePicker) set(hex string) {
	for _, s := range p.swatches {
		s.setChosen(strings.EqualFold(s.hex, hex))
	}
}

// swatch is one colour of the palette; hex "" means no colour.
type swatch struct {
	widget.BaseWidget
	hex     string
	p       *palettePicker
	chosen  bool
	focused bool
	hovered bool
}

var (
	_ fyne.Tappable     = (*swatch)(nil)
	_ fyne.Focusable    = (*swatch)(nil)
	_ desktop.Hoverable = (*swatch)(nil)
)

func newSwatch(hex string, p *palettePicker) *swatch {
	s := &swatch{hex: hex, p: p}
	s.ExtendBaseWidget(s)
	return s
}

func (s *swatch) setChosen(on bool) {
	if s.chosen != on {
		s.chosen = on
		s.Refresh()
	}
}

func (s *swatch) pick() {
	if s.p.onPick != nil {
		s.p.onPick(s.hex)
	}
}

// Tapped picks the colour.
func (s *swatch) Tapped(*fyne.PointEvent) {
	if c := fyne.CurrentApp().Driver().CanvasForObject(s); c != nil {
		c.Focus(s)
	}
	s.pick()
}

// FocusGained shows the focus ring.
func (s *swatch) FocusGained() {
	s.focused = true
	s.Refresh()
	if s.p.onFocus != nil {
		s.p.onFocus(s)
	}
}

// FocusLost hides the focus ring.
func (s *swatch) FocusLost() { s.focused = false; s.Refresh() }

// TypedRune picks the colour on Space.
func (s *swatch) TypedRune(r rune) {
	if r == ' ' {
		s.pick()
	}
}

// TypedKey picks the colour on Enter.
func (s *swatch) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter {
		s.pick()
	}
}

// MouseIn highlights the swatch.
func (s *swatch) MouseIn(*desktop.MouseEvent) { s.hovered = true; s.Refresh() }

// MouseMoved implements desktop.Hoverable.
func (s *swatch) MouseMoved(*desktop.MouseEvent) {}

// MouseOut removes the highlight.
func (s *swatch) MouseOut() { s.hovered = false; s.Refresh() }

// CreateRenderer implements fyne.Widget.
func (s *swatch) CreateRenderer() fyne.WidgetRenderer {
	r := &swatchRenderer{s: s, fill: canvas.NewRectangle(color.Transparent), ring: canvas.NewRectangle(color.Transparent),
		none: canvas.NewLine(color.Transparent), tick: canvas.NewImageFromResource(theme.ConfirmIcon())}
	r.refresh()
	return r
}

type swatchRenderer struct {
	s          *swatch
	fill, ring *canvas.Rectangle
	none       *canvas.Line
	tick       *canvas.Image
}

func (r *swatchRenderer) Layout(size fyne.Size) {
	pad := theme.InnerPadding() / 2
	r.ring.Resize(size)
	r.fill.Move(fyne.NewPos(pad, pad))
	r.fill.Resize(size.SubtractWidthHeight(2*pad, 2*pad))
	r.none.Position1 = fyne.NewPos(pad, size.Height-pad)
	r.none.Position2 = fyne.NewPos(size.Width-pad, pad)
	icon := theme.IconInlineSize()
	r.tick.Resize(fyne.NewSquareSize(icon))
	r.tick.Move(fyne.NewPos((size.Width-icon)/2, (size.Height-icon)/2))
}

func (r *swatchRenderer) MinSize() fyne.Size {
	return fyne.NewSquareSize(theme.IconInlineSize() + 2*theme.InnerPadding())
}

func (r *swatchRenderer) refresh() {
	th := r.s.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	r.ring.StrokeWidth = theme.InputBorderSize() * 2
	r.ring.FillColor = color.Transparent
	r.ring.StrokeColor = color.Transparent
	switch {
	case r.s.focused:
		r.ring.StrokeColor = th.Color(theme.ColorNameFocus, v)
	case r.s.hovered:
		r.ring.StrokeColor = th.Color(theme.ColorNameHover, v)
	}
	r.ring.CornerRadius = theme.InputRadiusSize()
	r.fill.CornerRadius = theme.InputRadiusSize()
	r.fill.StrokeWidth = theme.InputBorderSize()
	r.fill.StrokeColor = th.Color(theme.ColorNameInputBorder, v)
	if c, ok := ParseColor(r.s.hex); ok {
		r.fill.FillColor = c
		r.none.StrokeColor = color.Transparent
	} else {
		r.fill.FillColor = th.Color(theme.ColorNameInputBackground, v)
		r.none.StrokeColor = th.Color(theme.ColorNameError, v)
		r.none.StrokeWidth = theme.InputBorderSize() * 2
	}
	// The tick must stand out on the swatch: light on a colour, the
	// foreground colour on the empty "no colour" swatch.
	tick := theme.NewColoredResource(theme.ConfirmIcon(), theme.ColorNameForegroundOnPrimary)
	if r.s.hex == "" {
		tick = theme.NewColoredResource(theme.ConfirmIcon(), theme.ColorNameForeground)
	}
	if r.tick.Resource == nil || r.tick.Resource.Name() != tick.Name() {
		r.tick.Resource = tick
	}
	r.tick.Hidden = !r.s.chosen
	r.ring.Refresh()
	r.fill.Refresh()
	r.none.Refresh()
	r.tick.Refresh()
}

func (r *swatchRenderer) Refresh() { r.refresh() }

func (r *swatchRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.ring, r.fill, r.none, r.tick}
}

func (r *swatchRenderer) Destroy() {}
