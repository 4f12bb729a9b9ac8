package views

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/chart"
	"orgdesigner/app/compare"
	"orgdesigner/app/i18n"
	"orgdesigner/app/templates"
	"orgdesigner/data"
	"orgdesigner/views/dialogs"
	"orgdesigner/views/scenarios"
	"orgdesigner/views/settings"
)

// Scenarios (方案): a document holds its current organisation and named
// alternatives. The toolbar's selector and the Scenario menu switch
// between them; the title and the status bar name the open one; every
// panel follows the session's document, so it shows whichever is open.
// Compare mode overlays the difference on the chart and lists the changes
// in a tab of the sidebar (views/scenarios).

// scenarioPicker is the toolbar's selector of the open organisation.
type scenarioPicker struct {
	m      *MainWindow
	label  *widget.Label
	sel    *widget.Select
	ids    []data.ID // by option
	key    string    // the options shown, to tell when they changed
	busy   bool      // setting the selection: not the user's choice
	object fyne.CanvasObject
}

func newScenarioPicker(m *MainWindow) *scenarioPicker {
	p := &scenarioPicker{m: m, label: widget.NewLabel("")}
	p.sel = widget.NewSelect(nil, p.onChanged)
	// Wide enough for a scenario's name; a long one is cut with "…".
	size := fyne.NewSize(230, p.sel.MinSize().Height)
	p.object = container.NewHBox(p.label, container.NewGridWrap(size, p.sel))
	p.relabel()
	return p
}

// ToolbarObject implements widget.ToolbarItem.
func (p *scenarioPicker) ToolbarObject() fyne.CanvasObject { return p.object }

func (p *scenarioPicker) relabel() {
	p.label.SetText(i18n.L("Scenario:"))
	p.key = ""
	p.update()
}

// update lists the organisations and selects the open one.
func (p *scenarioPicker) update() {
	m := p.m
	ids, names := m.organisations()
	key := fmt.Sprint(names)
	p.busy = true
	defer func() { p.busy = false }()
	if key != p.key {
		p.key, p.ids = key, ids
		p.sel.SetOptions(names)
	}
	open := m.sess.Scenario()
	for i, id := range p.ids {
		if id == open && p.sel.SelectedIndex() != i {
			p.sel.SetSelectedIndex(i)
		}
	}
}

func (p *scenarioPicker) onChanged(string) {
	if p.busy {
		return
	}
	i := p.sel.SelectedIndex()
	if i < 0 || i >= len(p.ids) {
		return
	}
	if p.m.dialogOpen() {
		p.update() // back to the open one
		p.m.status.say(i18n.L("Close the open dialog first."), true)
		return
	}
	p.m.SwitchScenario(p.ids[i])
}

// organisations lists the current organisation and every scenario, as
// ids and the names the selector and the menu show (a suggested scenario
// is marked so).
func (m *MainWindow) organisations() ([]data.ID, []string) {
	list := m.sess.Scenarios()
	ids := make([]data.ID, 0, len(list)+1)
	names := make([]string, 0, len(list)+1)
	ids = append(ids, "")
	names = append(names, i18n.L("Current organisation"))
	for _, sc := range list {
		ids = append(ids, sc.ID)
		name := sc.Name
		if sc.Suggested {
			name = i18n.L("%s (suggested)", sc.Name)
		}
		names = append(names, name)
	}
	return ids, names
}

// scenarioName names organisation id: "当前组织" or the scenario's name.
func (m *MainWindow) scenarioName(id data.ID) string {
	if id == "" {
		return i18n.L("Current organisation")
	}
	for _, sc := range m.sess.Scenarios() {
		if sc.ID == id {
			return sc.Name
		}
	}
	return string(id)
}

// nameTaken reports whether name is taken: another scenario is called so
// in any letter case (the command line finds scenarios ignoring case), or
// it is a name of the current organisation (当前组织, Current organisation,
// "current"), which the selector, the change list and the command line
// would then confuse with the scenario.
func (m *MainWindow) nameTaken(name string) bool { return m.nameTakenBy(name, "") }

// nameTakenBy is nameTaken for a name scenario self may keep (a rename
// that only changes its letter case).
func (m *MainWindow) nameTakenBy(name string, self data.ID) bool {
	id, found := m.sess.FindScenario(name)
	// FindScenario finds "" (the current organisation) for a blank name;
	// the dialogs refuse that one with their own message.
	return found && name != "" && (id == "" || id != self)
}

