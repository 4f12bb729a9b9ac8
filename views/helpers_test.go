package views

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"orgdesigner/app"
	"orgdesigner/app/i18n"
	"orgdesigner/app/templates"
	"orgdesigner/data"
	odtheme "orgdesigner/views/theme"
)

// templateDoc returns the Chinese internet-marketing template with a few
// people, so headcounts have holders and an unassigned person.
func templateDoc(t *testing.T) *data.Document {
	t.Helper()
	doc, err := templates.Load(templates.InternetMarketing, i18n.Chinese)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Roles) < 3 {
		t.Fatalf("template has only %d roles", len(doc.Roles))
	}
	r := doc.Roles[1]
	doc.People = append(doc.People,
		data.Person{ID: "p1", Number: "001", Name: "张三", Role: r.ID, Department: r.Department, Status: data.StatusActive},
		data.Person{ID: "p2", Number: "002", Name: "李四", Status: data.StatusActive},
	)
	doc.Sort()
	return doc
}

// newTestWindow opens doc in a main window on Fyne's test driver, in
// Chinese with the light theme pinned.
func newTestWindow(t *testing.T, doc *data.Document) (*MainWindow, *app.Session) {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(odtheme.New(odtheme.Light))
	i18n.SetLanguage(i18n.Chinese)
	st, err := data.Create(filepath.Join(t.TempDir(), "测试公司.orgdb"), doc)
	if err != nil {
		t.Fatal(err)
	}
	sess := app.NewSession(st)
	m := NewMainWindow(a, sess)
	m.Window().Resize(fyne.NewSize(1360, 860))
	t.Cleanup(func() {
		if !m.closed { // the test driver panics on closing a window twice
			m.Window().Close()
		}
	})
	return m, sess
}

// triggerShortcut does what the desktop driver does with a key press that
// is a shortcut: run the main-menu item with that shortcut.
func triggerShortcut(t *testing.T, w fyne.Window, sc fyne.Shortcut) {
	t.Helper()
	var find func(items []*fyne.MenuItem) *fyne.MenuItem
	find = func(items []*fyne.MenuItem) *fyne.MenuItem {
		for _, it := range items {
			if it.Shortcut != nil && it.Shortcut.ShortcutName() == sc.ShortcutName() {
				return it
			}
			if it.ChildMenu != nil {
				if f := find(it.ChildMenu.Items); f != nil {
					return f
				}
			}
		}
		return nil
	}
	for _, menu := range w.MainMenu().Items {
		if it := find(menu.Items); it != nil {
			it.Action()
			return
		}
	}
	t.Fatalf("no menu item has the shortcut %s", sc.ShortcutName())
}

// menuItem finds a menu item by its menu's and its own label.
func menuItem(t *testing.T, w fyne.Window, menu, label string) *fyne.MenuItem {
	t.Helper()
	for _, m := range w.MainMenu().Items {
		if m.Label != menu {
			continue
		}
		for _, it := range m.Items {
			if it.Label == label {
				return it
			}
		}
	}
	t.Fatalf("no menu item %s → %s", menu, label)
	return nil
}
