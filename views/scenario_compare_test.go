package views

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"orgdesigner/app"
	"orgdesigner/app/chart"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

func TestScenarioCompareOverlayAndChangeList(t *testing.T) {
	m, sess := newTestWindow(t, templateDoc(t))
	w := m.Window()
	newScenarioThroughMenu(t, m, "成长期", 0)
	doc := sess.Doc()
	role := roleByTitle(t, doc, "电商运营")
	gone := roleByTitle(t, doc, "活动运营")
	var dept data.ID
	for _, cmd := range []app.Command{
		app.RenameRole(role.ID, "全域电商运营"),
		app.DeleteRole(gone.ID),
		app.AddDepartment(data.Department{Name: "直播电商部"}, &dept),
	} {
		if !m.do(cmd) {
			t.Fatal("edit failed")
		}
	}
	menuItem(t, w, scenarioMenu, "对比…").Action()
	m.onKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) // Enter compares
	list := m.Comparing()
	if list == nil || overlays(m) != 0 {
		t.Fatalf("compare mode is off (%d pop-ups)", overlays(m))
	}
	if m.side.tabs.Selected() != m.cmp.tab || m.cmp.tab.Text != "变更" {
		t.Error("the Changes tab is not in front")
	}
	if m.chart.Compare() != list.Result() {
		t.Error("the chart does not overlay the comparison listed")
	}
	lines := strings.Join(list.Lines(), "\n")
	for _, want := range []string{"从当前组织到成长期的变更", "新增部门 直播电商部", "撤销岗位 活动运营", "岗位更名 电商运营 → 全域电商运营", "编制 "} {
		if want == "从当前组织到成长期的变更" {
			if list.Title() != want {
				t.Errorf("title %q", list.Title())
			}
			continue
		}
		if !strings.Contains(lines, want) {
			t.Errorf("the change list lacks %q:\n%s", want, lines)
		}
	}
	// Clicking a change selects it on the chart.
	tap := func(text string) {
		t.Helper()
		for i, l := range list.Lines() {
			if strings.Contains(l, text) {
				list.Tap(i)
				return
			}
		}
		t.Fatalf("no line %q", text)
	}
	tap("岗位更名 电商运营")
	if m.chart.Selected() != role.ID || m.Selected().ID != role.ID {
		t.Errorf("clicking the rename selected %q on the chart, %q in the window", m.chart.Selected(), m.Selected().ID)
	}
	tap("撤销岗位 活动运营")
	if m.chart.Selected() != gone.ID {
		t.Errorf("clicking the removal selected %q, want the ghost %q", m.chart.Selected(), gone.ID)
	}
	tap("数字运营部") // a heading: its department
	if m.Selected() != (Selection{chart.KindDepartment, deptByName(t, sess.Doc(), "数字运营部").ID}) {
		t.Errorf("clicking a heading selected %+v", m.Selected())
	}
	// An edit in the scenario compares again.
	var added data.ID
	if !m.do(app.AddRole(data.Role{Title: "主播", Department: dept, Planned: 2}, &added)) {
		t.Fatal("add failed")
	}
	if !strings.Contains(strings.Join(list.Lines(), "\n"), "新增岗位 主播") || m.chart.Compare() != list.Result() {
		t.Error("the list or the overlay did not follow the edit")
	}
	// Opening the current organisation (the "before" side) swaps the
	// sides: the scenario before, today's after, the same changes reversed.
	n := len(list.Result().Changes)
	m.SwitchScenario("")
	if got := len(list.Result().Changes); got != n || list.Result().B != sess.Doc() {
		t.Errorf("after opening the before side: %d changes (want %d), overlay on the open one %v", got, n, list.Result().B == sess.Doc())
	}
	m.scenarios.sel.SetSelectedIndex(1)
	if len(list.Result().Changes) != n {
		t.Error("back in the scenario the changes are not the same")
	}
	// The button closes compare mode.
	findButton(t, w, "关闭对比").OnTapped()
	if m.Comparing() != nil || len(m.side.tabs.Items) != 3 {
		t.Error("Close compare left compare mode on")
	}
	if m.side.tabs.Selected() != m.side.structure {
		t.Error("closing compare mode should bring the outline back, not another tab")
	}
	if m.chart.Compare() != nil {
		t.Error("the overlay stayed on")
	}
}

func TestScenarioPrintChangeReportOpensItsDialog(t *testing.T) {
	m, _ := newTestWindow(t, templateDoc(t))
	w := m.Window()
	if !menuItem(t, w, scenarioMenu, "打印变更报告…").Disabled {
		t.Error("Print change report is enabled without a scenario")
	}
	newScenarioThroughMenu(t, m, "成长期", 0)
	// Outside compare mode it reports the current organisation against
	// the open scenario.
	menuItem(t, w, scenarioMenu, "打印变更报告…").Action()
	if text := dialogText(m); !strings.Contains(text, "打印变更报告") || !strings.Contains(text, "变更报告对比 当前组织 与 成长期") {
		t.Errorf("the dialog says %q", text)
	}
	if !escape(m) || overlays(m) != 0 {
		t.Error("Esc did not close the change report dialog")
	}
}