// freeName returns name, or name with a number when it is taken.
func (m *MainWindow) freeName(name string) string {
	if !m.nameTaken(name) {
		return name
	}
	for i := 2; ; i++ {
		if n := fmt.Sprintf("%s %d", name, i); !m.nameTaken(n) {
			return n
		}
	}
}

// windowTitle is the window's title: the file (marked read-only when the
// user may not change it), and the open scenario when it is not the
// current organisation: "公司（只读） — 方案：成长期 — 组织架构设计器".
func (m *MainWindow) windowTitle() string {
	scenario := ""
	if id := m.sess.Scenario(); id != "" {
		scenario = m.scenarioName(id)
	}
	return documentTitle(m.sess.Path(), scenario, m.readOnly())
}

// documentTitle is Title with, after the file's name, "（只读）" for a
// read-only document and the scenario ("" for none).
func documentTitle(path, scenario string, readOnly bool) string {
	t := Title(path)
	name, app := t, ""
	if i := len(t) - len(" — "+i18n.L("OrgDesigner")); i >= 0 {
		name, app = t[:i], t[i:]
	}
	if readOnly {
		name = i18n.L("%s (read-only)", name)
	}
	if scenario != "" {
		name += " — " + i18n.L("Scenario: %s", scenario)
	}
	return name + app
}

// showScenario brings the title, the selector and the status bar in line
// with the open organisation.
func (m *MainWindow) showScenario() {
	m.title = m.windowTitle()
	m.win.SetTitle(m.title)
	m.scenarios.update()
	id := m.sess.Scenario()
	if id == "" {
		m.status.setScenario("")
	} else {
		m.status.setScenario(i18n.L("Scenario: %s", m.scenarioName(id)))
	}
}

// SwitchScenario opens organisation id ("" = the current organisation).
func (m *MainWindow) SwitchScenario(id data.ID) {
	open := m.sess.Scenario()
	if id == open {
		return
	}
	if err := m.sess.Switch(id); err != nil {
		m.ShowError(err)
		m.scenarios.update()
		return
	}
	// Opening the "before" side while comparing would compare it with
	// itself: the sides swap, so the comparison stays between the two.
	if m.cmp != nil && m.cmp.a == id {
		m.cmp.a = open
	}
	m.refresh()
	m.status.say(i18n.L("Opened %s.", m.scenarioName(id)), false)
}

// stepScenario opens the next (or previous) organisation of the list.
func (m *MainWindow) stepScenario(delta int) {
	ids, _ := m.organisations()
	open := m.sess.Scenario()
	for i, id := range ids {
		if id == open {
			m.SwitchScenario(ids[(i+delta+len(ids))%len(ids)])
			return
		}
	}
}

// scenarioMenu is the Scenario (方案) menu: the organisations to switch
// to, then the scenario commands.
func (m *MainWindow) scenarioMenu() *fyne.Menu {
	ids, names := m.organisations()
	open := m.sess.Scenario()
	var items []*fyne.MenuItem
	for i, id := range ids {
		items = append(items, checked(names[i], id == open, func() { m.SwitchScenario(id) }))
	}
	inScenario := open != ""
	items = append(items,
		// With no scenario there is nothing to step to.
		disabled(item(i18n.L("Next scenario"), func() { m.stepScenario(1) }, shortcut(fyne.KeyPageDown, false)), len(ids) < 2),
		disabled(item(i18n.L("Previous scenario"), func() { m.stepScenario(-1) }, shortcut(fyne.KeyPageUp, false)), len(ids) < 2),
		separator(),
		item(i18n.L("New scenario…"), m.newScenario, shortcut(fyne.KeyN, true)),
		disabled(item(i18n.L("Rename scenario…"), m.renameScenario, nil), !inScenario),
		disabled(item(i18n.L("Duplicate scenario"), m.duplicateScenario, nil), !inScenario),
		disabled(item(i18n.L("Delete scenario…"), m.deleteScenario, nil), !inScenario),
		separator(),
		disabled(item(i18n.L("Compare…"), m.compareScenarios, shortcut(fyne.KeyK, true)), len(ids) < 2),
		disabled(checked(i18n.L("Show changes"), m.cmp != nil, m.toggleCompare), len(ids) < 2),
		disabled(item(i18n.L("Print change report…"), m.printChangeReport, nil), len(ids) < 2),
		separator(),
		disabled(item(i18n.L("Adopt scenario…"), m.adoptScenario, shortcut(fyne.KeyA, true)), !inScenario),
	)
	items = append(items, m.hookSection(MenuScenario)...)
	return fyne.NewMenu(i18n.L("Scenario"), items...)
}

