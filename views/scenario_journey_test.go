package views

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
)

// TestScenarioJourneyFromTemplateStage goes as a new user would: from the
// template, make the 初创期 scenario the template suggests (four
// departments), compare it with the current organisation, open the change
// report, adopt it and undo the adoption.
func TestScenarioJourneyFromTemplateStage(t *testing.T) {
	m, sess := newTestWindow(t, templateDoc(t))
	w := m.Window()
	menuItem(t, w, scenarioMenu, "新建方案…").Action()
	d := m.newDialog
	stage := -1
	for i, o := range d.From.Options {
		if strings.Contains(o, "阶段建议：初创期") {
			stage = i
		}
	}
	if stage < 0 {
		t.Fatalf("the template's stage suggestions are not offered: %v", d.From.Options)
	}
	d.From.SetSelectedIndex(stage)
	if !strings.HasPrefix(d.Name.Text, "初创期") {
		t.Errorf("suggested name %q", d.Name.Text)
	}
	d.Submit()
	list := sess.Scenarios()
	if len(list) != 1 || !list[0].Suggested || sess.Scenario() != list[0].ID {
		t.Fatalf("scenarios %+v, open %q", list, sess.Scenario())
	}
	if n := len(sess.Doc().ChildDepartments("")); n != 4 {
		t.Errorf("the 初创期 scenario has %d top-level departments, want 4", n)
	}
	if got := m.scenarios.sel.Selected; !strings.HasSuffix(got, "（建议）") {
		t.Errorf("the selector shows %q, not marked as a suggestion", got)
	}
	// Compare with the current organisation (the default pair).
	triggerShortcut(t, w, shortcut(fyne.KeyK, true))
	findButton(t, w, "对比").OnTapped()
	cmp := m.Comparing()
	if cmp == nil || !strings.Contains(strings.Join(cmp.Lines(), "\n"), "撤销部门") {
		t.Fatal("compare mode shows no removed departments")
	}
	menuItem(t, w, scenarioMenu, "打印变更报告…").Action()
	if !strings.Contains(dialogText(m), "打印变更报告") {
		t.Error("the change report dialog did not open")
	}
	escape(m)
	// Adopt, then undo the adoption.
	menuItem(t, w, scenarioMenu, "采用方案…").Action()
	findButton(t, w, "采用").OnTapped()
	if sess.Scenario() != "" || len(sess.Doc().ChildDepartments("")) != 4 {
		t.Fatalf("after adopting: open %q, %d departments", sess.Scenario(), len(sess.Doc().ChildDepartments("")))
	}
	// Compare mode goes on: the kept organisation against the adopted one.
	if cmp := m.Comparing(); cmp == nil {
		t.Error("adopting closed compare mode")
	} else if !strings.HasSuffix(cmp.Title(), "之前到当前组织的变更") || len(cmp.Result().Changes) == 0 {
		t.Errorf("after adopting compare mode shows %q", cmp.Title())
	}
	triggerShortcut(t, w, &fyne.ShortcutUndo{})
	if sess.Scenario() != list[0].ID || len(sess.Doc().ChildDepartments("")) != 4 {
		t.Fatalf("undo of adopt: open %q", sess.Scenario())
	}
	if cmp := m.Comparing(); cmp == nil || cmp.Title() != "从当前组织到初创期：扁平化+职能型的变更" {
		t.Error("after undoing the adoption compare mode should show today's organisation against the scenario again")
	}
	cur, _ := sess.ScenarioDoc("")
	if n := len(cur.ChildDepartments("")); n != 8 {
		t.Errorf("undo of adopt: the current organisation has %d departments, want the template's 8", n)
	}
}
