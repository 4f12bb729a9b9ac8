package sheets

import (
	"context"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"orgdesigner/data"
)

// companyDoc is a template-like document: the company-level 总经理
// (vacant) above 行政部 and 运营部.
func companyDoc() *data.Document {
	doc := &data.Document{Org: data.Organisation{Name: "星辰科技", Lang: "zh"},
		Departments: []data.Department{
			{ID: "dept-admin", Name: "行政部", Order: 0},
			{ID: "dept-ops", Name: "运营部", Order: 1},
		},
		Roles: []data.Role{
			{ID: "role-general-manager", Title: "总经理", Planned: 1, Order: 0},
			{ID: "role-admin", Title: "行政专员", Department: "dept-admin", ReportsTo: "role-general-manager", Planned: 1},
			{ID: "role-ops", Title: "运营专员", Department: "dept-ops", ReportsTo: "role-general-manager", Planned: 2},
		},
	}
	doc.Sort()
	return doc
}

// companyRoster puts the general manager in 总经办 as HR rosters do, an
// assistant there whose title exists in 行政部, a chairman on the board
// and a plain department row.
func companyRoster(t testing.TB, dir, file string) string {
	return writeWorkbook(t, dir, file, sheetSpec{name: "花名册", rows: [][]any{
		{"工号", "姓名", "部门", "岗位"},
		{"E001", "王总", "总经办", "总经理"},
		{"E002", "李秘", "星辰科技/总经办", "行政专员"},
		{"E003", "赵董", "董事会", "董事长"},
		{"E004", "张运营", "运营部", "运营专员"},
	}})
}

func TestCompanyLike(t *testing.T) {
	x := newIndex(companyDoc(), "x.xlsx")
	for _, c := range []struct {
		value string
		want  bool
	}{
		{"总经办", true},
		{"总经理办公室", true},
		{"总裁办", true},
		{"董事会", true},
		{"管理层", true},
		{"高管", true},
		{"公司领导", true},
		{"Management", true},
		{"Executives", true},
		{"Board", true},
		{"CEO Office", true},
		{"ＣＥＯ办公室", true}, // full-width letters fold
		{"星辰科技/总经办", true},
		{"星辰科技", false}, // the company itself is never listed: it is the top already
		{"总经办/秘书组", false},
		{"市场部", false},
		{"Marketing", false},
		{"", false},
	} {
		if got := x.companyLike(c.value); got != c.want {
			t.Errorf("companyLike(%q) = %v, want %v", c.value, got, c.want)
		}
	}
}

func TestCompanyLevelSuggested(t *testing.T) {
	for _, c := range []struct {
		name string
		doc  *data.Document
		want map[string]data.ID // listed department value → default target
	}{
		{"template document", companyDoc(),
			map[string]data.ID{"总经办": CompanyLevel, "星辰科技/总经办": CompanyLevel, "董事会": CompanyLevel}},
		{"blank document", &data.Document{Org: data.Organisation{Name: "星辰科技"}},
			map[string]data.ID{"总经办": CompanyLevel, "星辰科技/总经办": CompanyLevel, "董事会": CompanyLevel}},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := companyRoster(t, t.TempDir(), "花名册.xlsx")
			a, p := importFile(t, path, c.doc, PlanOptions{})
			got := map[string]data.ID{}
			for _, v := range a.Values {
				if v.Kind == KindDepartment {
					got[v.Value] = v.Target
					if !v.Company || v.Remembered {
						t.Errorf("%s: Company %v Remembered %v, want a fresh company-level suggestion", v.Value, v.Company, v.Remembered)
					}
				}
			}
			if !maps.Equal(got, c.want) {
				t.Errorf("department choices %v, want %v", got, c.want)
			}
			for _, d := range p.NewDepartments {
				if d.Path != "运营部" {
					t.Errorf("new department %s: a company-level office became a department", d.Path)
				}
			}
			if want := []string{"总经办", "星辰科技/总经办", "董事会"}; !slices.Equal(p.CompanyLevel, want) {
				t.Errorf("Preview.CompanyLevel %v, want %v", p.CompanyLevel, want)
			}
			if s := p.Summary("zh"); !strings.Contains(s, "归入公司级（不属于部门）：\n  总经办\n") {
				t.Errorf("summary does not list the company-level values:\n%s", s)
			}
		})
	}
}