// scenarioSources lists what a new scenario can start from: the current
// organisation, each scenario and each built-in template.
func (m *MainWindow) scenarioSources() ([]scenarios.Source, []func(name string) (data.ID, error)) {
	var src []scenarios.Source
	var makers []func(string) (data.ID, error)
	ids, names := m.organisations()
	for i, id := range ids {
		label := names[i]
		if id != "" {
			label = i18n.L("Scenario %s", names[i])
		}
		src = append(src, scenarios.Source{Label: label, Name: m.freeName(i18n.L("%s (copy)", m.scenarioName(id)))})
		makers = append(makers, func(name string) (data.ID, error) { return m.sess.NewScenario(name, id) })
	}
	// The current organisation (always first) is where new designs start:
	// it suggests a fresh name rather than a copy's.
	src[0].Name = m.freeName(i18n.L("Untitled scenario"))
	lang := i18n.Language()
	for _, t := range templates.List(lang) {
		src = append(src, scenarios.Source{Label: i18n.L("Template %s", t.Name), Name: m.freeName(t.Name)})
		makers = append(makers, func(name string) (data.ID, error) {
			doc, err := templates.Load(t.ID, lang)
			if err != nil {
				return "", err
			}
			return m.sess.NewScenarioFromDoc(data.Scenario{Name: name, Source: "template:" + t.ID}, doc)
		})
		// Its stage advice as ready scenarios (初创期 扁平化 + 职能型 …),
		// marked as suggestions.
		stages, err := templates.Stages(t.ID, lang)
		if err != nil {
			fyne.LogError("template stages "+t.ID, err)
			continue
		}
		for _, st := range stages {
			src = append(src, scenarios.Source{Label: i18n.L("Template %s, suggested for the stage: %s", t.Name, st.Scenario.Name),
				Name: m.freeName(st.Scenario.Name)})
			makers = append(makers, func(name string) (data.ID, error) {
				sc := st.Scenario
				sc.Name = name
				return m.sess.NewScenarioFromDoc(sc, st.Doc)
			})
		}
	}
	return src, makers
}

// newScenario asks for a name and a source and creates the scenario,
// which opens.
func (m *MainWindow) newScenario() {
	src, makers := m.scenarioSources()
	open := 0
	ids, _ := m.organisations()
	for i, id := range ids {
		if id == m.sess.Scenario() {
			open = i
		}
	}
	m.newDialog = scenarios.ShowNew(m.win, src, open, m.nameTaken, func(name string, i int) {
		if i < 0 || i >= len(makers) {
			return
		}
		if _, err := makers[i](name); err != nil {
			m.ShowError(err)
			return
		}
		m.refresh()
		m.status.say(i18n.L("Created the scenario %s; it is open. Undo removes it.", name), false)
	})
}

func (m *MainWindow) renameScenario() {
	id := m.sess.Scenario()
	if id == "" {
		return
	}
	old := m.scenarioName(id)
	scenarios.ShowRename(m.win, old, func(s string) bool { return m.nameTakenBy(s, id) }, func(name string) {
		if err := m.sess.RenameScenario(id, name); err != nil {
			m.ShowError(err)
			return
		}
		m.refresh()
		m.status.say(i18n.L("Renamed the scenario %s to %s.", old, name), false)
	})
}

func (m *MainWindow) duplicateScenario() {
	id := m.sess.Scenario()
	if id == "" {
		return
	}
	name := m.freeName(i18n.L("%s (copy)", m.scenarioName(id)))
	if _, err := m.sess.NewScenario(name, id); err != nil {
		m.ShowError(err)
		return
	}
	m.refresh()
	m.status.say(i18n.L("Created the scenario %s; it is open. Undo removes it.", name), false)
}

func (m *MainWindow) deleteScenario() {
	id := m.sess.Scenario()
	if id == "" {
		return
	}
	name := m.scenarioName(id)
	askSized(m.win, i18n.L("Delete scenario"),
		i18n.L("Delete the scenario %s with all its departments, roles and people? The current organisation opens. You can undo this.", name),
		i18n.L("Delete"), 30, func() {
			if err := m.sess.DeleteScenario(id); err != nil {
				m.ShowError(err)
				return
			}
			m.refresh()
			m.status.say(i18n.L("Deleted the scenario %s. Undo brings it back.", name), false)
		})
}

