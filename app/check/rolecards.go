package check

import (
	"math"

	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// weightTolerance absorbs rounding in weights such as 33.3 + 33.3 + 33.3.
const weightTolerance = 0.5

// checkRoleCards reports role cards without responsibilities or KPIs and
// weights that are given but do not add up to 100 %.
func (c *checker) checkRoleCards() {
	for i := range c.doc.Roles {
		r := &c.doc.Roles[i]
		name := c.roleName(r)
		if len(r.Responsibilities) == 0 {
			c.add(Warning, KindNoResponsibilities, ObjectRole, r.ID, i, 0,
				i18n.L("Role %s has no responsibilities.", name))
		}
		if len(r.KPIs) == 0 {
			// Info: many small companies work without written KPIs.
			c.add(Info, KindNoKPIs, ObjectRole, r.ID, i, 0,
				i18n.L("Role %s has no KPIs.", name))
		}
		if sum, given := responsibilityWeights(r); given && off100(sum) {
			c.add(Warning, KindWeights, ObjectRole, r.ID, i, 0,
				i18n.L("The responsibility weights of role %s add up to %s%%, not 100%%.", name, percent(sum)))
		}
		if sum, given := kpiWeights(r); given && off100(sum) {
			c.add(Warning, KindKPIWeights, ObjectRole, r.ID, i, 0,
				i18n.L("The KPI weights of role %s add up to %s%%, not 100%%.", name, percent(sum)))
		}
	}
}

// responsibilityWeights sums the weights; given is false when no item has
// one (0 means "not given"), in which case there is nothing to add up.
func responsibilityWeights(r *data.Role) (sum float64, given bool) {
	for _, x := range r.Responsibilities {
		sum += x.Weight
		given = given || x.Weight > 0
	}
	return sum, given
}

// kpiWeights is responsibilityWeights for the KPI table.
func kpiWeights(r *data.Role) (sum float64, given bool) {
	for _, x := range r.KPIs {
		sum += x.Weight
		given = given || x.Weight > 0
	}
	return sum, given
}

func off100(sum float64) bool { return math.Abs(sum-100) > weightTolerance }
