package card

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// The card panel is narrow (about 380 px beside the chart): a
// responsibility's text must get the panel's width, not what is left
// beside the weight and the buttons, and must show all its lines.
func TestResponsibilityUsesPanelWidth(t *testing.T) {
	doc := fixture()
	long := strings.Repeat("研究主流搜索引擎算法并制定优化方案", 4)
	for i := range doc.Roles {
		if doc.Roles[i].ID == "r-seo" {
			doc.Roles[i].Responsibilities[0].Text = long
		}
	}
	env := newEnv(t, doc)
	ed := NewRoleEditor(env.s)
	w := newWindow(t, ed, fyne.NewSize(380, 700))
	ed.SetRole("r-seo")
	relayout(w)

	text := ed.resp.rows[0].text
	if got, min := text.Size().Width, 0.75*w.Canvas().Size().Width; got < min {
		t.Errorf("responsibility text is %v wide in a %v panel, want at least %v", got, w.Canvas().Size().Width, min)
	}
	if h, need := text.Size().Height, text.MinSize().Height; h < need {
		t.Errorf("responsibility text is %v high but needs %v: it scrolls inside", h, need)
	}
	short := ed.resp.rows[1].text
	if text.Size().Height <= short.Size().Height {
		t.Errorf("a four-line responsibility (%v high) is no taller than a one-line one (%v)", text.Size().Height, short.Size().Height)
	}
}

// The mouse wheel over a multi-line field scrolls the card: the fields grow
// with their text and never scroll themselves.
func TestWheelOverFieldScrollsCard(t *testing.T) {
	env := newEnv(t, fixture())
	ed := NewRoleEditor(env.s)
	w := newWindow(t, ed, fyne.NewSize(380, 500))
	ed.SetRole("r-seo")
	relayout(w)
	purpose := ed.texts.byName["purpose"].entry
	ed.reveal(purpose)
	before := ed.scroll.Offset.Y
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(purpose).Add(fyne.NewPos(20, 10))
	test.Scroll(w.Canvas(), pos, 0, -60)
	if ed.scroll.Offset.Y <= before {
		t.Errorf("card offset %v after the wheel over 岗位目的, was %v: the field took the wheel", ed.scroll.Offset.Y, before)
	}
}

// A real roster's departments are deep slash paths
// (北京睿和良木管理咨询有限公司/猎头业务/南京/南京团队/南京-程晴组): the
// department card's title shows that whole path, and it must wrap within
// the panel rather than make the panel as wide as the path and squeeze
// the chart beside it.
func TestDepartmentTitleDoesNotWidenPanel(t *testing.T) {
	short := fixture()
	env := newEnv(t, short)
	ed := NewDepartmentEditor(env.s)
	w := newWindow(t, ed, fyne.NewSize(380, 700))
	ed.SetDepartment("d-seo")
	relayout(w)
	want := ed.MinSize().Width

	deep := fixture()
	names := []string{"北京睿和良木管理咨询有限公司", "猎头业务", "南京", "南京团队", "南京-程晴组"}
	parent := data.ID("")
	for i, n := range names {
		id := data.ID("d-deep" + string(rune('0'+i)))
		deep.Departments = append(deep.Departments, data.Department{ID: id, Name: n, Parent: parent, Order: 10 + i})
		parent = id
	}
	env2 := newEnv(t, deep)
	ed2 := NewDepartmentEditor(env2.s)
	w2 := newWindow(t, ed2, fyne.NewSize(380, 700))
	ed2.SetDepartment(parent)
	relayout(w2)
	if got := ed2.MinSize().Width; got > want {
		t.Errorf("department card for a five-level path needs %v px, a short one %v px: the title widens the panel", got, want)
	}
	if h, one := ed2.title.Size().Height, ed.title.Size().Height; h <= one {
		t.Errorf("the five-level title is %v high, a one-line title %v: it does not wrap in a 380 px panel", h, one)
	}
}

// The headcount table's column headings are one line each: in English
// "Planned" and "Vacant" are wider than the numbers the columns were sized
// by, and a wrapping heading broke them as "Plann/ed" and "Vacan/t".
func TestHeadcountHeadingsOneLine(t *testing.T) {
	i18n.SetLanguage(i18n.English)
	t.Cleanup(func() { i18n.SetLanguage(i18n.Chinese) })
	env := newEnv(t, fixture())
	ed := NewDepartmentEditor(env.s)
	w := newWindow(t, ed, fyne.NewSize(380, 900))
	ed.SetDepartment("d-ops")
	relayout(w)
	cells := ed.table.head.Objects
	line := cells[0].Size().Height // "Role"
	for _, c := range cells[1:] {
		l := c.(*widget.Label)
		one := widget.NewLabel(l.Text) // the heading on one line
		one.SizeName = l.SizeName
		if c.Size().Height > line || c.Size().Width < one.MinSize().Width {
			t.Errorf("heading %q is %v in its column: it wraps", l.Text, c.Size())
		}
	}
}

// Renaming a role must not move the card's fields: the user types a new
// title, presses Enter and clicks the next field where it was. A title
// that wrapped onto a second line pushed the form down by a line, so the
// click meant for 月薪带宽 landed in 职级.
func TestRoleRenameKeepsFieldsInPlace(t *testing.T) {
	env := newEnv(t, fixture())
	ed := NewRoleEditor(env.s)
	w := newWindow(t, ed, fyne.NewSize(380, 700))
	ed.SetRole("r-sem")
	relayout(w)
	d := fyne.CurrentApp().Driver()
	before := d.AbsolutePositionForObject(ed.basic.grade)
	for _, title := range []string{"Growth Lead", "Head of Growth and Performance Marketing", "增长负责人（华北区效果营销与渠道合作）"} {
		typeInto(t, w, ed.basic.title, title)
		relayout(w)
		if ed.header.title.Text != title {
			t.Fatalf("header shows %q after renaming to %q", ed.header.title.Text, title)
		}
		if after := d.AbsolutePositionForObject(ed.basic.grade); after != before {
			t.Errorf("after renaming to %q the grade field moved from %v to %v", title, before, after)
		}
	}
}
