package chartview

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"orgdesigner/app/chart"
	"orgdesigner/data"
)

// sixDepartments is the hrsaas roster's first import: six departments
// with people but no roles yet.
func sixDepartments() *data.Document {
	doc := &data.Document{Org: data.Organisation{Name: "New company", Lang: "en"}}
	for i, n := range []int{2, 4, 2, 1, 1, 1} {
		id := data.ID(fmt.Sprintf("d%d", i))
		doc.Departments = append(doc.Departments, data.Department{ID: id, Name: fmt.Sprintf("Department %d", i), Order: i})
		for k := 0; k < n; k++ {
			doc.People = append(doc.People, data.Person{ID: data.ID(fmt.Sprintf("p%d-%d", i, k)), Name: "Someone", Department: id})
		}
	}
	return doc
}

// TestOpeningABadgeKeepsSiblingsInOrder taps the second department's
// “+4 unassigned”: the departments keep their order (as in the structure
// tree), the opened card stays where it was on screen and the company
// card stays in view.
func TestOpeningABadgeKeepsSiblingsInOrder(t *testing.T) {
	c, _, w := setup(t, sixDepartments(), fyne.NewSize(1000, 800))
	c.SetLevel(1)
	w.Canvas().Capture()
	d1 := c.lay.Nodes[c.lay.Index("d1")]
	before := c.view.toScreen(chart.Point{X: d1.Rect.X, Y: d1.Rect.Y})
	if !inside(c.lay.Nodes[0].Rect, c.view.rect()) {
		t.Fatal("the company card is not in view before the tap")
	}
	tapBadge(t, c, w, "d1")
	if n := c.lay.Nodes[c.lay.Index("d1")]; len(n.Children) != 1 {
		t.Fatalf("the tap did not open Department 1: %+v", n)
	}
	prev := chart.Rect{X: -1e9}
	for k := range 6 {
		r := c.lay.Nodes[c.lay.Index(data.ID(fmt.Sprintf("d%d", k)))].Rect
		if k > 0 && !(r.X > prev.X+1 || (r.X > prev.X-1 && r.Y > prev.Y)) {
			t.Errorf("Department %d at (%.0f,%.0f) reads before Department %d at (%.0f,%.0f)", k, r.X, r.Y, k-1, prev.X, prev.Y)
		}
		prev = r
	}
	d1 = c.lay.Nodes[c.lay.Index("d1")]
	if after := c.view.toScreen(chart.Point{X: d1.Rect.X, Y: d1.Rect.Y}); after != before {
		t.Errorf("the opened card moved on screen from %v to %v", before, after)
	}
	if !inside(c.lay.Nodes[0].Rect, c.view.rect()) {
		t.Errorf("the company card %v left the view %v", c.lay.Nodes[0].Rect, c.view.rect())
	}
}

// inside reports whether r lies wholly within v.
func inside(r, v chart.Rect) bool {
	return r.X >= v.X && r.Y >= v.Y && r.Right() <= v.Right() && r.Y+r.H <= v.Y+v.H
}

// TestFoldBadgesFitTheirCards: at every zoom the chart draws cards at,
// a fold badge is no wider than its card (it would run onto the next
// one), in English, the wider language, falling back to shorter forms.
func TestFoldBadgesFitTheirCards(t *testing.T) {
	c, _, w := setup(t, rosterDoc(), fyne.NewSize(1440, 900))
	c.SetLevel(1)
	pal := newPalette(c.Theme())
	full, short := 0, 0
	for _, z := range []float64{1, 0.85, 0.7, detailZoom, 0.42, titleZoom} {
		c.view.zoom = z
		c.Refresh()
		w.Canvas().Capture()
		for i := range c.lay.Nodes {
			n := &c.lay.Nodes[i]
			if !n.HasHidden {
				continue
			}
			text := c.textOf(i, pal)
			if pill := c.pillRect(n, text.foldW, pal); pill.W > n.Rect.W {
				t.Errorf("zoom %.2f: %s's badge %q is %.0f wide, its card %.0f", z, n.Label, text.fold, pill.W, n.Rect.W)
			}
			if text.fold == foldText(n) {
				full++
			} else {
				short++
			}
		}
	}
	if short == 0 || full == 0 {
		t.Errorf("%d full and %d short badges: the test does not try both", full, short)
	}
}

