package chartview

import (
	"bytes"
	"image/png"
	"math"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"orgdesigner/app"
	"orgdesigner/app/chart"
	"orgdesigner/data"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-6 }

func TestZoomKeysAndMethods(t *testing.T) {
	c, _, _ := setup(t, fixture(), fyne.NewSize(1000, 900))
	c.ZoomReset()
	mid := c.view.toChart(fyne.NewPos(500, 450))
	steps := []struct {
		name string
		do   func()
		want float64
	}{
		{"ZoomIn", c.ZoomIn, zoomStep},
		{"+", func() { c.TypedRune('+') }, zoomStep * zoomStep},
		{"-", func() { c.TypedRune('-') }, zoomStep},
		{"ZoomOut", c.ZoomOut, 1},
		{"0", func() { c.TypedRune('0') }, 1},
		{"SetZoom", func() { c.SetZoom(100) }, maxZoom},
	}
	for _, s := range steps {
		s.do()
		if !near(c.Zoom(), s.want) {
			t.Errorf("%s: zoom %v, want %v", s.name, c.Zoom(), s.want)
		}
		if got := c.view.toChart(fyne.NewPos(500, 450)); !near(got.X, mid.X) || !near(got.Y, mid.Y) {
			t.Errorf("%s moved the middle of the view from %v to %v", s.name, mid, got)
		}
	}
}

func TestWheelZoomsAroundPointerAndShiftWheelPans(t *testing.T) {
	c, _, w := setup(t, fixture(), fyne.NewSize(1000, 900))
	c.ZoomReset()
	var mods fyne.KeyModifier
	c.modifiers = func() fyne.KeyModifier { return mods }
	at := fyne.NewPos(300, 200)
	under := c.view.toChart(at)

	// test.Scroll drops the position, so the events are sent directly.
	wheel := func(p fyne.Position, dy float32) {
		c.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: p}, Scrolled: fyne.NewDelta(0, dy)})
	}
	test.Scroll(w.Canvas(), at, 0, wheelNotch)
	if !near(c.Zoom(), wheelZoom) {
		t.Fatalf("the wheel on the chart: zoom %v, want %v", c.Zoom(), wheelZoom)
	}
	c.ZoomReset()
	under = c.view.toChart(at)
	wheel(at, wheelNotch)
	if !near(c.Zoom(), wheelZoom) {
		t.Errorf("wheel up: zoom %v, want %v", c.Zoom(), wheelZoom)
	}
	if got := c.view.toChart(at); !near(got.X, under.X) || !near(got.Y, under.Y) {
		t.Errorf("the wheel moved the point under the pointer from %v to %v", under, got)
	}
	at2 := fyne.NewPos(700, 600)
	under = c.view.toChart(at2)
	wheel(at2, -2*wheelNotch)
	if !near(c.Zoom(), wheelZoom/wheelZoom/wheelZoom) {
		t.Errorf("two notches down: zoom %v, want %v", c.Zoom(), 1/wheelZoom)
	}
	if got := c.view.toChart(at2); !near(got.X, under.X) || !near(got.Y, under.Y) {
		t.Errorf("zooming out moved the point under the pointer from %v to %v", under, got)
	}

	mods = fyne.KeyModifierShift
	z, y := c.Zoom(), c.view.y
	c.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: at}, Scrolled: fyne.NewDelta(0, -50)})
	if c.Zoom() != z || !near(c.view.y, y+50/z) {
		t.Errorf("Shift+wheel down: zoom %v→%v, y %v→%v; want the view to move down by 50 px", z, c.Zoom(), y, c.view.y)
	}
	mods = fyne.KeyModifierShift | fyne.KeyModifierControl
	x := c.view.x
	c.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.NewDelta(0, -30)})
	if !near(c.view.x, x+30/z) {
		t.Errorf("Ctrl+Shift+wheel: x %v→%v, want a sideways move of 30 px", x, c.view.x)
	}
	mods = 0
	x = c.view.x
	c.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.NewDelta(-20, 0)})
	if c.Zoom() != z || !near(c.view.x, x+20/z) {
		t.Errorf("a sideways touchpad scroll: zoom %v, x %v→%v; want a pan of 20 px", c.Zoom(), x, c.view.x)
	}
}

