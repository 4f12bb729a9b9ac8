package chart

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"io"
	"math"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"

	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// MaxPNGPixels caps WritePNG: 50 million pixels is a 200 MB image in
// memory, about what a desktop app can afford next to its document.
const MaxPNGPixels = 50_000_000

// TooLargeError is returned by WritePNG when the picture would exceed
// MaxPNGPixels; nothing is written. FitScale gives a scale that fits.
type TooLargeError struct{ Width, Height int }

func (e *TooLargeError) Error() string {
	return i18n.L("The picture would be %d × %d pixels, more than the limit of %d million pixels. Export a smaller area, use a smaller scale, or export SVG.",
		e.Width, e.Height, MaxPNGPixels/1_000_000)
}

// FitScale returns scale, or the largest smaller scale at which a PNG of
// area stays within MaxPNGPixels.
func FitScale(area Rect, scale float64) float64 {
	px := area.W * area.H * scale * scale
	if px <= MaxPNGPixels || px <= 0 {
		return scale
	}
	// Rounding each side up adds up to one pixel per side; leave room.
	return scale * math.Sqrt(MaxPNGPixels/px) * 0.995
}

// WritePNG renders the chart, or the part of it inside area (nil: the
// whole chart with a margin), as a PNG image; scale is pixels per chart
// unit (2 for a sharp print). Text is rasterised with the bundled font, so
// Chinese renders without system fonts. A picture over MaxPNGPixels is
// refused with a *TooLargeError before anything is drawn.
func WritePNG(w io.Writer, c *Chart, doc *data.Document, area *Rect, scale float64, style Style) error {
	if c == nil {
		return fmt.Errorf("export picture: no chart")
	}
	a := exportArea(c, area, style)
	if !(scale > 0) || math.IsInf(scale, 0) {
		return fmt.Errorf("export picture: the scale must be a positive number, not %v", scale)
	}
	if !(a.W > 0 && a.H > 0) {
		return fmt.Errorf("export picture: empty area %v", a)
	}
	fw, fh := math.Ceil(a.W*scale), math.Ceil(a.H*scale)
	if fw*fh > MaxPNGPixels {
		return &TooLargeError{Width: int(math.Min(fw, math.MaxInt32)), Height: int(math.Min(fh, math.MaxInt32))}
	}
	s, err := newScene(c, doc, style)
	if err != nil {
		return err
	}
	f, err := bundledFont()
	if err != nil {
		return err
	}
	img := image.NewRGBA(image.Rect(0, 0, int(fw), int(fh)))
	p := &pngPainter{img: img, origin: Point{a.X, a.Y}, scale: scale, font: f, faces: map[float64]font.Face{}}
	defer p.close()
	s.draw(p, a)
	if err := png.Encode(w, img); err != nil {
		return fmt.Errorf("export picture: %w", err)
	}
	return nil
}

// pngPainter rasterises onto an RGBA image. Each shape is rasterised in a
// mask the size of its own bounding box, so memory stays proportional to
// the largest shape, not the picture.
type pngPainter struct {
	img    *image.RGBA
	origin Point
	scale  float64
	z      vector.Rasterizer
	font   *sfnt.Font
	faces  map[float64]font.Face
}

func (p *pngPainter) close() {
	for _, f := range p.faces {
		f.Close()
	}
}

// px converts chart coordinates to pixels.
func (p *pngPainter) px(q Point) (float64, float64) {
	return (q.X - p.origin.X) * p.scale, (q.Y - p.origin.Y) * p.scale
}

// path is a closed polygon or curve outline in pixel coordinates.
type path struct {
	ops []pathOp
}

type pathOp struct {
	cubic bool
	pts   [3][2]float64 // line: pts[0]; cubic: control, control, end
}

func (pa *path) lineTo(x, y float64) { pa.ops = append(pa.ops, pathOp{pts: [3][2]float64{{x, y}}}) }

// arc appends a quarter circle from the current point to (x1, y1) whose
// corner is (cx, cy), approximated by one cubic Bézier.
func (pa *path) arc(x0, y0, cx, cy, x1, y1 float64) {
	const k = 0.5523 // 4/3·(√2−1): the classic circle approximation
	pa.ops = append(pa.ops, pathOp{cubic: true, pts: [3][2]float64{
		{x0 + k*(cx-x0), y0 + k*(cy-y0)}, {x1 + k*(cx-x1), y1 + k*(cy-y1)}, {x1, y1}}})
}

