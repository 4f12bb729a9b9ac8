package chartview

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"orgdesigner/app/i18n"
)

// Switching the UI language in the settings redraws the chart in the new
// language: the level switch and the cards' captions, which are cached
// per layout (they stayed in the old language until the next edit).
func TestRelabelFollowsLanguage(t *testing.T) {
	c, _, w := setup(t, fixture(), fyne.NewSize(900, 600))
	t.Cleanup(func() { i18n.SetLanguage("en") })
	counts := func() string {
		w.Canvas().Capture() // draws the cards, laying their text out
		var all []string
		for _, ct := range c.texts {
			all = append(all, ct.count)
		}
		return strings.Join(all, "|")
	}
	if got := counts(); !strings.Contains(got, "filled") {
		t.Fatalf("English cards say %q", got)
	}
	i18n.SetLanguage("zh")
	c.Relabel()
	if got := counts(); strings.Contains(got, "filled") || !strings.Contains(got, "在岗") {
		t.Errorf("after switching to Chinese the cards say %q", got)
	}
	if c.levels.label.Text != "层级" || c.levels.buttons[MaxLevel].Text != "全部" || c.levels.roles.Text != "岗位" || c.levels.people.Text != "人员" {
		t.Errorf("the level switch reads %q %q %q %q", c.levels.label.Text, c.levels.buttons[MaxLevel].Text, c.levels.roles.Text, c.levels.people.Text)
	}
}
