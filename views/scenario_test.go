package views

import (
	"os"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"orgdesigner/app"
	"orgdesigner/app/chart"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
	"orgdesigner/views/internal/uitest"
)

const scenarioMenu = "方案"

// newScenarioThroughMenu creates a scenario named name from the
// organisation at index from of the New scenario dialog's list.
func newScenarioThroughMenu(t *testing.T, m *MainWindow, name string, from int) {
	t.Helper()
	menuItem(t, m.Window(), scenarioMenu, "新建方案…").Action()
	d := m.newDialog
	if d == nil || overlays(m) != 1 {
		t.Fatalf("New scenario opened %d pop-ups", overlays(m))
	}
	if focusedEntry(t, m.Window()) != d.Name {
		t.Error("the name field should have the keyboard")
	}
	if findButton(t, m.Window(), "创建").Disabled() {
		t.Errorf("Create is disabled with the suggested name %q", d.Name.Text)
	}
	d.From.SetSelectedIndex(from)
	d.Name.SetText(name)
	d.Submit()
	if overlays(m) != 0 {
		t.Fatalf("the dialog stayed open (%d pop-ups)", overlays(m))
	}
}

// chartShows reports whether the chart shows role id titled title.
func chartShows(m *MainWindow, id data.ID, title string) bool {
	lay := m.chart.Layout()
	i := lay.Index(id)
	return i >= 0 && lay.Nodes[i].Label == title
}

func TestScenarioCreateSwitchAndUndo(t *testing.T) {
	m, sess := newTestWindow(t, templateDoc(t))
	w := m.Window()
	if m.scenarios.sel.Selected != "当前组织" || m.status.scenario.Visible() {
		t.Fatalf("a new document shows %q, status scenario shown %t", m.scenarios.sel.Selected, m.status.scenario.Visible())
	}
	newScenarioThroughMenu(t, m, "成长期", 0)
	id := sess.Scenario()
	if id == "" {
		t.Fatal("the new scenario is not open")
	}
	if got := w.Title(); got != "测试公司 — 方案：成长期 — 组织架构设计器" {
		t.Errorf("title %q", got)
	}
	if m.status.scenario.Text != "方案：成长期" || !m.status.scenario.Visible() {
		t.Errorf("status names %q", m.status.scenario.Text)
	}
	if m.scenarios.sel.Selected != "成长期" {
		t.Errorf("selector shows %q", m.scenarios.sel.Selected)
	}
	// An edit in the scenario shows on the chart and in the Undo label,
	// and stays out of the current organisation.
	role := roleByTitle(t, sess.Doc(), "电商运营")
	m.Select(Selection{chart.KindRole, role.ID})
	if !m.do(app.RenameRole(role.ID, "全域电商运营")) {
		t.Fatal("rename failed")
	}
	if !chartShows(m, role.ID, "全域电商运营") {
		t.Error("the chart does not show the scenario's edit")
	}
	undoInScenario := w.MainMenu().Items[1].Items[0].Label
	if !strings.HasPrefix(undoInScenario, "撤销") || undoInScenario == "撤销" {
		t.Errorf("Undo reads %q in the scenario", undoInScenario)
	}
	// Switch through the selector: everything follows.
	m.scenarios.sel.SetSelectedIndex(0)
	if sess.Scenario() != "" {
		t.Fatal("the selector did not open the current organisation")
	}
	if got := w.Title(); got != "测试公司 — 组织架构设计器" {
		t.Errorf("title %q after switching back", got)
	}
	if m.status.scenario.Visible() {
		t.Error("the status bar still names a scenario")
	}
	if !chartShows(m, role.ID, "电商运营") {
		t.Error("the chart still shows the scenario's edit")
	}
	// The scenario's edit is not in the current organisation's history;
	// making the scenario is the document's, undoable from either.
	if got := w.MainMenu().Items[1].Items[0]; got.Label == undoInScenario || !strings.Contains(got.Label, "新建方案") {
		t.Errorf("the current organisation's Undo reads %q; in the scenario %q", got.Label, undoInScenario)
	}
	// The menu switches too, and the scenario's history comes back.
	menuItem(t, w, scenarioMenu, "成长期").Action()
	if sess.Scenario() != id || w.MainMenu().Items[1].Items[0].Label != undoInScenario {
		t.Errorf("after the menu switch: open %q, Undo %q", sess.Scenario(), w.MainMenu().Items[1].Items[0].Label)
	}
	if !menuItem(t, w, scenarioMenu, "成长期").Checked {
		t.Error("the menu does not tick the open scenario")
	}
	m.Undo() // the rename
	if !chartShows(m, role.ID, "电商运营") {
		t.Error("undo in the scenario did not restore the title")
	}
	m.Undo() // the scenario itself
	if sess.Scenario() != "" || len(sess.Scenarios()) != 0 {
		t.Errorf("undoing New scenario left %d scenarios, open %q", len(sess.Scenarios()), sess.Scenario())
	}
	if m.scenarios.sel.Selected != "当前组织" || len(m.scenarios.sel.Options) != 1 {
		t.Errorf("selector %q of %v", m.scenarios.sel.Selected, m.scenarios.sel.Options)
	}
}