// roundRect outlines a rectangle (pixels) with top and bottom radii;
// reverse traces it anticlockwise, so it cuts a hole in an outer outline.
func roundRect(x0, y0, x1, y1, rt, rb float64, reverse bool) path {
	var pa path
	if !reverse {
		pa.lineTo(x0+rt, y0)
		pa.lineTo(x1-rt, y0)
		pa.arc(x1-rt, y0, x1, y0, x1, y0+rt)
		pa.lineTo(x1, y1-rb)
		pa.arc(x1, y1-rb, x1, y1, x1-rb, y1)
		pa.lineTo(x0+rb, y1)
		pa.arc(x0+rb, y1, x0, y1, x0, y1-rb)
		pa.lineTo(x0, y0+rt)
		pa.arc(x0, y0+rt, x0, y0, x0+rt, y0)
		return pa
	}
	pa.lineTo(x0+rt, y0)
	pa.arc(x0+rt, y0, x0, y0, x0, y0+rt)
	pa.lineTo(x0, y1-rb)
	pa.arc(x0, y1-rb, x0, y1, x0+rb, y1)
	pa.lineTo(x1-rb, y1)
	pa.arc(x1-rb, y1, x1, y1, x1, y1-rb)
	pa.lineTo(x1, y0+rt)
	pa.arc(x1, y0+rt, x1, y0, x1-rt, y0)
	pa.lineTo(x0+rt, y0)
	return pa
}

// fill rasterises the outlines (their union, with reversed outlines as
// holes) inside the pixel box bx and paints them with c.
func (p *pngPainter) fill(bx image.Rectangle, c color.NRGBA, outlines ...path) {
	bx = bx.Intersect(p.img.Bounds())
	if bx.Empty() || c.A == 0 {
		return
	}
	p.z.Reset(bx.Dx(), bx.Dy())
	ox, oy := float64(bx.Min.X), float64(bx.Min.Y)
	f32 := func(v float64, o float64) float32 { return float32(v - o) }
	for _, pa := range outlines {
		if len(pa.ops) == 0 {
			continue
		}
		start := pa.ops[len(pa.ops)-1].pts[0]
		if pa.ops[len(pa.ops)-1].cubic {
			start = pa.ops[len(pa.ops)-1].pts[2]
		}
		p.z.MoveTo(f32(start[0], ox), f32(start[1], oy))
		for _, op := range pa.ops {
			if op.cubic {
				p.z.CubeTo(f32(op.pts[0][0], ox), f32(op.pts[0][1], oy), f32(op.pts[1][0], ox), f32(op.pts[1][1], oy),
					f32(op.pts[2][0], ox), f32(op.pts[2][1], oy))
			} else {
				p.z.LineTo(f32(op.pts[0][0], ox), f32(op.pts[0][1], oy))
			}
		}
		p.z.ClosePath()
	}
	p.z.Draw(p.img, bx, image.NewUniform(c), image.Point{})
}

// pixelBox is the integer pixel box holding the float box, plus a pixel of
// anti-aliasing.
func pixelBox(x0, y0, x1, y1 float64) image.Rectangle {
	return image.Rect(int(math.Floor(x0))-1, int(math.Floor(y0))-1, int(math.Ceil(x1))+1, int(math.Ceil(y1))+1)
}

func (p *pngPainter) shape(r Rect, rt, rb float64, fill, stroke color.NRGBA, sw float64) {
	x0, y0 := p.px(Point{r.X, r.Y})
	x1, y1 := p.px(Point{r.Right(), r.Bottom()})
	if rt == 0 && rb == 0 && fill.A == 0xFF && stroke.A == 0 {
		// A plain opaque rectangle (the background) needs no mask.
		box := image.Rect(int(math.Floor(x0)), int(math.Floor(y0)), int(math.Ceil(x1)), int(math.Ceil(y1)))
		draw.Draw(p.img, box.Intersect(p.img.Bounds()), image.NewUniform(fill), image.Point{}, draw.Src)
		return
	}
	rt, rb = clampRadius(r, rt)*p.scale, clampRadius(r, rb)*p.scale
	if fill.A > 0 {
		p.fill(pixelBox(x0, y0, x1, y1), fill, roundRect(x0, y0, x1, y1, rt, rb, false))
	}
	if stroke.A > 0 && sw > 0 {
		h := math.Max(sw*p.scale, 1) / 2 // hairlines stay one pixel wide
		outer := roundRect(x0-h, y0-h, x1+h, y1+h, rt+h, rb+h, false)
		inner := roundRect(x0+h, y0+h, x1-h, y1-h, math.Max(rt-h, 0), math.Max(rb-h, 0), true)
		p.fill(pixelBox(x0-h, y0-h, x1+h, y1+h), stroke, outer, inner)
	}
}

