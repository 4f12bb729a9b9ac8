package check

import (
	"orgdesigner/app/i18n"
)

// checkDepartments reports departments without a head role, with a head role
// from elsewhere, and with nothing in them.
func (c *checker) checkDepartments() {
	for i := range c.doc.Departments {
		d := &c.doc.Departments[i]
		switch h, ok := c.roleIdx[d.Head]; {
		case d.Head == "":
			c.add(Warning, KindNoHead, ObjectDepartment, d.ID, i, 0,
				i18n.L("Department %s has no head role.", deptName(d)))
		case ok && c.doc.Roles[h].Department != d.ID:
			// Info, not a warning: in a small company the general manager
			// often heads a department in person.
			c.add(Info, KindHeadOutside, ObjectDepartment, d.ID, i, 0,
				i18n.L("Department %s is headed by %s, a role outside the department.",
					deptName(d), c.roleName(&c.doc.Roles[h])))
		}
		if c.deptRoles[i] == 0 && c.deptChildren[i] == 0 {
			c.add(Info, KindEmptyDepartment, ObjectDepartment, d.ID, i, 0,
				i18n.L("Department %s has no roles and no sub-departments.", deptName(d)))
		}
	}
}