func TestScenarioRenameDuplicateDeleteAndUndo(t *testing.T) {
	m, sess := newTestWindow(t, templateDoc(t))
	w := m.Window()
	if !menuItem(t, w, scenarioMenu, "删除方案…").Disabled {
		t.Error("Delete is enabled with the current organisation open")
	}
	newScenarioThroughMenu(t, m, "初创期", 0)
	id := sess.Scenario()

	menuItem(t, w, scenarioMenu, "重命名方案…").Action()
	e := focusedEntry(t, w)
	e.SetText("初创期 A")
	findButton(t, w, "重命名").OnTapped()
	if sc, _ := sess.Store().Scenario(id); sc.Name != "初创期 A" {
		t.Fatalf("renamed to %q", sc.Name)
	}
	if w.Title() != "测试公司 — 方案：初创期 A — 组织架构设计器" || m.scenarios.sel.Selected != "初创期 A" {
		t.Errorf("after rename: title %q, selector %q", w.Title(), m.scenarios.sel.Selected)
	}

	menuItem(t, w, scenarioMenu, "复制方案").Action()
	if n := len(sess.Scenarios()); n != 2 || m.status.scenario.Text != "方案：初创期 A(副本)" {
		t.Errorf("duplicate: %d scenarios, status %q", n, m.status.scenario.Text)
	}
	m.SwitchScenario(id)

	menuItem(t, w, scenarioMenu, "删除方案…").Action()
	if overlays(m) != 1 || !strings.Contains(dialogText(m), "可以撤销") {
		t.Fatalf("Delete asks %q", dialogText(m))
	}
	escape(m) // Esc keeps it
	if len(sess.Scenarios()) != 2 {
		t.Fatal("Esc deleted the scenario")
	}
	menuItem(t, w, scenarioMenu, "删除方案…").Action()
	findButton(t, w, "删除").OnTapped()
	if len(sess.Scenarios()) != 1 || sess.Scenario() != "" {
		t.Fatalf("after delete: %d scenarios, open %q", len(sess.Scenarios()), sess.Scenario())
	}
	if w.Title() != "测试公司 — 组织架构设计器" || len(m.scenarios.sel.Options) != 2 {
		t.Errorf("after delete: title %q, options %v", w.Title(), m.scenarios.sel.Options)
	}
	triggerShortcut(t, w, &fyne.ShortcutUndo{})
	if sess.Scenario() != id || len(sess.Scenarios()) != 2 {
		t.Fatalf("undo of delete: open %q, %d scenarios", sess.Scenario(), len(sess.Scenarios()))
	}
	if m.scenarios.sel.Selected != "初创期 A" || m.status.scenario.Text != "方案：初创期 A" {
		t.Errorf("undo of delete shows %q / %q", m.scenarios.sel.Selected, m.status.scenario.Text)
	}
}

