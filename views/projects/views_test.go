package projects

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app"
	"orgdesigner/data"
	"orgdesigner/views/wrapped"
)

func TestMatrixShowsMembersInCells(t *testing.T) {
	newTestApp(t)
	sess := newSession(t, smallDoc())
	m := NewMatrix(sess)
	w := test.NewTempWindow(t, m)
	w.Resize(fyne.NewSize(640, 320))

	test.AssertRendersToMarkup(t, "matrix.xml", w.Canvas())

	var picked [2]data.ID
	m.OnSelected = func(dept, team data.ID) { picked = [2]data.ID{dept, team} }
	m.table.Select(widget.TableCellID{Row: 1, Col: 0})
	if picked != [2]data.ID{"brand", "t618"} {
		t.Errorf("selecting a cell gave %v", picked)
	}
}

func TestMatrixFollowsEdits(t *testing.T) {
	newTestApp(t)
	sess := newSession(t, smallDoc())
	m := NewMatrix(sess)
	test.NewTempWindow(t, m)
	team := data.CloneProject(*sess.Doc().Project("t618"))
	team.Members = append(team.Members, data.Member{Role: "dev", ProjectRole: "架构"})
	if err := sess.Do(app.UpdateProject(team)); err != nil {
		t.Fatal(err)
	}
	m.Reload()
	cell := m.Grid().Cells[2][0]
	if len(cell) != 2 || cell[1] != "开发工程师 · 架构" {
		t.Errorf("IT cell = %q", cell)
	}
	if err := sess.Do(app.DeleteProject("t618")); err != nil {
		t.Fatal(err)
	}
	m.Reload()
	if m.table.Visible() || !m.empty.Visible() {
		t.Error("with no teams the grid should give way to the empty state")
	}
}

func TestListShowsTeamsAndDeletes(t *testing.T) {
	newTestApp(t)
	sess := newSession(t, smallDoc())
	w := newWindow(t)
	l := NewList(sess, w)
	w.SetContent(l)
	if len(l.cards.Objects) != 1 {
		t.Fatalf("%d cards, want 1", len(l.cards.Objects))
	}
	card := l.cards.Objects[0].(*widget.Card)
	if card.Title != "618大促项目组" || !strings.Contains(card.Subtitle, "负责人：市场经理") || !strings.Contains(card.Subtitle, "2027-04-20 – 2027-06-30") {
		t.Errorf("card %q / %q", card.Title, card.Subtitle)
	}
	groups := memberGroups(sess.Doc(), sess.Doc().Project("t618"))
	if len(groups) != 3 || groups[0].name != "市场部" || groups[2].lines[0] != "张三 (开发工程师) · 技术保障" {
		t.Errorf("groups %+v", groups)
	}

	var changed bool
	l.OnChanged = func(data.ID) { changed = true }
	test.Tap(findButton(w.Canvas(), "删除…"))
	test.Tap(findButton(w.Canvas(), "删除"))
	l.Reload()
	if !changed || sess.Doc().Project("t618") != nil {
		t.Fatal("delete from the list did not delete the team")
	}
	if _, ok := l.cards.Objects[0].(*wrapped.Label); !ok {
		t.Error("an empty list should explain project teams")
	}
}
