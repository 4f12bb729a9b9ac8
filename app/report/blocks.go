package report

// Building blocks that turn text into units: paragraphs, list items with
// hanging indents, headings and spacers.

// textStyle is a font size, line height and colour.
type textStyle struct {
	size, lead float64
	color      rgb
}

var (
	stBody    = textStyle{sizeBody, lineBody, colText}
	stSmall   = textStyle{sizeSmall, lineSmall, colMuted}
	stLabel   = textStyle{9.5, lineBody, colAccent}
	stHeading = textStyle{sizeH1, 8.5, colAccent}
	stSub     = textStyle{sizeH2, lineH2, colAccent}
)

// add appends units to the report.
func (w *writer) add(us ...*unit) { w.units = append(w.units, us...) }

// spacer is empty vertical space; it disappears at a page break only in the
// sense that it may end up at a page bottom, which is harmless.
func spacer(h float64) *unit { return &unit{h: h} }

// newPage starts a page with the given layout before the next unit.
func newPage(spec *pageSpec, a *anchor) *unit { return &unit{brk: spec, anchor: a} }

// lineUnit draws one line of clean text.
func lineUnit(s string, x, width float64, st textStyle, align string) *unit {
	return &unit{h: st.lead, draw: func(w *writer, y float64, _ placing) {
		w.text(x, y, width, st.lead, s, st.size, st.color, align)
	}}
}

// paragraph lays text out as lines at x, width wide. where names the object
// for warnings about unprintable characters. Short paragraphs stay on one
// page; long ones keep at least two lines together at either end.
func (w *writer) paragraph(text string, x, width float64, st textStyle, where string) []*unit {
	var out []*unit
	for _, l := range w.wrap(w.san.clean(text, where), width, st.size) {
		out = append(out, lineUnit(l, x, width, st, "L"))
	}
	keepLines(out)
	return out
}

// keepLines sets the keep flags of a paragraph's lines: all together when
// there are three or fewer, else no single first or last line alone.
func keepLines(us []*unit) {
	n := len(us)
	switch {
	case n <= 1:
	case n <= 3:
		for _, u := range us[:n-1] {
			u.keep = true
		}
	default:
		us[0].keep = true
		us[n-2].keep = true
	}
}

// hanging lays out text with a prefix (a number, a bullet, a label) in a
// gutter of prefixW: the first line carries the prefix, every line starts
// after the gutter. Its width is the total including the gutter.
func (w *writer) hanging(prefix, text string, x, prefixW, width float64, st, prefixSt textStyle, where string) []*unit {
	us := w.paragraph(text, x+prefixW, width-prefixW, st, where)
	if len(us) == 0 {
		us = []*unit{{h: st.lead}}
	}
	first := us[0]
	inner := first.draw
	p := w.san.clean(prefix, where)
	first.draw = func(w *writer, y float64, at placing) {
		w.text(x, y, prefixW, st.lead, p, prefixSt.size, prefixSt.color, "L")
		if inner != nil {
			inner(w, y, at)
		}
	}
	return us
}

// heading is a section heading in the accent colour, kept with what
// follows. Its anchor, if any, records where it lands and its bookmark
// level (-1: none) adds it to the PDF outline.
func (w *writer) heading(text string, st textStyle, x, width float64, align string, a *anchor, level int) []*unit {
	s := w.san.clean(text, text)
	lines := w.wrap(s, width, st.size)
	if len(lines) == 0 {
		lines = []string{""}
	}
	var out []*unit
	for i, l := range lines {
		u := lineUnit(l, x, width, st, align)
		u.keep = true
		if i == 0 {
			u.anchor = a
			if level >= 0 {
				inner := u.draw
				u.draw = func(w *writer, y float64, at placing) {
					w.pdf.Bookmark(s, level, y)
					inner(w, y, at)
				}
			}
		}
		out = append(out, u)
	}
	return out
}

// withBookmarks adds outline entries at the position a unit is drawn.
func (w *writer) withBookmarks(draw func(w *writer, y float64, at placing), marks []bookmark) func(w *writer, y float64, at placing) {
	clean := make([]bookmark, len(marks))
	for i, m := range marks {
		clean[i] = bookmark{w.san.clean(m.title, m.title), m.level}
	}
	return func(w *writer, y float64, at placing) {
		for _, m := range clean {
			w.pdf.Bookmark(m.title, m.level, y)
		}
		if draw != nil {
			draw(w, y, at)
		}
	}
}

// rule is a horizontal line across the content width, with room around it.
func rule(x, width float64, c rgb, lw, before, after float64) *unit {
	return &unit{h: before + after, draw: func(w *writer, y float64, _ placing) {
		w.line(x, y+before, x+width, y+before, c, lw)
	}}
}

// withKeep marks every unit but the last to stay with its successor, and
// the last too when last is true.
func withKeep(us []*unit, last bool) []*unit {
	for i, u := range us {
		if i < len(us)-1 || last {
			u.keep = true
		}
	}
	return us
}

// inFrame puts units into a frame.
func inFrame(us []*unit, f *frame) []*unit {
	for _, u := range us {
		u.frame = f
	}
	return us
}
