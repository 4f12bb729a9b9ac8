package scenarios

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/compare/comparetest"
	"orgdesigner/app/i18n"
	"orgdesigner/views/internal/uitest"
	odtheme "orgdesigner/views/theme"
	"orgdesigner/views/wrapped"
)

// TestChangeListCosts: a figure over roles without a salary band reads
// 未设薪酬, never ¥0, and a partly priced one says how many roles lack a
// band; people of the deleted team are under it and go to 未安排.
func TestChangeListCosts(t *testing.T) {
	test.NewTempApp(t)
	i18n.SetLanguage(i18n.Chinese)
	l := NewChangeList()
	l.Show(comparetest.Unpriced(), "当前组织", "重组")
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
		l.Show(comparetest.Unpriced(), "当前组织", "重组")
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
