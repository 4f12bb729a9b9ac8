// Package scenarios holds the main window's scenario (方案) screens: the
// dialogs that create, rename and compare scenarios and save the change
// report, and the change list that compare mode shows beside the chart.
// The window (package views) owns the session and wires these to it.
package scenarios

import (
	"fmt"
	"math"
	"strings"

	"orgdesigner/app/compare"
	"orgdesigner/app/i18n"
)

// Line is a change as the sentence a user reads in the change list, in
// the interface's language: the same words as the change report and the
// command line (compare.Sentence).
func Line(r *compare.Result, c compare.Change) string {
	return compare.Sentence(i18n.Language(), r, c)
}

// Money writes a monthly amount in yuan with thousands separators: ¥12,345.
func Money(v float64) string {
	n := int64(math.Round(v))
	sign := ""
	if n < 0 {
		sign, n = "-", -n
	}
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return sign + "¥" + b.String()
}

// signed writes a count difference with its sign.
func signed(n int) string {
	switch {
	case n > 0:
		return fmt.Sprintf("+%d", n)
	case n < 0:
		return fmt.Sprint(n)
	}
	return "±0"
}
