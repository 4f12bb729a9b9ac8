package dialogs

import (
	"path/filepath"
	"slices"
	"testing"

	"fyne.io/fyne/v2/test"

	"orgdesigner/app/i18n"
	"orgdesigner/app/sheets"
)

// TestImportWizardCompanyLevel: a roster's 总经办 is offered as the
// company level first and chosen by default, so its 总经理 fills the
// document's company-level 总经理 instead of a new department; any other
// department may be put there too, and the choice is remembered.
func TestImportWizardCompanyLevel(t *testing.T) {
	win := newWindow(t)
	sess := newSession(t, baseDoc())
	path := buildWorkbook(t, filepath.Join(t.TempDir(), "花名册.xlsx"), sheetSpec{name: "花名册", rows: [][]any{
		{"工号", "姓名", "部门", "岗位"},
		{"E001", "王总", "总经办", "总经理"},
		{"E002", "钱市场", "市场部", "运营专员"},
	}})
	pickFile(t, path)
	company, createOffice, createMarket := "公司级（不属于部门）", "新建“总经办”", "新建“市场部”"

	w := ShowImport(win, sess)
	waitTasks()
	test.Tap(w.next) // sheet → columns
	test.Tap(w.next) // columns → values
	if w.page != pageValues {
		t.Fatalf("page %d, want the values page", w.page)
	}
	var listed []string
	for _, r := range w.values.rows {
		listed = append(listed, r.choice.Value)
	}
	if want := []string{"市场部", "总经办"}; !slices.Equal(slices.Sorted(slices.Values(listed)), want) {
		t.Fatalf("values listed %v, want %v", listed, want)
	}
	if !w.values.intro.Visible() || w.values.empty.Visible() {
		t.Error("values to map, yet the instructions are hidden or the nothing-to-map sentence shows")
	}
	office, market := rowIndex(w.values, "总经办"), rowIndex(w.values, "市场部")
	for _, c := range []struct {
		row      int
		selected string
		first    []string
	}{
		{office, company, []string{company, createOffice}},
		{market, createMarket, []string{createMarket, company}},
	} {
		it := shownValueItem(w.values, c.row)
		if it.target.Selected != c.selected || !slices.Equal(it.target.Options[:2], c.first) ||
			!slices.Contains(it.target.Options, "运营部") {
			t.Errorf("%s: selected %q, options %q; want %q selected and %q first",
				w.values.rows[c.row].choice.Value, it.target.Selected, it.target.Options, c.selected, c.first)
		}
	}

	// Company level for 市场部, then back to creating it: the analysis follows.
	it := shownValueItem(w.values, market)
	it.target.SetSelected(company)
	if got := targetOf(w.analysis, "市场部"); got != string(sheets.CompanyLevel) {
		t.Errorf("after choosing company level 市场部 → %q", got)
	}
	it = shownValueItem(w.values, market)
	it.target.SetSelected(createMarket)
	if got := targetOf(w.analysis, "市场部"); got != "" {
		t.Errorf("after choosing create 市场部 → %q", got)
	}

	test.Tap(w.next) // preview
	waitTasks()
	if w.page != pagePreview || w.pre.newDepts.Text != "1" {
		t.Fatalf("page %d, new departments %q; want the preview with only 市场部 new", w.page, w.pre.newDepts.Text)
	}
	test.Tap(w.next) // import
	waitTasks()
	doc := sess.Doc()
	if p := personNamed(t, doc, "王总"); p.Role != "r-ceo" || p.Department != "" {
		t.Errorf("王总 holds %q in %q, want the company-level r-ceo", p.Role, p.Department)
	}
	for _, d := range doc.Departments {
		if d.Name == "总经办" {
			t.Error("the import made a department 总经办")
		}
	}
	test.Tap(w.next) // Close

	// The same file again: the company level is remembered.
	w2 := ShowImport(win, sess)
	waitTasks()
	test.Tap(w2.next)
	test.Tap(w2.next)
	it = shownValueItem(w2.values, rowIndex(w2.values, "总经办"))
	if it.target.Selected != company || it.note.Text != "沿用上次" {
		t.Errorf("second import: 总经办 shows %q %q, want %q as last time", it.target.Selected, it.note.Text, company)
	}
	test.Tap(w2.next)
	waitTasks()
	if w2.pre.nothing.Hidden {
		t.Error("the second import would change something")
	}
	test.Tap(w2.cancel)
}

func TestCompanyLevelLabelEnglish(t *testing.T) {
	newWindow(t)
	i18n.SetLanguage(i18n.English)
	t.Cleanup(func() { i18n.SetLanguage(i18n.Chinese) })
	r := &valueRow{choice: sheets.ValueChoice{Kind: sheets.KindDepartment, Value: "Management", Company: true},
		targets: newTargetLabels()}
	if got := r.options(); !slices.Equal(got, []string{"Company level (no department)", "Create “Management”"}) {
		t.Errorf("options %q", got)
	}
	if r.target("Company level (no department)") != sheets.CompanyLevel {
		t.Error("the company-level option does not map to sheets.CompanyLevel")
	}
	role := &valueRow{choice: sheets.ValueChoice{Kind: sheets.KindRole, Value: "CEO"}, targets: newTargetLabels()}
	if got := role.options(); slices.Contains(got, "Company level (no department)") {
		t.Errorf("a role value offers the company level: %q", got)
	}
}

// rowIndex is the values list's row of a value.
func rowIndex(s *valuesStep, value string) int {
	return slices.IndexFunc(s.rows, func(r *valueRow) bool { return r.choice.Value == value })
}

// targetOf is the analysis's current choice for a department value.
func targetOf(a *sheets.Analysis, value string) string {
	for _, v := range a.Values {
		if v.Kind == sheets.KindDepartment && v.Value == value {
			return string(v.Target)
		}
	}
	return "?"
}
