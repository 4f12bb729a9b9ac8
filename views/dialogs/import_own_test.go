package dialogs

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"orgdesigner/app/sheets"
	"orgdesigner/data"
)

// TestImportOwnWorkbookIntoBlank: our own staffing workbook imported
// through the wizard into a blank document brings back the role cards and
// project teams, and the result page says so.
func TestImportOwnWorkbookIntoBlank(t *testing.T) {
	win := newWindow(t)
	src := pdfDoc()
	src.Projects = []data.ProjectTeam{{ID: "t1", Name: "大促项目组", OwnerRole: "r-ops", Members: []data.Member{{Person: "p1", ProjectRole: "运营"}}}}
	path := filepath.Join(t.TempDir(), "编制表.xlsx")
	must(t, sheets.ExportFile(src, path, sheets.ExportOptions{}))
	sess := newSession(t, &data.Document{Org: data.Organisation{Name: "新公司", Lang: "zh"}})
	pickFile(t, path)
	w := ShowImport(win, sess)
	waitTasks()
	for i := 0; i < 5 && w.page != pagePreview; i++ {
		test.Tap(w.next)
		waitTasks()
	}
	if w.page != pagePreview {
		t.Fatalf("page %d, want the preview", w.page)
	}
	test.Tap(w.next) // Import
	waitTasks()
	if w.page != pageResult {
		t.Fatalf("page %d after Import, want the result page", w.page)
	}
	doc := sess.Doc()
	var ops *data.Role
	for i := range doc.Roles {
		if doc.Roles[i].Title == "运营专员" {
			ops = &doc.Roles[i]
		}
	}
	if ops == nil || ops.Purpose != src.Role("r-ops").Purpose || len(ops.Responsibilities) != 2 || len(doc.Projects) != 1 ||
		doc.Org.Name != src.Org.Name {
		t.Fatalf("not restored: role %+v, %d teams, company %q", ops, len(doc.Projects), doc.Org.Name)
	}
	if !strings.Contains(w.result.summary.Text, "岗位说明书 1 份") || !strings.Contains(w.result.summary.Text, "项目组 1 个") {
		t.Errorf("result page: %s", w.result.summary.Text)
	}
}
