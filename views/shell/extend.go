package shell

import (
	"errors"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"orgdesigner/app"
	"orgdesigner/app/i18n"
	"orgdesigner/views"
	"orgdesigner/views/help"
	"orgdesigner/views/settings"
	"orgdesigner/views/wrapped"
)

// windowItems are the menu items the shell adds to one document window,
// kept so a language switch can relabel them.
type windowItems struct {
	restore, settings, guide, keys, about *fyne.MenuItem
}

// label (re)writes the items' labels in the current language.
func (w *windowItems) label() {
	w.restore.Label = i18n.L("Restore from backup…")
	w.settings.Label = i18n.L("Settings…")
	w.guide.Label = i18n.L("Guide")
	w.keys.Label = i18n.L("Keyboard shortcuts")
	w.about.Label = i18n.L("Licences and credits")
}

// extend runs for every document window views builds (from Start, File →
// New, Open, Open Recent, Save As or a restore): it adds the shell's menu
// items and takes the document's daily backup.
func (c *controller) extend(m *views.MainWindow) {
	w := &windowItems{
		restore:  fyne.NewMenuItem("", func() { c.askRestore(m) }),
		settings: fyne.NewMenuItem("", c.showSettings),
		guide:    fyne.NewMenuItem("", func() { c.showHelp(help.GuidePage, m) }),
		keys:     fyne.NewMenuItem("", func() { c.showHelp(help.ShortcutsPage, m) }),
		about:    fyne.NewMenuItem("", func() { c.showHelp(help.AboutPage, m) }),
	}
	w.settings.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyComma, Modifier: fyne.KeyModifierShortcutDefault}
	// Shown in the menu and the shortcut sheet so F1 can be found; the key
	// itself reaches the Guide through SetHelpKey (Fyne fires no menu
	// shortcut without a modifier).
	w.guide.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyF1}
	w.label()
	c.mu.Lock()
	c.windows[m] = w
	c.mu.Unlock()
	m.AddMenuItems(views.MenuFile, w.restore)
	m.AddMenuItems(views.MenuEdit, w.settings)
	m.AddMenuItems(views.MenuHelp, w.guide, w.keys, w.about)
	m.SetHelpKey(func() { c.showHelp(help.GuidePage, m) })
	m.SetCheckThresholds(settings.Thresholds(c.app))
	c.backup(m)
}

// backup takes today's backup of m's document. It runs before the window
// is shown: the copy takes a few milliseconds once a day, and a copy taken
// later in the background could race with the window closing its store.
func (c *controller) backup(m *views.MainWindow) {
	if m.Session().Store().ReadOnly() {
		return // nothing can change it here; its folder may not be ours to write
	}
	_, err := app.DailyBackup(m.Session().Store(), settings.BackupCount(c.app), c.now())
	if err != nil {
		wrapped.ShowError(errors.New(i18n.L("Today's backup of this document could not be made: %s",
			app.Describe(err))), m.Window())
	}
}

// onLanguageChanged relabels every window after the UI language changed.
// Document windows get their title and menus in the new language at once;
// their panels too when views offers Relabel, else a note says they switch
// when the document is next opened.
func (c *controller) onLanguageChanged() {
	partial := false
	for _, m := range c.documentWindows() {
		m.Window().SetTitle(views.Title(m.Session().Path()))
		c.mu.Lock()
		if w := c.windows[m]; w != nil {
			w.label()
		}
		c.mu.Unlock()
		if r, ok := any(m).(interface{ Relabel() }); ok {
			r.Relabel()
		} else {
			partial = true
		}
		m.RefreshMenus()
	}
	c.welcome.relabel()
	c.help.Relabel()
	if partial && c.settings.Window() != nil {
		wrapped.ShowInformation(i18n.L("Language changed"),
			i18n.L("Menus and new windows use the new language now. The panels of documents already open switch when you open them again."),
			c.settings.Window())
	}
}

// documentWindows returns the open document windows and forgets the menu
// items of closed ones.
func (c *controller) documentWindows() []*views.MainWindow {
	open := views.Windows()
	c.mu.Lock()
	for m := range c.windows {
		if !slices.Contains(open, m) {
			delete(c.windows, m)
		}
	}
	c.mu.Unlock()
	return open
}
