package chartview

import (
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"

	"orgdesigner/app/chart"
	"orgdesigner/app/compare"
	"orgdesigner/app/i18n"
)

// lod is the level of detail of a frame.
type lod int

const (
	lodFull     lod = iota // cards with every line of text, line objects
	lodTitles              // boxes with titles; connectors in the raster
	lodOverview            // everything in one raster
)

// Card budgets per level of detail: they bound the number of canvas
// objects whatever the chart's size (9 objects a card at lodFull, 3 at
// lodTitles).
const (
	maxFullCards  = 250
	maxTitleCards = 700
)

// lodFor picks the level of detail for zoom z with n nodes in view.
func lodFor(z float64, n int) lod {
	switch {
	case z < titleZoom || n > maxTitleCards:
		return lodOverview
	case z < detailZoom || n > maxFullCards:
		return lodTitles
	}
	return lodFull
}

// renderer draws the chart. Its objects are created once; each sync
// positions the pooled cards and lines for the nodes and edges in view.
type renderer struct {
	c        *Chart
	bg       *canvas.Rectangle
	raster   *canvas.Raster
	painter  *rasterPainter
	frame    rasterFrame
	lines    *lineLayer
	moves    *lineLayer // the compare overlay's moved lines, above the connectors
	labels   *labelPool
	cards    *fyne.Container
	pool     []*cardView
	ghost    *cardView
	ghostBox *fyne.Container
	hThumb   *canvas.Rectangle
	vThumb   *canvas.Rectangle
	objects  []fyne.CanvasObject
	segs     []segment
	// Card assignment (see drawCards): the node each card showed last
	// frame, for the layout shownFor.
	shown, next map[int]*cardView
	shownFor    *chart.Chart
	stamp       uint64
	fresh       []int
	free        []*cardView
	merge       *segMerger
	over        *overlays
}

func newRenderer(c *Chart) *renderer {
	r := &renderer{
		c: c, bg: &canvas.Rectangle{}, lines: newLineLayer(), moves: newLineLayer(), labels: newLabelPool(),
		cards: container.NewWithoutLayout(), ghost: newCardView(),
		hThumb: &canvas.Rectangle{}, vThumb: &canvas.Rectangle{}, merge: newSegMerger(),
		shown: map[int]*cardView{}, next: map[int]*cardView{},
	}
	r.painter = &rasterPainter{frame: &r.frame}
	r.raster = canvas.NewRaster(r.painter.generate)
	r.raster.Hide()
	r.ghostBox = container.NewWithoutLayout(r.ghost.objs...)
	r.over = newOverlays(c)
	c.rend = r
	// Labels sit under the cards, as in exported pictures: cards cover
	// whatever overlaps them.
	r.objects = []fyne.CanvasObject{r.bg, r.raster, r.lines.box, r.labels.box, r.moves.box, r.cards, r.ghostBox, r.hThumb, r.vThumb}
	r.objects = append(r.objects, r.over.objs...)
	r.objects = append(r.objects, c.entry)
	return r
}

// Objects implements fyne.WidgetRenderer.
func (r *renderer) Objects() []fyne.CanvasObject { return r.objects }

// MinSize implements fyne.WidgetRenderer.
func (r *renderer) MinSize() fyne.Size { return r.c.MinSize() }

// Destroy implements fyne.WidgetRenderer.
func (r *renderer) Destroy() {}

// Layout follows the widget's size; a fitted view is fitted again.
func (r *renderer) Layout(size fyne.Size) {
	c := r.c
	c.view.w, c.view.h = float64(size.Width), float64(size.Height)
	// A fitted view follows the window until the user pans or zooms, so a
	// chart opened fitted stays fitted while the window settles its size.
	if c.autoFit && size.Width > 0 && size.Height > 0 {
		// The start view's level is chosen again only when the size
		// changed noticeably: each choice lays the chart out up to five
		// times, too much for every step of a window being resized.
		if c.autoLevel && (math.Abs(float64(size.Width-c.levelFor.Width)) > 40 || math.Abs(float64(size.Height-c.levelFor.Height)) > 40) {
			c.levelFor = size
			c.chooseLevel(0)
		}
		c.fitView()
	}
	r.sync()
}

