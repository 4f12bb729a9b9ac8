package views

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/chart"
)

// overlays counts the pop-ups open on the window.
func overlays(m *MainWindow) int { return len(m.Window().Canvas().Overlays().List()) }

func escape(m *MainWindow) bool { return m.onKey(&fyne.KeyEvent{Name: fyne.KeyEscape}) }

func TestDialogsAreModal(t *testing.T) {
	m, sess := newTestWindow(t, templateDoc(t))
	w := m.Window()
	menuItem(t, w, "插入", "员工…").Action()
	if overlays(m) != 1 {
		t.Fatalf("%d pop-ups after Insert > Person, want 1", overlays(m))
	}
	// Neither menus (and their shortcuts), nor the window's keys, nor
	// Ctrl+Y open anything over it.
	menuItem(t, w, "插入", "项目组…").Action()
	menuItem(t, w, "帮助", "关于组织架构设计器").Action()
	triggerShortcut(t, w, &fyne.ShortcutUndo{})
	m.Select(Selection{chart.KindRole, roleByTitle(t, sess.Doc(), "品牌策划").ID})
	m.onKey(&fyne.KeyEvent{Name: fyne.KeyDelete})
	m.onKey(&fyne.KeyEvent{Name: fyne.KeyF2})
	if overlays(m) != 1 {
		t.Errorf("%d pop-ups: a second dialog opened over the first", overlays(m))
	}
	if m.status.message.Text != "请先关闭打开的对话框。" {
		t.Errorf("status says %q", m.status.message.Text)
	}
	if roleByTitle(t, sess.Doc(), "品牌策划") == nil || m.chart.Renaming() {
		t.Error("Delete or F2 acted behind the dialog")
	}
	if !escape(m) || overlays(m) != 0 {
		t.Fatalf("Esc left %d pop-ups", overlays(m))
	}
	// Closed, the commands work again.
	menuItem(t, w, "插入", "项目组…").Action()
	if overlays(m) != 1 {
		t.Errorf("after closing the dialog, Insert > Project team opened %d pop-ups", overlays(m))
	}
}

func TestEscClosesEveryDialog(t *testing.T) {
	m, sess := newTestWindow(t, templateDoc(t))
	w := m.Window()
	var answered []string
	cases := []struct {
		name string
		open func()
	}{
		{"question", func() {
			ask(w, "删除", "删除吗？", "删除", func() { answered = append(answered, "yes") })
		}},
		{"error", func() { showError(w, "出错了") }},
		{"form", func() { m.insertPerson() }},
		{"about", func() { m.about() }},
		{"project editor", func() { m.newProject() }},
		{"plain information", func() { dialog.ShowInformation("提示", "完成", w) }},
	}
	for _, c := range cases {
		c.open()
		if overlays(m) != 1 {
			t.Fatalf("%s: %d pop-ups open", c.name, overlays(m))
		}
		if !escape(m) {
			t.Errorf("%s: Esc was not handled", c.name)
		}
		if overlays(m) != 0 {
			t.Errorf("%s: still open after Esc", c.name)
			for i := 0; i < 3 && overlays(m) > 0; i++ {
				w.Canvas().Overlays().Remove(w.Canvas().Overlays().Top())
			}
		}
	}
	if len(answered) != 0 {
		t.Errorf("Esc confirmed a question: %v", answered)
	}

	// The team editor's owner picker drops down inside the editor (not a
	// second dialog); Esc closes it first, then the editor.
	m.newProject()
	test.Tap(findButton(t, w, "（无负责人）— 选择…"))
	if overlays(m) != 2 {
		t.Fatalf("%d pop-ups with the owner picker open, want 2", overlays(m))
	}
	if p, ok := unwrapOverlay(w.Canvas().Overlays().Top()).(*widget.PopUp); !ok || isModal(p) {
		t.Error("the owner picker is a dialog over the editor, want a drop-down in it")
	}
	menuItem(t, w, "插入", "员工…").Action()
	if overlays(m) != 2 {
		t.Error("a menu command opened a dialog over the editor while its picker was open")
	}
	escape(m)
	if overlays(m) != 1 {
		t.Errorf("Esc over the picker left %d pop-ups, want the editor", overlays(m))
	}
	escape(m)
	if overlays(m) != 0 || len(sess.Doc().Projects) != 1 {
		t.Errorf("second Esc: %d pop-ups, %d teams", overlays(m), len(sess.Doc().Projects))
	}

	// A progress dialog without buttons stays: Esc does not abandon work.
	p := dialog.NewCustomWithoutButtons("导入中", widget.NewProgressBarInfinite(), w)
	p.Show()
	if escape(m) || overlays(m) != 1 {
		t.Error("Esc closed a dialog that has no way to cancel")
	}
	p.Hide()
	if escape(m) {
		t.Error("Esc with nothing open reported closing something")
	}
}
