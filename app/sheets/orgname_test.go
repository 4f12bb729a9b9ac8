package sheets

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"orgdesigner/data"
)

func TestCompanyName(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{
		{"北京睿和良木管理咨询有限公司", true},
		{"星辰科技股份有限公司", true},
		{"星辰科技有限责任公司", true},
		{"腾讯科技（深圳）有限公司", true},
		{"阿里巴巴集团", true},
		{"星辰控股", true},
		{"金杜律师事务所", true},
		{"普华永道中天会计师事务所（特殊普通合伙）", true},
		{"某某投资中心(有限合伙)", true},
		{"西门子(中国)", true},
		{"西门子（中国）有限公司", true},
		{"星辰科技有限公司上海分公司", true},
		{"招商银行", true},
		{"  星辰科技有限公司 ", true},
		{"Acme Co., Ltd.", true},
		{"Acme Co.,Ltd", true},
		{"ACME CO LTD", true},
		{"Acme, Inc.", true},
		{"Acme LLC", true},
		{"Acme L.L.C.", true},
		{"Acme GmbH", true},
		{"Siemens AG", true},
		{"Acme Corp.", true},
		{"Acme Corporation", true},
		{"Internet Marketing Co.", true},
		{"Acme Holdings", true},
		{"Acme (China)", true},
		{"Ａｃｍｅ Ｌｔｄ", true}, // full width folds
		{"Advokátní kancelář s.r.o.", true},

		{"市场部", false},
		{"公司", false},    // the word alone names no company
		{"总公司", false},   // one character of name
		{"上海分公司", false}, // a branch: a department of the company
		{"集团总部", false},
		{"事业部", false},
		{"市场部(中国)", false}, // a unit, marked for the country
		{"华东大区", false},
		{"总经办", false},
		{"Sales Group", false},
		{"Company", false},
		{"Ltd", false},
		{"Marketing", false},
		{"National Aeronautics and Space Administration", false},
		{"四大名著", false},
		{"黑露白霜渝北店", false},
		{"", false},
	} {
		if got := companyName(c.name); got != c.want {
			t.Errorf("companyName(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestUnnamedOrg(t *testing.T) {
	for name, want := range map[string]bool{"": true, "新公司": true, "New Company": true, " 新公司 ": true,
		"new company": true, "星辰科技": false, "Internet Marketing Co.": false, "新公司2": false} {
		if got := unnamedOrg(name); got != want {
			t.Errorf("unnamedOrg(%q) = %v, want %v", name, got, want)
		}
	}
}

// orgCase is a roster imported into a document, and what the
// organisation and its top level become.
type orgCase struct {
	name string
	org  string // the document's organisation name
	// depts are departments the document has already (top level).
	depts []string
	rows  [][]any // the sheet, header first
	// wantOrg is the organisation's name after the import; wantTop the
	// top-level departments; company the people placed at company level.
	wantOrg string
	wantTop []string
	company []string
	placed  map[string]string // person → department path
}

const ruihe = "北京睿和良木管理咨询有限公司"

var orgCases = []orgCase{
	{name: "slash paths under the company", org: "新公司",
		rows: [][]any{
			{"姓名", "部门", "职位"},
			{"郭轩远", ruihe + "/猎头业务/南京/南京-黄宁辉组", "C1- 4"},
			{"黄宁辉", ruihe + "/猎头业务/南京/南京-黄宁辉组", "L3"},
			{"孙怡", " " + ruihe + " ／ 猎头业务 / 南京 / 南京-黄宁辉组 ", "C1-4"}, // full-width slash, stray spaces
			{"姚琳", ruihe + "/财务部", "财务主管"},
			{"崔明雨", ruihe, "董事长"}, // in the root itself: company level
			{nil, nil, nil},
			{"王轩伟", ruihe + "/业务中台", "OD"},
		},
		wantOrg: ruihe, wantTop: []string{"猎头业务", "财务部", "业务中台"}, company: []string{"崔明雨"}},
	{name: "an empty name is no name", org: "",
		rows: [][]any{
			{"姓名", "部门", "岗位"},
			{"Ann", "Acme Co., Ltd./Sales/East", "Rep"},
			{"Bob", "Acme Co., Ltd./Finance", "Accountant"},
		},
		wantOrg: "Acme Co., Ltd.", wantTop: []string{"Sales", "Finance"}},
	{name: "the English blank name", org: "New Company",
		rows: [][]any{
			{"Name", "Department", "Title"},
			{"Ann", "Acme, Inc. > Sales", "Rep"},
			{"Bob", "Acme, Inc. > Engineering > Platform", "Engineer"},
		},
		wantOrg: "Acme, Inc.", wantTop: []string{"Sales", "Engineering"}},
	{name: "dash paths (DingTalk)", org: "新公司",
		rows: [][]any{
			{"工号", "姓名", "部门", "职位"},
			{"001", "张三", "杭州星辰网络科技有限公司 - 市场部 - SEO组", "SEO专员"},
			{"002", "李四", "杭州星辰网络科技有限公司 - 市场部", "市场经理"},
			{"003", "王五", "杭州星辰网络科技有限公司 - 技术部", "前端工程师"},
		},
		wantOrg: "杭州星辰网络科技有限公司", wantTop: []string{"市场部", "技术部"}},
	{name: "a column per level", org: "新公司",
		rows: [][]any{
			{"工号", "姓名", "公司", "一级部门", "二级部门", "岗位"},
			{"001", "张三", "星辰科技有限公司", "市场部", "SEO组", "SEO专员"},
			{"002", "李四", "星辰科技有限公司", "市场部", "", "市场经理"},
			{"003", "王五", "星辰科技有限公司", "技术部", "前端组", "前端工程师"},
			{"004", "赵总", "星辰科技有限公司", "", "", "总经理"},
		},
		wantOrg: "星辰科技有限公司", wantTop: []string{"市场部", "技术部"}, company: []string{"赵总"}},
	{name: "an office with teams of its own is a department", org: "新公司",
		rows: [][]any{
			{"姓名", "部门", "岗位"},
			{"崔明雨", ruihe + "/总经办", "董事长"},
			{"叶晓", ruihe + "/总经办/总经办1", "专员"},
		},
		wantOrg: ruihe, wantTop: []string{"总经办"}, placed: map[string]string{"崔明雨": "总经办", "叶晓": "总经办/总经办1"}},
	{name: "an office with teams of its own, teams first", org: "新公司",
		rows: [][]any{
			{"姓名", "部门", "岗位"},
			{"叶晓", ruihe + "/总经办/总经办1", "专员"},
			{"崔明雨", ruihe + "/总经办", "董事长"},
		},
		wantOrg: ruihe, wantTop: []string{"总经办"}, placed: map[string]string{"崔明雨": "总经办", "叶晓": "总经办/总经办1"}},
	{name: "the company's 总经办 goes to the company level", org: "新公司",
		rows: [][]any{
			{"姓名", "部门", "岗位"},
			{"王总", "星辰集团/总经办", "总经理"},
			{"钱市场", "星辰集团/市场部", "运营专员"},
		},
		wantOrg: "星辰集团", wantTop: []string{"市场部"}, company: []string{"王总"}},

	// No rename.
	{name: "a named organisation keeps its name", org: "星辰科技",
		rows: [][]any{
			{"姓名", "部门", "岗位"},
			{"郭轩远", ruihe + "/猎头业务/南京", "C1-4"},
			{"姚琳", ruihe + "/财务部", "财务主管"},
		},
		wantOrg: "星辰科技", wantTop: []string{ruihe}},
	{name: "a shared root that is a department", org: "新公司",
		rows: [][]any{
			{"姓名", "部门", "岗位"},
			{"张三", "市场部/SEO组", "SEO专员"},
			{"李四", "市场部/SEM组", "SEM专员"},
			{"王五", "市场部", "市场经理"},
		},
		wantOrg: "新公司", wantTop: []string{"市场部"}},
	{name: "a branch is a department", org: "新公司",
		rows: [][]any{
			{"姓名", "部门", "岗位"},
			{"张三", "上海分公司/销售部", "销售"},
			{"李四", "上海分公司/行政部", "行政"},
		},
		wantOrg: "新公司", wantTop: []string{"上海分公司"}},
	{name: "not every row under the company", org: "新公司",
		rows: [][]any{
			{"姓名", "部门", "岗位"},
			{"张三", "星辰科技有限公司/销售部", "销售"},
			{"李四", "外包团队", "保洁"},
		},
		wantOrg: "新公司", wantTop: []string{"星辰科技有限公司", "外包团队"}},
	{name: "two companies", org: "新公司",
		rows: [][]any{
			{"姓名", "部门", "岗位"},
			{"张三", "星辰科技有限公司/销售部", "销售"},
			{"李四", "星辰传媒有限公司/销售部", "销售"},
		},
		wantOrg: "新公司", wantTop: []string{"星辰科技有限公司", "星辰传媒有限公司"}},
	{name: "the document has the company as a department already", org: "新公司", depts: []string{ruihe},
		rows: [][]any{
			{"姓名", "部门", "岗位"},
			{"姚琳", ruihe + "/财务部", "财务主管"},
		},
		wantOrg: "新公司", wantTop: []string{ruihe}},
	{name: "no department column", org: "新公司",
		rows: [][]any{
			{"姓名", "岗位"},
			{"张三", "星辰科技有限公司"},
		},
		wantOrg: "新公司"},
}

func orgCaseDoc(c orgCase) *data.Document {
	doc := &data.Document{Org: data.Organisation{Name: c.org, Lang: "zh"}}
	for i, name := range c.depts {
		doc.Departments = append(doc.Departments, data.Department{ID: data.ID("dept-" + name), Name: name, Order: i})
	}
	return doc
}

// topDepartments are the names of doc's top-level departments in order.
func topDepartments(doc *data.Document) []string {
	var out []string
	for _, d := range doc.ChildDepartments("") {
		out = append(out, d.Name)
	}
	return out
}

// TestCompanyRootNamesOrganisation: a roster whose departments all sit
// under a company names an unnamed organisation after it, drops that
// level, and puts the rows of the root itself at company level; anything
// else leaves the name alone. Importing the same roster again finds the
// same departments.
func TestCompanyRootNamesOrganisation(t *testing.T) {
	dir := t.TempDir()
	for i, c := range orgCases {
		t.Run(c.name, func(t *testing.T) {
			path := writeWorkbook(t, dir, "r"+string(rune('a'+i))+".xlsx", sheetSpec{name: "花名册", rows: c.rows})
			doc := orgCaseDoc(c)
			a, p := importFile(t, path, doc, PlanOptions{})
			renamed := c.wantOrg != c.org
			if got := a.CompanyRoot != ""; got != renamed {
				t.Errorf("CompanyRoot %q", a.CompanyRoot)
			}
			if (p.Changes.Org != nil) != renamed || (p.OrgName != "") != renamed {
				t.Errorf("org change %+v, preview name %q", p.Changes.Org, p.OrgName)
			}
			nd := apply(t, doc, p)
			if nd.Org.Name != c.wantOrg {
				t.Errorf("organisation %q, want %q", nd.Org.Name, c.wantOrg)
			}
			if got := topDepartments(nd); !slices.Equal(got, c.wantTop) {
				t.Errorf("top-level departments %q, want %q", got, c.wantTop)
			}
			for _, name := range c.company {
				if p := personNamed(t, nd, name); p.Department != "" {
					t.Errorf("%s in %q, want company level", name, deptPath(nd, p.Department))
				}
			}
			for name, want := range c.placed {
				if got := deptPath(nd, personNamed(t, nd, name).Department); got != want {
					t.Errorf("%s in %q, want %q", name, got, want)
				}
			}
			// The same roster again: the same departments, nothing new.
			a2, p2 := importFile(t, path, nd, PlanOptions{})
			if a2.CompanyRoot != "" || p2.OrgName != "" || len(p2.NewDepartments) != 0 || !p2.NothingToDo() {
				t.Errorf("re-import: root %q, name %q, new departments %v, nothing to do %v",
					a2.CompanyRoot, p2.OrgName, p2.NewDepartments, p2.NothingToDo())
			}
		})
	}
}

// TestCompanyRootDeclined: KeepOrgName imports the company as a
// department, as before the proposal; accepting it again renames.
func TestCompanyRootDeclined(t *testing.T) {
	c := orgCases[0]
	path := writeWorkbook(t, t.TempDir(), "r.xlsx", sheetSpec{name: "花名册", rows: c.rows})
	doc := orgCaseDoc(c)
	wb, err := Open(path)
	must(t, err)
	defer wb.Close()
	a, err := wb.Analyse(context.Background(), wb.Suggested(), doc, nil)
	must(t, err)
	a.KeepOrgName(true)
	p, err := Plan(context.Background(), a, doc, PlanOptions{NewID: seqIDs()}, nil)
	must(t, err)
	nd := apply(t, doc, p)
	if p.Changes.Org != nil || nd.Org.Name != "新公司" || !slices.Equal(topDepartments(nd), []string{ruihe}) {
		t.Errorf("declined: org %q, top %q", nd.Org.Name, topDepartments(nd))
	}
	if strings.Contains(p.Summary("zh"), "组织名称") {
		t.Errorf("declined, the preview still names the organisation:\n%s", p.Summary("zh"))
	}
	a.KeepOrgName(false)
	p, err = Plan(context.Background(), a, doc, PlanOptions{NewID: seqIDs()}, nil)
	must(t, err)
	if nd := apply(t, doc, p); nd.Org.Name != ruihe {
		t.Errorf("accepted again: org %q", nd.Org.Name)
	}
}

// TestCompanyRootPreviewText: the dry run says so in one line, in
// either language, and the rename is part of the one change set.
func TestCompanyRootPreviewText(t *testing.T) {
	c := orgCases[0]
	path := writeWorkbook(t, t.TempDir(), "r.xlsx", sheetSpec{name: "花名册", rows: c.rows})
	_, p := importFile(t, path, orgCaseDoc(c), PlanOptions{})
	zh, en := p.Summary("zh"), p.Summary("en")
	if lines := strings.Split(zh, "\n"); len(lines) < 2 || lines[1] != "组织名称：新公司 → "+ruihe {
		t.Errorf("zh summary:\n%s", zh)
	}
	if !strings.Contains(en, "\nOrganisation name: 新公司 → "+ruihe+"\n") {
		t.Errorf("en summary:\n%s", en)
	}
	for _, d := range p.NewDepartments {
		if strings.Contains(d.Path, ruihe) {
			t.Errorf("new department %q still under the company", d.Path)
		}
	}
	p.OrgNameBefore = ""
	if !strings.Contains(p.Summary("zh"), "\n组织名称："+ruihe+"\n") {
		t.Errorf("unnamed before:\n%s", p.Summary("zh"))
	}
}

// TestCompanyRootDepartmentList: an org-unit list whose one root (no
// parent) is the company names the organisation; its children are the
// top level, found again by the roster of the same firm. A list whose
// root is a department, or with two roots, does not.
func TestCompanyRootDepartmentList(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		name    string
		rows    [][]any
		wantOrg string
		wantTop []string
	}{
		{"parent by code", [][]any{
			{"部门编码", "部门名称", "上级部门编码"},
			{"D02", "市场部", "D01"},
			{"D01", "星辰科技有限公司", ""},
			{"D03", "SEO组", "D02"},
			{"D04", "技术部", "D01"},
		}, "星辰科技有限公司", []string{"市场部", "技术部"}},
		{"parent by name", [][]any{
			{"部门编码", "部门名称", "上级部门"},
			{"D01", "星辰科技有限公司", ""},
			{"D02", "市场部", "星辰科技有限公司"},
			{"D03", "SEO组", "D02"},
		}, "星辰科技有限公司", []string{"市场部"}},
		{"levels as columns", [][]any{
			{"所属公司", "1级部门", "组织类别", "部门负责人姓名"},
			{"星辰科技有限公司", "", "公司", "管委会"},
			{"星辰科技有限公司", "市场部", "部门", "张三"},
			{"星辰科技有限公司", "技术部", "部门", "李四"},
		}, "星辰科技有限公司", []string{"市场部", "技术部"}},
		{"root is a department", [][]any{
			{"部门编码", "部门名称", "上级部门编码"},
			{"D01", "市场中心", ""},
			{"D02", "市场部", "D01"},
		}, "新公司", []string{"市场中心"}},
		{"two roots", [][]any{
			{"部门编码", "部门名称", "上级部门编码"},
			{"D01", "星辰科技有限公司", ""},
			{"D02", "市场部", "D01"},
			{"D03", "外包团队", ""},
		}, "新公司", []string{"星辰科技有限公司", "外包团队"}},
		{"a row outside the tree", [][]any{
			{"部门编码", "部门名称", "上级部门编码"},
			{"D01", "星辰科技有限公司", ""},
			{"D02", "市场部", "D01"},
			{"D03", "外包团队", "X99"},
		}, "新公司", []string{"星辰科技有限公司", "外包团队"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := writeWorkbook(t, dir, c.name+".xlsx", sheetSpec{name: "部门", rows: c.rows})
			doc := &data.Document{Org: data.Organisation{Name: "新公司", Lang: "zh"}}
			a, p := importFile(t, path, doc, PlanOptions{})
			if !a.DepartmentsOnly() {
				t.Fatal("not read as a department list")
			}
			nd := apply(t, doc, p)
			if nd.Org.Name != c.wantOrg || !slices.Equal(topDepartments(nd), c.wantTop) {
				t.Errorf("org %q top %q; want %q %q", nd.Org.Name, topDepartments(nd), c.wantOrg, c.wantTop)
			}
			if c.wantOrg == "新公司" {
				return
			}
			if _, p2 := importFile(t, path, nd, PlanOptions{}); !p2.NothingToDo() {
				t.Errorf("re-import changes %d departments", len(p2.Changes.PutDepartments))
			}
			// The roster of the same firm finds the list's departments.
			roster := writeWorkbook(t, dir, c.name+"-roster.xlsx", sheetSpec{name: "花名册", rows: [][]any{
				{"姓名", "部门", "岗位"},
				{"张三", "星辰科技有限公司/市场部", "专员"},
			}})
			if _, p3 := importFile(t, roster, nd, PlanOptions{NewID: data.NewID}); len(p3.NewDepartments) != 0 || p3.OrgName != "" {
				t.Errorf("roster after the list: new departments %v, rename %q", p3.NewDepartments, p3.OrgName)
			}
		})
	}
}

// TestStrayTitleSpacesOneRole: C1- 4 and C1-4 in one department are one
// role (the real roster has both spellings).
func TestStrayTitleSpacesOneRole(t *testing.T) {
	path := writeWorkbook(t, t.TempDir(), "r.xlsx", sheetSpec{name: "花名册", rows: [][]any{
		{"姓名", "部门", "职位"},
		{"郭轩远", "猎头业务/南京", "C1- 4"},
		{"孙怡", "猎头业务/南京", "C1-4"},
		{"何凯勇", "猎头业务/南京", " C1 - 4 "},
		{"何凯", "猎头业务/北京", "C1-4"},
	}})
	doc := &data.Document{Org: data.Organisation{Name: "新公司", Lang: "zh"}}
	_, p := importFile(t, path, doc, PlanOptions{})
	nd := apply(t, doc, p)
	if len(nd.Roles) != 2 {
		t.Fatalf("%d roles, want one per department: %+v", len(nd.Roles), nd.Roles)
	}
	a, b := personNamed(t, nd, "郭轩远"), personNamed(t, nd, "孙怡")
	if a.Role != b.Role || personNamed(t, nd, "何凯勇").Role != a.Role {
		t.Errorf("one title, several roles: %s %s", a.Role, b.Role)
	}
}

// TestRealdataBlankDocument: each real roster imported into a blank
// document: what the organisation becomes, its top level, and a second
// import that finds everything again.
func TestRealdataBlankDocument(t *testing.T) {
	for _, c := range []struct {
		file, org string
		top       []string // the first top-level departments
	}{
		{"cn_roster_ruihr_poi.xlsx", ruihe, []string{"猎头业务", "业务中台", "总经办"}},
		{"cn_orgunits_ruihr_poi.xlsx", ruihe, []string{"猎头业务", "业务中台", "交付中心"}},
		{"cn_sales_teams_4level.xlsx", "新公司", []string{"四大名著", "现代科幻"}},
		{"wecom_contacts_import_template_filled_excel2010.xlsx", "新公司", []string{"黑露白霜渝北店"}},
		{"hrsaas_employee_export_sheetjs_wps_2row_merged_header.xlsx", "新公司", []string{"市场部", "人事部"}},
		{"cn_employee_info_faker_missing.xlsx", "新公司", []string{"财务部", "技术部"}},
		{"nasa_org_chart_bom_trailing_blank_rows.csv", "新公司", []string{"National Aeronautics and Space Administration"}},
		{"cz_law_firm_orgchart.csv", "新公司", nil},
		{"en_d3_orgchart_1516.csv", "新公司", nil},
		{"d3_org_chart_oracle_hr_sample_id_parentid.csv", "新公司", nil},
	} {
		t.Run(c.file, func(t *testing.T) {
			path := filepath.Join(realdataDir, c.file)
			if !fileExists(path) {
				t.Skip("no " + path)
			}
			doc := &data.Document{Org: data.Organisation{Name: "新公司", Lang: "zh"}}
			_, p := importFile(t, path, doc, PlanOptions{})
			nd := apply(t, doc, p)
			top := topDepartments(nd)
			if nd.Org.Name != c.org || len(top) < len(c.top) || !slices.Equal(top[:len(c.top)], c.top) {
				t.Errorf("org %q top %q; want %q %q…", nd.Org.Name, top, c.org, c.top)
			}
			if _, p2 := importFile(t, path, nd, PlanOptions{}); !p2.NothingToDo() {
				t.Errorf("second import changes %d people, %d departments, %d roles",
					len(p2.Changes.PutPeople), len(p2.Changes.PutDepartments), len(p2.Changes.PutRoles))
			}
		})
	}
	// The org-unit list first, then the roster of the same firm: the
	// roster finds the list's departments and keeps the name. (The
	// list's 总经办 is at company level; the roster gives it teams, so
	// there it is a department.)
	units, roster := filepath.Join(realdataDir, "cn_orgunits_ruihr_poi.xlsx"), filepath.Join(realdataDir, "cn_roster_ruihr_poi.xlsx")
	if !fileExists(units) || !fileExists(roster) {
		return
	}
	doc := &data.Document{Org: data.Organisation{Name: "新公司", Lang: "zh"}}
	_, p := importFile(t, units, doc, PlanOptions{})
	nd := apply(t, doc, p)
	_, p2 := importFile(t, roster, nd, PlanOptions{NewID: data.NewID}) // ids unlike the list's d-1 …
	listed := topDepartments(nd)
	for _, d := range p2.NewDepartments {
		if d.Parent == "" && slices.Contains(listed, d.Name) || strings.Contains(d.Path, ruihe) {
			t.Errorf("the roster made a second %q", d.Path)
		}
	}
	if p2.OrgName != "" {
		t.Errorf("the roster renames the organisation again: %q", p2.OrgName)
	}
}

// TestCompanyRootGeneratedRoster: a 200-person roster as an HR system
// exports it, made messy: the company written with full-width and ASCII
// brackets and stray spaces, blank rows, the header repeated on every
// printed page, a footer, people directly in the company. The
// organisation takes the company's name, the top level is the five
// centres, and a second import changes nothing.
func TestCompanyRootGeneratedRoster(t *testing.T) {
	companies := []string{"星辰网络科技（杭州）有限公司", "星辰网络科技(杭州)有限公司", " 星辰网络科技（杭州）有限公司　"}
	centres := []string{"市场中心", "技术中心", "运营中心", "职能中心", "销售中心"}
	header := []any{"工号", "姓名", "部门", "职位", "员工状态"}
	rows := [][]any{header}
	for i := 0; i < 200; i++ {
		if i > 0 && i%50 == 0 {
			rows = append(rows, nil, header) // a page break: blank row, header again
		}
		path := companies[i%len(companies)]
		switch {
		case i%40 == 0:
			// in the company itself
		case i%3 == 0:
			path += " / " + centres[i%5]
		default:
			path += "/" + centres[i%5] + "/" + centres[i%5][:6] + "组" + string(rune('A'+i%4))
		}
		title := []string{"专员", "主管", " 经理", "C1- 4", "C1-4"}[i%5]
		rows = append(rows, []any{"E" + string(rune('0'+i/100)) + string(rune('0'+i/10%10)) + string(rune('0'+i%10)),
			"员工" + string(rune(0x4e00+i)), path, title, []string{"在职", "试用", "离职"}[i%3]})
	}
	rows = append(rows, nil, []any{"制表人：人事部"})
	path := writeWorkbook(t, t.TempDir(), "花名册.xlsx", sheetSpec{name: "员工花名册", rows: rows})
	doc := &data.Document{Org: data.Organisation{Name: "新公司", Lang: "zh"}}
	a, p := importFile(t, path, doc, PlanOptions{})
	if a.CompanyRoot != "星辰网络科技（杭州）有限公司" || p.OrgName != a.CompanyRoot || len(p.NewPeople) != 200 || p.Skipped != 0 {
		t.Fatalf("root %q, name %q, people %d, skipped %d", a.CompanyRoot, p.OrgName, len(p.NewPeople), p.Skipped)
	}
	nd := apply(t, doc, p)
	if top := topDepartments(nd); len(top) != 5 || !slices.Contains(top, "市场中心") {
		t.Errorf("top level %q, want the five centres", top)
	}
	atCompany := 0
	for _, x := range nd.People {
		if x.Department == "" {
			atCompany++
		}
	}
	if atCompany != 5 {
		t.Errorf("%d people at company level, want 5", atCompany)
	}
	if _, p2 := importFile(t, path, nd, PlanOptions{}); !p2.NothingToDo() || p2.OrgName != "" {
		t.Errorf("second import: %d departments, %d people, rename %q",
			len(p2.Changes.PutDepartments), len(p2.Changes.PutPeople), p2.OrgName)
	}
}
