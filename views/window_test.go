package views

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"orgdesigner/app"
	"orgdesigner/app/chart"
	"orgdesigner/data"
)

// roleByTitle finds a role of the current document by its title.
func roleByTitle(t *testing.T, doc *data.Document, title string) *data.Role {
	t.Helper()
	for i := range doc.Roles {
		if doc.Roles[i].Title == title {
			return &doc.Roles[i]
		}
	}
	t.Fatalf("no role %q", title)
	return nil
}

func deptByName(t *testing.T, doc *data.Document, name string) *data.Department {
	t.Helper()
	for i := range doc.Departments {
		if doc.Departments[i].Name == name {
			return &doc.Departments[i]
		}
	}
	t.Fatalf("no department %q", name)
	return nil
}

func TestWindowBuildsOnTemplate(t *testing.T) {
	doc := templateDoc(t)
	m, _ := newTestWindow(t, doc)
	if got := m.Window().Title(); got != "测试公司 — 组织架构设计器" {
		t.Errorf("title = %q", got)
	}
	var depts, roles int
	for _, uid := range m.outline.children[""] {
		switch {
		case strings.HasPrefix(uid, deptPrefix):
			depts++
		case strings.HasPrefix(uid, rolePrefix):
			roles++
		}
	}
	if depts != 8 || depts != len(doc.ChildDepartments("")) {
		t.Errorf("outline shows %d top-level departments, want the template's 8", depts)
	}
	if roles != len(doc.RolesIn("")) || roles == 0 {
		t.Errorf("outline shows %d company-level roles, want %d", roles, len(doc.RolesIn("")))
	}
	d := deptByName(t, doc, "数字运营部")
	kids := m.outline.children[deptPrefix+string(d.ID)]
	if len(kids) != len(doc.RolesIn(d.ID)) {
		t.Errorf("数字运营部 shows %d roles, want %d", len(kids), len(doc.RolesIn(d.ID)))
	}
	if d.Head != "" && kids[0] != rolePrefix+string(d.Head) {
		t.Errorf("the head role should come first, got %s", kids[0])
	}
	if m.Selected() != companySelection || !m.card.org.Visible() {
		t.Errorf("initial selection %+v; the card panel should show the organisation settings", m.Selected())
	}
	if m.View() != data.ModeFunctional || m.centre.Objects[0] != m.chart {
		t.Error("a functional document shows the chart alone")
	}
}

func TestSelectionIsSynchronised(t *testing.T) {
	m, sess := newTestWindow(t, templateDoc(t))
	doc := sess.Doc()
	ecom := roleByTitle(t, doc, "电商运营")

	// outline → chart and card
	m.outline.tree.Select(rolePrefix + string(ecom.ID))
	if m.Selected() != (Selection{chart.KindRole, ecom.ID}) {
		t.Fatalf("selection after outline pick: %+v", m.Selected())
	}
	if m.chart.Selected() != ecom.ID || m.chart.SelectedKind() != chart.KindRole {
		t.Errorf("chart selection %q %v", m.chart.Selected(), m.chart.SelectedKind())
	}
	if m.card.role.Role() != ecom.ID || !m.card.role.Visible() || m.card.dept.Visible() {
		t.Errorf("card panel shows role %q (visible %v)", m.card.role.Role(), m.card.role.Visible())
	}

	// chart → outline and card
	dept := deptByName(t, doc, "财务部")
	m.chart.Select(dept.ID)
	if m.Selected() != (Selection{chart.KindDepartment, dept.ID}) {
		t.Fatalf("selection after chart pick: %+v", m.Selected())
	}
	if m.outline.current != deptPrefix+string(dept.ID) {
		t.Errorf("outline shows %q selected", m.outline.current)
	}
	if m.card.dept.Department() != dept.ID || !m.card.dept.Visible() || m.card.role.Visible() {
		t.Errorf("card panel shows department %q (visible %v)", m.card.dept.Department(), m.card.dept.Visible())
	}
}

