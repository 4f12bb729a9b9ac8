package textlayout

// Chinese line-breaking rules (禁则, GB/T 15834 and common typesetting
// practice). UAX #14 already forbids most of these breaks, but not all of
// them (quotation marks, for instance, are ambiguous there), so the breaker
// enforces them on top of the segmenter's opportunities.

// noStart holds the characters that must not begin a line: closing
// punctuation, closing brackets and quotes, and marks that belong to the
// character before them.
var noStart = runeSet("" +
	"，。、；：？！）」』”’》〉】〕〗〙〛〞｝］｠｣" +
	"．…‥·・～ー％‰℃°′″" +
	"︰︱︳﹐﹑﹒﹓﹔﹕﹖﹗﹚﹜﹞" +
	",.;:?!)]}%")

// noEnd holds the characters that must not end a line: opening brackets
// and quotes.
var noEnd = runeSet("" +
	"（「『“‘《〈【〔〖〘〚〝｛［｟｢" +
	"﹙﹛﹝" +
	"([{")

func runeSet(s string) map[rune]bool {
	m := make(map[rune]bool)
	for _, r := range s {
		m[r] = true
	}
	return m
}

// NoStart reports whether r must not begin a line.
func NoStart(r rune) bool { return noStart[r] }

// NoEnd reports whether r must not end a line.
func NoEnd(r rune) bool { return noEnd[r] }

// IsBreakSpace reports whether r is whitespace that disappears at a line
// break: spaces and tabs at the end of a line and the line-break characters
// themselves.
func IsBreakSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}
