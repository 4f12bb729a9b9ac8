package dialogs

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"
)

// toPreview walks a wizard opened on a file straight to the preview.
func toPreview(t *testing.T, w *ImportWizard) {
	t.Helper()
	waitTasks()
	for i := 0; i < 3 && w.page < pagePreview; i++ {
		test.Tap(w.next)
		waitTasks()
	}
	if w.page != pagePreview {
		t.Fatalf("page %d, want the preview", w.page)
	}
}

// TestImportSkipLeavers: a CSV roster with a leaver; the option makes the
// preview again without that row.
func TestImportSkipLeavers(t *testing.T) {
	win := newWindow(t)
	sess := newSession(t, baseDoc())
	path := filepath.Join(t.TempDir(), "名单.csv")
	must(t, os.WriteFile(path, []byte("\ufeff姓名,部门,岗位,状态\n甲,运营部,运营专员,在职\n乙,运营部,运营专员,离职\n丙,技术部,开发工程师,试用\n"), 0o644))
	w := ShowImportFile(win, sess, path)
	toPreview(t, w)
	if w.pre.newPeople.Text != "3" || w.pre.skipped.Text != "0" {
		t.Fatalf("new %s skipped %s, want 3 and 0", w.pre.newPeople.Text, w.pre.skipped.Text)
	}
	w.pre.skipLeavers.SetChecked(true)
	waitTasks()
	if w.page != pagePreview || !w.opts.SkipLeavers || w.pre.newPeople.Text != "2" || w.pre.skipped.Text != "1" {
		t.Errorf("with leavers skipped: page %d, new %s, skipped %s; want 2 and 1",
			w.page, w.pre.newPeople.Text, w.pre.skipped.Text)
	}
	if got := w.pre.cell(0, 1); got != "3" {
		t.Errorf("the skipped leaver is listed on row %s, want 3", got)
	}
}

// TestImportStructureSheet: a staffing sheet next to the roster brings
// vacant roles along, unless the user turns it off.
func TestImportStructureSheet(t *testing.T) {
	win := newWindow(t)
	sess := newSession(t, baseDoc())
	path := buildWorkbook(t, filepath.Join(t.TempDir(), "人员.xlsx"),
		sheetSpec{name: "花名册", rows: [][]any{
			{"姓名", "部门", "岗位"},
			{"甲", "运营部", "运营专员"},
		}},
		sheetSpec{name: "编制汇总", rows: [][]any{
			{"部门", "岗位", "编制"},
			{"运营部", "运营专员", 3},
			{"运营部", "活动策划", 2},
		}})
	w := ShowImportFile(win, sess, path)
	toPreview(t, w)
	if w.pre.structure.Hidden || !w.pre.structure.Checked || w.pre.newRoles.Text != "1" {
		t.Fatalf("structure option shown %v checked %v, new roles %s; want the vacant 活动策划",
			!w.pre.structure.Hidden, w.pre.structure.Checked, w.pre.newRoles.Text)
	}
	w.pre.structure.SetChecked(false)
	waitTasks()
	if !w.opts.SkipStructure || w.pre.newRoles.Text != "0" {
		t.Errorf("without the staffing sheet: new roles %s, want 0", w.pre.newRoles.Text)
	}
}
