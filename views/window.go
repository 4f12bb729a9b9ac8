package views

import (
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"orgdesigner/app"
	"orgdesigner/app/chart"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
	"orgdesigner/views/chartview"
	"orgdesigner/views/projects"
	"orgdesigner/views/scenarios"
)

// Initial window size and panel proportions. Fyne cannot tell the screen
// size: where the GLFW driver is at hand the window then opens at 90 % of
// the screen or where it was last (placeWindow); otherwise at a size a
// common 1440×900 or larger screen holds. The card panel then gets ~390 px, what a role card needs, so the
// chart does not jump sideways when the selection moves from a department
// to a role.
const (
	windowWidth  = 1440
	windowHeight = 900
	outlineShare = 0.2  // of the window width
	cardShare    = 0.66 // the chart's share of what the outline leaves
)

// source says which widget a selection came from, so it is not echoed back.
type source int

const (
	fromProgram source = iota
	fromOutline
	fromChart
	fromOther
)

// MainWindow is one document's window: menus and toolbar, the outline with
// search on the left, the chart (and in project and matrix mode the team
// views) in the centre, the selected item's card on the right and a status
// bar with headcount totals. Create it with NewMainWindow; use it on the UI
// goroutine only.
type MainWindow struct {
	onHelpKey func() // F1, set by the shell
	app       fyne.App
	win       fyne.Window
	sess      Session

	doc     *data.Document // the snapshot the panels show
	sel     Selection
	view    data.Mode // the view shown: functional, project or matrix
	orgMode data.Mode // the organisation's mode the view last followed
	busy    bool      // selecting: ignore the echoes of our own calls

	chart    *chartview.Chart
	outline  *outline
	card     *cardPanel
	status   *statusBar
	projList *projects.List
	matrix   *projects.Matrix
	legend   *matrixLegend
	centre   *fyne.Container

	outlinePane, cardPane fyne.CanvasObject
	side                  *sidebar
	bodySplit, innerSplit *container.Split
	toolbar               *toolbar
	tips                  *tipLayer // tooltips of the toolbar's icon-only buttons
	scenarios             *scenarioPicker
	scenarioOpen          data.ID                  // the organisation the window last showed
	title                 string                   // the window title last set
	cmp                   *comparison              // compare mode, nil when off
	newDialog             *scenarios.NewDialog     // the last New scenario dialog, for tests
	compareDialog         *scenarios.CompareDialog // the last Compare dialog: Enter compares

	geometry geometry // last normal position and size on screen, to remember

	hooks   map[Menu][]*fyne.MenuItem
	menuKey string // what the menu bar shows now
	closed  bool
}

// NewMainWindow builds the window for an open session (it does not show
// it). The window owns the session's store and closes it when it closes.
func NewMainWindow(a fyne.App, sess Session) *MainWindow {
	m := &MainWindow{app: a, sess: sess, sel: companySelection, hooks: map[Menu][]*fyne.MenuItem{}}
	m.scenarioOpen = sess.Scenario()
	m.win = a.NewWindow(Title(sess.Path()))
	m.build()
	m.refresh()
	m.win.Resize(fyne.NewSize(windowWidth, windowHeight))
	m.win.SetOnClosed(m.onClosed)
	m.win.SetOnDropped(m.onDropped) // a roster dropped on the window opens the import wizard (reports.go)
	sess.OnChange(func() { fyne.Do(m.refresh) })
	register(m)
	for _, ext := range windowExtensions() {
		ext(m)
	}
	return m
}

// Title is the window title for a document file: its name without the
// extension, then the app's name.
func Title(path string) string {
	name := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	return name + " — " + i18n.L("OrgDesigner")
}

// Window returns the Fyne window.
func (m *MainWindow) Window() fyne.Window { return m.win }

// Session returns the window's editing session.
func (m *MainWindow) Session() Session { return m.sess }

// SetHelpKey sets what F1 opens (the shell's Guide). Fyne's desktop
// driver fires no menu shortcut without a modifier, so F1 is a key hook.
func (m *MainWindow) SetHelpKey(f func()) { m.onHelpKey = f }

// Show shows the window with the keyboard on the chart, so arrows, Tab,
// Insert, F2 and Del work at once.
// It opens where the last window was, or at 90 % of the screen.
func (m *MainWindow) Show() {
	m.win.Show()
	m.hookNative()
	m.placeWindow(savedGeometry(m.app), len(Windows())-1)
	m.focusChart()
}

