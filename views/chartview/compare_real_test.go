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

// TestCompareLiveEditing: comparing with the open organisation, the chart
// stays editable and its marks follow each edit at once; ghosts refuse
// edits; a comparison of other documents is shown read-only.
func TestCompareLiveEditing(t *testing.T) {
	fx := compareFixture()
	c, sess, _ := setup(t, fx.B, fyne.NewSize(1400, 900))
	var msg string
	c.OnError = func(m string) { msg = m }
	c.confirm = func(_, _, _ string, done func(bool)) { done(true) }
	c.SetCompare(compare.Compare(fx.A, sess.Doc()))
	if !c.editable() {
		t.Fatal("comparing with the open organisation is read-only")
	}

	// Add a role: it is marked added at once and its rename box stays open
	// when the window compares again (same documents).
	c.Select("r-mkt")
	c.AddChild()
	if msg != "" {
		t.Fatalf("adding while comparing: %q", msg)
	}
	added := c.Selected()
	if i := c.lay.Index(added); i < 0 || c.markOf(i) != compare.MarkAdded || !c.Renaming() {
		t.Fatalf("the new role %q: mark %v, renaming %v", added, c.markOf(i), c.Renaming())
	}
	c.SetCompare(compare.Compare(fx.A, sess.Doc()))
	if !c.Renaming() {
		t.Error("comparing the same documents again closed the rename box")
	}
	c.cancelRename()

	// Delete a role that A has: it turns into a ghost where it was.
	c.Select("r-seo")
	c.Delete()
	if sess.Doc().Role("r-seo") != nil {
		t.Fatalf("r-seo not deleted (%q)", msg)
	}
	i := c.lay.Index("r-seo")
	if i < 0 || !c.ghost(i) {
		t.Fatal("the deleted r-seo is not drawn as a ghost")
	}
	// A ghost cannot be edited, dragged or dropped on.
	c.Select("r-seo")
	before := sess.Doc()
	for name, edit := range map[string]func(){"delete": c.Delete, "rename": c.Rename, "add child": c.AddChild} {
		msg = ""
		edit()
		if msg == "" || sess.Doc() != before {
			t.Errorf("%s on a ghost: message %q, document changed %v", name, msg, sess.Doc() != before)
		}
	}
	if c.draggable(c.lay.Index("r-seo")) {
		t.Error("a ghost can be dragged")
	}
	if _, reason := c.dropCommand(c.lay.Index("r-sem"), c.lay.Index("r-seo")); reason == "" {
		t.Error("a ghost accepts a drop")
	}

	// Undo brings r-seo back: no longer a ghost.
	if err := sess.Undo(); err != nil {
		t.Fatal(err)
	}
	c.reload()
	if i := c.lay.Index("r-seo"); i < 0 || c.ghost(i) {
		t.Error("after undo r-seo is still a ghost")
	}
}
