package app

import (
	"fmt"
	"slices"
	"strings"

	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// CommandFunc adapts a label and a function to a Command.
type CommandFunc struct {
	Text string
	Fn   func(doc *data.Document) (*data.ChangeSet, error)
}

// Label implements Command.
func (c CommandFunc) Label() string { return c.Text }

// Changes implements Command.
func (c CommandFunc) Changes(doc *data.Document) (*data.ChangeSet, error) { return c.Fn(doc) }

// ApplyChanges applies a prepared change set (an import) as one undoable action.
func ApplyChanges(label string, cs *data.ChangeSet) Command {
	return CommandFunc{label, func(*data.Document) (*data.ChangeSet, error) { return cs, nil }}
}

func notFound(kind string, id data.ID) error {
	return fmt.Errorf("%s %s: %w", kind, id, data.ErrNotFound)
}

// nextOrder returns one more than the largest order in use.
func nextOrder[T any](xs []T, order func(T) int) int {
	n := 0
	for _, x := range xs {
		n = max(n, order(x)+1)
	}
	return n
}

// UpdateOrg replaces the organisation's settings.
func UpdateOrg(org data.Organisation) Command {
	return CommandFunc{i18n.L("Edit organisation"), func(*data.Document) (*data.ChangeSet, error) {
		return &data.ChangeSet{Org: &org}, nil
	}}
}

// AddDepartment adds dept (an id is made when it has none) as the last
// child of its parent. The new id is written to *id when id is not nil.
func AddDepartment(dept data.Department, id *data.ID) Command {
	return CommandFunc{i18n.L("Add department"), func(doc *data.Document) (*data.ChangeSet, error) {
		if dept.ID == "" {
			dept.ID = data.NewID("d")
		}
		dept.Order = nextOrder(doc.Departments, func(d data.Department) int { return d.Order })
		if id != nil {
			*id = dept.ID
		}
		return &data.ChangeSet{PutDepartments: []data.Department{dept}}, nil
	}}
}

// UpdateDepartment replaces a department record (name, parent,
// positioning, motto, head, colour).
func UpdateDepartment(dept data.Department) Command {
	return CommandFunc{i18n.L("Edit department %s", dept.Name), func(doc *data.Document) (*data.ChangeSet, error) {
		if doc.Department(dept.ID) == nil {
			return nil, notFound("department", dept.ID)
		}
		return &data.ChangeSet{PutDepartments: []data.Department{dept}}, nil
	}}
}

// RenameDepartment renames a department.
func RenameDepartment(id data.ID, name string) Command {
	return CommandFunc{i18n.L("Rename department"), func(doc *data.Document) (*data.ChangeSet, error) {
		d := doc.Department(id)
		if d == nil {
			return nil, notFound("department", id)
		}
		nd := data.CloneDepartment(*d)
		nd.Name = strings.TrimSpace(name)
		return &data.ChangeSet{PutDepartments: []data.Department{nd}}, nil
	}}
}

// MoveDepartment makes parent ("" = top level) the department's parent
// and places it before the sibling before ("" = last).
func MoveDepartment(id, parent, before data.ID) Command {
	return CommandFunc{i18n.L("Move department"), func(doc *data.Document) (*data.ChangeSet, error) {
		d := doc.Department(id)
		if d == nil {
			return nil, notFound("department", id)
		}
		nd := data.CloneDepartment(*d)
		nd.Parent = parent
		cs := &data.ChangeSet{}
		cs.PutDepartments = reorder(doc.Departments, nd, before,
			func(x data.Department) data.ID { return x.ID },
			func(x data.Department) bool { return x.Parent == parent },
			func(x data.Department) int { return x.Order },
			func(x *data.Department, o int) { x.Order = o })
		return cs, nil
	}}
}

// reorder places moved among the siblings selected by sibling, before the
// one with id before ("" = last), and renumbers the siblings' order. It
// returns the records whose order or content changed.
func reorder[T any](all []T, moved T, before data.ID, id func(T) data.ID, sibling func(T) bool, order func(T) int, setOrder func(*T, int)) []T {
	var sibs []T
	for _, x := range all {
		if sibling(x) && id(x) != id(moved) {
			sibs = append(sibs, x)
		}
	}
	at := len(sibs)
	for i, x := range sibs {
		if id(x) == before {
			at = i
		}
	}
	sibs = slices.Insert(sibs, at, moved)
	// Keep the group's own range of orders by starting at the smallest
	// order a member used.
	start := order(moved)
	for _, x := range sibs {
		start = min(start, order(x))
	}
	out := make([]T, 0, len(sibs))
	for i := range sibs {
		setOrder(&sibs[i], start+i)
		out = append(out, sibs[i])
	}
	return out
}

// DeleteDepartment deletes a department with its sub-departments and their
// roles. People in them lose their role; lines to deleted roles are cut
// (their reports move up to the deleted role's manager). Undo restores all.
func DeleteDepartment(id data.ID) Command {
	return CommandFunc{i18n.L("Delete department"), func(doc *data.Document) (*data.ChangeSet, error) {
		if doc.Department(id) == nil {
			return nil, notFound("department", id)
		}
		depts := map[data.ID]bool{id: true}
		for changed := true; changed; {
			changed = false
			for _, d := range doc.Departments {
				if !depts[d.ID] && depts[d.Parent] {
					depts[d.ID], changed = true, true
				}
			}
		}
		roles := map[data.ID]bool{}
		for _, r := range doc.Roles {
			if depts[r.Department] {
				roles[r.ID] = true
			}
		}
		cs := removeRoles(doc, roles, depts)
		for d := range depts {
			cs.DeleteDepartments = append(cs.DeleteDepartments, d)
		}
		slices.Sort(cs.DeleteDepartments)
		return cs, nil
	}}
}

// removeRoles builds the change set that deletes roles (and departments
// depts, whose deletion the caller adds) and repairs every reference.
func removeRoles(doc *data.Document, roles, depts map[data.ID]bool) *data.ChangeSet {
	cs := &data.ChangeSet{}
	// A deleted role's reports move up to its nearest surviving manager.
	survivor := func(id data.ID) data.ID {
		for seen := 0; id != "" && roles[id] && seen <= len(doc.Roles); seen++ {
			r := doc.Role(id)
			if r == nil {
				return ""
			}
			id = r.ReportsTo
		}
		return id
	}
	for _, r := range doc.Roles {
		if roles[r.ID] {
			cs.DeleteRoles = append(cs.DeleteRoles, r.ID)
			continue
		}
		changed := false
		nr := data.CloneRole(r)
		if roles[nr.ReportsTo] {
			nr.ReportsTo = survivor(nr.ReportsTo)
			changed = true
		}
		dl := nr.Dotted[:0]
		for _, d := range nr.Dotted {
			if !roles[d.Manager] {
				dl = append(dl, d)
			}
		}
		if len(dl) != len(nr.Dotted) {
			nr.Dotted, changed = dl, true
		}
		if changed {
			cs.PutRoles = append(cs.PutRoles, nr)
		}
	}
	for _, d := range doc.Departments {
		if !depts[d.ID] && roles[d.Head] {
			nd := data.CloneDepartment(d)
			nd.Head = ""
			cs.PutDepartments = append(cs.PutDepartments, nd)
		}
	}
	for _, p := range doc.People {
		if roles[p.Role] || depts[p.Department] {
			np := data.ClonePerson(p)
			if roles[np.Role] {
				np.Role = ""
			}
			if depts[np.Department] {
				np.Department = ""
			}
			cs.PutPeople = append(cs.PutPeople, np)
		}
	}
	for _, t := range doc.Projects {
		nt := data.CloneProject(t)
		ms := nt.Members[:0]
		for _, m := range nt.Members {
			if m.Role == "" || !roles[m.Role] {
				ms = append(ms, m)
			}
		}
		changed := len(ms) != len(t.Members)
		nt.Members = ms
		if roles[nt.OwnerRole] {
			nt.OwnerRole, changed = "", true
		}
		if changed {
			cs.PutProjects = append(cs.PutProjects, nt)
		}
	}
	return cs
}

// AddRole adds role (an id is made when it has none) as the last role of
// its department. The new id is written to *id when id is not nil.
func AddRole(role data.Role, id *data.ID) Command {
	return CommandFunc{i18n.L("Add role"), func(doc *data.Document) (*data.ChangeSet, error) {
		if role.ID == "" {
			role.ID = data.NewID("r")
		}
		role.Order = nextOrder(doc.Roles, func(r data.Role) int { return r.Order })
		if id != nil {
			*id = role.ID
		}
		return &data.ChangeSet{PutRoles: []data.Role{role}}, nil
	}}
}

// UpdateRole replaces a whole role record: any role-card field edit.
func UpdateRole(role data.Role) Command {
	return CommandFunc{i18n.L("Edit role %s", role.Title), func(doc *data.Document) (*data.ChangeSet, error) {
		if doc.Role(role.ID) == nil {
			return nil, notFound("role", role.ID)
		}
		return &data.ChangeSet{PutRoles: []data.Role{role}}, nil
	}}
}

// EditRole applies edit to a deep copy of the role and saves it; label
// names the field for the undo menu.
func EditRole(id data.ID, label string, edit func(r *data.Role)) Command {
	return CommandFunc{label, func(doc *data.Document) (*data.ChangeSet, error) {
		r := doc.Role(id)
		if r == nil {
			return nil, notFound("role", id)
		}
		nr := data.CloneRole(*r)
		edit(&nr)
		return &data.ChangeSet{PutRoles: []data.Role{nr}}, nil
	}}
}

// RenameRole changes a role's title.
func RenameRole(id data.ID, title string) Command {
	return EditRole(id, i18n.L("Rename role"), func(r *data.Role) { r.Title = strings.TrimSpace(title) })
}

// SetReportsTo sets a role's solid-line manager ("" = none).
func SetReportsTo(id, manager data.ID) Command {
	return EditRole(id, i18n.L("Change reporting line"), func(r *data.Role) { r.ReportsTo = manager })
}

// SetDottedLines replaces a role's dotted-line managers.
func SetDottedLines(id data.ID, lines []data.DottedLine) Command {
	return EditRole(id, i18n.L("Change dotted lines"), func(r *data.Role) { r.Dotted = append([]data.DottedLine(nil), lines...) })
}

// MoveRole moves a role to department dept ("" = company level) under
// manager reportsTo ("" = none), placed before the role before ("" = last).
func MoveRole(id, dept, reportsTo, before data.ID) Command {
	return CommandFunc{i18n.L("Move role"), func(doc *data.Document) (*data.ChangeSet, error) {
		r := doc.Role(id)
		if r == nil {
			return nil, notFound("role", id)
		}
		nr := data.CloneRole(*r)
		nr.Department, nr.ReportsTo = dept, reportsTo
		cs := &data.ChangeSet{}
		cs.PutRoles = reorder(doc.Roles, nr, before,
			func(x data.Role) data.ID { return x.ID },
			func(x data.Role) bool { return x.Department == dept },
			func(x data.Role) int { return x.Order },
			func(x *data.Role, o int) { x.Order = o })
		// Holders follow their role into the new department.
		for _, p := range doc.People {
			if p.Role == id && p.Department != dept {
				np := data.ClonePerson(p)
				np.Department = dept
				cs.PutPeople = append(cs.PutPeople, np)
			}
		}
		// A head that leaves its department is no longer its head.
		if r.Department != dept {
			if d := doc.Department(r.Department); d != nil && d.Head == id {
				nd := data.CloneDepartment(*d)
				nd.Head = ""
				cs.PutDepartments = append(cs.PutDepartments, nd)
			}
		}
		return cs, nil
	}}
}

// DeleteRole deletes a role: holders become unassigned, its reports move
// up to its manager, dotted lines, project memberships and head marks go.
func DeleteRole(id data.ID) Command {
	return CommandFunc{i18n.L("Delete role"), func(doc *data.Document) (*data.ChangeSet, error) {
		if doc.Role(id) == nil {
			return nil, notFound("role", id)
		}
		return removeRoles(doc, map[data.ID]bool{id: true}, nil), nil
	}}
}

// DuplicateRole copies a role's card (not its holders) next to it, titled
// "<title> (copy)". The new id is written to *newID when not nil.
func DuplicateRole(id data.ID, newID *data.ID) Command {
	return CommandFunc{i18n.L("Duplicate role"), func(doc *data.Document) (*data.ChangeSet, error) {
		r := doc.Role(id)
		if r == nil {
			return nil, notFound("role", id)
		}
		nr := data.CloneRole(*r)
		nr.ID = data.NewID("r")
		nr.Title = i18n.L("%s (copy)", r.Title)
		nr.Code = ""
		nr.Order = nextOrder(doc.Roles, func(r data.Role) int { return r.Order })
		if newID != nil {
			*newID = nr.ID
		}
		return &data.ChangeSet{PutRoles: []data.Role{nr}}, nil
	}}
}

// AddPerson adds a person (an id is made when they have none).
func AddPerson(p data.Person, id *data.ID) Command {
	return CommandFunc{i18n.L("Add person"), func(*data.Document) (*data.ChangeSet, error) {
		if p.ID == "" {
			p.ID = data.NewID("p")
		}
		if p.Status == "" {
			p.Status = data.StatusActive
		}
		if id != nil {
			*id = p.ID
		}
		return &data.ChangeSet{PutPeople: []data.Person{p}}, nil
	}}
}

// UpdatePerson replaces a person record.
func UpdatePerson(p data.Person) Command {
	return CommandFunc{i18n.L("Edit person %s", p.Name), func(doc *data.Document) (*data.ChangeSet, error) {
		if doc.Person(p.ID) == nil {
			return nil, notFound("person", p.ID)
		}
		return &data.ChangeSet{PutPeople: []data.Person{p}}, nil
	}}
}

// AssignPerson puts a person in a role ("" = no role).
func AssignPerson(person, role data.ID) Command {
	return CommandFunc{i18n.L("Assign person"), func(doc *data.Document) (*data.ChangeSet, error) {
		p := doc.Person(person)
		if p == nil {
			return nil, notFound("person", person)
		}
		np := data.ClonePerson(*p)
		np.Role = role
		if r := doc.Role(role); r != nil {
			np.Department = r.Department
		}
		return &data.ChangeSet{PutPeople: []data.Person{np}}, nil
	}}
}

// MoveHolders moves every holder of role from to role to (merging two
// roles by dragging one's people onto the other).
func MoveHolders(from, to data.ID) Command {
	return CommandFunc{i18n.L("Move people"), func(doc *data.Document) (*data.ChangeSet, error) {
		r := doc.Role(to)
		if r == nil {
			return nil, notFound("role", to)
		}
		cs := &data.ChangeSet{}
		for _, p := range doc.People {
			if p.Role == from {
				np := data.ClonePerson(p)
				np.Role, np.Department = to, r.Department
				cs.PutPeople = append(cs.PutPeople, np)
			}
		}
		return cs, nil
	}}
}

// DeletePerson removes a person; people they managed and project teams
// they were in or owned drop the reference.
func DeletePerson(id data.ID) Command {
	return CommandFunc{i18n.L("Delete person"), func(doc *data.Document) (*data.ChangeSet, error) {
		if doc.Person(id) == nil {
			return nil, notFound("person", id)
		}
		cs := &data.ChangeSet{DeletePeople: []data.ID{id}}
		for _, p := range doc.People {
			if p.Manager == id {
				np := data.ClonePerson(p)
				np.Manager = ""
				cs.PutPeople = append(cs.PutPeople, np)
			}
		}
		for _, t := range doc.Projects {
			nt := data.CloneProject(t)
			ms := nt.Members[:0]
			for _, m := range nt.Members {
				if m.Person != id {
					ms = append(ms, m)
				}
			}
			changed := len(ms) != len(t.Members)
			nt.Members = ms
			if nt.OwnerPerson == id {
				nt.OwnerPerson, changed = "", true
			}
			if changed {
				cs.PutProjects = append(cs.PutProjects, nt)
			}
		}
		return cs, nil
	}}
}

// AddProject adds a project team. The new id is written to *id when not nil.
func AddProject(t data.ProjectTeam, id *data.ID) Command {
	return CommandFunc{i18n.L("Add project team"), func(doc *data.Document) (*data.ChangeSet, error) {
		if t.ID == "" {
			t.ID = data.NewID("t")
		}
		t.Order = nextOrder(doc.Projects, func(t data.ProjectTeam) int { return t.Order })
		if id != nil {
			*id = t.ID
		}
		return &data.ChangeSet{PutProjects: []data.ProjectTeam{t}}, nil
	}}
}

// UpdateProject replaces a project team (name, owner, dates, goal, members).
func UpdateProject(t data.ProjectTeam) Command {
	return CommandFunc{i18n.L("Edit project team %s", t.Name), func(doc *data.Document) (*data.ChangeSet, error) {
		if doc.Project(t.ID) == nil {
			return nil, notFound("project team", t.ID)
		}
		return &data.ChangeSet{PutProjects: []data.ProjectTeam{t}}, nil
	}}
}

// DeleteProject removes a project team.
func DeleteProject(id data.ID) Command {
	return CommandFunc{i18n.L("Delete project team"), func(doc *data.Document) (*data.ChangeSet, error) {
		if doc.Project(id) == nil {
			return nil, notFound("project team", id)
		}
		return &data.ChangeSet{DeleteProjects: []data.ID{id}}, nil
	}}
}
