package scenarios

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/compare"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
	"orgdesigner/views/internal/uitest"
	odtheme "orgdesigner/views/theme"
	"orgdesigner/views/wrapped"
)

// unpricedChanges is the real-roster case: no role has a salary band
// before; the scenario adds two roles with bands and deletes a team whose
// people are left without a role.
func unpricedChanges() *compare.Result {
	a := &data.Document{Org: data.Organisation{Name: "睿和"},
		Departments: []data.Department{{ID: "d1", Name: "猎头业务", Order: 1}, {ID: "t1", Name: "长沙-梁杰组", Parent: "d1", Order: 2}, {ID: "d2", Name: "业务中台", Order: 3}},
		Roles: []data.Role{{ID: "r1", Title: "L1", Department: "t1", Planned: 1}, {ID: "r2", Title: "顾问", Department: "d1", Planned: 2},
			{ID: "r3", Title: "专员", Department: "d2", Planned: 1}},
		People: []data.Person{{ID: "p1", Name: "梁杰", Role: "r1"}, {ID: "p2", Name: "甲", Role: "r2"}},
	}
	b := &data.Document{Org: a.Org, Departments: []data.Department{a.Departments[0], a.Departments[2]},
		Roles:  []data.Role{a.Roles[1], a.Roles[2], {ID: "g1", Title: "Growth Lead", Department: "d2", Planned: 1, PayMin: 30000, PayMax: 50000}},
		People: []data.Person{{ID: "p1", Name: "梁杰"}, a.People[1]},
	}
	a.Reindex()
	b.Reindex()
	return compare.Compare(a, b)
}

// TestChangeListCosts: a figure over roles without a salary band reads
// 未设薪酬, never ¥0, and a partly priced one says how many roles lack a
// band; people of the deleted team are under it and go to 未安排.
func TestChangeListCosts(t *testing.T) {
	test.NewTempApp(t)
	i18n.SetLanguage(i18n.Chinese)
	l := NewChangeList()
	l.Show(unpricedChanges(), "当前组织", "重组")
	text := l.total.Text + "\n" + strings.Join(l.Lines(), "\n")
	for _, want := range []string{
		"月成本 未设薪酬 → ¥52,000（2 个岗位未设薪酬）",
		"猎头业务 / 编制 3 → 2（-1）· 在岗 2 → 1（-1） / 月成本 未设薪酬",
		"业务中台 / 编制 1 → 2（+1）· 在岗 0 → 0（±0） / 月成本 未设薪酬 → ¥52,000（1 个岗位未设薪酬）",
		"长沙-梁杰组 / 编制 1 → 0（-1）· 在岗 1 → 0（-1） / 月成本 未设薪酬 → ¥0",
		"人员 梁杰 从 长沙-梁杰组/L1 调至 未安排",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("missing %q in\n%s", want, text)
		}
	}
	if strings.Contains(text, "¥0 →") || strings.Contains(text, "公司层级") {
		t.Errorf("an unpriced figure reads ¥0, or a change sits at company level:\n%s", text)
	}
	heading := ""
	for _, line := range l.Lines() {
		if strings.Contains(line, " / ") {
			heading = line
		}
		if strings.Contains(line, "梁杰 从") && !strings.HasPrefix(heading, "长沙-梁杰组") {
			t.Errorf("梁杰 is listed under %q, not 长沙-梁杰组", heading)
		}
	}
}

// TestChangeListReadable: a change's text is in the theme's text colour
// (4.5:1 on the panel in light and dark), its kind shown by a marker
// that keeps 3:1.
func TestChangeListReadable(t *testing.T) {
	for _, v := range []odtheme.Variant{odtheme.Light, odtheme.Dark} {
		a := test.NewTempApp(t)
		a.Settings().SetTheme(odtheme.New(v))
		i18n.SetLanguage(i18n.Chinese)
		l := NewChangeList()
		w := test.NewTempWindow(t, l.Object())
		w.Resize(fyne.NewSize(420, 900))
		l.Show(unpricedChanges(), "当前组织", "重组")
		w.Canvas().Capture()
		bg := theme.Color(theme.ColorNameBackground)
		if c := odtheme.Contrast(theme.Color(theme.ColorNameForeground), bg); c < 4.5 {
			t.Fatalf("%v: text contrast %.1f", v, c)
		}
		found := false
		uitest.Walk(l.list, func(o fyne.CanvasObject) bool {
			c, ok := o.(*fyne.Container)
			if ok && len(c.Objects) == 2 {
				if m, ok := c.Objects[0].(*canvas.Circle); ok {
					box := c.Objects[1].(*fyne.Container)
					lb := box.Objects[0].(*wrapped.Label)
					if strings.HasPrefix(lb.Text, "新增岗位 Growth Lead") {
						found = true
						if lb.Importance != widget.MediumImportance {
							t.Errorf("%v: %q has importance %v: coloured text is faint", v, lb.Text, lb.Importance)
						}
						if !m.Visible() || odtheme.Contrast(m.FillColor, bg) < 3 {
							t.Errorf("%v: marker of %q hidden or faint (%v)", v, lb.Text, m.FillColor)
						}
						if m.Position().X+m.Size().Width > box.Position().X {
							t.Errorf("%v: the marker overlaps the text", v)
						}
					}
				}
			}
			return true
		})
		if !found {
			t.Errorf("%v: the added role's row is not shown", v)
		}
	}
}
