package data

import (
	"cmp"
	"slices"
)

// Document is an in-memory snapshot of a whole organisation design. The
// store hands out snapshots that must be treated as read-only: a new
// snapshot is built for every applied ChangeSet, so a reader can keep one
// without locking.
type Document struct {
	Org         Organisation  `json:"organisation"`
	Departments []Department  `json:"departments"`
	Roles       []Role        `json:"roles"`
	People      []Person      `json:"people"`
	Projects    []ProjectTeam `json:"projects"`
	// ValueMaps are remembered import mappings (see ValueMap).
	ValueMaps []ValueMap `json:"valueMaps,omitempty"`

	deptIdx, roleIdx, personIdx, projIdx map[ID]int
}

// Department returns the department with the id, or nil.
func (d *Document) Department(id ID) *Department {
	d.index()
	if i, ok := d.deptIdx[id]; ok {
		return &d.Departments[i]
	}
	return nil
}

// Role returns the role with the id, or nil.
func (d *Document) Role(id ID) *Role {
	d.index()
	if i, ok := d.roleIdx[id]; ok {
		return &d.Roles[i]
	}
	return nil
}

// Person returns the person with the id, or nil.
func (d *Document) Person(id ID) *Person {
	d.index()
	if i, ok := d.personIdx[id]; ok {
		return &d.People[i]
	}
	return nil
}

// Project returns the project team with the id, or nil.
func (d *Document) Project(id ID) *ProjectTeam {
	d.index()
	if i, ok := d.projIdx[id]; ok {
		return &d.Projects[i]
	}
	return nil
}

// Reindex rebuilds the lookup maps; call it after changing the slices of a
// Document you built yourself (the store does this for its snapshots).
func (d *Document) Reindex() {
	d.deptIdx, d.roleIdx, d.personIdx, d.projIdx = nil, nil, nil, nil
	d.index()
}

func (d *Document) index() {
	if d.deptIdx != nil {
		return
	}
	d.deptIdx = make(map[ID]int, len(d.Departments))
	for i := range d.Departments {
		d.deptIdx[d.Departments[i].ID] = i
	}
	d.roleIdx = make(map[ID]int, len(d.Roles))
	for i := range d.Roles {
		d.roleIdx[d.Roles[i].ID] = i
	}
	d.personIdx = make(map[ID]int, len(d.People))
	for i := range d.People {
		d.personIdx[d.People[i].ID] = i
	}
	d.projIdx = make(map[ID]int, len(d.Projects))
	for i := range d.Projects {
		d.projIdx[d.Projects[i].ID] = i
	}
}

// Sort puts every list in its canonical order: departments and roles by
// Order then ID, people by number, name and ID, projects by Order then ID.
// Canonical order makes output (show --json, exports, reports) deterministic.
func (d *Document) Sort() {
	sortIfNeeded(d.Departments, cmpDept)
	sortIfNeeded(d.Roles, cmpRole)
	sortIfNeeded(d.People, cmpPerson)
	sortIfNeeded(d.Projects, cmpProject)
	sortIfNeeded(d.ValueMaps, cmpValueMap)
	d.Reindex()
}

// sorted reports whether every list is in canonical order.
func (d *Document) sorted() bool {
	return slices.IsSortedFunc(d.Departments, cmpDept) && slices.IsSortedFunc(d.Roles, cmpRole) &&
		slices.IsSortedFunc(d.People, cmpPerson) && slices.IsSortedFunc(d.Projects, cmpProject) &&
		slices.IsSortedFunc(d.ValueMaps, cmpValueMap)
}

func cmpDept(a, b Department) int {
	return cmp.Or(cmp.Compare(a.Order, b.Order), cmp.Compare(a.ID, b.ID))
}
func cmpRole(a, b Role) int { return cmp.Or(cmp.Compare(a.Order, b.Order), cmp.Compare(a.ID, b.ID)) }
func cmpPerson(a, b Person) int {
	return cmp.Or(cmp.Compare(a.Number, b.Number), cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID))
}
func cmpProject(a, b ProjectTeam) int {
	return cmp.Or(cmp.Compare(a.Order, b.Order), cmp.Compare(a.ID, b.ID))
}
func cmpValueMap(a, b ValueMap) int { return cmp.Compare(a.key(), b.key()) }

// sortIfNeeded skips the sort in the common case of an edit that kept the
// order: checking is linear, sorting is not.
func sortIfNeeded[T any](s []T, cmp func(a, b T) int) {
	if !slices.IsSortedFunc(s, cmp) {
		slices.SortStableFunc(s, cmp)
	}
}

// ChildDepartments returns the departments whose parent is id ("" for the
// top level), in order.
func (d *Document) ChildDepartments(id ID) []*Department {
	var out []*Department
	for i := range d.Departments {
		if d.Departments[i].Parent == id {
			out = append(out, &d.Departments[i])
		}
	}
	return out
}

// RolesIn returns the roles of the department, in order.
func (d *Document) RolesIn(dept ID) []*Role {
	var out []*Role
	for i := range d.Roles {
		if d.Roles[i].Department == dept {
			out = append(out, &d.Roles[i])
		}
	}
	return out
}

// Holders returns the people assigned to the role who have not left.
func (d *Document) Holders(role ID) []*Person {
	var out []*Person
	for i := range d.People {
		p := &d.People[i]
		if p.Role == role && p.Status != StatusLeft {
			out = append(out, p)
		}
	}
	return out
}

// ChangeSet is one user action's worth of changes: puts replace whole
// records (insert or update), deletes remove them. A Store applies a
// ChangeSet in one transaction after validating the resulting document.
type ChangeSet struct {
	Org               *Organisation `json:"org,omitempty"`
	PutDepartments    []Department  `json:"putDepartments,omitempty"`
	DeleteDepartments []ID          `json:"deleteDepartments,omitempty"`
	PutRoles          []Role        `json:"putRoles,omitempty"`
	DeleteRoles       []ID          `json:"deleteRoles,omitempty"`
	PutPeople         []Person      `json:"putPeople,omitempty"`
	DeletePeople      []ID          `json:"deletePeople,omitempty"`
	PutProjects       []ProjectTeam `json:"putProjects,omitempty"`
	DeleteProjects    []ID          `json:"deleteProjects,omitempty"`
	PutValueMaps      []ValueMap    `json:"putValueMaps,omitempty"`
}

// IsEmpty reports whether the change set changes nothing.
func (c *ChangeSet) IsEmpty() bool {
	return c.Org == nil && len(c.PutDepartments) == 0 && len(c.DeleteDepartments) == 0 &&
		len(c.PutRoles) == 0 && len(c.DeleteRoles) == 0 && len(c.PutPeople) == 0 &&
		len(c.DeletePeople) == 0 && len(c.PutProjects) == 0 && len(c.DeleteProjects) == 0 &&
		len(c.PutValueMaps) == 0
}