func TestCompanyLevelRoles(t *testing.T) {
	doc := companyDoc()
	path := companyRoster(t, t.TempDir(), "花名册.xlsx")
	_, p := importFile(t, path, doc, PlanOptions{})
	if len(p.NewDepartments) != 0 || len(p.Problems) != 0 {
		t.Fatalf("new departments %v, problems %v; want none", p.NewDepartments, p.Problems)
	}
	newRoles := map[string]string{}
	for _, r := range p.NewRoles {
		newRoles[r.Title] = r.Department
	}
	// 总经理 is the template's; 行政专员 of 行政部 is not a company-level
	// role, so the office gets its own; 董事长 is new at the company level.
	if want := map[string]string{"行政专员": "", "董事长": ""}; !maps.Equal(newRoles, want) {
		t.Errorf("new roles (title → department) %v, want %v", newRoles, want)
	}
	nd := apply(t, doc, p)
	for _, c := range []struct {
		name, title string
		role        data.ID // "" = any new role
	}{
		{"王总", "总经理", "role-general-manager"},
		{"李秘", "行政专员", ""},
		{"赵董", "董事长", ""},
	} {
		pr := personNamed(t, nd, c.name)
		r := nd.Role(pr.Role)
		switch {
		case r == nil || r.Title != c.title || r.Department != "" || pr.Department != "":
			t.Errorf("%s holds %+v in department %q, want a company-level %s", c.name, r, pr.Department, c.title)
		case c.role != "" && r.ID != c.role:
			t.Errorf("%s holds %s, want the existing %s", c.name, r.ID, c.role)
		case c.role == "" && doc.Role(r.ID) != nil:
			t.Errorf("%s holds the existing %s, want a new company-level role", c.name, r.ID)
		}
	}
	if gm := nd.Role("role-general-manager"); gm.Planned != 1 {
		t.Errorf("总经理 planned %d, want the template's 1", gm.Planned)
	}
	if pr := personNamed(t, nd, "张运营"); pr.Role != "role-ops" {
		t.Errorf("张运营 holds %s, want role-ops", pr.Role)
	}
	var stored []data.ValueMap
	for _, v := range nd.ValueMaps {
		if v.Kind == string(KindDepartment) {
			stored = append(stored, v)
		}
	}
	if len(stored) != 3 || slices.ContainsFunc(stored, func(v data.ValueMap) bool { return v.Target != CompanyLevel }) {
		t.Errorf("remembered department maps %+v, want three with Target %q", stored, CompanyLevel)
	}

	// The same file again: listed as remembered, and nothing changes.
	a2, p2 := importFile(t, path, nd, PlanOptions{})
	for _, v := range a2.Values {
		if v.Kind == KindDepartment && (v.Target != CompanyLevel || !v.Remembered) {
			t.Errorf("second import: %s → %q remembered %v", v.Value, v.Target, v.Remembered)
		}
	}
	if !p2.NothingToDo() {
		t.Errorf("second import changes %+v", p2.Changes)
	}
}

