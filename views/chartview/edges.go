package chartview

import (
	"cmp"
	"image/color"
	"math"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"

	"orgdesigner/app/chart"
)

// Dash pattern of dotted-line links, in screen pixels.
const (
	dashOn    = 6.0
	dashOff   = 4.0
	maxLines  = 1500 // line objects per frame; denser edges go to the raster
	maxLabels = 120  // dotted-line label objects per frame
)

// lineLayer is a pool of line objects reused frame after frame.
type lineLayer struct {
	box  *fyne.Container
	pool []*canvas.Line
	used int
}

func newLineLayer() *lineLayer { return &lineLayer{box: container.NewWithoutLayout()} }

func (l *lineLayer) begin() { l.used = 0 }

// add draws one line; it returns false when the frame's budget is spent.
func (l *lineLayer) add(a, b fyne.Position, col color.Color, width float32) bool {
	if l.used == maxLines {
		return false
	}
	if l.used == len(l.pool) {
		ln := &canvas.Line{}
		l.pool = append(l.pool, ln)
		// Appending directly avoids Container.Add, which refreshes every child.
		l.box.Objects = append(l.box.Objects, ln)
	}
	ln := l.pool[l.used]
	l.used++
	ln.Position1, ln.Position2 = a, b
	ln.StrokeColor, ln.StrokeWidth, ln.Hidden = col, width, false
	return true
}

// end hides the lines this frame did not use.
func (l *lineLayer) end() {
	for _, ln := range l.pool[l.used:] {
		ln.Hidden = true
	}
}

// labelPool is a pool of dotted-line labels: a text on a patch of
// background that breaks the line under it.
type labelPool struct {
	box   *fyne.Container
	texts []*canvas.Text
	backs []*canvas.Rectangle
	used  int
}

func newLabelPool() *labelPool { return &labelPool{box: container.NewWithoutLayout()} }

func (p *labelPool) begin() { p.used = 0 }

// add shows label s of width w (at 100 %) centred on center.
func (p *labelPool) add(s string, w, size, z float32, col, bg color.Color, center fyne.Position) {
	if p.used == maxLabels {
		return
	}
	if p.used == len(p.texts) {
		t, r := &canvas.Text{Alignment: fyne.TextAlignCenter}, &canvas.Rectangle{}
		p.texts, p.backs = append(p.texts, t), append(p.backs, r)
		p.box.Objects = append(p.box.Objects, r, t)
	}
	t, r := p.texts[p.used], p.backs[p.used]
	p.used++
	h := size * lineSpacing
	w = w*z + 2*badgeHPad*z
	at := center.SubtractXY(w/2, h/2)
	r.FillColor, r.CornerRadius = bg, h/4
	place(r, at, fyne.NewSize(w, h))
	t.Resize(fyne.NewSize(w, h))
	setText(t, s, size, col, at)
}

func (p *labelPool) end() {
	for k := p.used; k < len(p.texts); k++ {
		p.texts[k].Hidden, p.backs[k].Hidden = true, true
	}
}

// segment is a connector piece in widget coordinates; along is the
// distance of a from the start of the unclipped piece, so dashes stay put
// while the view pans.
type segment struct {
	a, b  fyne.Position
	along float64
}

// clipSegment clips the chart-space segment p→q to r (Liang–Barsky) and
// maps it to the screen; ok is false when nothing is left.
func (c *Chart) clipSegment(p, q chart.Point, r chart.Rect) (segment, bool) {
	t0, t1 := 0.0, 1.0
	dx, dy := q.X-p.X, q.Y-p.Y
	edges := [4][2]float64{{-dx, p.X - r.X}, {dx, r.Right() - p.X}, {-dy, p.Y - r.Y}, {dy, r.Bottom() - p.Y}}
	for _, e := range edges {
		pe, qe := e[0], e[1]
		if pe == 0 {
			if qe < 0 {
				return segment{}, false
			}
			continue
		}
		t := qe / pe
		if pe < 0 {
			t0 = math.Max(t0, t)
		} else {
			t1 = math.Min(t1, t)
		}
		if t0 > t1 {
			return segment{}, false
		}
	}
	a := chart.Point{X: p.X + t0*dx, Y: p.Y + t0*dy}
	b := chart.Point{X: p.X + t1*dx, Y: p.Y + t1*dy}
	along := t0 * math.Hypot(dx, dy) * c.view.zoom
	return segment{a: c.view.toScreen(a), b: c.view.toScreen(b), along: along}, true
}

