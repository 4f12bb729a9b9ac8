package projects

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/data"
)

func newWindow(t *testing.T) fyne.Window {
	t.Helper()
	w := test.NewTempWindow(t, widget.NewLabel(""))
	w.Resize(fyne.NewSize(1000, 800))
	return w
}

func date(s string) *time.Time {
	d, err := time.Parse(dateLayout, s)
	if err != nil {
		panic(err)
	}
	return &d
}

func TestEditorCreatesTeamUndoably(t *testing.T) {
	newTestApp(t)
	sess := newSession(t, smallDoc())
	w := newWindow(t)
	var saved data.ID
	e := ShowEditor(sess, w, "", func(id data.ID) { saved = id })

	test.Type(e.name, "官网改版项目组")
	e.start.SetDate(date("2027-01-05"))
	e.end.SetDate(date("2027-03-31"))
	e.goal.SetText("上线新官网")
	e.team.OwnerPerson = "p2"
	e.addMember(data.Member{Role: "dev"})
	e.addMember(data.Member{Person: "p2"})
	e.addMember(data.Member{Role: "dev"}) // a second time is ignored
	e.members.Objects[0].(*fyne.Container).Objects[0].(*fyne.Container).Objects[1].(*widget.Entry).SetText(" 开发 ")
	test.Tap(findButton(w.Canvas(), "保存"))

	if saved == "" {
		t.Fatal("OnSaved was not called")
	}
	got := sess.Doc().Project(saved)
	if got == nil {
		t.Fatal("team not stored")
	}
	want := data.ProjectTeam{ID: saved, Name: "官网改版项目组", OwnerPerson: "p2", Start: "2027-01-05", End: "2027-03-31",
		Goal: "上线新官网", Members: []data.Member{{Role: "dev", ProjectRole: "开发"}, {Person: "p2"}}, Order: 1}
	if !equalTeam(*got, want) {
		t.Errorf("stored %+v\nwant   %+v", *got, want)
	}
	if ok, label := sess.CanUndo(); !ok || label != "添加项目组" {
		t.Errorf("undo = %v %q", ok, label)
	}
	if err := sess.Undo(); err != nil || sess.Doc().Project(saved) != nil {
		t.Errorf("undo did not remove the team: %v", err)
	}
}

func equalTeam(a, b data.ProjectTeam) bool {
	if a.ID != b.ID || a.Name != b.Name || a.OwnerRole != b.OwnerRole || a.OwnerPerson != b.OwnerPerson ||
		a.Start != b.Start || a.End != b.End || a.Goal != b.Goal || a.Order != b.Order || len(a.Members) != len(b.Members) {
		return false
	}
	for i := range a.Members {
		if a.Members[i] != b.Members[i] {
			return false
		}
	}
	return true
}

func TestEditorEditsAndRemovesMembers(t *testing.T) {
	newTestApp(t)
	sess := newSession(t, smallDoc())
	w := newWindow(t)
	e := ShowEditor(sess, w, "t618", nil)
	if e.name.Text != "618大促项目组" || e.start.Date == nil || e.start.Date.Format(dateLayout) != "2027-04-20" {
		t.Fatalf("editor did not load the team: %q %v", e.name.Text, e.start.Date)
	}
	if e.owner.Text != "市场经理" {
		t.Errorf("owner shows %q", e.owner.Text)
	}
	e.removeMember(1) // the designer
	e.onClearOwner()
	e.goal.SetText("新目标")
	e.onSave()

	got := sess.Doc().Project("t618")
	if got.Goal != "新目标" || got.OwnerRole != "" || len(got.Members) != 2 || got.Members[1].Person != "p1" {
		t.Errorf("stored %+v", *got)
	}
	if _, label := sess.CanUndo(); label != "编辑项目组 618大促项目组" {
		t.Errorf("undo label %q", label)
	}
	if err := sess.Undo(); err != nil || len(sess.Doc().Project("t618").Members) != 3 {
		t.Errorf("undo did not restore the members: %v", err)
	}
}

func TestEditorRefusesBadInput(t *testing.T) {
	tests := []struct {
		name    string
		fill    func(e *Editor)
		problem string
	}{
		{"empty name", func(e *Editor) { e.name.SetText("  ") }, "请为项目组填写名称。"},
		{"end before start", func(e *Editor) {
			e.name.SetText("x")
			e.start.SetDate(date("2027-05-01"))
			e.end.SetDate(date("2027-04-01"))
		}, "结束日期早于开始日期。"},
		{"typed text that is no date", func(e *Editor) {
			e.name.SetText("x")
			e.start.SetText("下周")
		}, "开始日期不是有效日期。"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			newTestApp(t)
			sess := newSession(t, smallDoc())
			e := ShowEditor(sess, newWindow(t), "", nil)
			tt.fill(e)
			e.onSave()
			if !e.problem.Visible() || e.problem.Text != tt.problem {
				t.Errorf("problem = %q (visible %v), want %q", e.problem.Text, e.problem.Visible(), tt.problem)
			}
			if len(sess.Doc().Projects) != 1 {
				t.Error("a team was saved despite the problem")
			}
		})
	}
}

func TestPickerFiltersAndPicks(t *testing.T) {
	newTestApp(t)
	sess := newSession(t, smallDoc())
	w := newWindow(t)
	var got data.Member
	p := showPicker("选择", sess.Doc(), func(m data.Member) bool { return m.Role == "gm" }, w, nil, func(m data.Member) { got = m })
	if len(p.all) != 5 { // 3 roles (gm skipped) + 2 people
		t.Fatalf("%d candidates, want 5", len(p.all))
	}
	test.Type(p.search, "张")
	if len(p.shown) != 1 || p.shown[0].member.Person != "p1" {
		t.Fatalf("filter 张 shows %+v", p.shown)
	}
	p.search.OnSubmitted(p.search.Text)
	if got.Person != "p1" {
		t.Errorf("picked %+v", got)
	}
}

func TestConfirmDeleteDeletesUndoably(t *testing.T) {
	newTestApp(t)
	sess := newSession(t, smallDoc())
	w := newWindow(t)
	var done bool
	ConfirmDelete(sess, w, "t618", func(err error) { done = err == nil })
	test.Tap(findButton(w.Canvas(), "删除"))
	if !done || sess.Doc().Project("t618") != nil {
		t.Fatal("team not deleted")
	}
	if err := sess.Undo(); err != nil || sess.Doc().Project("t618") == nil {
		t.Errorf("undo did not restore the team: %v", err)
	}
}
