package sheets

import (
	"cmp"
	"slices"

	"orgdesigner/data"
)

// build turns the records into people and the change set.
func (pl *planner) build() *Preview {
	p := &Preview{File: pl.a.Source, Sheet: pl.a.Sheet, Rows: pl.a.DataRows, Changes: &data.ChangeSet{},
		src: pl.a.File, layout: pl.layout}
	if pl.a.wb.IsCSV() {
		p.csvRows = pl.a.sd.rows
	}
	cs := p.Changes
	holders := map[data.ID]int{}
	for _, r := range pl.recs {
		if r.roleID != "" && r.status != data.StatusLeft {
			holders[r.roleID]++
		}
	}
	for _, d := range pl.newDepts {
		cs.PutDepartments = append(cs.PutDepartments, *d)
		p.NewDepartments = append(p.NewDepartments, NewDepartment{Department: *d, Path: pl.x.path(d.ID)})
	}
	for _, id := range pl.deptEditOrder {
		if d := pl.deptEdits[id]; !equalDept(*d, *pl.doc.Department(id)) {
			cs.PutDepartments = append(cs.PutDepartments, *d)
			p.UpdatedDepartments = append(p.UpdatedDepartments, *d)
		}
	}
	for _, r := range pl.newRoles {
		if _, set := pl.plannedFrom[r.ID]; !set {
			r.Planned = holders[r.ID] // a role found in a roster is planned as staffed
		}
		cs.PutRoles = append(cs.PutRoles, *r)
		p.NewRoles = append(p.NewRoles, NewRole{Role: *r, Department: pl.x.path(r.Department)})
	}
	for _, id := range pl.editOrder {
		r := pl.roleEdits[id]
		if !equalRole(*r, *pl.doc.Role(id)) {
			cs.PutRoles = append(cs.PutRoles, *r)
			p.UpdatedRoles = append(p.UpdatedRoles, *r)
		}
	}
	pl.buildPeople(p)
	for _, v := range pl.a.Values {
		if old, ok := pl.x.remembered(v.Kind, v.Value); ok && old.Target == v.Target {
			continue
		}
		cs.PutValueMaps = append(cs.PutValueMaps, data.ValueMap{Source: pl.a.Source, Kind: string(v.Kind), Value: v.Value, Target: v.Target})
	}
	slices.SortStableFunc(pl.probs, func(x, y Problem) int {
		return cmp.Or(cmp.Compare(sheetRank(x.Sheet, pl.a.Sheet), sheetRank(y.Sheet, pl.a.Sheet)),
			cmp.Compare(x.Row, y.Row), cmp.Compare(len(x.Column), len(y.Column)), cmp.Compare(x.Column, y.Column))
	})
	p.Problems = pl.probs
	for _, pr := range pl.probs {
		if pr.Skipped {
			p.Skipped++
		}
	}
	return p
}

// buildPeople puts new people first, then updated ones, into one slice
// of the change set; Preview.NewPeople is its first part (no second copy
// of ten thousand records).
func (pl *planner) buildPeople(p *Preview) {
	cs := p.Changes
	cs.PutPeople = make([]data.Person, 0, len(pl.recs))
	var updated []*record
	for _, r := range pl.recs {
		if r.managerID != "" && (r.existing == nil || r.existing.Manager != r.managerID) {
			p.ReportingLines++ // a line the document has already is no news
		}
		if r.existing == nil {
			person := pl.person(r)
			if person.Role == "" {
				p.NoRole++
			}
			cs.PutPeople = append(cs.PutPeople, person)
			continue
		}
		updated = append(updated, r)
	}
	nNew := len(cs.PutPeople)
	for _, r := range updated {
		person := pl.person(r)
		if person.Role == "" {
			p.NoRole++
		}
		if equalPerson(person, *r.existing) {
			p.Unchanged++
			continue
		}
		cs.PutPeople = append(cs.PutPeople, person)
		p.UpdatedPeople = append(p.UpdatedPeople, PersonChange{Row: r.row, Before: *r.existing, After: person})
	}
	p.NewPeople = cs.PutPeople[:nNew:nNew]
	if len(cs.PutPeople) == 0 {
		cs.PutPeople, p.NewPeople = nil, nil
	}
}

func sheetRank(sheet, roster string) int {
	if sheet == roster {
		return 1
	}
	return 0
}

// person is the record applied to the existing person (only the cells the
// row fills change it) or a new person.
func (pl *planner) person(r *record) data.Person {
	var p data.Person
	if r.existing != nil {
		p = data.ClonePerson(*r.existing)
	} else {
		p = data.Person{ID: r.id}
	}
	if r.number != "" {
		p.Number = r.number
	}
	p.Name = r.name
	switch {
	case r.roleID != "":
		p.Role, p.Department = r.roleID, pl.x.roles[r.roleID].Department
	case r.dept != "":
		if cur := pl.x.roles[p.Role]; cur == nil || cur.Department != r.deptID {
			p.Role, p.Department = "", r.deptID
		}
	}
	if r.status != "" {
		p.Status = r.status
	}
	if r.hire != "" {
		p.HireDate = r.hire
	}
	if r.phone != "" {
		p.Phone = r.phone
	}
	if r.email != "" {
		p.Email = r.email
	}
	if r.managerID != "" {
		p.Manager = r.managerID
	}
	p.Extra = mergeExtras(p.Extra, r.extras)
	return p
}

// mergeExtras sets each new extra field, replacing one of the same key
// and appending new keys in the file's column order. Two columns with the
// same header are matched by position (the second replaces the second).
func mergeExtras(old, upd []data.ExtraField) []data.ExtraField {
	if len(upd) == 0 {
		return old
	}
	if len(old) == 0 {
		return upd
	}
	out := slices.Clone(old)
	at := make(map[string][]int, len(out))
	for i, e := range out {
		at[e.Key] = append(at[e.Key], i)
	}
	seen := make(map[string]int, len(upd))
	for _, e := range upd {
		n := seen[e.Key]
		seen[e.Key] = n + 1
		if idx := at[e.Key]; n < len(idx) {
			out[idx[n]].Value = e.Value
		} else {
			out = append(out, e)
		}
	}
	return out
}

func equalPerson(a, b data.Person) bool {
	return a.ID == b.ID && a.Number == b.Number && a.Name == b.Name && a.Role == b.Role &&
		a.Department == b.Department && a.Status == b.Status && a.HireDate == b.HireDate &&
		a.Phone == b.Phone && a.Email == b.Email && a.Manager == b.Manager && slices.Equal(a.Extra, b.Extra)
}

func equalRole(a, b data.Role) bool {
	return a.Title == b.Title && a.Code == b.Code && a.Department == b.Department &&
		a.ReportsTo == b.ReportsTo && a.Planned == b.Planned && a.Order == b.Order
}

func equalDept(a, b data.Department) bool {
	return a.Name == b.Name && a.Code == b.Code && a.Parent == b.Parent && a.Head == b.Head
}
