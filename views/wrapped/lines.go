// Package wrapped shows long text in OrgDesigner's dialogs and messages
// wrapped by the rules of Chinese typesetting.
//
// Fyne's word wrapping may break Chinese text between any two characters,
// so a line can start with 。，、；：！？）」》 or end with （「《, which
// Chinese typesetting forbids (禁则). Label lays its text out with the
// line breaker of the PDF reports and chart titles (app/report/textlayout:
// the Unicode line-breaking algorithm, UAX #14, tightened by 禁则), measured
// with Fyne's text measurement, and reflows it whenever its width changes.
// ShowError, ShowInformation and NewConfirm are Fyne's message dialogs
// with such a label as their text.
package wrapped

import (
	"math"

	"fyne.io/fyne/v2"

	"orgdesigner/app/report/textlayout"
)

// Lines breaks text into the lines it takes at width: breaks come from the
// Unicode line-breaking algorithm with Chinese 禁则 (no closing punctuation
// at a line start, no opening punctuation at a line end), Latin words stay
// whole unless one is wider than the line by itself, and every hard line
// break (\n) starts a new line. measure gives the width of one rune. A
// width of 0 or less breaks only at hard line breaks. Empty text has no
// lines.
func Lines(text string, width float32, measure func(rune) float32) []string {
	max := float64(width)
	if width <= 0 {
		max = math.Inf(1)
	}
	var b textlayout.Breaker
	ls := b.Break(text, max, func(r rune) float64 { return float64(measure(r)) })
	if len(ls) == 0 {
		return nil
	}
	out := make([]string, len(ls))
	for i, l := range ls {
		out[i] = l.Text(text)
	}
	return out
}

// runeWidths measures single runes with Fyne's text measurement, once per
// rune: breaking measures every rune of the text at each width.
type runeWidths struct {
	size  float32
	style fyne.TextStyle
	w     map[rune]float32
}

func (m *runeWidths) of(r rune) float32 {
	if w, ok := m.w[r]; ok {
		return w
	}
	w := fyne.MeasureText(string(r), m.size, m.style).Width
	m.w[r] = w
	return w
}
