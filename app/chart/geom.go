package chart

import "math"

// Point is a position in chart coordinates.
type Point struct{ X, Y float64 }

// Rect is an axis-aligned rectangle: top-left corner, width and height.
type Rect struct{ X, Y, W, H float64 }

// Right returns the x coordinate of the right edge.
func (r Rect) Right() float64 { return r.X + r.W }

// Bottom returns the y coordinate of the bottom edge.
func (r Rect) Bottom() float64 { return r.Y + r.H }

// Center returns the centre point.
func (r Rect) Center() Point { return Point{r.X + r.W/2, r.Y + r.H/2} }

// Intersects reports whether r and s share at least one point (touching
// edges count, so a zero-size rectangle on a border is found).
func (r Rect) Intersects(s Rect) bool {
	return r.X <= s.X+s.W && s.X <= r.X+r.W && r.Y <= s.Y+s.H && s.Y <= r.Y+r.H
}

// Contains reports whether p lies inside r or on its border.
func (r Rect) Contains(p Point) bool {
	return p.X >= r.X && p.X <= r.X+r.W && p.Y >= r.Y && p.Y <= r.Y+r.H
}

// Union returns the smallest rectangle holding r and s.
func (r Rect) Union(s Rect) Rect {
	x0, y0 := math.Min(r.X, s.X), math.Min(r.Y, s.Y)
	x1, y1 := math.Max(r.Right(), s.Right()), math.Max(r.Bottom(), s.Bottom())
	return Rect{x0, y0, x1 - x0, y1 - y0}
}

// Inset returns r grown by d on every side (shrunk when d < 0).
func (r Rect) Inset(d float64) Rect { return Rect{r.X - d, r.Y - d, r.W + 2*d, r.H + 2*d} }

// boundsOf returns the bounding box of a polyline.
func boundsOf(pts []Point) Rect {
	if len(pts) == 0 {
		return Rect{}
	}
	x0, y0, x1, y1 := pts[0].X, pts[0].Y, pts[0].X, pts[0].Y
	for _, p := range pts[1:] {
		x0, x1 = math.Min(x0, p.X), math.Max(x1, p.X)
		y0, y1 = math.Min(y0, p.Y), math.Max(y1, p.Y)
	}
	return Rect{x0, y0, x1 - x0, y1 - y0}
}
