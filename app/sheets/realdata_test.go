package sheets

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"testing"

	"orgdesigner/data"
)

// realdataDir holds rosters written by people outside the project (see its
// README). They are never copied into the repository.
const realdataDir = "../../../shared/realdata"

// realdataOutcome is what importing one real file must give.
type realdataOutcome struct {
	sheet   string // the suggested sheet
	refused error  // the kind of refusal, or nil
	people  int    // new people
	depts   int    // new departments
	lines   int    // reporting lines
	// roleLines are the role reporting lines derived from the people's
	// managers: every file with a manager column and titles gives some.
	roleLines int
	skipped   int // rows not imported
	check     func(t *testing.T, doc *data.Document)
}

var realdataOutcomes = map[string]realdataOutcome{
	// HR SaaS export (Apache POI): slash-path departments, serial dates,
	// 工号 with leading zeros, 84 columns kept as extra fields.
	"cn_roster_ruihr_poi.xlsx": {sheet: "sheet1", people: 115, depts: 47, check: func(t *testing.T, doc *data.Document) {
		p := personNamed(t, doc, "郭轩远")
		if p.Number != "000096" || p.HireDate != "2018-04-18" || p.Status != data.StatusActive || p.Phone != "18236536861" {
			t.Errorf("郭轩远 %+v", p)
		}
		if got := deptPath(doc, p.Department); got != "北京睿和良木管理咨询有限公司/猎头业务/南京/南京-黄宁辉组" {
			t.Errorf("department %q", got)
		}
		if !slices.Contains(p.Extra, data.ExtraField{Key: "出生日期", Value: "1992-02-18"}) ||
			!slices.Contains(p.Extra, data.ExtraField{Key: "证件号", Value: "320981199202163389"}) {
			t.Errorf("extra fields %v", p.Extra)
		}
	}},
	// An org-unit list, not a roster: imports as departments (所属公司 >
	// 1级部门); the roster of the same firm then finds them.
	"cn_orgunits_ruihr_poi.xlsx": {sheet: "sheet1", depts: 9, check: func(t *testing.T, doc *data.Document) {
		if len(doc.People) != 0 || len(doc.Roles) != 0 {
			t.Errorf("a department list made %d people, %d roles", len(doc.People), len(doc.Roles))
		}
		found := false
		for _, d := range doc.Departments {
			found = found || deptPath(doc, d.ID) == "北京睿和良木管理咨询有限公司/猎头业务"
		}
		if !found {
			t.Error("no department 北京睿和良木管理咨询有限公司/猎头业务")
		}
	}},
	// Four levels as columns: 大区 > 所属部门 > 所属战队.
	"cn_sales_teams_4level.xlsx": {sheet: "Sheet1", people: 31, depts: 17, check: func(t *testing.T, doc *data.Document) {
		if got := deptPath(doc, personNamed(t, doc, "张飞").Department); got != "四大名著/三国演义/蜀国队" {
			t.Errorf("张飞 in %q", got)
		}
	}},
	// Empty template, header on row 2 below a space-padded title.
	"cn_roster_template_7sheets.xlsx": {sheet: "花名册"},
	// Faker data with 28 missing names.
	"cn_employee_info_faker_missing.xlsx": {sheet: "Sheet1", people: 472, depts: 6, skipped: 28, check: func(t *testing.T, doc *data.Document) {
		p := personNamed(t, doc, "李超")
		if p.Number != "X0001" || p.HireDate != "2017-06-06" {
			t.Errorf("李超 %+v", p)
		}
	}},
	"cn_training_roster_form.xls": {refused: ErrLegacyXLS},
	// The data sits on the fourth sheet, but has no names.
	"en_ibm_hr_attrition_dashboard.xlsx": {sheet: "Raw data", refused: ErrNoNameColumn},
	// id / parentId hierarchy: managers by number.
	"en_d3_orgchart_1516.csv": {sheet: "en_d3_orgchart_1516", people: 1516, depts: 1, lines: 1515, roleLines: 13},
	// UTF-8 with BOM, name + surname, titles kept as extra fields.
	"cz_law_firm_orgchart.csv": {sheet: "cz_law_firm_orgchart", people: 132, depts: 16, lines: 131, roleLines: 31},
	// Oracle HR sample: department_id is the department code and
	// department_location_* columns are no departments (header parts).
	"d3_org_chart_oracle_hr_sample_id_parentid.csv": {sheet: "d3_org_chart_oracle_hr_sample_id_parentid",
		people: 107, depts: 10, lines: 106, roleLines: 18, check: func(t *testing.T, doc *data.Document) {
			heads := 0
			for _, d := range doc.Departments {
				if d.Head != "" {
					heads++
				}
			}
			if heads == 0 {
				t.Error("no department heads derived from the managers")
			}
		}},
	// Two-row merged header; no role column.
	"hrsaas_employee_export_sheetjs_wps_2row_merged_header.xlsx": {sheet: "SheetJS", people: 19, depts: 6},
	// BOM, trailing comma rows. Its "people" are organisational units
	// (directorates, programs) by id / parentId with no titles: it imports
	// as the department tree, parentId giving each unit its parent.
	"nasa_org_chart_bom_trailing_blank_rows.csv": {sheet: "nasa_org_chart_bom_trailing_blank_rows", depts: 11,
		check: func(t *testing.T, doc *data.Document) {
			want := "National Aeronautics and Space Administration/Aeronautics Research Mission Directorate/Advanced Air Vehicles Program"
			for _, d := range doc.Departments {
				if d.Name == "Advanced Air Vehicles Program" && (deptPath(doc, d.ID) != want || d.Code != "O-6072") {
					t.Errorf("%q code %q, want %q", deptPath(doc, d.ID), d.Code, want)
				}
			}
		}},
	// WeCom template: instruction rows above the header, 职务 as role.
	"wecom_contacts_import_template_filled_excel2010.xlsx": {sheet: "成员列表", people: 17, depts: 1},
	"en_museum_job_descriptions.csv":                       {sheet: "en_museum_job_descriptions", refused: ErrNoNameColumn},
	// Every line wrapped in quotes holding a semicolon-separated line, and
	// line 3 misses a quote: refused, saying so.
	"en_orgchart_semicolon_broken.csv": {sheet: "en_orgchart_semicolon_broken", refused: ErrCSV},
	// openpyxl, upper-case YYYY-MM-DD date format on an unmapped column.
	"en_orgchart_tiny_openpyxl.xlsx": {sheet: "Sheet1", people: 3, depts: 1, check: func(t *testing.T, doc *data.Document) {
		if e := personNamed(t, doc, "Joe Smith").Extra; !slices.Equal(e, []data.ExtraField{{Key: "Date", Value: "2021-01-01"}}) {
			t.Errorf("Joe Smith extra %v", e)
		}
	}},
}

