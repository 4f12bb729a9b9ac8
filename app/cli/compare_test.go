package cli

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"orgdesigner/app"
	"orgdesigner/app/compare"
	"orgdesigner/app/cost"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// TestKindNamesStable: every kind of change has its own JSON name, and
// the names README.md documents do not change.
func TestKindNamesStable(t *testing.T) {
	seen := map[string]bool{}
	for k := compare.DeptAdded; k <= compare.ProjectChanged; k++ {
		n := kindNames[k]
		if n == "" || seen[n] {
			t.Errorf("kind %d has the name %q", k, n)
		}
		seen[n] = true
	}
	if kindNames[compare.RoleCardChanged] != "roleCardChanged" || kindNames[compare.DeptMoved] != "departmentMoved" {
		t.Error("a documented kind name changed")
	}
}

// handResult is a comparison made by hand: one department renamed with a
// role added and a 编制 change, a company-level project team removed.
func handResult() *compare.Result {
	a := &data.Document{Org: data.Organisation{Name: "Co", Mode: data.ModeFunctional, Stage: data.StageGrowth},
		Departments: []data.Department{{ID: "d1", Name: "数字运营部"}, {ID: "d0", Name: "品牌部"}},
		Roles:       []data.Role{{ID: "rm0", Title: "品牌经理", Department: "d0"}}}
	b := &data.Document{Org: data.Organisation{Name: "Co", Mode: data.ModeMatrix, Stage: data.StageGrowth},
		Departments: []data.Department{{ID: "d1", Name: "运营部"}},
		Roles:       []data.Role{{ID: "r1", Title: "运营专员", Department: "d1", Planned: 3}}}
	a.Reindex()
	b.Reindex()
	changes := []compare.Change{
		{Kind: compare.DeptRenamed, ID: "d1", Name: "运营部", OldName: "数字运营部", Department: "d1"},
		{Kind: compare.RoleAdded, ID: "r1", Name: "运营专员", Department: "d1"},
		{Kind: compare.PlannedChanged, ID: "r2", Name: "SEO", Department: "d1", Before: 2, After: 0},
		{Kind: compare.RoleMoved, ID: "r3", Name: "视觉设计师", Department: "d1", From: "d0", To: "d1", FromRole: "rm0", ToRole: "r1",
			Fields: []string{compare.FieldDepartment, compare.FieldReportsTo}},
		{Kind: compare.RoleMoved, ID: "r4", Name: "文案", Department: "d1", FromRole: "", ToRole: "r1", Fields: []string{compare.FieldReportsTo}},
		{Kind: compare.PersonMoved, ID: "p1", Name: "张三", Department: "d1", From: "d0", To: "d1", FromRole: "rm0", ToRole: "r1"},
		{Kind: compare.ProjectRemoved, ID: "t1", Name: "618大促项目组"},
	}
	return &compare.Result{A: a, B: b, Changes: changes,
		Groups: []compare.Group{
			{Department: "d1", Name: "运营部", Changes: changes[:6], HeadsA: app.Count{Planned: 2}, HeadsB: app.Count{Planned: 3},
				CostA: cost.Amount{PlannedMonthly: 20000}, CostB: cost.Amount{PlannedMonthly: 31000.456},
				CovA: cost.Coverage{Priced: 1}, CovB: cost.Coverage{Priced: 1, Unpriced: 1}},
			{Department: "", Name: "", Changes: changes[6:]},
		},
		HeadsA: app.Headcounts{Company: app.Count{Planned: 2, Vacancy: 2}},
		HeadsB: app.Headcounts{Company: app.Count{Planned: 3, Filled: 1, Vacancy: 2}},
		CostA:  &cost.Rollup{Company: cost.Amount{PlannedMonthly: 20000, PlannedYearly: 260000}, CompanyCoverage: cost.Coverage{Priced: 1}},
		CostB: &cost.Rollup{Company: cost.Amount{PlannedMonthly: 31000.456, PlannedYearly: 403005.928}, Unpriced: []data.ID{"r1"},
			CompanyCoverage: cost.Coverage{Priced: 1, Unpriced: 1}},
	}
}

func TestCompareJSONShape(t *testing.T) {
	b, err := json.Marshal(compareJSON("t.orgdb", cmpSide{Name: "Current organisation"}, cmpSide{ID: "s-1", Name: "Start"}, handResult()))
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	json.Unmarshal(b, &got)
	for _, key := range []string{"file", "a", "b", "totals", "groups", "changes"} {
		if _, ok := got[key]; !ok {
			t.Errorf("no %q in %s", key, b)
		}
	}
	s := string(b)
	for _, want := range []string{
		`"a":{"id":"","name":"Current organisation","mode":"functional","stage":"growth","unpriced":0}`,
		`"b":{"id":"s-1","name":"Start","mode":"matrix","stage":"growth","unpriced":1}`,
		`"b":{"planned":3,"filled":1,"vacancy":2,"plannedMonthly":31000.46,"filledMonthly":0,"plannedYearly":403005.93,"filledYearly":0}`,
		`{"kind":"departmentRenamed","id":"d1","name":"运营部","oldName":"数字运营部","department":"d1"}`,
		`{"kind":"plannedChanged","id":"r2","name":"SEO","department":"d1","before":2,"after":0}`,
		`{"kind":"projectRemoved","id":"t1","name":"618大促项目组","department":""}`,
		`{"kind":"personMoved","id":"p1","name":"张三","department":"d1","from":"d0","to":"d1","fromRole":"rm0","toRole":"r1"}`,
		`"department":"","name":"","a":{"planned":0`,
	} {
		if !strings.Contains(s, want) {
			t.Errorf("the JSON does not hold %s:\n%s", want, s)
		}
	}
	var shape struct {
		Groups []struct {
			Changes []struct{ Kind string }
		}
		Changes []any
	}
	json.Unmarshal(b, &shape)
	if len(shape.Groups) != 2 || len(shape.Groups[0].Changes) != 6 || len(shape.Changes) != 7 {
		t.Errorf("groups %+v, %d changes", shape.Groups, len(shape.Changes))
	}
}

