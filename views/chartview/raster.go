package chartview

import (
	"image"
	"image/color"
	"math"
)

// rasterFrame is what the raster layer draws this frame, in widget units:
// the whole chart when zoomed far out, the connectors when there are too
// many for line objects. It is built on each sync and read by the
// generator, which only draws.
type rasterFrame struct {
	w, h  float32
	rects []rasterRect
	segs  []rasterSeg
}

type rasterRect struct {
	x0, y0, x1, y1 float32
	fill, stroke   color.NRGBA
}

type rasterSeg struct {
	x0, y0, x1, y1 float32
	col            color.NRGBA
	width          float32
	dashed         bool
}

func (f *rasterFrame) reset(w, h float32) {
	f.w, f.h = w, h
	f.rects, f.segs = f.rects[:0], f.segs[:0]
}

func (f *rasterFrame) empty() bool { return len(f.rects) == 0 && len(f.segs) == 0 }

// rasterPainter draws frames into one reused image: a frame is painted
// before the next is built, so a single buffer is safe.
type rasterPainter struct {
	frame *rasterFrame
	img   *image.NRGBA
}

// generate is the canvas.Raster generator.
func (p *rasterPainter) generate(w, h int) image.Image {
	if p.img == nil || p.img.Rect.Dx() != w || p.img.Rect.Dy() != h {
		p.img = image.NewNRGBA(image.Rect(0, 0, w, h))
	} else {
		clear(p.img.Pix)
	}
	f := p.frame
	if f == nil || f.w <= 0 || f.h <= 0 {
		return p.img
	}
	sx, sy := float32(w)/f.w, float32(h)/f.h
	// Connectors first, so boxes cover their ends.
	for _, s := range f.segs {
		drawSeg(p.img, s.x0*sx, s.y0*sy, s.x1*sx, s.y1*sy, s.width*sx, s.col, s.dashed)
	}
	for _, r := range f.rects {
		x0, y0, x1, y1 := r.x0*sx, r.y0*sy, r.x1*sx, r.y1*sy
		if r.fill.A != 0 {
			fillRect(p.img, x0, y0, x1, y1, r.fill)
		}
		if r.stroke.A != 0 {
			t := float32(math.Max(1, float64(sx)))
			fillRect(p.img, x0, y0, x1, y0+t, r.stroke)
			fillRect(p.img, x0, y1-t, x1, y1, r.stroke)
			fillRect(p.img, x0, y0, x0+t, y1, r.stroke)
			fillRect(p.img, x1-t, y0, x1, y1, r.stroke)
		}
	}
	return p.img
}

// fillRect fills the pixels covered by [x0,x1)×[y0,y1), at least one.
func fillRect(img *image.NRGBA, x0, y0, x1, y1 float32, c color.NRGBA) {
	b := img.Rect
	ix0, iy0 := int(math.Floor(float64(x0))), int(math.Floor(float64(y0)))
	ix1, iy1 := max(int(math.Ceil(float64(x1))), ix0+1), max(int(math.Ceil(float64(y1))), iy0+1)
	ix0, iy0 = max(ix0, b.Min.X), max(iy0, b.Min.Y)
	ix1, iy1 = min(ix1, b.Max.X), min(iy1, b.Max.Y)
	if ix0 >= ix1 || iy0 >= iy1 {
		return
	}
	row := img.Pix[img.PixOffset(ix0, iy0) : img.PixOffset(ix1-1, iy0)+4]
	for i := 0; i < len(row); i += 4 {
		row[i], row[i+1], row[i+2], row[i+3] = c.R, c.G, c.B, c.A
	}
	for y := iy0 + 1; y < iy1; y++ {
		copy(img.Pix[img.PixOffset(ix0, y):], row)
	}
}

// drawSeg draws a line of the given width; the chart's connectors are
// axis-aligned, which this fills exactly, others are stepped pixel by
// pixel.
func drawSeg(img *image.NRGBA, x0, y0, x1, y1, width float32, c color.NRGBA, dashed bool) {
	dx, dy := float64(x1-x0), float64(y1-y0)
	length := math.Hypot(dx, dy)
	half := float32(math.Max(float64(width), 1) / 2)
	if length == 0 {
		return
	}
	piece := func(from, to float64) {
		ax, ay := x0+float32(dx*from/length), y0+float32(dy*from/length)
		bx, by := x0+float32(dx*to/length), y0+float32(dy*to/length)
		switch {
		case ax == bx || ay == by:
			fillRect(img, min(ax, bx)-half, min(ay, by)-half, max(ax, bx)+half, max(ay, by)+half, c)
		default:
			steps := int(math.Ceil(to - from))
			for i := 0; i <= steps; i++ {
				t := float32(i) / float32(max(steps, 1))
				x, y := ax+(bx-ax)*t, ay+(by-ay)*t
				fillRect(img, x-half, y-half, x+half, y+half, c)
			}
		}
	}
	if !dashed {
		piece(0, length)
		return
	}
	for d := 0.0; d < length; d += dashOn + dashOff {
		piece(d, math.Min(d+dashOn, length))
	}
}