func TestRealdata(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(realdataDir, "*"))
	if len(files) == 0 {
		t.Skip("no real-world files in " + realdataDir)
	}
	for _, path := range files {
		name := filepath.Base(path)
		if name == "README.md" {
			continue
		}
		want, ok := realdataOutcomes[name]
		if !ok {
			t.Errorf("%s: no expected outcome listed", name)
			continue
		}
		t.Run(name, func(t *testing.T) { checkRealFile(t, path, want) })
	}
}

func checkRealFile(t *testing.T, path string, want realdataOutcome) {
	doc := &data.Document{Org: data.Organisation{Name: "测试公司", Lang: "zh"}}
	wb, err := Open(path)
	if err != nil {
		if want.refused == nil || !errors.Is(err, want.refused) {
			t.Fatalf("Open: %v, want refusal %v", err, want.refused)
		}
		t.Logf("refused: %s", err)
		return
	}
	defer wb.Close()
	if s := wb.Suggested(); s != want.sheet {
		t.Errorf("suggested sheet %q, want %q", s, want.sheet)
	}
	a, err := wb.Analyse(context.Background(), wb.Suggested(), doc, nil)
	if err != nil {
		t.Fatal(err)
	}
	p, err := Plan(context.Background(), a, doc, PlanOptions{}, nil)
	if want.refused != nil {
		if !errors.Is(err, want.refused) {
			t.Fatalf("Plan: %v, want refusal %v", err, want.refused)
		}
		t.Logf("refused: %s", err)
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	if len(p.NewPeople) != want.people || len(p.NewDepartments) != want.depts ||
		p.ReportingLines != want.lines || p.Skipped != want.skipped || p.RoleLines != want.roleLines {
		t.Errorf("people %d departments %d lines %d skipped %d role lines %d; want %d %d %d %d %d",
			len(p.NewPeople), len(p.NewDepartments), p.ReportingLines, p.Skipped, p.RoleLines,
			want.people, want.depts, want.lines, want.skipped, want.roleLines)
	}
	nd := apply(t, doc, p)
	if want.check != nil {
		want.check(t, nd)
	}
	// A second import of the same file changes nothing.
	a2, err := wb.Analyse(context.Background(), wb.Suggested(), nd, nil)
	if err != nil {
		t.Fatal(err)
	}
	p2, err := Plan(context.Background(), a2, nd, PlanOptions{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !p2.NothingToDo() {
		t.Errorf("second import changes: %d people, %d departments, %d roles",
			len(p2.Changes.PutPeople), len(p2.Changes.PutDepartments), len(p2.Changes.PutRoles))
	}
	// Exporting the result and importing the workbook changes nothing either.
	out := filepath.Join(t.TempDir(), "export.xlsx")
	if err := ExportFile(nd, out, ExportOptions{}); err != nil {
		t.Fatal(err)
	}
	if _, p3 := importFile(t, out, nd, PlanOptions{}); !p3.NothingToDo() || len(p3.Problems) != 0 {
		t.Errorf("re-import of the export changes %d people, %d roles; problems %v",
			len(p3.Changes.PutPeople), len(p3.Changes.PutRoles), p3.Problems)
	}
}
