package dialogs

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"
	"github.com/xuri/excelize/v2"

	"orgdesigner/app/sheets"
	"orgdesigner/data"
)

// TestImportRefusesUnreadableFiles: each file the import cannot take gets
// the sheets package's sentence on the first page, the wizard cannot go
// on, and the document is untouched.
func TestImportRefusesUnreadableFiles(t *testing.T) {
	ole := []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0}
	cases := []struct {
		name    string
		content []byte
		kind    error
	}{
		{"old.xls", append(ole, make([]byte, 512)...), sheets.ErrLegacyXLS},
		{"report.xlsx", []byte("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n"), sheets.ErrPDF},
		{"empty.csv", nil, sheets.ErrEmptyFile},
		{"broken.xlsx", append([]byte("PK\x03\x04"), make([]byte, 300)...), sheets.ErrDamaged},
		{"picture.xlsx", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), sheets.ErrNotSheet},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			win := newWindow(t)
			sess := newSession(t, baseDoc())
			before := sess.Doc()
			path := filepath.Join(t.TempDir(), c.name)
			must(t, os.WriteFile(path, c.content, 0o644))
			_, want := sheets.Open(path)
			if want == nil {
				t.Fatalf("sheets.Open accepted %s", c.name)
			}
			pickFile(t, path)

			w := ShowImport(win, sess)
			waitTasks()

			if w.page != pageFile || w.file.problem.Hidden || w.file.problem.Text != errorText(want) {
				t.Errorf("page %d, problem shown %v %q; want the file page saying %q",
					w.page, !w.file.problem.Hidden, w.file.problem.Text, errorText(want))
			}
			if w.analysis != nil || !w.next.Disabled() {
				t.Error("the wizard can go on with a refused file")
			}
			if sess.Doc() != before {
				t.Error("a refused file changed the document")
			}
			w.Close()
		})
	}
}

// TestImportChooseHeaderAndSheet: the user switches sheet, and a sheet
// whose rows look like no header is imported by choosing the header row
// and the name column by hand.
func TestImportChooseHeaderAndSheet(t *testing.T) {
	win := newWindow(t)
	sess := newSession(t, baseDoc())
	path := buildWorkbook(t, filepath.Join(t.TempDir(), "人员.xlsx"),
		sheetSpec{name: "汇总", rows: [][]any{{"本表仅供参考"}, {"共 2 人"}}},
		sheetSpec{name: "名单", rows: [][]any{
			{"员工信息"},
			{"人员", "单位"},
			{"甲", "运营部"},
			{"乙", "技术部"},
		}})
	pickFile(t, path)
	w := ShowImport(win, sess)
	waitTasks()
	if w.page != pageSheet {
		t.Fatalf("page %d", w.page)
	}
	if w.sheet.sheets.Selected != "汇总" && w.sheet.sheets.Selected != "名单" {
		t.Fatalf("sheet %q", w.sheet.sheets.Selected)
	}

	// Another sheet is read in the background.
	w.sheet.sheets.SetSelected("名单")
	waitTasks()
	if w.analysis.Sheet != "名单" || w.page != pageSheet {
		t.Fatalf("analysis of %q on page %d, want 名单", w.analysis.Sheet, w.page)
	}
	if w.analysis.HeaderRow != 0 || !w.next.Disabled() {
		t.Fatalf("header row %d found in a sheet without known column names", w.analysis.HeaderRow)
	}

	// Clicking row 2 in the grid makes it the header; the name column is
	// then chosen by hand.
	w.sheet.grid.Select(widgetCell(1, 0))
	if w.analysis.HeaderRow != 2 || w.next.Disabled() {
		t.Fatalf("header row %d after clicking row 2", w.analysis.HeaderRow)
	}
	test.Tap(w.next)
	if !w.next.Disabled() {
		t.Error("Next enabled without a name column")
	}
	w.mapping.rows[0].field.SetSelected(sheets.FieldName.Label("zh"))
	w.mapping.rows[1].field.SetSelected(sheets.FieldDepartment.Label("zh"))
	if w.next.Disabled() {
		t.Fatal("Next disabled with name and department mapped")
	}
	test.Tap(w.next)
	if len(w.values.rows) != 0 || w.values.empty.Hidden {
		t.Errorf("both departments exist, yet %d values are listed", len(w.values.rows))
	}
	// Only the sentence that applies: no instructions for an empty list.
	if w.values.intro.Visible() {
		t.Errorf("step 4 shows the mapping instructions above %q with nothing to map", w.values.empty.Text)
	}
	test.Tap(w.next)
	waitTasks()
	if w.pre.newPeople.Text != "2" {
		t.Errorf("new people %s, want 2", w.pre.newPeople.Text)
	}
	test.Tap(w.next)
	waitTasks()
	if n := len(sess.Doc().People); n != 2 {
		t.Errorf("%d people imported, want 2", n)
	}
}

// TestImportCancel: Cancel while the dry run works goes back to the page
// before, and Cancel on the wizard leaves the document as it was.
func TestImportCancel(t *testing.T) {
	win := newWindow(t)
	sess := newSession(t, baseDoc())
	before := sess.Doc()
	pickFile(t, roster(t, t.TempDir()))
	started := make(chan struct{})
	old := planImport
	planImport = func(ctx context.Context, a *sheets.Analysis, doc *data.Document, opts sheets.PlanOptions, progress func(int, int)) (*sheets.Preview, error) {
		progress(1, 10)
		close(started)
		<-ctx.Done() // a long dry run, until cancelled
		return nil, ctx.Err()
	}
	t.Cleanup(func() { planImport = old })

	w := ShowImport(win, sess)
	waitTasks()
	test.Tap(w.next)
	test.Tap(w.next)
	test.Tap(w.next) // Preview: the dry run starts
	<-started
	drainUI() // the progress update
	if !w.run.busy() || !w.next.Disabled() || w.progress.bar.Value != 0.1 {
		t.Errorf("busy %v, next disabled %v, progress %v while planning", w.run.busy(), w.next.Disabled(), w.progress.bar.Value)
	}
	test.Tap(w.progress.cancel)
	waitTasks()
	if w.page != pageValues || w.preview != nil || w.next.Disabled() {
		t.Errorf("after Cancel: page %d, preview %v, next disabled %v; want the values page again",
			w.page, w.preview != nil, w.next.Disabled())
	}
	test.Tap(w.cancel)
	waitTasks()
	if !w.closed || sess.Doc() != before {
		t.Error("cancelling the wizard changed the document or left it open")
	}
}

// TestSaveAnnotated: the problems are saved as a workbook excelize opens,
// with the problems column.
func TestSaveAnnotated(t *testing.T) {
	win := newWindow(t)
	sess := newSession(t, baseDoc())
	dir := t.TempDir()
	pickFile(t, roster(t, dir))
	out := filepath.Join(dir, "问题.xlsx")
	pickSavePath(t, out)
	w := ShowImport(win, sess)
	waitTasks()
	test.Tap(w.next)
	test.Tap(w.next)
	test.Tap(w.next)
	waitTasks()
	test.Tap(w.pre.saveAnnotated)
	waitTasks()
	f, err := excelize.OpenFile(out)
	if err != nil {
		t.Fatalf("annotated workbook: %v", err)
	}
	defer f.Close()
	v, err := f.GetCellValue("花名册", "H8")
	if err != nil || v == "" {
		t.Errorf("row 8 has no problem note in column H: %q %v", v, err)
	}
	noTempFiles(t, dir)
}
