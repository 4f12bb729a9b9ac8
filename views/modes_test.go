package views

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app"
	"orgdesigner/app/chart"
	"orgdesigner/data"
	"orgdesigner/views/internal/uitest"
)

func TestViewSwitchShowsViewAndLeavesModeAlone(t *testing.T) {
	m, sess := newTestWindow(t, templateDoc(t))
	path := sess.Path()
	saved := sess.Doc().Org.Mode
	tests := []struct {
		view    data.Mode
		trailer func() fyne.CanvasObject // the view beside the chart
	}{
		{data.ModeProject, func() fyne.CanvasObject { return m.projList }},
		{data.ModeMatrix, func() fyne.CanvasObject { return m.matrix }},
		{data.ModeFunctional, nil},
		{data.ModeProject, func() fyne.CanvasObject { return m.projList }},
	}
	for _, tt := range tests {
		test.Tap(m.toolbar.modes[tt.view].Button)
		if got := sess.Doc().Org.Mode; got != saved {
			t.Errorf("%s view: organisation mode = %q, want %q kept", tt.view, got, saved)
		}
		if m.chart.Options().Mode != tt.view || m.View() != tt.view {
			t.Errorf("chart view %q, window view %q, want %q", m.chart.Options().Mode, m.View(), tt.view)
		}
		if m.toolbar.modes[tt.view].Importance != widget.HighImportance {
			t.Errorf("%s: the toolbar does not mark the view", tt.view)
		}
		if !menuItem(t, m.Window(), "视图", viewName(tt.view)).Checked {
			t.Errorf("%s: the View menu does not tick the view", tt.view)
		}
		if m.status.message.Text != "正在显示"+viewName(tt.view)+"。" {
			t.Errorf("%s: status says %q", tt.view, m.status.message.Text)
		}
		centre := m.centre.Objects[0]
		if tt.trailer == nil {
			if centre != m.chart {
				t.Errorf("%s: centre is %T, want the chart alone", tt.view, centre)
			}
			continue
		}
		split, ok := centre.(*container.Split)
		if !ok || !holds(split.Leading, m.chart) || split.Trailing != tt.trailer() {
			t.Errorf("%s: centre is %T, want the chart beside the team view", tt.view, centre)
		}
		if tt.view == data.ModeMatrix && (m.legend == nil || !holds(split.Leading, m.legend)) {
			t.Error("the matrix view has no legend for its lines")
		}
	}
	if ok, label := sess.CanUndo(); ok {
		t.Errorf("a view switch is not an edit, but Undo offers %q", label)
	}

	// Reopened, the document still has its mode and opens in its view.
	m.Window().Close()
	st, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if got := st.Doc().Org.Mode; got != saved {
		t.Errorf("reopened: organisation mode %q, want %q", got, saved)
	}
}

func TestOrgSettingsModeShowsItsView(t *testing.T) {
	m, sess := newTestWindow(t, templateDoc(t))
	org := sess.Doc().Org
	org.Mode = data.ModeMatrix
	if err := sess.Do(app.UpdateOrg(org)); err != nil {
		t.Fatal(err)
	}
	m.refresh()
	if m.View() != data.ModeMatrix {
		t.Errorf("after choosing matrix mode the window shows the %s view", m.View())
	}
	if m.status.message.Text != "组织模式已改为矩阵型，窗口已切换到对应视图。" {
		t.Errorf("status says %q", m.status.message.Text)
	}
	m.SetView(data.ModeFunctional)
	m.Undo() // undoes the mode change, not the view switch
	if sess.Doc().Org.Mode == data.ModeMatrix || m.View() != data.ModeFunctional {
		t.Errorf("undo: mode %q, view %q", sess.Doc().Org.Mode, m.View())
	}
}

