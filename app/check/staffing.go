package check

import (
	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// checkStaffing compares each role's planned headcount (编制) with the people
// holding it who have not left.
func (c *checker) checkStaffing() {
	for i := range c.doc.Roles {
		r := &c.doc.Roles[i]
		filled := c.filled[i]
		switch {
		case filled > r.Planned && r.Planned == 0:
			c.add(Warning, KindOverstaffed, ObjectRole, r.ID, i, 0,
				i18n.L("Role %s has %d people but no planned headcount.", c.roleName(r), filled))
		case filled > r.Planned:
			c.add(Warning, KindOverstaffed, ObjectRole, r.ID, i, 0,
				i18n.L("Role %s has %d people for %d planned positions.", c.roleName(r), filled, r.Planned))
		case filled < r.Planned && c.current > 0:
			// With nobody in the document at all, checkOrganisation says so
			// once instead.
			c.add(Info, KindVacancy, ObjectRole, r.ID, i, 0,
				i18n.L("Role %s has %d of %d planned positions vacant.", c.roleName(r), r.Planned-filled, r.Planned))
		}
	}
}

// checkPeople reports current employees who hold no role: they appear on no
// chart and in no headcount.
func (c *checker) checkPeople() {
	for i := range c.doc.People {
		p := &c.doc.People[i]
		if p.Role != "" || p.Status == data.StatusLeft {
			continue
		}
		if d, ok := c.deptIdx[p.Department]; ok && p.Department != "" {
			c.add(Warning, KindUnassignedPerson, ObjectPerson, p.ID, i, 0,
				i18n.L("%s in %s holds no role.", personName(p), deptName(&c.doc.Departments[d])))
			continue
		}
		c.add(Warning, KindUnassignedPerson, ObjectPerson, p.ID, i, 0,
			i18n.L("%s holds no role.", personName(p)))
	}
}