func TestComparisonText(t *testing.T) {
	for _, tc := range []struct {
		lang string
		want []string
	}{
		{"en", []string{"Current organisation → Start", "planned 2 → 3 (+1)", "¥20,000 → ¥31,000 (+¥11,000; roles without a salary band 0 → 1)",
			"[运营部]", "~ Department renamed 数字运营部 → 运营部", "+ New role 运营专员 (planned 3)",
			"~ Role SEO: planned 2 → 0", "[Company level]", "- Project team 618大促项目组 removed", "7 changes",
			"~ Role 视觉设计师 moved from 品牌部 to 运营部; now reports to 运营专员 (was 品牌经理)",
			"~ Role 文案 now reports to 运营专员", "~ 张三 moves from 品牌部 / 品牌经理 to 运营部 / 运营专员",
			"1 role has no salary band: its cost", "stage: Growth → Growth"}},
		{"zh", []string{"编制 2 → 3（+1）", "月度人力成本", "组织模式：职能型架构 → 矩阵型架构", "部门更名 数字运营部 → 运营部", "新增岗位 运营专员（编制 3）", "[公司级]", "撤销项目组 618大促项目组"}},
	} {
		i18n.SetLanguage(tc.lang)
		var w bytes.Buffer
		writeComparison(&w, i18n.L("Current organisation"), "Start", handResult())
		for _, s := range tc.want {
			if !strings.Contains(w.String(), s) {
				t.Errorf("%s: the summary does not say %q:\n%s", tc.lang, s, w.String())
			}
		}
	}
	// No band before: the cost before is unknown, not ¥0 (the real
	// roster has no bands; the scenario adds two roles with them).
	i18n.SetLanguage("zh")
	r := handResult()
	r.CostA.CompanyCoverage, r.Groups[0].CovA = cost.Coverage{Unpriced: 2}, cost.Coverage{Unpriced: 2}
	r.CostA.Company, r.Groups[0].CostA = cost.Amount{}, cost.Amount{}
	var u bytes.Buffer
	writeComparison(&u, "当前组织", "重组", r)
	for _, s := range []string{"月度人力成本：编制 未设薪酬 → ¥31,000（1 个岗位未设薪酬）", "月成本 未设薪酬 → ¥31,000（1 个岗位未设薪酬）"} {
		if !strings.Contains(u.String(), s) {
			t.Errorf("unpriced before: the summary does not say %q:\n%s", s, u.String())
		}
	}
	if strings.Contains(u.String(), "编制 ¥0") || strings.Contains(u.String(), "月成本 ¥0 →") {
		t.Errorf("unpriced before reads ¥0:\n%s", u.String())
	}
	i18n.SetLanguage("en")
	var w bytes.Buffer
	writeComparison(&w, "A", "B", &compare.Result{A: &data.Document{}, B: &data.Document{}})
	if !strings.Contains(w.String(), "No changes.") || !strings.Contains(w.String(), "no role has a salary band") ||
		strings.Contains(w.String(), "¥") || strings.Contains(w.String(), "Mode:") {
		t.Errorf("no changes:\n%s", w.String())
	}
}

// TestComparisonTextSameNames: a roster's team names repeat under
// different parents, and a re-import that moves a team makes a second
// department of the same name; the summary gives such names with their
// parent, so a move does not read "from 汪组 to 汪组" and the two groups
// are told apart.
func TestComparisonTextSameNames(t *testing.T) {
	i18n.SetLanguage("zh")
	a := &data.Document{
		Departments: []data.Department{{ID: "d1", Name: "大连"}, {ID: "d2", Name: "上海"}, {ID: "d3", Name: "汪组", Parent: "d1"}, {ID: "d9", Name: "运营部"}},
		Roles:       []data.Role{{ID: "r1", Title: "L2", Department: "d3", Planned: 1}, {ID: "r9", Title: "专员", Department: "d9", Planned: 1}},
		People:      []data.Person{{ID: "p1", Name: "汪佳晓", Role: "r1"}, {ID: "p9", Name: "张三", Role: "r9"}},
	}
	b := &data.Document{
		Departments: append(slices.Clone(a.Departments), data.Department{ID: "d4", Name: "汪组", Parent: "d2"}),
		Roles:       append(slices.Clone(a.Roles), data.Role{ID: "r2", Title: "L2", Department: "d4", Planned: 1}),
		People:      []data.Person{{ID: "p1", Name: "汪佳晓", Role: "r2"}, {ID: "p9", Name: "张三", Role: "r9", Department: "d9"}},
	}
	var w bytes.Buffer
	writeComparison(&w, "当前组织", "方案", compare.Compare(a, b))
	for _, s := range []string{"人员 汪佳晓 从 大连/汪组/L2 调至 上海/汪组/L2", "[上海/汪组]  编制 0 → 1，在岗 0 → 1", "[大连/汪组]  编制 1 → 1，在岗 1 → 0", "新增部门 汪组"} {
		if !strings.Contains(w.String(), s) {
			t.Errorf("the summary does not say %q:\n%s", s, w.String())
		}
	}
	if strings.Contains(w.String(), "/运营部") || strings.Contains(w.String(), "[运营部]  编制 1 → 1，在岗") {
		t.Errorf("a name no other department has was qualified:\n%s", w.String())
	}
}
