package dialogs

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
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
	if p.result.(report.Result).Pages == 0 {
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
