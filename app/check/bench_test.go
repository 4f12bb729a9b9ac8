package check

import (
	"fmt"
	"testing"

	"orgdesigner/data"
)

// bigDoc generates a large, valid organisation: 25 top departments with 9
// sub-departments each, roles spread evenly with a head per department and
// chains a few levels deep inside it, five responsibilities per role (one
// in ten from a shared pool, so overlap groups are large), two KPIs, and
// people filling roles with a few unassigned, left or over the headcount.
func bigDoc(nRoles, nPeople int) *data.Document {
	d := &data.Document{Org: data.Organisation{Name: "Big Co", Lang: "zh"}}
	for top := range 25 {
		id := data.ID(fmt.Sprintf("d%02d", top))
		d.Departments = append(d.Departments, data.Department{ID: id, Name: fmt.Sprintf("部门%d", top), Order: top * 10})
		for sub := range 9 {
			d.Departments = append(d.Departments, data.Department{
				ID: data.ID(fmt.Sprintf("d%02d-%d", top, sub)), Name: fmt.Sprintf("部门%d-%d", top, sub),
				Parent: id, Order: top*10 + sub + 1,
			})
		}
	}
	d.Roles = append(d.Roles, bigRole(0, "", "", 1))
	heads := map[data.ID]data.ID{}
	for i := 1; i < nRoles; i++ {
		dept := &d.Departments[(i-1)%len(d.Departments)]
		manager, ok := heads[dept.ID]
		switch {
		case !ok && dept.Parent == "":
			manager = "r0"
		case !ok:
			manager = heads[dept.Parent]
		case i%7 != 0:
			// Chain most roles below the department's previous role, so
			// some lines run deeper than the limit.
			manager = d.Roles[i-len(d.Departments)].ID
		}
		planned := 2
		if i%50 == 0 {
			planned = 1 // over-staffed by the even spread of people below
		}
		r := bigRole(i, dept.ID, manager, planned)
		if !ok {
			heads[dept.ID] = r.ID
			dept.Head = r.ID
		}
		d.Roles = append(d.Roles, r)
	}
	for i := range nPeople {
		p := data.Person{ID: data.ID(fmt.Sprintf("p%d", i)), Number: fmt.Sprintf("E%05d", i), Name: fmt.Sprintf("员工%d", i)}
		switch {
		case i%97 == 0:
			p.Department = d.Departments[i%len(d.Departments)].ID
		case i%89 == 0:
			p.Status = data.StatusLeft
			p.Role = d.Roles[i%nRoles].ID
		default:
			p.Role = d.Roles[i%nRoles].ID
		}
		d.People = append(d.People, p)
	}
	d.Sort()
	return d
}

func bigRole(i int, dept, manager data.ID, planned int) data.Role {
	r := data.Role{
		ID: data.ID(fmt.Sprintf("r%d", i)), Title: fmt.Sprintf("岗位%d", i), Department: dept,
		ReportsTo: manager, Planned: planned, Order: i,
		KPIs: []data.KPI{{Indicator: "指标甲", Weight: 60}, {Indicator: "指标乙", Weight: 40}},
	}
	for j := range 5 {
		text := fmt.Sprintf("岗位%d的职责%d,负责相关工作。", i, j)
		if (i+j)%10 == 0 {
			text = fmt.Sprintf("公共职责%d", (i+j)%50)
		}
		r.Responsibilities = append(r.Responsibilities, data.Responsibility{Text: text, Weight: 20})
	}
	return r
}

func TestBigDocument(t *testing.T) {
	doc := bigDoc(5000, 10000)
	mustValid(t, doc)
	fs := Run(doc, DefaultThresholds())
	kinds := map[string]int{}
	for _, f := range fs {
		kinds[f.Kind]++
	}
	for _, k := range []string{KindOverlap, KindDepth, KindSpan, KindUnassignedPerson, KindVacancy, KindOverstaffed} {
		if kinds[k] == 0 {
			t.Errorf("generated document shows no %s finding; kinds: %v", k, kinds)
		}
	}
	if e, _, _ := Summary(fs); e != 0 {
		t.Errorf("valid document gave %d errors", e)
	}
}

// BenchmarkRun measures the checks on a 5,000-role, 10,000-person document.
func BenchmarkRun(b *testing.B) {
	doc := bigDoc(5000, 10000)
	b.ReportAllocs()
	for b.Loop() {
		Run(doc, DefaultThresholds())
	}
}
