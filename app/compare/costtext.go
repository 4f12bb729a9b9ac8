package compare

import (
	"math"
	"strconv"
	"strings"

	"orgdesigner/app/cost"
	"orgdesigner/app/i18n"
)

// Cost wording, in one place for the change list, the change report, the
// 变更 sheet and the command line. A figure over roles none of which has
// a salary band is unknown, not ¥0: it reads "未设薪酬". A figure some of
// whose roles lack one says how many beside it: "¥52,000（91 个岗位未设薪
// 酬）".

// Money writes yuan rounded to the yuan with thousands separators:
// "¥12,345", "−¥800".
func Money(v float64) string {
	n := int64(math.Round(v))
	sign := ""
	if n < 0 {
		sign, n = "−", -n
	}
	s := strconv.FormatInt(n, 10)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return sign + "¥" + b.String()
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

// NoBand is the word shown instead of a cost figure none of whose roles
// has a salary band: "未设薪酬".
func NoBand(lang string) string { return i18n.In(lang, "no salary band") }

// CostNote says how many roles behind a figure lack a salary band ("91 个
// 岗位未设薪酬"); "" when none does.
func CostNote(lang string, c cost.Coverage) string {
	switch n := c.Unpriced; {
	case n == 1:
		return i18n.In(lang, "%d role without a salary band", n)
	case n > 1:
		return i18n.In(lang, "%d roles without a salary band", n)
	}
	return ""
}

// CostFigure is one cost figure as shown: "¥52,000", "¥52,000（91 个岗位未
// 设薪酬）", or "未设薪酬" when none of its roles has a band.
func CostFigure(lang string, v float64, c cost.Coverage) string {
	if c.Unknown() {
		return NoBand(lang)
	}
	if note := CostNote(lang, c); note != "" {
		return i18n.In(lang, "%s (%s)", Money(v), note)
	}
	return Money(v)
}

// CostChange is a cost before → after: "¥30,000 → ¥52,000（+¥22,000）",
// "未设薪酬 → ¥52,000（88 个岗位未设薪酬）", "¥52,000" when nothing
// changed, "未设薪酬" when neither side has a band. The difference is given
// only when both sides are known; the roles without a band are counted
// once, from the known sides.
func CostChange(lang string, a, b float64, ca, cb cost.Coverage) string {
	if ca.Unknown() && cb.Unknown() {
		return NoBand(lang)
	}
	same := math.Round(a) == math.Round(b) && ca.Unknown() == cb.Unknown()
	if same && ca.Unpriced == cb.Unpriced {
		return CostFigure(lang, b, cb)
	}
	side := func(v float64, c cost.Coverage) string {
		if c.Unknown() {
			return NoBand(lang)
		}
		return Money(v)
	}
	var notes []string
	if !ca.Unknown() && !cb.Unknown() {
		notes = append(notes, SignedMoney(b-a))
	}
	switch na, nb := unpriced(ca), unpriced(cb); {
	case na >= 0 && nb >= 0 && na != nb:
		notes = append(notes, i18n.In(lang, "roles without a salary band %d → %d", na, nb))
	case na > 0:
		notes = append(notes, CostNote(lang, ca))
	case nb > 0:
		notes = append(notes, CostNote(lang, cb))
	}
	s := i18n.In(lang, "%s → %s", side(a, ca), side(b, cb))
	if len(notes) > 0 {
		s = i18n.In(lang, "%s (%s)", s, strings.Join(notes, i18n.In(lang, "; ")))
	}
	return s
}

// unpriced is the roles without a band behind a known figure, -1 for an
// unknown one (its roles all lack a band: the figure says so itself).
func unpriced(c cost.Coverage) int {
	if c.Unknown() {
		return -1
	}
	return c.Unpriced
}
