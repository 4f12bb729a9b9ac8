package compare

import (
	"testing"

	"orgdesigner/app/cost"
	"orgdesigner/data"
)

// TestCostChange: a figure whose roles have no band reads 未设薪酬, never
// ¥0; one where some lack a band says how many beside it.
func TestCostChange(t *testing.T) {
	none := cost.Coverage{Unpriced: 91}
	some := cost.Coverage{Priced: 2, Unpriced: 88}
	all := cost.Coverage{Priced: 3}
	empty := cost.Coverage{}
	tests := []struct {
		name   string
		a, b   float64
		ca, cb cost.Coverage
		zh, en string
	}{
		{"nothing priced", 0, 0, none, none, "未设薪酬", "no salary band"},
		{"bands added", 0, 52000, none, some, "未设薪酬 → ¥52,000（88 个岗位未设薪酬）", "no salary band → ¥52,000 (88 roles without a salary band)"},
		{"bands removed", 52000, 0, some, none, "¥52,000 → 未设薪酬（88 个岗位未设薪酬）", "¥52,000 → no salary band (88 roles without a salary band)"},
		{"all priced", 30000, 52000, all, all, "¥30,000 → ¥52,000（+¥22,000）", "¥30,000 → ¥52,000 (+¥22,000)"},
		{"unchanged", 52000, 52000, all, all, "¥52,000", "¥52,000"},
		{"unchanged, partly priced", 52000, 52000, some, some, "¥52,000（88 个岗位未设薪酬）", "¥52,000 (88 roles without a salary band)"},
		{"partly priced both", 30000, 52000, some, some, "¥30,000 → ¥52,000（+¥22,000；88 个岗位未设薪酬）", "¥30,000 → ¥52,000 (+¥22,000; 88 roles without a salary band)"},
		{"fewer unpriced", 30000, 52000, cost.Coverage{Priced: 1, Unpriced: 3}, cost.Coverage{Priced: 2, Unpriced: 1}, "¥30,000 → ¥52,000（+¥22,000；未设薪酬岗位 3 → 1）", "¥30,000 → ¥52,000 (+¥22,000; roles without a salary band 3 → 1)"},
		{"removed department", 30000, 0, all, empty, "¥30,000 → ¥0（−¥30,000）", "¥30,000 → ¥0 (−¥30,000)"},
		{"one role", 0, 5000, empty, cost.Coverage{Priced: 1, Unpriced: 1}, "¥0 → ¥5,000（+¥5,000；未设薪酬岗位 0 → 1）", "¥0 → ¥5,000 (+¥5,000; roles without a salary band 0 → 1)"},
	}
	for _, tc := range tests {
		for lang, want := range map[string]string{"zh": tc.zh, "en": tc.en} {
			if got := CostChange(lang, tc.a, tc.b, tc.ca, tc.cb); got != want {
				t.Errorf("%s %s: CostChange = %q, want %q", tc.name, lang, got, want)
			}
		}
	}
	if got := CostFigure("zh", 52000, cost.Coverage{Priced: 1, Unpriced: 1}); got != "¥52,000（1 个岗位未设薪酬）" {
		t.Errorf("CostFigure one unpriced = %q", got)
	}
	if got := CostFigure("en", 0, none); got != "no salary band" {
		t.Errorf("CostFigure none = %q", got)
	}
}

// TestGroupCoverage: each group carries how many of its roles have a band
// on each side, rolled up with sub-departments.
func TestGroupCoverage(t *testing.T) {
	a := fixture() // 内容组 and 运营部 are priced by grade P5
	for i := range a.Roles {
		if a.Roles[i].Department == "d-ops" {
			a.Roles[i].Grade = ""
		}
	}
	a.Reindex()
	b := clone(t, a)
	b.Roles = append(b.Roles, data.Role{ID: "r-new", Title: "增长负责人", Department: "d-ops", Planned: 1, PayMin: 20000, PayMax: 30000})
	b.Reindex()
	r := Compare(a, b)
	for _, g := range r.Groups {
		if g.Department != "d-ops" {
			continue
		}
		if g.CovA != (cost.Coverage{Unpriced: 2}) || g.CovB != (cost.Coverage{Priced: 1, Unpriced: 2}) {
			t.Fatalf("运营部 coverage %+v → %+v", g.CovA, g.CovB)
		}
		if got := CostChange("zh", g.CostA.PlannedMonthly, g.CostB.PlannedMonthly, g.CovA, g.CovB); got != "未设薪酬 → ¥32,500（2 个岗位未设薪酬）" {
			t.Errorf("运营部 cost = %q", got)
		}
		return
	}
	t.Fatal("运营部 not listed")
}

// TestDeletedTeamPeople: people whose team is deleted are listed with the
// department they left, not at company level, and they move to 未安排,
// the app's word for holding no role.
func TestDeletedTeamPeople(t *testing.T) {
	a := fixture()
	b := clone(t, a)
	b.Departments = b.Departments[:2] // 运营部 deleted with its roles
	var roles []data.Role
	for _, r := range b.Roles {
		if r.Department != "d-ops" {
			roles = append(roles, r)
		}
	}
	b.Roles = roles
	for i := range b.People {
		if p := &b.People[i]; p.Role == "r-sem" || p.Department == "d-ops" {
			p.Role, p.Department = "", ""
		}
	}
	b.Reindex()
	r := Compare(a, b)
	found := false
	for _, g := range r.Groups {
		for _, c := range g.Changes {
			if c.Kind != PersonMoved {
				continue
			}
			found = true
			if g.Department != "d-ops" {
				t.Errorf("%s listed under %q, want d-ops", c.Name, g.Department)
			}
			if c.Name == "赵六" {
				if s := Sentence("zh", r, c); s != "人员 赵六 从 运营部/SEM专员 调至 未安排" {
					t.Errorf("zh = %q", s)
				}
				if s := Sentence("en", r, c); s != "赵六 moves from 运营部 / SEM专员 to Unassigned" {
					t.Errorf("en = %q", s)
				}
			}
		}
	}
	if !found {
		t.Fatal("no person moved")
	}
}

func TestMoney(t *testing.T) {
	for f, want := range map[float64]string{0: "¥0", 999.5: "¥1,000", 1234567: "¥1,234,567", -800: "−¥800", -12345.4: "−¥12,345"} {
		if got := Money(f); got != want {
			t.Errorf("Money(%v) = %q, want %q", f, got, want)
		}
	}
	if SignedMoney(1200) != "+¥1,200" || SignedMoney(-300) != "−¥300" || SignedMoney(0.2) != "±¥0" {
		t.Error("SignedMoney")
	}
}
