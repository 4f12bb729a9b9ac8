package report

// The look of every report, in one place. Lengths are millimetres, font
// sizes points. The bundled font has no bold face, so headings stand out by
// size and colour only.

// rgb is a colour.
type rgb struct{ r, g, b int }

var (
	colText    = rgb{0x22, 0x26, 0x2B} // body text
	colMuted   = rgb{0x5F, 0x6B, 0x7A} // secondary text: examples, notes, header and footer
	colAccent  = rgb{0x1F, 0x4E, 0x79} // headings and title
	colRule    = rgb{0x8A, 0x96, 0xA3} // form and table borders
	colLight   = rgb{0xC9, 0xD1, 0xDA} // hairlines: header rule, table inner lines
	colLabel   = rgb{0xEC, 0xF1, 0xF6} // shaded label cells
	colBand    = rgb{0xD9, 0xE4, 0xEF} // table headers and section bands
	colSubtot  = rgb{0xF4, 0xF6, 0xF8} // subtotal rows
	colVacancy = rgb{0xC0, 0x39, 0x2B} // vacancies
	colOver    = rgb{0xD3, 0x7A, 0x0B} // over-staffing
	colWhite   = rgb{0xFF, 0xFF, 0xFF}
)

// Font sizes.
const (
	sizeTitle   = 18.0 // document title on a page
	sizeH1      = 14.0 // section heading
	sizeH2      = 11.5 // sub-heading, band
	sizeBody    = 10.0
	sizeSmall   = 8.5 // examples, table notes
	sizeRunning = 8.0 // header and footer
)

// Line heights for the sizes above (about 1.45 × the size).
const (
	lineBody  = 5.1
	lineSmall = 4.4
	lineH2    = 6.2
)

// Page geometry.
const (
	marginX      = 18.0 // left and right
	headerY      = 9.0  // baseline area of the running header
	contentTop   = 18.5 // first line below the header rule
	footerHeight = 14.5 // reserved at the bottom for the footer
	cellPadX     = 2.2  // inner horizontal padding of form and table cells
	cellPadY     = 1.4  // inner vertical padding
	ruleWidth    = 0.25 // form and table borders
	hairline     = 0.15
)
