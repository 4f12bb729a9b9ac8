package sheets

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"orgdesigner/data"
)

// TestHeaderParts: headers in two languages, with notes or in snake_case
// map by their parts.
func TestHeaderParts(t *testing.T) {
	cases := []struct {
		header string
		field  Field
		level  int // checked for departments only
	}{
		{"姓名/full_name", FieldName, 0},
		{"组织/organizations", FieldDepartment, 2},
		{"直接上级/leaders", FieldManager, 0},
		{"姓名_real_name", FieldName, 0},
		{"一级部门_dept_level1", FieldDepartment, 1},
		{"岗位名称_position_name", FieldRole, 0},
		{"position_name", FieldRole, 0},
		{"real_name", FieldName, 0},
		{"*姓名\n(必填)", FieldName, 0},
		{"姓名\nName", FieldName, 0},
		{"工号（选填）/Employee No.", FieldNumber, 0},
		{"部门：Department", FieldDepartment, 2},
		{"manager_id", FieldManager, 0},
		{"部门编码/dept_code", FieldDeptCode, 0},
		{"上级部门编码", FieldParentDept, 0},
		{"部门负责人", FieldDeptHead, 0},
		{"片区", FieldDepartment, 2},
		{"社区", FieldDepartment, 3},
	}
	for _, c := range cases {
		s, ok := lookupHeader(c.header)
		if !ok || s.field != c.field || c.field == FieldDepartment && s.level != c.level {
			t.Errorf("header %q → %v level %d (%v), want %v level %d", c.header, s.field, s.level, ok, c.field, c.level)
		}
	}
	for _, h := range []string{"备注/remarks", "证件号码(身份证)", "在职(直属/总共)", "salary_amount", "a/b/c"} {
		if s, ok := lookupHeader(h); ok {
			t.Errorf("header %q should be an extra field, got %v", h, s.field)
		}
	}
}

// TestBilingualHeaderRow: the header forms of the issue all map without
// hand work, and the row is found as the header.
func TestBilingualHeaderRow(t *testing.T) {
	header := []string{"姓名/full_name", "工号_employee_id", "组织/organizations", "岗位名称_position_name", "直接上级/leaders", "入职日期\nhire_date"}
	row, fields, hasName := detectHeader([][]string{{"员工信息导出"}, header})
	if row != 2 || fields != 6 || !hasName {
		t.Fatalf("detectHeader: row %d, %d fields, name %v", row, fields, hasName)
	}
	want := []Field{FieldName, FieldNumber, FieldDepartment, FieldRole, FieldManager, FieldHireDate}
	for i, c := range guessMapping(header) {
		if c.Field != want[i] {
			t.Errorf("column %s %q → %v, want %v", c.Letter, c.Header, c.Field, want[i])
		}
	}
}

// FuzzHeaderScore: any header text is scored without panic, the same way
// every time, and a note in brackets never changes what a header means.
func FuzzHeaderScore(f *testing.F) {
	for _, s := range []string{"姓名/full_name", "组织/organizations", "一级部门_dept_level1", "岗位名称_position_name",
		"姓名（必填）", "*工号", "a_b_c_d", "(((", "／／", "_", "直接上级/leaders\n备注", strings.Repeat("姓名/", 50)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, h string) {
		s1, ok1 := lookupHeader(h)
		s2, ok2 := lookupHeader(h)
		if s1 != s2 || ok1 != ok2 {
			t.Fatalf("lookupHeader(%q) not deterministic", h)
		}
		if !utf8.ValidString(h) || strings.ContainsAny(h, "（(【[") || len(h) > 180 { // longer is no header (lookupParts)
			return
		}
		if s3, ok3 := lookupHeader(h + "（必填）"); ok1 && (!ok3 || s3.field != s1.field) {
			t.Fatalf("%q → %v but with a note → %v %v", h, s1.field, s3.field, ok3)
		}
		headerScore([]string{h, h + "/x", "x_" + h})
	})
}