// line strokes a polyline as one rectangle per segment (dashes split into
// pieces), each extended by half the width so corners join squarely.
func (p *pngPainter) line(pts []Point, c color.NRGBA, width float64, dashed bool) {
	h := math.Max(width*p.scale, 1) / 2
	var segs []path
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	add := func(ax, ay, bx, by float64) {
		segs = append(segs, segment(ax, ay, bx, by, h))
		x0, y0 = math.Min(x0, math.Min(ax, bx)-h), math.Min(y0, math.Min(ay, by)-h)
		x1, y1 = math.Max(x1, math.Max(ax, bx)+h), math.Max(y1, math.Max(ay, by)+h)
	}
	dash, gap := 4*width*p.scale, 2.7*width*p.scale
	on, left := true, dash // the dash pattern carries on across corners
	for i := 1; i < len(pts); i++ {
		ax, ay := p.px(pts[i-1])
		bx, by := p.px(pts[i])
		if !dashed {
			add(ax, ay, bx, by)
			continue
		}
		l := math.Hypot(bx-ax, by-ay)
		for t := 0.0; t < l; {
			step := math.Min(left, l-t)
			if on {
				add(ax+(bx-ax)*t/l, ay+(by-ay)*t/l, ax+(bx-ax)*(t+step)/l, ay+(by-ay)*(t+step)/l)
			}
			t += step
			if left -= step; left <= 1e-9 {
				on = !on
				left = gap
				if on {
					left = dash
				}
			}
		}
	}
	if len(segs) > 0 {
		p.fill(pixelBox(x0, y0, x1, y1), c, segs...)
	}
}

// segment outlines the segment a→b widened by h on each side and extended
// by h at both ends.
func segment(ax, ay, bx, by, h float64) path {
	dx, dy := bx-ax, by-ay
	l := math.Hypot(dx, dy)
	if l == 0 {
		dx, dy, l = 1, 0, 1
	}
	ux, uy := dx/l*h, dy/l*h // along, length h
	nx, ny := -uy, ux        // across, length h
	var pa path
	pa.lineTo(ax-ux+nx, ay-uy+ny)
	pa.lineTo(bx+ux+nx, by+uy+ny)
	pa.lineTo(bx+ux-nx, by+uy-ny)
	pa.lineTo(ax-ux-nx, ay-uy-ny)
	return pa
}

func (p *pngPainter) circle(center Point, r float64, fill color.NRGBA) {
	x, y := p.px(center)
	rr := r * p.scale
	p.fill(pixelBox(x-rr, y-rr, x+rr, y+rr), fill, roundRect(x-rr, y-rr, x+rr, y+rr, rr, rr, false))
}

func (p *pngPainter) group(string) {}
func (p *pngPainter) endGroup()    {}

func (p *pngPainter) face(size float64) font.Face {
	if f, ok := p.faces[size]; ok {
		return f
	}
	f, err := opentype.NewFace(p.font, &opentype.FaceOptions{Size: size * p.scale, DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		return nil // only for a non-positive size; the text is skipped
	}
	p.faces[size] = f
	return f
}

func (p *pngPainter) text(x, y float64, s string, size float64, c color.NRGBA, a anchor) {
	f := p.face(size)
	if s == "" || f == nil {
		return
	}
	d := font.Drawer{Dst: p.img, Src: image.NewUniform(c), Face: f}
	px, py := p.px(Point{x, y})
	switch a {
	case anchorMiddle:
		px -= float64(d.MeasureString(s)) / 64 / 2
	case anchorEnd:
		px -= float64(d.MeasureString(s)) / 64
	}
	d.Dot = fixed.Point26_6{X: fixed.Int26_6(math.Round(px * 64)), Y: fixed.Int26_6(math.Round(py * 64))}
	d.DrawString(s)
}
