package data

import (
	"errors"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
)

// Domain sentinels; every error the store returns wraps one of them or is
// one of the open errors (ErrLocked, ErrNewerSchema, ErrDamaged, ...).
var (
	ErrNotFound = errors.New("not found")
	ErrInvalid  = errors.New("invalid")
	ErrCycle    = errors.New("cycle")
	ErrConflict = errors.New("conflict")
)

// ValidationError says which object and field a change would break and why.
// Code is a stable key ("empty-title", "reports-to-cycle", ...) the views
// translate; Error gives the English sentence for logs and the command line.
type ValidationError struct {
	Kind   error  // ErrInvalid, ErrCycle, ErrNotFound or ErrConflict
	Object string // "organisation", "department", "role", "person", "project"
	ID     ID
	Name   string // the object's name or title, for messages
	Field  string
	Code   string
	Detail string // the offending value or the other object
}

func (e *ValidationError) Error() string {
	who := e.Object
	if e.Name != "" {
		who += fmt.Sprintf(" %q", e.Name)
	} else if e.ID != "" {
		who += " " + string(e.ID)
	}
	msg := codeText[e.Code]
	if msg == "" {
		msg = e.Code
	}
	if e.Detail != "" {
		msg += ": " + e.Detail
	}
	return fmt.Sprintf("%s: %s", who, msg)
}

// Unwrap returns the sentinel kind.
func (e *ValidationError) Unwrap() error { return e.Kind }

var codeText = map[string]string{
	"empty-id":           "has no id",
	"duplicate-id":       "id is used twice",
	"empty-name":         "the name is empty",
	"empty-title":        "the title is empty",
	"missing-parent":     "the parent department does not exist",
	"parent-cycle":       "a department cannot be inside itself",
	"missing-head":       "the head role does not exist",
	"bad-color":          "the colour is not #RRGGBB",
	"missing-department": "the department does not exist",
	"missing-reports-to": "the reports-to role does not exist",
	"reports-to-cycle":   "reporting lines would form a cycle",
	"missing-dotted":     "a dotted-line manager does not exist",
	"self-dotted":        "a role cannot have a dotted line to itself",
	"negative-planned":   "planned headcount cannot be negative",
	"bad-weight":         "a weight must be between 0 and 100",
	"empty-text":         "a responsibility or KPI has no text",
	"missing-role":       "the role does not exist",
	"bad-status":         "the status is not active, probation or left",
	"missing-manager":    "the manager does not exist",
	"manager-cycle":      "managers would form a cycle",
	"duplicate-number":   "the employee number is used by another person",
	"missing-owner":      "the owner does not exist",
	"missing-member":     "a member does not exist",
	"bad-mode":           "the mode is not functional, project or matrix",
	"bad-stage":          "the stage is not startup, growth or mature",
}

var colorRe = regexp.MustCompile(`^#[0-9A-Fa-f]{6}$`)

func bad(kind error, object string, id ID, name, field, code, detail string) error {
	return &ValidationError{Kind: kind, Object: object, ID: id, Name: name, Field: field, Code: code, Detail: detail}
}

