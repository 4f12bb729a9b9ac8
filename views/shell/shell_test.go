package shell

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app"
	"orgdesigner/app/i18n"
	"orgdesigner/app/templates"
	"orgdesigner/data"
	"orgdesigner/views"
	"orgdesigner/views/settings"
	"orgdesigner/views/wrapped"
)

var day1 = time.Date(2026, 11, 2, 9, 0, 0, 0, time.Local)

// fixture is a controller on a fresh, headless app with its own home and
// configuration folders, in a Chinese locale.
type fixture struct {
	t    *testing.T
	a    fyne.App
	c    *controller
	dir  string
	now  time.Time
	home string
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	dir := t.TempDir()
	home := filepath.Join(dir, "home")
	if err := os.MkdirAll(home, 0o755); err != nil {
		t.Fatal(err)
	}
	for k, v := range map[string]string{
		"HOME": home, "XDG_CONFIG_HOME": filepath.Join(home, ".config"), "XDG_CACHE_HOME": filepath.Join(home, ".cache"),
		"TMPDIR": dir, "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": "", "LC_PAPER": "", "LANG": "zh_CN.UTF-8",
	} {
		t.Setenv(k, v)
	}
	f := &fixture{t: t, a: test.NewTempApp(t), dir: dir, home: home, now: day1}
	f.c = newController(f.a, "1.0.0", func() time.Time { return f.now })
	t.Cleanup(func() {
		closeAll()
		i18n.SetLanguage(i18n.Chinese)
	})
	return f
}

// closeAll closes every window, so no document stays open for the next test.
func closeAll() {
	for _, m := range views.Windows() {
		m.Window().Close()
	}
	for _, w := range slices.Clone(fyne.CurrentApp().Driver().AllWindows()) {
		w.Close()
	}
}

// newDoc writes a document made from the template to dir/name.
func (f *fixture) newDoc(name string) string {
	f.t.Helper()
	doc, err := templates.Load(templates.InternetMarketing, i18n.Chinese)
	if err != nil {
		f.t.Fatal(err)
	}
	path := filepath.Join(f.dir, name)
	st, err := data.Create(path, doc)
	if err != nil {
		f.t.Fatal(err)
	}
	st.Close()
	return path
}

// window returns the one open document window, for path.
func (f *fixture) window(path string) *views.MainWindow {
	f.t.Helper()
	wins := views.Windows()
	if len(wins) != 1 {
		f.t.Fatalf("%d document windows open, want 1", len(wins))
	}
	if got := wins[0].Session().Path(); got != path {
		f.t.Fatalf("window shows %s, want %s", got, path)
	}
	return wins[0]
}

func TestStartWithoutFileCreatesAndOpensTheDefaultDocument(t *testing.T) {
	f := newFixture(t)
	f.c.start("")

	path, err := app.DefaultDocumentPath()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(path, f.home) {
		t.Fatalf("default document %s outside the test home", path)
	}
	m := f.window(path)
	if n := len(m.Session().Doc().Departments); n < 8 {
		t.Errorf("default document has %d departments, want the template's", n)
	}
	if m.Session().Doc().Org.Lang != i18n.Chinese {
		t.Errorf("content language %q, want the UI's", m.Session().Doc().Org.Lang)
	}
	if f.c.welcome.over == nil {
		t.Fatal("the first start shows no welcome screen")
	}
	if keep := f.c.welcome.keep; keep == nil || keep.Text != "从示例公司开始" {
		t.Fatal("the welcome screen has no button to carry on with the example")
	}
	test.Tap(f.c.welcome.keep)
	if f.c.welcome.over != nil {
		t.Error("the welcome screen stays after choosing the example")
	}
	if list, _ := app.ListBackups(path); len(list) != 1 {
		t.Errorf("%d backups after opening, want today's", len(list))
	}

	// The next start opens the same document without the welcome screen.
	closeAll()
	g := newController(f.a, "1.0.0", time.Now)
	g.start("")
	f.window(path)
	if g.welcome.over != nil || g.welcome.win != nil {
		t.Error("the welcome screen came back at the second start")
	}
}

func TestStartWithFileOpensIt(t *testing.T) {
	f := newFixture(t)
	path := f.newDoc("团队.orgdb")
	f.c.start(path)
	f.window(path)
	if f.c.welcome.win != nil || f.c.welcome.over != nil {
		t.Error("welcome shown although the file opened")
	}
	if got := RecentDocuments(f.a.Preferences()); len(got) != 1 || got[0] != path {
		t.Errorf("recent documents %v", got)
	}
}