func (m *MainWindow) adoptScenario() {
	id := m.sess.Scenario()
	if id == "" {
		return
	}
	name := m.scenarioName(id)
	askSized(m.win, i18n.L("Adopt scenario"),
		i18n.L("Make the scenario %s the current organisation? The current organisation is kept as the scenario “%s”, so nothing is lost. You can undo this.", name, m.sess.KeptName(id)),
		i18n.L("Adopt"), 30, func() {
			before, err := m.sess.Adopt(id)
			if err != nil {
				m.ShowError(err)
				return
			}
			if m.cmp != nil && m.cmp.a == "" {
				// The comparison was today's organisation against the
				// scenario: it goes on as the kept organisation against
				// the adopted one, which is the same change.
				m.cmp.a = before
			}
			m.refresh()
			m.status.say(i18n.L("%s is now the current organisation; the previous one is kept as the scenario %s. Undo reverses this.",
				name, m.scenarioName(before)), false)
		})
}

// --- compare mode ---

// comparison is compare mode's state: the organisation compared with the
// open one (which is always B, so the chart can mark the difference).
type comparison struct {
	a    data.ID
	list *scenarios.ChangeList
	tab  *container.TabItem
	docA *data.Document // the snapshots last compared
	docB *data.Document
	// nameA and nameB are the names the list shows.
	nameA, nameB string
}

// compareScenarios asks which two organisations to compare: by default the
// current organisation before and the open scenario after (or the first
// scenario when the current organisation is open).
func (m *MainWindow) compareScenarios() {
	ids, names := m.organisations()
	if len(ids) < 2 {
		return
	}
	b := 1
	for i, id := range ids {
		if id == m.sess.Scenario() && i > 0 {
			b = i
		}
	}
	m.compareDialog = scenarios.ShowCompare(m.win, names, 0, b, func(ai, bi int) {
		if ai < 0 || bi < 0 || ai == bi {
			return
		}
		m.StartCompare(ids[ai], ids[bi])
	})
}

// toggleCompare turns compare mode off, or on with the default pair. The
// menu item carries a check mark while compare mode is on (scenarioMenu);
// the status bar says what the choice did, since closing the view is easy
// to miss.
func (m *MainWindow) toggleCompare() {
	if m.cmp != nil {
		m.closeCompare()
		return
	}
	a, b := data.ID(""), m.sess.Scenario()
	if b == "" {
		list := m.sess.Scenarios()
		if len(list) == 0 {
			return
		}
		b = list[0].ID
	}
	m.StartCompare(a, b)
	if m.cmp != nil {
		m.status.say(i18n.L("Showing the changes from %s to %s. Scenario → Show changes closes them.", m.scenarioName(m.cmp.a), m.scenarioName(m.sess.Scenario())), false)
	}
}

// closeCompare leaves compare mode at the user's request (the menu item or
// the change list's close button) and says so.
func (m *MainWindow) closeCompare() {
	m.StopCompare()
	m.status.say(i18n.L("Closed the changes view. Scenario → Show changes opens it again."), false)
}

// StartCompare compares organisation a (before) with b (after): b opens,
// the chart marks what changed and the Changes tab lists it.
func (m *MainWindow) StartCompare(a, b data.ID) {
	if b != m.sess.Scenario() {
		if err := m.sess.Switch(b); err != nil {
			m.ShowError(err)
			return
		}
	}
	if m.cmp == nil {
		c := &comparison{list: scenarios.NewChangeList()}
		c.list.OnSelect = m.onChange
		c.list.OnDepartment = m.showWhere
		c.list.OnClose = m.closeCompare
		c.tab = container.NewTabItem(i18n.L("Changes"), c.list.Object())
		m.cmp = c
		m.side.tabs.Append(c.tab)
	}
	m.cmp.a = a
	m.cmp.docA, m.cmp.docB = nil, nil
	m.ShowOutline(true)
	m.side.tabs.Select(m.cmp.tab)
	m.refresh()
	m.updateCompare()
}

// StopCompare leaves compare mode: the overlay goes, the tab closes.
func (m *MainWindow) StopCompare() {
	if m.cmp == nil {
		return
	}
	if m.side.tabs.Selected() == m.cmp.tab {
		m.side.tabs.Select(m.side.structure)
	}
	m.side.tabs.Remove(m.cmp.tab)
	m.cmp = nil
	m.setOverlay(nil)
	m.updateCommands()
}

// Comparing returns the change list while compare mode is on, else nil.
func (m *MainWindow) Comparing() *scenarios.ChangeList {
	if m.cmp == nil {
		return nil
	}
	return m.cmp.list
}

