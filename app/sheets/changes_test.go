package sheets

import (
	"bytes"
	"encoding/json"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"orgdesigner/app/compare"
	"orgdesigner/data"
)

// cloneDoc deep-copies a document.
func cloneDoc(t testing.TB, d *data.Document) *data.Document {
	t.Helper()
	b, err := json.Marshal(d)
	must(t, err)
	var out data.Document
	must(t, json.Unmarshal(b, &out))
	out.Sort()
	return &out
}

// scenarioOf is bandedDoc's 成长期 scenario: a new 数据部 with a role,
// 筹备组 closed (周杰 moves to 市场部), 市场专员 renamed 市场经理 with a
// higher band, 后端工程师 3 → 5, a changed role card, 李娜 moving to
// 市场部, 陈静's old record gone, and the 618 team changed.
func scenarioOf(t testing.TB, a *data.Document) *data.Document {
	b := cloneDoc(t, a)
	b.Departments = slices.DeleteFunc(b.Departments, func(d data.Department) bool { return d.ID == "d4" })
	b.Departments = append(b.Departments, data.Department{ID: "d5", Name: "数据部", Order: 3})
	b.Roles = append(b.Roles, data.Role{ID: "r5", Title: "数据分析师", Department: "d5", ReportsTo: "r0", Planned: 2, Grade: "P5", Order: 5})
	r3 := b.Role("r3")
	r3.Title, r3.PayMin, r3.PayMax = "市场经理", 15000, 20000
	b.Role("r2").Planned = 5
	b.Role("r1").Purpose = "带领研发与数据团队"
	b.Person("p6").Department = "d3"
	b.Person("p3").Role, b.Person("p3").Department = "r3", "d3"
	b.Projects[0].Goal = "GMV 增长 30%"
	b.Sort()
	return b
}

// readSheet reads a sheet's raw values (numbers unformatted).
func readSheet(t *testing.T, f *excelize.File, sheet string) [][]string {
	t.Helper()
	rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
	must(t, err)
	return rows
}

