package dialogs

import (
	"archive/zip"
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"orgdesigner/app/report"
	"orgdesigner/app/report/docx"
	"orgdesigner/data"
	"orgdesigner/views/internal/uitest"
)

// reportKindTest is what the tests shared by the PDF and the Word dialog
// need to know of each.
type reportKindTest struct {
	name string
	ext  string
	open func(parent fyne.Window, sess Session, selected []data.ID, paper string) *reportDialog
	// check fails unless path holds the report d says it wrote, of roles
	// role sheets when roles > 0.
	check func(t *testing.T, path string, d *reportDialog, roles int)
	// block makes the writer write a little, report progress, close
	// started and wait to be cancelled.
	block func(t *testing.T, started chan struct{})
	// scenario is what a report written from sess says of the open
	// scenario; none and named judge it without and with 成长期 open.
	scenario    func(t *testing.T, win fyne.Window, sess Session) string
	none, named func(string) bool
}

var (
	pdfKindTest = reportKindTest{
		name: "PDF", ext: ".pdf", open: newPDFDialog,
		check: func(t *testing.T, path string, d *reportDialog, _ int) {
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			pages := d.result.(report.Result).Pages
			if !bytes.HasPrefix(b, []byte("%PDF-")) || pages == 0 {
				t.Fatalf("not a PDF with pages: %.8q, %d pages", b, pages)
			}
			if n := bytes.Count(b, []byte("/Type /Page\n")) + bytes.Count(b, []byte("/Type /Page ")); n != pages {
				t.Errorf("%d page objects, result says %d", n, pages)
			}
		},
		block: func(t *testing.T, started chan struct{}) {
			old := writeReport
			writeReport = func(ctx context.Context, w io.Writer, _ *data.Document, _ scope, _ []data.ID, opt report.Options) (report.Result, error) {
				w.Write([]byte("%PDF-1.7 half"))
				opt.Progress(1, 4)
				close(started)
				<-ctx.Done()
				return report.Result{}, ctx.Err()
			}
			t.Cleanup(func() { writeReport = old })
		},
		// A report printed while a scenario is open names the scenario, so
		// a draft on paper is never taken for the organisation in force.
		scenario: func(_ *testing.T, win fyne.Window, sess Session) string {
			return newPDFDialog(win, sess, nil, "").reportOptions().Scenario
		},
		none:  func(s string) bool { return s == "" },
		named: func(s string) bool { return s == "成长期" },
	}
	wordKindTest = reportKindTest{
		name: "Word", ext: ".docx", open: newWordDialog,
		check: func(t *testing.T, path string, d *reportDialog, roles int) {
			zr, err := zip.OpenReader(path)
			if err != nil {
				t.Fatal(err)
			}
			defer zr.Close()
			headers := 0
			for _, f := range zr.File {
				if strings.HasPrefix(f.Name, "word/header") {
					headers++
				}
			}
			if got := d.result.(docx.Result).Roles; headers != got || (roles > 0 && headers != roles) || headers == 0 {
				t.Errorf("%d role sheets, result %d, want %d", headers, got, roles)
			}
		},
		block: func(t *testing.T, started chan struct{}) {
			old := writeWord
			writeWord = func(ctx context.Context, w io.Writer, _ *data.Document, _ []data.ID, opt docx.Options) (docx.Result, error) {
				w.Write([]byte("PK half"))
				opt.Progress(1, 4)
				close(started)
				<-ctx.Done()
				return docx.Result{}, ctx.Err()
			}
			t.Cleanup(func() { writeWord = old })
		},
		// Role sheets exported while a scenario is open name it in their
		// page headers, as the PDF does; the current organisation's do not.
		scenario: func(t *testing.T, win fyne.Window, sess Session) string {
			t.Helper()
			d := newWordDialog(win, sess, []data.ID{"r-ops"}, "")
			path := filepath.Join(t.TempDir(), "x.docx")
			d.target.entry.SetText(path)
			test.Tap(d.export)
			waitTasks()
			zr, err := zip.OpenReader(path)
			if err != nil {
				t.Fatal(err)
			}
			defer zr.Close()
			for _, f := range zr.File {
				if f.Name == "word/header1.xml" {
					rc, err := f.Open()
					if err != nil {
						t.Fatal(err)
					}
					defer rc.Close()
					b, _ := io.ReadAll(rc)
					return string(b)
				}
			}
			t.Fatal("no page header")
			return ""
		},
		none:  func(h string) bool { return !strings.Contains(h, "方案") },
		named: func(h string) bool { return strings.Contains(h, "方案：成长期") },
	}
	reportKindTests = []reportKindTest{pdfKindTest, wordKindTest}
)