func TestFitShowsWholeChartAndFollowsResize(t *testing.T) {
	c, _, w := setup(t, bigDoc(300), fyne.NewSize(800, 600))
	// A fitted view holds the whole (folded) chart at a readable zoom, or,
	// when even the top levels are too wide, shows the company at the top.
	check := func(when string) {
		t.Helper()
		vr, b := c.view.rect(), c.lay.Bounds
		if c.Zoom() < readZoom-1e-9 {
			t.Errorf("%s: zoom %v, below the readable %v", when, c.Zoom(), readZoom)
		}
		if c.fits(b) {
			if vr.X > b.X || vr.Y > b.Y || vr.Right() < b.Right() || vr.Bottom() < b.Bottom() {
				t.Errorf("%s: view %v does not hold the chart %v", when, vr, b)
			}
			return
		}
		if r := c.lay.Nodes[0].Rect; !vr.Contains(chart.Point{X: r.X, Y: r.Y}) || !vr.Contains(chart.Point{X: r.Right(), Y: r.Bottom()}) {
			t.Errorf("%s: view %v does not show the company card %v", when, vr, r)
		}
	}
	check("opened")
	if c.Level() == 0 {
		t.Errorf("a 300-role chart in 800×600 opened with every level shown")
	}
	c.SetZoom(2)
	c.Fit()
	check("after Fit")
	w.Resize(fyne.NewSize(1400, 500))
	check("after resizing a fitted view")
	c.ZoomIn()
	z := c.Zoom()
	w.Resize(fyne.NewSize(900, 900))
	if c.Zoom() != z {
		t.Error("resizing re-fitted a view the user had zoomed")
	}
	key(c, fyne.KeyHome)
	check("after Home")
}

func TestFitNeverEnlargesSmallChart(t *testing.T) {
	doc := &data.Document{Org: data.Organisation{Name: "Solo"}}
	c, _, _ := setup(t, doc, fyne.NewSize(1200, 900))
	if c.Zoom() != fitMaxZoom {
		t.Errorf("a one-node chart fitted at %v, want %v", c.Zoom(), fitMaxZoom)
	}
}

func TestScrollBarDrag(t *testing.T) {
	c, _, w := setup(t, bigDoc(2000), fyne.NewSize(1000, 800))
	c.SetLevel(0)
	c.ZoomReset()
	h, _ := c.scrollBars()
	if !h.shown {
		t.Fatal("no horizontal scroll bar on a chart wider than the view")
	}
	x := c.view.x
	start := h.thumb.pos.AddXY(h.thumb.size.Width/2, h.thumb.size.Height/2)
	test.Drag(w.Canvas(), start, 10, 0)
	if !near(c.view.x, x+10*h.perPixel) {
		t.Errorf("dragging the thumb 10 px moved the view %v, want %v", c.view.x-x, 10*h.perPixel)
	}
	// Keyboard paging also scrolls.
	y := c.view.y
	key(c, fyne.KeyPageDown)
	if c.view.y <= y {
		t.Error("Page Down did not scroll down")
	}
}

func TestSearchHighlightAndCenter(t *testing.T) {
	c, _, _ := setup(t, bigDoc(2000), fyne.NewSize(1200, 800))
	hits := app.Search(c.doc, "Role 40.1")
	var ids []data.ID
	for _, h := range hits {
		ids = append(ids, h.ID)
	}
	if len(ids) < 2 {
		t.Fatalf("search found %d hits", len(ids))
	}
	c.ToggleCollapsed("d40") // the hit is hidden in a collapsed department
	c.Highlight(ids)
	c.CenterOn(ids[0])
	i := c.lay.Index(ids[0])
	if i < 0 || c.Selected() != ids[0] {
		t.Fatalf("CenterOn did not reveal and select %q", ids[0])
	}
	if got := c.view.toScreen(c.lay.Nodes[i].Rect.Center()); math.Abs(float64(got.X)-600) > 1 || math.Abs(float64(got.Y)-400) > 1 {
		t.Errorf("centred node is at %v, want the middle (600, 400)", got)
	}
	if c.Zoom() < detailZoom {
		t.Errorf("zoom %v after CenterOn is too small to read the card", c.Zoom())
	}
	for _, id := range ids {
		if j := c.lay.Index(id); j >= 0 && !c.stateOf(j).highlighted {
			t.Errorf("hit %q is not highlighted", id)
		}
	}
	c.Highlight(nil)
	if c.stateOf(i).highlighted {
		t.Error("Highlight(nil) left a mark")
	}
}