// Validate checks the whole document: required fields, references and the
// absence of cycles. It returns the first problem as a *ValidationError.
func Validate(d *Document) error {
	d.index()
	if err := checkOrg(d); err != nil {
		return err
	}
	if len(d.deptIdx) != len(d.Departments) || len(d.roleIdx) != len(d.Roles) ||
		len(d.personIdx) != len(d.People) || len(d.projIdx) != len(d.Projects) {
		return bad(ErrConflict, "document", "", "", "id", "duplicate-id", "")
	}
	for i := range d.Departments {
		if err := checkDepartment(d, &d.Departments[i]); err != nil {
			return err
		}
	}
	if id, ok := findCycle(len(d.Departments), func(i int) int {
		return indexOr(d.deptIdx, d.Departments[i].Parent)
	}); ok {
		x := &d.Departments[id]
		return bad(ErrCycle, "department", x.ID, x.Name, "parent", "parent-cycle", "")
	}
	for i := range d.Roles {
		if err := checkRole(d, &d.Roles[i]); err != nil {
			return err
		}
	}
	if id, ok := findCycle(len(d.Roles), func(i int) int {
		return indexOr(d.roleIdx, d.Roles[i].ReportsTo)
	}); ok {
		x := &d.Roles[id]
		return bad(ErrCycle, "role", x.ID, x.Title, "reportsTo", "reports-to-cycle", "")
	}
	numbers := make(map[string]ID, len(d.People))
	for i := range d.People {
		x := &d.People[i]
		if err := checkPerson(d, x); err != nil {
			return err
		}
		if x.Number != "" {
			if other, ok := numbers[x.Number]; ok && other != x.ID {
				return bad(ErrConflict, "person", x.ID, x.Name, "number", "duplicate-number", x.Number)
			}
			numbers[x.Number] = x.ID
		}
	}
	if id, ok := findCycle(len(d.People), func(i int) int {
		return indexOr(d.personIdx, d.People[i].Manager)
	}); ok {
		x := &d.People[id]
		return bad(ErrCycle, "person", x.ID, x.Name, "manager", "manager-cycle", "")
	}
	for i := range d.Projects {
		if err := checkProject(d, &d.Projects[i]); err != nil {
			return err
		}
	}
	return nil
}

// validateChanges checks only what cs touched. It is valid for a change
// set that replaced existing records in place (no new or deleted ids) on a
// document that was valid: references from untouched records then still
// resolve, and any new cycle must pass through a changed record.
func validateChanges(d *Document, cs *ChangeSet) error {
	if err := checkOrg(d); err != nil {
		return err
	}
	for _, c := range cs.PutDepartments {
		x := d.Department(c.ID)
		if err := checkDepartment(d, x); err != nil {
			return err
		}
		if onCycle(x.ID, func(id ID) ID { return parentOf(d.Department(id), func(x *Department) ID { return x.Parent }) }, len(d.Departments)) {
			return bad(ErrCycle, "department", x.ID, x.Name, "parent", "parent-cycle", "")
		}
	}
	for _, c := range cs.PutRoles {
		x := d.Role(c.ID)
		if err := checkRole(d, x); err != nil {
			return err
		}
		if onCycle(x.ID, func(id ID) ID { return parentOf(d.Role(id), func(x *Role) ID { return x.ReportsTo }) }, len(d.Roles)) {
			return bad(ErrCycle, "role", x.ID, x.Title, "reportsTo", "reports-to-cycle", "")
		}
	}
	for _, c := range cs.PutPeople {
		x := d.Person(c.ID)
		if err := checkPerson(d, x); err != nil {
			return err
		}
		if x.Number != "" {
			for i := range d.People {
				if o := &d.People[i]; o.Number == x.Number && o.ID != x.ID {
					return bad(ErrConflict, "person", x.ID, x.Name, "number", "duplicate-number", x.Number)
				}
			}
		}
		if onCycle(x.ID, func(id ID) ID { return parentOf(d.Person(id), func(x *Person) ID { return x.Manager }) }, len(d.People)) {
			return bad(ErrCycle, "person", x.ID, x.Name, "manager", "manager-cycle", "")
		}
	}
	for _, c := range cs.PutProjects {
		if err := checkProject(d, d.Project(c.ID)); err != nil {
			return err
		}
	}
	return nil
}

func parentOf[T any](x *T, parent func(*T) ID) ID {
	if x == nil {
		return ""
	}
	return parent(x)
}

// onCycle reports whether following parent links from start comes back to
// start (at most limit steps: a longer walk has met a cycle elsewhere,
// which a valid document cannot hold).
func onCycle(start ID, parent func(ID) ID, limit int) bool {
	id := parent(start)
	for n := 0; id != "" && n <= limit; n++ {
		if id == start {
			return true
		}
		id = parent(id)
	}
	return id != ""
}

