package card

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"orgdesigner/app/report/textlayout"
	"orgdesigner/data"
)

// shownLines are the lines of text o draws, top to bottom, whatever
// widget draws them (a Fyne label or a wrapped one).
func shownLines(o fyne.CanvasObject) []string {
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

// checkBreaks fails when a line of o starts with closing punctuation or
// ends with opening punctuation (禁则), or when the lines lose text.
func checkBreaks(t *testing.T, what string, o fyne.CanvasObject, text string) {
	t.Helper()
	lines := shownLines(o)
	if strings.Join(lines, "") != strings.ReplaceAll(text, " ", "") && strings.Join(lines, " ") != text {
		t.Errorf("%s: lines %q do not show %q", what, lines, text)
	}
	for i, l := range lines {
		first, _ := utf8.DecodeRuneInString(l)
		last, _ := utf8.DecodeLastRuneInString(l)
		if i > 0 && textlayout.NoStart(first) {
			t.Errorf("%s: line %d starts with %q: %q", what, i, first, lines)
		}
		if i < len(lines)-1 && textlayout.NoEnd(last) {
			t.Errorf("%s: line %d ends with %q: %q", what, i, last, lines)
		}
	}
}

// TestRoleCardWrapsByChineseRules: a role with many holders lists them
// on several lines, and no line starts with the 、 between two names or
// ends with the （ of "(试用)", at any panel width.
func TestRoleCardWrapsByChineseRules(t *testing.T) {
	doc := fixture()
	for i := range 40 {
		st := data.StatusActive
		if i%3 == 0 {
			st = data.StatusProbation
		}
		doc.People = append(doc.People, data.Person{ID: data.ID(fmt.Sprintf("p-x%d", i)), Number: fmt.Sprintf("1%02d", i),
			Name: []string{"欧阳明", "李", "司马相如", "王小二"}[i%4] + fmt.Sprint(i%10), Role: "r-seo", Status: st})
	}
	env := newEnv(t, doc)
	ed := NewRoleEditor(env.s)
	w := newWindow(t, ed, fyne.NewSize(380, 900))
	ed.SetRole("r-seo")
	for width := float32(300); width <= 620; width += 7 {
		w.Resize(fyne.NewSize(width, 900))
		if n := len(shownLines(ed.derived.holders)); n < 2 {
			t.Fatalf("width %v: the holders take %d line", width, n)
		}
		checkBreaks(t, fmt.Sprintf("holders at %v", width), ed.derived.holders, ed.derived.holders.Text)
	}
}

// TestEmptyHintIsReadable: the hint of an empty card is centred across
// the panel, a few lines at most, not a column of single characters.
func TestEmptyHintIsReadable(t *testing.T) {
	env := newEnv(t, fixture())
	ed := NewRoleEditor(env.s)
	newWindow(t, ed, fyne.NewSize(300, 600))
	ed.SetRole("")
	if n := len(shownLines(ed.empty)); n < 1 || n > 3 {
		t.Errorf("the role card's hint takes %d lines: %q", n, shownLines(ed.empty))
	}
	dep := NewDepartmentEditor(env.s)
	newWindow(t, dep, fyne.NewSize(300, 600))
	dep.SetDepartment("")
	if n := len(shownLines(dep.empty)); n < 1 || n > 3 {
		t.Errorf("the department panel's hint takes %d lines: %q", n, shownLines(dep.empty))
	}
}
