package compare

import (
	"slices"
	"strings"
	"testing"

	"orgdesigner/data"
)

// TestSentence: each kind of change reads as one sentence in both
// languages, names looked up on the right side; a team name both sides
// repeat under different parents is given with its parent.
func TestSentence(t *testing.T) {
	a := &data.Document{
		Departments: []data.Department{{ID: "d1", Name: "大连"}, {ID: "d2", Name: "上海"}, {ID: "t1", Name: "汪组", Parent: "d1"}, {ID: "m", Name: "市场部"}},
		Roles: []data.Role{{ID: "r1", Title: "L2", Department: "t1", Planned: 1}, {ID: "boss", Title: "市场部经理", Department: "m", Planned: 1},
			{ID: "r2", Title: "文案", Department: "m", ReportsTo: "boss", Planned: 2}, {ID: "gone", Title: "临时助理", Department: "m", Planned: 1}},
		People: []data.Person{{ID: "p1", Name: "汪佳晓", Role: "r1"}, {ID: "p2", Name: "陈晨", Role: "gone"}},
	}
	b := &data.Document{
		Departments: append(slices.Clone(a.Departments), data.Department{ID: "t2", Name: "汪组", Parent: "d2"}),
		Roles: []data.Role{{ID: "r1", Title: "L2", Department: "t1", Planned: 1}, {ID: "r9", Title: "L2", Department: "t2", Planned: 1},
			{ID: "boss", Title: "市场总监", Department: "m", Planned: 1}, {ID: "r2", Title: "文案", Department: "d2", ReportsTo: "r9", Planned: 3},
			{ID: "new", Title: "直播运营", Department: "m", Planned: 2}},
		People: []data.Person{{ID: "p1", Name: "汪佳晓", Role: "r9"}, {ID: "p3", Name: "刘洋", Role: "new"}},
	}
	a.Reindex()
	b.Reindex()
	r := Compare(a, b)
	got := map[string][]string{}
	for _, lang := range []string{"zh", "en"} {
		for _, c := range r.Changes {
			got[lang] = append(got[lang], Sentence(lang, r, c))
		}
	}
	for lang, want := range map[string][]string{
		"zh": {"新增部门 汪组（隶属 上海）", "新增岗位 直播运营（编制 2）", "岗位更名 市场部经理 → 市场总监", "撤销岗位 临时助理（编制 1）",
			"人员 陈晨 离开（原任 市场部/临时助理）", "新增人员 刘洋（市场部/直播运营）", "岗位 文案 从 市场部 调至 上海；改为向 L2 汇报（原为 市场部经理）",
			"岗位 文案：编制 2 → 3", "人员 汪佳晓 从 大连/汪组/L2 调至 上海/汪组/L2"},
		"en": {"New department 汪组 under 上海", "New role 直播运营 (planned 2)", "Role renamed 市场部经理 → 市场总监",
			"Role 临时助理 removed (planned 1)", "陈晨 leaves (was 市场部 / 临时助理)", "Role 文案: planned 2 → 3",
			"汪佳晓 moves from 大连 / 汪组 / L2 to 上海 / 汪组 / L2"},
	} {
		all := strings.Join(got[lang], "\n")
		for _, s := range want {
			if !strings.Contains(all, s) {
				t.Errorf("%s: no sentence %q in:\n%s", lang, s, all)
			}
		}
	}
	// A hand-made change whose objects neither side has is worded from
	// its own fields.
	c := Change{Kind: RoleMoved, Name: "视觉设计师", From: "m", To: "d2", FromRole: "boss", ToRole: "r9", Fields: []string{FieldDepartment, FieldReportsTo}}
	if s := Sentence("en", r, c); s != "Role 视觉设计师 moved from 市场部 to 上海; now reports to L2 (was 市场部经理)" {
		t.Errorf("fields-only move: %q", s)
	}
	if s := Sentence("zh", &Result{}, Change{Kind: ProjectRemoved, Name: "618大促"}); s != "撤销项目组 618大促" {
		t.Errorf("no documents: %q", s)
	}
}
