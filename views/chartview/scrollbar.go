package chartview

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// box is a rectangle in widget coordinates.
type box struct {
	pos  fyne.Position
	size fyne.Size
}

// Position is the top-left corner.
func (b box) Position() fyne.Position { return b.pos }

// Size is the width and height.
func (b box) Size() fyne.Size { return b.size }

// contains reports whether p is in b grown by slack on every side.
func (b box) contains(p fyne.Position, slack float32) bool {
	return p.X >= b.pos.X-slack && p.X <= b.pos.X+b.size.Width+slack &&
		p.Y >= b.pos.Y-slack && p.Y <= b.pos.Y+b.size.Height+slack
}

// scrollBar is one scroll bar's thumb and how thumb movement maps to the
// chart: one pixel of thumb travel is perPixel chart units.
type scrollBar struct {
	shown      bool
	horizontal bool
	thumb      box
	perPixel   float64
}

// minThumb keeps a thumb big enough to grab on a huge chart.
const minThumb = 24

// scrollBars computes the horizontal and vertical scroll bars: the track
// spans the chart plus the view, the thumb is the view.
func (c *Chart) scrollBars() (h, v scrollBar) {
	vr := c.view.rect()
	content := c.lay.Bounds.Union(vr)
	barW := c.Theme().Size(theme.SizeNameScrollBar) / 2
	w, ht := float32(c.view.w), float32(c.view.h)
	bar := func(horizontal bool, viewStart, viewLen, start, length float64, track float32) scrollBar {
		if length <= viewLen*1.001 || track <= minThumb {
			return scrollBar{horizontal: horizontal}
		}
		size := float32(math.Max(minThumb, viewLen/length*float64(track)))
		at := float32((viewStart - start) / (length - viewLen) * float64(track-size))
		b := scrollBar{shown: true, horizontal: horizontal, perPixel: (length - viewLen) / float64(track-size)}
		if horizontal {
			b.thumb = box{fyne.NewPos(at, ht-barW-2), fyne.NewSize(size, barW)}
		} else {
			b.thumb = box{fyne.NewPos(w-barW-2, at), fyne.NewSize(barW, size)}
		}
		return b
	}
	h = bar(true, vr.X, vr.W, content.X, content.W, w-barW-4)
	v = bar(false, vr.Y, vr.H, content.Y, content.H, ht-barW-4)
	return h, v
}

// scrollBarAt returns the scroll bar whose thumb is under p.
func (c *Chart) scrollBarAt(p fyne.Position) (scrollBar, bool) {
	h, v := c.scrollBars()
	for _, b := range []scrollBar{h, v} {
		if b.shown && b.thumb.contains(p, 3) {
			return b, true
		}
	}
	return scrollBar{}, false
}
