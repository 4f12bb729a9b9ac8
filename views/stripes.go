package views

import (
	"image/color"

	"fyne.io/fyne/v2"
	fynetheme "fyne.io/fyne/v2/theme"

	odtheme "orgdesigner/views/theme"
)

// legibleStripe is department colour c as the outline's row swatch draws
// it on the panel background: 3:1 against it in the light and the dark
// theme (template departments carry pastel colours that vanish on white).
func legibleStripe(c color.NRGBA) color.NRGBA {
	th := fyne.CurrentApp().Settings().Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	return odtheme.Stripe(c, th.Color(fynetheme.ColorNameBackground, v))
}
