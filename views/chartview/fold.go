package chartview

import (
	"maps"
	"math"

	"orgdesigner/app/chart"
	"orgdesigner/data"
)

// MaxLevel is the deepest level the level control offers by number; level
// 0 is "all".
const MaxLevel = 4

// Level returns the chart's fold level: 0 when every level is shown, else
// 1–MaxLevel (see chart.Options.Level).
func (c *Chart) Level() int { return c.opts.Level }

// SetLevel folds or unfolds the whole chart to level l (0 = all; 1 =
// company → departments → department heads), forgetting branches folded
// or unfolded by hand. The selected card stays where it is on screen when
// it is still shown.
func (c *Chart) SetLevel(l int) {
	l = max(0, min(l, MaxLevel))
	c.autoLevel, c.chosen = false, true
	c.opts.Level = l
	c.clearFolds(map[data.ID]bool{})
	c.relayout()
	if c.autoFit {
		c.fitView()
		c.Refresh()
	}
	if c.OnLevel != nil {
		c.OnLevel(l)
	}
}

// PeopleView reports whether the chart shows people (each under their
// manager's holder) rather than departments and roles.
func (c *Chart) PeopleView() bool { return c.opts.People }

// SetPeopleView switches between the department and role chart and the
// people view, keeping the fold level; a fitted view is fitted again.
func (c *Chart) SetPeopleView(on bool) {
	if c.opts.People == on {
		return
	}
	c.opts.People = on
	c.clearFolds(map[data.ID]bool{})
	c.relayout()
	if c.autoFit {
		c.Fit()
	}
	c.Refresh()
}

// readZoom is the smallest zoom at which the start view and Fit show the
// chart: titles are never drawn below minTitle pixels, and below this zoom
// a card is too narrow for an 11-pixel title to say much.
const readZoom = 0.6

// topBand is the height, in pixels, of the band at the top of the chart
// that its controls cover: a fitted chart is placed below it.
func (c *Chart) topBand() float64 {
	return float64(c.levels.box.MinSize().Height) + overlayPad + 6
}

// fits reports whether b fits the view, below its controls, at a readable
// zoom.
func (c *Chart) fits(b chart.Rect) bool { return c.fitter()(b) }

// fitter returns fits for the view as it is now, measuring the controls
// once for the many charts chooseLevel and unfoldChanges try.
func (c *Chart) fitter() func(chart.Rect) bool {
	fits, _ := c.fitterWithin()
	return fits
}

// fitterWithin is fitter with the largest bounds it accepts (zero when it
// accepts any), which lets chart.FirstFitWithin and chart.UnfoldWithin
// pass over a chart with too many cards without laying it out.
func (c *Chart) fitterWithin() (func(chart.Rect) bool, chart.Rect) {
	v := c.view
	h := v.h - c.topBand()
	fits := func(b chart.Rect) bool {
		if v.w <= 0 || h <= 0 || b.W <= 0 || b.H <= 0 {
			return true
		}
		return math.Min(v.w/b.W, h/b.H)*fitMargin >= readZoom
	}
	if v.w <= 0 || h <= 0 {
		return fits, chart.Rect{}
	}
	// min(v.w/W, h/H)·fitMargin ≥ readZoom needs W ≤ v.w·fitMargin/readZoom
	// and H ≤ h·fitMargin/readZoom.
	return fits, chart.Rect{W: v.w * fitMargin / readZoom, H: h * fitMargin / readZoom}
}

// fitView fits the laid-out chart to the view below its controls, but,
// unless the user chose what is open (then they asked to see all of it),
// never below readZoom: a chart too big for that shows its top, centred
// on the company.
func (c *Chart) fitView() {
	v := &c.view
	top := c.topBand()
	if v.w <= 0 || v.h <= top {
		return
	}
	b := c.lay.Bounds
	if c.chosen || c.fits(b) {
		z := fitMaxZoom
		if b.W > 0 && b.H > 0 {
			z = math.Min(z, math.Min(v.w/b.W, (v.h-top)/b.H)*fitMargin)
		}
		v.zoom = clampZoom(z)
		v.x = b.Center().X - v.w/2/v.zoom
		v.y = b.Center().Y - (top+(v.h-top)/2)/v.zoom
		return
	}
	v.zoom = readZoom
	vw := v.w / v.zoom
	if b.W <= vw {
		v.x = b.Center().X - vw/2
	} else {
		root := c.lay.Nodes[0].Rect
		v.x = math.Max(b.X-16/v.zoom, math.Min(root.Center().X-vw/2, b.Right()+16/v.zoom-vw))
	}
	v.y = b.Y - (top+8)/v.zoom
}

// chooseLevel picks the deepest level whose chart fits the view at a
// readable zoom (all levels, then MaxLevel … 1), forgetting hand-made folds.
// When even level 1 (departments over their heads) is too wide, the
// departments are folded too: as leaves they stack in compact columns, so
// every department's name can be read; when that does not fit either,
// fitView shows the top. With the compare overlay on, the branches that
// hold changes are then opened as far as the chart stays readable (see
// unfoldChanges).
func (c *Chart) chooseLevel(deepest int) {
	o := c.opts
	o.Collapsed, o.Expanded, o.Open = nil, nil, nil
	var levels []int
	for _, l := range []int{0, 4, 3, 2, 1} {
		if deepest <= 0 || (l != 0 && l <= deepest) {
			levels = append(levels, l)
		}
	}
	var lay *chart.Chart
	fits, within := c.fitterWithin()
	o.Level, lay = c.chartTree(c.source(), o).FirstFitWithin(o, levels, fits, within)
	collapsed := map[data.ID]bool{}
	if o.Level == 1 && lay != nil && !fits(lay.Bounds) {
		for _, n := range lay.Nodes {
			if n.Kind == chart.KindDepartment && len(n.Children) > 0 {
				collapsed[n.ID] = true
			}
		}
	}
	c.chosen = false
	if o.Level != c.opts.Level || !maps.Equal(collapsed, c.collapsed) || len(c.revealed) > 0 || len(c.opened) > 0 {
		c.opts.Level = o.Level
		c.clearFolds(collapsed)
		c.relayout()
		if c.OnLevel != nil {
			c.OnLevel(o.Level)
		}
	}
	c.unfoldChanges()
}

// unfoldChanges opens, while the compare overlay is on, the folded
// branches that hold its changes (the path from the company down to each
// changed department or role) as long as the chart still fits the view at
// a readable zoom, the changes that move most headcount first; the other
// branches stay folded at the level, which the level control keeps
// showing, and the fold badges over the changes left hidden stay
// outlined. A click on one in the change list reveals it (Select).
func (c *Chart) unfoldChanges() {
	if c.cmp == nil || len(c.cmp.targets) == 0 || c.view.w <= 0 {
		return
	}
	o := c.opts
	o.Collapsed, o.Reveal, o.Open = c.collapsed, c.revealed, c.opened
	fits, within := c.fitterWithin()
	u := c.chartTree(c.source(), o).UnfoldWithin(o, c.cmp.targets, fits, within)
	if maps.Equal(u.Reveal, c.revealed) && maps.Equal(u.Collapsed, c.collapsed) {
		return
	}
	c.revealed, c.collapsed = u.Reveal, u.Collapsed
	c.relayout()
}

// clearFolds forgets every branch folded, unfolded or opened by hand (or
// by the compare overlay), keeping collapsed as the folded set.
func (c *Chart) clearFolds(collapsed map[data.ID]bool) {
	c.collapsed, c.revealed, c.opened = collapsed, map[data.ID]bool{}, map[data.ID]bool{}
}