// Refresh redraws the view.
func (r *renderer) Refresh() { r.sync() }

// sync makes the objects show the current viewport. It asks the chart's
// index for what is in view, so its cost follows the view, not the chart.
func (r *renderer) sync() {
	c := r.c
	size := c.Size()
	pal := newPalette(c.Theme())
	if k := (textCacheKey{pal.title, pal.detail, i18n.Language()}); c.textFor != k {
		c.textFor = k
		c.texts, c.labelW = map[textKey]*cardText{}, map[string]float32{}
		c.widths = map[float32]*runeWidths{}
	}
	r.bg.FillColor = pal.bg
	r.bg.Resize(size)
	for _, o := range []fyne.CanvasObject{r.raster, r.lines.box, r.cards, r.labels.box, r.moves.box, r.ghostBox} {
		o.Resize(size)
	}
	vr := c.view.rect()
	nodes := c.lay.Visible(vr)
	c.lod = lodFor(c.view.zoom, len(nodes))
	r.frame.reset(size.Width, size.Height)
	r.lines.begin()
	r.labels.begin()
	switch c.lod {
	case lodOverview:
		r.overviewNodes(nodes, pal)
		r.hideCards()
		r.rasterEdges(vr, pal)
	case lodTitles:
		r.drawCards(nodes, pal, false)
		r.rasterEdges(vr, pal)
	default:
		r.drawCards(nodes, pal, true)
		r.lineEdges(vr, pal)
	}
	r.moveLines(vr, pal, c.lod == lodFull)
	r.lines.end()
	r.labels.end()
	if r.frame.empty() {
		r.raster.Hide()
	} else {
		r.raster.Show()
		r.raster.Refresh()
	}
	r.drawGhost(pal)
	r.drawScrollBars(vr)
	r.over.sync(c, pal, size)
	r.placeEntry(pal)
	canvas.Refresh(r.bg) // marks the canvas dirty once for all moved objects
}

// stateOf is how node i is marked this frame.
func (c *Chart) stateOf(i int) cardState {
	n := &c.lay.Nodes[i]
	st := cardState{selected: i == c.sel.idx, highlighted: c.highlight[n.ID], mark: c.markOf(i)}
	if c.drag.kind == dragNode && c.drag.target == i {
		st.dropOK, st.dropBad = c.drag.reason == "", c.drag.reason != ""
	}
	if c.external != "" && n.Kind == chart.KindRole && n.ID == c.external {
		st.dropOK = true
	}
	return st
}

// drawCards shows the pooled cards for the nodes in view. A node keeps the
// card that showed it in the previous frame, so panning only moves cards
// (their texts keep their rendered textures); cards freed by nodes leaving
// the view go to the nodes entering it.
func (r *renderer) drawCards(nodes []int, pal *palette, full bool) {
	c := r.c
	if r.shownFor != c.lay {
		clear(r.shown)
		r.shownFor = c.lay
	}
	for len(r.pool) < len(nodes) {
		v := newCardView()
		r.pool = append(r.pool, v)
		r.cards.Objects = append(r.cards.Objects, v.objs...)
	}
	r.stamp++
	next := r.next
	clear(next)
	r.fresh = r.fresh[:0]
	for _, i := range nodes {
		if v, ok := r.shown[i]; ok {
			next[i], v.stamp = v, r.stamp
		} else {
			r.fresh = append(r.fresh, i)
		}
	}
	free := r.free[:0]
	for _, v := range r.pool {
		if v.stamp != r.stamp {
			free = append(free, v)
		}
	}
	for k, i := range r.fresh {
		next[i] = free[k]
	}
	for _, i := range nodes {
		next[i].draw(c, i, pal, c.stateOf(i), full)
	}
	for _, v := range free[len(r.fresh):] {
		if !v.body.Hidden {
			v.hide()
		}
	}
	r.free = free
	r.shown, r.next = next, r.shown
}