func TestExportChanges(t *testing.T) {
	a := bandedDoc()
	r := compare.Compare(a, scenarioOf(t, a))
	var buf bytes.Buffer
	must(t, ExportChanges(&buf, ChangesOptions{Result: r, NameA: "当前组织", NameB: "成长期"}))
	f, err := excelize.OpenReader(&buf)
	must(t, err)
	defer f.Close()
	if got := f.GetSheetList(); !slices.Equal(got, []string{"变更"}) {
		t.Fatalf("sheets %v", got)
	}
	rows := readSheet(t, f, "变更")
	if rows[0][0] != "组织变更：当前组织 → 成长期" || !strings.HasPrefix(rows[1][0], "月成本 = 人数 × 月薪带宽中值 ×（1 + 社保公积金 30%）") {
		t.Errorf("title rows %q", rows[:2])
	}
	// Summary: 研发中心 (its 后端组 grew), 后端组, 市场部, new 数据部,
	// removed 筹备组 (it had no roles: zeros), and the total. 后端工程师 2 more × 13,000;
	// 市场专员 → 市场经理: 2 × (17,500 − 6,000) × 1.3 = 29,900 more; 数据部
	// 2 × 13,000.
	want := [][]string{
		{"部门", "编制（前）", "编制（后）", "编制增减", "在岗（前）", "在岗（后）", "在岗增减", "计划月成本（前）", "计划月成本（后）", "月成本增减", "计划年成本（前）", "计划年成本（后）", "年成本增减"},
		{"研发中心", "4", "6", "2", "2", "1", "-1", "39000", "65000", "26000", "507000", "845000", "338000"},
		{"研发中心/后端组", "3", "5", "2", "1", "0", "-1", "39000", "65000", "26000", "507000", "845000", "338000"},
		{"市场部", "2", "2", "0", "1", "2", "1", "15600", "45500", "29900", "202800", "591500", "388700"},
		{"数据部（新增）", "0", "2", "2", "0", "0", "0", "0", "26000", "26000", "0", "338000", "338000"},
		{"筹备组（撤销）", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"},
		{"合计", "7", "11", "4", "4", "4", "0", "119600", "201500", "81900", "1554800", "2619500", "1064700"},
	}
	if !equalGrid(rows[3:10], want) {
		t.Errorf("summary\n got %q\nwant %q", rows[3:10], want)
	}
	if got, _ := f.GetCellFormula("变更", "D5"); got != "C5-B5" {
		t.Errorf("D5 formula %q", got)
	}
	if got, _ := f.GetCellValue("变更", "J5"); got != "+26,000" {
		t.Errorf("J5 shows %q, want the sign", got)
	}
	// From, to and details span merged columns D:F, G:I and J:M.
	var changes [][]string
	for _, row := range rows[11:] {
		row = append(row, make([]string, 13)...)
		changes = append(changes, []string{row[0], row[1], row[2], row[3], row[6], row[9]})
	}
	if merged, _ := f.GetMergeCells("变更"); len(merged) != 3*len(changes) {
		t.Errorf("%d merged ranges for %d rows", len(merged), len(changes))
	}
	wantChanges := [][]string{
		{"部门", "变更", "对象", "原", "新", "说明"},
		{"研发中心", "岗位说明书变更", "研发总监", "", "", "岗位目的"},
		{"研发中心/后端组", "编制变更", "后端工程师", "3", "5", "+2"},
		{"市场部", "岗位更名", "市场经理", "市场专员", "市场经理"},
		{"市场部", "岗位说明书变更", "市场经理", "", "", "月薪带宽"},
		{"市场部", "人员调动", "李娜", "后端工程师（研发中心/后端组）", "市场经理（市场部）"},
		{"市场部", "人员调动", "周杰", "未安排（筹备组）", "未安排（市场部）"},
		{"数据部（新增）", "新增部门", "数据部", "", "公司级"},
		{"数据部（新增）", "新增岗位", "数据分析师", "", "数据部", "编制 2；直接上级：总经理（公司级）"},
		{"筹备组（撤销）", "撤销部门", "筹备组", "公司级"},
		{"公司级", "项目组变更", "618大促项目组", "", "", "项目目标"},
	}
	if !equalGrid(changes, wantChanges) {
		t.Errorf("changes\n got %q\nwant %q", changes, wantChanges)
	}
}

func TestExportChangesEnglishAndEmpty(t *testing.T) {
	a := bandedDoc()
	b := cloneDoc(t, a)
	zero := 0.0
	b.Org.OnCostPercent = &zero
	var buf bytes.Buffer
	must(t, ExportChanges(&buf, ChangesOptions{Result: compare.Compare(a, b), Lang: "en"}))
	f, err := excelize.OpenReader(&buf)
	must(t, err)
	defer f.Close()
	rows := readSheet(t, f, "Changes")
	if rows[0][0] != "Changes: Before → After" || !strings.Contains(rows[1][0], "Before: on-cost 30%, 13 months; After: on-cost 0%, 13 months.") {
		t.Errorf("title rows %q", rows[:2])
	}
	last := rows[len(rows)-1]
	if last[0] != "No differences." || rows[len(rows)-2][1] != "Change" {
		t.Errorf("change list %q", rows[len(rows)-2:])
	}
	// The cost fell everywhere: the departments with cost and the total.
	if total := rows[len(rows)-4]; total[0] != "Total" || total[7] != "119600" || total[8] != "92000" {
		t.Errorf("total %q", total)
	}
	if err := ExportChanges(&buf, ChangesOptions{}); err == nil {
		t.Error("no comparison accepted")
	}
}

// TestStaffingWorkbookWithChanges: the change sheet appended to the
// staffing workbook comes after the visible sheets, and the workbook still
// imports back as before.
func TestStaffingWorkbookWithChanges(t *testing.T) {
	a := bandedDoc()
	b := scenarioOf(t, a)
	path, f := exportTo(t, b, ExportOptions{Changes: &ChangesOptions{Result: compare.Compare(a, b)}})
	if got := f.GetSheetList(); !slices.Equal(got, []string{"编制汇总", "花名册", "部门", "岗位职责", "项目组", "变更", "列表", "OrgDesigner"}) {
		t.Fatalf("sheets %v", got)
	}
	if rows := readSheet(t, f, "变更"); rows[0][0] != "组织变更：变更前 → 变更后" {
		t.Errorf("title %q", rows[0])
	}
	blank := &data.Document{Org: data.Organisation{Name: "新公司", Lang: "zh"}}
	_, p := importFile(t, path, blank, PlanOptions{})
	if len(p.Problems) != 0 {
		t.Fatalf("problems %v", p.Problems)
	}
	if got, want := structureOf(apply(t, blank, p)), structureOf(b); !slices.Equal(got, want) {
		t.Errorf("structure\n got %q\nwant %q", got, want)
	}

	// WriteChanges adds the sheet to any open workbook, once.
	g := excelize.NewFile()
	defer g.Close()
	opts := ChangesOptions{Result: compare.Compare(a, b), Lang: "en"}
	must(t, WriteChanges(g, opts))
	if err := WriteChanges(g, opts); err == nil {
		t.Error("a second change sheet of the same name was written")
	}
	out := filepath.Join(t.TempDir(), "changes.xlsx")
	must(t, g.SaveAs(out))
	h, err := excelize.OpenFile(out)
	must(t, err)
	defer h.Close()
	if got := h.GetSheetList(); !slices.Equal(got, []string{"Sheet1", "Changes"}) {
		t.Errorf("sheets %v", got)
	}
	must(t, ExportChangesFile(filepath.Join(t.TempDir(), "c.xlsx"), opts))
}

// BenchmarkExportChanges10k writes the change sheet of a 10,000-person
// company against a scenario where every 10th person moves and every
// role's 编制 changes (1,120 changes).
func BenchmarkExportChanges10k(b *testing.B) {
	a := bigDocument(10000)
	s := cloneDoc(b, a)
	for i := range s.Roles {
		s.Roles[i].Planned++
	}
	for i := 0; i < len(s.People); i += 10 {
		s.People[i].Role = s.Roles[(i+1)%len(s.Roles)].ID
	}
	s.Sort()
	r := compare.Compare(a, s)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		must(b, ExportChanges(io.Discard, ChangesOptions{Result: r}))
	}
	b.ReportMetric(float64(len(r.Changes)), "changes")
}
