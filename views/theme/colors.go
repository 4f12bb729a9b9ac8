package theme

import (
	"fmt"
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	fynetheme "fyne.io/fyne/v2/theme"

	"orgdesigner/app/chart"
	"orgdesigner/data"
)

// OrgDesigner's own colour names, for headcount badges drawn by several
// views (chart cards, outline, status bar) so they agree.
const (
	// ColorNameVacancy marks open positions (空缺).
	ColorNameVacancy fyne.ThemeColorName = "orgdesigner-vacancy"
	// ColorNameFilled marks fully staffed roles.
	ColorNameFilled fyne.ThemeColorName = "orgdesigner-filled"
	// ColorNameOver marks roles staffed beyond plan.
	ColorNameOver fyne.ThemeColorName = "orgdesigner-over"
)

// Disabled text colours. Fyne's defaults (#39393a on the dark background,
// #e3e3e3 on the light one) are barely visible, and labels of low
// importance use them for hints and descriptions people need to read
// (welcome screen, settings). These stay clearly dimmer than normal text
// (placeholder text is brighter still) but can be read.
var (
	disabledDark  = color.NRGBA{0x75, 0x75, 0x79, 0xff}
	disabledLight = color.NRGBA{0x9e, 0x9e, 0x9e, 0xff}
)

func ownColor(n fyne.ThemeColorName, v fyne.ThemeVariant) (color.Color, bool) {
	dark := v == fynetheme.VariantDark
	switch n {
	case fynetheme.ColorNameDisabled:
		if dark {
			return disabledDark, true
		}
		return disabledLight, true
	case ColorNameVacancy:
		if dark {
			return color.NRGBA{0xff, 0x8a, 0x65, 0xff}, true
		}
		return color.NRGBA{0xd8, 0x43, 0x15, 0xff}, true
	case ColorNameFilled:
		if dark {
			return color.NRGBA{0x81, 0xc7, 0x84, 0xff}, true
		}
		return color.NRGBA{0x2e, 0x7d, 0x32, 0xff}, true
	case ColorNameOver:
		if dark {
			return color.NRGBA{0xce, 0x93, 0xd8, 0xff}, true
		}
		return color.NRGBA{0x7b, 0x1f, 0xa2, 0xff}, true
	}
	return nil, false
}

// CompanyColor is the accent of the company node and company-level roles.
var CompanyColor = chart.CompanyColor

// DepartmentColors returns the accent colour of every department, keyed by
// id, with CompanyColor under "". It is app/chart's colouring (own Color,
// else the parent's, else a palette colour by top-level position), so the
// outline, the matrix grid, the chart and exported pictures and PDFs all
// colour a department alike. Compute it once per document snapshot.
func DepartmentColors(doc *data.Document) map[data.ID]color.NRGBA { return chart.Colors(doc) }

// DepartmentColor returns one department's accent colour ("" or an unknown
// id gives CompanyColor). For many lookups use DepartmentColors.
func DepartmentColor(doc *data.Document, id data.ID) color.NRGBA {
	if c, ok := DepartmentColors(doc)[id]; ok {
		return c
	}
	return CompanyColor
}

// RoleColor returns the accent colour of a role: its department's colour,
// or CompanyColor for a company-level role.
func RoleColor(doc *data.Document, r *data.Role) color.NRGBA {
	if r == nil {
		return CompanyColor
	}
	return DepartmentColor(doc, r.Department)
}

// ParseHex reads "#RRGGBB" (the model's colour format).
func ParseHex(s string) (color.NRGBA, bool) { return chart.ParseColor(s) }

// Hex formats c as "#RRGGBB", ignoring alpha.
func Hex(c color.Color) string {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	return fmt.Sprintf("#%02X%02X%02X", n.R, n.G, n.B)
}

// Mix returns a + (b − a)·t for t in [0, 1], per channel, opaque: e.g. a
// pale card fill is Mix(background, accent, 0.12).
func Mix(a, b color.Color, t float32) color.NRGBA {
	t = min(max(t, 0), 1)
	x := color.NRGBAModel.Convert(a).(color.NRGBA)
	y := color.NRGBAModel.Convert(b).(color.NRGBA)
	ch := func(p, q uint8) uint8 { return uint8(float32(p) + (float32(q)-float32(p))*t + 0.5) }
	return color.NRGBA{ch(x.R, y.R), ch(x.G, y.G), ch(x.B, y.B), 0xff}
}

// TextOn returns black or white, whichever reads better on background c
// (WCAG relative luminance, threshold at mid-grey).
func TextOn(c color.Color) color.NRGBA {
	if luminance(c) > 0.179 {
		return color.NRGBA{0, 0, 0, 0xff}
	}
	return color.NRGBA{0xff, 0xff, 0xff, 0xff}
}

func linear(c uint8) float64 {
	v := float64(c) / 255
	if v <= 0.03928 {
		return v / 12.92
	}
	return math.Pow((v+0.055)/1.055, 2.4)
}
