package sheets

import (
	"math"
	"slices"
	"testing"

	"github.com/xuri/excelize/v2"

	"orgdesigner/data"
)

// bandedDoc is staffedDoc with a grade table and salary bands of every
// kind: an own band (总经理), a grade's band matched case-insensitively
// (后端工程师 "p5"), an own band with only a minimum (市场专员) and a role
// without a band (研发总监).
func bandedDoc() *data.Document {
	doc := staffedDoc()
	doc.Org.Grades = []data.GradeBand{{Grade: "P5", Min: 8000, Max: 12000}, {Grade: "M1", Min: 30000, Max: 45000}}
	doc.Role("r0").PayMin, doc.Role("r0").PayMax = 40000, 60000
	doc.Role("r2").Grade = "p5"
	doc.Role("r3").PayMin = 6000
	return doc
}

func TestExportCostColumns(t *testing.T) {
	_, f := exportTo(t, bandedDoc(), ExportOptions{})
	rows, err := f.GetRows("编制汇总")
	must(t, err)
	// 总经理: 1 × 50,000 × 1.3; 后端工程师: 3 (1 filled) × 10,000 × 1.3;
	// 市场专员: 2 (1 filled) × 6,000 × 1.3; 13 months a year.
	want := [][]string{
		{"公司级", "总经理", "", "", "1", "1", "0", "", "40,000", "60,000", "65,000", "65,000", "845,000", "845,000"},
		{"公司级", "小计（公司级）", "", "", "1", "1", "0", "", "", "", "65,000", "65,000", "845,000", "845,000"},
		{"研发中心", "研发总监", "RD-01", "总经理", "1", "1", "0"},
		{"研发中心", "小计（研发中心）", "", "", "1", "1", "0", "", "", "", "0", "0", "0", "0"},
		{"研发中心/后端组", "后端工程师", "", "研发总监（研发中心）", "3", "1", "2", "p5", "8,000", "12,000", "39,000", "13,000", "507,000", "169,000"},
		{"研发中心/后端组", "小计（研发中心/后端组）", "", "", "3", "1", "2", "", "", "", "39,000", "13,000", "507,000", "169,000"},
		{"市场部", "市场专员", "", "总经理", "2", "1", "1", "", "6,000", "6,000", "15,600", "7,800", "202,800", "101,400"},
		{"市场部", "小计（市场部）", "", "", "2", "1", "1", "", "", "", "15,600", "7,800", "202,800", "101,400"},
		{"筹备组"},
		{"合计", "", "", "", "7", "4", "3", "", "", "", "119,600", "85,800", "1,554,800", "1,115,400"},
		{},
		{"注：月成本 = 人数 × 月薪带宽中值 ×（1 + 社保公积金 30%）；年成本 = 月成本 × 13 个月。灰色斜体的带宽来自职级表。"},
		{"注：1 个岗位没有月薪带宽，未计入成本。"},
	}
	if !equalGrid(rows[1:], want) {
		t.Errorf("编制汇总\n got %q\nwant %q", rows[1:], want)
	}
	for cell, want := range map[string]string{"K2": "E2*(I2+J2)/2*(1+30%)", "L6": "F6*(I6+J6)/2*(1+30%)", "M6": "K6*13",
		"N8": "L8*13", "K3": "SUBTOTAL(9,K2:K2)", "N11": "SUBTOTAL(9,N2:N10)"} {
		if got, _ := f.GetCellFormula("编制汇总", cell); got != want {
			t.Errorf("formula %s = %q, want %q", cell, got, want)
		}
	}
	// The band a role takes from the grade table looks different from an
	// own band.
	own, _ := f.GetCellStyle("编制汇总", "I2")
	inherited, _ := f.GetCellStyle("编制汇总", "I6")
	st, err := f.GetStyle(inherited)
	must(t, err)
	if own == inherited || st.Font == nil || !st.Font.Italic {
		t.Errorf("grade band style %d (%+v) vs own band %d", inherited, st.Font, own)
	}
	raw, _ := f.GetCellValue("编制汇总", "K6", excelize.Options{RawCellValue: true})
	if raw != "39000" {
		t.Errorf("K6 raw = %q", raw)
	}

	// Other settings: 0 % on-cost and 12 months are in the formulas.
	doc := bandedDoc()
	zero := 0.0
	doc.Org.OnCostPercent, doc.Org.MonthsPerYear = &zero, 12
	_, f = exportTo(t, doc, ExportOptions{})
	for cell, want := range map[string]string{"K2": "E2*(I2+J2)/2*(1+0%)", "M2": "K2*12"} {
		if got, _ := f.GetCellFormula("编制汇总", cell); got != want {
			t.Errorf("formula %s = %q, want %q", cell, got, want)
		}
	}
	if v, _ := f.GetCellValue("编制汇总", "M2"); v != "600,000" {
		t.Errorf("M2 = %q, want 600,000", v)
	}
}

