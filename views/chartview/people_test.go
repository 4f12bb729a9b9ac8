package chartview

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/chart"
	"orgdesigner/data"
	"orgdesigner/views/internal/uitest"
)

// holders lists the names of the people holding role in doc.
func holders(doc *data.Document, role data.ID) []string {
	var out []string
	for _, p := range doc.Holders(role) {
		out = append(out, p.Name)
	}
	slices.Sort(out)
	return out
}

// TestMovePeopleFromContextMenu merges two roles from the chart: the
// context menu's Move people to… moves every holder of the role to the
// chosen one, in one undoable step, and selects the target.
func TestMovePeopleFromContextMenu(t *testing.T) {
	c, sess, w := setup(t, fixture(), fyne.NewSize(1000, 900))
	var asked []string
	c.pick = func(title string, options []string, done func(int)) {
		asked = options
		k := slices.Index(options, "Analyst · Marketing")
		if k < 0 {
			t.Fatalf("the role list %q has no “Analyst · Marketing”", options)
		}
		done(k)
	}
	at := center(t, c, "r-seo", chart.KindRole)
	c.TappedSecondary(&fyne.PointEvent{Position: at, AbsolutePosition: at})
	item := findMenuItem(w.Canvas().Overlays().Top(), "Move people to…")
	if item == nil {
		t.Fatal("the context menu of a role with people has no Move people to… item")
	}
	test.Tap(item)
	want := []string{"General manager · company level", "Marketing manager · Marketing", "Analyst · Marketing",
		"Operations manager · Operations", "SEM specialist · Search"}
	if !slices.Equal(asked, want) {
		t.Errorf("the role list is %q, want the other roles in chart order %q", asked, want)
	}
	if got := holders(sess.Doc(), "r-ana"); !slices.Equal(got, []string{"Ann", "Bob"}) {
		t.Fatalf("the analyst role holds %q after the move, want Ann and Bob", got)
	}
	if got := holders(sess.Doc(), "r-seo"); len(got) != 0 {
		t.Errorf("the SEO role still holds %q", got)
	}
	if p := sess.Doc().Person("p-1"); p.Department != "d-mkt" {
		t.Errorf("a moved person is in department %q, want the target's d-mkt", p.Department)
	}
	if c.Selected() != "r-ana" {
		t.Errorf("selected %q after the move, want the target role", c.Selected())
	}
	undoRedo(t, sess, func(d *data.Document) bool { return len(d.Holders("r-seo")) == 0 })
}

// TestMovePeopleNeedsPeople: the item is disabled on an empty role, and
// the action explains itself instead of asking.
func TestMovePeopleNeedsPeople(t *testing.T) {
	c, sess, _ := setup(t, fixture(), fyne.NewSize(1000, 900))
	var msg string
	c.OnError = func(m string) { msg = m }
	c.pick = func(string, []string, func(int)) { t.Fatal("asked for a target for a role nobody holds") }
	c.Select("r-ana")
	if it := menuItemNamed(c.contextMenu(), "Move people to…"); it == nil || !it.Disabled {
		t.Errorf("Move people to… on a role nobody holds: %+v, want a disabled item", it)
	}
	c.Select("r-seo")
	if it := menuItemNamed(c.contextMenu(), "Move people to…"); it == nil || it.Disabled {
		t.Errorf("Move people to… on a role with people: %+v, want an enabled item", it)
	}
	c.Select("r-ana")
	before := sess.Doc()
	c.MovePeople()
	if !strings.Contains(msg, "Nobody holds") {
		t.Errorf("moving the people of an empty role said %q", msg)
	}
	if sess.Doc() != before {
		t.Error("moving nobody changed the document")
	}
}

// TestMovePeopleDialog: the real picker is a form over the chart's window
// whose Move button moves the people to the chosen role.
func TestMovePeopleDialog(t *testing.T) {
	c, sess, w := setup(t, fixture(), fyne.NewSize(1000, 900))
	c.Select("r-seo")
	c.MovePeople()
	d := w.Canvas().Overlays().Top()
	if d == nil {
		t.Fatal("Move people to… showed no dialog")
	}
	sel := findSelect(d)
	if sel == nil {
		t.Fatal("the dialog has no role list")
	}
	sel.SetSelected("Operations manager · Operations")
	move := findButton(d, "Move")
	if move == nil {
		t.Fatal("the dialog has no Move button")
	}
	test.Tap(move)
	if got := holders(sess.Doc(), "r-ops"); !slices.Equal(got, []string{"Ann", "Bob"}) {
		t.Errorf("the operations manager holds %q after the dialog, want Ann and Bob", got)
	}
}

// TestDropKeepsTargetInPlace: after re-parenting by drag the card dropped
// on stays where it was on screen (the chart does not jump under the
// pointer) and the moved card is in view.
func TestDropKeepsTargetInPlace(t *testing.T) {
	c, sess, w := setup(t, fixture(), fyne.NewSize(1000, 900))
	from, to := center(t, c, "r-ana", chart.KindRole), center(t, c, "r-ops", chart.KindRole)
	test.Drag(w.Canvas(), from, to.X-from.X, to.Y-from.Y)
	if r := sess.Doc().Role("r-ana"); r.ReportsTo != "r-ops" {
		t.Fatalf("the drop made r-ana report to %q, want r-ops", r.ReportsTo)
	}
	if after := center(t, c, "r-ops", chart.KindRole); after != to {
		t.Errorf("the drop target moved on screen from %v to %v", to, after)
	}
	i := c.findNode("r-ana", chart.KindRole, -1)
	r := c.lay.Nodes[i].Rect
	tl, br := c.view.toScreen(chart.Point{X: r.X, Y: r.Y}), c.view.toScreen(chart.Point{X: r.X + r.W, Y: r.Y + r.H})
	if tl.X < 0 || tl.Y < 0 || br.X > c.Size().Width || br.Y > c.Size().Height {
		t.Errorf("the moved card is out of view at %v–%v in a %v chart", tl, br, c.Size())
	}
}

// menuItemNamed returns the item of m with the label, or nil.
func menuItemNamed(m *fyne.Menu, label string) *fyne.MenuItem {
	for _, it := range m.Items {
		if it.Label == label {
			return it
		}
	}
	return nil
}

// findSelect finds the first select under o.
func findSelect(o fyne.CanvasObject) *widget.Select {
	return uitest.Find[*widget.Select](o, nil)
}