// hideCards hides every pooled card.
func (r *renderer) hideCards() {
	clear(r.shown)
	for _, v := range r.pool {
		if !v.body.Hidden {
			v.hide()
		}
	}
}

// lineEdges draws the connectors in view as line objects: solid reporting
// lines (pieces on a shared line merged) and dashed dotted-line links with
// their labels. Past the line budget the rest goes to the raster.
func (r *renderer) lineEdges(vr chart.Rect, pal *palette) {
	c := r.c
	z := c.view.zoom
	width := float32(math.Min(3, math.Max(1, 1.5*z)))
	r.collectEdges(vr, pal, func(s segment, dotted bool) {
		col := pal.line
		if dotted {
			col = pal.dotted
		}
		ok := true
		if dotted {
			ok = dashes(s, func(a, b fyne.Position) bool { return r.lines.add(a, b, col, width) })
		} else {
			ok = r.lines.add(s.a, s.b, col, width)
		}
		if !ok {
			r.rasterSegment(s, col, width, dotted)
		}
	}, true)
}

// rasterEdges draws the connectors in view into the raster.
func (r *renderer) rasterEdges(vr chart.Rect, pal *palette) {
	w := float32(math.Max(1, r.c.view.zoom))
	r.collectEdges(vr, pal, func(s segment, dotted bool) {
		col := pal.line
		if dotted {
			col = pal.dotted
		}
		r.rasterSegment(s, col, w, dotted)
	}, false)
}

// collectEdges clips the edges in view and hands their pieces to draw:
// solid axis-aligned pieces merged per line, the rest as they are. With
// labels it also places the dotted lines' labels.
func (r *renderer) collectEdges(vr chart.Rect, pal *palette, draw func(s segment, dotted bool), labels bool) {
	c := r.c
	z := c.view.zoom
	clip := vr.Inset(4 / z)
	r.merge.reset()
	for _, ei := range c.lay.EdgesVisible(vr) {
		e := &c.lay.Edges[ei]
		r.segs = c.edgeSegments(e, clip, r.segs[:0])
		for _, s := range r.segs {
			if e.Dotted || !r.merge.add(s) {
				draw(s, e.Dotted)
			}
		}
		if labels && e.Dotted && e.Label != "" {
			if p := labelPoint(e.Points); vr.Contains(p) {
				r.labels.add(e.Label, c.labelWidth(e.Label, pal), pal.detail*float32(z), float32(z), pal.dotted, pal.bg, c.view.toScreen(p))
			}
		}
	}
	r.merge.emit(func(a, b fyne.Position) { draw(segment{a: a, b: b}, false) })
}

// rasterSegment queues a connector piece for the raster layer.
func (r *renderer) rasterSegment(s segment, col color.Color, w float32, dashed bool) {
	r.frame.segs = append(r.frame.segs, rasterSeg{x0: s.a.X, y0: s.a.Y, x1: s.b.X, y1: s.b.Y,
		col: nrgba(col), width: w, dashed: dashed})
}

