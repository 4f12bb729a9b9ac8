package chartview

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"orgdesigner/app/chart"
	"orgdesigner/data"
	odtheme "orgdesigner/views/theme"
)

// deptColors holds every department's colour, resolved once per layout by
// chart.Colors so the canvas, the PDF booklet and exported pictures colour
// a department alike; "" is the company level.
type deptColors map[data.ID]color.NRGBA

func newDeptColors(doc *data.Document) deptColors { return chart.Colors(doc) }

// of returns the department's colour (the company colour for "").
func (d deptColors) of(id data.ID) (color.NRGBA, bool) {
	c, ok := d[id]
	return c, ok
}

// stripe is a department's colour as its cards' stripe draws it on the
// card background: legible (3:1) in the light and the dark theme.
func stripe(c color.NRGBA, card color.Color) color.NRGBA { return odtheme.Stripe(c, card) }

// mix blends b into a by t (0 = a, 1 = b), opaque.
func mix(a, b color.Color, t float64) color.NRGBA {
	ca, cb := color.NRGBAModel.Convert(a).(color.NRGBA), color.NRGBAModel.Convert(b).(color.NRGBA)
	f := func(x, y uint8) uint8 { return uint8(float64(x)*(1-t) + float64(y)*t + 0.5) }
	return color.NRGBA{f(ca.R, cb.R), f(ca.G, cb.G), f(ca.B, cb.B), 0xFF}
}

// palette is the theme's colours and sizes the chart draws with, read once
// per frame.
type palette struct {
	bg, card, stroke, fg, muted      color.Color
	primary, onPrimary               color.Color
	warning, onWarning, err, onError color.Color
	success, line, dotted            color.Color
	marks                            markColors // the compare overlay's
	title, detail                    float32    // text sizes at 100 %
}

func newPalette(th fyne.Theme) *palette {
	v := fyne.CurrentApp().Settings().ThemeVariant()
	col := func(n fyne.ThemeColorName) color.Color { return th.Color(n, v) }
	p := &palette{
		bg:        col(theme.ColorNameBackground),
		card:      col(theme.ColorNameOverlayBackground),
		stroke:    col(theme.ColorNameInputBorder),
		fg:        col(theme.ColorNameForeground),
		muted:     col(theme.ColorNamePlaceHolder),
		primary:   col(theme.ColorNamePrimary),
		onPrimary: col(theme.ColorNameForegroundOnPrimary),
		warning:   col(theme.ColorNameWarning),
		onWarning: col(theme.ColorNameForegroundOnWarning),
		err:       col(theme.ColorNameError),
		onError:   col(theme.ColorNameForegroundOnError),
		success:   col(theme.ColorNameSuccess),
		title:     th.Size(theme.SizeNameText),
		detail:    th.Size(theme.SizeNameCaptionText),
	}
	p.line = mix(p.bg, p.fg, 0.45)
	p.dotted = mix(p.bg, p.primary, 0.8)
	p.marks = newMarkColors(p)
	return p
}
