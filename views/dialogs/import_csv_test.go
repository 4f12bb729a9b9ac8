package dialogs

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// A CSV file whose lines are each wrapped in quotes with a quote missing
// is refused on the first page, naming the separator and the line.
func TestImportCSVBrokenQuotes(t *testing.T) {
	win := newWindow(t)
	sess := newSession(t, baseDoc())
	path := filepath.Join(t.TempDir(), "orgchart.csv")
	must(t, os.WriteFile(path, []byte(`"First name;""Last name"";""Department"""
"Joe;""Smith"";""Sales"""
"Sarah;""Smith"";Sales"""
`), 0o644))
	pickFile(t, path)
	w := ShowImport(win, sess)
	defer w.Close()
	waitTasks()
	if got := w.file.problem.Text; w.page != pageFile || w.file.problem.Hidden ||
		!strings.Contains(got, "分号（;）") || !strings.Contains(got, "第 3 行") || strings.Contains(got, "工作表") {
		t.Errorf("page %d, problem %q; want the file page naming the semicolons and line 3", w.page, got)
	}
}

// A CSV file read as one column says so on the sheet page; every
// drop-down's empty state reads in Chinese; the grid shows a long header
// in full; the result names the file, not a sheet.
func TestImportCSVOneColumnAndPlaceholders(t *testing.T) {
	win := newWindow(t)
	win.Resize(fyne.NewSize(1366, 768))
	sess := newSession(t, baseDoc())
	path := filepath.Join(t.TempDir(), "list.csv")
	must(t, os.WriteFile(path, []byte("Joe Smith Sales\nSarah Smith Sales\n"), 0o644))
	pickFile(t, path)
	w := ShowImport(win, sess)
	defer w.Close()
	waitTasks()
	if w.page != pageSheet || !strings.Contains(w.sheet.info.Text, "只有一列") {
		t.Errorf("page %d, info %q; want the sheet page saying the file has one column", w.page, w.sheet.info.Text)
	}
	if l := w.sheet.sheetLabel.Text; l != "文件：" {
		t.Errorf("sheet label %q, want 文件： for a CSV file", l)
	}
	if p := w.sheet.header.PlaceHolder; p != "（请选择）" || w.sheet.sheets.PlaceHolder != p {
		t.Errorf("header placeholder %q, sheet placeholder %q; want （请选择）", p, w.sheet.sheets.PlaceHolder)
	}
}

func TestImportCSVGridAndResult(t *testing.T) {
	win := newWindow(t)
	sess := newSession(t, baseDoc())
	path := filepath.Join(t.TempDir(), "roster.csv")
	long := "First name (required) of the employee"
	must(t, os.WriteFile(path, []byte(long+";部门\nJoe Smith;销售部\nAnn Lee;销售部\n\"Bob \"\"B\"\" Ray\";销售部\n"), 0o644))
	pickFile(t, path)
	w := ShowImport(win, sess)
	defer w.Close()
	waitTasks()
	if w.page != pageSheet {
		t.Fatalf("page %d, want the sheet page", w.page)
	}
	need := fyne.MeasureText(long, theme.TextSize(), fyne.TextStyle{Bold: true}).Width
	if got := columnWidths(w.sheet.rows, w.sheet.cols); len(got) != 2 || got[0] < need || got[1] != minGridColumn {
		t.Errorf("column widths %v; want column A at least %.0f for %q, B the minimum", got, need, long)
	}
	// a cell too narrow for its text shows it in full under the pointer
	cell := w.sheet.createCell().(*sheetCell)
	w.sheet.updateCell(widgetCell(0, 0), cell)
	cell.Resize(fyne.NewSize(80, 30))
	cell.MouseIn(&desktop.MouseEvent{})
	if w.sheet.full.Text != long {
		t.Errorf("hovering a narrow cell shows %q, want %q", w.sheet.full.Text, long)
	}
	cell.MouseOut()
	cell.Resize(fyne.NewSize(need+40, 30))
	cell.MouseIn(&desktop.MouseEvent{})
	if w.sheet.full.Text != "" {
		t.Errorf("hovering a wide cell shows %q", w.sheet.full.Text)
	}
	cell.MouseOut()
	for w.page != pagePreview {
		page := w.page
		test.Tap(w.next)
		waitTasks()
		if w.page == page {
			t.Fatalf("stuck on page %d", page)
		}
	}
	if len(w.mapping.rows) != 2 {
		t.Errorf("%d mapping rows", len(w.mapping.rows))
	}
	for _, r := range w.mapping.rows {
		if r.field.PlaceHolder != "（请选择）" || r.level.PlaceHolder != "（请选择）" {
			t.Errorf("mapping placeholders %q %q", r.field.PlaceHolder, r.level.PlaceHolder)
		}
	}
	if w.preview.Summary("zh") == "" || !w.preview.CSV {
		t.Fatal("no CSV preview")
	}
	// the name holding a quote is a problem, located in the file
	if n := len(w.preview.NewPeople); n != 2 || len(w.preview.Problems) != 1 {
		t.Errorf("%d new people, problems %v; want 2 and row 4's name", n, w.preview.Problems)
	} else if got := w.pre.cell(0, 0); got != "roster.csv" || problemColumns(true)[0] != "文件" {
		t.Errorf("problem located in %q", got)
	}
	if got := importedFrom(w.preview); got != "已从 roster.csv 导入。" {
		t.Errorf("result line %q", got)
	}
}
