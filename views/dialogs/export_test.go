package dialogs

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"fyne.io/fyne/v2/test"
	"github.com/xuri/excelize/v2"

	"orgdesigner/app/sheets"
	"orgdesigner/data"
)

func TestExportWorkbook(t *testing.T) {
	for _, templateOnly := range []bool{false, true} {
		win := newWindow(t)
		doc := baseDoc()
		doc.People = []data.Person{{ID: "p1", Number: "E001", Name: "王总", Role: "r-ceo", Status: data.StatusActive}}
		sess := newSession(t, doc)
		e := newExportDialog(win, sess)
		e.dlg.Show()
		if want := filepath.Join(filepath.Dir(sess.Path()), "测试公司编制表.xlsx"); e.target.entry.Text != want {
			t.Errorf("suggested %q, want %q (next to the document)", e.target.entry.Text, want)
		}
		e.templateOnly.SetChecked(templateOnly)
		dir := t.TempDir()
		path := filepath.Join(dir, "编制表") // the extension is added
		e.target.entry.SetText(path)

		test.Tap(e.export)
		waitTasks()

		f, err := excelize.OpenFile(path + ".xlsx")
		if err != nil {
			t.Fatalf("template %v: the exported file does not open: %v", templateOnly, err)
		}
		list := f.GetSheetList()
		f.Close()
		if !slices.Contains(list, "花名册") || templateOnly == slices.Contains(list, "编制汇总") {
			t.Errorf("template %v: sheets %v", templateOnly, list)
		}
		noTempFiles(t, dir)

		// The result dialog opens the file or its folder.
		opened := recordOpened(t)
		for _, label := range []string{"打开文件夹", "打开文件"} {
			b := findButton(win, label)
			if b == nil {
				t.Fatalf("no %s button after the export", label)
			}
			test.Tap(b)
		}
		if want := []string{dir, path + ".xlsx"}; !slices.Equal(*opened, want) {
			t.Errorf("opened %v, want %v", *opened, want)
		}
	}
}

func TestExportRefusesBadPath(t *testing.T) {
	win := newWindow(t)
	e := newExportDialog(win, newSession(t, baseDoc()))
	e.dlg.Show()
	e.target.entry.SetText(filepath.Join(t.TempDir(), "没有这个文件夹", "x.xlsx"))
	test.Tap(e.export)
	waitTasks()
	if e.problem.Hidden || e.run != nil {
		t.Error("a missing folder should be reported and nothing started")
	}
}

// TestExportCancel: Cancel stops the export and leaves no file, neither
// the target nor a temporary one.
func TestExportCancel(t *testing.T) {
	win := newWindow(t)
	e := newExportDialog(win, newSession(t, baseDoc()))
	started := make(chan struct{})
	old := writeWorkbook
	writeWorkbook = func(doc *data.Document, w io.Writer, opts sheets.ExportOptions) error {
		if _, err := w.Write([]byte("PK\x03\x04 half a workbook")); err != nil {
			return err
		}
		close(started)
		for { // a long export that keeps writing until its writer fails
			if _, err := w.Write([]byte("more")); err != nil {
				return err
			}
		}
	}
	t.Cleanup(func() { writeWorkbook = old })
	dir := t.TempDir()
	path := filepath.Join(dir, "x.xlsx")
	e.target.entry.SetText(path)
	test.Tap(e.export)
	<-started
	e.run.stop()
	waitTasks()
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Errorf("cancelled export left %s (%v)", path, err)
	}
	noTempFiles(t, dir)
}

func TestWriteAtomicKeepsOldFileOnError(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.txt")
	must(t, os.WriteFile(path, []byte("old"), 0o644))
	err := writeAtomic(context.Background(), path, func(w io.Writer) error {
		w.Write([]byte("new but"))
		return io.ErrUnexpectedEOF
	})
	if err == nil {
		t.Fatal("the error was lost")
	}
	if b, _ := os.ReadFile(path); string(b) != "old" {
		t.Errorf("file is %q after a failed write, want the old content", b)
	}
	noTempFiles(t, filepath.Dir(path))
}

// TestExportNamesTheOpenScenario: the workbook exported while a scenario
// is open says so in its print headers; the current organisation's does
// not.
func TestExportNamesTheOpenScenario(t *testing.T) {
	win := newWindow(t)
	sess := newSession(t, baseDoc())
	header := func() string {
		t.Helper()
		e := newExportDialog(win, sess)
		path := filepath.Join(t.TempDir(), "x.xlsx")
		e.target.entry.SetText(path)
		test.Tap(e.export)
		waitTasks()
		f, err := excelize.OpenFile(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		hf, err := f.GetHeaderFooter("编制汇总")
		if err != nil || hf == nil {
			return ""
		}
		return hf.OddHeader
	}
	if h := header(); h != "" {
		t.Fatalf("the current organisation's workbook prints the header %q", h)
	}
	if _, err := sess.NewScenario("成长期", ""); err != nil {
		t.Fatal(err)
	}
	if h := header(); h != "&L测试公司&R方案：成长期" {
		t.Fatalf("the scenario's workbook prints the header %q", h)
	}
}