func TestStartWithUnusableFileShowsWelcome(t *testing.T) {
	cases := []struct {
		name    string
		prepare func(f *fixture) string
		want    string
	}{
		{"missing", func(f *fixture) string { return filepath.Join(f.dir, "nowhere.orgdb") }, "文件不存在"},
		{"damaged", func(f *fixture) string {
			p := filepath.Join(f.dir, "broken.orgdb")
			os.WriteFile(p, []byte(strings.Repeat("not a database ", 400)), 0o644)
			return p
		}, "已损坏"},
		{"directory", func(f *fixture) string {
			p := filepath.Join(f.dir, "folder.orgdb")
			os.Mkdir(p, 0o755)
			return p
		}, "folder.orgdb"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := newFixture(t)
			path := c.prepare(f)
			f.c.start(path)
			if len(views.Windows()) != 0 {
				t.Fatal("a document window opened")
			}
			w := f.c.welcome
			if w.win == nil || !w.messageLabel.Visible() {
				t.Fatal("no welcome window with a message")
			}
			if !strings.Contains(w.messageLabel.Text, filepath.Base(path)) || !strings.Contains(w.messageLabel.Text, c.want) {
				t.Errorf("message %q, want the file name and %q", w.messageLabel.Text, c.want)
			}
		})
	}
}

func TestLockedFileIsRefusedWithinASecond(t *testing.T) {
	f := newFixture(t)
	path := f.newDoc("locked.orgdb")
	held, err := data.Open(path) // another "process" has it open
	if err != nil {
		t.Fatal(err)
	}
	defer held.Close()

	start := time.Now()
	f.c.start(path)
	took := time.Since(start)
	if took > 3*time.Second {
		t.Errorf("refusing a locked file took %v", took)
	}
	if got := f.c.welcome.messageLabel.Text; !strings.Contains(got, "另一个") && !strings.Contains(got, "another") {
		t.Errorf("message %q does not say the file is open elsewhere", got)
	}
	if f.c.welcome.failed != "" {
		t.Error("a locked document is offered a restore from backup")
	}

	// Once the other window lets go, Try again opens it.
	if f.c.welcome.retry == nil {
		t.Fatal("no Try again button for a document open elsewhere")
	}
	held.Close()
	test.Tap(f.c.welcome.retry)
	f.window(path)
	if f.c.welcome.win != nil {
		t.Error("welcome window still open after trying again")
	}
}

func TestDamagedDocumentWithoutBackupsSaysSo(t *testing.T) {
	f := newFixture(t)
	path := filepath.Join(f.dir, "nobackup.orgdb")
	if err := os.WriteFile(path, []byte(strings.Repeat("garbage ", 500)), 0o644); err != nil {
		t.Fatal(err)
	}
	f.c.start(path)
	found := false
	walk(f.c.welcome.win.Content(), func(o fyne.CanvasObject) {
		if l, ok := o.(*wrapped.Label); ok && strings.Contains(l.Text, "没有备份") {
			found = true
		}
	})
	if !found {
		t.Error("the welcome screen does not say the damaged file has no backups")
	}
	if f.c.welcome.retry != nil {
		t.Error("a damaged document is offered Try again")
	}
}

func TestGuideMenuItemShowsF1(t *testing.T) {
	f := newFixture(t)
	m, err := f.c.open(f.newDoc("keys.orgdb"))
	if err != nil {
		t.Fatal(err)
	}
	w := f.c.windows[m]
	sc, ok := w.guide.Shortcut.(*desktop.CustomShortcut)
	if !ok || sc.KeyName != fyne.KeyF1 {
		t.Errorf("Guide menu item shortcut %v, want F1", w.guide.Shortcut)
	}
}

func TestWelcomeOverFitsTheWindow(t *testing.T) {
	for _, parent := range []fyne.Size{{Width: 1440, Height: 860}, {Width: 800, Height: 560}} {
		got := overSize(parent)
		if got.Width > parent.Width || got.Height > parent.Height {
			t.Errorf("welcome %v is larger than its window %v", got, parent)
		}
		if parent.Height >= 800 && got.Height < 700 {
			t.Errorf("welcome %v over %v: too short to show every section", got, parent)
		}
	}
}