func TestScenarioAdoptAndUndo(t *testing.T) {
	m, sess := newTestWindow(t, templateDoc(t))
	w := m.Window()
	newScenarioThroughMenu(t, m, "成长期", 0)
	id := sess.Scenario()
	dept := deptByName(t, sess.Doc(), "数字运营部")
	if !m.do(app.RenameDepartment(dept.ID, "增长中心")) {
		t.Fatal("rename failed")
	}
	menuItem(t, w, scenarioMenu, "采用方案…").Action()
	before := sess.BeforeName(time.Now())
	if text := dialogText(m); !strings.Contains(text, "成长期") || !strings.Contains(text, "“"+before+"”") {
		t.Fatalf("Adopt asks %q", text)
	}
	findButton(t, w, "采用").OnTapped()
	if sess.Scenario() != "" || sess.Doc().Department(dept.ID).Name != "增长中心" {
		t.Fatalf("after adopt: open %q, department %q", sess.Scenario(), sess.Doc().Department(dept.ID).Name)
	}
	if w.Title() != "测试公司 — 组织架构设计器" || !chartShows(m, dept.ID, "增长中心") {
		t.Errorf("after adopt: title %q; the chart shows the adopted organisation: %t", w.Title(), chartShows(m, dept.ID, "增长中心"))
	}
	if got := m.scenarios.sel.Options; len(got) != 2 || got[1] != before {
		t.Errorf("after adopt the selector lists %v", got)
	}
	if !strings.Contains(m.status.message.Text, before) {
		t.Errorf("status says %q", m.status.message.Text)
	}
	triggerShortcut(t, w, &fyne.ShortcutUndo{})
	if sess.Scenario() != id {
		t.Fatalf("undo of adopt opened %q, want the scenario", sess.Scenario())
	}
	cur, err := sess.ScenarioDoc("")
	if err != nil || cur.Department(dept.ID).Name != "数字运营部" {
		t.Fatalf("undo of adopt: current organisation %v %v", cur.Department(dept.ID), err)
	}
	if w.Title() != "测试公司 — 方案：成长期 — 组织架构设计器" || !chartShows(m, dept.ID, "增长中心") {
		t.Errorf("after undo: title %q", w.Title())
	}
	if got := m.scenarios.sel.Options; len(got) != 2 || got[1] != "成长期" {
		t.Errorf("after undo the selector lists %v", got)
	}
}

// dialogText is what the labels of the pop-ups open on the window say.
func dialogText(m *MainWindow) string {
	var b strings.Builder
	pops := &fyne.Container{Objects: m.Window().Canvas().Overlays().List()}
	for _, o := range uitest.AllShown[fyne.CanvasObject](pops, nil) {
		if text, ok := labelText(o); ok {
			b.WriteString(text + "\n")
		}
	}
	return b.String()
}

// TestScenarioDialogsEscAndKeys: every scenario dialog is modal and Esc
// closes it without acting; the keyboard reaches the commands.
func TestScenarioDialogsEscAndKeys(t *testing.T) {
	m, sess := newTestWindow(t, templateDoc(t))
	w := m.Window()
	triggerShortcut(t, w, shortcut(fyne.KeyN, true)) // New scenario…
	if m.newDialog == nil || overlays(m) != 1 {
		t.Fatalf("Ctrl+Shift+N opened %d pop-ups", overlays(m))
	}
	menuItem(t, w, scenarioMenu, "采用方案…").Action() // guarded: nothing opens over it
	if overlays(m) != 1 {
		t.Errorf("%d pop-ups: a second dialog opened over New scenario", overlays(m))
	}
	if !escape(m) || overlays(m) != 0 || len(sess.Scenarios()) != 0 {
		t.Fatalf("Esc left %d pop-ups, %d scenarios", overlays(m), len(sess.Scenarios()))
	}
	newScenarioThroughMenu(t, m, "成长期", 0)
	for _, label := range []string{"重命名方案…", "删除方案…", "采用方案…", "对比…"} {
		menuItem(t, w, scenarioMenu, label).Action()
		if overlays(m) != 1 {
			t.Errorf("%s opened %d pop-ups", label, overlays(m))
		}
		if !escape(m) || overlays(m) != 0 {
			t.Errorf("Esc did not close %s", label)
		}
	}
	if sc := sess.Scenarios(); len(sc) != 1 || sc[0].Name != "成长期" || sess.Scenario() != sc[0].ID || m.Comparing() != nil {
		t.Errorf("a dialog closed with Esc acted: %+v, open %q", sc, sess.Scenario())
	}
	// Ctrl+PageDown / Ctrl+PageUp step through the organisations.
	triggerShortcut(t, w, shortcut(fyne.KeyPageDown, false))
	if sess.Scenario() != "" {
		t.Errorf("Ctrl+PageDown opened %q, want the current organisation (the list wraps)", sess.Scenario())
	}
	triggerShortcut(t, w, shortcut(fyne.KeyPageUp, false))
	if sess.Scenario() == "" {
		t.Error("Ctrl+PageUp did not go back to the scenario")
	}
	// The selector takes the keyboard focus like any other control.
	if _, ok := any(m.scenarios.sel).(fyne.Focusable); !ok {
		t.Error("the scenario selector cannot have the keyboard focus")
	}
}

