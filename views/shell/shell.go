// Package shell is OrgDesigner's application controller: it starts the
// GUI in the saved (or the system's) language and theme, opens the
// document given on the command line or the default document in the
// user's data folder, shows the welcome screen when there is none (or at
// the very first start), takes the daily backup of every document it
// opens, and adds Restore from backup, Settings and Help to every document
// window. The document windows themselves are package views'.
package shell

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"

	"fyne.io/fyne/v2"

	"orgdesigner/app"
	"orgdesigner/app/cli"
	"orgdesigner/app/i18n"
	"orgdesigner/views"
	"orgdesigner/views/help"
	"orgdesigner/views/settings"
	"orgdesigner/views/theme"
)

// AppID is the application id: it names the preferences and storage
// folder and must match FyneApp.toml's Details.ID.
const AppID = "io.github.orgdesigner"

// Start opens the GUI on app a: the document file, or with "" the default
// document (created from the built-in template in the UI language at the
// first start, when the welcome screen is shown over it). A file that
// cannot be opened gives the welcome screen with a sentence saying why.
// version is shown in Help → About. Call a.Run afterwards.
func Start(a fyne.App, file, version string) { StartImport(a, file, "", version) }

// StartImport is Start with a roster to import: the document's window
// opens with the import wizard on it ("" for none).
func StartImport(a fyne.App, file, roster, version string) {
	c := newController(a, version, time.Now)
	if m := c.start(file); m != nil && roster != "" {
		m.ImportFile(roster)
	}
}

// controller ties the app's windows together. There is one per Start.
type controller struct {
	app     fyne.App
	version string
	now     func() time.Time

	welcome  *welcome
	settings *settings.Window
	help     *help.Window

	mu      sync.Mutex
	windows map[*views.MainWindow]*windowItems // our menu items per document window
}

func newController(a fyne.App, version string, now func() time.Time) *controller {
	c := &controller{app: a, version: version, now: now, windows: map[*views.MainWindow]*windowItems{}}
	c.welcome = &welcome{c: c}
	c.settings = settings.NewWindow(a)
	c.settings.OnLanguageChanged = c.onLanguageChanged
	c.help = help.NewWindow(a, version)
	// Check thresholds set in Settings apply to every open window at once.
	a.Preferences().AddChangeListener(c.applyThresholds)
	install(c)
	return c
}

// applyThresholds gives every document window the check thresholds from
// the settings.
func (c *controller) applyThresholds() {
	t := settings.Thresholds(c.app)
	c.mu.Lock()
	ws := make([]*views.MainWindow, 0, len(c.windows))
	for m := range c.windows {
		ws = append(ws, m)
	}
	c.mu.Unlock()
	for _, m := range ws {
		m.SetCheckThresholds(t)
	}
}

func (c *controller) start(file string) *views.MainWindow {
	settings.ApplyLanguage(c.app)
	theme.Apply(c.app, settings.Theme(c.app))
	c.app.SetIcon(help.IconResource)
	views.Version = c.version
	if file != "" {
		m, err := c.open(file)
		if err != nil {
			c.welcome.showProblem(file, err)
		}
		return m
	}
	c.openDefault()
	return nil
}

// The window hook is registered with views once per process and reaches
// the latest controller (there is one per Start).
var (
	installOnce sync.Once
	currentMu   sync.Mutex
	current     *controller
)

func install(c *controller) {
	currentMu.Lock()
	current = c
	currentMu.Unlock()
	installOnce.Do(func() {
		views.OnNewWindow(func(m *views.MainWindow) {
			currentMu.Lock()
			c := current
			currentMu.Unlock()
			c.extend(m)
		})
	})
}

// openDefault opens the default document, creating it from the template
// in the UI language when it does not exist yet (the first start).
func (c *controller) openDefault() {
	path, err := app.DefaultDocumentPath()
	if err != nil {
		c.welcome.show(app.Describe(err))
		return
	}
	_, statErr := os.Stat(path)
	first := errors.Is(statErr, fs.ErrNotExist)
	if first {
		if err := createDefault(path); err != nil {
			c.welcome.showProblem(path, err)
			return
		}
	}
	m, err := c.open(path)
	if err != nil {
		c.welcome.showProblem(path, err)
		return
	}
	if first {
		c.welcome.showOver(m.Window())
	}
}

// createDefault writes the default document from the built-in template.
func createDefault(path string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	st, err := cli.CreateDefault(path, i18n.Language())
	if err != nil {
		return err
	}
	return st.Close()
}

// open opens the document at path in a window of its own (or brings its
// window to the front) and closes the welcome window. A missing file is
// reported as such rather than created.
func (c *controller) open(path string) (*views.MainWindow, error) {
	path = absPath(path)
	if _, err := os.Stat(path); err != nil {
		return nil, err
	}
	m, err := views.OpenFile(c.app, path)
	if err != nil {
		return nil, err
	}
	c.welcome.hide()
	return m, nil
}

// showSettings opens the Settings window.
func (c *controller) showSettings() { c.settings.Show() }

// showHelp opens the Help window at page; from, when not nil, is the
// document window whose keyboard shortcuts the sheet lists.
func (c *controller) showHelp(page help.Page, from *views.MainWindow) {
	if from != nil {
		c.help.SetMenu(from.Window().MainMenu())
	}
	c.help.Show(page)
}