// Selected returns what is selected.
func (m *MainWindow) Selected() Selection { return m.sel }

// Chart returns the chart canvas.
func (m *MainWindow) Chart() *chartview.Chart { return m.chart }

func (m *MainWindow) build() {
	doc := m.sess.Doc()
	m.chart = chartview.New(m.sess)
	m.chart.OnSelected = func(id data.ID, kind chart.Kind) { m.selectFrom(Selection{kind, id}, fromChart) }
	m.chart.OnError = func(msg string) { m.status.say(msg, true) }
	m.chart.OnStatus = func(msg string) { m.status.say(msg, false) }

	m.outline = newOutline()
	m.outline.onSelect = func(s Selection) { m.selectFrom(s, fromOutline) }
	m.outline.onHit = m.onHit
	m.outline.onHits = m.onHits
	m.outline.onKey = m.onKey
	m.outline.wireDrops(m.chart, m.sess.Do, func(msg string, problem bool) { m.status.say(msg, problem) })

	m.card = newCardPanel(m.sess, m.Select, m.editProject, m.confirmDeleteProject)
	m.card.summary.showTeam = m.showTeam
	m.card.summary.teamDrawn = func() bool { return m.view != data.ModeFunctional }
	m.status = newStatusBar()
	m.centre = container.NewStack()

	m.side = m.newSidebar()
	m.outlinePane = m.side.tabs
	m.cardPane = m.card.Object()
	m.innerSplit = container.NewHSplit(m.centre, m.cardPane)
	m.innerSplit.Offset = cardShare
	m.bodySplit = container.NewHSplit(m.outlinePane, m.innerSplit)
	m.bodySplit.Offset = outlineShare

	m.scenarios = newScenarioPicker(m)
	m.tips = newTipLayer()
	m.toolbar = newToolbar(m)
	m.win.SetContent(container.NewStack(container.NewBorder(m.topBar(), m.status.content, nil, nil, m.bodySplit), m.tips.layer))
	// A document opens in the view of its organisation's mode.
	m.orgMode = normalMode(doc.Org.Mode)
	m.applyView(m.orgMode)
	m.installShortcuts()
}

// normalMode treats an unset mode as functional.
func normalMode(mode data.Mode) data.Mode {
	if mode == "" {
		return data.ModeFunctional
	}
	return mode
}

// refresh brings every panel up to the session's current document. It is
// cheap when nothing changed, so it is called freely.
func (m *MainWindow) refresh() {
	if m.closed {
		return
	}
	doc := m.sess.Doc()
	// Another organisation opened, or the open scenario renamed.
	if open := m.sess.Scenario(); open != m.scenarioOpen || m.doc == nil || m.windowTitle() != m.title {
		m.scenarioOpen = open
		m.showScenario()
	}
	if doc != m.doc {
		m.doc = doc
		// Choosing another mode in the organisation settings (or undoing
		// that) shows its view; switching views never changes the mode.
		if mode := normalMode(doc.Org.Mode); mode != m.orgMode {
			m.orgMode = mode
			m.applyView(mode)
			m.status.say(i18n.L("The organisation mode is now %s; the window shows its view.", modeName(mode)), false)
		}
		if !m.sel.exists(doc) {
			m.sel = companySelection
		}
		m.outline.reload(doc)
		m.outline.show(m.sel)
		m.card.Show(doc, m.sel)
		m.status.update(doc)
		if m.projList != nil {
			m.projList.Reload()
		}
		if m.matrix != nil {
			m.matrix.Reload()
		}
	}
	// The scenario list changes without the document (rename, or a new
	// scenario made and undone), so the selector and the compare side are
	// checked on every refresh; both are cheap when nothing changed.
	m.scenarios.update()
	m.updateCompare()
	m.updateCommands()
}

// selectFrom makes s the selection everywhere but in the widget it came
// from.
func (m *MainWindow) selectFrom(s Selection, from source) {
	if m.busy || m.closed {
		return
	}
	m.busy = true
	defer func() { m.busy = false }()
	m.refresh()
	if !s.exists(m.doc) {
		s = companySelection
	}
	m.sel = s
	if from != fromOutline {
		m.outline.show(s)
	}
	if from != fromChart && (m.chart.Selected() != s.ID || m.chart.SelectedKind() != s.Kind) {
		m.chart.Select(s.ID)
	}
	m.card.Show(m.doc, s)
	m.updateCommands()
}

