package field

import (
	"errors"
	"math"
	"strconv"
	"strings"

	"orgdesigner/app/cost"
	"orgdesigner/app/i18n"
)

// maxAmount bounds a monthly salary figure: a typo of a few extra digits is
// refused rather than turning the company's cost into nonsense.
const maxAmount = 1e9

// ParseAmount reads an amount of yuan as people type it: "12000",
// "12,000", "１２０００", "¥12,000", "12000元", "1.2万", "12k". Empty is 0.
// The error is a sentence for the user.
func ParseAmount(text string) (float64, error) {
	s := narrow(text)
	s = strings.NewReplacer(",", "", "，", "", "¥", "", "￥", "", "元", "", " ", "").Replace(s)
	if s == "" {
		return 0, nil
	}
	scale := 1.0
	switch {
	case strings.HasSuffix(s, "万"):
		s, scale = strings.TrimSuffix(s, "万"), 10000
	case strings.HasSuffix(s, "k"), strings.HasSuffix(s, "K"):
		s, scale = s[:len(s)-1], 1000
	}
	v, err := strconv.ParseFloat(s, 64)
	v *= scale
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) || v < 0 || v > maxAmount {
		return 0, errors.New(i18n.L("Enter an amount in yuan from 0, e.g. 12000 or 1.2万."))
	}
	return math.Round(v*100) / 100, nil
}

// FormatAmount writes an amount for an entry, grouped by thousands
// ("12,000", "8,500.5"); 0 is "".
func FormatAmount(v float64) string {
	if v == 0 {
		return ""
	}
	whole, frac := math.Modf(math.Round(v*100) / 100)
	out := Grouped(int64(whole))
	if frac != 0 {
		f := strconv.FormatFloat(math.Abs(frac), 'f', -1, 64)
		out += strings.TrimPrefix(f, "0")
	}
	return out
}

// NormalizeAmount is the Entry.Normalize of an amount entry.
func NormalizeAmount(text string) string {
	v, err := ParseAmount(text)
	if err != nil {
		return text
	}
	return FormatAmount(v)
}

// Money formats a cost for display, rounded to the yuan and grouped by
// thousands: "¥12,500", "−¥3,000" (cost.Money, as everywhere else).
func Money(v float64) string { return cost.Money(v) }

// Grouped writes n with a comma between each group of three digits; an
// entry's text keeps the ASCII minus so that it parses back.
func Grouped(n int64) string {
	if n < 0 {
		return "-" + cost.Grouped(-n)
	}
	return cost.Grouped(n)
}

// ParsePercent reads a percentage from 0 to 100 ("30", "30%", "３０％",
// "12.5"); empty is reported by ok false (the default applies).
func ParsePercent(text string) (v float64, ok bool, err error) {
	s := strings.TrimSpace(strings.TrimRight(narrow(text), "%％"))
	if s == "" {
		return 0, false, nil
	}
	v, perr := strconv.ParseFloat(s, 64)
	if perr != nil || math.IsNaN(v) || v < 0 || v > 100 {
		return 0, false, errors.New(i18n.L("Enter a percentage from 0 to 100, e.g. 30."))
	}
	return v, true, nil
}

// ParseMonths reads how many monthly salaries a year costs: a number from
// 1 to 24 ("13", "13.5"); empty is 0 (the default applies).
func ParseMonths(text string) (float64, error) {
	s := narrow(text)
	if s == "" {
		return 0, nil
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(v) || v < 1 || v > 24 {
		return 0, errors.New(i18n.L("Enter the months of salary a year costs, from 1 to 24, e.g. 13."))
	}
	return v, nil
}

// FormatNumber writes a plain number the way ParsePercent and ParseMonths
// read it ("30", "13.5").
func FormatNumber(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