func TestModeSwitch(t *testing.T) {
	c, sess, w := setup(t, fixture(), fyne.NewSize(1400, 900))
	dotted := func() int {
		n := 0
		for _, e := range c.lay.Edges {
			if e.Dotted {
				n++
			}
		}
		return n
	}
	if dotted() != 0 {
		t.Error("the functional view draws dotted lines")
	}

	c.SetOptions(chart.Options{Mode: data.ModeMatrix, Compact: true})
	if dotted() != 1 {
		t.Fatalf("matrix view has %d dotted edges, want 1", dotted())
	}
	w.Canvas().Capture()
	if !strings.Contains(test.RenderObjectToMarkup(c), ">Project<") {
		t.Error("the dotted line's label is not drawn")
	}
	dashes, r := 0, test.WidgetRenderer(c).(*renderer)
	for _, l := range r.lines.pool[:r.lines.used] {
		if l.StrokeColor == newPalette(c.Theme()).dotted {
			dashes++
		}
	}
	if dashes < 3 {
		t.Errorf("the dotted line is drawn with %d dashes", dashes)
	}

	c.SetOptions(chart.Options{Mode: data.ModeProject})
	team := c.lay.Index("t-618")
	if team < 0 || c.lay.Nodes[team].Kind != chart.KindProject || len(c.lay.Nodes[team].Children) != 2 {
		t.Fatalf("project view: team node %d %+v", team, c.lay.Nodes[max(team, 0)])
	}
	// Deleting a member in the project view takes it out of the team only.
	c.Select("r-seo")
	c.Delete()
	if sess.Doc().Role("r-seo") == nil || len(sess.Doc().Project("t-618").Members) != 1 {
		t.Error("deleting a member in the project view did not just remove the membership")
	}
	// Cards are not re-parented by dragging in the project view.
	from, to := center(t, c, "p-3", chart.KindPerson), center(t, c, "t-618", chart.KindProject)
	before := sess.Doc()
	test.Drag(w.Canvas(), from, to.X-from.X, to.Y-from.Y)
	if sess.Doc() != before {
		t.Error("a drag in the project view changed the document")
	}
	c.SetOptions(chart.Options{Mode: data.ModeFunctional})
	if c.lay.Index("t-618") >= 0 {
		t.Error("the functional view shows project teams")
	}
}

