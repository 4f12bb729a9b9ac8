package cost

import (
	"fmt"
	"math"
	"slices"
	"testing"

	"orgdesigner/app"
	"orgdesigner/data"
)

func pct(v float64) *float64 { return &v }

func TestBand(t *testing.T) {
	doc := &data.Document{Org: data.Organisation{Grades: []data.GradeBand{
		{Grade: "P5", Min: 8000, Max: 12000},
		{Grade: " m2 ", Min: 20000, Max: 30000},
		{Grade: "P5", Min: 1, Max: 2}, // a duplicate row: the first wins
		{Grade: "empty"},
		{Grade: "P6", Min: 15000}, // only a minimum
	}}}
	tests := []struct {
		name   string
		role   data.Role
		lo, hi float64
		ok     bool
	}{
		{"own band", data.Role{PayMin: 5000, PayMax: 7000}, 5000, 7000, true},
		{"own band beats grade", data.Role{PayMin: 5000, PayMax: 7000, Grade: "P5"}, 5000, 7000, true},
		{"own band swapped", data.Role{PayMin: 9000, PayMax: 6000}, 6000, 9000, true},
		{"only own minimum", data.Role{PayMin: 6000}, 6000, 6000, true},
		{"only own maximum", data.Role{PayMax: 6500}, 6500, 6500, true},
		{"grade", data.Role{Grade: "P5"}, 8000, 12000, true},
		{"grade case and spaces", data.Role{Grade: " p5\t"}, 8000, 12000, true},
		{"grade table row trimmed", data.Role{Grade: "M2"}, 20000, 30000, true},
		{"grade with only a minimum", data.Role{Grade: "P6"}, 15000, 15000, true},
		{"grade row without figures", data.Role{Grade: "empty"}, 0, 0, false},
		{"unknown grade", data.Role{Grade: "P9"}, 0, 0, false},
		{"nothing", data.Role{}, 0, 0, false},
		{"blank grade does not match", data.Role{Grade: "  "}, 0, 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			lo, hi, ok := Band(doc, &tc.role)
			if lo != tc.lo || hi != tc.hi || ok != tc.ok {
				t.Errorf("Band = %v, %v, %v; want %v, %v, %v", lo, hi, ok, tc.lo, tc.hi, tc.ok)
			}
			// Compute must price the role exactly as Band does.
			d := *doc
			r := tc.role
			r.ID, r.Planned = "r", 1
			d.Roles = []data.Role{r}
			d.Reindex()
			got := Compute(&d)
			want := (tc.lo + tc.hi) / 2 * 1.3
			if math.Abs(got.Role["r"].PlannedMonthly-want) > 1e-9 {
				t.Errorf("Compute planned monthly = %v, want %v", got.Role["r"].PlannedMonthly, want)
			}
			if unpriced := slices.Contains(got.Unpriced, "r"); unpriced == tc.ok {
				t.Errorf("Unpriced = %v with band ok = %v", got.Unpriced, tc.ok)
			}
		})
	}
	if _, _, ok := Band(doc, nil); ok {
		t.Error("Band(nil role) has a band")
	}
}

// fixture: a company-level GM, 市场部 with a sub-department 内容组, and
// 运营部; people active, on probation, left, unassigned and over the plan.
func fixture() *data.Document {
	d := &data.Document{
		Org: data.Organisation{Name: "测试公司", Grades: []data.GradeBand{{Grade: "P5", Min: 8000, Max: 12000}}},
		Departments: []data.Department{
			{ID: "d-mkt", Name: "市场部", Order: 1},
			{ID: "d-cnt", Name: "内容组", Parent: "d-mkt", Order: 2},
			{ID: "d-ops", Name: "运营部", Order: 3},
		},
		Roles: []data.Role{
			{ID: "r-gm", Title: "总经理", Planned: 1, PayMin: 40000, PayMax: 60000, Order: 0},
			{ID: "r-mkt", Title: "市场经理", Department: "d-mkt", Planned: 1, PayMin: 20000, PayMax: 30000, Order: 1},
			{ID: "r-cnt", Title: "内容编辑", Department: "d-cnt", Planned: 3, Grade: "p5", Order: 2},
			{ID: "r-ops", Title: "运营专员", Department: "d-ops", Planned: 2, Order: 3}, // no band
			{ID: "r-tmp", Title: "实习生", Department: "d-ops", Order: 4},              // no band, no plan, no one
		},
		People: []data.Person{
			{ID: "p1", Name: "甲", Role: "r-gm", Status: data.StatusActive},
			{ID: "p2", Name: "乙", Role: "r-mkt", Status: data.StatusLeft},
			{ID: "p3", Name: "丙", Role: "r-cnt", Status: data.StatusProbation},
			{ID: "p4", Name: "丁", Role: "r-cnt"},
			{ID: "p5", Name: "戊", Department: "d-ops"},
			{ID: "p6", Name: "己", Role: "r-ops"},
		},
	}
	d.Reindex()
	return d
}

