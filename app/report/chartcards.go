package report

import (
	"fmt"
	"image/color"
	"strings"

	"orgdesigner/app/chart"
	"orgdesigner/app/i18n"
)

// nodes draws the part's cards that meet the tile, parents first (the
// chart's spatial index lists them in pre-order).
func (c *chartPen) nodes(p *chartPart) {
	colors := chart.Colors(p.doc)
	for _, i := range p.c.Visible(c.area) {
		n := &p.c.Nodes[i]
		if !p.in[i] {
			continue
		}
		col := colors[n.Dept]
		switch n.Kind {
		case chart.KindCompany:
			c.companyCard(n)
		case chart.KindDepartment:
			c.departmentCard(n, col, p.refs[i])
		default:
			c.roleCard(n, col, p.refs[i])
		}
		if m, ok := p.marks[n.Kind][n.ID]; ok {
			c.markCard(n, m)
		}
	}
}

// markCard outlines a card in a change report's colour (added, moved,
// changed), a little outside its border so the card itself is unchanged.
func (c *chartPen) markCard(n *chart.Node, col rgb) {
	x, y, w, h := c.cardBox(n)
	lw := max(4*c.s, 0.6)
	off := lw
	r := c.st.Radius*c.s + off
	c.w.pdf.SetDrawColor(col.r, col.g, col.b)
	c.w.pdf.SetLineWidth(lw)
	c.w.roundRect(x-off, y-off, w+2*off, h+2*off, r, r, r, r, "D")
}

// cardBox converts a node's box to millimetres.
func (c *chartPen) cardBox(n *chart.Node) (x, y, w, h float64) {
	return c.x(n.Rect.X), c.y(n.Rect.Y), n.Rect.W * c.s, n.Rect.H * c.s
}

// card draws a card: a colour band across the top, the body and a border.
func (c *chartPen) card(n *chart.Node, band, fill, border color.NRGBA) {
	x, y, w, h := c.cardBox(n)
	rad, bh := c.st.Radius*c.s, c.st.Band*c.s
	pdf := c.w.pdf
	b, f, s := toRGB(band), toRGB(fill), toRGB(border)
	pdf.SetFillColor(b.r, b.g, b.b)
	c.w.roundRect(x, y, w, h, rad, rad, rad, rad, "F")
	pdf.SetFillColor(f.r, f.g, f.b)
	c.w.roundRect(x, y+bh, w, h-bh, 0, 0, rad, rad, "F")
	pdf.SetDrawColor(s.r, s.g, s.b)
	pdf.SetLineWidth(max(0.25*c.s*4, 0.12))
	c.w.roundRect(x, y, w, h, rad, rad, rad, rad, "D")
}

// baselines are the three text lines of a card in chart units: the
// title's (t1), the note or holders' (t2) and the headcount's (t3). A
// title on two lines moves t2 down (the print cards are tall enough).
func (c *chartPen) baselines(n *chart.Node, titleLines int) (t1, t2, t3 float64) {
	r := n.Rect
	t1 = r.Y + c.st.Band + c.st.TitleSize*1.35
	t3 = r.Bottom() - c.st.SmallSize*0.9
	last := t1 + float64(titleLines-1)*titleLead*c.st.TitleSize
	t2 = (last+t3)/2 + c.st.TextSize*0.3
	return
}

// titleLead is the distance between a two-line title's baselines, in
// title sizes.
const titleLead = 1.12

// label draws clean text with its baseline at chart y, in chart font size.
func (c *chartPen) label(x, baseline, width float64, s string, size float64, col rgb, align string) {
	pt := c.pt(size)
	s = c.w.fit(c.w.san.clean(s, s), width, pt)
	if s != "" {
		c.w.textBase(x, c.y(baseline), width, s, pt, col, align)
	}
}

