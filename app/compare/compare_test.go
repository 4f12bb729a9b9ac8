package compare

import (
	"encoding/json"
	"fmt"
	"slices"
	"testing"

	"orgdesigner/data"
)

// fixture: 总经理 at company level; 市场部 (with 内容组 below it) and 运营部;
// people on the roles, one unassigned and one who has left; a project team.
func fixture() *data.Document {
	d := &data.Document{
		Org: data.Organisation{Name: "测试公司", Grades: []data.GradeBand{{Grade: "P5", Min: 8000, Max: 12000}}},
		Departments: []data.Department{
			{ID: "d-mkt", Name: "市场部", Head: "r-mkt", Order: 1},
			{ID: "d-cnt", Name: "内容组", Parent: "d-mkt", Order: 2},
			{ID: "d-ops", Name: "运营部", Head: "r-ops", Order: 3},
		},
		Roles: []data.Role{
			{ID: "r-gm", Title: "总经理", Planned: 1, PayMin: 40000, PayMax: 60000, Order: 0},
			{ID: "r-mkt", Title: "市场经理", Department: "d-mkt", ReportsTo: "r-gm", Planned: 1, PayMin: 20000, PayMax: 30000, Order: 1,
				Responsibilities: []data.Responsibility{{Text: "制定营销战略", Examples: []string{"年度计划"}}}},
			{ID: "r-cnt", Title: "内容编辑", Department: "d-cnt", ReportsTo: "r-mkt", Planned: 3, Grade: "P5", Order: 2},
			{ID: "r-ops", Title: "运营经理", Department: "d-ops", ReportsTo: "r-gm", Planned: 1, Grade: "P5", Order: 3},
			{ID: "r-sem", Title: "SEM专员", Department: "d-ops", ReportsTo: "r-ops", Planned: 2, Grade: "P5", Order: 4},
		},
		People: []data.Person{
			{ID: "p1", Number: "001", Name: "张三", Role: "r-gm"},
			{ID: "p2", Number: "002", Name: "李四", Role: "r-mkt"},
			{ID: "p3", Number: "003", Name: "王五", Role: "r-cnt"},
			{ID: "p4", Number: "004", Name: "赵六", Role: "r-sem"},
			{ID: "p5", Number: "005", Name: "钱七", Department: "d-ops"},
			{ID: "p6", Number: "006", Name: "孙八", Role: "r-cnt", Status: data.StatusLeft},
		},
		Projects: []data.ProjectTeam{{ID: "t-618", Name: "618大促项目组", OwnerRole: "r-mkt",
			Members: []data.Member{{Role: "r-sem", ProjectRole: "搜索投放"}}}},
	}
	d.Reindex()
	return d
}

// clone deep-copies a document, so a test edits B without touching A.
func clone(t testing.TB, d *data.Document) *data.Document {
	t.Helper()
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	var out data.Document
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	out.Reindex()
	return &out
}

func TestNoOp(t *testing.T) {
	a := fixture()
	r := Compare(a, clone(t, a))
	if len(r.Changes) != 0 || len(r.Groups) != 0 {
		t.Fatalf("no-op compare: changes %+v, groups %+v", r.Changes, r.Groups)
	}
	if d, x := r.Removed(); len(d)+len(x) != 0 {
		t.Errorf("no-op Removed = %v, %v", d, x)
	}
	for _, id := range []data.ID{"d-mkt", "r-gm", "r-cnt", "p1"} {
		if m := r.Mark(id); m != MarkNone {
			t.Errorf("no-op Mark(%s) = %v", id, m)
		}
	}
	// Reordering siblings or people is layout, not a change.
	b := clone(t, a)
	b.Roles[3].Order, b.Departments[2].Order = 99, 99
	b.Sort()
	if r := Compare(a, b); len(r.Changes) != 0 {
		t.Errorf("reorder: %+v", r.Changes)
	}
}

// one is the only change of a kind the test expects, compared on the
// fields that matter.
func one(t *testing.T, r *Result, kind Kind) Change {
	t.Helper()
	var found []Change
	for _, c := range r.Changes {
		if c.Kind == kind {
			found = append(found, c)
		}
	}
	if len(found) != 1 {
		t.Fatalf("kind %d: %d changes %+v (all: %+v)", kind, len(found), found, r.Changes)
	}
	return found[0]
}

func kinds(r *Result) []Kind {
	var k []Kind
	for _, c := range r.Changes {
		k = append(k, c.Kind)
	}
	return k
}