func TestRecentDocumentsOrderAndPruning(t *testing.T) {
	f := newFixture(t)
	a, b := f.newDoc("a.orgdb"), f.newDoc("b.orgdb")
	gone := filepath.Join(f.dir, "gone.orgdb")
	p := f.a.Preferences()
	p.SetStringList(keyRecent, []string{gone, a})

	if _, err := f.c.open(b); err != nil {
		t.Fatal(err)
	}
	if got := RecentDocuments(p); len(got) != 2 || got[0] != b || got[1] != a {
		t.Errorf("recent %v, want [b a] without the missing file", got)
	}
	if got := p.StringList(keyRecent); len(got) != 2 {
		t.Errorf("pruned list not saved: %v", got)
	}

	// The welcome screen lists them, most recent first, and opens one.
	closeAll()
	f.c.welcome.show("")
	if len(f.c.welcome.recent) != 2 || f.c.welcome.recent[0].Text != "b" {
		t.Fatalf("welcome lists %d recent documents", len(f.c.welcome.recent))
	}
	test.Tap(f.c.welcome.recent[1])
	f.window(a)
	if f.c.welcome.win != nil {
		t.Error("welcome window still open after opening a document")
	}
}

func TestDailyBackupTakenOnOpen(t *testing.T) {
	f := newFixture(t)
	path := f.newDoc("daily.orgdb")
	open := func() {
		t.Helper()
		if _, err := f.c.open(path); err != nil {
			t.Fatal(err)
		}
		closeAll()
	}
	open()
	open() // the same day: no second copy
	if list, _ := app.ListBackups(path); len(list) != 1 {
		t.Fatalf("%d backups after two opens on one day", len(list))
	}
	f.now = day1.AddDate(0, 0, 1)
	open()
	if list, _ := app.ListBackups(path); len(list) != 2 || !list[0].Time.Equal(time.Date(2026, 11, 3, 0, 0, 0, 0, time.Local)) {
		t.Fatalf("backups %v", list)
	}
	settings.SetBackupCount(f.a, 1)
	f.now = day1.AddDate(0, 0, 2)
	open()
	if list, _ := app.ListBackups(path); len(list) != 1 {
		t.Errorf("%d backups kept with the count set to 1", len(list))
	}
}

func TestRestoreFromBackupReplacesContent(t *testing.T) {
	f := newFixture(t)
	path := f.newDoc("restore.orgdb")
	m, err := f.c.open(path) // takes today's backup of the original
	if err != nil {
		t.Fatal(err)
	}
	org := m.Session().Doc().Org
	original := org.Name
	org.Name = "改过的名字"
	if err := m.Session().Do(app.UpdateOrg(org)); err != nil {
		t.Fatal(err)
	}

	p := f.c.pickBackup(m.Window(), path, func(b app.Backup) { f.c.restoreOpen(m, path, b) })
	if p == nil || len(p.backups) != 1 {
		t.Fatal("no backup offered")
	}
	if p.ok.Disabled() || p.chosen != 0 {
		t.Error("the newest backup is not chosen to begin with")
	}
	p.restore(p.backups[0]) // what the confirmation runs

	m2 := f.window(path)
	if m2 == m {
		t.Fatal("the document was not reopened")
	}
	if got := m2.Session().Doc().Org.Name; got != original {
		t.Errorf("after restore the name is %q, want %q", got, original)
	}
	list, _ := app.ListBackups(path)
	kept := false
	for _, b := range list {
		if strings.Contains(b.Path, "before-restore") {
			kept = true
		}
	}
	if !kept {
		t.Error("the document as it was is not kept before the restore")
	}
}

func TestDamagedDocumentCanBeRestoredFromWelcome(t *testing.T) {
	f := newFixture(t)
	path := f.newDoc("damaged.orgdb")
	if _, err := f.c.open(path); err != nil { // makes today's backup
		t.Fatal(err)
	}
	closeAll()
	if err := os.WriteFile(path, []byte("garbage"), 0o644); err != nil {
		t.Fatal(err)
	}
	f.c.start(path)
	w := f.c.welcome
	if w.win == nil || w.failed != path {
		t.Fatal("no welcome for the damaged document")
	}
	var restore *widget.Button
	walk(w.win.Content(), func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == "从备份恢复该文档…" {
			restore = b
		}
	})
	if restore == nil {
		t.Fatal("the welcome screen offers no restore")
	}
	list, _ := app.ListBackups(path)
	f.c.restoreClosed(path, list[0])
	if n := len(f.window(path).Session().Doc().Departments); n < 8 {
		t.Errorf("restored document has %d departments", n)
	}
	// the damaged file is kept aside, and the window says where
	aside := app.DamagedPath(path, f.c.now())
	if b, err := os.ReadFile(aside); err != nil || string(b) != "garbage" {
		t.Errorf("the damaged file was not kept aside: %v", err)
	}
}

