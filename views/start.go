package views

import (
	"path/filepath"
	"slices"
	"sync"

	"fyne.io/fyne/v2"

	"orgdesigner/app"
	"orgdesigner/data"
)

// Version is the app version shown in Help → About; Start sets it.
var Version = "dev"

// prefRecent is the preference holding recently opened documents, newest
// first.
const (
	prefRecent = "recentDocuments"
	maxRecent  = 8
)

// OpenFile opens the document at path in a new window and shows it; a
// document already open in this process brings its window to the front.
func OpenFile(a fyne.App, path string) (*MainWindow, error) {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	if m := lookup(path); m != nil {
		m.win.RequestFocus()
		return m, nil
	}
	st, err := data.Open(path)
	if err != nil {
		return nil, err
	}
	m := NewMainWindow(a, app.NewSession(st))
	m.Show()
	addRecent(a, path)
	return m, nil
}

// --- open windows ---

var (
	openMu     sync.Mutex
	openWins   = map[string]*MainWindow{}
	extensions []func(*MainWindow)
)

// OnNewWindow registers f to run for every main window after it is built,
// before it is shown — including windows opened later from File → New or
// Open — so features built elsewhere can add their menu items (AddMenuItems)
// and toolbar items (AddToolbarItems) everywhere. Call it before Start.
func OnNewWindow(f func(*MainWindow)) {
	openMu.Lock()
	extensions = append(extensions, f)
	openMu.Unlock()
}

func windowExtensions() []func(*MainWindow) {
	openMu.Lock()
	defer openMu.Unlock()
	return slices.Clone(extensions)
}

func register(m *MainWindow) {
	openMu.Lock()
	openWins[m.key()] = m
	openMu.Unlock()
}

func unregister(m *MainWindow) {
	openMu.Lock()
	if openWins[m.key()] == m {
		delete(openWins, m.key())
	}
	openMu.Unlock()
}

func lookup(path string) *MainWindow {
	openMu.Lock()
	defer openMu.Unlock()
	return openWins[path]
}

// Windows returns the open main windows.
func Windows() []*MainWindow {
	openMu.Lock()
	defer openMu.Unlock()
	out := make([]*MainWindow, 0, len(openWins))
	for _, m := range openWins {
		out = append(out, m)
	}
	return out
}

// key is the window's document path, made absolute.
func (m *MainWindow) key() string {
	if abs, err := filepath.Abs(m.sess.Path()); err == nil {
		return abs
	}
	return m.sess.Path()
}

// --- recent documents ---

func recent(a fyne.App) []string { return a.Preferences().StringList(prefRecent) }

func addRecent(a fyne.App, path string) {
	list := []string{path}
	for _, p := range recent(a) {
		if p != path && len(list) < maxRecent {
			list = append(list, p)
		}
	}
	a.Preferences().SetStringList(prefRecent, list)
}