func TestSearchSelectsAndCentres(t *testing.T) {
	m, sess := newTestWindow(t, templateDoc(t))
	seo := roleByTitle(t, sess.Doc(), "SEO/SEM优化师")
	test.Type(m.outline.search, "seo")
	if len(m.outline.hits) == 0 || m.outline.tree.Visible() || !m.outline.results.Visible() {
		t.Fatalf("search for seo: %d hits, tree visible %v", len(m.outline.hits), m.outline.tree.Visible())
	}
	m.outline.search.OnSubmitted(m.outline.search.Text) // Enter picks the first hit
	if m.Selected() != (Selection{chart.KindRole, seo.ID}) || m.chart.Selected() != seo.ID {
		t.Errorf("Enter selected %+v (chart %q), want %s", m.Selected(), m.chart.Selected(), seo.ID)
	}

	// A person hit stands for their role.
	m.outline.search.SetText("张三")
	if len(m.outline.hits) != 1 {
		t.Fatalf("张三: %d hits", len(m.outline.hits))
	}
	m.outline.hitList.Select(0)
	if want := sess.Doc().Person("p1").Role; m.Selected() != (Selection{chart.KindRole, want}) {
		t.Errorf("person hit selected %+v, want their role %s", m.Selected(), want)
	}

	m.outline.search.SetText("没有这个岗位")
	if len(m.outline.hits) != 0 || !m.outline.noHits.Visible() {
		t.Error("a search without hits should say so")
	}
	m.outline.search.SetText("")
	if !m.outline.tree.Visible() {
		t.Error("clearing the search should bring the tree back")
	}
}

func TestUndoRedoThroughMenuShortcuts(t *testing.T) {
	m, sess := newTestWindow(t, templateDoc(t))
	w := m.Window()
	dept := deptByName(t, sess.Doc(), "客户服务部")
	uid := deptPrefix + string(dept.ID)
	hasDept := func() bool {
		for _, k := range m.outline.children[""] {
			if k == uid {
				return true
			}
		}
		return false
	}
	if it := menuItem(t, w, "编辑", "撤销"); !it.Disabled {
		t.Error("Undo should be disabled before any edit")
	}

	if !m.do(app.DeleteDepartment(dept.ID)) || hasDept() {
		t.Fatal("department not deleted")
	}
	if it := menuItem(t, w, "编辑", "撤销：删除部门"); it.Disabled {
		t.Error("Undo should name the action and be enabled")
	}

	triggerShortcut(t, w, &fyne.ShortcutUndo{}) // Ctrl+Z
	if !hasDept() || sess.Doc().Department(dept.ID) == nil {
		t.Fatal("Ctrl+Z did not bring the department back")
	}
	menuItem(t, w, "编辑", "重做：删除部门")

	triggerShortcut(t, w, &desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift})
	if hasDept() {
		t.Fatal("Ctrl+Shift+Z did not redo the deletion")
	}

	triggerShortcut(t, w, &fyne.ShortcutUndo{})
	shortcutHandler(t, w.Canvas()).TypedShortcut(&fyne.ShortcutRedo{}) // Ctrl+Y
	if hasDept() {
		t.Fatal("Ctrl+Y did not redo the deletion")
	}
}

func TestStatusBarTotalsFollowEdits(t *testing.T) {
	m, sess := newTestWindow(t, templateDoc(t))
	planned := app.CountHeads(sess.Doc()).Company.Planned
	want := func(filled, people, unassigned int) string {
		return fmt.Sprintf("编制 %d · 在岗 %d · 空缺 %d · 人员 %d · 未安排 %d", planned, filled, planned-filled, people, unassigned)
	}
	if got := m.status.totals.Text; got != want(1, 2, 1) {
		t.Errorf("totals = %q, want %q", got, want(1, 2, 1))
	}
	role := roleByTitle(t, sess.Doc(), "电商运营")
	if !m.do(app.AssignPerson("p2", role.ID)) {
		t.Fatal("assign failed")
	}
	if got := m.status.totals.Text; got != want(2, 2, 0) {
		t.Errorf("after assigning: %q, want %q", got, want(2, 2, 0))
	}
	if m.status.mode.Text != "组织模式：职能型" {
		t.Errorf("mode = %q", m.status.mode.Text)
	}
}

// shortcutHandler digs the canvas's shortcut handler out of the test
// canvas, which does not expose it: Ctrl+Y is a canvas shortcut.
func shortcutHandler(t *testing.T, c fyne.Canvas) fyne.Shortcutable {
	t.Helper()
	inner := reflect.ValueOf(c).Elem().FieldByName("WindowlessCanvas")
	if !inner.IsValid() {
		t.Fatal("the test canvas has changed shape")
	}
	return inner.Interface().(fyne.Shortcutable)
}
