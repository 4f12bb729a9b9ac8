package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// tipLayer draws tooltips above the window's content. Fyne has no
// tooltips, and a pop-up would take the pointer from the button it
// describes (the driver sends hover events to the top overlay only), so
// the tooltip is plain canvas objects in a layer over the content that no
// event ever goes to.
type tipLayer struct {
	layer *fyne.Container // fills the window; holds box
	box   *fyne.Container
	bg    *canvas.Rectangle
	text  *canvas.Text
}

func newTipLayer() *tipLayer {
	t := &tipLayer{bg: canvas.NewRectangle(theme.Color(theme.ColorNameOverlayBackground)), text: canvas.NewText("", theme.Color(theme.ColorNameForeground))}
	t.bg.StrokeColor = theme.Color(theme.ColorNameSeparator)
	t.bg.StrokeWidth = 1
	t.bg.CornerRadius = theme.InputRadiusSize()
	t.box = container.NewWithoutLayout(t.bg, t.text)
	t.box.Hide()
	t.layer = container.NewWithoutLayout(t.box)
	return t
}

// show shows text under obj, kept inside the window.
func (t *tipLayer) show(text string, obj fyne.CanvasObject) {
	d := fyne.CurrentApp().Driver()
	pad := theme.InnerPadding() / 2
	t.text.Text = text
	t.text.TextSize = theme.CaptionTextSize()
	t.text.Color = theme.Color(theme.ColorNameForeground)
	t.bg.FillColor = theme.Color(theme.ColorNameOverlayBackground)
	t.bg.StrokeColor = theme.Color(theme.ColorNameSeparator)
	size := t.text.MinSize().AddWidthHeight(2*pad, 2*pad)
	t.text.Move(fyne.NewPos(pad, pad))
	t.text.Resize(t.text.MinSize())
	t.bg.Resize(size)
	t.box.Resize(size)
	pos := d.AbsolutePositionForObject(obj).Subtract(d.AbsolutePositionForObject(t.layer))
	pos = pos.AddXY(0, obj.Size().Height+2)
	if max := t.layer.Size().Width - size.Width; pos.X > max {
		pos.X = max
	}
	if pos.X < 0 {
		pos.X = 0
	}
	t.box.Move(pos)
	t.box.Show()
	t.box.Refresh()
}

// hide hides the tooltip.
func (t *tipLayer) hide() {
	if t.box.Visible() {
		t.box.Hide()
	}
}

// Icons of the two add-role buttons, which may show without their labels:
// a box with a new one below it (child) or beside it (sibling), as on the
// chart.
var (
	addChildIcon = theme.NewThemedResource(fyne.NewStaticResource("add-child.svg", []byte(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">`+
		`<rect x="6" y="2" width="12" height="7" rx="1" fill="#000"/><rect x="11" y="9" width="2" height="4" fill="#000"/>`+
		`<rect x="11" y="13" width="2" height="10" fill="#000"/><rect x="7" y="17" width="10" height="2" fill="#000"/></svg>`)))
	addSiblingIcon = theme.NewThemedResource(fyne.NewStaticResource("add-sibling.svg", []byte(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">`+
		`<rect x="1" y="8" width="9" height="8" rx="1" fill="#000"/><rect x="10" y="11" width="3" height="2" fill="#000"/>`+
		`<rect x="13" y="11" width="10" height="2" fill="#000"/><rect x="17" y="7" width="2" height="10" fill="#000"/></svg>`)))
)
