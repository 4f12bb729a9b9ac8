package report

import (
	"cmp"
	"slices"

	"orgdesigner/data"
)

// facts are the derived numbers and orders the reports print, computed once
// per report so no page walks the whole document again. The document
// itself is never modified, not even its lazy lookup index: it may be a
// store snapshot the interface reads at the same time.
type facts struct {
	dept    map[data.ID]*data.Department
	role    map[data.ID]*data.Role
	person  map[data.ID]*data.Person
	doc     *data.Document
	holders map[data.ID][]*data.Person // role → people holding it, not left
	reports map[data.ID][]*data.Role   // role → direct reports, in print order
	roles   map[data.ID][]*data.Role   // department → its own roles, "" = company level
	depts   []*data.Department         // every department, tree pre-order
	depth   map[data.ID]int            // department nesting depth, 0 = top level
	kids    map[data.ID][]*data.Department
}

func newFacts(doc *data.Document) *facts {
	f := &facts{doc: doc, holders: map[data.ID][]*data.Person{}, reports: map[data.ID][]*data.Role{},
		roles: map[data.ID][]*data.Role{}, depth: map[data.ID]int{}, kids: map[data.ID][]*data.Department{},
		dept: map[data.ID]*data.Department{}, role: map[data.ID]*data.Role{}, person: map[data.ID]*data.Person{}}
	for i := range doc.Departments {
		f.dept[doc.Departments[i].ID] = &doc.Departments[i]
	}
	for i := range doc.Roles {
		f.role[doc.Roles[i].ID] = &doc.Roles[i]
	}
	for i := range doc.People {
		f.person[doc.People[i].ID] = &doc.People[i]
	}
	f.orderDepartments()
	roles := make([]*data.Role, len(doc.Roles))
	for i := range doc.Roles {
		roles[i] = &doc.Roles[i]
	}
	slices.SortStableFunc(roles, func(a, b *data.Role) int {
		return cmp.Or(cmp.Compare(a.Order, b.Order), cmp.Compare(a.ID, b.ID))
	})
	for _, r := range roles {
		f.roles[f.deptOf(r)] = append(f.roles[f.deptOf(r)], r)
	}
	for _, r := range f.roleOrder() {
		if r.ReportsTo != "" {
			f.reports[r.ReportsTo] = append(f.reports[r.ReportsTo], r)
		}
	}
	for i := range doc.People {
		p := &doc.People[i]
		if p.Role != "" && p.Status != data.StatusLeft {
			f.holders[p.Role] = append(f.holders[p.Role], p)
		}
	}
	return f
}

// orderDepartments lists the departments depth-first, siblings by Order
// then ID. A department whose parent is missing (or in a cycle) is treated
// as top level, so every department is printed exactly once.
func (f *facts) orderDepartments() {
	doc := f.doc
	all := make([]*data.Department, len(doc.Departments))
	for i := range doc.Departments {
		all[i] = &doc.Departments[i]
	}
	slices.SortStableFunc(all, func(a, b *data.Department) int {
		return cmp.Or(cmp.Compare(a.Order, b.Order), cmp.Compare(a.ID, b.ID))
	})
	for _, d := range all {
		if d.Parent != "" && f.dept[d.Parent] != nil && d.Parent != d.ID {
			f.kids[d.Parent] = append(f.kids[d.Parent], d)
		}
	}
	seen := map[data.ID]bool{}
	var walk func(d *data.Department, depth int)
	walk = func(d *data.Department, depth int) {
		if seen[d.ID] {
			return
		}
		seen[d.ID] = true
		f.depts = append(f.depts, d)
		f.depth[d.ID] = depth
		for _, k := range f.kids[d.ID] {
			walk(k, depth+1)
		}
	}
	for _, d := range all {
		if d.Parent == "" || f.dept[d.Parent] == nil || d.Parent == d.ID {
			walk(d, 0)
		}
	}
	for _, d := range all { // departments caught in a parent cycle
		walk(d, 0)
	}
}

// deptOf returns the role's department, or "" for company level (also for
// a department that does not exist).
func (f *facts) deptOf(r *data.Role) data.ID {
	if f.dept[r.Department] != nil {
		return r.Department
	}
	return ""
}

// roleOrder lists every role: company-level roles first, then each
// department's roles in department order.
func (f *facts) roleOrder() []*data.Role {
	out := make([]*data.Role, 0, len(f.doc.Roles))
	out = append(out, f.roles[""]...)
	for _, d := range f.depts {
		out = append(out, f.roles[d.ID]...)
	}
	return out
}

// filled is the number of people holding the role.
func (f *facts) filled(role data.ID) int { return len(f.holders[role]) }

// headcount sums planned and filled over roles.
func (f *facts) headcount(roles []*data.Role) (planned, filled int) {
	for _, r := range roles {
		planned += r.Planned
		filled += f.filled(r.ID)
	}
	return planned, filled
}

// subtree returns the department and its sub-departments, pre-order.
func (f *facts) subtree(id data.ID) []*data.Department {
	var out []*data.Department
	var walk func(d *data.Department)
	walk = func(d *data.Department) {
		out = append(out, d)
		for _, k := range f.kids[d.ID] {
			walk(k)
		}
	}
	if d := f.dept[id]; d != nil {
		walk(d)
	}
	return out
}

// subtreeRoles returns the roles of a department and its sub-departments.
func (f *facts) subtreeRoles(id data.ID) []*data.Role {
	var out []*data.Role
	for _, d := range f.subtree(id) {
		out = append(out, f.roles[d.ID]...)
	}
	return out
}

// sortByOrder sorts project teams by Order then ID.
func sortByOrder(ps []*data.ProjectTeam) {
	slices.SortStableFunc(ps, func(a, b *data.ProjectTeam) int {
		return cmp.Or(cmp.Compare(a.Order, b.Order), cmp.Compare(a.ID, b.ID))
	})
}

// branch returns a document of department id's branch only: the
// department (made top level) with its sub-departments, their roles, the
// people holding them and the project teams, for building the chart of
// one department without laying out the whole organisation. Its cards
// show the same figures as on the whole chart (a department's totals
// count its sub-departments, all in the branch); roles it reports to from
// outside are not in it, so its head hangs under the department box.
func (f *facts) branch(id data.ID) *data.Document {
	doc := &data.Document{Org: f.doc.Org, Projects: f.doc.Projects}
	for _, d := range f.subtree(id) {
		c := *d
		if c.ID == id {
			c.Parent = ""
		}
		doc.Departments = append(doc.Departments, c)
		for _, r := range f.roles[d.ID] {
			doc.Roles = append(doc.Roles, *r)
			for _, p := range f.holders[r.ID] {
				doc.People = append(doc.People, *p)
			}
		}
	}
	return doc
}