func TestStructureEditsInProjectView(t *testing.T) {
	m, sess := newTestWindow(t, templateDoc(t))
	w := m.Window()
	m.SetView(data.ModeProject)
	dept := deptByName(t, sess.Doc(), "数字运营部")
	m.Select(Selection{chart.KindDepartment, dept.ID})
	for _, b := range []toolButton{m.toolbar.child, m.toolbar.sibling, m.toolbar.dept} {
		if b.Disabled() {
			t.Errorf("project view: %q is greyed out", b.Text)
		}
	}
	for _, label := range []string{"部门", "岗位"} {
		if menuItem(t, w, "插入", label).Disabled {
			t.Errorf("project view: Insert > %s is greyed out", label)
		}
	}
	roles := len(sess.Doc().RolesIn(dept.ID))
	test.Tap(m.toolbar.child.Button)
	if got := len(sess.Doc().RolesIn(dept.ID)); got != roles+1 {
		t.Fatalf("添加下级岗位 in the project view: %d roles in 数字运营部, want %d", got, roles+1)
	}
	if m.Selected().Kind != chart.KindRole || sess.Doc().Role(m.Selected().ID).Department != dept.ID {
		t.Errorf("the new role is not selected: %+v", m.Selected())
	}
	if !strings.HasPrefix(m.status.message.Text, "已在 数字运营部 添加 新岗位") {
		t.Errorf("status says %q", m.status.message.Text)
	}
	depts := len(sess.Doc().Departments)
	test.Tap(m.toolbar.dept.Button)
	if len(sess.Doc().Departments) != depts+1 || m.Selected().Kind != chart.KindDepartment {
		t.Errorf("添加部门 in the project view: %d departments, selection %+v", len(sess.Doc().Departments), m.Selected())
	}
	if m.View() != data.ModeProject || sess.Doc().Org.Mode == data.ModeProject {
		t.Errorf("editing changed the view (%s) or mode (%s)", m.View(), sess.Doc().Org.Mode)
	}
}

func TestMatrixModeGridCells(t *testing.T) {
	m, sess := newTestWindow(t, templateDoc(t))
	m.SetView(data.ModeMatrix)
	g := m.matrix.Grid()
	if len(g.Teams) != 1 || g.Teams[0].Name != "618大促项目组" {
		t.Fatalf("matrix teams %v", g.Teams)
	}
	digital := deptByName(t, sess.Doc(), "数字运营部")
	for r, row := range g.Rows {
		if row.Dept != digital.ID {
			continue
		}
		want := map[string]bool{"电商运营 · 店铺运营": true, "SEO/SEM优化师 · 搜索流量": true}
		for _, line := range g.Cells[r][0] {
			delete(want, line)
		}
		if len(want) > 0 {
			t.Errorf("数字运营部 cell %q misses %v", g.Cells[r][0], want)
		}
		m.matrix.OnSelected(row.Dept, g.Teams[0].ID)
		if m.Selected() != (Selection{chart.KindDepartment, digital.ID}) {
			t.Errorf("picking a cell selected %+v", m.Selected())
		}
		return
	}
	t.Fatal("no row for 数字运营部")
}

func TestProjectTeamCreateEditDeleteFromWindow(t *testing.T) {
	m, sess := newTestWindow(t, templateDoc(t))
	w := m.Window()
	before := len(sess.Doc().Projects)

	menuItem(t, w, "插入", "项目组…").Action()
	name := focusedEntry(t, w)
	test.Type(name, "官网改版项目组")
	test.Tap(findButton(t, w, "保存"))
	if len(sess.Doc().Projects) != before+1 {
		t.Fatalf("%d project teams, want %d", len(sess.Doc().Projects), before+1)
	}
	id := m.Selected().ID
	if m.Selected().Kind != chart.KindProject || sess.Doc().Project(id).Name != "官网改版项目组" {
		t.Fatalf("the new team is not selected: %+v", m.Selected())
	}

	// F2 on a project team opens its editor.
	m.onKey(&fyne.KeyEvent{Name: fyne.KeyF2})
	name = focusedEntry(t, w)
	name.SetText("官网改版")
	test.Tap(findButton(t, w, "保存"))
	if got := sess.Doc().Project(id).Name; got != "官网改版" {
		t.Errorf("renamed team is %q", got)
	}
	if m.status.message.Text != "已保存项目组 官网改版。" {
		t.Errorf("after saving, status says %q", m.status.message.Text)
	}

	// Delete asks, then deletes; undo restores.
	m.onKey(&fyne.KeyEvent{Name: fyne.KeyDelete})
	test.Tap(findButton(t, w, "删除"))
	if sess.Doc().Project(id) != nil {
		t.Fatal("Delete did not delete the selected team")
	}
	if m.status.message.Text != "已删除项目组 官网改版，可撤销恢复。" {
		t.Errorf("after deleting, status says %q", m.status.message.Text)
	}
	if m.Selected() != companySelection {
		t.Errorf("after deleting, selection is %+v", m.Selected())
	}
	m.Undo()
	if sess.Doc().Project(id) == nil {
		t.Error("undo did not restore the team")
	}
}