func blankDocument() *data.Document {
	return &data.Document{Org: data.Organisation{Name: "星辰科技", Lang: "zh"}}
}

func roleOf(t *testing.T, doc *data.Document, person string) *data.Role {
	t.Helper()
	p := personNamed(t, doc, person)
	r := doc.Role(p.Role)
	if r == nil {
		t.Fatalf("%s has no role", person)
	}
	return r
}

// TestBilingualHRExport: an HR export with bilingual headers, a path
// department column and managers by name imports into a blank document
// as departments, roles, role reporting lines and department heads.
func TestBilingualHRExport(t *testing.T) {
	rows := [][]any{
		{"姓名/full_name", "工号_employee_id", "组织/organizations", "岗位名称_position_name", "直接上级/leaders"},
		{"王总", "001", "星辰科技", "总经理", ""},
		{"李娜", "002", "星辰科技 > 市场中心", "市场总监", "王总"},
		{"赵敏", "003", "星辰科技 > 市场中心 > 品牌部", "品牌经理", "李娜"},
		{"刘洋", "004", "星辰科技 > 市场中心 > 品牌部", "品牌专员", "赵敏"},
		{"陈晨", "005", "星辰科技 > 市场中心 > 品牌部", "品牌专员", "赵敏"},
		{"孙悦", "006", "星辰科技 > 市场中心 > 品牌部", "品牌专员", "李娜"}, // the odd one out
		{"周杰", "007", "星辰科技 > 技术中心", "技术总监", "王总"},
		{"吴磊", "008", "星辰科技 > 技术中心", "工程师", "周杰"},
	}
	path := writeWorkbook(t, t.TempDir(), "hr.xlsx", sheetSpec{name: "员工", rows: rows})
	doc := blankDocument()
	_, p := importFile(t, path, doc, PlanOptions{})
	if len(p.NewPeople) != 8 || len(p.NewDepartments) != 3 || len(p.Problems) != 0 {
		t.Fatalf("people %d departments %d problems %v\n%s", len(p.NewPeople), len(p.NewDepartments), p.Problems, p.Report("zh"))
	}
	// 市场总监, 品牌经理, 品牌专员 (3 of 4 agree), 技术总监, 工程师.
	if p.RoleLines != 5 || p.DepartmentHeads != 3 || len(p.Conflicts) != 0 {
		t.Errorf("role lines %d heads %d conflicts %v", p.RoleLines, p.DepartmentHeads, p.Conflicts)
	}
	if !strings.Contains(p.Summary("zh"), "5 个岗位设定了上级岗位，3 个部门设定了负责人") {
		t.Errorf("summary:\n%s", p.Summary("zh"))
	}
	nd := apply(t, doc, p)
	if got := deptPath(nd, personNamed(t, nd, "刘洋").Department); got != "市场中心/品牌部" {
		t.Errorf("刘洋 in %q", got)
	}
	if r := roleOf(t, nd, "刘洋"); nd.Role(r.ReportsTo).Title != "品牌经理" {
		t.Errorf("品牌专员 reports to %q", r.ReportsTo)
	}
	if r := roleOf(t, nd, "李娜"); nd.Role(r.ReportsTo).Title != "总经理" {
		t.Errorf("市场总监 reports to %q", r.ReportsTo)
	}
	brand := nd.Department(personNamed(t, nd, "赵敏").Department)
	if nd.Role(brand.Head) == nil || nd.Role(brand.Head).Title != "品牌经理" {
		t.Errorf("品牌部 head %q", brand.Head)
	}
	// Importing it again changes nothing.
	if _, p2 := importFile(t, path, nd, PlanOptions{}); !p2.NothingToDo() {
		t.Errorf("second import changes %+v", p2.Changes)
	}
}

