package views

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"orgdesigner/app"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

func TestCheckTarget(t *testing.T) {
	dir := t.TempDir()
	existing := filepath.Join(dir, "已有.orgdb")
	if err := os.WriteFile(existing, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	self := filepath.Join(dir, "当前.orgdb")
	i18n.SetLanguage(i18n.Chinese)
	tests := []struct {
		name, typed string
		req         locationRequest
		wantPath    string
		wantProblem string
	}{
		{"adds the extension", "新公司", locationRequest{}, filepath.Join(dir, "新公司.orgdb"), ""},
		{"keeps the extension", "新公司.ORGDB", locationRequest{}, filepath.Join(dir, "新公司.ORGDB"), ""},
		{"no name", "  ", locationRequest{}, "", "请输入文件名。"},
		{"only the extension", ".orgdb", locationRequest{}, "", "请输入文件名。"},
		{"a folder in the name", "a/b", locationRequest{}, "", "文件名不能包含 / 或 \\。"},
		{"the open document", "当前", locationRequest{overwrite: true, self: self}, "", "这就是当前打开的文档。请换一个名称。"},
		{"exists, New refuses", "已有", locationRequest{}, "", app.Describe(data.ErrExists)},
		{"exists, Save As may replace", "已有", locationRequest{overwrite: true}, existing, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path, problem := checkTarget(dir, tt.typed, tt.req)
			if path != tt.wantPath || problem != tt.wantProblem {
				t.Errorf("checkTarget(%q) = %q, %q; want %q, %q", tt.typed, path, problem, tt.wantPath, tt.wantProblem)
			}
		})
	}
}

func TestCheckTargetRefusesADocumentHeldOpen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "held.orgdb")
	st, err := data.Create(path, templateDoc(t))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	_, problem := checkTarget(filepath.Dir(path), "held", locationRequest{overwrite: true})
	if !strings.Contains(problem, "held.orgdb") || !strings.Contains(problem, "另一个") {
		t.Errorf("replacing a document open elsewhere: problem %q", problem)
	}
}

func TestOpenFileReusesTheWindowOfAnOpenDocument(t *testing.T) {
	a := test.NewTempApp(t)
	path := filepath.Join(t.TempDir(), "公司.orgdb")
	st, err := data.Create(path, templateDoc(t))
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	m, err := OpenFile(a, path)
	if err != nil {
		t.Fatal(err)
	}
	again, err := OpenFile(a, path)
	if err != nil || again != m {
		t.Fatalf("second open gave %p, %v; want the same window %p", again, err, m)
	}
	m.Window().Close()
	if lookup(m.key()) != nil {
		t.Error("a closed window stays registered")
	}
	// Closing released the file: it opens again.
	m2, err := OpenFile(a, path)
	if err != nil {
		t.Fatalf("reopen after close: %v", err)
	}
	m2.Window().Close()
	if got := recent(a); len(got) == 0 || got[0] != path {
		t.Errorf("recent documents %v", got)
	}
}

func TestOpenFileReportsDamagedFiles(t *testing.T) {
	a := test.NewTempApp(t)
	path := filepath.Join(t.TempDir(), "坏.orgdb")
	if err := os.WriteFile(path, []byte("not a database at all"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenFile(a, path); err == nil || !strings.Contains(err.Error(), "damaged") {
		t.Errorf("opening a damaged file: %v", err)
	}
	if len(Windows()) != 0 {
		t.Error("a failed open left a window")
	}
}

func TestSaveAsContinuesInTheCopy(t *testing.T) {
	m, sess := newTestWindow(t, templateDoc(t))
	m.saveAs()
	name := focusedEntry(t, m.Window())
	if name.Text != "测试公司(副本)" {
		t.Errorf("suggested name %q", name.Text)
	}
	name.SetText("新版架构")
	test.Tap(findButton(t, m.Window(), "保存"))
	copyPath := filepath.Join(filepath.Dir(sess.Path()), "新版架构.orgdb")
	c := lookup(copyPath)
	if c == nil {
		t.Fatalf("the copy %s is not open", copyPath)
	}
	defer c.Window().Close()
	if !m.closed {
		t.Error("the original window should close")
	}
	if len(c.sess.Doc().Roles) != len(sess.Doc().Roles) {
		t.Error("the copy differs from the original")
	}
	if c.Window().Title() != "新版架构 — 组织架构设计器" {
		t.Errorf("copy title %q", c.Window().Title())
	}
}

func TestNewDocumentFromTemplate(t *testing.T) {
	m, sess := newTestWindow(t, templateDoc(t))
	m.newDocument()
	focusedEntry(t, m.Window()).SetText("初创公司")
	test.Tap(findButton(t, m.Window(), "创建"))
	path := filepath.Join(filepath.Dir(sess.Path()), "初创公司.orgdb")
	n := lookup(path)
	if n == nil {
		t.Fatalf("the new document %s is not open", path)
	}
	defer n.Window().Close()
	if len(n.sess.Doc().Departments) != 8 {
		t.Errorf("new document from the first template has %d departments", len(n.sess.Doc().Departments))
	}
	if m.closed {
		t.Error("New must not close the current window")
	}

	// The same name again is refused in the dialog, which stays open.
	m.newDocument()
	focusedEntry(t, m.Window()).SetText("初创公司")
	test.Tap(findButton(t, m.Window(), "创建"))
	if lookup(path) != n {
		t.Error("creating over an existing document replaced it")
	}
}

func TestExtensionsAddMenuItemsToEveryWindow(t *testing.T) {
	saved := extensions
	t.Cleanup(func() { extensions = saved })
	var ran bool
	OnNewWindow(func(m *MainWindow) {
		m.AddMenuItems(MenuFile, fyne.NewMenuItem("导入…", func() { ran = true }))
	})
	m, _ := newTestWindow(t, templateDoc(t))
	file := m.Window().MainMenu().Items[0]
	var labels []string
	for _, it := range file.Items {
		labels = append(labels, it.Label)
	}
	got := strings.Join(labels, "|")
	if !strings.Contains(got, "另存为…||导入…|导入花名册…|导出编制表…|打印 / 导出 PDF…|岗位说明书导出为 Word…|导出组织图图片") {
		t.Errorf("File menu: %s", got)
	}
	menuItem(t, m.Window(), "文件", "导入…").Action()
	if !ran {
		t.Error("the added item's action did not run")
	}
}

func TestWritePicture(t *testing.T) {
	m, _ := newTestWindow(t, templateDoc(t))
	dir := t.TempDir()
	for _, tt := range []struct {
		name  string
		svg   bool
		magic string
	}{{"chart.png", false, "\x89PNG"}, {"chart.svg", true, "<?xml"}} {
		path := filepath.Join(dir, tt.name)
		if err := m.writePicture(path, tt.svg, false); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(path)
		if err != nil || !strings.HasPrefix(string(b), tt.magic) {
			t.Errorf("%s: %d bytes starting %q, %v", tt.name, len(b), b[:min(len(b), 8)], err)
		}
		if !strings.Contains(m.status.message.Text, tt.name) {
			t.Errorf("status says %q", m.status.message.Text)
		}
	}
}
