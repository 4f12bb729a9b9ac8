package dialogs

import (
	"archive/zip"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"orgdesigner/app/report/docx"
	"orgdesigner/data"
)

func TestWordEveryScope(t *testing.T) {
	cases := []struct {
		name     string
		selected []data.ID
		scope    wordScope
		dept     string
		file     string // suggested file name
		roles    int
	}{
		{"this role", []data.ID{"r-ops"}, wordRole, "", "运营专员岗位说明书.docx", 1},
		{"selected roles", []data.ID{"r-ops", "r-dev"}, wordSelected, "", "测试公司岗位说明书.docx", 2},
		{"department", []data.ID{"d-tech"}, wordDepartment, "技术部", "技术部岗位说明书.docx", -1},
		{"all role sheets", nil, wordAll, "", "测试公司岗位说明书.docx", len(pdfDoc().Roles)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			win := newWindow(t)
			opened := recordOpened(t)
			d := newWordDialog(win, newSession(t, pdfDoc()), c.selected, "a4")
			d.dlg.Show()
			if d.selected() != c.scope || d.dept.Selected != c.dept || d.paper.Selected != "A4" {
				t.Fatalf("scope %d dept %q paper %q, want %d %q A4", d.selected(), d.dept.Selected, d.paper.Selected, c.scope, c.dept)
			}
			if got := filepath.Base(d.target.entry.Text); got != c.file {
				t.Errorf("suggested name %q, want %q", got, c.file)
			}
			dir := t.TempDir()
			path := filepath.Join(dir, "out.docx")
			d.target.entry.SetText(path)
			test.Tap(d.export)
			waitTasks()
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
			if headers != d.result.Roles || (c.roles > 0 && headers != c.roles) || headers == 0 {
				t.Errorf("%d role sheets, result %d, want %d", headers, d.result.Roles, c.roles)
			}
			if len(*opened) != 1 || !strings.HasSuffix((*opened)[0], "/out.docx") {
				t.Errorf("opened %v, want the document", *opened)
			}
			noTempFiles(t, dir)
		})
	}
}

func TestWordDepartmentWithoutRoles(t *testing.T) {
	win := newWindow(t)
	doc := pdfDoc()
	doc.Departments = append(doc.Departments, data.Department{ID: "d-empty", Name: "筹建部", Order: 2})
	d := newWordDialog(win, newSession(t, doc), []data.ID{"d-empty"}, "")
	d.target.entry.SetText(filepath.Join(t.TempDir(), "x.docx"))
	test.Tap(d.export)
	waitTasks()
	if d.problem.Hidden || d.run != nil {
		t.Errorf("a department without roles should be reported (%q) and nothing started", d.problem.Text)
	}
}

// TestWordCancel: Cancel stops the export and leaves no file.
func TestWordCancel(t *testing.T) {
	win := newWindow(t)
	opened := recordOpened(t)
	d := newWordDialog(win, newSession(t, pdfDoc()), nil, "")
	started := make(chan struct{})
	old := writeWord
	writeWord = func(ctx context.Context, w io.Writer, _ *data.Document, _ []data.ID, opt docx.Options) (docx.Result, error) {
		w.Write([]byte("PK half"))
		opt.Progress(1, 4)
		close(started)
		<-ctx.Done()
		return docx.Result{}, ctx.Err()
	}
	t.Cleanup(func() { writeWord = old })
	dir := t.TempDir()
	path := filepath.Join(dir, "x.docx")
	d.target.entry.SetText(path)
	test.Tap(d.export)
	<-started
	d.run.stop()
	waitTasks()
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Errorf("cancelled export left %s", path)
	}
	if len(*opened) != 0 {
		t.Errorf("a cancelled export was opened: %v", *opened)
	}
	noTempFiles(t, dir)
}

// TestWordNamesTheOpenScenario: role sheets exported while a scenario is
// open name it in their page headers, as the PDF does; the current
// organisation's do not.
func TestWordNamesTheOpenScenario(t *testing.T) {
	win := newWindow(t)
	recordOpened(t)
	sess := newSession(t, pdfDoc())
	header := func() string {
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
	}
	if h := header(); strings.Contains(h, "方案") {
		t.Fatalf("the current organisation's role sheets name a scenario: %s", h)
	}
	if _, err := sess.NewScenario("成长期", ""); err != nil {
		t.Fatal(err)
	}
	if h := header(); !strings.Contains(h, "方案：成长期") {
		t.Fatalf("the scenario's role sheets do not name it: %s", h)
	}
}