func TestCompute(t *testing.T) {
	// Monthly midpoints: GM 50,000; 市场经理 25,000; 内容编辑 10,000.
	tests := []struct {
		name    string
		onCost  *float64
		months  float64
		factor  float64 // 1 + on-cost
		perYear float64
	}{
		{"defaults: 30 % and 13 months", nil, 0, 1.3, 13},
		{"explicit 0 % on-cost", pct(0), 0, 1, 13},
		{"edited on-cost and 12 months", pct(35.5), 12, 1.355, 12},
		{"negative months fall back to 13", pct(30), -1, 1.3, 13},
		{"14 months", nil, 14, 1.3, 14},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := fixture()
			doc.Org.OnCostPercent = tc.onCost
			doc.Org.MonthsPerYear = tc.months
			r := Compute(doc)
			if math.Abs(r.OnCost-(tc.factor-1)) > 1e-12 {
				t.Errorf("OnCost = %v, want %v", r.OnCost, tc.factor-1)
			}
			if r.Months != tc.perYear {
				t.Errorf("Months = %v, want %v", r.Months, tc.perYear)
			}
			f := tc.factor
			want := map[data.ID][2]float64{ // planned, filled (monthly, before on-cost)
				"r-gm":  {50000, 50000},
				"r-mkt": {25000, 0}, // the holder has left
				"r-cnt": {30000, 20000},
				"r-ops": {0, 0},
				"r-tmp": {0, 0},
			}
			for id, w := range want {
				checkAmount(t, "role "+string(id), r.Role[id], w[0]*f, w[1]*f, tc.perYear)
			}
			checkAmount(t, "内容组", r.Department["d-cnt"], 30000*f, 20000*f, tc.perYear)
			checkAmount(t, "市场部 with 内容组", r.Department["d-mkt"], 55000*f, 20000*f, tc.perYear)
			checkAmount(t, "运营部", r.Department["d-ops"], 0, 0, tc.perYear)
			checkAmount(t, "company", r.Company, 105000*f, 70000*f, tc.perYear)
			if !slices.Equal(r.Unpriced, []data.ID{"r-ops"}) {
				t.Errorf("Unpriced = %v, want [r-ops]", r.Unpriced)
			}
		})
	}
}

// TestCoverage: each figure knows how many of its roles have a band, so a
// department whose roles have none reads as unknown, not ¥0.
func TestCoverage(t *testing.T) {
	r := Compute(fixture())
	want := map[data.ID]Coverage{"d-cnt": {Priced: 1}, "d-mkt": {Priced: 2}, "d-ops": {Unpriced: 1}}
	for id, w := range want {
		if got := r.Coverage[id]; got != w {
			t.Errorf("Coverage[%s] = %+v, want %+v", id, got, w)
		}
	}
	if got := r.CompanyCoverage; got != (Coverage{Priced: 3, Unpriced: 1}) {
		t.Errorf("CompanyCoverage = %+v", got)
	}
	for _, tc := range []struct {
		c                Coverage
		unknown, partial bool
	}{{Coverage{}, false, false}, {Coverage{Priced: 2}, false, false}, {Coverage{Unpriced: 1}, true, false}, {Coverage{1, 1}, false, true}} {
		if tc.c.Unknown() != tc.unknown || tc.c.Partial() != tc.partial {
			t.Errorf("%+v: Unknown %v Partial %v", tc.c, tc.c.Unknown(), tc.c.Partial())
		}
	}
}

func checkAmount(t *testing.T, what string, got Amount, planned, filled, months float64) {
	t.Helper()
	want := Amount{PlannedMonthly: planned, FilledMonthly: filled, PlannedYearly: planned * months, FilledYearly: filled * months}
	near := func(a, b float64) bool { return math.Abs(a-b) <= 1e-6*max(1, math.Abs(b)) }
	if !near(got.PlannedMonthly, want.PlannedMonthly) || !near(got.FilledMonthly, want.FilledMonthly) ||
		!near(got.PlannedYearly, want.PlannedYearly) || !near(got.FilledYearly, want.FilledYearly) {
		t.Errorf("%s = %+v, want %+v", what, got, want)
	}
}

