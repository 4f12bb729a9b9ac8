package scenarios

import (
	"testing"

	"orgdesigner/app/compare"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

func TestLine(t *testing.T) {
	i18n.SetLanguage(i18n.Chinese)
	a := &data.Document{Org: data.Organisation{Name: "某公司"},
		Departments: []data.Department{{ID: "d1", Name: "市场部"}},
		Roles:       []data.Role{{ID: "r1", Title: "文案", Department: "d1"}, {ID: "r2", Title: "运营专员", Department: "d1"}},
		People:      []data.Person{{ID: "p1", Name: "张三", Role: "r1"}, {ID: "p2", Name: "李四", Role: "r2"}},
	}
	b := &data.Document{Org: data.Organisation{Name: "某公司"},
		Departments: []data.Department{{ID: "d1", Name: "市场部"}, {ID: "d2", Name: "增长部"}},
		Roles:       []data.Role{{ID: "r1", Title: "文案", Department: "d1"}, {ID: "r2", Title: "运营专员", Department: "d2"}},
		People:      []data.Person{{ID: "p1", Name: "张三", Role: "r2"}, {ID: "p3", Name: "王五"}},
	}
	a.Reindex()
	b.Reindex()
	r := &compare.Result{A: a, B: b}
	// The words of the change report and the command line (compare.Sentence).
	for _, tc := range []struct {
		c    compare.Change
		want string
	}{
		{compare.Change{Kind: compare.DeptAdded, ID: "d2", Name: "增长部"}, "新增部门 增长部"},
		{compare.Change{Kind: compare.DeptRemoved, Name: "客服部"}, "撤销部门 客服部"},
		{compare.Change{Kind: compare.DeptMoved, Name: "增长部", To: "d1"}, "部门 增长部 从 公司直属 调至 市场部 下"},
		{compare.Change{Kind: compare.DeptMoved, Name: "增长部", From: "d1"}, "部门 增长部 从 市场部 调至 公司直属 下"},
		{compare.Change{Kind: compare.DeptRenamed, OldName: "市场部", Name: "品牌部"}, "部门更名 市场部 → 品牌部"},
		{compare.Change{Kind: compare.RoleAdded, Name: "主播"}, "新增岗位 主播（编制 0）"},
		{compare.Change{Kind: compare.RoleRemoved, Name: "活动运营"}, "撤销岗位 活动运营（编制 0）"},
		{compare.Change{Kind: compare.RoleMoved, ID: "r2", Name: "运营专员", From: "d1", To: "d2"}, "岗位 运营专员 从 市场部 调至 增长部"},
		{compare.Change{Kind: compare.RoleMoved, Name: "运营专员", From: "d1", To: "r1"}, "岗位 运营专员 从 市场部 调至 文案"},
		{compare.Change{Kind: compare.RoleRenamed, OldName: "文案", Name: "内容策划"}, "岗位更名 文案 → 内容策划"},
		{compare.Change{Kind: compare.RoleCardChanged, Name: "文案", Fields: []string{data.FieldKPIs, compare.FieldPay}}, "岗位 文案 的说明书调整：考核指标、月薪带宽"},
		{compare.Change{Kind: compare.RoleCardChanged, Name: "文案"}, "岗位 文案 的说明书有调整"},
		{compare.Change{Kind: compare.PlannedChanged, Name: "文案", Before: 3, After: 5}, "岗位 文案：编制 3 → 5"},
		{compare.Change{Kind: compare.PersonAdded, ID: "p3", Name: "王五"}, "新增人员 王五（未安排）"},
		{compare.Change{Kind: compare.PersonRemoved, ID: "p2", Name: "李四"}, "人员 李四 离开（原任 市场部/运营专员）"},
		{compare.Change{Kind: compare.PersonMoved, ID: "p1", Name: "张三"}, "人员 张三 从 市场部/文案 调至 增长部/运营专员"},
		{compare.Change{Kind: compare.ProjectAdded, Name: "618大促"}, "新增项目组 618大促"},
		{compare.Change{Kind: compare.ProjectRemoved, Name: "618大促"}, "撤销项目组 618大促"},
		{compare.Change{Kind: compare.ProjectChanged, Name: "618大促"}, "项目组 618大促 有调整"},
	} {
		if got := Line(r, tc.c); got != tc.want {
			t.Errorf("kind %d: %q, want %q", tc.c.Kind, got, tc.want)
		}
	}
}

func TestMoney(t *testing.T) {
	for v, want := range map[float64]string{0: "¥0", 999: "¥999", 1000: "¥1,000", 1234567.4: "¥1,234,567", -2500: "-¥2,500"} {
		if got := Money(v); got != want {
			t.Errorf("Money(%v) = %q, want %q", v, got, want)
		}
	}
}
