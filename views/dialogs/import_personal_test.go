package dialogs

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"orgdesigner/data"
)

// TestImportPersonalColumns: the preview names the personal-data columns
// and unticking the box imports the people without them.
func TestImportPersonalColumns(t *testing.T) {
	win := newWindow(t)
	sess := newSession(t, baseDoc())
	path := filepath.Join(t.TempDir(), "hr.csv")
	must(t, os.WriteFile(path, []byte("工号,姓名,部门,身份证号,银行账号,爱好\nE101,张伟,技术部,110101199001011234,6222000011112222,跑步\n"), 0o644))
	pickFile(t, path)
	w := ShowImport(win, sess)
	waitTasks()
	for i := 0; i < 6 && w.page != pagePreview; i++ {
		test.Tap(w.next)
		waitTasks()
	}
	if w.page != pagePreview {
		t.Fatalf("page %d, want the preview", w.page)
	}
	c, cols := w.pre.personal, w.pre.personalCols.Text
	if !w.pre.personalBox.Visible() || !c.Checked || cols != "D 身份证号、E 银行账号" {
		t.Fatalf("personal columns %q shown %v checked %v", cols, w.pre.personalBox.Visible(), c.Checked)
	}
	if keys := extraKeysOf(w.preview.NewPeople[0].Extra); keys != "身份证号,银行账号,爱好" {
		t.Errorf("kept: %s", keys)
	}
	c.SetChecked(false)
	waitTasks()
	if keys := extraKeysOf(w.preview.NewPeople[0].Extra); keys != "爱好" {
		t.Errorf("left out: %s", keys)
	}
	if w.pre.personal.Checked || !w.pre.personalBox.Visible() {
		t.Error("the check box should stay shown and unticked")
	}
	test.Tap(w.next)
	waitTasks()
	found := false
	for _, p := range sess.Doc().People {
		if p.Name == "张伟" {
			found = true
			if extraKeysOf(p.Extra) != "爱好" {
				t.Errorf("stored %+v", p.Extra)
			}
		}
	}
	if !found {
		t.Error("the import was not committed")
	}
}

func extraKeysOf(es []data.ExtraField) string {
	var keys []string
	for _, e := range es {
		keys = append(keys, e.Key)
	}
	return strings.Join(keys, ",")
}
