package theme

import "image/color"

// StripeContrast is the least contrast a department's colour stripe keeps
// against the card it is drawn on: WCAG's 3:1 for graphics that carry
// meaning.
const StripeContrast = 3.0

// Stripe returns department colour c as drawn on background bg: c itself
// when it stands out by StripeContrast, else c with its lightness moved
// (darker on a light card, lighter on a dark one) just enough, keeping
// its hue and saturation, so a pastel blue stays blue rather than going
// grey and the palette's colours stay apart.
func Stripe(c color.NRGBA, bg color.Color) color.NRGBA {
	if Contrast(c, bg) >= StripeContrast {
		return c
	}
	h, sat, l := toHSL(c)
	step := 0.02
	if luminance(bg) > 0.179 {
		step = -step
	}
	for l = l + step; l > 0 && l < 1; l += step {
		if m := fromHSL(h, sat, l); Contrast(m, bg) >= StripeContrast {
			return m
		}
	}
	if step < 0 {
		return color.NRGBA{0, 0, 0, 0xff}
	}
	return color.NRGBA{0xff, 0xff, 0xff, 0xff}
}

// toHSL converts c to hue (0–1), saturation and lightness.
func toHSL(c color.NRGBA) (h, s, l float64) {
	r, g, b := float64(c.R)/255, float64(c.G)/255, float64(c.B)/255
	hi, lo := max(r, g, b), min(r, g, b)
	l = (hi + lo) / 2
	if hi == lo {
		return 0, 0, l
	}
	d := hi - lo
	if l > 0.5 {
		s = d / (2 - hi - lo)
	} else {
		s = d / (hi + lo)
	}
	switch hi {
	case r:
		h = (g - b) / d
		if g < b {
			h += 6
		}
	case g:
		h = (b-r)/d + 2
	default:
		h = (r-g)/d + 4
	}
	return h / 6, s, l
}

// fromHSL converts hue, saturation and lightness back to an opaque colour.
func fromHSL(h, s, l float64) color.NRGBA {
	if s == 0 {
		v := uint8(l*255 + 0.5)
		return color.NRGBA{v, v, v, 0xff}
	}
	q := l * (1 + s)
	if l >= 0.5 {
		q = l + s - l*s
	}
	p := 2*l - q
	ch := func(t float64) uint8 {
		switch {
		case t < 0:
			t++
		case t > 1:
			t--
		}
		var v float64
		switch {
		case t < 1.0/6:
			v = p + (q-p)*6*t
		case t < 0.5:
			v = q
		case t < 2.0/3:
			v = p + (q-p)*(2.0/3-t)*6
		default:
			v = p
		}
		return uint8(v*255 + 0.5)
	}
	return color.NRGBA{ch(h + 1.0/3), ch(h), ch(h - 1.0/3), 0xff}
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
