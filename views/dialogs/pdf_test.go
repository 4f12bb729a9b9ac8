package dialogs

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"orgdesigner/app/report"
	"orgdesigner/data"
)

// pdfDoc is baseDoc with a role card filled in and one person, so every
// report has content.
func pdfDoc() *data.Document {
	doc := baseDoc()
	doc.Roles[1].Purpose = "负责店铺日常运营，提升转化率。"
	doc.Roles[1].Responsibilities = []data.Responsibility{{Text: "策划并执行店铺活动", Weight: 60}, {Text: "分析运营数据", Weight: 40}}
	doc.People = []data.Person{{ID: "p1", Number: "E001", Name: "李运营", Role: "r-ops", Department: "d-ops", Status: data.StatusActive}}
	return doc
}

func TestPDFEveryScope(t *testing.T) {
	cases := []struct {
		name     string
		selected []data.ID
		scope    scope
		dept     string
		file     string // suggested file name
	}{
		{"this role", []data.ID{"r-ops"}, scopeRole, "", "运营专员岗位说明书.pdf"},
		{"selected roles", []data.ID{"r-ops", "r-dev"}, scopeSelected, "", "测试公司岗位说明书.pdf"},
		{"department", []data.ID{"d-tech"}, scopeDepartment, "技术部", "技术部岗位说明书.pdf"},
		{"all role sheets", nil, scopeAll, "", "测试公司岗位说明书.pdf"},
		{"booklet", nil, scopeBooklet, "", "测试公司组织架构手册.pdf"},
		{"staffing table", nil, scopeStaffing, "", "测试公司编制表.pdf"},
		{"department booklet", []data.ID{"d-tech"}, scopeDeptBooklet, "技术部", "技术部组织架构手册.pdf"},
		{"poster", nil, scopePoster, "", "测试公司组织架构图海报.pdf"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			win := newWindow(t)
			opened := recordOpened(t)
			sess := newSession(t, pdfDoc())
			p := newPDFDialog(win, sess, c.selected, "a4")
			p.dlg.Show()
			if c.selected == nil || c.scope == scopeDeptBooklet {
				p.scope.SetSelected(p.options[p.indexOf(c.scope)])
			}
			if p.selected() != c.scope || p.dept.Selected != c.dept || p.paper.Selected != "A4" {
				t.Fatalf("scope %d dept %q paper %q, want %d %q A4", p.selected(), p.dept.Selected, p.paper.Selected, c.scope, c.dept)
			}
			if got := filepath.Base(p.target.entry.Text); got != c.file {
				t.Errorf("suggested name %q, want %q", got, c.file)
			}
			dir := t.TempDir()
			path := filepath.Join(dir, "out.pdf")
			p.target.entry.SetText(path)

			test.Tap(p.export)
			waitTasks()

			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.HasPrefix(b, []byte("%PDF-")) || p.result.Pages == 0 {
				t.Fatalf("not a PDF with pages: %.8q, %d pages", b, p.result.Pages)
			}
			if n := bytes.Count(b, []byte("/Type /Page\n")) + bytes.Count(b, []byte("/Type /Page ")); n != p.result.Pages {
				t.Errorf("%d page objects, result says %d", n, p.result.Pages)
			}
			if len(*opened) != 1 || !strings.HasSuffix((*opened)[0], "/out.pdf") {
				t.Errorf("opened %v, want the PDF", *opened)
			}
			noTempFiles(t, dir)
		})
	}
}

func TestPDFLetterLandscape(t *testing.T) {
	win := newWindow(t)
	recordOpened(t)
	p := newPDFDialog(win, newSession(t, pdfDoc()), nil, "Letter")
	p.scope.SetSelected(p.options[p.indexOf(scopeStaffing)])
	p.portrait.SetSelected("横向")
	p.openDone.SetChecked(false)
	path := filepath.Join(t.TempDir(), "x.pdf")
	p.target.entry.SetText(path)
	test.Tap(p.export)
	waitTasks()
	b, err := os.ReadFile(path)
	must(t, err)
	if !bytes.Contains(b, []byte("/MediaBox [0 0 792.00 612.00]")) {
		t.Error("the PDF is not Letter landscape")
	}
}

