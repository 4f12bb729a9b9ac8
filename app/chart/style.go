package chart

import "image/color"

// Style is how exported pictures look. DefaultStyle matches the app's
// chart; the zero Style means DefaultStyle.
type Style struct {
	Background color.NRGBA
	CardFill   color.NRGBA // role and person cards
	CardBorder color.NRGBA
	Text       color.NRGBA // titles
	SubText    color.NRGBA // holders, notes, counts
	Edge       color.NRGBA // solid reporting lines
	Dotted     color.NRGBA // dashed dotted-line reports and their labels
	Vacancy    color.NRGBA // 空缺 and the vacancy badge
	Over       color.NRGBA // the over-staffed badge
	Company    color.NRGBA // company card fill; its text is BadgeText
	Project    color.NRGBA // project team band
	BadgeText  color.NRGBA // text on badges and the company card

	TitleSize, TextSize, SmallSize float64 // font sizes in chart units
	Radius                         float64 // card corner radius
	Band                           float64 // height of the colour band
	EdgeWidth                      float64
	// Margin is the blank border around a whole-chart export.
	Margin float64
}

// DefaultStyle returns the app's look.
func DefaultStyle() Style {
	return Style{
		Background: color.NRGBA{0xFF, 0xFF, 0xFF, 0xFF},
		CardFill:   color.NRGBA{0xFF, 0xFF, 0xFF, 0xFF},
		CardBorder: color.NRGBA{0xD0, 0xD5, 0xDD, 0xFF},
		Text:       color.NRGBA{0x1F, 0x29, 0x33, 0xFF},
		SubText:    color.NRGBA{0x5F, 0x6B, 0x7A, 0xFF},
		Edge:       color.NRGBA{0x9A, 0xA5, 0xB1, 0xFF},
		Dotted:     color.NRGBA{0x7E, 0x57, 0xC2, 0xFF},
		Vacancy:    color.NRGBA{0xD6, 0x45, 0x45, 0xFF},
		Over:       color.NRGBA{0xE0, 0x8E, 0x0B, 0xFF},
		Company:    CompanyColor,
		Project:    color.NRGBA{0x7E, 0x57, 0xC2, 0xFF},
		BadgeText:  color.NRGBA{0xFF, 0xFF, 0xFF, 0xFF},
		TitleSize:  14,
		TextSize:   12,
		SmallSize:  11,
		Radius:     6,
		Band:       5,
		EdgeWidth:  1.5,
		Margin:     24,
	}
}