// TestRoleLineConflict: holders that disagree give no line, and say so.
func TestRoleLineConflict(t *testing.T) {
	rows := [][]any{
		{"姓名", "岗位", "直属上级"},
		{"甲", "经理", ""}, {"乙", "主管", ""},
		{"丙", "专员", "甲"}, {"丁", "专员", "乙"},
	}
	path := writeWorkbook(t, t.TempDir(), "r.xlsx", sheetSpec{name: "S", rows: rows})
	_, p := importFile(t, path, blankDocument(), PlanOptions{})
	if p.RoleLines != 0 || len(p.Conflicts) != 1 {
		t.Fatalf("role lines %d conflicts %v", p.RoleLines, p.Conflicts)
	}
	if got := p.Conflicts[0].Text("zh"); !strings.Contains(got, "专员 的任职者汇报给不同的岗位（经理 ×1; 主管 ×1）") {
		t.Errorf("conflict %q", got)
	}
	if !strings.Contains(p.Report("en"), "Reporting lines not set:") {
		t.Errorf("report:\n%s", p.Report("en"))
	}
}

// TestManagersByID: reports_to by employee id (the d3/Oracle shape).
func TestManagersByID(t *testing.T) {
	rows := [][]any{
		{"id", "name", "title", "reports_to", "dept"},
		{"1", "Ann", "CEO", "", "Board"},
		{"2", "Bob", "CTO", "1", "Tech"},
		{"3", "Cid", "Developer", "2", "Tech"},
		{"4", "Dee", "Developer", "2", "Tech"},
	}
	path := writeWorkbook(t, t.TempDir(), "r.xlsx", sheetSpec{name: "S", rows: rows})
	doc := &data.Document{Org: data.Organisation{Name: "Acme", Lang: "en"}}
	_, p := importFile(t, path, doc, PlanOptions{})
	if p.ReportingLines != 3 || p.RoleLines != 2 || p.DepartmentHeads != 1 {
		t.Fatalf("lines %d role lines %d heads %d\n%s", p.ReportingLines, p.RoleLines, p.DepartmentHeads, p.Report("en"))
	}
}

