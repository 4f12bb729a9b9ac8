package dialogs

import (
	"bytes"
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app"
	"orgdesigner/data"
	"orgdesigner/views/internal/uitest"
)

// TestExportOntoTheDocumentIsRefused: the workbook export refuses the open
// document's path (any .orgdb) with a sentence, writes nothing and does
// not turn the name into NAME.orgdb.xlsx.
func TestExportOntoTheDocumentIsRefused(t *testing.T) {
	win := newWindow(t)
	sess := newSession(t, baseDoc())
	before, _ := os.ReadFile(sess.Path())
	e := newExportDialog(win, sess)
	e.dlg.Show()
	e.target.entry.SetText(sess.Path())
	test.Tap(e.export)
	waitTasks()
	if e.problem.Hidden || e.run != nil || !strings.Contains(e.problem.Text, "测试.orgdb") || !strings.Contains(e.problem.Text, "组织架构设计器文档") {
		t.Fatalf("export onto the document: problem %q (hidden %v)", e.problem.Text, e.problem.Hidden)
	}
	if after, _ := os.ReadFile(sess.Path()); !bytes.Equal(before, after) {
		t.Fatal("the document changed")
	}
	if _, err := os.Stat(sess.Path() + ".xlsx"); err == nil {
		t.Fatal("wrote NAME.orgdb.xlsx")
	}
}

// TestOpenFailureSaysWhereTheFileIs: with no program to open a file, the
// dialog names its folder (never the system's error) and Copy path puts
// the full path on the clipboard.
func TestOpenFailureSaysWhereTheFileIs(t *testing.T) {
	win := newWindow(t)
	old := openURL
	openURL = func(*url.URL) error { return errors.New(`exec: "xdg-open": executable file not found in $PATH`) }
	t.Cleanup(func() { openURL = old })
	path := filepath.Join(t.TempDir(), "编制表.xlsx")
	os.WriteFile(path, []byte("x"), 0o644)
	openPath(win, path)
	top := win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog")
	}
	all := strings.Join(collectTexts(top), "\n")
	if !strings.Contains(all, filepath.Dir(path)) || strings.Contains(all, "xdg-open") {
		t.Fatalf("dialog says:\n%s", all)
	}
	b := findButton(win, "复制路径")
	if b == nil {
		t.Fatal("no Copy path button")
	}
	test.Tap(b)
	if got := fyne.CurrentApp().Clipboard().Content(); got != path {
		t.Errorf("clipboard %q, want %q", got, path)
	}
}

// collectTexts returns the texts of the labels, entries and canvas texts
// under o (a label's or an entry's own, not the texts drawing it).
func collectTexts(o fyne.CanvasObject) []string {
	var out []string
	uitest.Walk(o, func(o fyne.CanvasObject) bool {
		switch x := o.(type) {
		case *widget.Label:
			out = append(out, x.Text)
		case *widget.Entry:
			out = append(out, x.Text)
		case *canvas.Text:
			out = append(out, x.Text)
		default:
			return true
		}
		return false
	})
	return out
}

// TestSaveDialogsAvoidTheConfigFolder: the workbook and PDF of the default
// document (kept in the configuration folder) are offered the user's
// documents folder, never the hidden configuration folder.
func TestSaveDialogsAvoidTheConfigFolder(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(home, ".config"))
	docs := filepath.Join(home, "Documents")
	os.MkdirAll(docs, 0o755)
	conf, _ := os.UserConfigDir()
	def := filepath.Join(conf, "OrgDesigner", "default.orgdb")
	os.MkdirAll(filepath.Dir(def), 0o755)
	st, err := data.Create(def, baseDoc())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	win := newWindow(t)
	e := newExportDialog(win, app.NewSession(st))
	if got := filepath.Dir(e.target.entry.Text); got != docs {
		t.Errorf("workbook suggested in %s, want %s", got, docs)
	}
}
