package views

import (
	"os"
	"path/filepath"
	"slices"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app"
	"orgdesigner/app/cli"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
	odtheme "orgdesigner/views/theme"
)

// AppID is the application id (FyneApp.toml), which also names the
// preferences and storage folder.
const AppID = "io.github.orgdesigner"

// Version is the app version shown in Help → About; Start sets it.
var Version = "dev"

// prefRecent is the preference holding recently opened documents, newest
// first.
const (
	prefRecent = "recentDocuments"
	maxRecent  = 8
)

// Start opens the GUI: the given document, or with none the most recently
// used one, or at the very first start the default document made from the
// internet-marketing template. When the document cannot be opened, a small
// window says why and offers to open another or create a new one. It is
// the plain launcher; views/shell's Start adds the welcome screen, backups,
// settings and help around the same windows.
func Start(a fyne.App, file, version string) {
	Version = version
	odtheme.Apply(a, odtheme.FollowSystem)
	path := file
	if path == "" {
		var err error
		if path, err = startDocument(a); err != nil {
			showStartProblem(a, path, err)
			return
		}
	}
	if _, err := OpenFile(a, path); err != nil {
		showStartProblem(a, path, err)
	}
}

// startDocument returns the most recent document that still exists, or
// the default document (app.DefaultDocumentPath), created from the
// template if needed.
func startDocument(a fyne.App) (string, error) {
	for _, p := range recent(a) {
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
	}
	path, err := app.DefaultDocumentPath()
	if err != nil {
		return "", err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return path, err
	}
	st, err := cli.CreateDefault(path, i18n.Language())
	if err != nil {
		return path, err
	}
	return path, st.Close()
}

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

// showStartProblem shows why the first document did not open, with ways
// forward, in a window of its own (there is no main window yet).
func showStartProblem(a fyne.App, path string, err error) {
	w := a.NewWindow(i18n.L("OrgDesigner"))
	msg := widget.NewLabel(app.DescribeFile(path, err))
	msg.Wrapping = fyne.TextWrapWord
	opened := func(*MainWindow) { w.Close() }
	open := widget.NewButton(i18n.L("Open another document…"), func() { chooseDocument(a, w, filepath.Dir(path), opened) })
	open.Importance = widget.HighImportance
	create := widget.NewButton(i18n.L("New document…"), func() { showNewDocument(a, w, filepath.Dir(path), opened) })
	quit := widget.NewButton(i18n.L("Quit"), a.Quit)
	w.SetContent(container.NewPadded(container.NewBorder(nil,
		container.NewHBox(open, create, quit), nil, nil, msg)))
	ts := theme.TextSize()
	w.Resize(fyne.NewSize(44*ts, 14*ts))
	w.Show()
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
