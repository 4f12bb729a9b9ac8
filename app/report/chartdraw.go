package report

import (
	"image/color"
	"strings"

	"orgdesigner/app/chart"
	"orgdesigner/app/i18n"
)

// Drawing org-chart pages as vectors, with the same cards, colours and
// connectors as the app's chart (app/chart's DefaultStyle and Colors).

// chartPages adds the landscape pages of every part; parts marked shared
// are drawn on the page of the part before them.
func (w *writer) chartPages(parts []*chartPart, g *pageGroup) {
	for i := 0; i < len(parts); i++ {
		p := parts[i]
		group := []*chartPart{p}
		for i+1 < len(parts) && parts[i+1].shared {
			i++
			group = append(group, parts[i])
		}
		names := make([]string, 0, len(group))
		for _, q := range group {
			if q.title != "" {
				names = append(names, q.title)
			}
		}
		base := p.pageHeading(w)
		for pi := range p.pages {
			title := base
			if len(names) > 0 {
				title = i18n.In(w.lang, "%s · %s", title, strings.Join(names, w.listSep()))
			}
			spec := &pageSpec{landscape: true, group: g, left: w.san.clean(w.orgName(), title), right: w.san.clean(title, title), paper: p.poster}
			w.add(newPage(spec, p.pages[pi]))
			if len(p.pages) > 1 {
				title = i18n.In(w.lang, "%s (part %d of %d)", title, pi+1, len(p.pages))
			}
			title = w.san.clean(title, base)
			_, ah := p.area(w)
			w.add(&unit{h: ah + chartChrome, draw: func(w *writer, y float64, _ placing) {
				w.drawChartPage(group, pi, title, y)
			}})
		}
	}
}

// pageHeading is the title of the part's pages: its heading, or
// "Organisation chart diagram".
func (p *chartPart) pageHeading(w *writer) string {
	if p.heading != "" {
		return p.heading
	}
	return i18n.In(w.lang, "Organisation chart diagram")
}

// chartPen converts chart coordinates to page millimetres.
type chartPen struct {
	w      *writer
	area   chart.Rect // chart area shown
	ox, oy float64    // page position of area's top-left corner
	s      float64    // mm per chart unit
	st     chart.Style
	colors map[string]rgb
}

func (c *chartPen) x(v float64) float64 { return c.ox + (v-c.area.X)*c.s }
func (c *chartPen) y(v float64) float64 { return c.oy + (v-c.area.Y)*c.s }

// pt converts a chart font size to points.
func (c *chartPen) pt(size float64) float64 { return size * c.s / ptToMM }

func toRGB(c color.NRGBA) rgb { return rgb{int(c.R), int(c.G), int(c.B)} }

// drawChartPage draws page pi of part p — or of the parts sharing one
// page, side by side — y being the top of the content area: the title,
// where the chart continues, the tiles and the legend.
func (w *writer) drawChartPage(group []*chartPart, pi int, title string, y float64) {
	p := group[0]
	aw, ah := p.area(w)
	// A page shared by several parts names them all: the title is set
	// smaller (down to 10 pt) before it is cut.
	tsize := sizeH1
	if tw := w.width(title, tsize); tw > aw {
		tsize = max(10, tsize*aw/tw)
	}
	w.text(marginX, y, aw, 8, w.fit(title, aw, tsize), tsize, colAccent, "L")
	for i, q := range group {
		switch {
		case pi == 0 && q.parent == nil && q.caption != "":
			if i == 0 {
				w.pdf.Bookmark(w.san.clean(title, ""), 0, y)
			}
		case pi == 0 && q.parent == nil:
			w.pdf.Bookmark(w.san.clean(q.pageHeading(w), ""), 0, y)
		case pi == 0:
			w.pdf.Bookmark(w.san.clean(q.title, q.title), 1, y)
		}
	}
	w.text(marginX, y+8, aw, 5, w.fit(w.chartNotes(p, pi), aw, sizeSmall), sizeSmall, colMuted, "L")

	type slot struct {
		p *chartPart
		t chart.Rect
	}
	var slots []slot
	for _, q := range group {
		for _, t := range q.pageTiles(pi) {
			slots = append(slots, slot{q, t})
		}
	}
	gap := sliceGap
	if len(group) > 1 {
		gap = packGap
	}
	total := -gap
	for _, sl := range slots {
		total += sl.t.W*sl.p.scale + gap
	}
	x := marginX + (aw-total)/2
	for _, sl := range slots {
		q, t := sl.p, sl.t
		cut := len(q.tiles) > 1
		pen := &chartPen{w: w, area: t, s: q.scale, st: chart.DefaultStyle(), ox: x, oy: y + 15}
		if !cut {
			pen.oy += (ah - t.H*q.scale) / 2
			if len(group) > 1 {
				pen.oy = y + 15 // shared pages line their parts up at the top
			}
		}
		tw, th := t.W*q.scale, t.H*q.scale
		if q.caption != "" {
			cap := w.san.clean(q.caption, title)
			w.text(x, y+15, tw, 5, w.fit(cap, tw, sizeBody), sizeBody, colAccent, "L")
			pen.oy = y + 15 + captionH
		}
		if cut {
			w.pdf.ClipRect(pen.ox, pen.oy, tw, th, false)
		}
		pen.edges(q)
		pen.nodes(q)
		if cut {
			w.pdf.ClipEnd()
			w.box(pen.ox, pen.oy, tw, th, nil, &colLight)
		}
		x += tw + gap
	}
	w.chartLegend(p, group, y+15+ah+1.5)
}