func checkOrg(d *Document) error {
	switch d.Org.Mode {
	case "", ModeFunctional, ModeProject, ModeMatrix:
	default:
		return bad(ErrInvalid, "organisation", "", d.Org.Name, "mode", "bad-mode", string(d.Org.Mode))
	}
	switch d.Org.Stage {
	case "", StageStartup, StageGrowth, StageMature:
	default:
		return bad(ErrInvalid, "organisation", "", d.Org.Name, "stage", "bad-stage", string(d.Org.Stage))
	}
	return nil
}

func checkDepartment(d *Document, x *Department) error {
	switch {
	case x.ID == "":
		return bad(ErrInvalid, "department", x.ID, x.Name, "id", "empty-id", "")
	case strings.TrimSpace(x.Name) == "":
		return bad(ErrInvalid, "department", x.ID, x.Name, "name", "empty-name", "")
	case x.Parent != "" && d.Department(x.Parent) == nil:
		return bad(ErrNotFound, "department", x.ID, x.Name, "parent", "missing-parent", string(x.Parent))
	case x.Head != "" && d.Role(x.Head) == nil:
		return bad(ErrNotFound, "department", x.ID, x.Name, "head", "missing-head", string(x.Head))
	case x.Color != "" && !colorRe.MatchString(x.Color):
		return bad(ErrInvalid, "department", x.ID, x.Name, "color", "bad-color", x.Color)
	}
	return nil
}

func checkRole(d *Document, x *Role) error {
	switch {
	case x.ID == "":
		return bad(ErrInvalid, "role", x.ID, x.Title, "id", "empty-id", "")
	case strings.TrimSpace(x.Title) == "":
		return bad(ErrInvalid, "role", x.ID, x.Title, "title", "empty-title", "")
	case x.Department != "" && d.Department(x.Department) == nil:
		return bad(ErrNotFound, "role", x.ID, x.Title, "department", "missing-department", string(x.Department))
	case x.ReportsTo != "" && d.Role(x.ReportsTo) == nil:
		return bad(ErrNotFound, "role", x.ID, x.Title, "reportsTo", "missing-reports-to", string(x.ReportsTo))
	case x.Planned < 0:
		return bad(ErrInvalid, "role", x.ID, x.Title, "planned", "negative-planned", fmt.Sprint(x.Planned))
	}
	for _, dl := range x.Dotted {
		if dl.Manager == x.ID {
			return bad(ErrInvalid, "role", x.ID, x.Title, "dotted", "self-dotted", "")
		}
		if d.Role(dl.Manager) == nil {
			return bad(ErrNotFound, "role", x.ID, x.Title, "dotted", "missing-dotted", string(dl.Manager))
		}
	}
	for _, r := range x.Responsibilities {
		if strings.TrimSpace(r.Text) == "" {
			return bad(ErrInvalid, "role", x.ID, x.Title, "responsibilities", "empty-text", "")
		}
		if r.Weight < 0 || r.Weight > 100 {
			return bad(ErrInvalid, "role", x.ID, x.Title, "responsibilities", "bad-weight", fmt.Sprint(r.Weight))
		}
	}
	for _, k := range x.KPIs {
		if strings.TrimSpace(k.Indicator) == "" {
			return bad(ErrInvalid, "role", x.ID, x.Title, "kpis", "empty-text", "")
		}
		if k.Weight < 0 || k.Weight > 100 {
			return bad(ErrInvalid, "role", x.ID, x.Title, "kpis", "bad-weight", fmt.Sprint(k.Weight))
		}
	}
	return nil
}

func checkPerson(d *Document, x *Person) error {
	switch {
	case x.ID == "":
		return bad(ErrInvalid, "person", x.ID, x.Name, "id", "empty-id", "")
	case strings.TrimSpace(x.Name) == "":
		return bad(ErrInvalid, "person", x.ID, x.Name, "name", "empty-name", "")
	case x.Role != "" && d.Role(x.Role) == nil:
		return bad(ErrNotFound, "person", x.ID, x.Name, "role", "missing-role", string(x.Role))
	case x.Department != "" && d.Department(x.Department) == nil:
		return bad(ErrNotFound, "person", x.ID, x.Name, "department", "missing-department", string(x.Department))
	case x.Manager != "" && d.Person(x.Manager) == nil:
		return bad(ErrNotFound, "person", x.ID, x.Name, "manager", "missing-manager", string(x.Manager))
	}
	switch x.Status {
	case "", StatusActive, StatusProbation, StatusLeft:
	default:
		return bad(ErrInvalid, "person", x.ID, x.Name, "status", "bad-status", string(x.Status))
	}
	return nil
}

