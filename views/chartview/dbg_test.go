package chartview

import (
	"testing"

	"fyne.io/fyne/v2"

	"orgdesigner/app"
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
	c, _, w := setup(t, b, fyne.NewSize(790, 860))
	w.Canvas().Capture()
	res := compare.Compare(a, b)
	c.SetCompare(res)
	w.Canvas().Capture()
	t.Logf("level %d bounds %v zoom %.2f autofit %v", c.Level(), c.lay.Bounds, c.view.zoom, c.autoFit)
	var gid data.ID
	for _, ch := range res.Changes {
		if ch.Kind == compare.DeptRemoved {
			gid = ch.ID
		}
	}
	c.Select(gid)
	t.Logf("after select: bounds %v zoom %.2f autofit %v", c.lay.Bounds, c.view.zoom, c.autoFit)
	w.Canvas().Capture()
	t.Logf("after capture: bounds %v zoom %.2f autofit %v", c.lay.Bounds, c.view.zoom, c.autoFit)
	c.CenterOn(gid)
	w.Canvas().Capture()
	t.Logf("after centre: bounds %v zoom %.2f autofit %v", c.lay.Bounds, c.view.zoom, c.autoFit)
}