func TestEveryKind(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(b *data.Document)
		kinds []Kind // every change, in listing order
		want  Change // the change of the first kind (zero fields unchecked are compared too)
		mark  data.ID
		wantM Mark
	}{
		{"department added", func(b *data.Document) {
			b.Departments = append(b.Departments, data.Department{ID: "d-new", Name: "数据部", Parent: "d-ops", Order: 4})
		}, []Kind{DeptAdded}, Change{Kind: DeptAdded, ID: "d-new", Name: "数据部", Department: "d-new", To: "d-ops"}, "d-new", MarkAdded},
		{"department moved", func(b *data.Document) { b.Departments[1].Parent = "d-ops" },
			[]Kind{DeptMoved}, Change{Kind: DeptMoved, ID: "d-cnt", Name: "内容组", Department: "d-cnt", From: "d-mkt", To: "d-ops"}, "d-cnt", MarkMoved},
		{"department renamed", func(b *data.Document) { b.Departments[2].Name = "运营中心" },
			[]Kind{DeptRenamed}, Change{Kind: DeptRenamed, ID: "d-ops", Name: "运营中心", OldName: "运营部", Department: "d-ops"}, "d-ops", MarkChanged},
		{"department changed", func(b *data.Document) {
			b.Departments[0].Positioning, b.Departments[0].Color, b.Departments[0].Head = "品牌", "#ff0000", ""
		}, []Kind{DeptChanged}, Change{Kind: DeptChanged, ID: "d-mkt", Name: "市场部", Department: "d-mkt",
			Fields: []string{FieldPositioning, data.FieldHead, data.FieldColor}}, "d-mkt", MarkChanged},
		{"role added", func(b *data.Document) {
			b.Roles = append(b.Roles, data.Role{ID: "r-seo", Title: "SEO专员", Department: "d-ops", ReportsTo: "r-ops", Planned: 2, Order: 5})
		}, []Kind{RoleAdded}, Change{Kind: RoleAdded, ID: "r-seo", Name: "SEO专员", Department: "d-ops", To: "d-ops", ToRole: "r-ops", After: 2}, "r-seo", MarkAdded},
		{"role moved to another department", func(b *data.Document) { b.Roles[4].Department = "d-mkt" },
			[]Kind{RoleMoved}, Change{Kind: RoleMoved, ID: "r-sem", Name: "SEM专员", Department: "d-mkt", From: "d-ops", To: "d-mkt",
				FromRole: "r-ops", ToRole: "r-ops", Fields: []string{FieldDepartment}}, "r-sem", MarkMoved},
		{"role moved to another manager", func(b *data.Document) { b.Roles[4].ReportsTo = "r-gm" },
			[]Kind{RoleMoved}, Change{Kind: RoleMoved, ID: "r-sem", Name: "SEM专员", Department: "d-ops", From: "r-ops", To: "r-gm",
				FromRole: "r-ops", ToRole: "r-gm", Fields: []string{FieldReportsTo}}, "r-sem", MarkMoved},
		{"role renamed", func(b *data.Document) { b.Roles[4].Title = "搜索投放专员" },
			[]Kind{RoleRenamed}, Change{Kind: RoleRenamed, ID: "r-sem", Name: "搜索投放专员", OldName: "SEM专员", Department: "d-ops"}, "r-sem", MarkChanged},
		{"role card changed", func(b *data.Document) {
			r := &b.Roles[1]
			r.Responsibilities = []data.Responsibility{{Text: "制定营销战略", Examples: []string{"季度计划"}}}
			r.Grade, r.PayMax, r.Qualifications.Education, r.ExternalContacts, r.Notes = "M1", 32000, "本科", "媒体", "x"
			r.Dotted = []data.DottedLine{{Manager: "r-ops"}}
		}, []Kind{RoleCardChanged}, Change{Kind: RoleCardChanged, ID: "r-mkt", Name: "市场经理", Department: "d-mkt",
			Fields: []string{FieldGrade, FieldPay, FieldDotted, data.FieldResponsibilities, data.FieldQualifications, data.FieldContacts, FieldNotes}}, "r-mkt", MarkChanged},
		{"编制 changed", func(b *data.Document) { b.Roles[2].Planned = 5 },
			[]Kind{PlannedChanged}, Change{Kind: PlannedChanged, ID: "r-cnt", Name: "内容编辑", Department: "d-cnt", Before: 3, After: 5}, "r-cnt", MarkChanged},
		{"person added", func(b *data.Document) {
			b.People = append(b.People, data.Person{ID: "p9", Number: "009", Name: "周九", Role: "r-sem"})
		}, []Kind{PersonAdded}, Change{Kind: PersonAdded, ID: "p9", Name: "周九", Department: "d-ops", To: "d-ops", ToRole: "r-sem"}, "", MarkNone},
		{"person removed", func(b *data.Document) { b.People = slices.Delete(b.People, 3, 4) },
			[]Kind{PersonRemoved}, Change{Kind: PersonRemoved, ID: "p4", Name: "赵六", Department: "d-ops", From: "d-ops", FromRole: "r-sem"}, "", MarkNone},
		{"person left", func(b *data.Document) { b.People[3].Status = data.StatusLeft },
			[]Kind{PersonRemoved}, Change{Kind: PersonRemoved, ID: "p4", Name: "赵六", Department: "d-ops", From: "d-ops", FromRole: "r-sem"}, "", MarkNone},
		{"person returns", func(b *data.Document) { b.People[5].Status = data.StatusActive },
			[]Kind{PersonAdded}, Change{Kind: PersonAdded, ID: "p6", Name: "孙八", Department: "d-cnt", To: "d-cnt", ToRole: "r-cnt"}, "", MarkNone},
		{"person moved to another role", func(b *data.Document) { b.People[3].Role = "r-cnt" },
			[]Kind{PersonMoved}, Change{Kind: PersonMoved, ID: "p4", Name: "赵六", Department: "d-cnt", From: "d-ops", To: "d-cnt",
				FromRole: "r-sem", ToRole: "r-cnt", Fields: []string{FieldDepartment, FieldRole}}, "", MarkNone},
		{"person moved within a department", func(b *data.Document) { b.People[3].Role = "r-ops" },
			[]Kind{PersonMoved}, Change{Kind: PersonMoved, ID: "p4", Name: "赵六", Department: "d-ops", From: "d-ops", To: "d-ops",
				FromRole: "r-sem", ToRole: "r-ops", Fields: []string{FieldRole}}, "", MarkNone},
		{"unassigned person moved", func(b *data.Document) { b.People[4].Department = "d-mkt" },
			[]Kind{PersonMoved}, Change{Kind: PersonMoved, ID: "p5", Name: "钱七", Department: "d-mkt", From: "d-ops", To: "d-mkt",
				Fields: []string{FieldDepartment}}, "", MarkNone},
		{"project added", func(b *data.Document) {
			b.Projects = append(b.Projects, data.ProjectTeam{ID: "t-11", Name: "双11项目组", Order: 2})
		}, []Kind{ProjectAdded}, Change{Kind: ProjectAdded, ID: "t-11", Name: "双11项目组"}, "", MarkNone},
		{"project removed", func(b *data.Document) { b.Projects = nil },
			[]Kind{ProjectRemoved}, Change{Kind: ProjectRemoved, ID: "t-618", Name: "618大促项目组"}, "", MarkNone},
		{"project changed", func(b *data.Document) {
			p := &b.Projects[0]
			p.Name, p.OwnerRole, p.End = "618项目组", "r-ops", "2027-06-30"
			p.Members = append(p.Members, data.Member{Person: "p3"})
		}, []Kind{ProjectChanged}, Change{Kind: ProjectChanged, ID: "t-618", Name: "618项目组", OldName: "618大促项目组",
			Fields: []string{FieldName, FieldOwner, FieldDates, FieldMembers}}, "", MarkNone},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := fixture()
			b := clone(t, a)
			tc.edit(b)
			b.Sort()
			r := Compare(a, b)
			if got := kinds(r); !slices.Equal(got, tc.kinds) {
				t.Fatalf("kinds = %v, want %v (%+v)", got, tc.kinds, r.Changes)
			}
			if got := r.Changes[0]; fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("change =\n %+v\nwant\n %+v", got, tc.want)
			}
			if tc.mark != "" {
				if m := r.Mark(tc.mark); m != tc.wantM {
					t.Errorf("Mark(%s) = %v, want %v", tc.mark, m, tc.wantM)
				}
			}
			// Every change is listed exactly once across the groups.
			n := 0
			for _, g := range r.Groups {
				n += len(g.Changes)
			}
			if n != len(r.Changes) {
				t.Errorf("groups hold %d changes, result %d", n, len(r.Changes))
			}
		})
	}
}

