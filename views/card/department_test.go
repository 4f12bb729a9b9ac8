package card

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"orgdesigner/data"
	"orgdesigner/views/card/field"
)

func TestDepartmentEditorEdits(t *testing.T) {
	env := newEnv(t, fixture())
	ed := NewDepartmentEditor(env.s)
	w := newWindow(t, ed, fyne.NewSize(560, 900))
	ed.SetDepartment("d-ops")

	typeInto(t, w, ed.name, "数字运营部")
	typeInto(t, w, ed.positioning, "负责全渠道运营")
	typeInto(t, w, ed.motto, "数据驱动,精细运营")
	pick(t, ed.head, "SEO优化师")
	test.Tap(ed.palette.swatches[3]) // the third palette colour
	pick(t, ed.parent, "市场部")

	got := env.reopen().Department("d-ops")
	want := data.Department{ID: "d-ops", Name: "数字运营部", Parent: "d-mkt", Positioning: "负责全渠道运营",
		Motto: "数据驱动,精细运营", Head: "r-seo", Color: Palette[2], Order: got.Order}
	if got.Name != want.Name || got.Parent != want.Parent || got.Positioning != want.Positioning ||
		got.Motto != want.Motto || got.Head != want.Head || got.Color != want.Color {
		t.Errorf("department = %+v\nwant %+v", *got, want)
	}
}

func TestDepartmentEditorRefusesCycle(t *testing.T) {
	env := newEnv(t, fixture())
	ed := NewDepartmentEditor(env.s)
	newWindow(t, ed, fyne.NewSize(560, 900))
	ed.SetDepartment("d-ops")
	pick(t, ed.parent, "运营部 / 搜索组")
	if !ed.parentMsg.Visible() || !strings.Contains(ed.parentMsg.Text, "不能移到自身或其下级部门") {
		t.Errorf("cycle message = %q", ed.parentMsg.Text)
	}
	if ed.parent.Selected != "顶层（无上级部门）" {
		t.Errorf("parent select shows %q after the refusal", ed.parent.Selected)
	}
	if p := env.s.Doc().Department("d-ops").Parent; p != "" {
		t.Errorf("parent saved as %q", p)
	}
}

func TestDepartmentEditorColourAndHeadcount(t *testing.T) {
	env := newEnv(t, fixture())
	ed := NewDepartmentEditor(env.s)
	w := newWindow(t, ed, fyne.NewSize(560, 900))
	ed.SetDepartment("d-mkt")
	if !ed.palette.swatches[1].chosen {
		t.Error("the department's palette colour is not ticked")
	}
	typeInto(t, w, ed.color, "#12345")
	if !ed.colorMsg.Visible() {
		t.Error("no message for a bad colour")
	}
	typeInto(t, w, ed.color, "#abcdef")
	if got := env.s.Doc().Department("d-mkt").Color; got != "#ABCDEF" {
		t.Errorf("colour = %q", got)
	}
	w.Canvas().Focus(ed.palette.swatches[0])
	ed.palette.swatches[0].TypedRune(' ')
	if got := env.s.Doc().Department("d-mkt").Color; got != "" {
		t.Errorf("the no-colour swatch left %q", got)
	}

	// The table: 市场经理 planned 1, held by someone who left.
	rows := ed.table.rows.Objects
	if len(rows) != 3 { // one role, separator, total
		t.Fatalf("%d table rows", len(rows))
	}
	cells := rows[0].(*fyne.Container).Objects
	if b := cells[0].(*field.Button); b.Text != "市场经理" {
		t.Errorf("first row names %q", b.Text)
	}
	opened := data.ID("")
	ed.OnOpenRole = func(id data.ID) { opened = id }
	test.Tap(cells[0].(*field.Button))
	if opened != "r-mkt" {
		t.Errorf("tapping the role opened %q", opened)
	}
	test.Tap(ed.addRole)
	if r := env.s.Doc().Role(opened); r == nil || r.Department != "d-mkt" || r.ReportsTo != "r-mkt" || r.Title != "新岗位" {
		t.Errorf("added role = %+v", r)
	}
	if len(ed.table.rows.Objects) != 4 {
		t.Errorf("the table did not grow with the new role")
	}
}

func TestLibraryAddsRoleCopy(t *testing.T) {
	env := newEnv(t, fixture())
	src := data.Role{ID: "lib-writer", Title: "文案策划", Department: "dept-brand", Planned: 2,
		Purpose:          "产出品牌内容",
		Responsibilities: []data.Responsibility{{Text: "撰写品牌文案", Examples: []string{"公众号推文"}}},
		KPIs:             []data.KPI{{Indicator: "稿件数", Cycle: "月"}},
		Suggested:        []string{data.FieldPurpose}}
	l := NewLibrary(env.s)
	l.source = func(string) []data.Role { return []data.Role{src} }
	l.lang = "" // reload the source
	l.reload()
	newWindow(t, l, fyne.NewSize(500, 400))
	var added data.ID
	l.OnAdded = func(id data.ID) { added = id }

	test.Tap(l.add)
	if !l.msg.Visible() {
		t.Error("adding without a template role gave no message")
	}
	pick(t, l.role, "文案策划")
	if !strings.Contains(l.preview.Text, "撰写品牌文案") {
		t.Errorf("preview = %q", l.preview.Text)
	}
	l.SetDepartment("d-ops")
	test.Tap(l.add)
	r := env.s.Doc().Role(added)
	if r == nil {
		t.Fatal("no role added")
	}
	if r.ID == src.ID || r.Department != "d-ops" || r.ReportsTo != "r-ops" || r.Purpose != src.Purpose ||
		len(r.Responsibilities) != 1 || r.Responsibilities[0].Examples[0] != "公众号推文" ||
		!data.IsSuggested(r.Suggested, data.FieldPurpose) {
		t.Errorf("added role = %+v", *r)
	}
	// The copy is independent of the library's role.
	r2 := env.s.Doc().Role(added)
	src.Responsibilities[0].Text = "changed"
	if r2.Responsibilities[0].Text != "撰写品牌文案" {
		t.Error("the added role shares memory with the library")
	}
}

func TestLibraryOffersTemplateRoles(t *testing.T) {
	env := newEnv(t, fixture())
	l := NewLibrary(env.s)
	if len(l.roles) == 0 {
		t.Skip("no built-in template offers a role library yet")
	}
	if l.add.Disabled() {
		t.Error("add is disabled though there are template roles")
	}
	for _, label := range l.labels.Labels {
		if !strings.Contains(label, " · ") {
			t.Errorf("library role %q is not labelled with its template department", label)
		}
	}
}