func TestInsertPersonIntoSelectedRole(t *testing.T) {
	m, sess := newTestWindow(t, templateDoc(t))
	role := roleByTitle(t, sess.Doc(), "品牌策划")
	m.Select(Selection{chart.KindRole, role.ID})
	menuItem(t, m.Window(), "插入", "员工…").Action()
	test.Type(focusedEntry(t, m.Window()), "王五")
	test.Tap(findButton(t, m.Window(), "添加"))
	holders := sess.Doc().Holders(role.ID)
	if len(holders) != 1 || holders[0].Name != "王五" {
		t.Fatalf("品牌策划 holders: %v", holders)
	}
	if m.status.message.Text != "已添加 王五。" {
		t.Errorf("status says %q", m.status.message.Text)
	}
}

func TestPanelsCanBeHidden(t *testing.T) {
	m, _ := newTestWindow(t, templateDoc(t))
	menuItem(t, m.Window(), "视图", "大纲").Action()
	menuItem(t, m.Window(), "视图", "岗位卡面板").Action()
	if m.outlinePane.Visible() || m.cardPane.Visible() {
		t.Fatal("panels still visible")
	}
	if it := menuItem(t, m.Window(), "视图", "大纲"); it.Checked {
		t.Error("the menu still ticks the hidden outline")
	}
	m.focusSearch() // Ctrl+F brings the outline back for searching
	if !m.outlinePane.Visible() || m.Window().Canvas().Focused() != m.outline.search {
		t.Error("Find should show the outline and focus the search box")
	}
}

// focusedEntry returns the entry that has the keyboard focus.
func focusedEntry(t *testing.T, w fyne.Window) *widget.Entry {
	t.Helper()
	e, ok := w.Canvas().Focused().(*widget.Entry)
	if !ok {
		t.Fatalf("focused: %T, want an entry", w.Canvas().Focused())
	}
	return e
}

// findButton returns the visible button with the text, dialogs first.
func findButton(t *testing.T, w fyne.Window, text string) *widget.Button {
	t.Helper()
	b := uitest.FindShown(uitest.Canvas(w.Canvas()), func(b *widget.Button) bool { return b.Text == text })
	if b == nil {
		t.Fatalf("no button %q", text)
	}
	return b
}

// holds reports whether o is want or a container (at any depth) holding it.
func holds(o, want fyne.CanvasObject) bool {
	if o == want {
		return true
	}
	if c, ok := o.(*fyne.Container); ok {
		for _, k := range c.Objects {
			if holds(k, want) {
				return true
			}
		}
	}
	return false
}

// A new team is not drawn on the functional chart: the panel shows every
// field (the empty ones say so), offers to add members and to show the
// team in the project view, and the status bar says where it is.
func TestNewProjectTeamShowsWhereAndWhatNext(t *testing.T) {
	m, sess := newTestWindow(t, templateDoc(t))
	w := m.Window()
	menuItem(t, w, "插入", "项目组…").Action()
	test.Type(focusedEntry(t, w), "官网改版项目组")
	test.Tap(findButton(t, w, "保存"))
	id := m.Selected().ID
	if sess.Doc().Project(id) == nil {
		t.Fatalf("the new team is not selected: %+v", m.Selected())
	}
	if msg := m.status.message.Text; !strings.Contains(msg, "官网改版项目组") || !strings.Contains(msg, "在项目视图中显示") {
		t.Errorf("status after creating a team in the functional view: %q", msg)
	}
	p := m.card.summary
	var texts []string
	for _, o := range p.body.Objects {
		if l, ok := o.(*widget.Label); ok {
			texts = append(texts, l.Text)
		}
	}
	all := strings.Join(texts, "\n")
	for _, want := range []string{"负责人：未设置", "目标：未设置", "成员", "还没有成员"} {
		if !strings.Contains(all, want) {
			t.Errorf("the new team's panel lacks %q:\n%s", want, all)
		}
	}
	if !p.members.Visible() || !p.onChart.Visible() {
		t.Fatalf("add members shown %v, show in project view shown %v", p.members.Visible(), p.onChart.Visible())
	}
	test.Tap(p.onChart)
	if m.View() != data.ModeProject || m.Selected() != (Selection{chart.KindProject, id}) || m.chart.Selected() != id {
		t.Errorf("after 在项目视图中显示: view %s, selection %+v, chart %s", m.View(), m.Selected(), m.chart.Selected())
	}
	if p.onChart.Visible() {
		t.Error("the project view still offers to switch to the project view")
	}
}