// BenchmarkSwitchScenarioComparing5000 measures switching in compare mode
// on 5,000 roles / 10,000 people: besides the panels and the chart, the
// comparison is made again, the overlay laid out and the list filled.
func BenchmarkSwitchScenarioComparing5000(b *testing.B) {
	m, id := scenarioWindow(b)
	second, err := m.sess.NewScenario("初创期", "")
	if err != nil {
		b.Fatal(err)
	}
	if err := m.sess.Do(app.RenameRole("r7-1", "另一个岗位")); err != nil {
		b.Fatal(err)
	}
	m.StartCompare("", id)
	if m.Comparing() == nil || len(m.Comparing().Result().Changes) == 0 {
		b.Fatal("compare mode is off")
	}
	ids := []data.ID{second, id}
	i := 0
	b.ResetTimer()
	for b.Loop() {
		res := m.Comparing().Result()
		switchFrame(b, m, ids[i%2])
		if m.Comparing().Result() == res {
			b.Fatal("the comparison did not follow the switch")
		}
		i++
	}
}

// TestStatusBarCost: with priced roles the status bar shows the open
// organisation's planned monthly personnel cost, and follows a switch.
func TestStatusBarCost(t *testing.T) {
	doc := templateDoc(t)
	m, sess := newTestWindow(t, doc)
	if m.status.cost.Visible() {
		t.Error("the status bar shows a cost without any salary band")
	}
	r := roleByTitle(t, sess.Doc(), "电商运营") // 编制 2
	if !m.do(app.EditRole(r.ID, "pay", func(r *data.Role) { r.PayMin, r.PayMax = 8000, 12000 })) {
		t.Fatal("edit failed")
	}
	// 2 × 10,000 × 1.3 on-cost = 26,000 a month.
	if !m.status.cost.Visible() || m.status.cost.Text != "编制人力成本 ¥26,000/月（26 个岗位未设薪酬）" {
		t.Errorf("status cost %q (shown %t)", m.status.cost.Text, m.status.cost.Visible())
	}
	newScenarioThroughMenu(t, m, "成长期", 0)
	if !m.do(app.EditRole(r.ID, "planned", func(r *data.Role) { r.Planned = 3 })) {
		t.Fatal("edit failed")
	}
	if m.status.cost.Text != "编制人力成本 ¥39,000/月（26 个岗位未设薪酬）" {
		t.Errorf("in the scenario the status shows %q", m.status.cost.Text)
	}
	m.SwitchScenario("")
	if m.status.cost.Text != "编制人力成本 ¥26,000/月（26 个岗位未设薪酬）" {
		t.Errorf("back in the current organisation the status shows %q", m.status.cost.Text)
	}
}

func TestScenarioCompareRelabel(t *testing.T) {
	m, _ := newTestWindow(t, templateDoc(t))
	newScenarioThroughMenu(t, m, "成长期", 0)
	m.toggleCompare()
	t.Cleanup(func() { i18n.SetLanguage(i18n.Chinese) })
	i18n.SetLanguage(i18n.English)
	m.Relabel()
	if got := m.Comparing().Title(); got != "Changes from Current organisation to 成长期" {
		t.Errorf("title %q", got)
	}
	if m.cmp.tab.Text != "Changes" || findButton(t, m.Window(), "Close compare") == nil {
		t.Errorf("tab %q", m.cmp.tab.Text)
	}
}

// 方案 → 显示变化 is a toggle: its check mark follows compare mode however
// it was turned on or off (the menu item, 对比…, the change list's close
// button), and the status bar says what choosing it did.
func TestShowChangesMenuFollowsCompare(t *testing.T) {
	m, _ := newTestWindow(t, templateDoc(t))
	w := m.Window()
	newScenarioThroughMenu(t, m, "成长期", 0)
	show := func() *fyne.MenuItem { return menuItem(t, w, scenarioMenu, "显示变化") }
	if show().Checked {
		t.Fatal("显示变化 is checked before any comparison")
	}
	show().Action()
	if m.Comparing() == nil || !show().Checked {
		t.Fatalf("after 显示变化: comparing %v, checked %v", m.Comparing() != nil, show().Checked)
	}
	if msg := m.status.message.Text; !strings.Contains(msg, "成长期") || !strings.Contains(msg, "显示变化") {
		t.Errorf("status after turning the changes on: %q", msg)
	}
	show().Action()
	if m.Comparing() != nil || show().Checked {
		t.Fatalf("after 显示变化 again: comparing %v, checked %v", m.Comparing() != nil, show().Checked)
	}
	if msg := m.status.message.Text; !strings.Contains(msg, "已关闭") {
		t.Errorf("status after turning the changes off: %q", msg)
	}
	// On through 对比…, off through the list's own close button.
	menuItem(t, w, scenarioMenu, "对比…").Action()
	m.onKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if m.Comparing() == nil || !show().Checked {
		t.Fatalf("after 对比…: comparing %v, checked %v", m.Comparing() != nil, show().Checked)
	}
	m.cmp.list.OnClose()
	if m.Comparing() != nil || show().Checked {
		t.Fatalf("after closing the list: comparing %v, checked %v", m.Comparing() != nil, show().Checked)
	}
	if msg := m.status.message.Text; !strings.Contains(msg, "已关闭") {
		t.Errorf("status after closing the change list: %q", msg)
	}
}
