package compare

import (
	"slices"

	"orgdesigner/data"
)

// compareDepartments lists the departments added, removed, moved, renamed
// and changed; each under the department itself.
func compareDepartments(a, b *data.Document, add func(Change)) {
	for i := range b.Departments {
		d := &b.Departments[i]
		old := a.Department(d.ID)
		if old == nil {
			add(Change{Kind: DeptAdded, ID: d.ID, Name: d.Name, Department: d.ID, To: d.Parent})
			continue
		}
		if old.Parent != d.Parent {
			add(Change{Kind: DeptMoved, ID: d.ID, Name: d.Name, Department: d.ID, From: old.Parent, To: d.Parent})
		}
		if old.Name != d.Name {
			add(Change{Kind: DeptRenamed, ID: d.ID, Name: d.Name, OldName: old.Name, Department: d.ID})
		}
		var fields []string
		fields = differ(fields, old.Code != d.Code, FieldCode)
		fields = differ(fields, old.Positioning != d.Positioning, FieldPositioning)
		fields = differ(fields, old.Motto != d.Motto, FieldMotto)
		fields = differ(fields, old.Head != d.Head, data.FieldHead)
		fields = differ(fields, old.Color != d.Color, data.FieldColor)
		if len(fields) > 0 {
			add(Change{Kind: DeptChanged, ID: d.ID, Name: d.Name, Department: d.ID, Fields: fields})
		}
	}
	for i := range a.Departments {
		d := &a.Departments[i]
		if b.Department(d.ID) == nil {
			add(Change{Kind: DeptRemoved, ID: d.ID, Name: d.Name, Department: d.ID, From: d.Parent})
		}
	}
}

// differ appends field when changed.
func differ(fields []string, changed bool, field string) []string {
	if changed {
		return append(fields, field)
	}
	return fields
}

// compareRoles lists the roles added, removed, moved, renamed, with a
// changed card or 编制; each under the role's department in B (in A when
// removed).
func compareRoles(a, b *data.Document, add func(Change)) {
	for i := range b.Roles {
		r := &b.Roles[i]
		old := a.Role(r.ID)
		if old == nil {
			add(Change{Kind: RoleAdded, ID: r.ID, Name: r.Title, Department: r.Department, To: r.Department, ToRole: r.ReportsTo, After: r.Planned})
			continue
		}
		c := Change{ID: r.ID, Name: r.Title, Department: r.Department}
		if old.Department != r.Department || old.ReportsTo != r.ReportsTo {
			m := c
			m.Kind, m.FromRole, m.ToRole = RoleMoved, old.ReportsTo, r.ReportsTo
			m.Fields = differ(m.Fields, old.Department != r.Department, FieldDepartment)
			m.Fields = differ(m.Fields, old.ReportsTo != r.ReportsTo, FieldReportsTo)
			if old.Department != r.Department {
				m.From, m.To = old.Department, r.Department
			} else {
				m.From, m.To = old.ReportsTo, r.ReportsTo
			}
			add(m)
		}
		if old.Title != r.Title {
			m := c
			m.Kind, m.OldName = RoleRenamed, old.Title
			add(m)
		}
		if fields := cardFields(old, r); len(fields) > 0 {
			m := c
			m.Kind, m.Fields = RoleCardChanged, fields
			add(m)
		}
		if old.Planned != r.Planned {
			m := c
			m.Kind, m.Before, m.After = PlannedChanged, old.Planned, r.Planned
			add(m)
		}
	}
	for i := range a.Roles {
		r := &a.Roles[i]
		if b.Role(r.ID) == nil {
			add(Change{Kind: RoleRemoved, ID: r.ID, Name: r.Title, Department: r.Department, From: r.Department, FromRole: r.ReportsTo, Before: r.Planned})
		}
	}
}

