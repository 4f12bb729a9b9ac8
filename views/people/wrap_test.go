package people

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/views/internal/uitest"
)

// TestNoteWrapsByChineseRules: the note under the list (what a drop did
// or why it was refused) wraps without a line starting with ，。 or
// ending with （“, at every width of the pane.
func TestNoteWrapsByChineseRules(t *testing.T) {
	env := newEnv(t)
	l := NewList(env.s, nil)
	w := newWindow(t, l)
	l.setNote("不能把“欧阳明（试用）”调到“高级内容运营专员（短视频方向）”：该岗位编制 3 人，已满；请先在岗位说明书中增加编制，或者把人放到其他岗位。", widget.DangerImportance)
	for width := float32(300); width <= 700; width += 7 {
		w.Resize(fyne.NewSize(width, 900))
		lines := uitest.Lines(l.note)
		if len(lines) < 2 {
			t.Fatalf("width %v: the note takes %d line", width, len(lines))
		}
		uitest.CheckKinsoku(t, fmt.Sprintf("width %v", width), lines)
	}
}

// TestFormHintIsReadable: with no one selected, the form's hint spans
// the pane (a line or two), not a column of single characters.
func TestFormHintIsReadable(t *testing.T) {
	env := newEnv(t)
	l := NewList(env.s, nil)
	newWindow(t, l)
	if !l.form.empty.Visible() {
		t.Fatal("no hint with no one selected")
	}
	if n := len(uitest.Lines(l.form.empty)); n < 1 || n > 3 {
		t.Errorf("the hint takes %d lines: %q", n, uitest.Lines(l.form.empty))
	}
}
