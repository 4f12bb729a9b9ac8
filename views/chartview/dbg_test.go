package chartview

import (
	"testing"

	"fyne.io/fyne/v2"

	"orgdesigner/app"
	"orgdesigner/app/chart"
	"orgdesigner/app/compare"
	"orgdesigner/data"
)

func TestDbgReal(t *testing.T) {
	st, err := data.Open("/tmp/pc/X.orgdb")
	if err != nil {
		t.Skip(err)
	}
	defer st.Close()
	s := app.NewSession(st)
	id, _ := s.FindScenario("重组")
	s.Switch(id)
	a, _ := s.ScenarioDoc("")
	b := s.Doc()
	c, _, w := setup(t, b, fyne.NewSize(680, 760))
	w.Canvas().Capture()
	c.SetCompare(compare.Compare(a, b))
	w.Canvas().Capture()
	t.Logf("level %d bounds %v zoom %.2f fits %v", c.Level(), c.lay.Bounds, c.view.zoom, c.fits(c.lay.Bounds))
	o := c.opts
	o.Collapsed, o.Expanded, o.Reveal = c.collapsed, c.expanded, c.revealed
	t.Logf("collapsed %d", len(c.collapsed))
	for _, tg := range c.cmp.targets {
		u := chart.Unfold(c.source(), o, []chart.Target{tg}, func(chart.Rect) bool { return true })
		t.Logf("%s %d alone: bounds %v fits %v shown %d hidden %v base %d", tg.ID, tg.Weight, u.Chart.Bounds, c.fits(u.Chart.Bounds), u.Chart.Index(tg.ID), u.Hidden, c.lay.Index(tg.ID))
	}
}