// chartNotes says where the part sits and where it continues.
func (w *writer) chartNotes(p *chartPart, pi int) string {
	var notes []string
	if p.parent != nil && pi == 0 {
		notes = append(notes, i18n.In(w.lang, "The part above this one is on page %d", p.parent.pages[0].page))
	}
	if cols := p.gridCols; cols > 1 {
		if pi%cols > 0 {
			notes = append(notes, i18n.In(w.lang, "← continued from page %d", p.pages[pi-1].page))
		}
		if pi >= cols {
			notes = append(notes, i18n.In(w.lang, "↑ continued from page %d", p.pages[pi-cols].page))
		}
		if pi%cols < cols-1 && pi+1 < len(p.pages) {
			notes = append(notes, i18n.In(w.lang, "continued on page %d →", p.pages[pi+1].page))
		}
		if pi+cols < len(p.pages) {
			notes = append(notes, i18n.In(w.lang, "continued on page %d ↓", p.pages[pi+cols].page))
		}
	} else {
		if p.perPage > 1 {
			notes = append(notes, i18n.In(w.lang, "Read the columns from left to right"))
		}
		if pi > 0 {
			notes = append(notes, i18n.In(w.lang, "Continued from page %d", p.pages[pi-1].page))
		}
		if pi+1 < len(p.pages) {
			notes = append(notes, i18n.In(w.lang, "Continued on page %d", p.pages[pi+1].page))
		}
	}
	if len(p.refs) > 0 {
		notes = append(notes, i18n.In(w.lang, "Departments marked with a page number continue on that page"))
	}
	return strings.Join(notes, " · ")
}

// chartLegend explains the lines below the chart.
func (w *writer) chartLegend(p *chartPart, group []*chartPart, y float64) {
	x := marginX
	item := func(dashed bool, label string) {
		if dashed {
			w.pdf.SetDashPattern([]float64{1.2, 0.9}, 0)
		}
		w.line(x, y+2.5, x+8, y+2.5, colMuted, 0.35)
		w.pdf.SetDashPattern(nil, 0)
		w.text(x+10, y, 40, 5, label, sizeSmall, colMuted, "L")
		x += 12 + w.width(label, sizeSmall) + 6
	}
	item(false, i18n.In(w.lang, "Reports to"))
	for _, e := range p.c.Edges {
		if e.Dotted {
			item(true, i18n.In(w.lang, "Dotted-line report"))
			break
		}
	}
	// A change report's chart explains its outlines (of every part on
	// the page: before and after may share it).
	used := map[rgb]bool{}
	for _, q := range group {
		for _, m := range q.marks {
			for _, c := range m {
				used[c] = true
			}
		}
	}
	for _, k := range []struct {
		c     rgb
		label string
	}{{colAdded, i18n.In(w.lang, "added")}, {colRemoved, i18n.In(w.lang, "removed")},
		{colMoved, i18n.In(w.lang, "moved")}, {colChanged, i18n.In(w.lang, "changed")}} {
		if !used[k.c] {
			continue
		}
		w.pdf.SetDrawColor(k.c.r, k.c.g, k.c.b)
		w.pdf.SetLineWidth(0.6)
		w.roundRect(x, y+0.8, 8, 3.4, 0.8, 0.8, 0.8, 0.8, "D")
		w.text(x+10, y, 40, 5, k.label, sizeSmall, colMuted, "L")
		x += 12 + w.width(k.label, sizeSmall) + 6
	}
}

// edges draws the part's connectors: solid reporting lines, then dashed
// dotted-line reports with their labels.
func (c *chartPen) edges(p *chartPart) {
	w := c.w
	visible := p.c.EdgesVisible(c.area)
	for _, dotted := range []bool{false, true} {
		col := toRGB(c.st.Edge)
		if dotted {
			col = toRGB(c.st.Dotted)
			w.pdf.SetDashPattern([]float64{1.4, 1.0}, 0)
		}
		for _, ei := range visible {
			e := &p.c.Edges[ei]
			if e.Dotted != dotted || !p.in[e.From] || !p.in[e.To] || len(e.Points) < 2 {
				continue
			}
			for i := 1; i < len(e.Points); i++ {
				a, b := e.Points[i-1], e.Points[i]
				w.line(c.x(a.X), c.y(a.Y), c.x(b.X), c.y(b.Y), col, max(c.st.EdgeWidth*c.s, 0.2))
			}
		}
		w.pdf.SetDashPattern(nil, 0)
	}
	for _, ei := range visible {
		if e := &p.c.Edges[ei]; e.Dotted && e.Label != "" && p.in[e.From] && p.in[e.To] {
			c.edgeLabel(e)
		}
	}
}

// edgeLabel writes a dotted line's label on its longest segment.
func (c *chartPen) edgeLabel(e *chart.Edge) {
	best, at := -1.0, chart.Point{}
	for i := 1; i < len(e.Points); i++ {
		a, b := e.Points[i-1], e.Points[i]
		if l := abs(a.X-b.X) + abs(a.Y-b.Y); l > best {
			best, at = l, chart.Point{X: (a.X + b.X) / 2, Y: (a.Y + b.Y) / 2}
		}
	}
	w := c.w
	size := c.pt(c.st.SmallSize)
	label := w.fit(w.san.clean(e.Label, e.Label), c.s*160, size)
	lw := w.width(label, size) + 2
	h := size * ptToMM * 1.5
	x, y := c.x(at.X)-lw/2, c.y(at.Y)-h/2
	w.pdf.SetFillColor(255, 255, 255)
	dc := toRGB(c.st.Dotted)
	w.pdf.SetDrawColor(dc.r, dc.g, dc.b)
	w.pdf.SetLineWidth(0.15)
	w.roundRect(x, y, lw, h, h/2, h/2, h/2, h/2, "FD")
	w.text(x, y, lw, h, label, size, dc, "C")
}

func abs(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}