func TestObjectCountStaysBounded(t *testing.T) {
	c, _, w := setup(t, bigDoc(5000), fyne.NewSize(1920, 1080))
	c.SetOptions(chart.Options{Mode: data.ModeMatrix, Compact: true})
	c.SetLevel(0)
	// Everything the renderer could ever hold: full pools of cards, lines
	// and labels plus the fixed objects.
	bound := 1 + maxTitleCards*len(newCardView().objs) + maxLines + 2*maxLabels + 30
	views := []struct {
		zoom float64
		at   data.ID
	}{
		{4, "d100-r7"}, {1, "d100"}, {1, "gm"}, {0.6, "d150-r3"}, {0.45, "d10"},
		{0.31, "d60"}, {0.2, "gm"}, {0.05, "d199"}, {0.001, "gm"},
	}
	for _, v := range views {
		c.SetZoom(v.zoom)
		c.view.centerOn(c.lay.Nodes[c.lay.Index(v.at)].Rect.Center())
		c.Refresh()
		all, visible := countObjects(c)
		inView := len(c.lay.Visible(c.view.rect()))
		t.Logf("zoom %-5v %d nodes in view, lod %d: %d objects, %d visible", v.zoom, inView, c.lod, all, visible)
		if all > bound {
			t.Errorf("zoom %v at %s: %d canvas objects, bound %d", v.zoom, v.at, all, bound)
		}
		if visible > bound/2 {
			t.Errorf("zoom %v at %s: %d visible objects", v.zoom, v.at, visible)
		}
	}
	c.Fit()
	w.Canvas().Capture()
	if all, _ := countObjects(c); all > bound {
		t.Errorf("fitted 5,000-role chart: %d objects", all)
	}
	// The user chose to see everything: Fit frames all of it.
	if c.Level() != 0 || !encloses(c.view.rect(), c.lay.Bounds) {
		t.Errorf("a fitted 5,000-role chart at level all: level %d, view %v of %v", c.Level(), c.view.rect(), c.lay.Bounds)
	}
	// A chart the user has not folded is folded until its titles are
	// readable, as the start view does.
	c.startView()
	c.Fit()
	w.Canvas().Capture()
	if c.lod != lodFull || c.Level() == 0 || c.Zoom() < readZoom {
		t.Errorf("a fitted 5,000-role chart is drawn at detail %d, fold level %d, zoom %v; want full cards, folded, zoom ≥ %v",
			c.lod, c.Level(), c.Zoom(), readZoom)
	}
}

func TestExportPictures(t *testing.T) {
	c, _, _ := setup(t, fixture(), fyne.NewSize(800, 600))
	var svg bytes.Buffer
	if err := c.ExportSVG(&svg, false); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(svg.String(), "<?xml") || !strings.Contains(svg.String(), "SEO specialist") {
		t.Errorf("SVG export lacks the chart: %.200s", svg.String())
	}
	c.ZoomReset()
	c.CenterOn("r-sem")
	var part bytes.Buffer
	if err := c.ExportSVG(&part, true); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(part.String(), "General manager") {
		t.Error("the visible-part SVG contains a card outside the view")
	}
	for _, visible := range []bool{false, true} {
		var buf bytes.Buffer
		if err := c.ExportPNG(&buf, visible); err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(&buf)
		if err != nil {
			t.Fatal(err)
		}
		want := c.lay.Bounds.Inset(chart.DefaultStyle().Margin)
		if visible {
			want = c.view.rect()
		}
		if b := img.Bounds(); math.Abs(float64(b.Dx())-want.W*exportScale) > 2 || math.Abs(float64(b.Dy())-want.H*exportScale) > 2 {
			t.Errorf("PNG (visible %v) is %v, want about %v×%v", visible, b.Size(), want.W*exportScale, want.H*exportScale)
		}
	}
}

func TestPanningKeepsEachNodeOnItsCard(t *testing.T) {
	c, _, _ := setup(t, bigDoc(400), fyne.NewSize(1200, 800))
	c.ZoomReset()
	c.CenterOn("d5-r2")
	r := test.WidgetRenderer(c).(*renderer)
	before := map[int]*cardView{}
	for i, v := range r.shown {
		before[i] = v
	}
	c.ScrollBy(150, 40) // some nodes leave, others enter
	kept := 0
	for i, v := range r.shown {
		if old, ok := before[i]; ok {
			if old != v {
				t.Fatalf("node %d moved from one card to another while panning", i)
			}
			if tt := c.textOf(i, newPalette(c.Theme())).title; len(tt) == 0 || v.title.Text != tt[0] {
				t.Fatalf("card of node %d shows %q", i, v.title.Text)
			}
			kept++
		}
	}
	if kept == 0 || len(r.shown) == 0 {
		t.Fatalf("no node stayed in view (%d shown)", len(r.shown))
	}
	visible := 0
	for _, v := range r.pool {
		if !v.body.Hidden {
			visible++
		}
	}
	if visible != len(c.lay.Visible(c.view.rect())) {
		t.Errorf("%d cards shown for %d nodes in view", visible, len(c.lay.Visible(c.view.rect())))
	}
}
