package sheets

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// cleanCell trims a cell the way a person reads it: spaces at both ends
// including full-width (U+3000), no-break and zero-width spaces. Inner text,
// leading zeros and long digit strings are kept exactly.
func cleanCell(s string) string {
	if s == "" {
		return s
	}
	// Fast path: plain ASCII without surrounding space (most cells).
	if s[0] > ' ' && s[0] < utf8.RuneSelf && s[len(s)-1] > ' ' && s[len(s)-1] < utf8.RuneSelf {
		return s
	}
	return strings.TrimFunc(s, isSpace)
}

func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u3000' || r == '\u00a0' || r == '\u200b' || r == '\ufeff'
}

// foldWidth turns full-width digits, letters and punctuation into their
// ASCII forms (２０２３／５／８ → 2023/5/8) so values typed with a Chinese
// input method parse like any other.
func foldWidth(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			// Most non-ASCII text is plain CJK: transform only when a
			// full-width form (U+3000, U+FF01…U+FF5E, U+FFE0…U+FFE6) is there.
			if strings.ContainsFunc(s[i:], isFullWidth) {
				return width.Fold.String(s)
			}
			return s
		}
	}
	return s
}

func isFullWidth(r rune) bool {
	return r == '\u3000' || r >= 0xFF01 && r <= 0xFF5E || r >= 0xFFE0 && r <= 0xFFE6
}

// tidyNumber turns a raw numeric cell value into the text Excel shows for
// it under the General format: "43208.0" → "43208", "1.3800138E+10" →
// "13800138000", "0.30000000000000004" → "0.3". Anything that is not a
// number written in one of those machine forms is returned unchanged, so
// text like "000096" or "1.10" stays as typed.
func tidyNumber(s string) string {
	n := len(s)
	if n < 3 {
		return s
	}
	if strings.HasSuffix(s, ".0") && allDigits(s[:n-2]) {
		return s[:n-2]
	}
	// Excel writes exponents with a sign ("1.38E+10"); "2E3" is kept as text.
	hasExp := strings.Contains(s, "E+") || strings.Contains(s, "E-") ||
		strings.Contains(s, "e+") || strings.Contains(s, "e-")
	long := n > 16 && strings.Contains(s, ".")
	if !hasExp && !long {
		return s
	}
	if !isPlainNumber(s) {
		return s
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return s
	}
	if hasExp && v == float64(int64(v)) && v < 1e20 && v > -1e20 {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	if long {
		return strconv.FormatFloat(mustParse(strconv.FormatFloat(v, 'g', 15, 64)), 'f', -1, 64)
	}
	return s
}

func mustParse(s string) float64 {
	v, _ := strconv.ParseFloat(s, 64)
	return v
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// isFormulaLike reports text a spreadsheet would take for a formula.
func isFormulaLike(s string) bool {
	return s != "" && strings.ContainsRune("=+-@", rune(s[0]))
}