func TestPDFDepartmentWithoutRoles(t *testing.T) {
	win := newWindow(t)
	doc := pdfDoc()
	doc.Departments = append(doc.Departments, data.Department{ID: "d-empty", Name: "筹建部", Order: 2})
	p := newPDFDialog(win, newSession(t, doc), []data.ID{"d-empty"}, "")
	p.target.entry.SetText(filepath.Join(t.TempDir(), "x.pdf"))
	test.Tap(p.export)
	waitTasks()
	if p.problem.Hidden || p.run != nil {
		t.Errorf("a department without roles should be reported (%q) and nothing started", p.problem.Text)
	}
}

// TestPDFCancel: Cancel stops the report and leaves no file.
func TestPDFCancel(t *testing.T) {
	win := newWindow(t)
	opened := recordOpened(t)
	p := newPDFDialog(win, newSession(t, pdfDoc()), nil, "")
	started := make(chan struct{})
	old := writeReport
	writeReport = func(ctx context.Context, w io.Writer, _ *data.Document, _ scope, _ []data.ID, opt report.Options) (report.Result, error) {
		w.Write([]byte("%PDF-1.7 half"))
		opt.Progress(1, 4)
		close(started)
		<-ctx.Done()
		return report.Result{}, ctx.Err()
	}
	t.Cleanup(func() { writeReport = old })
	dir := t.TempDir()
	path := filepath.Join(dir, "x.pdf")
	p.target.entry.SetText(path)
	test.Tap(p.export)
	<-started
	p.run.stop()
	waitTasks()
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Errorf("cancelled report left %s", path)
	}
	if len(*opened) != 0 {
		t.Errorf("a cancelled report was opened: %v", *opened)
	}
	noTempFiles(t, dir)
}

// TestPDFRoleSheetOptions: the sections, blank-form and punctuation
// choices and a department booklet reach the report.
func TestPDFRoleSheetOptions(t *testing.T) {
	win := newWindow(t)
	recordOpened(t)
	doc := pdfDoc()
	doc.Org.NormalisePunct = true
	p := newPDFDialog(win, newSession(t, doc), []data.ID{"d-tech"}, "")
	if !p.punct.Checked {
		t.Error("the punctuation option does not start from the organisation's setting")
	}
	p.scope.SetSelected(p.options[p.indexOf(scopeDeptBooklet)])
	var got report.Options
	var gotScope scope
	old := writeReport
	writeReport = func(ctx context.Context, w io.Writer, d *data.Document, sc scope, roles []data.ID, opt report.Options) (report.Result, error) {
		got, gotScope = opt, sc
		return old(ctx, w, d, sc, roles, opt)
	}
	t.Cleanup(func() { writeReport = old })
	p.sections.set(report.SectionResponsibilities, report.SectionApproval)
	p.blankForm.SetChecked(true)
	p.punct.SetChecked(false)
	path := filepath.Join(t.TempDir(), "x.pdf")
	p.target.entry.SetText(path)
	test.Tap(p.export)
	waitTasks()
	if gotScope != scopeDeptBooklet || got.Department != "d-tech" || !got.BlankForm || got.NormalisePunct {
		t.Errorf("scope %d, options %+v", gotScope, got)
	}
	if len(got.Sections) != 2 || got.Sections[0] != report.SectionResponsibilities || got.Sections[1] != report.SectionApproval {
		t.Errorf("sections %v", got.Sections)
	}
	if p.result.Pages == 0 {
		t.Error("no booklet written")
	}

	// No section at all is refused with a message.
	p2 := newPDFDialog(win, newSession(t, pdfDoc()), nil, "")
	p2.sections.set()
	p2.target.entry.SetText(filepath.Join(t.TempDir(), "y.pdf"))
	test.Tap(p2.export)
	if p2.problem.Hidden || p2.run != nil {
		t.Error("printing no section at all was not refused")
	}
}

// A report printed while a scenario is open names the scenario, so a draft
// on paper is never taken for the organisation in force.
func TestPDFNamesTheOpenScenario(t *testing.T) {
	win := newWindow(t)
	recordOpened(t)
	sess := newSession(t, pdfDoc())
	if got := newPDFDialog(win, sess, nil, "").reportOptions().Scenario; got != "" {
		t.Fatalf("the current organisation printed as scenario %q", got)
	}
	if _, err := sess.NewScenario("成长期", ""); err != nil {
		t.Fatal(err)
	}
	if got := newPDFDialog(win, sess, nil, "").reportOptions().Scenario; got != "成长期" {
		t.Fatalf("scenario printed as %q", got)
	}
}
