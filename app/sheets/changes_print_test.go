package sheets

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"orgdesigner/app/compare"
	"orgdesigner/data"
)

// TestChangeSheetPrintsReadably: the change sheet prints on A4 like the
// staffing sheets, its department column is as wide as its longest path
// (up to a cap, then the label wraps in a taller row), and its bold rows
// use the workbook's font family like the others (a font without a name
// prints in a serif face).
func TestChangeSheetPrintsReadably(t *testing.T) {
	a := bandedDoc()
	// A deep department of a real roster, removed in B.
	parent := data.ID("")
	for i, name := range []string{"北京睿和良木管理咨询有限公司", "猎头业务", "南京", "南京-黄宁辉组"} {
		id := data.ID(fmt.Sprintf("deep%d", i))
		a.Departments = append(a.Departments, data.Department{ID: id, Name: name, Parent: parent, Order: 10 + i})
		parent = id
	}
	a.Roles = append(a.Roles, data.Role{ID: "rdeep", Title: "顾问", Department: parent, Planned: 1})
	a.Sort()
	b := cloneDoc(t, a)
	// bandedDoc has one role without a band: the note says "1 role".
	for _, lang := range []string{"zh", "en"} {
		t.Run(lang, func(t *testing.T) {
			bb := cloneDoc(t, b)
			bb.Departments = bb.Departments[:0:0]
			for _, d := range b.Departments {
				if !strings.HasPrefix(string(d.ID), "deep") {
					bb.Departments = append(bb.Departments, d)
				}
			}
			bb.Roles = bb.Roles[:0:0]
			for _, r := range b.Roles {
				if r.ID != "rdeep" {
					bb.Roles = append(bb.Roles, r)
				}
			}
			bb.Sort()
			var buf bytes.Buffer
			must(t, ExportChanges(&buf, ChangesOptions{Result: compare.Compare(a, bb), Lang: lang}))
			f, err := excelize.OpenReader(&buf)
			must(t, err)
			defer f.Close()
			sheet := tr(lang, "Changes")
			checkA4(t, f, sheet)
			rows := readSheet(t, f, sheet)
			if want := tr(lang, "%d role of %s has no salary band and is not in the cost.", 1, tr(lang, "After")); !strings.Contains(rows[1][0], want) {
				t.Errorf("note %q lacks %q", rows[1][0], want)
			}
			width, err := f.GetColWidth(sheet, "A")
			must(t, err)
			family, err := f.GetDefaultFont()
			must(t, err)
			longest, total, totalRow := "", tr(lang, "Grand total"), 0
			for i, r := range rows {
				if i < 3 {
					continue // title and note
				}
				if len(r) > 0 && textWidth(r[0]) > textWidth(longest) {
					longest = r[0]
				}
				if len(r) > 0 && r[0] == total {
					totalRow = i + 1
				}
			}
			if !strings.Contains(longest, "北京睿和良木管理咨询有限公司/猎头业务/南京/南京-黄宁辉组") {
				t.Fatalf("longest department label %q", longest)
			}
			if need := textWidth(longest)*0.85 + 2; width < min(need, 60) || width > 60 {
				t.Errorf("department column %.1f wide for %q (needs %.1f, cap 60)", width, longest, need)
			}
			if totalRow == 0 {
				t.Fatalf("no %q row", total)
			}
			for _, cell := range []string{"A1", "A4", fmt.Sprintf("A%d", totalRow), fmt.Sprintf("B%d", totalRow), fmt.Sprintf("M%d", totalRow)} {
				id, err := f.GetCellStyle(sheet, cell)
				must(t, err)
				st, err := f.GetStyle(id)
				must(t, err)
				if st.Font == nil || !st.Font.Bold || st.Font.Family != family {
					t.Errorf("%s: font %+v, want bold %s", cell, st.Font, family)
				}
			}
			id, err := f.GetCellStyle(sheet, fmt.Sprintf("A%d", totalRow-1))
			must(t, err)
			if st, _ := f.GetStyle(id); st.Alignment == nil || !st.Alignment.WrapText {
				t.Errorf("department labels do not wrap")
			}
		})
	}
	// The staffing workbook's sheets print on A4 too.
	_, f := exportTo(t, bandedDoc(), ExportOptions{})
	for _, sheet := range []string{"编制汇总", "花名册", "部门", "岗位职责", "项目组"} {
		checkA4(t, f, sheet)
	}
}

func checkA4(t *testing.T, f *excelize.File, sheet string) {
	t.Helper()
	pl, err := f.GetPageLayout(sheet)
	must(t, err)
	if pl.Size == nil || *pl.Size != paperA4 || pl.Orientation == nil || *pl.Orientation != "landscape" ||
		pl.FitToWidth == nil || *pl.FitToWidth != 1 {
		t.Errorf("%s: page layout size %v orientation %v fit to width %v, want A4 (9) landscape 1", sheet, deref(pl.Size), deref(pl.Orientation), deref(pl.FitToWidth))
	}
}

func deref[T any](p *T) any {
	if p == nil {
		return nil
	}
	return *p
}
