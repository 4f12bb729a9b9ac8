// Package textlayout breaks text into lines for OrgDesigner's PDF reports.
//
// fpdf's own MultiCell and SplitText drop a Chinese character at every line
// break (go-pdf/fpdf #80), so the reports lay lines out here instead: break
// opportunities come from the Unicode line-breaking algorithm (UAX #14, via
// go-text's segmenter), tightened by Chinese 禁则 (no closing punctuation at
// a line start, no opening punctuation at a line end), and lines are filled
// greedily by measured width. Latin words and numbers stay whole unless one
// is wider than the line by itself; then it is broken between graphemes.
//
// The package never drops or reorders text: the lines, in order, are
// subranges of the input, and only break whitespace (spaces at a soft break,
// line-break characters) lies between them. It knows nothing about PDF; the
// caller supplies the width of each rune.
package textlayout

import (
	"github.com/go-text/typesetting/segmenter"
)

// Line is one laid-out line: the byte range [Start, End) of the input, with
// the break whitespace around it excluded, and its measured width.
type Line struct {
	Start, End int
	Width      float64
}

// Text returns the line's text from the input it was broken from.
func (l Line) Text(input string) string { return input[l.Start:l.End] }

// Breaker breaks text into lines. Its zero value is ready to use; it reuses
// its buffers between calls, so one Breaker must not be used by two
// goroutines at once.
type Breaker struct {
	seg    segmenter.Segmenter
	runes  []rune
	offs   []int     // byte offset of each rune, plus len(text) at the end
	widths []float64 // width of each rune
	gstart []bool    // a grapheme starts at rune i
	segs   []segment
}

// segment is a run of runes between two allowed break positions.
type segment struct {
	start, end int // rune indices
	hard       bool
}

// Break lays text out in lines no wider than maxWidth, measuring each rune
// with measure. A line is wider than maxWidth only when it holds a single
// grapheme that is. Hard line breaks (\n, \r\n, U+2028 …) end a line; an
// empty paragraph gives an empty line. Empty text gives no lines.
func Break(text string, maxWidth float64, measure func(rune) float64) []Line {
	var b Breaker
	return b.Break(text, maxWidth, measure)
}

// Break is the package-level Break using b's buffers.
func (b *Breaker) Break(text string, maxWidth float64, measure func(rune) float64) []Line {
	if text == "" {
		return nil
	}
	b.prepare(text, measure)
	b.segment()
	f := filler{b: b, max: maxWidth}
	for _, s := range b.segs {
		f.add(s)
	}
	f.keepTwo()
	f.emit()
	return f.lines
}

// prepare decodes text (invalid bytes become one U+FFFD each, keeping byte
// offsets exact), measures every rune and runs the segmenter.
func (b *Breaker) prepare(text string, measure func(rune) float64) {
	b.runes, b.offs, b.widths = b.runes[:0], b.offs[:0], b.widths[:0]
	for i, r := range text {
		b.runes = append(b.runes, r)
		b.offs = append(b.offs, i)
		b.widths = append(b.widths, measure(r))
	}
	b.offs = append(b.offs, len(text))
	b.seg.Init(b.runes)

	b.gstart = append(b.gstart[:0], make([]bool, len(b.runes)+1)...)
	gi := b.seg.GraphemeIterator()
	for gi.Next() {
		b.gstart[gi.Grapheme().Offset] = true
	}
	b.gstart[len(b.runes)] = true
}

// segment collects the segmenter's break opportunities and removes those
// that break a 禁则 rule, merging the runs around them.
func (b *Breaker) segment() {
	b.segs = b.segs[:0]
	li := b.seg.LineIterator()
	for li.Next() {
		l := li.Line()
		s := segment{start: l.Offset, end: l.Offset + len(l.Text), hard: l.IsMandatoryBreak}
		if n := len(b.segs); n > 0 && !b.segs[n-1].hard && b.forbidden(b.segs[n-1], s) {
			b.segs[n-1].end, b.segs[n-1].hard = s.end, s.hard
			continue
		}
		b.segs = append(b.segs, s)
	}
}

// forbidden reports whether breaking between prev and next breaks a rule:
// next starts with closing punctuation, or prev ends (before its trailing
// spaces) with opening punctuation.
func (b *Breaker) forbidden(prev, next segment) bool {
	if NoStart(b.runes[next.start]) {
		return true
	}
	e := b.trimEnd(prev.start, prev.end)
	return e > prev.start && NoEnd(b.runes[e-1])
}

// trimEnd returns the end of runes[start:end] without trailing break
// whitespace.
func (b *Breaker) trimEnd(start, end int) int {
	for end > start && IsBreakSpace(b.runes[end-1]) {
		end--
	}
	return end
}

func (b *Breaker) width(start, end int) float64 {
	w := 0.0
	for i := start; i < end; i++ {
		w += b.widths[i]
	}
	return w
}
