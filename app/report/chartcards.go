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
	colors := chart.Colors(c.w.doc)
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
			c.roleCard(n, col)
		}
	}
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

// baselines are the chart's three text lines of a card, as app/chart
// places them, in chart units.
func (c *chartPen) baselines(n *chart.Node) (t1, t2, t3 float64) {
	r := n.Rect
	t1 = r.Y + c.st.Band + c.st.TitleSize*1.35
	t3 = r.Bottom() - c.st.SmallSize*0.9
	t2 = (t1+t3)/2 + c.st.TextSize*0.3
	return
}

// label draws clean text with its baseline at chart y, in chart font size.
func (c *chartPen) label(x, baseline, width float64, s string, size float64, col rgb, align string) {
	c.labelFit(x, baseline, width, s, size, 1, col, align)
}

// title is a card's title: shrunk by up to a fifth before it is cut, as
// English titles are long for the cards.
func (c *chartPen) title(x, baseline, width float64, s string, size float64, col rgb, align string) {
	c.labelFit(x, baseline, width, s, size, 0.8, col, align)
}

func (c *chartPen) labelFit(x, baseline, width float64, s string, size, shrink float64, col rgb, align string) {
	pt := c.pt(size)
	s = c.w.san.clean(s, s)
	if w := c.w.width(s, pt); w > width && shrink < 1 {
		pt *= max(shrink, width/w)
	}
	s = c.w.fit(s, width, pt)
	if s == "" {
		return
	}
	c.w.textBase(x, c.y(baseline), width, s, pt, col, align)
}

const cardPad = 10.0 // chart units

func (c *chartPen) roleCard(n *chart.Node, col color.NRGBA) {
	c.card(n, col, c.st.CardFill, c.st.CardBorder)
	t1, t2, t3 := c.baselines(n)
	x, inner := c.x(n.Rect.X+cardPad), (n.Rect.W-2*cardPad)*c.s
	c.title(x, t1, inner, n.Label, c.st.TitleSize, toRGB(c.st.Text), "L")
	lang := c.w.lang
	prefix := ""
	if n.Note != "" {
		prefix = n.Note + " · "
	}
	if len(n.Holders) == 0 {
		c.label(x, t2, inner, prefix+i18n.In(lang, "Vacant"), c.st.TextSize, toRGB(c.st.Vacancy), "L")
	} else {
		names := c.names(n.Holders, c.pt(c.st.TextSize), inner-c.w.width(prefix, c.pt(c.st.TextSize)))
		c.label(x, t2, inner, prefix+names, c.st.TextSize, toRGB(c.st.SubText), "L")
	}
	c.counts(n, t3, i18n.In(lang, "Filled %d / planned %d", n.Filled, n.Planned))
}

// departmentCard draws a department; one whose inside is on another page
// says so (and links there) in place of its motto.
func (c *chartPen) departmentCard(n *chart.Node, col color.NRGBA, ref *chartPart) {
	c.card(n, col, chart.Tint(col, 0.12), col)
	t1, t2, t3 := c.baselines(n)
	x, inner := c.x(n.Rect.X+cardPad), (n.Rect.W-2*cardPad)*c.s
	c.title(x, t1, inner, n.Label, c.st.TitleSize+1, toRGB(c.st.Text), "L")
	switch {
	case ref != nil && ref.pages[0].page > 0:
		page := ref.pages[0].page
		c.label(x, t2, inner, i18n.In(c.w.lang, "→ page %d", page), c.st.TextSize, colAccent, "L")
		bx, by, bw, bh := c.cardBox(n)
		c.w.pdf.Link(bx, by, bw, bh, c.w.pageLink(page))
	case n.Note != "":
		c.label(x, t2, inner, n.Note, c.st.TextSize, toRGB(c.st.SubText), "L")
	}
	c.counts(n, t3, i18n.In(c.w.lang, "Planned %d · filled %d", n.Planned, n.Filled))
}

func (c *chartPen) companyCard(n *chart.Node) {
	x, y, w, h := c.cardBox(n)
	fill := toRGB(c.st.Company)
	c.w.pdf.SetFillColor(fill.r, fill.g, fill.b)
	r := c.st.Radius * c.s
	c.w.roundRect(x, y, w, h, r, r, r, r, "F")
	t1, t2, t3 := c.baselines(n)
	inner := (n.Rect.W - 2*cardPad) * c.s
	white := toRGB(c.st.BadgeText)
	c.title(x+cardPad*c.s, t1, inner, n.Label, c.st.TitleSize+2, white, "C")
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
	if badge != "" {
		bw := w.width(badge, size) + size*ptToMM
		bh := size * ptToMM * 1.45
		by := c.y(baseline) - size*ptToMM*1.05
		w.pdf.SetFillColor(col.r, col.g, col.b)
		w.roundRect(right-bw, by, bw, bh, bh/2, bh/2, bh/2, bh/2, "F")
		w.textBase(right-bw, c.y(baseline), bw, badge, size, toRGB(c.st.BadgeText), "C")
		right -= bw + 1
	}
	x := c.x(n.Rect.X + cardPad)
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
