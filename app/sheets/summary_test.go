package sheets

import (
	"strings"
	"testing"
)

// TestSummaryCountsAndPlurals: the summary counts only reporting lines
// the document does not have yet, and English says "1 role reports", not
// "1 roles report".
func TestSummaryCountsAndPlurals(t *testing.T) {
	dir := t.TempDir()
	path := writeFile(t, dir, "roster.csv", []byte("姓名,部门,岗位,直属上级\n王总,运营部,经理,\n张三,运营部,专员,王总\n李四,运营部,专员,王总\n"))
	_, p1 := importFile(t, path, blankDoc(), PlanOptions{})
	if p1.ReportingLines != 2 || p1.RoleLines != 1 || p1.DepartmentHeads != 1 {
		t.Fatalf("first import: lines %d role lines %d heads %d", p1.ReportingLines, p1.RoleLines, p1.DepartmentHeads)
	}
	for lang, want := range map[string][]string{
		"en": {"Import of roster.csv: 3 rows read.", "reporting lines: 2.", "From the managers: 1 role reports to another role; 1 department has a head."},
		"zh": {"读取 3 行。", "汇报关系 2 条。", "根据直属上级：1 个岗位设定了上级岗位，1 个部门设定了负责人。"},
	} {
		s := p1.Summary(lang)
		for _, w := range want {
			if !strings.Contains(s, w) {
				t.Errorf("%s summary lacks %q:\n%s", lang, w, s)
			}
		}
	}
	doc := apply(t, blankDoc(), p1)

	// The same file again: every line is there already.
	_, p2 := importFile(t, path, doc, PlanOptions{NewID: prefixedIDs("n")})
	if p2.ReportingLines != 0 || !p2.NothingToDo() {
		t.Fatalf("second import: %d reporting lines, nothing to do %v\n%s", p2.ReportingLines, p2.NothingToDo(), p2.Summary("en"))
	}
	if s := p2.Summary("zh"); !strings.Contains(s, "汇报关系 0 条") || !strings.Contains(s, "不变 3 人") || !strings.Contains(s, "没有任何变化") {
		t.Errorf("zh summary of a re-import:\n%s", s)
	}

	// One line changes: 李四 now reports to 张三.
	moved := writeFile(t, dir, "roster.csv", []byte("姓名,部门,岗位,直属上级\n王总,运营部,经理,\n张三,运营部,专员,王总\n李四,运营部,专员,张三\n"))
	_, p3 := importFile(t, moved, doc, PlanOptions{NewID: prefixedIDs("n")})
	if p3.ReportingLines != 1 || len(p3.UpdatedPeople) != 1 {
		t.Errorf("changed manager: %d reporting lines, %d updated", p3.ReportingLines, len(p3.UpdatedPeople))
	}

	// One row, one person without a role.
	one := writeFile(t, dir, "one.csv", []byte("姓名,部门\n赵六,财务部\n"))
	_, p4 := importFile(t, one, blankDoc(), PlanOptions{})
	for _, w := range []string{"Import of one.csv: 1 row read.", "1 person will have no role."} {
		if s := p4.Summary("en"); !strings.Contains(s, w) {
			t.Errorf("en summary lacks %q:\n%s", w, s)
		}
	}
}

// TestPluralKeysAgree: the singular keys translate to Chinese exactly
// as their plural twins (Chinese has no plural).
func TestPluralKeysAgree(t *testing.T) {
	for one, many := range map[string]string{
		"Import of %s, sheet %s: %d row read.":                                            "Import of %s, sheet %s: %d rows read.",
		"%d person will have no role.":                                                    "%d people will have no role.",
		"From the managers: %d role reports to another role; %d department has a head.":   "From the managers: %d roles report to another role; %d departments have a head.",
		"From the managers: %d role reports to another role; %d departments have a head.": "From the managers: %d roles report to another role; %d departments have a head.",
		"From the managers: %d roles report to another role; %d department has a head.":   "From the managers: %d roles report to another role; %d departments have a head.",
		"Departments and roles from sheet %s, linked by %s: %d person.":                   "Departments and roles from sheet %s, linked by %s: %d people.",
		"A list of departments: %d department head set from the people of the document.":  "A list of departments: %d department heads set from the people of the document.",
		"%d role of %s has no salary band and is not in the cost.":                        "%d roles of %s have no salary band and are not in the cost.",
	} {
		if a, b := tr("zh", one), tr("zh", many); a != b || a == one {
			t.Errorf("zh %q = %q, but %q = %q", one, a, many, b)
		}
	}
}