// TestStaffingHeaderMapping: the cost columns mean nothing to the import,
// so the staffing sheet is still found and read as before, in both
// languages.
func TestStaffingHeaderMapping(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		doc := bandedDoc()
		doc.Org.Lang = lang
		_, f := exportTo(t, doc, ExportOptions{})
		rows, err := f.GetRows(tr(lang, "Staffing"))
		must(t, err)
		var fields []string
		for _, c := range guessMapping(rows[0]) {
			fields = append(fields, string(c.Field))
		}
		want := []string{"department", "role", "roleCode", "reportsTo", "planned", "ignore", "ignore", "", "", "", "", "", "", ""}
		if !slices.Equal(fields, want) {
			t.Errorf("%s: header %q maps to %q", lang, rows[0], fields)
		}
	}
}

// TestBandsRoundTrip: grades, own bands of every shape, the grade table,
// on-cost (an explicit 0 %) and months come back from the workbook into a
// blank document, and re-importing into the same document changes nothing.
func TestBandsRoundTrip(t *testing.T) {
	zero := 0.0
	for name, edit := range map[string]func(*data.Document){
		"defaults":          func(*data.Document) {},
		"0 % and 12 months": func(d *data.Document) { d.Org.OnCostPercent, d.Org.MonthsPerYear = &zero, 12 },
		"odd bands": func(d *data.Document) {
			d.Role("r1").PayMin, d.Role("r1").PayMax = 45000, 30000 // swapped
			d.Role("r1").Grade = "M1"
			d.Role("r2").PayMin, d.Role("r2").PayMax = 8000, 12000 // own band equal to its grade's
			d.Role("r3").PayMin, d.Role("r3").PayMax = 0, 7500.5   // only a maximum, with cents
		},
	} {
		t.Run(name, func(t *testing.T) {
			doc := bandedDoc()
			edit(doc)
			path, _ := exportTo(t, doc, ExportOptions{})
			blank := &data.Document{Org: data.Organisation{Name: "新公司", Lang: "zh"}}
			_, p := importFile(t, path, blank, PlanOptions{})
			if len(p.Problems) != 0 {
				t.Fatalf("problems: %v", p.Problems)
			}
			nd := apply(t, blank, p)
			if !slices.Equal(nd.Org.Grades, doc.Org.Grades) || nd.Org.Months() != doc.Org.Months() ||
				(nd.Org.OnCostPercent == nil) != (doc.Org.OnCostPercent == nil) || nd.Org.OnCost() != doc.Org.OnCost() ||
				nd.Org.MonthsPerYear != doc.Org.MonthsPerYear {
				t.Errorf("organisation %+v, want %+v", nd.Org, doc.Org)
			}
			if got, want := bandsOf(nd), bandsOf(doc); !slices.Equal(got, want) {
				t.Errorf("bands\n got %q\nwant %q", got, want)
			}
			_, again := importFile(t, path, doc, PlanOptions{})
			if !again.NothingToDo() || len(again.Problems) != 0 {
				t.Errorf("re-import changes %+v, problems %v", again.Changes, again.Problems)
			}
		})
	}
}

// bandsOf lists every role's grade and own band by title.
func bandsOf(doc *data.Document) []string {
	var out []string
	for _, r := range doc.Roles {
		out = append(out, r.Title+"|"+r.Grade+"|"+formatNumber(r.PayMin)+"|"+formatNumber(r.PayMax))
	}
	slices.Sort(out)
	return out
}