// cardFields names what differs on two role cards, in the card's order.
// Title, department, 直接上级, 编制 and order are not card fields: they have
// kinds of their own or are only layout.
func cardFields(a, b *data.Role) []string {
	var f []string
	f = differ(f, a.Code != b.Code, FieldCode)
	f = differ(f, a.Grade != b.Grade, FieldGrade)
	f = differ(f, a.PayMin != b.PayMin || a.PayMax != b.PayMax, FieldPay)
	f = differ(f, !slices.Equal(a.Dotted, b.Dotted), FieldDotted)
	f = differ(f, a.Purpose != b.Purpose, data.FieldPurpose)
	f = differ(f, !slices.EqualFunc(a.Responsibilities, b.Responsibilities, sameResponsibility), data.FieldResponsibilities)
	f = differ(f, !slices.Equal(a.KPIs, b.KPIs), data.FieldKPIs)
	f = differ(f, a.Qualifications != b.Qualifications, data.FieldQualifications)
	f = differ(f, a.Authority != b.Authority, data.FieldAuthority)
	f = differ(f, a.InternalContacts != b.InternalContacts || a.ExternalContacts != b.ExternalContacts, data.FieldContacts)
	f = differ(f, a.Conditions != b.Conditions, data.FieldConditions)
	f = differ(f, a.CareerPath != b.CareerPath, data.FieldCareerPath)
	f = differ(f, a.Notes != b.Notes, FieldNotes)
	return f
}

func sameResponsibility(a, b data.Responsibility) bool {
	return a.Text == b.Text && a.Weight == b.Weight && slices.Equal(a.Examples, b.Examples)
}

// present reports whether a person counts: one who has left does not.
func present(p *data.Person) bool { return p != nil && p.Status != data.StatusLeft }

// personDept is the person's department: their role's, else their own.
func personDept(doc *data.Document, p *data.Person) data.ID {
	if p.Role != "" {
		if r := doc.Role(p.Role); r != nil {
			return r.Department
		}
	}
	return p.Department
}

// comparePeople lists the people added, removed (or left) and moved to
// another role or department; each under their department in B (in A when
// removed or when B gives them none).
func comparePeople(a, b *data.Document, add func(Change)) {
	for i := range b.People {
		p := &b.People[i]
		old := a.Person(p.ID)
		inA, inB := present(old), present(p)
		switch {
		case inB && !inA:
			d := personDept(b, p)
			add(Change{Kind: PersonAdded, ID: p.ID, Name: p.Name, Department: d, To: d, ToRole: p.Role})
		case inA && !inB:
			d := personDept(a, old)
			add(Change{Kind: PersonRemoved, ID: p.ID, Name: old.Name, Department: d, From: d, FromRole: old.Role})
		case inA && inB:
			// A person moves when their role changes (or, holding none,
			// their department); one whose role moved with them is listed
			// with the role, not once per holder.
			da, db := personDept(a, old), personDept(b, p)
			if old.Role == p.Role && (p.Role != "" || da == db) {
				continue
			}
			// Listed where they are now; one left without a department
			// (their team deleted) with the department they left.
			under := db
			if b.Department(db) == nil && da != "" {
				under = da
			}
			c := Change{Kind: PersonMoved, ID: p.ID, Name: p.Name, Department: under, From: da, To: db, FromRole: old.Role, ToRole: p.Role}
			c.Fields = differ(c.Fields, da != db, FieldDepartment)
			c.Fields = differ(c.Fields, old.Role != p.Role, FieldRole)
			add(c)
		}
	}
	for i := range a.People {
		p := &a.People[i]
		if present(p) && b.Person(p.ID) == nil {
			d := personDept(a, p)
			add(Change{Kind: PersonRemoved, ID: p.ID, Name: p.Name, Department: d, From: d, FromRole: p.Role})
		}
	}
}

// compareProjects lists the project teams added, removed and changed, at
// company level: a team spans departments.
func compareProjects(a, b *data.Document, add func(Change)) {
	for i := range b.Projects {
		t := &b.Projects[i]
		old := a.Project(t.ID)
		if old == nil {
			add(Change{Kind: ProjectAdded, ID: t.ID, Name: t.Name})
			continue
		}
		var f []string
		f = differ(f, old.Name != t.Name, FieldName)
		f = differ(f, old.OwnerRole != t.OwnerRole || old.OwnerPerson != t.OwnerPerson, FieldOwner)
		f = differ(f, old.Start != t.Start || old.End != t.End, FieldDates)
		f = differ(f, old.Goal != t.Goal, FieldGoal)
		f = differ(f, !slices.Equal(old.Members, t.Members), FieldMembers)
		if len(f) > 0 {
			c := Change{Kind: ProjectChanged, ID: t.ID, Name: t.Name, Fields: f}
			if old.Name != t.Name {
				c.OldName = old.Name
			}
			add(c)
		}
	}
	for i := range a.Projects {
		t := &a.Projects[i]
		if b.Project(t.ID) == nil {
			add(Change{Kind: ProjectRemoved, ID: t.ID, Name: t.Name})
		}
	}
}