func checkProject(d *Document, x *ProjectTeam) error {
	switch {
	case x.ID == "":
		return bad(ErrInvalid, "project", x.ID, x.Name, "id", "empty-id", "")
	case strings.TrimSpace(x.Name) == "":
		return bad(ErrInvalid, "project", x.ID, x.Name, "name", "empty-name", "")
	case x.OwnerRole != "" && d.Role(x.OwnerRole) == nil,
		x.OwnerPerson != "" && d.Person(x.OwnerPerson) == nil:
		return bad(ErrNotFound, "project", x.ID, x.Name, "owner", "missing-owner", "")
	}
	for _, m := range x.Members {
		if (m.Role == "" && m.Person == "") ||
			(m.Role != "" && d.Role(m.Role) == nil) || (m.Person != "" && d.Person(m.Person) == nil) {
			return bad(ErrNotFound, "project", x.ID, x.Name, "members", "missing-member", string(m.Role+m.Person))
		}
	}
	return nil
}

func indexOr(idx map[ID]int, id ID) int {
	if id == "" {
		return -1
	}
	if i, ok := idx[id]; ok {
		return i
	}
	return -1
}

// findCycle walks parent links (parent(i) = -1 for none) and returns a node
// on a cycle. Linear time: each node is coloured once.
func findCycle(n int, parent func(int) int) (int, bool) {
	state := make([]uint8, n) // 0 new, 1 on current path, 2 done
	for start := 0; start < n; start++ {
		if state[start] != 0 {
			continue
		}
		i := start
		for i >= 0 && state[i] == 0 {
			state[i] = 1
			i = parent(i)
		}
		if i >= 0 && state[i] == 1 {
			return i, true
		}
		for j := start; j >= 0 && state[j] == 1; j = parent(j) {
			state[j] = 2
		}
	}
	return 0, false
}

// With returns a new document with the change set applied (and sorted);
// d is not changed. It does not validate: call Validate on the result.
func (d *Document) With(cs *ChangeSet) *Document {
	nd, _ := d.with(cs)
	return nd
}

// with also reports whether cs only replaced existing records where they
// were: then the new document shares d's lookup maps and validateChanges
// may check just the changed records.
func (d *Document) with(cs *ChangeSet) (*Document, bool) {
	d.index()
	nd := &Document{Org: d.Org}
	if cs.Org != nil {
		nd.Org = *cs.Org
	}
	var s1, s2, s3, s4 bool
	var deptAt, roleAt, personAt, projAt map[ID]int
	nd.Departments, deptAt, s1 = merge(d.Departments, d.deptIdx, cs.PutDepartments, cs.DeleteDepartments, func(x *Department) ID { return x.ID })
	nd.Roles, roleAt, s2 = merge(d.Roles, d.roleIdx, cs.PutRoles, cs.DeleteRoles, func(x *Role) ID { return x.ID })
	nd.People, personAt, s3 = merge(d.People, d.personIdx, cs.PutPeople, cs.DeletePeople, func(x *Person) ID { return x.ID })
	nd.Projects, projAt, s4 = merge(d.Projects, d.projIdx, cs.PutProjects, cs.DeleteProjects, func(x *ProjectTeam) ID { return x.ID })
	nd.ValueMaps, _, _ = merge(d.ValueMaps, nil, cs.PutValueMaps, nil, func(x *ValueMap) ID { return x.key() })
	inPlace := s1 && s2 && s3 && s4 && nd.sorted()
	if !inPlace {
		// Canonical order; the maps merge built stay the index of every
		// list that was already in order.
		nd.deptIdx = sortIndexed(nd.Departments, deptAt, cmpDept, func(x *Department) ID { return x.ID })
		nd.roleIdx = sortIndexed(nd.Roles, roleAt, cmpRole, func(x *Role) ID { return x.ID })
		nd.personIdx = sortIndexed(nd.People, personAt, cmpPerson, func(x *Person) ID { return x.ID })
		nd.projIdx = sortIndexed(nd.Projects, projAt, cmpProject, func(x *ProjectTeam) ID { return x.ID })
		sortIfNeeded(nd.ValueMaps, cmpValueMap)
	} else {
		nd.deptIdx, nd.roleIdx, nd.personIdx, nd.projIdx = d.deptIdx, d.roleIdx, d.personIdx, d.projIdx
	}
	// A person who holds a role belongs to the role's department. Only
	// changed roles or people can break that; the people list is copied
	// before it is fixed, as it may be shared with d. (The department is
	// not part of the people's order, so the index stays right.)
	if len(cs.PutRoles) > 0 || len(cs.PutPeople) > 0 || !inPlace || cs.IsEmpty() {
		copied := len(cs.PutPeople) > 0 || len(cs.DeletePeople) > 0
		for i := range nd.People {
			if r := nd.Role(nd.People[i].Role); r != nil && nd.People[i].Department != r.Department {
				if !copied {
					nd.People, copied = slices.Clone(nd.People), true
				}
				nd.People[i].Department = r.Department
			}
		}
	}
	return nd, inPlace
}

