package dialogs

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"orgdesigner/app/compare"
	"orgdesigner/data"
)

// TestChangeReportDialog: the dialog suggests a file named after the two
// organisations, refuses the open document as the output, writes a PDF in
// the background and opens it.
func TestChangeReportDialog(t *testing.T) {
	win := newWindow(t)
	opened := recordOpened(t)
	sess := newSession(t, pdfDoc())
	a := sess.Doc()
	b := pdfDoc()
	b.Roles = append(b.Roles, data.Role{ID: "r-new", Title: "主播", Department: "d-ops", Planned: 2})
	b.Sort()
	b.Reindex()
	res := compare.Compare(a, b)
	c := newChangeReportDialog(win, sess, res, "当前组织", "成长期", "A3")
	c.dlg.Show()
	if got := filepath.Base(c.target.entry.Text); got != "测试公司 变更报告 当前组织 到 成长期.pdf" || c.paper.Selected != "A3" {
		t.Errorf("suggested %q on %s", got, c.paper.Selected)
	}
	c.target.entry.SetText(sess.Path())
	test.Tap(c.export)
	if !c.problem.Visible() || win.Canvas().Overlays().Top() == nil {
		t.Fatal("the open document was accepted as the report's file")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "变更.pdf")
	c.target.entry.SetText(path)
	test.Tap(c.export)
	waitTasks()
	buf, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(buf, []byte("%PDF-")) || c.result.Pages < 2 {
		t.Fatalf("not a PDF with its pages: %.8q, %d pages", buf, c.result.Pages)
	}
	if len(*opened) != 1 || !strings.HasSuffix((*opened)[0], filepath.Base(path)) {
		t.Errorf("opened %v, want the PDF", *opened)
	}
	noTempFiles(t, dir)
}