// TestNoRoleColumn: the preview says how many people get no role and
// which columns could give roles; mapping one makes the roles.
func TestNoRoleColumn(t *testing.T) {
	rows := [][]any{
		{"姓名", "部门", "职务级别说明", "头衔"},
		{"甲", "销售部", "高", "销售经理"},
		{"乙", "销售部", "中", "销售专员"},
		{"丙", "销售部", "中", "销售专员"},
	}
	path := writeWorkbook(t, t.TempDir(), "r.xlsx", sheetSpec{name: "S", rows: rows})
	a, p := importFile(t, path, blankDocument(), PlanOptions{})
	if p.NoRole != 3 || !slices.Equal(p.RoleColumns, []string{"职务级别说明", "头衔"}) {
		t.Fatalf("no role %d, role columns %v", p.NoRole, p.RoleColumns)
	}
	if s := p.Summary("zh"); !strings.Contains(s, "3 人将没有岗位。") || !strings.Contains(s, "“职务级别说明 / 头衔”列") {
		t.Errorf("summary:\n%s", s)
	}
	a.SetField(3, FieldRole, 0)
	p2, err := Plan(context.Background(), a, nil, PlanOptions{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if p2.NoRole != 0 || len(p2.NewRoles) != 2 {
		t.Errorf("after mapping 头衔: no role %d, new roles %d", p2.NoRole, len(p2.NewRoles))
	}
}

// TestDepartmentList: a sheet of departments with codes and parent codes
// (in any order) imports as the tree; a later roster naming departments
// by code finds them.
func TestDepartmentList(t *testing.T) {
	dir := t.TempDir()
	rows := [][]any{
		{"部门编码", "部门名称", "上级部门编码", "部门负责人"},
		{"D11", "品牌部", "D1", "赵敏"},
		{"D1", "市场中心", "", "李娜"},
		{"D2", "技术中心", "", "周杰"},
		{"D21", "平台组", "D2", ""},
		{"D21", "重复", "D2", ""},
		{"D3", "", "", ""},
	}
	path := writeWorkbook(t, dir, "org.xlsx", sheetSpec{name: "组织", rows: rows})
	doc := blankDocument()
	a, p := importFile(t, path, doc, PlanOptions{})
	if !a.DepartmentsOnly() {
		t.Fatal("not read as a department list")
	}
	if len(p.NewDepartments) != 4 || p.Skipped != 2 || len(p.NewPeople) != 0 {
		t.Fatalf("departments %d skipped %d people %d\n%s", len(p.NewDepartments), p.Skipped, len(p.NewPeople), p.Report("zh"))
	}
	nd := apply(t, doc, p)
	var brand *data.Department
	for i := range nd.Departments {
		if nd.Departments[i].Code == "D11" {
			brand = &nd.Departments[i]
		}
	}
	if brand == nil || deptPath(nd, brand.ID) != "市场中心/品牌部" {
		t.Fatalf("D11: %+v", brand)
	}
	if _, p2 := importFile(t, path, nd, PlanOptions{}); !p2.NothingToDo() {
		t.Errorf("second import changes %+v", p2.Changes)
	}
	roster := writeWorkbook(t, dir, "roster.xlsx", sheetSpec{name: "S", rows: [][]any{
		{"姓名", "部门编码", "岗位"}, {"刘洋", "D11", "品牌专员"}}})
	_, p3 := importFile(t, roster, nd, PlanOptions{})
	if len(p3.NewDepartments) != 0 || len(p3.NewPeople) != 1 || p3.NewPeople[0].Department != brand.ID {
		t.Errorf("roster by code: departments %d, people %+v", len(p3.NewDepartments), p3.NewPeople)
	}
}

// TestLevelColumnsNest: 片区/社区/组 columns in any order are proposed as
// levels in the order their values nest.
func TestLevelColumnsNest(t *testing.T) {
	rows := [][]any{{"姓名", "组", "社区", "片区"}}
	for i := 0; i < 24; i++ {
		rows = append(rows, []any{fmt.Sprintf("员工%d", i), fmt.Sprintf("组%d", i%8), fmt.Sprintf("社区%d", i%8/2), fmt.Sprintf("片区%d", i%8/4)})
	}
	rows[0][1] = "组"
	path := writeWorkbook(t, t.TempDir(), "r.xlsx", sheetSpec{name: "S", rows: rows})
	a, p := importFile(t, path, blankDocument(), PlanOptions{})
	levels := map[string]int{}
	for _, c := range a.Columns {
		if c.Field == FieldDepartment {
			levels[c.Header] = c.Level
		}
	}
	if !(levels["片区"] < levels["社区"] && levels["社区"] < levels["组"]) || len(levels) != 3 {
		t.Fatalf("levels %v", levels)
	}
	if len(p.NewDepartments) != 2+4+8 {
		t.Errorf("departments %d", len(p.NewDepartments))
	}
}

// TestDashPaths: "-" separates levels only when the data says so.
func TestDashPaths(t *testing.T) {
	cases := []struct {
		values []string
		dash   bool
	}{
		{[]string{"销售部", "销售部-华东组", "销售部-华南组"}, true},
		{[]string{"市场中心 - 品牌部", "市场中心 - 渠道部"}, true},
		{[]string{"南京-黄宁辉组", "南京-程晴组", "北京-王组"}, false},
		{[]string{"公司/南京/南京-黄宁辉组", "公司/南京"}, false},
	}
	for _, c := range cases {
		rows := [][]any{{"姓名", "部门"}}
		for i, v := range c.values {
			rows = append(rows, []any{fmt.Sprintf("员工%d", i), v})
		}
		path := writeWorkbook(t, t.TempDir(), "r.xlsx", sheetSpec{name: "S", rows: rows})
		a, _ := importFile(t, path, blankDocument(), PlanOptions{})
		if a.dashPath != c.dash {
			t.Errorf("%v: dash %v, want %v", c.values, a.dashPath, c.dash)
		}
	}
}

// TestLinkedSheets: 员工主表 + 任职记录 joined by 身份证号; the current
// posting (empty end date, else the latest) gives department and role.
func TestLinkedSheets(t *testing.T) {
	main := sheetSpec{name: "员工主表", rows: [][]any{
		{"姓名", "工号", "身份证号", "手机号"},
		{"张三", "001", "110101199001011234", "13800000001"},
		{"李四", "002", "110101199202022345", "13800000002"},
		{"王五", "003", "110101199303033456", "13800000003"},
	}}
	history := sheetSpec{name: "任职记录", rows: [][]any{
		{"身份证号", "部门", "岗位", "开始日期", "结束日期"},
		{"110101199001011234", "市场部", "专员", dateCell(43466), dateCell(44196)}, // 2019–2020
		{"110101199001011234", "市场部", "经理", dateCell(44197), nil},             // current
		{"110101199202022345", "技术部", "工程师", dateCell(43831), nil},
		{"110101199202022345", "技术部", "实习生", dateCell(43466), dateCell(43830)},
		{"110101199303033456", "行政部", "行政专员", dateCell(43000), dateCell(43500)},
		{"110101199303033456", "财务部", "会计", dateCell(43501), dateCell(44000)}, // latest, ended
	}}
	path := writeWorkbook(t, t.TempDir(), "hr.xlsx", main, history)
	doc := blankDocument()
	a, p := importFile(t, path, doc, PlanOptions{})
	if a.Sheet != "员工主表" || a.Link == nil || a.Link.Sheet != "任职记录" || a.Link.Key != "身份证号" {
		t.Fatalf("sheet %q link %+v", a.Sheet, a.Link)
	}
	if p.Joined != 3 || len(p.NewPeople) != 3 || !strings.Contains(p.Summary("zh"), "部门和岗位取自工作表“任职记录”（按“身份证号”关联）：3 人。") {
		t.Fatalf("joined %d people %d\n%s", p.Joined, len(p.NewPeople), p.Report("zh"))
	}
	nd := apply(t, doc, p)
	for name, want := range map[string]string{"张三": "市场部 经理", "李四": "技术部 工程师", "王五": "财务部 会计"} {
		person := personNamed(t, nd, name)
		r := nd.Role(person.Role)
		if r == nil || deptPath(nd, person.Department)+" "+r.Title != want {
			t.Errorf("%s: %q %+v, want %s", name, deptPath(nd, person.Department), r, want)
		}
	}
	// Into a document with departments, the linked values are listed for
	// mapping like the roster's own.
	withDepts := blankDocument()
	withDepts.Departments = []data.Department{{ID: "d-mkt", Name: "市场中心"}}
	a3, _ := importFile(t, path, withDepts, PlanOptions{})
	var listed []string
	for _, v := range a3.Values {
		if v.Kind == KindDepartment {
			listed = append(listed, v.Value)
		}
	}
	slices.Sort(listed)
	if !slices.Equal(listed, []string{"市场部", "技术部", "财务部"}) {
		t.Errorf("department values %v", listed)
	}
	// Without the link the people have no department and no role.
	p2, err := Plan(context.Background(), a, blankDocument(), PlanOptions{SkipLink: true}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if p2.NoRole != 3 || p2.Link != "" {
		t.Errorf("without the link: no role %d, link %q", p2.NoRole, p2.Link)
	}
}

// TestDepartmentListHeads: a department list imported after the roster
// makes the named heads' roles the departments' heads.
func TestDepartmentListHeads(t *testing.T) {
	dir := t.TempDir()
	roster := writeWorkbook(t, dir, "roster.xlsx", sheetSpec{name: "S", rows: [][]any{
		{"姓名", "部门", "岗位"}, {"李娜", "市场中心", "市场总监"}, {"刘洋", "市场中心", "市场专员"}, {"周杰", "技术中心/平台组", "组长"}}})
	doc := blankDocument()
	_, p := importFile(t, roster, doc, PlanOptions{})
	doc = apply(t, doc, p)
	list := writeWorkbook(t, dir, "org.xlsx", sheetSpec{name: "组织", rows: [][]any{
		{"部门名称", "部门负责人"}, {"市场中心", "李娜"}, {"技术中心", "周杰"}, {"财务部", "管委会"}}})
	a, p2 := importFile(t, list, doc, PlanOptions{})
	if !a.DepartmentsOnly() || p2.DepartmentHeads != 1 || len(p2.NewDepartments) != 1 || len(p2.UpdatedDepartments) != 1 {
		t.Fatalf("heads %d new %d updated %d\n%s", p2.DepartmentHeads, len(p2.NewDepartments), len(p2.UpdatedDepartments), p2.Report("zh"))
	}
	nd := apply(t, doc, p2)
	mkt := nd.Department(personNamed(t, nd, "李娜").Department)
	if r := nd.Role(mkt.Head); r == nil || r.Title != "市场总监" {
		t.Errorf("市场中心 head %q", mkt.Head)
	}
	if !strings.Contains(p2.Summary("zh"), "部门列表：根据文档中的人员设定了 1 个部门负责人。") {
		t.Errorf("summary:\n%s", p2.Summary("zh"))
	}
}

// TestDepartmentColumnCopies: 部门 next to 部门全称 (the same departments
// as a path) keeps the path only; a column repeating another is dropped.
func TestDepartmentColumnCopies(t *testing.T) {
	rows := [][]any{{"姓名", "部门", "部门全称", "所属部门"}}
	for i := 0; i < 12; i++ {
		leaf := fmt.Sprintf("部门%d", i%4)
		rows = append(rows, []any{fmt.Sprintf("员工%d", i), leaf, fmt.Sprintf("中心%d/%s", i%4/2, leaf), leaf})
	}
	path := writeWorkbook(t, t.TempDir(), "r.xlsx", sheetSpec{name: "S", rows: rows})
	a, p := importFile(t, path, blankDocument(), PlanOptions{})
	var depts []string
	for _, c := range a.Columns {
		if c.Field == FieldDepartment {
			depts = append(depts, c.Header)
		}
	}
	if !slices.Equal(depts, []string{"部门全称"}) || len(p.NewDepartments) != 2+4 {
		t.Errorf("department columns %v, new departments %d", depts, len(p.NewDepartments))
	}
}

// TestUnitsByID: an org chart of units by id / parentId (names that are
// directorates, programs, 部, 中心) imports as nested departments; a
// roster of people with ids and managers stays a roster.
func TestUnitsByID(t *testing.T) {
	dir := t.TempDir()
	units := writeFile(t, dir, "units.csv", []byte("id,parentId,name\n"+
		"1,,星辰科技集团\n2,1,市场中心\n3,2,品牌部\n4,2,渠道部\n5,1,Research Division\n"))
	a, p := importFile(t, units, blankDocument(), PlanOptions{})
	if !a.DepartmentsOnly() || len(p.NewDepartments) != 5 || len(p.NewPeople) != 0 {
		t.Fatalf("departments only %v, departments %d, people %d", a.DepartmentsOnly(), len(p.NewDepartments), len(p.NewPeople))
	}
	if got := p.NewDepartments[2].Path; got != "星辰科技集团/市场中心/品牌部" {
		t.Errorf("品牌部 at %q", got)
	}
	people := writeFile(t, dir, "people.csv", []byte("id,parentId,name\n1,,张伟\n2,1,王芳\n3,2,李科\n4,2,赵敏\n"))
	if a, _ := importFile(t, people, blankDocument(), PlanOptions{}); a.DepartmentsOnly() {
		t.Error("a roster of people read as units")
	}
}