// titleLines lays a card title out: one line at full size when it fits,
// else two lines at full size, else two lines shrunk by up to a fifth
// (never below the 7 pt floor), and only then cut with "…" at the end of
// the second line. It returns the lines and their size in points.
func (c *chartPen) titleLines(s string, width, size float64) ([]string, float64) {
	w := c.w
	s = w.san.clean(s, s)
	pt := c.pt(size)
	if w.width(s, pt) <= width {
		return []string{s}, pt
	}
	for _, k := range []float64{1, 0.9, 0.8} {
		q := max(pt*k, minChartPt)
		if lines := w.wrap(s, width, q); len(lines) <= 2 {
			return lines, q
		}
	}
	q := max(pt*0.8, minChartPt)
	lines := w.wrap(s, width, q)
	rest := strings.Join(lines[1:], "")
	if w.lang != i18n.Chinese {
		rest = strings.Join(lines[1:], " ")
	}
	return []string{lines[0], w.fit(rest, width, q)}, q
}

// title draws title lines from baseline t1 down.
func (c *chartPen) title(x, t1, width float64, lines []string, pt float64, col rgb, align string) {
	for i, l := range lines {
		c.w.textBase(x, c.y(t1)+float64(i)*titleLead*c.st.TitleSize*c.s, width, l, pt, col, align)
	}
}

const cardPad = 10.0 // chart units

func (c *chartPen) roleCard(n *chart.Node, col color.NRGBA, ref *chartPart) {
	c.card(n, col, c.st.CardFill, c.st.CardBorder)
	x, inner := c.x(n.Rect.X+cardPad), (n.Rect.W-2*cardPad)*c.s
	lines, pt := c.titleLines(n.Label, inner, c.st.TitleSize)
	t1, t2, t3 := c.baselines(n, len(lines))
	c.title(x, t1, inner, lines, pt, toRGB(c.st.Text), "L")
	lang := c.w.lang
	prefix := ""
	if n.Note != "" {
		prefix = n.Note + " · "
	}
	switch {
	case c.ref(n, ref, x, t2, inner):
	case len(n.Holders) == 0:
		c.label(x, t2, inner, prefix+i18n.In(lang, "Vacant"), c.st.TextSize, toRGB(c.st.Vacancy), "L")
	default:
		names := c.names(n.Holders, c.pt(c.st.TextSize), inner-c.w.width(prefix, c.pt(c.st.TextSize)))
		c.label(x, t2, inner, prefix+names, c.st.TextSize, toRGB(c.st.SubText), "L")
	}
	c.counts(n, t3, i18n.In(lang, "Filled %d / planned %d", n.Filled, n.Planned))
}

// ref writes "→ page N" on a card whose inside is on another page and
// links the card there; false when the card has no such page.
func (c *chartPen) ref(n *chart.Node, ref *chartPart, x, baseline, width float64) bool {
	if ref == nil || ref.pages[0].page == 0 {
		return false
	}
	page := ref.pages[0].page
	c.label(x, baseline, width, i18n.In(c.w.lang, "→ page %d", page), c.st.TextSize, colAccent, "L")
	bx, by, bw, bh := c.cardBox(n)
	c.w.pdf.Link(bx, by, bw, bh, c.w.pageLink(page))
	return true
}

// departmentCard draws a department; one whose inside is on another page
// says so (and links there) in place of its motto.
func (c *chartPen) departmentCard(n *chart.Node, col color.NRGBA, ref *chartPart) {
	c.card(n, col, chart.Tint(col, 0.12), col)
	x, inner := c.x(n.Rect.X+cardPad), (n.Rect.W-2*cardPad)*c.s
	lines, pt := c.titleLines(n.Label, inner, c.st.TitleSize+1)
	t1, t2, t3 := c.baselines(n, len(lines))
	c.title(x, t1, inner, lines, pt, toRGB(c.st.Text), "L")
	switch {
	case c.ref(n, ref, x, t2, inner):
	case n.Note != "" && len(lines) == 1:
		c.note(x, t2, inner, n.Note)
	case n.Note != "":
		c.label(x, t2, inner, n.Note, c.st.TextSize, toRGB(c.st.SubText), "L")
	}
	c.counts(n, t3, i18n.In(c.w.lang, "Planned %d · filled %d", n.Planned, n.Filled))
}

