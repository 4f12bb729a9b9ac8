package card

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"

	"orgdesigner/data"
	"orgdesigner/views/internal/uitest"
)

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
		if n := len(uitest.Lines(ed.derived.holders)); n < 2 {
			t.Fatalf("width %v: the holders take %d line", width, n)
		}
		uitest.CheckBreaks(t, fmt.Sprintf("holders at %v", width), ed.derived.holders, ed.derived.holders.Text)
	}
}

// TestEmptyHintIsReadable: the hint of an empty card is centred across
// the panel, a few lines at most, not a column of single characters.
func TestEmptyHintIsReadable(t *testing.T) {
	env := newEnv(t, fixture())
	ed := NewRoleEditor(env.s)
	newWindow(t, ed, fyne.NewSize(300, 600))
	ed.SetRole("")
	if n := len(uitest.Lines(ed.empty)); n < 1 || n > 3 {
		t.Errorf("the role card's hint takes %d lines: %q", n, uitest.Lines(ed.empty))
	}
	dep := NewDepartmentEditor(env.s)
	newWindow(t, dep, fyne.NewSize(300, 600))
	dep.SetDepartment("")
	if n := len(uitest.Lines(dep.empty)); n < 1 || n > 3 {
		t.Errorf("the department panel's hint takes %d lines: %q", n, uitest.Lines(dep.empty))
	}
}
