package help

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"orgdesigner/app/i18n"
)

// Page is a tab of the Help window.
type Page int

// Pages of the Help window, in tab order.
const (
	GuidePage Page = iota
	ShortcutsPage
	AboutPage
)

// Window is the Help window: Guide, Keyboard shortcuts and About in tabs.
// It is created when first shown and again after the user closed it.
type Window struct {
	app     fyne.App
	version string
	menu    *fyne.MainMenu

	win   fyne.Window
	tabs  *container.AppTabs
	guide *fyne.Container
	keys  []Shortcut
	about *about
}

// NewWindow returns the Help window of app a; version is shown in About.
func NewWindow(a fyne.App, version string) *Window {
	return &Window{app: a, version: version}
}

// SetMenu sets the main menu whose shortcuts the shortcut sheet lists
// (the menu of the document window the user came from).
func (w *Window) SetMenu(menu *fyne.MainMenu) {
	w.menu = menu
	if w.win != nil {
		w.rebuild(Page(w.tabs.SelectedIndex()))
	}
}

// Show opens the window at page p and brings it to the front.
func (w *Window) Show(p Page) {
	if w.win == nil {
		w.win = w.app.NewWindow(i18n.L("Help"))
		w.win.SetOnClosed(func() { w.win = nil })
		// Esc closes the help window, as it closes a dialog.
		win := w.win
		win.Canvas().SetOnTypedKey(func(e *fyne.KeyEvent) {
			if e.Name == fyne.KeyEscape {
				win.Close()
			}
		})
		w.rebuild(p)
		w.win.Resize(fyne.NewSize(760, 620))
	} else {
		w.tabs.SelectIndex(int(p))
	}
	w.win.Show()
	w.win.RequestFocus()
}

// Window returns the Fyne window, or nil when it is not open.
func (w *Window) Window() fyne.Window { return w.win }

// Relabel rebuilds the open window in the current UI language.
func (w *Window) Relabel() {
	if w.win == nil {
		return
	}
	w.win.SetTitle(i18n.L("Help"))
	w.rebuild(Page(w.tabs.SelectedIndex()))
}

func (w *Window) rebuild(p Page) {
	guide, text := newGuide()
	sheet, keys := newShortcutSheet(w.menu)
	ab, about := newAbout(w.version)
	w.guide, w.keys, w.about = text, keys, ab
	w.tabs = container.NewAppTabs(
		container.NewTabItem(i18n.L("Guide"), guide),
		container.NewTabItem(i18n.L("Keyboard shortcuts"), sheet),
		container.NewTabItem(i18n.L("About"), about),
	)
	w.tabs.SelectIndex(int(p))
	w.win.SetContent(w.tabs)
}
