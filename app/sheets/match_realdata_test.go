package sheets

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestRealRosterMovedPeople imports the HR SaaS roster (41 of its 115
// people have no 工号), moves people without a 工号 to another
// department in a copy, and imports the copy: everyone is found again
// (by name and phone), nobody is added twice.
func TestRealRosterMovedPeople(t *testing.T) {
	src := filepath.Join(realdataDir, "cn_roster_ruihr_poi.xlsx")
	if _, err := os.Stat(src); err != nil {
		t.Skip("no " + src)
	}
	_, p1 := importFile(t, src, blankDoc(), PlanOptions{})
	doc := apply(t, blankDoc(), p1)
	if len(doc.People) != 115 {
		t.Fatalf("first import: %d people", len(doc.People))
	}

	f, err := excelize.OpenFile(src)
	must(t, err)
	defer f.Close()
	rows, err := f.GetRows("sheet1")
	must(t, err)
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	cell := func(r []string, h string) string {
		if i := col[h]; i < len(r) {
			return r[i]
		}
		return ""
	}
	// Move every third person without a 工号 into the department of the
	// row above them when it differs.
	moved, seen := map[string]string{}, 0
	for i := 2; i < len(rows); i++ {
		r, above := rows[i], rows[i-1]
		if cell(r, "工号") != "" || cell(r, "部门") == cell(above, "部门") || cell(above, "部门") == "" {
			continue
		}
		if seen++; seen%3 != 0 {
			continue
		}
		must(t, f.SetCellStr("sheet1", cellName(col["部门"]+1, i+1), cell(above, "部门")))
		moved[cell(r, "姓名")] = cell(above, "部门")
	}
	if len(moved) < 3 {
		t.Fatalf("only %d people moved", len(moved))
	}
	dst := filepath.Join(t.TempDir(), "花名册-调岗后.xlsx")
	must(t, f.SaveAs(dst))

	_, p2 := importFile(t, dst, doc, PlanOptions{NewID: prefixedIDs("n")})
	if len(p2.NewPeople) != 0 || len(p2.Problems) != 0 || len(p2.UpdatedPeople) != len(moved) {
		t.Fatalf("second import: new %d updated %d (moved %d), problems %v\n%s",
			len(p2.NewPeople), len(p2.UpdatedPeople), len(moved), p2.Problems, p2.Summary("zh"))
	}
	after := apply(t, doc, p2)
	if len(after.People) != 115 {
		t.Errorf("%d people after moving %d", len(after.People), len(moved))
	}
	for name, dept := range moved {
		if got := deptPath(after, personNamed(t, after, name).Department); got != dept {
			t.Errorf("%s is in %q, want %q", name, got, dept)
		}
	}
}