// edgeSegments returns the visible pieces of edge e.
func (c *Chart) edgeSegments(e *chart.Edge, r chart.Rect, out []segment) []segment {
	for k := 1; k < len(e.Points); k++ {
		if s, ok := c.clipSegment(e.Points[k-1], e.Points[k], r); ok {
			out = append(out, s)
		}
	}
	return out
}

// dashes splits a segment into its dash pieces.
func dashes(s segment, yield func(a, b fyne.Position) bool) bool {
	dx, dy := float64(s.b.X-s.a.X), float64(s.b.Y-s.a.Y)
	length := math.Hypot(dx, dy)
	if length == 0 {
		return true
	}
	ux, uy := dx/length, dy/length
	period := dashOn + dashOff
	// Start at the dash boundary before the clipped start.
	start := math.Floor(s.along/period)*period - s.along
	for d := start; d < length; d += period {
		from, to := math.Max(d, 0), math.Min(d+dashOn, length)
		if to <= from {
			continue
		}
		a := fyne.NewPos(s.a.X+float32(ux*from), s.a.Y+float32(uy*from))
		b := fyne.NewPos(s.a.X+float32(ux*to), s.a.Y+float32(uy*to))
		if !yield(a, b) {
			return false
		}
	}
	return true
}

// labelPoint is the middle of an edge's polyline, by length.
func labelPoint(pts []chart.Point) chart.Point {
	total := 0.0
	for k := 1; k < len(pts); k++ {
		total += math.Hypot(pts[k].X-pts[k-1].X, pts[k].Y-pts[k-1].Y)
	}
	half := total / 2
	for k := 1; k < len(pts); k++ {
		l := math.Hypot(pts[k].X-pts[k-1].X, pts[k].Y-pts[k-1].Y)
		if l >= half && l > 0 {
			t := half / l
			return chart.Point{X: pts[k-1].X + t*(pts[k].X-pts[k-1].X), Y: pts[k-1].Y + t*(pts[k].Y-pts[k-1].Y)}
		}
		half -= l
	}
	if len(pts) > 0 {
		return pts[0]
	}
	return chart.Point{}
}

// span is an interval along a horizontal or vertical line.
type span struct{ from, to float32 }

// segMerger joins axis-aligned connector pieces that lie on the same line:
// the elbows from a parent to its children share their bus, so a parent
// of 200 children would otherwise draw 200 overlapping lines.
type segMerger struct {
	rows, cols map[int32][]span // by y (horizontal pieces) and x (vertical), in half pixels
	keys       []int32
}

func newSegMerger() *segMerger {
	return &segMerger{rows: map[int32][]span{}, cols: map[int32][]span{}}
}

func (m *segMerger) reset() {
	clear(m.rows)
	clear(m.cols)
}

// add takes an axis-aligned piece; it returns false for any other.
func (m *segMerger) add(s segment) bool {
	switch {
	case s.a.Y == s.b.Y:
		k := int32(math.Round(float64(s.a.Y) * 2))
		m.rows[k] = append(m.rows[k], span{min(s.a.X, s.b.X), max(s.a.X, s.b.X)})
	case s.a.X == s.b.X:
		k := int32(math.Round(float64(s.a.X) * 2))
		m.cols[k] = append(m.cols[k], span{min(s.a.Y, s.b.Y), max(s.a.Y, s.b.Y)})
	default:
		return false
	}
	return true
}

// emit yields the merged lines, in a stable order.
func (m *segMerger) emit(yield func(a, b fyne.Position)) {
	m.emitLines(m.rows, func(k int32, s span) { yield(fyne.NewPos(s.from, float32(k)/2), fyne.NewPos(s.to, float32(k)/2)) })
	m.emitLines(m.cols, func(k int32, s span) { yield(fyne.NewPos(float32(k)/2, s.from), fyne.NewPos(float32(k)/2, s.to)) })
}

func (m *segMerger) emitLines(lines map[int32][]span, yield func(int32, span)) {
	m.keys = m.keys[:0]
	for k := range lines {
		m.keys = append(m.keys, k)
	}
	slices.Sort(m.keys)
	for _, k := range m.keys {
		spans := lines[k]
		slices.SortFunc(spans, func(a, b span) int { return cmp.Compare(a.from, b.from) })
		cur := spans[0]
		for _, s := range spans[1:] {
			if s.from <= cur.to+0.5 {
				cur.to = max(cur.to, s.to)
				continue
			}
			yield(k, cur)
			cur = s
		}
		yield(k, cur)
	}
}