// sortIndexed puts s in canonical order and returns its index: at (where
// merge put each id) when s was in order already, else a new map (at may
// be the previous snapshot's, which must not change).
func sortIndexed[T any](s []T, at map[ID]int, cmp func(a, b T) int, id func(*T) ID) map[ID]int {
	if at != nil && slices.IsSortedFunc(s, cmp) {
		return at
	}
	slices.SortStableFunc(s, cmp)
	idx := make(map[ID]int, len(s))
	for i := range s {
		idx[id(&s[i])] = i
	}
	return idx
}

// merge applies puts and deletes to old, whose index is oldIdx (nil for
// none). It returns the new list, the index of where each id is in it,
// and whether every put replaced an existing record in place (and nothing
// was deleted): then the index is oldIdx itself. Replaced records keep
// their place, so an edit usually leaves the lists sorted and nothing
// needs sorting; the last put of an id wins; a delete wins over a put.
func merge[T any](old []T, oldIdx map[ID]int, put []T, del []ID, id func(*T) ID) ([]T, map[ID]int, bool) {
	if len(put) == 0 && len(del) == 0 {
		// Snapshots are immutable, so an untouched list is shared.
		return old, oldIdx, true
	}
	out := make([]T, 0, len(old)+len(put))
	var drop map[ID]bool
	var at map[ID]int // the new index, made once it differs from oldIdx
	if len(del) == 0 && oldIdx != nil && len(oldIdx) == len(old) {
		// Nothing leaves, so old keeps its positions and oldIdx stays
		// right until a new id arrives. (Copied one by one: measured
		// faster for an edit than one bulk append.)
		for i := range old {
			out = append(out, old[i])
		}
	} else {
		drop = make(map[ID]bool, len(del))
		for _, x := range del {
			drop[x] = true
		}
		at = make(map[ID]int, len(old)+len(put))
		for i := range old {
			if k := id(&old[i]); !drop[k] {
				at[k] = len(out)
				out = append(out, old[i])
			}
		}
	}
	inPlace := len(del) == 0
	for i := range put {
		k := id(&put[i])
		if drop[k] {
			continue
		}
		idx := at
		if idx == nil {
			idx = oldIdx
		}
		if j, ok := idx[k]; ok {
			out[j] = put[i]
			continue
		}
		if at == nil {
			at = make(map[ID]int, len(old)+len(put)-i)
			maps.Copy(at, oldIdx)
		}
		at[k] = len(out)
		out = append(out, put[i])
		inPlace = false
	}
	if at == nil {
		return out, oldIdx, inPlace
	}
	return out, at, inPlace
}
