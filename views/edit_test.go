package views

import (
	"testing"

	"fyne.io/fyne/v2"

	"orgdesigner/app/chart"
	"orgdesigner/data"
)

func TestOutlineKeysRenameAndDelete(t *testing.T) {
	m, sess := newTestWindow(t, templateDoc(t))
	role := roleByTitle(t, sess.Doc(), "视觉设计师") // nobody holds it: no question asked
	m.outline.tree.Select(rolePrefix + string(role.ID))

	m.outline.tree.TypedKey(&fyne.KeyEvent{Name: fyne.KeyF2})
	if !m.chart.Renaming() {
		t.Error("F2 in the outline should open the chart's in-place rename")
	}
	m.Window().Canvas().Focus(m.outline.tree)

	m.outline.tree.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDelete})
	if sess.Doc().Role(role.ID) != nil {
		t.Fatal("Delete in the outline did not delete the selected role")
	}
	m.refresh()
	if m.Selected().Kind == chart.KindRole && m.Selected().ID == role.ID {
		t.Error("the deleted role is still selected")
	}
	if _, ok := m.outline.children[rolePrefix+string(role.ID)]; ok {
		t.Error("the outline still lists the deleted role")
	}
	m.Undo()
	if sess.Doc().Role(role.ID) == nil {
		t.Error("undo did not restore the role")
	}
}

func TestMenuAddsChildRoleUnderSelection(t *testing.T) {
	m, sess := newTestWindow(t, templateDoc(t))
	boss := roleByTitle(t, sess.Doc(), "数字运营部经理")
	m.Select(Selection{chart.KindRole, boss.ID})
	before := len(sess.Doc().Roles)

	menuItem(t, m.Window(), "编辑", "添加下级岗位").Action()

	if len(sess.Doc().Roles) != before+1 {
		t.Fatalf("%d roles, want %d", len(sess.Doc().Roles), before+1)
	}
	sel := m.Selected()
	added := sess.Doc().Role(sel.ID)
	if sel.Kind != chart.KindRole || added == nil || added.ReportsTo != boss.ID || added.Department != boss.Department {
		t.Fatalf("selection %+v, new role %+v", sel, added)
	}
	if m.outline.current != rolePrefix+string(added.ID) || m.card.role.Role() != added.ID {
		t.Errorf("outline %q, card %q: both should show the new role", m.outline.current, m.card.role.Role())
	}
	if !m.chart.Renaming() {
		t.Error("a new role should open for typing its title")
	}
	if it := menuItem(t, m.Window(), "编辑", "撤销：添加岗位"); it.Disabled {
		t.Error("the addition should be undoable from the menu")
	}
}

func TestCommandsFollowSelection(t *testing.T) {
	m, sess := newTestWindow(t, templateDoc(t))
	w := m.Window()
	if !menuItem(t, w, "编辑", "复制岗位").Disabled || !menuItem(t, w, "编辑", "删除").Disabled {
		t.Error("with the company selected, Duplicate and Delete should be disabled")
	}
	if !m.toolbar.sibling.Disabled() || !m.toolbar.del.Disabled() {
		t.Error("toolbar: Add sibling and Delete should be disabled for the company")
	}
	m.Select(Selection{chart.KindRole, roleByTitle(t, sess.Doc(), "品牌策划").ID})
	if menuItem(t, w, "编辑", "复制岗位").Disabled || m.toolbar.sibling.Disabled() {
		t.Error("with a role selected, Duplicate and Add sibling should be enabled")
	}
	m.SetView(data.ModeProject)
	if menuItem(t, w, "插入", "部门").Disabled || m.toolbar.child.Disabled() || m.toolbar.dept.Disabled() {
		t.Error("the project view must not grey out structure edits")
	}
}