// Select selects a department, role, project team or person everywhere.
func (m *MainWindow) Select(s Selection) { m.selectFrom(s, fromProgram) }

// CenterOn selects s and centres it on the chart.
func (m *MainWindow) CenterOn(s Selection) {
	m.selectFrom(s, fromProgram)
	m.chart.CenterOn(s.ID)
}

// onHit selects and centres a search hit: a person stands for their role.
func (m *MainWindow) onHit(h app.Hit) {
	switch h.Kind {
	case app.HitDepartment:
		m.CenterOn(Selection{chart.KindDepartment, h.ID})
	case app.HitRole:
		m.CenterOn(Selection{chart.KindRole, h.ID})
	case app.HitProject:
		m.CenterOn(Selection{chart.KindProject, h.ID})
	case app.HitPerson:
		p := m.doc.Person(h.ID)
		if p == nil {
			return
		}
		if m.doc.Role(p.Role) == nil {
			m.Select(Selection{chart.KindPerson, p.ID})
			m.status.say(i18n.L("%s holds no role, so the chart does not show them.", p.Name), false)
			return
		}
		m.CenterOn(Selection{chart.KindRole, p.Role})
	}
}

// onHits highlights the search hits on the chart (people by their role).
func (m *MainWindow) onHits(hits []app.Hit) {
	var ids []data.ID
	for _, h := range hits {
		if h.Kind == app.HitPerson {
			if p := m.doc.Person(h.ID); p != nil && p.Role != "" {
				ids = append(ids, p.Role)
			}
			continue
		}
		ids = append(ids, h.ID)
	}
	m.chart.Highlight(ids)
}

// onKey handles Esc (closes the dialog on top), and F2, Delete, Insert and
// F1 when the chart does not have the focus and no dialog is open.
func (m *MainWindow) onKey(e *fyne.KeyEvent) bool {
	if e.Name == fyne.KeyEscape {
		return closeTopDialog(m.win.Canvas())
	}
	// The Compare dialog has no text field to submit it: Enter compares.
	if (e.Name == fyne.KeyReturn || e.Name == fyne.KeyEnter) && m.compareDialog != nil && m.compareDialog.Open() {
		m.compareDialog.Submit()
		return true
	}
	if m.dialogOpen() {
		return false
	}
	switch e.Name {
	case fyne.KeyF2:
		m.rename()
	case fyne.KeyDelete:
		m.delete()
	case fyne.KeyInsert:
		m.addChild()
	case fyne.KeyF1:
		if m.onHelpKey == nil {
			return false
		}
		m.onHelpKey()
	default:
		return false
	}
	return true
}

// Relabel redraws the window in the current UI language after the user
// changed it: title, menus, toolbar, outline, status bar, the project views
// and the chart and card editors where they can relabel themselves.
func (m *MainWindow) Relabel() {
	m.toolbar.relabel()
	m.scenarios.relabel()
	m.showScenario()
	if m.cmp != nil {
		m.cmp.tab.Text = i18n.L("Changes")
		m.cmp.list.Relabel()
		m.cmp.nameA, m.cmp.nameB = "", "" // "当前组织" is named anew
		m.updateCompare()
		m.side.tabs.Refresh()
	}
	m.toolbar.refit() // labels of another width: lay the toolbar out again
	m.outline.relabel()
	m.side.relabel()
	m.status.update(m.doc)
	if m.projList != nil {
		m.projList.Relabel()
	}
	if m.matrix != nil {
		m.matrix.Relabel()
	}
	if m.legend != nil {
		m.legend.relabel()
	}
	if r, ok := any(m.chart).(interface{ Relabel() }); ok {
		r.Relabel()
	}
	m.card.relabel(m.doc)
	m.RefreshMenus()
}

// ShowError tells the user what went wrong, as a sentence from app.Describe.
func (m *MainWindow) ShowError(err error) {
	if err != nil {
		showError(m.win, app.Describe(err))
	}
}

// SetStatus shows a message in the status bar for a few seconds.
func (m *MainWindow) SetStatus(text string) { m.status.say(text, false) }

func (m *MainWindow) onClosed() {
	if m.closed {
		return
	}
	m.closed = true
	m.rememberGeometry()
	m.card.close()
	m.side.close()
	m.status.stop()
	unregister(m)
	if err := m.sess.Store().Close(); err != nil {
		fyne.LogError("close "+m.sess.Path(), err)
	}
}