// TestMoveVersusDeleteAdd: the same id in another department is a move; a
// new id is an addition and the old id a removal. A renamed role stays
// matched by its id.
func TestMoveVersusDeleteAdd(t *testing.T) {
	a := fixture()
	b := clone(t, a)
	b.Roles[4].Department, b.Roles[4].Title = "d-mkt", "搜索营销专员" // move + rename: same id
	b.Roles[2].ID = "r-cnt2"                                    // a new id for 内容编辑
	b.People[2].Role = "r-cnt2"
	b.Sort()
	r := Compare(a, b)
	move := one(t, r, RoleMoved)
	if move.ID != "r-sem" || move.From != "d-ops" || move.To != "d-mkt" {
		t.Errorf("move = %+v", move)
	}
	if c := one(t, r, RoleRenamed); c.ID != "r-sem" || c.OldName != "SEM专员" || c.Name != "搜索营销专员" {
		t.Errorf("rename = %+v", c)
	}
	if c := one(t, r, RoleAdded); c.ID != "r-cnt2" || c.Name != "内容编辑" {
		t.Errorf("add = %+v", c)
	}
	if c := one(t, r, RoleRemoved); c.ID != "r-cnt" || c.Department != "d-cnt" || c.Before != 3 {
		t.Errorf("remove = %+v", c)
	}
	if c := one(t, r, PersonMoved); c.ID != "p3" || c.FromRole != "r-cnt" || c.ToRole != "r-cnt2" {
		t.Errorf("person = %+v", c)
	}
	// Moved beats renamed on the overlay; added and removed are their own.
	for id, want := range map[data.ID]Mark{"r-sem": MarkMoved, "r-cnt2": MarkAdded, "r-cnt": MarkRemoved, "r-gm": MarkNone} {
		if m := r.Mark(id); m != want {
			t.Errorf("Mark(%s) = %v, want %v", id, m, want)
		}
	}
	_, roles := r.Removed()
	if len(roles) != 1 || roles[0].ID != "r-cnt" {
		t.Errorf("Removed roles = %+v", roles)
	}
}

