package chartview

import (
	"fyne.io/fyne/v2/canvas"

	"orgdesigner/app/chart"
)

// overlayAreas are the widget rectangles (pixels) the chart's floating
// parts cover with the view as it is: the level control at the top left,
// the matrix and compare legends at the bottom left (as last drawn), and
// the minimap at the bottom right whenever part of the chart is out of
// view (it is drawn then, so it is counted before it first shows).
func (c *Chart) overlayAreas() []chart.Rect {
	var out []chart.Rect
	ls := c.levels.box.MinSize()
	out = append(out, chart.Rect{X: 0, Y: 0, W: float64(ls.Width) + overlayPad + 2, H: float64(ls.Height) + overlayPad + 2})
	if c.rend != nil && c.rend.over != nil {
		o := c.rend.over
		for _, bg := range []*canvas.Rectangle{o.legendBg, o.compare.bg} {
			if bg.Visible() {
				p, s := bg.Position(), bg.Size()
				out = append(out, chart.Rect{X: float64(p.X), Y: float64(p.Y), W: float64(s.Width), H: float64(s.Height)})
			}
		}
	}
	vw, vh := float32(c.view.w), float32(c.view.h)
	mw := min(maxMiniW, vw/5, vh/4*3/2)
	mh := mw * 2 / 3
	b, vr := c.lay.Bounds, c.view.rect()
	inView := vr.X <= b.X && vr.Y <= b.Y && vr.Right() >= b.Right() && vr.Bottom() >= b.Bottom()
	if !inView && mw >= minMiniW {
		out = append(out, chart.Rect{X: float64(vw - overlayPad - mw), Y: float64(vh - overlayPad - mh), W: float64(mw), H: float64(mh)})
	}
	return out
}

// clearOverlays scrolls the view, up or down, the least needed so that
// chart rectangle r (a card scrolled into view) is not under one of the
// chart's floating parts, when the view has room for that; a card
// selected in the structure tree was left under the minimap.
func (c *Chart) clearOverlays(r chart.Rect) {
	v := &c.view
	const m = 12.0 // pixels kept between the card and an overlay
	for range 3 {  // moving clear of one overlay can put it under another
		s := chart.Rect{X: (r.X - v.x) * v.zoom, Y: (r.Y - v.y) * v.zoom, W: r.W * v.zoom, H: r.H * v.zoom}.Inset(m)
		moved := false
		for _, a := range c.overlayAreas() {
			if !s.Intersects(a) {
				continue
			}
			var dy float64 // pixels to scroll the chart content up (+) or down (−)
			if a.Y+a.H/2 > v.h/2 {
				dy = s.Bottom() - a.Y // an overlay at the bottom: lift the card above it
			} else {
				dy = s.Y - a.Bottom() // at the top: bring the card below it
			}
			if s.Y-dy < 0 || s.Bottom()-dy > v.h {
				continue // no room: the card stays where ensure put it
			}
			v.y += dy / v.zoom
			moved = true
			break
		}
		if !moved {
			return
		}
	}
}
