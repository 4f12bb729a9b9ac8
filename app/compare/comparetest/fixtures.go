// Package comparetest holds comparisons that the tests of several packages
// share (the change list, the 变更 sheet). It is imported by tests only.
package comparetest

import (
	"orgdesigner/app/compare"
	"orgdesigner/data"
)

// Unpriced is the real-roster case: no role has a salary band before; the
// scenario adds a role with a band and deletes a team (长沙-梁杰组) whose
// person, 梁杰, is left without a role.
func Unpriced() *compare.Result {
	a := &data.Document{Org: data.Organisation{Name: "睿和"},
		Departments: []data.Department{{ID: "d1", Name: "猎头业务", Order: 1}, {ID: "t1", Name: "长沙-梁杰组", Parent: "d1", Order: 2}, {ID: "d2", Name: "业务中台", Order: 3}},
		Roles: []data.Role{{ID: "r1", Title: "L1", Department: "t1", Planned: 1}, {ID: "r2", Title: "顾问", Department: "d1", Planned: 2},
			{ID: "r3", Title: "专员", Department: "d2", Planned: 1}},
		People: []data.Person{{ID: "p1", Name: "梁杰", Role: "r1"}, {ID: "p2", Name: "甲", Role: "r2"}},
	}
	b := &data.Document{Org: a.Org, Departments: []data.Department{a.Departments[0], a.Departments[2]},
		Roles:  []data.Role{a.Roles[1], a.Roles[2], {ID: "g1", Title: "Growth Lead", Department: "d2", Planned: 1, PayMin: 30000, PayMax: 50000}},
		People: []data.Person{{ID: "p1", Name: "梁杰"}, a.People[1]},
	}
	a.Reindex()
	b.Reindex()
	return compare.Compare(a, b)
}
