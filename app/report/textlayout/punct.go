package textlayout

import (
	"strings"
	"unicode"
)

// fullWidth maps the ASCII punctuation Chinese text writes full width.
var fullWidth = map[rune]rune{',': '，', ';': '；', ':': '：', '(': '（', ')': '）', '?': '？', '!': '！'}

// isCJK reports whether r is a Chinese (or Japanese) character or a
// full-width punctuation mark: the context in which ASCII punctuation
// should be full width.
func isCJK(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.In(r, unicode.Hiragana, unicode.Katakana) ||
		r >= 0x3000 && r <= 0x303F || r >= 0xFF01 && r <= 0xFF5E
}

// NormalisePunct returns s with the ASCII punctuation , ; : ( ) ? ! that
// touches a Chinese character turned into its full-width form (，；：（）？！),
// as Chinese typesetting writes it; spaces around a converted mark are
// dropped. Brackets change in pairs: "营销ROI(投入产出比)" becomes
// "营销ROI（投入产出比）" and "(SEO)优化" keeps its pair consistent.
// Text between Latin letters or digits is left alone ("10:30", "1,000",
// "e.g. (see above)"), so English and numbers inside Chinese text keep
// their punctuation. It is idempotent.
func NormalisePunct(s string) string {
	// A converted mark is context for its neighbours ("好!!" → "好！！"),
	// so convert until nothing changes.
	for range 16 {
		next, changed := normaliseOnce(s)
		if !changed {
			return s
		}
		s = next
	}
	return s
}

func normaliseOnce(s string) (string, bool) {
	if !strings.ContainsAny(s, ",;:()?!") {
		return s, false
	}
	rs := []rune(s)
	conv := make([]bool, len(rs))
	touches := func(i int) bool {
		return i > 0 && isCJK(rs[i-1]) || i+1 < len(rs) && isCJK(rs[i+1])
	}
	var open []int // indexes of unmatched '('
	for i, r := range rs {
		switch r {
		case ',', ';', ':', '?', '!':
			conv[i] = touches(i) || touchesAcrossSpace(rs, i)
		case '(':
			open = append(open, i)
		case ')':
			if len(open) == 0 {
				conv[i] = touches(i)
				continue
			}
			o := open[len(open)-1]
			open = open[:len(open)-1]
			pair := touches(o) || touches(i)
			for _, c := range rs[o+1 : i] {
				pair = pair || isCJK(c)
			}
			conv[o], conv[i] = pair, pair
		}
	}
	for _, o := range open {
		conv[o] = touches(o)
	}
	hit := false
	for _, c := range conv {
		hit = hit || c
	}
	if !hit {
		return s, false
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(rs); i++ {
		if !conv[i] {
			if rs[i] == ' ' && (i+1 < len(rs) && conv[i+1] || i > 0 && conv[i-1]) {
				continue // a space next to full-width punctuation
			}
			b.WriteRune(rs[i])
			continue
		}
		b.WriteRune(fullWidth[rs[i]])
	}
	return b.String(), true
}

// touchesAcrossSpace reports whether a mark follows a Chinese character
// with spaces before it ("营销 , 运营") — a typing habit, not English.
func touchesAcrossSpace(rs []rune, i int) bool {
	j := i - 1
	for j >= 0 && rs[j] == ' ' {
		j--
	}
	return j >= 0 && j < i-1 && isCJK(rs[j])
}
