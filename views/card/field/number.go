package field

import (
	"errors"
	"math"
	"strconv"
	"strings"

	"orgdesigner/app/i18n"
)

// narrow turns full-width digits, signs, points and spaces (typed with a
// Chinese input method) into ASCII and trims the result.
func narrow(s string) string {
	return strings.TrimSpace(strings.Map(func(r rune) rune {
		switch {
		case r >= '０' && r <= '９':
			return '0' + (r - '０')
		case r == '．' || r == '。':
			return '.'
		case r == '－':
			return '-'
		case r == '＋':
			return '+'
		case r == '\u3000':
			return ' '
		}
		return r
	}, s))
}

// ParseWeight reads a weight percentage: "", "30", "30%", "３０％", "12.5".
// Empty means no weight (0). The error is a sentence for the user.
func ParseWeight(text string) (float64, error) {
	s := narrow(text)
	s = strings.TrimSpace(strings.TrimRight(s, "%％"))
	if s == "" {
		return 0, nil
	}
	w, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(w) || math.IsInf(w, 0) || w < 0 || w > 100 {
		return 0, errors.New(i18n.L("Enter a weight from 0 to 100, e.g. 30."))
	}
	return w, nil
}

// FormatWeight writes a weight the way ParseWeight reads it; 0 is "".
func FormatWeight(w float64) string {
	if w == 0 {
		return ""
	}
	return strconv.FormatFloat(w, 'f', -1, 64)
}

// NormalizeWeight is the Entry.Normalize of a weight entry.
func NormalizeWeight(text string) string {
	w, err := ParseWeight(text)
	if err != nil {
		return text
	}
	return FormatWeight(w)
}

// ParseCount reads a headcount: a whole number from 0; empty is 0.
func ParseCount(text string) (int, error) {
	s := narrow(text)
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return 0, errors.New(i18n.L("Enter a whole number from 0, e.g. 3."))
	}
	return n, nil
}

// NormalizeCount is the Entry.Normalize of a headcount entry.
func NormalizeCount(text string) string {
	n, err := ParseCount(text)
	if err != nil {
		return text
	}
	return strconv.Itoa(n)
}

// WeightSum adds up weights; given is false when none is set, in which case
// there is nothing to add up to 100.
func WeightSum(ws []float64) (sum float64, given bool) {
	for _, w := range ws {
		sum += w
		given = given || w > 0
	}
	return sum, given
}

// WeightsOff reports whether a sum of given weights misses 100 by more than
// rounding (33.3 × 3 is fine). It matches the Checks panel's rule.
func WeightsOff(sum float64) bool { return math.Abs(sum-100) > 0.5 }
