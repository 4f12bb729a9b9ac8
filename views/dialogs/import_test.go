package dialogs

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/i18n"
	"orgdesigner/app/sheets"
	"orgdesigner/data"
)

// roster is an HR export as people keep them: a hidden instructions sheet
// first, a merged title row, an instruction row, the header on row 3,
// 部门 merged over two rows, dates typed three ways and as a serial, a
// duplicate 工号 (row 8), an unknown manager (row 9) and footer rows.
func roster(t *testing.T, dir string) string {
	return buildWorkbook(t, filepath.Join(dir, "员工花名册.xlsx"),
		sheetSpec{name: "说明", hidden: true, rows: [][]any{{"填表说明"}, {"工号为 4 位"}}},
		sheetSpec{name: "花名册", merges: [][2]string{{"A1", "G1"}, {"D5", "D6"}}, rows: [][]any{
			{"测试公司员工花名册"},
			{"填写说明：日期请按 2023-05-08 填写"},
			{"序号", "姓名", "工号", "部门", "岗位", "直属上级", "入职日期"},
			{1, "王总", "E001", nil, "总经理", nil, "2020-01-01"},
			{2, "李运营", "E002", "运营部", "运营专员", "王总", "2021/3/5"},
			{3, "赵运营", "E003", nil, "运营专员", "E002", dateCell(44197)},
			{4, "钱市场", "E004", "市场部", "市场专员", "王总", "2023年5月8日"},
			{5, "孙市场", "E004", "市场部", "市场专员", "王总", "2023-06-01"},
			{6, "周技术", "E006", "技术部", "开发工程师", "吴不存在", "2022-02-02"},
			nil,
			{"合计", "6 人"},
			{"制表人：王经理"},
		}})
}