// TestScenarioNameChecks: the New scenario dialog suggests a name from its
// source and refuses an empty or taken one.
func TestScenarioNameChecks(t *testing.T) {
	m, sess := newTestWindow(t, templateDoc(t))
	newScenarioThroughMenu(t, m, "成长期", 0)
	menuItem(t, m.Window(), scenarioMenu, "新建方案…").Action()
	d := m.newDialog
	if d.From.Selected != "方案 成长期" || d.Name.Text != "成长期(副本)" {
		t.Errorf("from the open scenario the dialog suggests %q from %q", d.Name.Text, d.From.Selected)
	}
	d.From.SetSelectedIndex(0)
	if d.Name.Text != "新方案" || findButton(t, m.Window(), "创建").Disabled() {
		t.Errorf("from the current organisation it suggests %q (Create disabled: %t)", d.Name.Text, findButton(t, m.Window(), "创建").Disabled())
	}
	for _, bad := range []string{"", "  ", "成长期"} {
		d.Name.SetText(bad)
		if d.Name.Validate() == nil {
			t.Errorf("the name %q is accepted", bad)
		}
	}
	d.Submit()
	if len(sess.Scenarios()) != 1 {
		t.Error("a taken name made a second scenario")
	}
	escape(m)
	// From a built-in template: its content, not the current organisation's.
	menuItem(t, m.Window(), scenarioMenu, "新建方案…").Action()
	d = m.newDialog
	tpl := -1
	for i, o := range d.From.Options {
		if strings.HasPrefix(o, "模板 ") {
			tpl = i
			break
		}
	}
	if tpl < 0 {
		t.Fatalf("no template among %v", d.From.Options)
	}
	d.From.SetSelectedIndex(tpl)
	d.Name.SetText("模板方案")
	d.Submit()
	if len(sess.Scenarios()) != 2 || sess.Scenarios()[1].Source == "" || len(sess.Doc().People) != 0 {
		t.Errorf("from a template: %+v with %d people", sess.Scenarios(), len(sess.Doc().People))
	}
}

func TestScenarioRelabel(t *testing.T) {
	m, _ := newTestWindow(t, templateDoc(t))
	newScenarioThroughMenu(t, m, "成长期", 0)
	t.Cleanup(func() { i18n.SetLanguage(i18n.Chinese) })
	i18n.SetLanguage(i18n.English)
	m.Relabel()
	if got := m.Window().Title(); got != "测试公司 — Scenario: 成长期 — OrgDesigner" {
		t.Errorf("title %q", got)
	}
	if m.scenarios.label.Text != "Scenario:" || m.scenarios.sel.Options[0] != "Current organisation" || m.scenarios.sel.Selected != "成长期" {
		t.Errorf("selector %q %v %q", m.scenarios.label.Text, m.scenarios.sel.Options, m.scenarios.sel.Selected)
	}
	if l := m.scenarios.label; l.Size().Width < l.MinSize().Width {
		t.Errorf("the selector's label is cut: %v wide, needs %v", l.Size().Width, l.MinSize().Width)
	}
	if m.status.scenario.Text != "Scenario: 成长期" {
		t.Errorf("status %q", m.status.scenario.Text)
	}
	menuItem(t, m.Window(), "Scenario", "New scenario…")
}

