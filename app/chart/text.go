package chart

import (
	"fmt"
	"strings"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"orgdesigner/resources"
)

var (
	fontOnce sync.Once
	theFont  *sfnt.Font
	fontErr  error
)

// bundledFont parses resources.FontTTF once. The parsed font is read-only
// and shared; every user keeps its own sfnt.Buffer or font.Face.
func bundledFont() (*sfnt.Font, error) {
	fontOnce.Do(func() {
		theFont, fontErr = opentype.Parse(resources.FontTTF)
		if fontErr != nil {
			fontErr = fmt.Errorf("read the bundled font: %w", fontErr)
		}
	})
	return theFont, fontErr
}

// metrics measures text in chart units with the bundled font's advance
// widths, so SVG and PNG cut long text at the same place. Not safe for
// concurrent use: each export makes its own.
type metrics struct {
	f    *sfnt.Font
	buf  sfnt.Buffer
	upem float64
	adv  map[rune]float64 // advance in em
}

func newMetrics() (*metrics, error) {
	f, err := bundledFont()
	if err != nil {
		return nil, err
	}
	return &metrics{f: f, upem: float64(f.UnitsPerEm()), adv: make(map[rune]float64)}, nil
}

// advance returns the width of r in em; a rune the font lacks counts as
// one em, like the box it is drawn as.
func (m *metrics) advance(r rune) float64 {
	if a, ok := m.adv[r]; ok {
		return a
	}
	a := 1.0
	if g, err := m.f.GlyphIndex(&m.buf, r); err == nil && g != 0 {
		if v, err := m.f.GlyphAdvance(&m.buf, g, fixed.I(int(m.upem)), font.HintingNone); err == nil {
			a = float64(v) / 64 / m.upem
		}
	}
	m.adv[r] = a
	return a
}

// width returns the width of s at the font size.
func (m *metrics) width(s string, size float64) float64 {
	w := 0.0
	for _, r := range s {
		w += m.advance(r)
	}
	return w * size
}

// fit returns s, or its longest prefix followed by "…" that is at most maxW
// wide ("" when not even "…" fits).
func (m *metrics) fit(s string, size, maxW float64) string {
	if m.width(s, size) <= maxW {
		return s
	}
	limit := maxW - m.width("…", size)
	w := 0.0
	for i, r := range s {
		w += m.advance(r) * size
		if w > limit {
			if i == 0 {
				return ""
			}
			return strings.TrimRight(s[:i], " ") + "…"
		}
	}
	return s
}

// names joins as many names as fit in maxW with sep and says how many more
// there are ("张三、李四 +3"). The first name is cut with "…" if it alone
// is too wide.
func (m *metrics) names(names []string, sep string, size, maxW float64) string {
	if len(names) == 0 {
		return ""
	}
	more := func(k int) string {
		if k == 0 {
			return ""
		}
		return fmt.Sprintf(" +%d", k)
	}
	w, best := 0.0, 0
	for i, n := range names {
		if i > 0 {
			w += m.width(sep, size)
		}
		w += m.width(n, size)
		if w+m.width(more(len(names)-i-1), size) > maxW {
			break
		}
		best = i + 1
	}
	if best == 0 {
		tail := more(len(names) - 1)
		return m.fit(names[0], size, maxW-m.width(tail, size)) + tail
	}
	return strings.Join(names[:best], sep) + more(len(names)-best)
}
