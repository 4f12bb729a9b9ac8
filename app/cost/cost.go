// Package cost computes personnel cost (人力成本) roll-ups: each role's
// monthly salary band (its own PayMin–PayMax, else its grade's band from the
// organisation's grade table) gives a midpoint; planned cost is 编制 ×
// midpoint and filled cost is 在岗 × midpoint, both with the employer's
// on-cost (社保公积金). Monthly = heads × midpoint × (1 + on-cost);
// yearly = monthly × months per year.
package cost

import "orgdesigner/data"

// Amount is a cost in yuan.
type Amount struct {
	PlannedMonthly, FilledMonthly float64
	PlannedYearly, FilledYearly   float64
}

// Rollup holds the cost of every role, of every department (including its
// sub-departments) and of the company.
type Rollup struct {
	Role       map[data.ID]Amount
	Department map[data.ID]Amount
	Company    Amount
	// Unpriced lists the roles with a plan or holders but no band.
	Unpriced []data.ID
	OnCost   float64 // the rate used, as a fraction
	Months   float64 // the months per year used
}

// Band returns role's monthly salary band and whether it has one.
func Band(doc *data.Document, role *data.Role) (min, max float64, ok bool) { panic("not yet") }

// Compute computes every roll-up in one linear pass (≤ 10 ms for 5,000
// roles / 10,000 people).
func Compute(doc *data.Document) *Rollup { panic("not yet") }