func TestMarkPrecedence(t *testing.T) {
	a := fixture()
	b := clone(t, a)
	b.Departments[1].Parent, b.Departments[1].Name, b.Departments[1].Motto = "", "内容中心", "内容为王" // moved + renamed + changed
	b.Roles[3].Title, b.Roles[3].Planned, b.Roles[3].Purpose = "运营总监", 2, "增长"                  // renamed + 编制 + card
	b.Roles = append(b.Roles, data.Role{ID: "r-new", Title: "新岗位", Department: "d-new", Order: 9})
	b.Departments = append(b.Departments, data.Department{ID: "d-new", Name: "新部门", Order: 9})
	b.Sort()
	r := Compare(a, b)
	want := map[data.ID]Mark{"d-cnt": MarkMoved, "r-ops": MarkChanged, "r-new": MarkAdded, "d-new": MarkAdded, "d-mkt": MarkNone}
	for id, m := range want {
		if got := r.Mark(id); got != m {
			t.Errorf("Mark(%s) = %v, want %v", id, got, m)
		}
	}
	if got := kinds(r); !slices.Equal(got, []Kind{DeptMoved, DeptRenamed, DeptChanged, RoleRenamed, RoleCardChanged, PlannedChanged, DeptAdded, RoleAdded}) {
		t.Errorf("kinds = %v", got)
	}
	var nilResult *Result
	if nilResult.Mark("x") != MarkNone {
		t.Error("nil result marks")
	}
}

