package report

// Tables: a header row repeated after every page break, body rows whose
// cells wrap, and rows taller than a comfortable block split line by line
// across pages with their borders closed at the page edge.

// column is one column of a table.
type column struct {
	title string
	width float64 // mm
	align string  // "L", "C" or "R"
}

// table describes a table's geometry and the frame its rows belong to.
type table struct {
	x     float64
	cols  []column
	st    textStyle
	frame *frame
	where string // for warnings about unprintable characters
	head  *unit
	// pad is the vertical cell padding; 0 means cellPadY. Tables inside a
	// role sheet's form are tighter so the sheet fits its page.
	pad float64
}

// padY is the table's vertical cell padding.
func (t *table) padY() float64 {
	if t.pad > 0 {
		return t.pad
	}
	return cellPadY
}

// rowLook is how a body row is drawn.
type rowLook struct {
	fill   *rgb
	colors []rgb // per cell; nil: the table's text colour
	// cont, when set, is what the first cell shows instead of its text when
	// the row starts a page but not its group (e.g. "市场部（续）").
	cont string
	// joined rows continue the group above: no border between them in the
	// first column, which reads as one merged cell.
	joined bool
}

// maxBlockRow is the tallest row kept in one piece; taller rows are split
// between lines so a huge cell cannot push everything off the page.
const maxBlockRow = 60.0

func (t *table) width() float64 {
	w := 0.0
	for _, c := range t.cols {
		w += c.width
	}
	return w
}

// header returns the table's header row; body rows made afterwards repeat
// it when they start a page.
func (w *writer) header(t *table) *unit {
	cells := make([][]string, len(t.cols))
	lines := 1
	for i, c := range t.cols {
		cells[i] = w.wrap(w.san.clean(c.title, t.where), c.width-2*cellPadX, t.st.size)
		lines = max(lines, len(cells[i]))
	}
	h := float64(lines)*t.st.lead + 2*t.padY()
	u := &unit{h: h, keep: true, frame: t.frame, draw: func(w *writer, y float64, _ placing) {
		w.box(t.x, y, t.width(), h, &colBand, nil)
		x := t.x
		for i, c := range t.cols {
			for j, l := range cells[i] {
				w.text(x+cellPadX, y+t.padY()+float64(j)*t.st.lead, c.width-2*cellPadX, t.st.lead, l, t.st.size, colAccent, "C")
			}
			x += c.width
		}
		w.gridLines(t, y, h, true, true)
	}}
	t.head = u
	return u
}

// row returns the units of one body row.
func (w *writer) row(t *table, values []string, look rowLook) []*unit {
	cells := make([][]string, len(t.cols))
	n := 1
	for i, c := range t.cols {
		v := ""
		if i < len(values) {
			v = values[i]
		}
		cells[i] = w.wrap(w.san.clean(v, t.where), c.width-2*cellPadX, t.st.size)
		n = max(n, len(cells[i]))
	}
	cont := ""
	if look.cont != "" {
		cont = w.fit(w.san.clean(look.cont, t.where), t.cols[0].width-2*cellPadX, t.st.size)
	}
	h := float64(n)*t.st.lead + 2*t.padY()
	if h <= maxBlockRow {
		return []*unit{w.band(t, cells, look, cont, 0, n, n, true, true)}
	}
	us := make([]*unit, n)
	for i := range n {
		us[i] = w.band(t, cells, look, cont, i, i+1, n, i == 0, i == n-1)
	}
	keepLines(us)
	return us
}

// band is the part of a row holding lines [from, to) of its cells; top and
// bottom say whether it starts or ends the row (and so carries padding).
func (w *writer) band(t *table, cells [][]string, look rowLook, cont string, from, to, n int, top, bottom bool) *unit {
	h := float64(to-from) * t.st.lead
	padT := 0.0
	if top {
		padT = t.padY()
		h += t.padY()
	}
	if bottom {
		h += t.padY()
	}
	return &unit{h: h, frame: t.frame, head: t.head, draw: func(w *writer, y float64, at placing) {
		if look.fill != nil {
			fx := t.x
			if look.joined { // the merged first column stays white
				fx += t.cols[0].width
			}
			w.box(fx, y, t.x+t.width()-fx, h, look.fill, nil)
		}
		x := t.x
		for i, c := range t.cols {
			col := t.st.color
			if i < len(look.colors) {
				col = look.colors[i]
			}
			if i == 0 && cont != "" && at.first && top {
				w.text(x+cellPadX, y+padT, c.width-2*cellPadX, t.st.lead, cont, t.st.size, colMuted, c.align)
			} else {
				for j := from; j < to && j < len(cells[i]); j++ {
					w.text(x+cellPadX, y+padT+float64(j-from)*t.st.lead, c.width-2*cellPadX, t.st.lead, cells[i][j], t.st.size, col, c.align)
				}
			}
			x += c.width
		}
		topLine := top || at.first
		w.gridLines(t, y, h, topLine && !(look.joined && !at.first), bottom || at.last)
		if topLine && look.joined && !at.first {
			w.line(t.x+t.cols[0].width, y, t.x+t.width(), y, colRule, hairline)
		}
	}}
}

// gridLines draws a row part's vertical borders and, when asked, its top
// and bottom borders.
func (w *writer) gridLines(t *table, y, h float64, top, bottom bool) {
	x := t.x
	w.line(x, y, x, y+h, colRule, hairline)
	for _, c := range t.cols {
		x += c.width
		w.line(x, y, x, y+h, colRule, hairline)
	}
	if top {
		w.line(t.x, y, x, y, colRule, hairline)
	}
	if bottom {
		w.line(t.x, y+h, x, y+h, colRule, hairline)
	}
}