// TestScenarioReadOnlyDocument: a read-only document's scenarios can be
// opened and compared, not made, renamed, deleted or adopted.
func TestScenarioReadOnlyDocument(t *testing.T) {
	m0, sess0 := newTestWindow(t, templateDoc(t))
	id, err := sess0.NewScenario("成长期", "")
	if err != nil {
		t.Fatal(err)
	}
	path := sess0.Path()
	m0.Window().Close()
	os.Chmod(path, 0o444)
	st, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	m := NewMainWindow(m0.app, app.NewSession(st))
	defer m.Window().Close()
	m.scenarios.sel.SetSelectedIndex(1)
	if m.sess.Scenario() != id || m.status.scenario.Text != "方案：成长期" {
		t.Fatalf("a read-only document's scenario did not open: %q", m.sess.Scenario())
	}
	for _, label := range []string{"新建方案…", "重命名方案…", "复制方案", "删除方案…", "采用方案…"} {
		if !menuItem(t, m.Window(), scenarioMenu, label).Disabled {
			t.Errorf("%s is enabled in a read-only document", label)
		}
	}
	for _, label := range []string{"对比…", "打印变更报告…", "当前组织"} {
		if menuItem(t, m.Window(), scenarioMenu, label).Disabled {
			t.Errorf("%s is disabled in a read-only document", label)
		}
	}
	// The greyed item's shortcut does nothing either (it opened the New
	// scenario dialog, which only said "read-only" after Create).
	triggerShortcut(t, m.Window(), shortcut(fyne.KeyN, true))
	if overlays(m) != 0 {
		t.Errorf("Ctrl+Shift+N opened %d pop-ups in a read-only document", overlays(m))
		escape(m)
	}
	triggerShortcut(t, m.Window(), shortcut(fyne.KeyK, true))
	if overlays(m) != 1 {
		t.Errorf("Ctrl+Shift+K (Compare…) opened %d pop-ups in a read-only document, want 1", overlays(m))
	}
	escape(m)
}

// A scenario may not take a name of the current organisation (当前组织,
// Current organisation, the CLI's "current") nor another scenario's name
// in other letter case: the selector, the change list ("从 当前组织 到
// 当前组织") and `orgdesigner compare FILE current NAME` could not tell
// them apart (the CLI finds scenarios ignoring case).
func TestScenarioNameReserved(t *testing.T) {
	m, sess := newTestWindow(t, templateDoc(t))
	newScenarioThroughMenu(t, m, "Plan", 0)
	for _, bad := range []string{"当前组织", "Current organisation", "current organisation", "current", "CURRENT", "plan", " PLAN "} {
		menuItem(t, m.Window(), scenarioMenu, "新建方案…").Action()
		d := m.newDialog
		d.From.SetSelectedIndex(0)
		d.Name.SetText("")
		test.Type(d.Name, bad)
		if d.Name.Validate() == nil || !findButton(t, m.Window(), "创建").Disabled() {
			t.Errorf("new scenario: the name %q is accepted", bad)
		}
		d.Submit()
		escape(m)
		if sess.Scenario() != sess.Scenarios()[0].ID {
			m.SwitchScenario(sess.Scenarios()[0].ID)
		}
		menuItem(t, m.Window(), scenarioMenu, "重命名方案…").Action()
		e := focusedEntry(t, m.Window())
		e.SetText("")
		test.Type(e, bad)
		self := strings.EqualFold(strings.TrimSpace(bad), "plan") // Plan → plan only changes the case
		if disabled := findButton(t, m.Window(), "重命名").Disabled(); disabled == self {
			t.Errorf("rename Plan to %q: Rename disabled %t", bad, disabled)
		}
		escape(m)
	}
	if n := len(sess.Scenarios()); n != 1 || sess.Scenarios()[0].Name != "Plan" {
		t.Errorf("scenarios after the refused names: %+v", sess.Scenarios())
	}
}