func TestComputeEdgeCases(t *testing.T) {
	t.Run("empty document", func(t *testing.T) {
		r := Compute(&data.Document{})
		if !r.Company.IsZero() || len(r.Unpriced) != 0 || r.Months != 13 || r.OnCost != 0.3 {
			t.Errorf("Compute(empty) = %+v", r)
		}
	})
	t.Run("cyclic departments end", func(t *testing.T) {
		doc := &data.Document{
			Departments: []data.Department{{ID: "a", Parent: "b"}, {ID: "b", Parent: "a"}},
			Roles:       []data.Role{{ID: "r", Department: "a", Planned: 1, PayMin: 100, PayMax: 100}},
		}
		r := Compute(doc)
		if r.Company.PlannedMonthly != 130 || r.Department["a"].PlannedMonthly == 0 {
			t.Errorf("Compute(cycle) = %+v", r)
		}
	})
	t.Run("role of a missing department", func(t *testing.T) {
		doc := &data.Document{Roles: []data.Role{{ID: "r", Department: "gone", Planned: 2, PayMin: 100, PayMax: 100}}}
		if got := Compute(doc).Department["gone"].PlannedMonthly; got != 260 {
			t.Errorf("missing department = %v, want 260", got)
		}
	})
	t.Run("holder of a missing role", func(t *testing.T) {
		doc := fixture()
		doc.People = append(doc.People, data.Person{ID: "px", Name: "x", Role: "r-gone"})
		doc.Reindex()
		if got := Compute(doc).Company.FilledMonthly; math.Abs(got-70000*1.3) > 1e-6 {
			t.Errorf("company filled = %v", got)
		}
	})
	t.Run("Sub", func(t *testing.T) {
		a := Amount{1, 2, 3, 4}
		if d := a.Sub(Amount{1, 1, 1, 1}); d != (Amount{0, 1, 2, 3}) {
			t.Errorf("Sub = %+v", d)
		}
		if s := a.Add(Amount{1, 1, 1, 1}); s != (Amount{2, 3, 4, 5}) || a != (Amount{1, 2, 3, 4}) {
			t.Errorf("Add = %+v (a %+v)", s, a)
		}
	})
}

// TestComputeMatchesCountHeads: the filled heads behind the cost are
// app.CountHeads' 在岗, for a large generated document.
func TestComputeMatchesCountHeads(t *testing.T) {
	doc := bigDoc(500, 1000)
	r := Compute(doc)
	h := app.CountHeads(doc)
	for id, c := range h.Role {
		role := doc.Role(id)
		mid, ok := Midpoint(doc, role)
		if !ok {
			continue
		}
		want := float64(c.Filled) * mid * 1.3
		if math.Abs(r.Role[id].FilledMonthly-want) > 1e-6 {
			t.Fatalf("role %s filled = %v, want %v (%d heads)", id, r.Role[id].FilledMonthly, want, c.Filled)
		}
	}
	var sum float64
	for _, d := range doc.Departments {
		if d.Parent == "" {
			sum += r.Department[d.ID].PlannedMonthly
		}
	}
	sum += r.Role["r0"].PlannedMonthly
	if math.Abs(sum-r.Company.PlannedMonthly) > 1e-3 {
		t.Errorf("top departments + GM = %v, company = %v", sum, r.Company.PlannedMonthly)
	}
}

// bigDoc: 25 top departments with 9 sub-departments each, nRoles roles
// spread over them (a third priced by grade, a third by their own band, the
// rest unpriced) and nPeople people filling them, some left or unassigned.
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
		r := data.Role{ID: data.ID(fmt.Sprintf("r%d", i)), Title: fmt.Sprintf("岗位%d", i), Planned: 2, Order: i}
		if i > 0 {
			r.Department = d.Departments[(i-1)%len(d.Departments)].ID
		}
		switch i % 3 {
		case 0:
			r.Grade = fmt.Sprintf("p%d", i%20)
		case 1:
			r.PayMin, r.PayMax = float64(6000+i), float64(9000+i)
		}
		d.Roles = append(d.Roles, r)
	}
	for i := range nPeople {
		p := data.Person{ID: data.ID(fmt.Sprintf("p%d", i)), Number: fmt.Sprintf("E%05d", i), Name: fmt.Sprintf("员工%d", i), Role: d.Roles[i%nRoles].ID}
		switch {
		case i%97 == 0:
			p.Role, p.Department = "", d.Departments[i%len(d.Departments)].ID
		case i%89 == 0:
			p.Status = data.StatusLeft
		}
		d.People = append(d.People, p)
	}
	d.Sort()
	return d
}

// BenchmarkCompute: target ≤ 10 ms for 5,000 roles / 10,000 people.
func BenchmarkCompute(b *testing.B) {
	doc := bigDoc(5000, 10000)
	b.ReportAllocs()
	for b.Loop() {
		Compute(doc)
	}
}
