package views

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"orgdesigner/app/chart"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// Menu names a menu of the main window, for AddMenuItems.
type Menu int

// The main window's menus.
const (
	MenuFile Menu = iota
	MenuEdit
	MenuView
	MenuInsert
	MenuHelp
	MenuScenario
)

// AddMenuItems adds items for features built elsewhere (import, export
// workbook, print, checks, people, settings, guide) to one of the window's
// menus: in File before "Export chart picture", in Help before "About",
// elsewhere at the end. Call RefreshMenus after changing an added item.
func (m *MainWindow) AddMenuItems(menu Menu, items ...*fyne.MenuItem) {
	m.hooks[menu] = append(m.hooks[menu], items...)
	m.RefreshMenus()
}

// RefreshMenus rebuilds the menu bar (after an added item changed).
func (m *MainWindow) RefreshMenus() {
	m.menuKey = ""
	m.updateCommands()
}

// shortcut is a keyboard shortcut with the platform's primary modifier
// (Ctrl, or Cmd on macOS) and optionally Shift.
func shortcut(key fyne.KeyName, shift bool) fyne.Shortcut {
	mod := fyne.KeyModifierShortcutDefault
	if shift {
		mod |= fyne.KeyModifierShift
	}
	return &desktop.CustomShortcut{KeyName: key, Modifier: mod}
}

// item makes a menu item with an optional shortcut.
func item(label string, action func(), sc fyne.Shortcut) *fyne.MenuItem {
	it := fyne.NewMenuItem(label, action)
	it.Shortcut = sc
	return it
}

func checked(label string, on bool, action func()) *fyne.MenuItem {
	it := fyne.NewMenuItem(label, action)
	it.Checked = on
	return it
}

func disabled(it *fyne.MenuItem, off bool) *fyne.MenuItem {
	it.Disabled = off
	return it
}

func separator() *fyne.MenuItem { return fyne.NewMenuItemSeparator() }

// mainMenu builds the menu bar for the current state.
func (m *MainWindow) mainMenu() *fyne.MainMenu {
	return fyne.NewMainMenu(m.fileMenu(), m.editMenu(), m.viewMenu(), m.insertMenu(), m.scenarioMenu(), m.helpMenu())
}

func (m *MainWindow) fileMenu() *fyne.Menu {
	export := fyne.NewMenuItem(i18n.L("Export chart picture"), nil)
	export.ChildMenu = fyne.NewMenu("",
		fyne.NewMenuItem(i18n.L("PNG picture, whole chart…"), func() { m.exportPicture(false, false) }),
		fyne.NewMenuItem(i18n.L("PNG picture, visible part…"), func() { m.exportPicture(false, true) }),
		fyne.NewMenuItem(i18n.L("SVG picture, whole chart…"), func() { m.exportPicture(true, false) }),
		fyne.NewMenuItem(i18n.L("SVG picture, visible part…"), func() { m.exportPicture(true, true) }),
	)
	quit := item(i18n.L("Quit"), m.quit, shortcut(fyne.KeyQ, false))
	quit.IsQuit = true
	items := []*fyne.MenuItem{
		item(i18n.L("New…"), m.newDocument, shortcut(fyne.KeyN, false)),
		item(i18n.L("Open…"), m.openDocument, shortcut(fyne.KeyO, false)),
	}
	if recent := m.openRecentMenu(); len(recent.Items) > 0 {
		it := fyne.NewMenuItem(i18n.L("Open Recent"), nil)
		it.ChildMenu = recent
		items = append(items, it)
	}
	items = append(items,
		item(i18n.L("Save As…"), m.saveAs, shortcut(fyne.KeyS, true)),
		separator(),
	)
	if hooks := m.hooks[MenuFile]; len(hooks) > 0 {
		items = append(items, hooks...)
	}
	items = append(items, m.reportItems()...)
	items = append(items, export, separator(),
		item(i18n.L("Close"), m.win.Close, shortcut(fyne.KeyW, false)), quit)
	return fyne.NewMenu(i18n.L("File"), items...)
}

func (m *MainWindow) editMenu() *fyne.Menu {
	canUndo, undoLabel := m.sess.CanUndo()
	canRedo, redoLabel := m.sess.CanRedo()
	undo := i18n.L("Undo")
	if canUndo {
		undo = i18n.L("Undo %s", undoLabel)
	}
	redo := i18n.L("Redo")
	if canRedo {
		redo = i18n.L("Redo %s", redoLabel)
	}
	kind := m.sel.Kind
	items := []*fyne.MenuItem{
		disabled(item(undo, m.Undo, &fyne.ShortcutUndo{}), !canUndo),
		disabled(item(redo, m.Redo, shortcut(fyne.KeyZ, true)), !canRedo),
		separator(),
		disabled(item(i18n.L("Add child role"), m.addChild, &desktop.CustomShortcut{KeyName: fyne.KeyInsert}), !m.canAddChild()),
		disabled(item(i18n.L("Add sibling role"), m.addSibling, nil), !m.canAddSibling()),
		item(i18n.L("Add department"), m.addDepartment, nil),
		item(i18n.L("Rename"), m.rename, &desktop.CustomShortcut{KeyName: fyne.KeyF2}),
		disabled(item(i18n.L("Duplicate"), m.duplicate, shortcut(fyne.KeyD, false)), kind != chart.KindRole),
		disabled(item(i18n.L("Delete"), m.delete, &desktop.CustomShortcut{KeyName: fyne.KeyDelete}), kind == chart.KindCompany),
		separator(),
		item(i18n.L("Find…"), m.focusSearch, shortcut(fyne.KeyF, false)),
	}
	items = append(items, m.hookSection(MenuEdit)...)
	return fyne.NewMenu(i18n.L("Edit"), items...)
}

