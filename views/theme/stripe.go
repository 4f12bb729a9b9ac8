package theme

import "image/color"

// StripeContrast is the least contrast a department's colour stripe keeps
// against the card it is drawn on: WCAG's 3:1 for graphics that carry
// meaning.
const StripeContrast = 3.0

// Stripe returns department colour c as drawn on background bg: c itself
// when it stands out by StripeContrast, else c darkened (on a light card)
// or lightened (on a dark one) just enough, so the hue stays recognisable
// and the palette's colours stay apart. The palette is chosen for white
// text on the colour, so mustard or orange on a white card and slate on a
// dark one are the colours that move.
func Stripe(c color.NRGBA, bg color.Color) color.NRGBA {
	if Contrast(c, bg) >= StripeContrast {
		return c
	}
	toward := color.NRGBA{0xff, 0xff, 0xff, 0xff}
	if luminance(bg) > 0.179 {
		toward = color.NRGBA{0, 0, 0, 0xff}
	}
	for t := float32(0.05); t < 1; t += 0.05 {
		if m := Mix(c, toward, t); Contrast(m, bg) >= StripeContrast {
			return m
		}
	}
	return toward
}

// Contrast is the WCAG contrast ratio of two colours (1 to 21).
func Contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

// luminance is the WCAG relative luminance of c.
func luminance(c color.Color) float64 {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	return 0.2126*linear(n.R) + 0.7152*linear(n.G) + 0.0722*linear(n.B)
}
