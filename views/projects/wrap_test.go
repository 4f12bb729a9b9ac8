package projects

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"orgdesigner/views/internal/uitest"
	"orgdesigner/views/wrapped"
)

// findWrapped returns the first wrapped label under o whose text contains
// text, and the lines it draws.
func findWrapped(o fyne.CanvasObject, text string) (*wrapped.Label, []string) {
	l := uitest.Find(o, func(l *wrapped.Label) bool { return strings.Contains(l.Text, text) })
	if l == nil {
		return nil, nil
	}
	return l, uitest.Lines(l)
}

// TestDeleteQuestionWraps: the delete-team question is a wrapped label
// (Fyne's confirm dialog starts lines with 。，), whole and on several lines.
func TestDeleteQuestionWraps(t *testing.T) {
	newTestApp(t)
	doc := smallDoc()
	doc.Projects[0].Name = "2027年“双十一”全渠道整合营销（直播、短视频、私域）攻坚项目组"
	sess := newSession(t, doc)
	w := newWindow(t)
	ConfirmDelete(sess, w, "t618", nil)
	l, lines := findWrapped(&fyne.Container{Objects: w.Canvas().Overlays().List()}, "攻坚项目组")
	if l == nil {
		t.Fatal("the question is not a wrapped label")
	}
	if len(lines) < 2 || strings.Join(lines, "") != strings.ReplaceAll(l.Text, " ", "") && len(strings.Join(lines, "")) < len(l.Text)-3 {
		t.Errorf("question shown as %q", lines)
	}
	uitest.CheckKinsoku(t, "question", lines)
}

// TestCardGoalWraps: a long goal on a team's card wraps by 禁则 at every
// width of the list.
func TestCardGoalWraps(t *testing.T) {
	newTestApp(t)
	doc := smallDoc()
	doc.Projects[0].Goal = "在“双十一”大促期间完成全渠道GMV 5000万元，其中直播间成交占比不低于40%；新增私域用户（企业微信好友）20万人，复购率提升至35%。"
	sess := newSession(t, doc)
	l := NewList(sess, nil)
	w := test.NewTempWindow(t, l)
	for width := float32(260); width <= 560; width += 6 {
		w.Resize(fyne.NewSize(width, 700))
		g, lines := findWrapped(w.Canvas().Content(), "双十一")
		if g == nil {
			t.Fatal("the goal is not a wrapped label")
		}
		if len(lines) < 2 {
			t.Fatalf("width %v: goal on %d line", width, len(lines))
		}
		uitest.CheckKinsoku(t, "goal", lines)
	}
}
