package compare

import (
	"fmt"
	"slices"
	"testing"

	"orgdesigner/data"
)

// bigDoc: 25 top departments with 9 sub-departments each, nRoles roles with
// grades and cards spread over them, and nPeople people filling them.
func bigDoc(nRoles, nPeople int) *data.Document {
	d := &data.Document{Org: data.Organisation{Name: "Big Co"}}
	for g := range 20 {
		d.Org.Grades = append(d.Org.Grades, data.GradeBand{Grade: fmt.Sprintf("P%d", g), Min: float64(5000 + 1000*g), Max: float64(8000 + 1500*g)})
	}
	for top := range 25 {
		id := data.ID(fmt.Sprintf("d%02d", top))
		d.Departments = append(d.Departments, data.Department{ID: id, Name: fmt.Sprintf("部门%d", top), Order: top * 10})
		for sub := range 9 {
			d.Departments = append(d.Departments, data.Department{
				ID: data.ID(fmt.Sprintf("d%02d-%d", top, sub)), Name: fmt.Sprintf("部门%d-%d", top, sub), Parent: id, Order: top*10 + sub + 1,
			})
		}
	}
	for i := range nRoles {
		r := data.Role{ID: data.ID(fmt.Sprintf("r%d", i)), Title: fmt.Sprintf("岗位%d", i), Planned: 2, Order: i,
			Grade: fmt.Sprintf("P%d", i%20), Purpose: fmt.Sprintf("岗位%d的目的", i),
			KPIs: []data.KPI{{Indicator: "指标甲", Weight: 60}, {Indicator: "指标乙", Weight: 40}}}
		if i > 0 {
			r.Department = d.Departments[(i-1)%len(d.Departments)].ID
			r.ReportsTo = "r0"
		}
		for j := range 5 {
			r.Responsibilities = append(r.Responsibilities, data.Responsibility{Text: fmt.Sprintf("岗位%d的职责%d", i, j), Examples: []string{"例"}})
		}
		d.Roles = append(d.Roles, r)
	}
	for i := range nPeople {
		p := data.Person{ID: data.ID(fmt.Sprintf("p%d", i)), Number: fmt.Sprintf("E%05d", i), Name: fmt.Sprintf("员工%d", i), Role: d.Roles[i%nRoles].ID}
		if i%97 == 0 {
			p.Role, p.Department = "", d.Departments[i%len(d.Departments)].ID
		}
		d.People = append(d.People, p)
	}
	d.Sort()
	return d
}

// scenario copies a and makes about 600 changes of every kind.
func scenario(t testing.TB, a *data.Document) *data.Document {
	b := clone(t, a)
	for i := 0; i < 10; i++ {
		b.Departments[i*20+1].Name += "(新)"
	}
	b.Departments[5].Parent = "d03"
	for i := 1; i < len(b.Roles); i += 50 {
		r := &b.Roles[i]
		switch (i / 50) % 5 {
		case 0:
			r.Department = b.Departments[(i+7)%len(b.Departments)].ID
		case 1:
			r.Title += "(改)"
		case 2:
			r.Planned++
		case 3:
			r.Responsibilities = r.Responsibilities[1:]
		case 4:
			r.ReportsTo = ""
		}
	}
	for i := 1; i < len(b.People); i += 40 {
		b.People[i].Role = b.Roles[(i+3)%len(b.Roles)].ID
	}
	for i := range 100 {
		b.Roles = append(b.Roles, data.Role{ID: data.ID(fmt.Sprintf("new%d", i)), Title: "新岗位", Department: b.Departments[i].ID, Planned: 1, Order: 100000 + i})
	}
	gone := map[data.ID]bool{}
	for i := 3; i < len(b.Roles)-100; i += 97 {
		gone[b.Roles[i].ID] = true
	}
	b.Roles = slices.DeleteFunc(b.Roles, func(r data.Role) bool { return gone[r.ID] })
	b.People = slices.DeleteFunc(b.People, func(p data.Person) bool { return gone[p.Role] })
	b.Sort()
	return b
}

func TestBigScenario(t *testing.T) {
	a := bigDoc(2000, 4000)
	r := Compare(a, scenario(t, a))
	if len(r.Changes) < 200 || len(r.Changes) > 2000 {
		t.Errorf("%d changes", len(r.Changes))
	}
	n := 0
	for _, g := range r.Groups {
		n += len(g.Changes)
	}
	if n != len(r.Changes) {
		t.Errorf("groups hold %d of %d changes", n, len(r.Changes))
	}
}

// BenchmarkCompare: target ≤ 100 ms for 5,000 roles / 10,000 people with a
// few hundred changes (roll-ups of both sides included).
func BenchmarkCompare(b *testing.B) {
	a := bigDoc(5000, 10000)
	s := scenario(b, a)
	b.ReportAllocs()
	var n int
	for b.Loop() {
		n = len(Compare(a, s).Changes)
	}
	b.ReportMetric(float64(n), "changes")
}