// updateCompare compares again when either side changed (an edit, undo,
// another scenario opened).
func (m *MainWindow) updateCompare() {
	c := m.cmp
	if c == nil {
		return
	}
	docA, err := m.sess.ScenarioDoc(c.a)
	if err != nil && c.a != "" && m.sess.Scenario() != "" {
		// The organisation compared with is gone (deleted, or the kept one
		// of an adoption undone): compare today's with the open scenario,
		// as before the adoption.
		c.a = ""
		docA, err = m.sess.ScenarioDoc("")
	}
	if err != nil {
		m.StopCompare()
		return
	}
	docB := m.sess.Doc()
	// The names change without the content (a rename, or an adoption,
	// after which the same two snapshots are the kept organisation and
	// the current one).
	nameA, nameB := m.scenarioName(c.a), m.scenarioName(m.sess.Scenario())
	if docA == c.docA && docB == c.docB && nameA == c.nameA && nameB == c.nameB {
		return
	}
	c.docA, c.docB, c.nameA, c.nameB = docA, docB, nameA, nameB
	res := compare.Compare(docA, docB)
	c.list.Show(res, nameA, nameB)
	m.setOverlay(res)
}

// setOverlay turns the chart's compare overlay on (res) or off (nil).
func (m *MainWindow) setOverlay(res *compare.Result) { m.chart.SetCompare(res) }

// onChange shows a change the user clicked in the list: its department or
// role on the chart (a removed one where it was, through the overlay's
// ghosts), a person's role, a project team.
func (m *MainWindow) onChange(c compare.Change) {
	switch c.Kind {
	case compare.DeptAdded, compare.DeptMoved, compare.DeptRenamed, compare.DeptChanged:
		m.CenterOn(Selection{chart.KindDepartment, c.ID})
	case compare.RoleAdded, compare.RoleMoved, compare.RoleRenamed, compare.RoleCardChanged, compare.PlannedChanged:
		m.CenterOn(Selection{chart.KindRole, c.ID})
	case compare.DeptRemoved, compare.RoleRemoved:
		// The overlay draws it as a ghost at its old place, which the
		// chart selects by id; the window's panels know only B.
		if m.overlayOn() {
			m.chart.Select(c.ID)
			m.chart.CenterOn(c.ID)
		} else {
			m.showWhere(c.Department)
		}
		m.status.say(i18n.L("%s is not in %s; it was in the department shown.", c.Name, m.scenarioName(m.sess.Scenario())), false)
	case compare.PersonAdded, compare.PersonMoved:
		if p := m.doc.Person(c.ID); p != nil && m.doc.Role(p.Role) != nil {
			m.CenterOn(Selection{chart.KindRole, p.Role})
			return
		}
		m.showWhere(c.Department)
	case compare.PersonRemoved:
		m.showWhere(c.Department)
	case compare.ProjectAdded, compare.ProjectChanged:
		m.Select(Selection{chart.KindProject, c.ID})
	default:
		m.showWhere(c.Department)
	}
}

// showWhere centres department id on the chart, or the company.
func (m *MainWindow) showWhere(dept data.ID) {
	if m.doc.Department(dept) != nil {
		m.CenterOn(Selection{chart.KindDepartment, dept})
		return
	}
	if dept != "" && m.overlayOn() { // a removed department's ghost
		m.chart.Select(dept)
		m.chart.CenterOn(dept)
		return
	}
	m.CenterOn(companySelection)
}

// overlayOn reports whether the chart shows the compare overlay, with the
// ghosts of what was removed.
func (m *MainWindow) overlayOn() bool { return m.chart.Compare() != nil }

// printChangeReport opens the change report dialog for the comparison
// shown, or (outside compare mode) for the current organisation against
// the open scenario, or the first one.
func (m *MainWindow) printChangeReport() {
	a, b := data.ID(""), m.sess.Scenario()
	var res *compare.Result
	if m.cmp != nil && m.cmp.list.Result() != nil {
		a, res = m.cmp.a, m.cmp.list.Result()
	} else {
		if b == "" {
			list := m.sess.Scenarios()
			if len(list) == 0 {
				return
			}
			b = list[0].ID
		}
		docA, err := m.sess.ScenarioDoc(a)
		if err == nil {
			var docB *data.Document
			if docB, err = m.sess.ScenarioDoc(b); err == nil {
				res = compare.Compare(docA, docB)
			}
		}
		if err != nil {
			m.ShowError(err)
			return
		}
	}
	dialogs.ShowChangeReport(m.win, m.sess, res, m.scenarioName(a), m.scenarioName(b), settings.PaperSize(m.app))
}