// TestSelectedCardIsNotLeftUnderTheMinimap selects (as the structure tree
// does) a card that lies in view but under the minimap: the view scrolls
// it clear of the minimap; one under the level control likewise.
func TestSelectedCardIsNotLeftUnderTheMinimap(t *testing.T) {
	c, _, w := setup(t, bigDoc(200), fyne.NewSize(1200, 800))
	c.SetLevel(0)
	c.ZoomReset()
	w.Canvas().Capture()
	i := c.lay.Index("d3-r7")
	n := c.lay.Nodes[i]
	for _, corner := range []string{"bottom right", "top left"} {
		// Put the card's centre on the minimap's (or the level control's).
		var at chart.Point
		if corner == "bottom right" {
			at = chart.Point{X: c.view.w - overlayPad - 60, Y: c.view.h - overlayPad - 40}
		} else {
			at = chart.Point{X: 40, Y: 20}
		}
		c.view.x, c.view.y = n.Rect.Center().X-at.X/c.view.zoom, n.Rect.Center().Y-at.Y/c.view.zoom
		c.Refresh()
		w.Canvas().Capture()
		if corner == "bottom right" && !c.rend.over.miniShown {
			t.Fatal("no minimap: the chart is all in view")
		}
		c.Select("d8-r0") // elsewhere first, so selecting the card is a change
		c.Select(n.ID)
		w.Canvas().Capture()
		p, q := c.view.toScreen(chart.Point{X: n.Rect.X, Y: n.Rect.Y}), c.view.toScreen(chart.Point{X: n.Rect.Right(), Y: n.Rect.Bottom()})
		card := chart.Rect{X: float64(p.X), Y: float64(p.Y), W: float64(q.X - p.X), H: float64(q.Y - p.Y)}
		o := c.rend.over
		var over chart.Rect
		if corner == "bottom right" {
			if !o.miniShown {
				continue
			}
			over = chart.Rect{X: float64(o.miniRect.X), Y: float64(o.miniRect.Y), W: float64(o.miniW), H: float64(o.miniH)}
		} else {
			ps, sz := o.levelBg.Position(), o.levelBg.Size()
			over = chart.Rect{X: float64(ps.X), Y: float64(ps.Y), W: float64(sz.Width), H: float64(sz.Height)}
		}
		if card.Intersects(over) {
			t.Errorf("%s: the selected card %v is under the overlay %v", corner, card, over)
		}
	}
}

// TestCompanyLevelPeopleWithoutRoleOnTheChart: people with neither role
// nor department (a roster's 总裁办 mapped to the company) are a 未安排
// card under the company; tapping it shows the company's panel (it has
// no department of its own).
func TestCompanyLevelPeopleWithoutRoleOnTheChart(t *testing.T) {
	doc := sixDepartments()
	doc.People = append(doc.People, data.Person{ID: "ceo-1", Name: "Chair"}, data.Person{ID: "ceo-2", Name: "Aide"})
	c, _, w := setup(t, doc, fyne.NewSize(1200, 900))
	c.SetLevel(1)
	var picked data.ID = "none"
	var kind chart.Kind
	c.OnSelected = func(id data.ID, k chart.Kind) { picked, kind = id, k }
	i := c.findNode("", chart.KindUnassigned, -1)
	if i < 0 {
		t.Fatal("the people at company level are not on the chart")
	}
	if n := c.lay.Nodes[i]; n.Parent != 0 || len(n.People) != 2 {
		t.Fatalf("company group %+v", n)
	}
	c.ensureVisible(i)
	w.Canvas().Capture()
	test.TapCanvas(w.Canvas(), center(t, c, "", chart.KindUnassigned))
	if picked != "" || kind != chart.KindCompany {
		t.Errorf("tapping the company's 未安排 card selected %q (%v), want the company", picked, kind)
	}
}
