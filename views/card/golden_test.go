//go:build !ci

// The markup goldens are checked in the cgo build that `make test` and CI
// run: in the headless -tags ci build one table lays out a pixel or two
// differently (text measuring differs slightly between the two builds).

package card

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

func TestRoleCardMarkup(t *testing.T) {
	env := newEnv(t, fixture())
	ed := NewRoleEditor(env.s)
	w := newWindow(t, ed, fyne.NewSize(560, 900))
	ed.SetRole("r-seo")
	relayout(w)
	test.AssertRendersToMarkup(t, "role_card.xml", w.Canvas())
}

func TestDepartmentPanelMarkup(t *testing.T) {
	env := newEnv(t, fixture())
	ed := NewDepartmentEditor(env.s)
	w := newWindow(t, ed, fyne.NewSize(560, 900))
	ed.SetDepartment("d-ops")
	relayout(w)
	test.AssertRendersToMarkup(t, "department_panel.xml", w.Canvas())
}