// TestBandsEdited: what the user typed into the staffing sheet's grade and
// band cells is imported: a changed band becomes the role's own, an emptied
// one falls back to the grade, text is a problem with its place.
func TestBandsEdited(t *testing.T) {
	doc := bandedDoc()
	path, f := exportTo(t, doc, ExportOptions{})
	must(t, f.SetCellValue("编制汇总", "I6", 9000)) // 后端工程师: grade band edited → own band 9,000–12,000
	must(t, f.SetCellValue("编制汇总", "I2", ""))   // 总经理: band emptied
	must(t, f.SetCellValue("编制汇总", "J2", ""))
	must(t, f.SetCellValue("编制汇总", "H4", "M1")) // 研发总监: a grade
	must(t, f.SetCellValue("编制汇总", "J8", "七千")) // 市场专员: not a number
	must(t, f.Save())
	_, p := importFile(t, path, doc, PlanOptions{})
	got := summarise(p.Problems)
	if want := []problemSummary{{"编制汇总", 8, "J", "七千", "bad-pay"}}; !slices.Equal(got, want) {
		t.Errorf("problems %+v, want %+v", got, want)
	}
	nd := apply(t, doc, p)
	for id, want := range map[data.ID]string{"r0": "总经理||0|0", "r1": "研发总监|M1|0|0", "r2": "后端工程师|p5|9000|12000", "r3": "市场专员||6000|0"} {
		r := nd.Role(id)
		if got := r.Title + "|" + r.Grade + "|" + formatNumber(r.PayMin) + "|" + formatNumber(r.PayMax); got != want {
			t.Errorf("%s = %s, want %s", id, got, want)
		}
	}
	if p.Restored.Bands != 3 {
		t.Errorf("restored %+v", p.Restored)
	}
}

// TestOldWorkbookGrade: a workbook written before the staffing sheet had
// its cost columns keeps the grade in 岗位职责; it still comes back.
func TestOldWorkbookGrade(t *testing.T) {
	path, f := exportTo(t, staffedDoc(), ExportOptions{})
	for range 7 {
		must(t, f.RemoveCol("编制汇总", "H"))
	}
	must(t, f.SetSheetRow("岗位职责", "A8", &[]any{"研发中心/后端组", "后端工程师", "职级", nil, "P7"}))
	must(t, f.Save())
	blank := &data.Document{Org: data.Organisation{Name: "新公司", Lang: "zh"}}
	_, p := importFile(t, path, blank, PlanOptions{})
	if len(p.Problems) != 0 {
		t.Fatalf("problems %v", p.Problems)
	}
	nd := apply(t, blank, p)
	for _, r := range nd.Roles {
		if r.Title == "后端工程师" && r.Grade != "P7" {
			t.Errorf("grade %q", r.Grade)
		}
	}
}

func TestParsePay(t *testing.T) {
	for in, want := range map[string]float64{"": 0, "8000": 8000, "8,000": 8000, "¥12,000.50": 12000.5, " 6000元 ": 6000, "1.2E+04": 12000} {
		if got, ok := parsePay(in); !ok || got != want {
			t.Errorf("parsePay(%q) = %v, %v; want %v", in, got, ok, want)
		}
	}
	for _, in := range []string{"-1", "abc", "七千", "Inf", "NaN"} {
		if _, ok := parsePay(in); ok {
			t.Errorf("parsePay(%q) accepted", in)
		}
	}
}

// FuzzParsePay: any cell text gives either a finite amount of 0 or more,
// or a refusal; never a panic.
func FuzzParsePay(f *testing.F) {
	for _, s := range []string{"", "8000", "8,000.50", "¥12,000", "1.2E+04", "-1", "七千", "NaN", "1e400"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, ok := parsePay(s)
		if ok && (v < 0 || math.IsInf(v, 0) || math.IsNaN(v)) {
			t.Errorf("parsePay(%q) = %v", s, v)
		}
		if !ok && v != 0 {
			t.Errorf("parsePay(%q) refused with %v", s, v)
		}
	})
}

// TestDepartmentRollups: 部门 lists each department's headcount and cost
// with its sub-departments.
func TestDepartmentRollups(t *testing.T) {
	_, f := exportTo(t, bandedDoc(), ExportOptions{})
	rows, err := f.GetRows("部门", excelize.Options{RawCellValue: true})
	must(t, err)
	want := [][]string{
		{"部门", "上级部门", "负责岗位", "部门定位", "口号", "颜色", "编制合计（含下级）", "在岗合计（含下级）", "计划月成本（含下级）", "在岗月成本（含下级）", "计划年成本（含下级）", "在岗年成本（含下级）"},
		{"研发中心", "", "", "", "", "", "4", "2", "39000", "13000", "507000", "169000"},
		{"研发中心/后端组", "研发中心", "", "", "", "", "3", "1", "39000", "13000", "507000", "169000"},
		{"市场部", "", "", "", "", "", "2", "1", "15600", "7800", "202800", "101400"},
		{"筹备组", "", "", "", "", "", "0", "0", "0", "0", "0", "0"},
	}
	if !equalGrid(rows, want) {
		t.Errorf("部门\n got %q\nwant %q", rows, want)
	}
}