func TestImportWizardEndToEnd(t *testing.T) {
	win := newWindow(t)
	sess := newSession(t, baseDoc())
	path := roster(t, t.TempDir())
	pickFile(t, path)

	// File → sheet and header: the visible roster sheet and row 3 are chosen.
	w := ShowImport(win, sess)
	waitTasks()
	if w.page != pageSheet {
		t.Fatalf("after choosing the file the wizard is on page %d, want the sheet page", w.page)
	}
	if w.sheet.sheets.Selected != "花名册" || !slices.Contains(w.sheet.sheets.Options, "说明（隐藏）") {
		t.Errorf("sheet %q of %v, want 花名册 and the hidden 说明 listed", w.sheet.sheets.Selected, w.sheet.sheets.Options)
	}
	if w.sheet.header.SelectedIndex() != 2 || w.analysis.DataRows != 6 {
		t.Errorf("header row index %d, data rows %d; want 2 (row 3) and 6", w.sheet.header.SelectedIndex(), w.analysis.DataRows)
	}
	if text, bold, shaded := gridCell(w.sheet, 2, 1); text != "姓名" || !bold || !shaded {
		t.Errorf("grid row 3 column B = %q bold %v shaded %v, want the highlighted header 姓名", text, bold, shaded)
	}
	if text, bold, shaded := gridCell(w.sheet, 5, 3); text != "运营部" || bold || shaded {
		t.Errorf("grid row 6 column D = %q bold %v shaded %v, want the merged 运营部 filled down, plain", text, bold, shaded)
	}

	// Columns: mapped by their Chinese names; a change goes to the analysis.
	test.Tap(w.next)
	if w.page != pageMapping {
		t.Fatalf("page %d, want the mapping page", w.page)
	}
	want := map[int]sheets.Field{0: sheets.FieldIgnore, 1: sheets.FieldName, 2: sheets.FieldNumber,
		3: sheets.FieldDepartment, 4: sheets.FieldRole, 5: sheets.FieldManager, 6: sheets.FieldHireDate}
	for col, f := range want {
		if got := w.mapping.rows[col].field.Selected; got != f.Label(i18n.Chinese) {
			t.Errorf("column %d shown as %q, want %q", col, got, f.Label(i18n.Chinese))
		}
	}
	if !w.mapping.rows[3].level.Visible() || w.mapping.rows[4].level.Visible() {
		t.Error("the level select should show for the department column only")
	}
	w.mapping.rows[5].field.SetSelected(sheets.FieldExtra.Label(i18n.Chinese))
	if w.analysis.Columns[5].Field != sheets.FieldExtra {
		t.Errorf("column F is %q after choosing keep as extra field", w.analysis.Columns[5].Field)
	}
	w.mapping.rows[5].field.SetSelected(sheets.FieldManager.Label(i18n.Chinese))
	w.mapping.rows[1].field.SetSelected(sheets.FieldIgnore.Label(i18n.Chinese))
	if !w.next.Disabled() || w.mapping.problem.Hidden {
		t.Error("without a name column Next should be disabled and the problem shown")
	}
	w.mapping.rows[1].field.SetSelected(sheets.FieldName.Label(i18n.Chinese))
	if w.next.Disabled() {
		t.Fatal("Next disabled with the name column mapped again")
	}

	// Values: 市场部 and 市场专员 match nothing; 市场部 is mapped to 运营部.
	test.Tap(w.next)
	if w.page != pageValues {
		t.Fatalf("page %d, want the values page", w.page)
	}
	var listed []string
	for _, r := range w.values.rows {
		listed = append(listed, string(r.choice.Kind)+" "+r.choice.Value)
	}
	if wantListed := []string{"department 市场部", "role 市场专员"}; !slices.Equal(listed, wantListed) {
		t.Fatalf("values listed %v, want %v", listed, wantListed)
	}
	dept := shownValueItem(w.values, 0)
	if dept.target.Selected != "新建“市场部”" || dept.target.Options[0] != "新建“市场部”" ||
		!slices.Contains(dept.target.Options, "技术部") {
		t.Errorf("default choice %q, options %q; want create first and chosen, then the departments",
			dept.target.Selected, dept.target.Options)
	}
	dept.target.SetSelected("运营部")

	// Preview: the counts and the problem rows.
	test.Tap(w.next)
	waitTasks()
	if w.page != pagePreview {
		t.Fatalf("page %d, want the preview", w.page)
	}
	counts := map[string]*widget.Label{"new people": w.pre.newPeople, "updated": w.pre.updatedPeople,
		"unchanged": w.pre.unchanged, "new departments": w.pre.newDepts, "new roles": w.pre.newRoles,
		"reporting lines": w.pre.lines, "skipped": w.pre.skipped}
	wantCounts := map[string]string{"new people": "5", "updated": "0", "unchanged": "0", "new departments": "0",
		"new roles": "1", "reporting lines": "3", "skipped": "1"}
	for k, l := range counts {
		if l.Text != wantCounts[k] {
			t.Errorf("%s shows %q, want %s", k, l.Text, wantCounts[k])
		}
	}
	rows, cols := w.pre.problemSize()
	var shown []string
	for r := 0; r < rows; r++ {
		var cells []string
		for c := 0; c < cols-1; c++ {
			cells = append(cells, w.pre.cell(r, c))
		}
		shown = append(shown, strings.Join(cells, "|"))
	}
	wantShown := []string{"花名册|8|C (工号)|E004", "花名册|9|F (直属上级)|吴不存在"}
	if !slices.Equal(shown, wantShown) {
		t.Errorf("problem rows\n got %q\nwant %q", shown, wantShown)
	}
	if w.pre.cell(0, 4) == "" || w.pre.problemsTab.Text != "问题（2）" {
		t.Errorf("reason %q, tab %q", w.pre.cell(0, 4), w.pre.problemsTab.Text)
	}
	if w.next.Text != "导入 5 人" || w.next.Disabled() {
		t.Errorf("import button %q disabled %v", w.next.Text, w.next.Disabled())
	}

	// Import: one undoable action.
	before := sess.Doc()
	test.Tap(w.next)
	waitTasks()
	if w.page != pageResult {
		t.Fatalf("page %d after Import, want the result page", w.page)
	}
	doc := sess.Doc()
	if len(doc.People) != 5 {
		t.Fatalf("%d people after the import, want 5", len(doc.People))
	}
	qian := personNamed(t, doc, "钱市场")
	if r := doc.Role(qian.Role); r == nil || r.Title != "市场专员" || r.Department != "d-ops" {
		t.Errorf("钱市场 holds %+v, want a new 市场专员 in 运营部 (市场部 was mapped)", r)
	}
	if p := personNamed(t, doc, "赵运营"); p.Department != "d-ops" || p.HireDate != "2021-01-01" {
		t.Errorf("赵运营 in %s hired %s, want d-ops (merged cell) and 2021-01-01 (serial)", p.Department, p.HireDate)
	}
	if p := personNamed(t, doc, "李运营"); p.HireDate != "2021-03-05" || p.Manager != personNamed(t, doc, "王总").ID {
		t.Errorf("李运营 hired %s, manager %s", p.HireDate, p.Manager)
	}
	if ok, label := sess.CanUndo(); !ok || label != "导入 员工花名册.xlsx" {
		t.Errorf("undo %v %q, want the import as one action", ok, label)
	}
	test.Tap(w.next) // Close
	if !w.closed {
		t.Error("Close did not close the wizard")
	}

	// The same file again: the mapping is remembered and nothing changes.
	w2 := ShowImport(win, sess)
	waitTasks()
	test.Tap(w2.next)
	test.Tap(w2.next)
	if len(w2.values.rows) == 0 {
		t.Fatal("the remembered 市场部 is not listed")
	}
	if it := shownValueItem(w2.values, 0); it.target.Selected != "运营部" || it.note.Text != "沿用上次" {
		t.Errorf("remembered mapping not pre-filled: %q %q", it.target.Selected, it.note.Text)
	}
	test.Tap(w2.next)
	waitTasks()
	if w2.page != pagePreview || w2.pre.nothing.Hidden || !w2.next.Disabled() || w2.pre.unchanged.Text != "5" {
		t.Errorf("second import: page %d, nothing shown %v, import disabled %v, unchanged %s",
			w2.page, !w2.pre.nothing.Hidden, w2.next.Disabled(), w2.pre.unchanged.Text)
	}
	test.Tap(w2.cancel)
	if sess.Doc() != doc {
		t.Error("cancelling the second import changed the document")
	}

	// Undo removes the whole import in one step.
	must(t, sess.Undo())
	after := sess.Doc()
	if len(after.People) != 0 || len(after.Roles) != len(before.Roles) || len(after.Departments) != 2 {
		t.Errorf("after undo: %d people, %d roles, %d departments; want 0, %d, 2",
			len(after.People), len(after.Roles), len(after.Departments), len(before.Roles))
	}
}

// shownValueItem makes the widgets of the values list's row i as the list does.
func shownValueItem(s *valuesStep, i int) *valueItem {
	o := s.createItem()
	s.updateItem(i, o)
	return s.items[o]
}

// gridCell renders one cell of the sheet preview as the table does.
func gridCell(s *sheetStep, row, col int) (text string, bold, shaded bool) {
	o := s.createCell().(*sheetCell)
	s.updateCell(widget.TableCellID{Row: row, Col: col}, o)
	return o.label.Text, o.label.TextStyle.Bold, !o.bg.Hidden
}

func personNamed(t *testing.T, doc *data.Document, name string) data.Person {
	t.Helper()
	for _, p := range doc.People {
		if p.Name == name {
			return p
		}
	}
	t.Fatalf("nobody named %s", name)
	return data.Person{}
}