// TestRemovedDepartment: a department removed with its roles is listed
// once, its roles under it; groups follow B's chart order, then removed
// departments, then the company level, with headcount and cost.
func TestRemovedDepartment(t *testing.T) {
	a := fixture()
	b := clone(t, a)
	// Remove 内容组 and its role (its people leave the roster); add a
	// company-level role; 运营部 moves above 市场部 in the chart.
	b.Departments = slices.DeleteFunc(b.Departments, func(d data.Department) bool { return d.ID == "d-cnt" })
	b.Roles = slices.DeleteFunc(b.Roles, func(r data.Role) bool { return r.ID == "r-cnt" })
	b.People = slices.DeleteFunc(b.People, func(p data.Person) bool { return p.Role == "r-cnt" })
	b.Roles = append(b.Roles, data.Role{ID: "r-cfo", Title: "财务总监", ReportsTo: "r-gm", Planned: 1, PayMin: 30000, PayMax: 30000, Order: 9})
	b.Reindex()
	b.Role("r-sem").Planned = 3 // SEM 2 → 3 in 运营部
	b.Departments[1].Order = 0
	b.Sort()
	r := Compare(a, b)

	var order []data.ID
	for _, g := range r.Groups {
		order = append(order, g.Department)
	}
	// 运营部 (changed), 市场部 (roll-up fell with 内容组), then removed 内容组, then company.
	if !slices.Equal(order, []data.ID{"d-ops", "d-mkt", "d-cnt", ""}) {
		t.Fatalf("group order = %v", order)
	}
	removed := r.Groups[2]
	if got := kindsOf(removed.Changes); !slices.Equal(got, []Kind{DeptRemoved, RoleRemoved, PersonRemoved}) {
		t.Errorf("removed department lists %v", got)
	}
	if removed.Name != "内容组" || removed.HeadsA.Planned != 3 || removed.HeadsA.Filled != 1 || removed.HeadsB.Planned != 0 {
		t.Errorf("removed group = %+v", removed)
	}
	if removed.CostA.PlannedMonthly != 3*10000*1.3 || !removed.CostB.IsZero() {
		t.Errorf("removed group cost = %+v / %+v", removed.CostA, removed.CostB)
	}
	if mkt := r.Groups[1]; len(mkt.Changes) != 0 || mkt.HeadsA.Planned != 4 || mkt.HeadsB.Planned != 1 {
		t.Errorf("市场部 group = %+v", mkt)
	}
	ops := r.Groups[0]
	if ops.HeadsA.Planned != 3 || ops.HeadsB.Planned != 4 || ops.CostB.PlannedMonthly-ops.CostA.PlannedMonthly != 10000*1.3 {
		t.Errorf("运营部 group = %+v", ops)
	}
	company := r.Groups[3]
	if got := kindsOf(company.Changes); !slices.Equal(got, []Kind{RoleAdded}) {
		t.Errorf("company level lists %v", got)
	}
	if company.HeadsA != r.HeadsA.Company || company.CostB != r.CostB.Company || company.HeadsB.Planned != 1+1+1+3+1 {
		t.Errorf("company group = %+v", company)
	}
	depts, roles := r.Removed()
	if len(depts) != 1 || depts[0].ID != "d-cnt" || len(roles) != 1 || roles[0].ID != "r-cnt" {
		t.Errorf("Removed = %v, %v", depts, roles)
	}
	if r.Mark("d-cnt") != MarkRemoved || r.Mark("r-cnt") != MarkRemoved {
		t.Errorf("removed marks = %v %v", r.Mark("d-cnt"), r.Mark("r-cnt"))
	}
}

func kindsOf(cs []Change) []Kind {
	var k []Kind
	for _, c := range cs {
		k = append(k, c.Kind)
	}
	return k
}

// TestCostOnlyChange: a new on-cost rate changes no object but every
// priced department's cost, so their groups are listed without changes;
// the company level, with no change of its own, is not.
func TestCostOnlyChange(t *testing.T) {
	a := fixture()
	b := clone(t, a)
	zero := 0.0
	b.Org.OnCostPercent = &zero
	r := Compare(a, b)
	if len(r.Changes) != 0 {
		t.Fatalf("changes = %+v", r.Changes)
	}
	var order []data.ID
	for _, g := range r.Groups {
		order = append(order, g.Department)
	}
	// The company's own group is not listed: it has no changes of its own,
	// and its totals are the summary's.
	if !slices.Equal(order, []data.ID{"d-mkt", "d-cnt", "d-ops"}) {
		t.Errorf("groups = %v", order)
	}
	if r.CostB.Company.PlannedMonthly >= r.CostA.Company.PlannedMonthly {
		t.Errorf("company cost %v → %v", r.CostA.Company.PlannedMonthly, r.CostB.Company.PlannedMonthly)
	}
}

func TestTreeOrder(t *testing.T) {
	d := &data.Document{Departments: []data.Department{
		{ID: "b", Order: 1}, {ID: "a", Order: 1}, {ID: "c", Parent: "a", Order: 0},
		{ID: "x", Parent: "y", Order: 5}, {ID: "y", Parent: "x", Order: 6}, // a cycle
		{ID: "z", Parent: "gone", Order: 7}, // a dangling parent: top level
	}}
	d.Reindex()
	var got []data.ID
	for _, x := range TreeOrder(d) {
		got = append(got, x.ID)
	}
	if !slices.Equal(got, []data.ID{"a", "c", "b", "z", "x", "y"}) {
		t.Errorf("TreeOrder = %v", got)
	}
}