// TestCompanyLevelRemembered: whatever the user picks for a value (the
// suggestion, create, an existing department, or company level for a
// value that does not look like it) is what the import does, is
// remembered, and the second import changes nothing.
func TestCompanyLevelRemembered(t *testing.T) {
	for _, c := range []struct {
		name     string
		value    string
		choose   data.ID // "none" = keep the suggestion
		wantDept string  // where 王总 ends up: department path, "" = company level
		wantRole data.ID // the role 王总 holds; "" = a new one
	}{
		{"suggestion kept", "总经办", "none", "", "role-general-manager"},
		{"create chosen", "总经办", "", "总经办", ""},
		{"existing department chosen", "总经办", "dept-admin", "行政部", ""},
		{"company level for an unusual name", "综合管理中心", CompanyLevel, "", "role-general-manager"},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc := companyDoc()
			path := writeWorkbook(t, t.TempDir(), "名单.xlsx", sheetSpec{name: "名单", rows: [][]any{
				{"工号", "姓名", "部门", "岗位"},
				{"E001", "王总", c.value, "总经理"},
			}})
			wb, err := Open(path)
			must(t, err)
			defer wb.Close()
			a, err := wb.Analyse(context.Background(), wb.Suggested(), doc, nil)
			must(t, err)
			if c.choose != "none" {
				a.Choose(KindDepartment, c.value, c.choose)
			}
			p, err := Plan(context.Background(), a, doc, PlanOptions{NewID: seqIDs()}, nil)
			must(t, err)
			nd := apply(t, doc, p)
			wang := personNamed(t, nd, "王总")
			r := nd.Role(wang.Role)
			if r == nil || deptPath(nd, r.Department) != c.wantDept || deptPath(nd, wang.Department) != c.wantDept {
				t.Fatalf("王总 holds %+v in %q, want a 总经理 in %q", r, wang.Department, c.wantDept)
			}
			if c.wantRole != "" && r.ID != c.wantRole || c.wantRole == "" && doc.Role(r.ID) != nil {
				t.Errorf("王总 holds %s, want %q (\"\" = a new role)", r.ID, c.wantRole)
			}
			a2, p2 := importFile(t, path, nd, PlanOptions{})
			want := c.choose
			if want == "none" {
				want = CompanyLevel
			}
			for _, v := range a2.Values {
				if v.Value == c.value && (v.Target != want || !v.Remembered) {
					t.Errorf("second import: %s → %q remembered %v, want %q remembered", v.Value, v.Target, v.Remembered, want)
				}
			}
			if !p2.NothingToDo() {
				t.Errorf("second import changes %+v", p2.Changes)
			}
		})
	}
}

// TestCompanyLevelRoundTrip: the exported workbook writes a
// company-level role without a department; importing it keeps it at
// the company level, into the same document and into a blank one.
func TestCompanyLevelRoundTrip(t *testing.T) {
	doc := companyDoc()
	doc.People = []data.Person{
		{ID: "p1", Number: "E001", Name: "王总", Role: "role-general-manager", Status: data.StatusActive},
		{ID: "p2", Number: "E002", Name: "张运营", Role: "role-ops", Department: "dept-ops", Status: data.StatusActive},
	}
	doc.Sort() // reindexes: the people were added after companyDoc's Sort
	path := filepath.Join(t.TempDir(), "编制表.xlsx")
	must(t, ExportFile(doc, path, ExportOptions{}))

	if _, p := importFile(t, path, doc, PlanOptions{}); !p.NothingToDo() {
		t.Errorf("importing the export into its own document changes %+v", p.Changes)
	}
	blank := &data.Document{Org: data.Organisation{Name: doc.Org.Name, Lang: "zh"}}
	_, p := importFile(t, path, blank, PlanOptions{})
	nd := apply(t, blank, p)
	wang := personNamed(t, nd, "王总")
	if r := nd.Role(wang.Role); r == nil || r.Title != "总经理" || r.Department != "" || wang.Department != "" {
		t.Errorf("王总 holds %+v in %q after the round trip, want the company-level 总经理", r, wang.Department)
	}
	for _, d := range nd.Departments {
		if d.Name != "行政部" && d.Name != "运营部" {
			t.Errorf("the round trip made department %s", d.Name)
		}
	}
	if _, p2 := importFile(t, path, nd, PlanOptions{}); !p2.NothingToDo() {
		t.Errorf("second import of the export changes %+v", p2.Changes)
	}
}

// TestDryRunSuggestsCompanyLevel: `orgdesigner import` takes the
// suggestion without asking.
func TestDryRunSuggestsCompanyLevel(t *testing.T) {
	doc := companyDoc()
	path := companyRoster(t, t.TempDir(), "花名册.xlsx")
	p, err := DryRun(context.Background(), path, "", doc, PlanOptions{})
	must(t, err)
	nd := apply(t, doc, p)
	if wang := personNamed(t, nd, "王总"); wang.Role != "role-general-manager" {
		t.Errorf("王总 holds %s, want role-general-manager", wang.Role)
	}
	if s := p.Summary("en"); !strings.Contains(s, "At the company level (no department):\n  总经办\n") {
		t.Errorf("summary:\n%s", s)
	}
}
