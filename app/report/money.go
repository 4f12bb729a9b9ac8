package report

import (
	"math"
	"strconv"

	"orgdesigner/app/cost"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// Personnel cost (人力成本) as the reports print it. Costs are shown only
// for documents where some role has a salary band: an unpriced document's
// booklet looks as it always did.

// priced reports whether any role of doc has a salary band (cost.Band):
// its own, or its grade's from the grade table. Roles with neither band
// nor grade, the usual unpriced document, are passed over without a call.
func priced(doc *data.Document) bool {
	if doc == nil {
		return false
	}
	grades := len(doc.Org.Grades) > 0
	for i := range doc.Roles {
		r := &doc.Roles[i]
		if r.PayMin <= 0 && r.PayMax <= 0 && (!grades || r.Grade == "") {
			continue
		}
		if _, _, ok := cost.Band(doc, r); ok {
			return true
		}
	}
	return false
}

// computeCost computes a document's roll-ups (a variable so tests can
// count its calls).
var computeCost = cost.Compute

// costs returns the personnel cost roll-ups of the report's document,
// computed once; nil when no role has a salary band, so nothing about
// cost is printed.
func (w *writer) costs() *cost.Rollup {
	if !w.costDone {
		w.costDone = true
		if priced(w.doc) {
			w.rollup = computeCost(w.doc)
		}
	}
	return w.rollup
}

// addAmount adds two costs.
func addAmount(a, b cost.Amount) cost.Amount {
	return cost.Amount{PlannedMonthly: a.PlannedMonthly + b.PlannedMonthly, FilledMonthly: a.FilledMonthly + b.FilledMonthly,
		PlannedYearly: a.PlannedYearly + b.PlannedYearly, FilledYearly: a.FilledYearly + b.FilledYearly}
}

// money formats yuan as "¥12,345", rounded to the yuan.
func money(v float64) string { return cost.Money(v) }

// moneyDiff formats a difference of costs with its sign: "+¥1,200",
// "−¥800" or "0" (a table cell with no change).
func moneyDiff(v float64) string {
	if math.Round(v) == 0 {
		return "0"
	}
	return cost.SignedMoney(v)
}

// countDiff formats a difference of counts with its sign.
func countDiff(v int) string {
	switch {
	case v > 0:
		return "+" + strconv.Itoa(v)
	case v < 0:
		return "−" + strconv.Itoa(-v)
	}
	return "0"
}

// costNote explains how the costs are computed: the on-cost rate and the
// months a year of the roll-up.
func (w *writer) costNote(r *cost.Rollup) string {
	return i18n.In(w.lang, "Personnel cost is headcount × the midpoint of the monthly salary band, plus %s employer on-cost (social insurance and housing fund); a year counts %s months.",
		percent(r.OnCost*100), strconv.FormatFloat(r.Months, 'f', -1, 64))
}
