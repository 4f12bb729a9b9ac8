package textlayout

import "slices"

// eps absorbs floating-point noise when a line fills the width exactly.
const eps = 1e-9

// filler fills lines greedily with the breaker's segments.
type filler struct {
	b     *Breaker
	max   float64
	lines []Line

	open       bool    // a line has been started
	broken     bool    // the current paragraph has been broken at least once
	hasContent bool    // the open line holds more than leading spaces
	start, end int     // rune range of the open line, trailing spaces included
	w          float64 // width of runes[start:end]
}

// add places one segment: on the open line when it fits, else on a new
// line, else (wider than a whole line) broken between graphemes.
func (f *filler) add(s segment) {
	b := f.b
	start := s.start
	ce := b.trimEnd(start, s.end)
	if ce > start && f.open && f.hasContent && f.w+b.width(start, ce) > f.max+eps {
		f.emit()
	}
	if !f.open {
		// Whitespace at the start of a continuation line belongs to the
		// break; at the start of a paragraph it is indentation.
		for f.broken && start < s.end && IsBreakSpace(b.runes[start]) {
			start++
		}
		ce = max(ce, start)
		f.open, f.start, f.end, f.w = true, start, start, 0
	}
	cw := b.width(start, ce)
	switch {
	case ce == start:
		// Only whitespace (an empty paragraph or leading spaces).
	case f.w+cw > f.max+eps:
		f.split(start, ce)
	default:
		f.w += cw
		f.end = ce
		f.hasContent = true
	}
	f.w += b.width(ce, s.end)
	f.end = s.end
	if s.hard {
		f.keepTwo()
		f.emit()
		f.broken = false
	}
}

// split places runes[from:to], which is wider than the room left, on as
// many lines as it needs, breaking between graphemes; the last part stays
// on the open line.
func (f *filler) split(from, to int) {
	b := f.b
	i := from
	for i < to {
		j, w := i, f.w
		for j < to {
			k := b.nextGrapheme(j, to)
			gw := b.width(j, k)
			if w+gw > f.max+eps && (f.hasContent || j > i) {
				break
			}
			w, j = w+gw, k
		}
		if j == to {
			f.w, f.end, f.hasContent = w, to, true
			return
		}
		j = b.kinsokuBreak(i, j, to)
		f.end, f.hasContent = j, true
		f.emit()
		f.open, f.start, f.end, f.w = true, j, j, 0
		i = j
	}
}

// kinsokuBreak moves a forced break at j (inside runes[i:to]) so that it
// keeps 禁则: back to an earlier grapheme boundary when there is one, else
// forward past closing punctuation, which then hangs into the margin
// (标点悬挂) rather than starting the next line. Only a word that is wider
// than the line by itself gets here.
func (b *Breaker) kinsokuBreak(i, j, to int) int {
	bad := func(k int) bool { return NoStart(b.runes[k]) || NoEnd(b.runes[k-1]) }
	if !bad(j) {
		return j
	}
	for p := b.prevGrapheme(j, i); p > i; p = b.prevGrapheme(p, i) {
		if !bad(p) {
			return p
		}
	}
	k := j
	for k < to && NoStart(b.runes[k]) {
		k = b.nextGrapheme(k, to)
	}
	return k // == j when only an opening bracket is in the way: break anyway
}

// emit closes the open line, dropping its trailing break whitespace.
func (f *filler) emit() {
	if !f.open {
		return
	}
	b := f.b
	e := b.trimEnd(f.start, f.end)
	f.lines = append(f.lines, Line{Start: b.offs[f.start], End: b.offs[e], Width: b.width(f.start, e)})
	f.open, f.hasContent, f.w, f.broken = false, false, 0, true
}

// keepTwo avoids a paragraph's last line holding a single grapheme (a
// lone 组 under "市场部用户增长小"), alone or with the closing punctuation
// that follows it (a lone 行。 ending a sentence: 孤字). When the line
// before ends without whitespace, keeps at least two graphemes besides
// its closing punctuation, and may break one grapheme earlier (a break
// opportunity that keeps 禁则), that grapheme, with any closing
// punctuation after it, moves down to join the last one. Latin words are
// never split for it: inside a word there is no break opportunity.
func (f *filler) keepTwo() {
	b := f.b
	if !f.open || !f.broken || len(f.lines) == 0 {
		return
	}
	e := b.trimEnd(f.start, f.end)
	if e <= f.start || b.nextGrapheme(f.start, b.trimPunct(f.start, e)) < b.trimPunct(f.start, e) {
		return // empty, or more than one grapheme besides closing punctuation
	}
	prev := &f.lines[len(f.lines)-1]
	ps, pe := b.runeAt(prev.Start), b.runeAt(prev.End)
	if pe != f.start {
		return // a space between: a word break
	}
	p := b.prevGrapheme(b.trimPunct(ps, pe), ps)
	if k := b.trimPunct(ps, p); p <= ps || b.nextGrapheme(ps, k) >= k {
		return // the line before would keep a single grapheme itself
	}
	if !b.breakAt(p) || b.width(p, e) > f.max+eps {
		return
	}
	prev.End, prev.Width = b.offs[p], b.width(ps, p)
	f.w += b.width(p, f.start)
	f.start = p
}

// trimPunct returns the end of runes[start:end] without the closing
// punctuation at its end (what may not start a line belongs to the
// grapheme before it), but never start: punctuation alone is kept.
func (b *Breaker) trimPunct(start, end int) int {
	for end > start {
		p := b.prevGrapheme(end, start)
		if p == start || !NoStart(b.runes[p]) {
			return end
		}
		end = p
	}
	return end
}

// runeAt returns the index of the rune at byte offset off.
func (b *Breaker) runeAt(off int) int {
	i, _ := slices.BinarySearch(b.offs, off)
	return i
}

// breakAt reports whether a line may break before rune i: a segment
// (after the 禁则 merges) starts there.
func (b *Breaker) breakAt(i int) bool {
	_, ok := slices.BinarySearchFunc(b.segs, i, func(s segment, i int) int { return s.start - i })
	return ok
}

// nextGrapheme returns the start of the grapheme after the one at i, at
// most limit.
func (b *Breaker) nextGrapheme(i, limit int) int {
	for i++; i < limit && !b.gstart[i]; i++ {
	}
	return i
}

// prevGrapheme returns the start of the grapheme before position j, at
// least floor.
func (b *Breaker) prevGrapheme(j, floor int) int {
	for j--; j > floor && !b.gstart[j]; j-- {
	}
	return j
}