// TestScenarioStepNeedsAScenario: Next and Previous scenario are greyed
// while the document has no scenario to step to, and work once it has.
func TestScenarioStepNeedsAScenario(t *testing.T) {
	m, sess := newTestWindow(t, templateDoc(t))
	w := m.Window()
	for _, label := range []string{"下一个方案", "上一个方案"} {
		if !menuItem(t, w, scenarioMenu, label).Disabled {
			t.Errorf("%s is enabled in a document without scenarios", label)
		}
	}
	newScenarioThroughMenu(t, m, "成长期", 0)
	for _, label := range []string{"下一个方案", "上一个方案"} {
		if menuItem(t, w, scenarioMenu, label).Disabled {
			t.Errorf("%s is disabled with a scenario to step to", label)
		}
	}
	menuItem(t, w, scenarioMenu, "下一个方案").Action()
	if sess.Scenario() != "" {
		t.Errorf("Next scenario from the last one opened %q, want the current organisation", sess.Scenario())
	}
}

// TestReadOnlyTitle: a read-only document's window title says so, with
// the open scenario still named; a writable one's does not.
func TestReadOnlyTitle(t *testing.T) {
	m0, sess0 := newTestWindow(t, templateDoc(t))
	if _, err := sess0.NewScenario("成长期", ""); err != nil {
		t.Fatal(err)
	}
	m0.refresh()
	if got := m0.Window().Title(); got != "测试公司 — 方案：成长期 — 组织架构设计器" {
		t.Errorf("a writable document's title is %q", got)
	}
	path := sess0.Path()
	m0.Window().Close()
	os.Chmod(path, 0o444)
	st, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	m := NewMainWindow(m0.app, app.NewSession(st))
	defer m.Window().Close()
	if !m.readOnly() {
		t.Skip("the file is writable here (running as root?)")
	}
	if got := m.Window().Title(); got != "测试公司（只读） — 组织架构设计器" {
		t.Errorf("the read-only document's title is %q", got)
	}
	m.scenarios.sel.SetSelectedIndex(1)
	if got := m.Window().Title(); got != "测试公司（只读） — 方案：成长期 — 组织架构设计器" {
		t.Errorf("the read-only document's scenario title is %q", got)
	}
}

// Adopt is reachable from the keyboard (Ctrl+Shift+A), and only while a
// scenario is open; it still asks first.
func TestAdoptShortcut(t *testing.T) {
	m, sess := newTestWindow(t, templateDoc(t))
	triggerShortcut(t, m.Window(), shortcut(fyne.KeyA, true))
	if overlays(m) != 0 {
		t.Fatalf("Ctrl+Shift+A in the current organisation opened %d pop-ups", overlays(m))
	}
	newScenarioThroughMenu(t, m, "成长期", 0)
	triggerShortcut(t, m.Window(), shortcut(fyne.KeyA, true))
	if overlays(m) != 1 || !strings.Contains(dialogText(m), sess.BeforeName(time.Now())) {
		t.Fatalf("Ctrl+Shift+A opened %d pop-ups: %q", overlays(m), dialogText(m))
	}
	escape(m)
	if sess.Scenario() == "" {
		t.Fatal("closing the question adopted the scenario")
	}
}

// Adopting back the organisation an adoption kept asks naming what the
// current organisation will be kept as: the adopted scenario's old name,
// not a new dated one.
func TestAdoptBackNamesTheRestoredScenario(t *testing.T) {
	m, sess := newTestWindow(t, templateDoc(t))
	newScenarioThroughMenu(t, m, "成长期", 0)
	kept, err := sess.Adopt(sess.Scenario())
	if err != nil {
		t.Fatal(err)
	}
	if err := sess.Switch(kept); err != nil {
		t.Fatal(err)
	}
	triggerShortcut(t, m.Window(), shortcut(fyne.KeyA, true))
	if text := dialogText(m); overlays(m) != 1 || !strings.Contains(text, "“成长期”") {
		t.Fatalf("adopting back asks %q", text)
	}
	escape(m)
}
