package chartview

import (
	"strings"
	"unicode"

	"fyne.io/fyne/v2"

	"orgdesigner/app/report/textlayout"
)

// maxTitleLines is how many lines a card title wraps to before "…".
const maxTitleLines = 2

// runeWidths measures single runes with Fyne's text measurement, once per
// rune, size and style: line breaking measures every rune of every title.
type runeWidths struct {
	size  float32
	style fyne.TextStyle
	w     map[rune]float64
}

func newRuneWidths(size float32, style fyne.TextStyle) *runeWidths {
	return &runeWidths{size: size, style: style, w: map[rune]float64{}}
}

func (m *runeWidths) of(r rune) float64 {
	if w, ok := m.w[r]; ok {
		return w
	}
	w := float64(fyne.MeasureText(string(r), m.size, m.style).Width)
	m.w[r] = w
	return w
}

// wrapTitle breaks a card title into at most maxLines lines no wider than
// maxW, with the line breaker of the PDF reports (Unicode line breaking:
// Chinese may break between any two characters, Latin only between words
// or after a hyphen). A title that needs more lines ends its last line
// with "…"; a Latin word is never split across two lines (it is cut with
// "…" instead). cut reports that the title was shortened.
func wrapTitle(s string, m *runeWidths, maxW float64, maxLines int) (lines []string, cut bool) {
	if s == "" {
		return nil, false
	}
	var b textlayout.Breaker
	all := b.Break(s, maxW, m.of)
	if len(all) <= 1 && (len(all) == 0 || all[0].Width <= maxW+0.5) {
		return []string{s}, false
	}
	for k := 0; k < len(all) && len(lines) < maxLines; k++ {
		last := len(lines) == maxLines-1
		splitsWord := k+1 < len(all) && midWord(s, all[k].End, all[k+1].Start)
		if !last && !splitsWord && all[k].Width <= maxW+0.5 {
			lines = append(lines, all[k].Text(s))
			continue
		}
		if k == len(all)-1 && all[k].Width <= maxW+0.5 {
			lines = append(lines, all[k].Text(s))
			return lines, false
		}
		// The rest does not fit on this line: cut it with "…" at a break
		// the breaker allows (or between characters inside one long word).
		rest := strings.TrimLeft(s[all[k].Start:], " ")
		lines = append(lines, ellipsize(rest, m, maxW))
		return lines, true
	}
	return lines, false
}

// ellipsize returns the longest start of s that fits maxW with "…" after
// it, preferring an allowed line break.
func ellipsize(s string, m *runeWidths, maxW float64) string {
	room := maxW - m.of('…')
	if room <= 0 {
		return ""
	}
	var b textlayout.Breaker
	ls := b.Break(s, room, m.of)
	if len(ls) > 0 && ls[0].Width <= room+0.5 && ls[0].End > ls[0].Start && !(len(ls) > 1 && midWord(s, ls[0].End, ls[1].Start)) {
		return strings.TrimRight(ls[0].Text(s), " -") + "…"
	}
	w := 0.0
	for i, r := range s {
		w += m.of(r)
		if w > room {
			return strings.TrimRight(s[:i], " ") + "…"
		}
	}
	return s
}

// midWord reports that a break between byte offsets end and start of s
// falls inside a word of a script written with spaces (two letters or
// digits meet, neither of them Han, kana or Hangul).
func midWord(s string, end, start int) bool {
	if end != start || end <= 0 || start >= len(s) {
		return false
	}
	var before, after rune
	for _, r := range s[:end] {
		before = r
	}
	for _, r := range s[start:] {
		after = r
		break
	}
	word := func(r rune) bool {
		return (unicode.IsLetter(r) || unicode.IsDigit(r)) &&
			!unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
	}
	return word(before) && word(after)
}