func TestReportDialogEveryScope(t *testing.T) {
	cases := []struct {
		kind     reportKindTest
		name     string
		selected []data.ID
		choose   bool // the test chooses the scope (else it is the one chosen at first)
		scope    scope
		dept     string
		file     string // suggested file name
		roles    int    // role sheets in a Word document (-1: not counted)
	}{
		{pdfKindTest, "this role", []data.ID{"r-ops"}, false, scopeRole, "", "运营专员岗位说明书.pdf", 0},
		{pdfKindTest, "selected roles", []data.ID{"r-ops", "r-dev"}, false, scopeSelected, "", "测试公司岗位说明书.pdf", 0},
		{pdfKindTest, "department", []data.ID{"d-tech"}, false, scopeDepartment, "技术部", "技术部岗位说明书.pdf", 0},
		{pdfKindTest, "all role sheets", nil, true, scopeAll, "", "测试公司岗位说明书.pdf", 0},
		{pdfKindTest, "booklet", nil, true, scopeBooklet, "", "测试公司组织架构手册.pdf", 0},
		{pdfKindTest, "staffing table", nil, true, scopeStaffing, "", "测试公司编制表.pdf", 0},
		{pdfKindTest, "department booklet", []data.ID{"d-tech"}, true, scopeDeptBooklet, "技术部", "技术部组织架构手册.pdf", 0},
		{pdfKindTest, "poster", nil, true, scopePoster, "", "测试公司组织架构图海报.pdf", 0},
		{wordKindTest, "this role", []data.ID{"r-ops"}, false, scopeRole, "", "运营专员岗位说明书.docx", 1},
		{wordKindTest, "selected roles", []data.ID{"r-ops", "r-dev"}, false, scopeSelected, "", "测试公司岗位说明书.docx", 2},
		{wordKindTest, "department", []data.ID{"d-tech"}, false, scopeDepartment, "技术部", "技术部岗位说明书.docx", -1},
		{wordKindTest, "all role sheets", nil, false, scopeAll, "", "测试公司岗位说明书.docx", len(pdfDoc().Roles)},
	}
	for _, c := range cases {
		t.Run(c.kind.name+" "+c.name, func(t *testing.T) {
			win := newWindow(t)
			opened := recordOpened(t)
			d := c.kind.open(win, newSession(t, pdfDoc()), c.selected, "a4")
			d.dlg.Show()
			if c.choose {
				d.scope.SetSelected(d.options[d.indexOf(c.scope)])
			}
			if d.selected() != c.scope || d.dept.Selected != c.dept || d.paper.Selected != "A4" {
				t.Fatalf("scope %d dept %q paper %q, want %d %q A4", d.selected(), d.dept.Selected, d.paper.Selected, c.scope, c.dept)
			}
			if got := filepath.Base(d.target.entry.Text); got != c.file {
				t.Errorf("suggested name %q, want %q", got, c.file)
			}
			dir := t.TempDir()
			path := filepath.Join(dir, "out"+c.kind.ext)
			d.target.entry.SetText(path)

			test.Tap(d.export)
			waitTasks()

			c.kind.check(t, path, d, c.roles)
			if len(*opened) != 1 || !strings.HasSuffix((*opened)[0], "/out"+c.kind.ext) {
				t.Errorf("opened %v, want the %s", *opened, c.kind.name)
			}
			noTempFiles(t, dir)
		})
	}
}

func TestReportDialogDepartmentWithoutRoles(t *testing.T) {
	for _, k := range reportKindTests {
		t.Run(k.name, func(t *testing.T) {
			win := newWindow(t)
			doc := pdfDoc()
			doc.Departments = append(doc.Departments, data.Department{ID: "d-empty", Name: "筹建部", Order: 2})
			d := k.open(win, newSession(t, doc), []data.ID{"d-empty"}, "")
			d.target.entry.SetText(filepath.Join(t.TempDir(), "x"+k.ext))
			test.Tap(d.export)
			waitTasks()
			if d.problem.Hidden || d.run != nil {
				t.Errorf("a department without roles should be reported (%q) and nothing started", d.problem.Text)
			}
		})
	}
}

// TestReportDialogCancel: Cancel stops the report and leaves no file.
func TestReportDialogCancel(t *testing.T) {
	for _, k := range reportKindTests {
		t.Run(k.name, func(t *testing.T) {
			win := newWindow(t)
			opened := recordOpened(t)
			d := k.open(win, newSession(t, pdfDoc()), nil, "")
			started := make(chan struct{})
			k.block(t, started)
			dir := t.TempDir()
			path := filepath.Join(dir, "x"+k.ext)
			d.target.entry.SetText(path)
			test.Tap(d.export)
			<-started
			d.run.stop()
			waitTasks()
			if _, err := os.Stat(path); !os.IsNotExist(err) {
				t.Errorf("cancelled report left %s", path)
			}
			if len(*opened) != 0 {
				t.Errorf("a cancelled report was opened: %v", *opened)
			}
			noTempFiles(t, dir)
		})
	}
}

// TestReportDialogNamesTheOpenScenario: what is written while a scenario
// is open names it; the current organisation's does not.
func TestReportDialogNamesTheOpenScenario(t *testing.T) {
	for _, k := range reportKindTests {
		t.Run(k.name, func(t *testing.T) {
			win := newWindow(t)
			recordOpened(t)
			sess := newSession(t, pdfDoc())
			if got := k.scenario(t, win, sess); !k.none(got) {
				t.Fatalf("the current organisation's report names a scenario: %s", got)
			}
			if _, err := sess.NewScenario("成长期", ""); err != nil {
				t.Fatal(err)
			}
			if got := k.scenario(t, win, sess); !k.named(got) {
				t.Fatalf("the scenario's report does not name it: %s", got)
			}
		})
	}
}

// TestReportDialogShowsEveryOption: in a window with room, the dialog is
// as high as its options (with its title and buttons): nothing hides
// under the buttons behind a scroll bar.
func TestReportDialogShowsEveryOption(t *testing.T) {
	for _, k := range reportKindTests {
		t.Run(k.name, func(t *testing.T) {
			win := newWindow(t)
			win.Resize(fyne.NewSize(1200, 1100))
			d := k.open(win, newSession(t, pdfDoc()), nil, "")
			d.dlg.Show()
			scroll := uitest.Find[*container.Scroll](win.Canvas().Overlays().Top(), nil)
			if scroll == nil {
				t.Fatal("no scrolling options")
			}
			if need, have := scroll.Content.MinSize().Height, scroll.Size().Height; need > have+0.5 {
				t.Errorf("the options need %g, the dialog shows %g", need, have)
			}
		})
	}
}
