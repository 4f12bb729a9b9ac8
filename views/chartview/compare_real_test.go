package chartview

import (
	"testing"

	"fyne.io/fyne/v2"

	"orgdesigner/app/chart"
	"orgdesigner/app/compare"
)

// TestOverlayAgreesWithCompare: on a comparison made by compare.Compare,
// the overlay marks every department and role as the result's Mark does,
// and draws exactly the result's Removed ones as ghosts.
func TestOverlayAgreesWithCompare(t *testing.T) {
	for name, fx := range map[string]*compare.Result{"fixture": compareFixture(), "big": compareBig(600)} {
		t.Run(name, func(t *testing.T) { agreesWithCompare(t, compare.Compare(fx.A, fx.B)) })
	}
}

func agreesWithCompare(t *testing.T, res *compare.Result) {
	c, _, _ := setup(t, res.A, fyne.NewSize(1400, 900))
	c.SetCompare(res)
	c.SetLevel(0)
	seen := 0
	for i := range c.lay.Nodes {
		n := &c.lay.Nodes[i]
		if n.Kind != chart.KindDepartment && n.Kind != chart.KindRole {
			continue
		}
		want := res.Mark(n.ID)
		if c.cmp.ghosts[n.ID] {
			want = compare.MarkRemoved
		}
		if got := c.markOf(i); got != want {
			t.Errorf("%s: overlay mark %v, compare.Mark %v", n.ID, got, want)
		}
		seen++
	}
	depts, roles := res.Removed()
	if len(c.cmp.ghosts) != len(depts)+len(roles) {
		t.Errorf("%d ghosts, Removed lists %d departments and %d roles", len(c.cmp.ghosts), len(depts), len(roles))
	}
	for _, d := range depts {
		if !c.cmp.ghosts[d.ID] {
			t.Errorf("removed department %s is not a ghost", d.ID)
		}
	}
	for _, r := range roles {
		if !c.cmp.ghosts[r.ID] {
			t.Errorf("removed role %s is not a ghost", r.ID)
		}
	}
	if seen == 0 {
		t.Fatal("no departments or roles in the overlay")
	}
}
