package cost

import (
	"math"
	"strconv"
	"strings"
)

// Money writes yuan rounded to the yuan with thousands separators and a
// true minus sign: "¥12,345", "−¥800". Every screen, sheet, report and
// command line shows amounts through it, so they read the same everywhere.
func Money(v float64) string {
	n := int64(math.Round(v))
	if n < 0 {
		return "−¥" + Grouped(-n)
	}
	return "¥" + Grouped(n)
}

// SignedMoney writes a difference with its sign: "+¥1,200", "−¥300",
// "±¥0".
func SignedMoney(v float64) string {
	switch r := math.Round(v); {
	case r > 0:
		return "+" + Money(r)
	case r < 0:
		return Money(r)
	}
	return "±¥0"
}

// Grouped writes a non-negative n with a comma between each group of
// three digits: 1234567 → "1,234,567".
func Grouped(n int64) string {
	s := strconv.FormatInt(n, 10)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}