func TestNewDocumentFromTheWelcomeScreen(t *testing.T) {
	f := newFixture(t)
	f.c.welcome.show("")
	form := f.c.askNewDocument(f.c.welcome.win, templates.Blank)
	if form.ids[form.template.SelectedIndex()] != templates.Blank {
		t.Error("the blank template is not preselected")
	}
	form.folder.SetText(f.dir)
	form.name.SetText("新公司")
	form.lang.SetSelectedIndex(1) // English content
	form.onConfirm()
	path := filepath.Join(f.dir, "新公司.orgdb")
	m := f.window(path)
	if m.Session().Doc().Org.Lang != i18n.English {
		t.Errorf("content language %q", m.Session().Doc().Org.Lang)
	}

	// The same name again is refused in the form, not overwritten.
	form = f.c.askNewDocument(m.Window(), templates.InternetMarketing)
	form.folder.SetText(f.dir)
	form.name.SetText("新公司.orgdb")
	form.onConfirm()
	if !form.problem.Visible() || !strings.Contains(form.problem.Text, "已存在") {
		t.Errorf("existing file: problem %q", form.problem.Text)
	}
	form.folder.SetText(filepath.Join(f.dir, "nope"))
	form.onConfirm()
	if !strings.Contains(form.problem.Text, "不存在") {
		t.Errorf("missing folder: problem %q", form.problem.Text)
	}
}

func TestLanguageSwitchRelabelsOpenWindows(t *testing.T) {
	f := newFixture(t)
	path := f.newDoc("lang.orgdb")
	f.c.start(path)
	m := f.window(path)
	if got := menuLabels(m); !strings.Contains(got, "从备份恢复…") || !strings.Contains(got, "设置…") {
		t.Fatalf("Chinese menu lacks the shell's items: %s", got)
	}
	f.c.showSettings()
	f.c.showHelp(0, m)

	settingsWindowLanguage(f.c, 2) // English
	if got := menuLabels(m); !strings.Contains(got, "Restore from backup…") || !strings.Contains(got, "Settings…") ||
		strings.Contains(got, "从备份恢复") {
		t.Errorf("menus after switching to English: %s", got)
	}
	if got := m.Window().Title(); !strings.HasSuffix(got, "OrgDesigner") {
		t.Errorf("window title %q", got)
	}
	if got := f.c.help.Window().Title(); got != "Help" {
		t.Errorf("Help title %q", got)
	}

	settingsWindowLanguage(f.c, 1) // 中文
	if got := menuLabels(m); !strings.Contains(got, "从备份恢复…") {
		t.Errorf("menus after switching back: %s", got)
	}
}

func settingsWindowLanguage(c *controller, index int) {
	for _, o := range allObjects(c.settings.Window().Content()) {
		if s, ok := o.(*widget.Select); ok && len(s.Options) == 3 && s.Options[2] == "English" {
			s.SetSelectedIndex(index)
			return
		}
	}
	panic("no language select")
}

func menuLabels(m *views.MainWindow) string {
	var b strings.Builder
	var items func([]*fyne.MenuItem)
	items = func(list []*fyne.MenuItem) {
		for _, it := range list {
			b.WriteString(it.Label + "|")
			if it.ChildMenu != nil {
				items(it.ChildMenu.Items)
			}
		}
	}
	for _, menu := range m.Window().MainMenu().Items {
		b.WriteString(menu.Label + ":")
		items(menu.Items)
	}
	return b.String()
}

func allObjects(o fyne.CanvasObject) []fyne.CanvasObject {
	var out []fyne.CanvasObject
	walk(o, func(o fyne.CanvasObject) { out = append(out, o) })
	return out
}

func walk(o fyne.CanvasObject, f func(fyne.CanvasObject)) {
	f(o)
	switch x := o.(type) {
	case *fyne.Container:
		for _, c := range x.Objects {
			walk(c, f)
		}
	case *widget.Form:
		for _, it := range x.Items {
			walk(it.Widget, f)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(x).Objects() {
			walk(c, f)
		}
	}
}
