package sheets

import (
	"bytes"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"orgdesigner/app/compare/comparetest"
)

// TestExportChangesUnpriced: a cost whose roles have no salary band reads
// 未设薪酬 with no difference, not 0 (the real roster has no bands); the
// note counts each side's roles without one; the people of a deleted team
// go to 未安排.
func TestExportChangesUnpriced(t *testing.T) {
	var buf bytes.Buffer
	must(t, ExportChanges(&buf, ChangesOptions{Result: comparetest.Unpriced(), NameA: "当前组织", NameB: "重组"}))
	f, err := excelize.OpenReader(&buf)
	must(t, err)
	defer f.Close()
	rows := readSheet(t, f, "变更")
	if !strings.Contains(rows[1][0], "当前组织 有 3 个岗位没有月薪带宽") || !strings.Contains(rows[1][0], "重组 有 2 个岗位没有月薪带宽") {
		t.Errorf("note %q", rows[1][0])
	}
	byLabel := map[string][]string{}
	for _, r := range rows[4:] { // the summary, to the blank row
		if len(r) == 0 {
			break
		}
		byLabel[r[0]] = append(r, make([]string, 13)...)
	}
	for label, want := range map[string][3]string{
		"猎头业务": {"未设薪酬", "未设薪酬", "—"},
		"业务中台": {"未设薪酬", "52000", "—"},
		"猎头业务/长沙-梁杰组（撤销）": {"未设薪酬", "0", "—"},
		"合计": {"未设薪酬", "52000", "—"},
	} {
		r := byLabel[label]
		if r == nil {
			t.Errorf("no row %s in %q", label, rows)
			continue
		}
		if got := [3]string{r[7], r[8], r[9]}; got != want {
			t.Errorf("%s monthly cost %q, want %q", label, got, want)
		}
	}
	found := false
	for _, r := range rows {
		if len(r) > 6 && r[2] == "梁杰" {
			found = true
			if r[0] != "猎头业务/长沙-梁杰组（撤销）" || r[6] != "未安排" {
				t.Errorf("梁杰's row %q", r)
			}
		}
	}
	if !found {
		t.Error("梁杰 is not listed")
	}
}
