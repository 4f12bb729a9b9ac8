package people

import (
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/report/textlayout"
)

// drawn are the lines of text o draws, whatever label draws them.
func drawn(o fyne.CanvasObject) []string {
	var out []string
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *canvas.Text:
			if x.Text != "" {
				out = append(out, x.Text)
			}
		case *fyne.Container:
			for _, k := range x.Objects {
				walk(k)
			}
		case fyne.Widget:
			for _, k := range test.WidgetRenderer(x).Objects() {
				walk(k)
			}
		}
	}
	walk(o)
	return out
}

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
		lines := drawn(l.note)
		if len(lines) < 2 {
			t.Fatalf("width %v: the note takes %d line", width, len(lines))
		}
		for i, s := range lines {
			first, _ := utf8.DecodeRuneInString(s)
			last, _ := utf8.DecodeLastRuneInString(s)
			if i > 0 && textlayout.NoStart(first) || i < len(lines)-1 && textlayout.NoEnd(last) {
				t.Errorf("width %v: line %d breaks 禁则: %q", width, i, lines)
			}
		}
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
	if n := len(drawn(l.form.empty)); n < 1 || n > 3 {
		t.Errorf("the hint takes %d lines: %q", n, drawn(l.form.empty))
	}
}