// note writes a department's motto centred on baseline t2: on one line
// when it fits, else on two (the card has room when its title takes one),
// cut only at the end of the second.
func (c *chartPen) note(x, t2, width float64, s string) {
	w := c.w
	s = w.san.clean(s, s)
	pt := c.pt(c.st.TextSize)
	col := toRGB(c.st.SubText)
	if w.width(s, pt) <= width {
		w.textBase(x, c.y(t2), width, s, pt, col, "L")
		return
	}
	lines := w.wrap(s, width, pt)
	if len(lines) > 2 {
		sep := " "
		if w.lang == i18n.Chinese {
			sep = ""
		}
		lines = []string{lines[0], w.fit(strings.Join(lines[1:], sep), width, pt)}
	}
	half := 0.56 * c.st.TextSize * c.s
	for i, l := range lines {
		w.textBase(x, c.y(t2)-half+float64(i)*2*half, width, l, pt, col, "L")
	}
}

func (c *chartPen) companyCard(n *chart.Node) {
	x, y, w, h := c.cardBox(n)
	fill := toRGB(c.st.Company)
	c.w.pdf.SetFillColor(fill.r, fill.g, fill.b)
	r := c.st.Radius * c.s
	c.w.roundRect(x, y, w, h, r, r, r, r, "F")
	inner := (n.Rect.W - 2*cardPad) * c.s
	lines, pt := c.titleLines(n.Label, inner, c.st.TitleSize+2)
	t1, t2, t3 := c.baselines(n, len(lines))
	white := toRGB(c.st.BadgeText)
	c.title(x+cardPad*c.s, t1, inner, lines, pt, white, "C")
	if n.Note != "" {
		c.label(x+cardPad*c.s, t2, inner, n.Note, c.st.TextSize, white, "C")
	}
	c.label(x+cardPad*c.s, t3, inner, i18n.In(c.w.lang, "Planned %d · filled %d", n.Planned, n.Filled), c.st.SmallSize, white, "C")
}

// counts writes a card's headcount line with a vacancy or over-staffing
// badge at the right when planned and filled differ.
func (c *chartPen) counts(n *chart.Node, baseline float64, text string) {
	w := c.w
	size := c.pt(c.st.SmallSize)
	right := c.x(n.Rect.Right() - cardPad)
	badge, col := "", toRGB(c.st.Vacancy)
	switch v := n.Vacancy(); {
	case v > 0:
		badge = i18n.In(w.lang, "%d vacancies", v)
	case v < 0:
		badge, col = i18n.In(w.lang, "%d over planned", -v), toRGB(c.st.Over)
	}
	x := c.x(n.Rect.X + cardPad)
	if badge != "" && w.width(text, size)+w.width(badge, size)+size*ptToMM+1 > right-x {
		// The counts come first: without room for both, the badge (which
		// only restates them) is left out rather than the counts cut.
		badge = ""
	}
	if badge != "" {
		bw := w.width(badge, size) + size*ptToMM
		bh := size * ptToMM * 1.45
		by := c.y(baseline) - size*ptToMM*1.05
		w.pdf.SetFillColor(col.r, col.g, col.b)
		w.roundRect(right-bw, by, bw, bh, bh/2, bh/2, bh/2, bh/2, "F")
		w.textBase(right-bw, c.y(baseline), bw, badge, size, toRGB(c.st.BadgeText), "C")
		right -= bw + 1
	}
	c.w.textBase(x, c.y(baseline), right-x, w.fit(text, right-x, size), size, toRGB(c.st.SubText), "L")
}

// names joins as many holder names as fit, then "+N" for the rest.
func (c *chartPen) names(names []string, size, maxW float64) string {
	sep := c.w.listSep()
	for k := min(len(names), 12); k > 0; k-- {
		s := strings.Join(names[:k], sep)
		if k < len(names) {
			s += fmt.Sprintf(" +%d", len(names)-k)
		}
		if c.w.width(s, size) <= maxW || k == 1 {
			return s
		}
	}
	return ""
}

// textBase draws one line of clean text with its baseline at y.
func (w *writer) textBase(x, baseline, width float64, s string, size float64, c rgb, align string) {
	// CellFormat with zero height puts the baseline 0.3 em below y.
	w.text(x, baseline-0.3*size*ptToMM, width, 0, s, size, c, align)
}

// pageLink returns an internal link to the top of a page.
func (w *writer) pageLink(page int) int {
	if w.links == nil {
		w.links = map[int]int{}
	}
	if l, ok := w.links[page]; ok {
		return l
	}
	l := w.pdf.AddLink()
	w.pdf.SetLink(l, 0, page)
	w.links[page] = l
	return l
}
