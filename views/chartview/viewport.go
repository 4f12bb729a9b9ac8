package chartview

import (
	"math"

	"fyne.io/fyne/v2"

	"orgdesigner/app/chart"
)

// Zoom limits and steps. detailZoom is the scale from which card text is
// drawn; below it cards show their title only, and far out (or with too
// many cards in view) the chart is drawn as one raster.
const (
	minZoom    = 0.001
	maxZoom    = 4.0
	zoomStep   = 1.25
	detailZoom = 0.55
	titleZoom  = 0.3
	fitMargin  = 0.94 // share of the widget a fitted chart fills
	fitMaxZoom = 1.0  // fitting never enlarges a small chart beyond 100 %
)

// viewport maps chart coordinates to widget coordinates:
// screen = (chart − origin) × zoom.
type viewport struct {
	zoom float64
	x, y float64 // chart coordinates of the widget's top-left corner
	w, h float64 // widget size
}

// rect is the part of the chart in view.
func (v *viewport) rect() chart.Rect {
	return chart.Rect{X: v.x, Y: v.y, W: v.w / v.zoom, H: v.h / v.zoom}
}

// toScreen maps a chart point to widget coordinates.
func (v *viewport) toScreen(p chart.Point) fyne.Position {
	return fyne.NewPos(float32((p.X-v.x)*v.zoom), float32((p.Y-v.y)*v.zoom))
}

// toChart maps a widget position to chart coordinates.
func (v *viewport) toChart(p fyne.Position) chart.Point {
	return chart.Point{X: v.x + float64(p.X)/v.zoom, Y: v.y + float64(p.Y)/v.zoom}
}

// zoomAt changes the zoom keeping the chart point under p where it is.
func (v *viewport) zoomAt(z float64, p fyne.Position) {
	z = clampZoom(z)
	q := v.toChart(p)
	v.zoom = z
	v.x = q.X - float64(p.X)/z
	v.y = q.Y - float64(p.Y)/z
}

// centerOn scrolls so chart point p is in the middle of the widget.
func (v *viewport) centerOn(p chart.Point) {
	v.x = p.X - v.w/2/v.zoom
	v.y = p.Y - v.h/2/v.zoom
}

// fit zooms and scrolls so b fills the widget, never beyond fitMaxZoom.
func (v *viewport) fit(b chart.Rect) {
	if v.w <= 0 || v.h <= 0 {
		return
	}
	z := fitMaxZoom
	if b.W > 0 && b.H > 0 {
		z = math.Min(z, math.Min(v.w/b.W, v.h/b.H)*fitMargin)
	}
	v.zoom = clampZoom(z)
	v.centerOn(b.Center())
}

// scrollBy pans by d widget units.
func (v *viewport) scrollBy(dx, dy float32) {
	v.x += float64(dx) / v.zoom
	v.y += float64(dy) / v.zoom
}

// clamp keeps some of the chart in view: the chart's edge may come at
// most to the middle of the widget.
func (v *viewport) clamp(b chart.Rect) {
	vw, vh := v.w/v.zoom, v.h/v.zoom
	v.x = math.Max(math.Min(v.x, b.Right()-vw/2), b.X-vw/2)
	v.y = math.Max(math.Min(v.y, b.Bottom()-vh/2), b.Y-vh/2)
}

// ensure scrolls the least needed to bring r (plus a margin) into view.
func (v *viewport) ensure(r chart.Rect) {
	m := 24 / v.zoom
	vr := v.rect()
	r = r.Inset(m)
	switch {
	case r.W > vr.W:
		v.x = r.Center().X - vr.W/2
	case r.X < vr.X:
		v.x = r.X
	case r.Right() > vr.Right():
		v.x = r.Right() - vr.W
	}
	switch {
	case r.H > vr.H:
		v.y = r.Center().Y - vr.H/2
	case r.Y < vr.Y:
		v.y = r.Y
	case r.Bottom() > vr.Bottom():
		v.y = r.Bottom() - vr.H
	}
}

func clampZoom(z float64) float64 {
	if math.IsNaN(z) {
		return 1
	}
	return math.Max(minZoom, math.Min(maxZoom, z))
}

// Zoom returns the current zoom factor (1 = 100 %).
func (c *Chart) Zoom() float64 { return c.view.zoom }

// ZoomIn zooms in one step around the middle of the view.
func (c *Chart) ZoomIn() { c.zoomCentered(c.view.zoom * zoomStep) }

// ZoomOut zooms out one step around the middle of the view.
func (c *Chart) ZoomOut() { c.zoomCentered(c.view.zoom / zoomStep) }

// ZoomReset returns to 100 %, keeping the middle of the view in place.
func (c *Chart) ZoomReset() { c.zoomCentered(1) }

// SetZoom sets the zoom factor around the middle of the view.
func (c *Chart) SetZoom(z float64) { c.zoomCentered(z) }

func (c *Chart) zoomCentered(z float64) {
	c.autoFit = false
	c.view.zoomAt(z, fyne.NewPos(float32(c.view.w/2), float32(c.view.h/2)))
	c.Refresh()
}

// Fit zooms and scrolls so the whole chart fits the widget, never beyond
// 100 %. What the user opened (a level chosen, branches unfolded or
// folded) stays as it is and is framed whole, even when its titles then
// fall below 11 pixels: they asked to see it. Until they choose, the
// titles stay readable: when the chart as folded now is too big for that,
// deeper levels are folded (see SetLevel) until it fits or only the top
// levels are left, whose top is then shown. With the compare overlay on,
// the branches that hold changes are opened as far as the chart stays
// readable. The view stays fitted when the widget is resized, until the
// user pans or zooms.
func (c *Chart) Fit() {
	c.autoFit = true
	if c.view.w > 0 && c.view.h > 0 {
		if !c.chosen && !c.fits(c.lay.Bounds) {
			c.chooseLevel(c.opts.Level)
		} else {
			c.unfoldChanges()
		}
		c.fitView()
	}
	c.Refresh()
}

// ScrollBy pans the view by d widget units (positive: towards the right
// and bottom of the chart).
func (c *Chart) ScrollBy(dx, dy float32) {
	c.autoFit = false
	c.view.scrollBy(dx, dy)
	c.view.clamp(c.lay.Bounds)
	c.Refresh()
}

// ensureVisible scrolls node i into view.
func (c *Chart) ensureVisible(i int) {
	if i < 0 || i >= len(c.lay.Nodes) || c.view.w <= 0 {
		return
	}
	before := c.view
	c.view.ensure(c.lay.Nodes[i].Rect)
	c.clearOverlays(c.lay.Nodes[i].Rect)
	if c.view != before {
		c.autoFit = false
		c.Refresh()
	}
}