// overviewNodes draws the nodes in view as coloured boxes in the raster;
// search hits are filled with the highlight colour and the selection gets
// a ring big enough to find at any zoom.
func (r *renderer) overviewNodes(nodes []int, pal *palette) {
	c := r.c
	const ring = 6 // minimum half-size of the selection ring, in pixels
	var rings []rasterRect
	for _, i := range nodes {
		n := &c.lay.Nodes[i]
		st := c.stateOf(i)
		l := c.lookOf(n, pal, st)
		fill := l.fill
		switch {
		case st.highlighted:
			fill = pal.warning
		case st.mark != compare.MarkNone:
			fill = mix(pal.card, pal.marks.of(st.mark), 0.8)
		case n.Kind == chart.KindRole || n.Kind == chart.KindPerson:
			fill = mix(pal.card, l.band, 0.45)
		}
		p := c.view.toScreen(chart.Point{X: n.Rect.X, Y: n.Rect.Y})
		q := c.view.toScreen(chart.Point{X: n.Rect.Right(), Y: n.Rect.Bottom()})
		r.frame.rects = append(r.frame.rects, rasterRect{x0: p.X, y0: p.Y, x1: q.X, y1: q.Y, fill: nrgba(fill)})
		if st.selected || st.dropOK || st.dropBad {
			m := fyne.NewPos((p.X+q.X)/2, (p.Y+q.Y)/2)
			hw, hh := max((q.X-p.X)/2+2, ring), max((q.Y-p.Y)/2+2, ring)
			rings = append(rings, rasterRect{x0: m.X - hw, y0: m.Y - hh, x1: m.X + hw, y1: m.Y + hh, stroke: nrgba(l.stroke)})
		}
	}
	r.frame.rects = append(r.frame.rects, rings...) // on top of every box
}

// drawGhost shows the card being dragged under the pointer.
func (r *renderer) drawGhost(pal *palette) {
	c := r.c
	if c.drag.kind != dragNode || !c.drag.moved {
		r.ghostBox.Hide()
		return
	}
	r.ghostBox.Show()
	n := &c.lay.Nodes[c.drag.source]
	z := float32(c.view.zoom)
	w, h := float32(n.Rect.W)*z, float32(n.Rect.H)*z
	pos := c.drag.current().Subtract(c.drag.grab)
	v := r.ghost
	v.hide()
	l := c.lookOf(n, pal, cardState{})
	fill := nrgba(l.fill)
	fill.A = 0xC0
	v.body.FillColor, v.body.StrokeColor, v.body.StrokeWidth, v.body.CornerRadius = fill, pal.primary, 2, cardRadius*z
	place(v.body, pos, fyne.NewSize(w, h))
	t := c.textOf(c.drag.source, pal)
	if len(t.title) > 0 {
		setText(v.title, t.title[0], titleSize(pal, z), l.text, pos.AddXY(cardPad*z, titleTop*z))
	}
}

// drawScrollBars shows where the view is within the chart, like Fyne's
// own scroll bars; they can be dragged.
func (r *renderer) drawScrollBars(vr chart.Rect) {
	c := r.c
	th := c.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	col := th.Color(theme.ColorNameScrollBar, v)
	h, vert := c.scrollBars()
	r.hThumb.FillColor, r.vThumb.FillColor = col, col
	barW := th.Size(theme.SizeNameScrollBar) / 2
	for _, b := range []struct {
		rect *canvas.Rectangle
		bar  scrollBar
	}{{r.hThumb, h}, {r.vThumb, vert}} {
		if !b.bar.shown {
			b.rect.Hide()
			continue
		}
		b.rect.CornerRadius = barW / 2
		place(b.rect, b.bar.thumb.Position(), b.bar.thumb.Size())
	}
}

// placeEntry puts the in-place rename box over the card being renamed.
func (r *renderer) placeEntry(pal *palette) {
	c := r.c
	e := c.edit
	if e == nil || e.idx < 0 || e.idx >= len(c.lay.Nodes) {
		c.entry.Hide()
		return
	}
	n := &c.lay.Nodes[e.idx]
	z := float32(c.view.zoom)
	pos := c.view.toScreen(chart.Point{X: n.Rect.X, Y: n.Rect.Y})
	min := c.entry.MinSize()
	w := float32(math.Max(float64(n.Rect.W)*float64(z), 160))
	c.entry.Resize(fyne.NewSize(w, min.Height))
	c.entry.Move(pos.AddXY(0, float32(titleTop)*z-min.Height/4))
	c.entry.Show()
}

func nrgba(c color.Color) color.NRGBA { return color.NRGBAModel.Convert(c).(color.NRGBA) }
