package chartview

import (
	"fmt"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/compare"
	"orgdesigner/data"
)

// deepChanges is the 300-person roster with changes deep in its tree,
// below what the start view shows: a role renamed in 抖音直播组 (a team
// of 直播事业部), a 编制 change in 前端开发组, a role removed from 电商运营部's
// staff, and a role added under 客户成功部's head.
func deepChanges() (a, b *data.Document) {
	a, b = rosterDoc(), rosterDoc()
	for i := range b.Roles {
		switch r := &b.Roles[i]; r.ID {
		case "d8-r2":
			r.Title = "直播运营主管"
		case "d9-r3":
			r.Planned = 9
		}
	}
	removeRole(b, "d2-r4")
	b.Roles = append(b.Roles, data.Role{ID: "new-cs", Title: "客户成功经理", Department: "d4", ReportsTo: "d4-head", Planned: 2})
	a.Reindex()
	b.Reindex()
	return a, b
}

// removeRole deletes role id from doc, its holders left without a role
// in its department.
func removeRole(doc *data.Document, id data.ID) {
	doc.Roles = slices.DeleteFunc(doc.Roles, func(r data.Role) bool { return r.ID == id })
	for i := range doc.People {
		if doc.People[i].Role == id {
			doc.People[i].Role = ""
		}
	}
}

// TestCompareFitUnfoldsTheChanges: shown a comparison, the fitted view
// opens the branches that hold the changes, deep ones included, keeping
// the level (and the level control) and every other branch folded, with
// the titles still readable; turning compare off folds them again.
func TestCompareFitUnfoldsTheChanges(t *testing.T) {
	a, b := deepChanges()
	c, sess, w := setup(t, b, fyne.NewSize(1440, 900))
	w.Canvas().Capture()
	level := c.Level()
	if level == 0 {
		t.Fatal("the roster's start view is not folded: the test needs a folded chart")
	}
	changed := []data.ID{"d8-r2", "d9-r3", "d2-r4", "new-cs"}
	for _, id := range changed {
		if c.lay.Index(id) >= 0 {
			t.Fatalf("%s is shown before comparing: the test needs it folded", id)
		}
	}
	c.SetCompare(compare.Compare(a, sess.Doc()))
	w.Canvas().Capture()
	for _, id := range changed {
		i := c.lay.Index(id)
		if i < 0 {
			t.Errorf("%s changed but stays folded at the compare's fitted view", id)
			continue
		}
		if c.markOf(i) == 0 {
			t.Errorf("%s is shown unmarked", id)
		}
	}
	if c.Level() != level {
		t.Errorf("level %d, want the start view's %d", c.Level(), level)
	}
	if b := c.levels.buttons[c.Level()-1]; b.Importance != widget.HighImportance {
		t.Errorf("the level control does not mark level %d", c.Level())
	}
	// Branches without changes stay folded.
	for _, id := range []data.ID{"d6-r2", "d7-r1", "d2-r3", "d8-r1"} {
		if c.lay.Index(id) >= 0 {
			t.Errorf("%s has no change but its branch was unfolded", id)
		}
	}
	if !c.fits(c.lay.Bounds) {
		t.Error("the unfolded chart no longer fits at a readable zoom")
	}
	if c.view.zoom < readZoom-1e-9 {
		t.Errorf("zoom %.2f, below the readable %.2f", c.view.zoom, readZoom)
	}
	// Fit after a level change opens them again.
	c.SetLevel(level)
	if c.lay.Index("d8-r2") >= 0 {
		t.Fatal("choosing the level by hand kept the compare's unfolding")
	}
	c.Fit()
	if c.lay.Index("d8-r2") < 0 {
		t.Error("Fit in compare mode did not unfold the changes")
	}
	c.SetCompare(nil)
	if c.lay.Index("d8-r2") >= 0 {
		t.Error("the compare's unfolding outlived the compare")
	}
}

// TestCompareFitPrefersLargeChangesAndRevealsOnClick: when the changes
// cannot all be unfolded legibly, the largest are, the rest keep an
// outlined fold badge, and selecting any change from the list (CenterOn,
// as the window does for a click) unfolds its branch, selects it and
// scrolls it into view, ghosts included.
func TestCompareFitPrefersLargeChangesAndRevealsOnClick(t *testing.T) {
	a, b := rosterDoc(), rosterDoc()
	// A 编制 change in every department's staff, growing with the
	// department, and the largest in 财务部 (d6).
	for i := range b.Roles {
		r := &b.Roles[i]
		var k, j int
		if _, err := fmt.Sscanf(string(r.ID), "d%d-r%d", &k, &j); err == nil && j == 2 {
			r.Planned += 1 + k
			if k == 6 {
				r.Planned += 50
			}
		}
	}
	removeRole(b, "d7-r3")
	a.Reindex()
	b.Reindex()
	c, sess, w := setup(t, b, fyne.NewSize(900, 640))
	c.SetCompare(compare.Compare(a, sess.Doc()))
	w.Canvas().Capture()
	if c.Level() == 0 {
		t.Fatal("the chart is not folded at this size")
	}
	if c.lay.Index("d6-r2") < 0 {
		t.Error("the largest change (d6-r2, 编制 +57) stays folded")
	}
	var hidden []data.ID
	for _, tg := range c.cmp.targets {
		if c.lay.Index(tg.ID) < 0 {
			hidden = append(hidden, tg.ID)
		}
	}
	if len(hidden) == 0 {
		t.Fatal("every change fits: the test needs some left folded")
	}
	outlined := 0
	for i := range c.lay.Nodes {
		if c.changesFolded(i) {
			outlined++
		}
	}
	if outlined == 0 {
		t.Error("no fold badge is outlined over the changes left folded")
	}
	for k, id := range append(hidden, "d7-r3") {
		// Select reveals it first (a click in the list), then the window
		// centres it; a side panel changing width resizes the chart after.
		c.Select(id)
		c.CenterOn(id)
		w.Resize(fyne.NewSize(float32(900-20*(k%2)), 640))
		w.Canvas().Capture()
		i := c.lay.Index(id)
		if i < 0 {
			t.Errorf("%s: a click on the change did not unfold it", id)
			continue
		}
		if c.Selected() != id {
			t.Errorf("%s: selected %q", id, c.Selected())
		}
		if r, vr := c.lay.Nodes[i].Rect, c.view.rect(); r.X < vr.X || r.Y < vr.Y || r.Right() > vr.Right() || r.Bottom() > vr.Bottom() {
			t.Errorf("%s: at %v, out of the view %v", id, r, vr)
		}
	}
}
