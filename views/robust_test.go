package views

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app"
	"orgdesigner/app/chart"
	"orgdesigner/data"
	"orgdesigner/views/internal/uitest"
	"orgdesigner/views/wrapped"
)

// labelWith returns the first visible label containing text, dialogs
// first, or nil.
func labelWith(w fyne.Window, text string) fyne.CanvasObject {
	return uitest.FindShown(uitest.Canvas(w.Canvas()), func(o fyne.CanvasObject) bool {
		s, ok := labelText(o)
		return ok && strings.Contains(s, text)
	})
}

// labelText is the text of a label: a widget.Label, or the wrapped
// label of messages and dialogs.
func labelText(o fyne.CanvasObject) (string, bool) {
	switch l := o.(type) {
	case *widget.Label:
		return l.Text, true
	case *wrapped.Label:
		return l.Text, true
	}
	return "", false
}

// TestSaveAsOntoTheOpenDocumentIsRefused: Save As with the document's own
// name (or a link to it) says so in the dialog and leaves the file alone.
func TestSaveAsOntoTheOpenDocumentIsRefused(t *testing.T) {
	m, sess := newTestWindow(t, templateDoc(t))
	link := filepath.Join(filepath.Dir(sess.Path()), "链接.orgdb")
	if err := os.Symlink(sess.Path(), link); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(sess.Path())
	for _, name := range []string{"测试公司", "链接"} {
		m.saveAs()
		focusedEntry(t, m.Window()).SetText(name)
		test.Tap(findButton(t, m.Window(), "保存"))
		if labelWith(m.Window(), "这就是当前打开的文档") == nil {
			t.Errorf("%s: no refusal in the dialog", name)
		}
		if m.closed {
			t.Fatal("the window closed")
		}
		test.Tap(findButton(t, m.Window(), "取消"))
	}
	// a folder with a document's name is refused too
	os.Mkdir(filepath.Join(filepath.Dir(sess.Path()), "文件夹.orgdb"), 0o755)
	m.saveAs()
	focusedEntry(t, m.Window()).SetText("文件夹")
	test.Tap(findButton(t, m.Window(), "保存"))
	if labelWith(m.Window(), "文件夹") == nil || labelWith(m.Window(), "输出文件") == nil {
		t.Error("a folder: no refusal in the dialog")
	}
	test.Tap(findButton(t, m.Window(), "取消"))
	if after, _ := os.ReadFile(sess.Path()); !bytes.Equal(before, after) {
		t.Fatal("the document changed")
	}
}

// TestExportPictureOntoTheOpenDocumentIsRefused: the chart picture's save
// dialog refuses the document (typed with its .orgdb name) and any folder,
// and starts in the document's folder.
func TestExportPictureOntoTheOpenDocumentIsRefused(t *testing.T) {
	m, sess := newTestWindow(t, templateDoc(t))
	before, _ := os.ReadFile(sess.Path())
	m.exportPicture(false, false)
	if labelWith(m.Window(), filepath.Dir(sess.Path())) == nil {
		t.Error("the dialog does not start in the document's folder")
	}
	name := focusedEntry(t, m.Window())
	if name.Text != "测试公司.png" {
		t.Errorf("suggested %q", name.Text)
	}
	os.Mkdir(filepath.Join(filepath.Dir(sess.Path()), "图.png"), 0o755)
	for typed, say := range map[string]string{
		"测试公司.orgdb": "这就是当前打开的文档",
		"其他.ORGDB":   "组织架构设计器文档",
		"图.png":      "文件夹",
	} {
		name.SetText(typed)
		test.Tap(findButton(t, m.Window(), "保存"))
		if labelWith(m.Window(), say) == nil {
			t.Errorf("%s: no refusal saying %q", typed, say)
		}
	}
	if after, _ := os.ReadFile(sess.Path()); !bytes.Equal(before, after) {
		t.Fatal("the document changed")
	}
	name.SetText("组织图")
	test.Tap(findButton(t, m.Window(), "保存"))
	if b, err := os.ReadFile(filepath.Join(filepath.Dir(sess.Path()), "组织图.png")); err != nil || !bytes.HasPrefix(b, []byte("\x89PNG")) {
		t.Fatalf("picture not written: %v", err)
	}
}

// TestReadOnlyDocumentWindow: a read-only file opens with the 只读 banner
// giving the reason, the edit commands disabled, and an edit that still
// reaches the session refused with a sentence and the file untouched.
func TestReadOnlyDocumentWindow(t *testing.T) {
	m0, sess0 := newTestWindow(t, templateDoc(t))
	path := sess0.Path()
	m0.Window().Close()
	os.Chmod(path, 0o444)
	before, _ := os.ReadFile(path)
	st, err := data.Open(path)
	if err != nil {
		t.Fatalf("a read-only document did not open: %v", err)
	}
	m := NewMainWindow(m0.app, app.NewSession(st))
	defer m.Window().Close()
	if labelWith(m.Window(), "只读") == nil {
		t.Fatal("no 只读 banner")
	}
	if l := labelWith(m.Window(), "你无权修改此文件"); l == nil {
		t.Error("the banner does not say why")
	} else if _, ok := l.(*wrapped.Label); !ok {
		t.Errorf("the banner's sentence is a %T, which breaks Chinese anywhere", l)
	}
	if findButton(t, m.Window(), "另存副本…") == nil {
		t.Error("no Save a copy button")
	}
	for _, b := range []toolButton{m.toolbar.child, m.toolbar.sibling, m.toolbar.dept, m.toolbar.del} {
		if !b.Disabled() {
			t.Errorf("toolbar %q enabled", b.Text)
		}
	}
	m.Select(Selection{Kind: chart.KindRole, ID: m.doc.Roles[0].ID})
	for _, mi := range [][2]string{{"编辑", "添加部门"}, {"编辑", "重命名"}, {"编辑", "删除"}, {"插入", "员工…"}, {"文件", "导入花名册…"}} {
		if it := menuItem(t, m.Window(), mi[0], mi[1]); !it.Disabled {
			t.Errorf("%s → %s is enabled", mi[0], mi[1])
		}
	}
	for _, mi := range [][2]string{{"文件", "另存为…"}, {"文件", "打印 / 导出 PDF…"}, {"文件", "导出编制表…"}} {
		if it := menuItem(t, m.Window(), mi[0], mi[1]); it.Disabled {
			t.Errorf("%s → %s is disabled", mi[0], mi[1])
		}
	}
	if m.do(app.RenameRole(m.doc.Roles[0].ID, "改名")) {
		t.Error("an edit was applied to a read-only document")
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Fatal("the file changed")
	}
}

// TestSaveFolderNeverTheConfigFolder: files made from the default
// document (in the configuration folder) are offered the documents folder.
func TestSaveFolderNeverTheConfigFolder(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(home, ".config"))
	docs := filepath.Join(home, "文档")
	os.MkdirAll(docs, 0o755)
	conf, _ := os.UserConfigDir()
	def := filepath.Join(conf, "OrgDesigner", "default.orgdb")
	os.MkdirAll(filepath.Dir(def), 0o755)
	if got := outputFolder(def); got != docs {
		t.Errorf("default document: %s, want %s", got, docs)
	}
	other := filepath.Join(home, "work", "team.orgdb")
	os.MkdirAll(filepath.Dir(other), 0o755)
	if got := outputFolder(other); got != filepath.Dir(other) {
		t.Errorf("ordinary document: %s", got)
	}
}