func (m *MainWindow) viewMenu() *fyne.Menu {
	opts := m.chart.Options()
	items := []*fyne.MenuItem{
		item(i18n.L("Zoom in"), m.chart.ZoomIn, shortcut(fyne.KeyEqual, false)),
		item(i18n.L("Zoom out"), m.chart.ZoomOut, shortcut(fyne.KeyMinus, false)),
		item(i18n.L("Actual size"), m.chart.ZoomReset, shortcut(fyne.Key0, false)),
		item(i18n.L("Fit to window"), m.chart.Fit, shortcut(fyne.Key0, true)),
		separator(),
		checked(i18n.L("Top-down"), opts.Orientation == chart.TopDown, func() { m.SetOrientation(chart.TopDown) }),
		checked(i18n.L("Left-right"), opts.Orientation == chart.LeftRight, func() { m.SetOrientation(chart.LeftRight) }),
		checked(i18n.L("Compact layout"), opts.Compact, func() { m.SetCompact(!opts.Compact) }),
		separator(),
		checked(viewName(data.ModeFunctional), m.view == data.ModeFunctional, func() { m.SetView(data.ModeFunctional) }),
		checked(viewName(data.ModeProject), m.view == data.ModeProject, func() { m.SetView(data.ModeProject) }),
		checked(viewName(data.ModeMatrix), m.view == data.ModeMatrix, func() { m.SetView(data.ModeMatrix) }),
		separator(),
		checked(i18n.L("Outline"), m.outlinePane.Visible(), func() { m.ShowOutline(!m.outlinePane.Visible()) }),
		item(i18n.L("People list"), func() { m.ShowOutline(true); m.showPeople() }, shortcut(fyne.Key2, false)),
		item(i18n.L("Structure checks"), func() { m.ShowOutline(true); m.showChecks() }, shortcut(fyne.Key3, false)),
		checked(i18n.L("Card panel"), m.cardPane.Visible(), func() { m.ShowCardPanel(!m.cardPane.Visible()) }),
	}
	items = append(items, m.hookSection(MenuView)...)
	return fyne.NewMenu(i18n.L("View"), items...)
}

func (m *MainWindow) insertMenu() *fyne.Menu {
	items := []*fyne.MenuItem{
		item(i18n.L("Department"), m.addDepartment, nil),
		disabled(item(i18n.L("Role"), m.addChild, nil), !m.canAddChild()),
		item(i18n.L("Person…"), m.insertPerson, nil),
		item(i18n.L("Project team…"), m.newProject, nil),
	}
	items = append(items, m.hookSection(MenuInsert)...)
	return fyne.NewMenu(i18n.L("Insert"), items...)
}

func (m *MainWindow) helpMenu() *fyne.Menu {
	items := append([]*fyne.MenuItem(nil), m.hooks[MenuHelp]...)
	if len(items) > 0 {
		items = append(items, separator())
	}
	// The shell adds a full About page; this short one is for a window
	// without the shell (tests, embedding).
	if len(m.hooks[MenuHelp]) == 0 {
		items = append(items, fyne.NewMenuItem(i18n.L("About OrgDesigner"), m.about))
	}
	return fyne.NewMenu(i18n.L("Help"), items...)
}

// hookSection returns the added items of a menu after a separator.
func (m *MainWindow) hookSection(menu Menu) []*fyne.MenuItem {
	if len(m.hooks[menu]) == 0 {
		return nil
	}
	return append([]*fyne.MenuItem{separator()}, m.hooks[menu]...)
}

// updateCommands brings menus and toolbar in line with the document, the
// selection and the view, rebuilding the menu bar only when it changed
// (rebuilding closes an open menu).
func (m *MainWindow) updateCommands() {
	if m.closed || m.toolbar == nil {
		return
	}
	m.toolbar.update()
	menu := m.mainMenu()
	m.lockEdits(menu) // read-only documents: see readonly.go
	key := menuKey(menu)
	if key == m.menuKey {
		return
	}
	m.menuKey = key
	m.win.SetMainMenu(m.guardMenu(menu))
}

// menuKey sums up what a menu bar shows, to tell whether it changed.
func menuKey(mm *fyne.MainMenu) string {
	var b strings.Builder
	var walk func(items []*fyne.MenuItem)
	walk = func(items []*fyne.MenuItem) {
		for _, it := range items {
			fmt.Fprintf(&b, "%s|%t|%t;", it.Label, it.Disabled, it.Checked)
			if it.ChildMenu != nil {
				walk(it.ChildMenu.Items)
			}
		}
	}
	for _, menu := range mm.Items {
		b.WriteString(menu.Label + ":")
		walk(menu.Items)
	}
	return b.String()
}

// installShortcuts adds the keys the menu bar cannot carry: Ctrl+Y as a
// second Redo, F2 / Delete when no widget has the focus (the chart and the
// outline handle them while focused), and Esc for dialogs whatever has the
// focus in them (hookEscape: the driver's key callback, where the platform
// allows).
func (m *MainWindow) installShortcuts() {
	c := m.win.Canvas()
	c.AddShortcut(&fyne.ShortcutRedo{}, func(fyne.Shortcut) { m.guard(m.Redo)() })
	c.SetOnTypedKey(func(e *fyne.KeyEvent) { m.onKey(e) })
}

func (m *MainWindow) focusSearch() {
	if !m.outlinePane.Visible() {
		m.ShowOutline(true)
	}
	m.side.tabs.Select(m.side.structure)
	m.win.Canvas().Focus(m.outline.search)
}
