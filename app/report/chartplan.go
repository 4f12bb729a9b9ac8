package report

import (
	"math"
	"slices"

	"github.com/go-pdf/fpdf"

	"orgdesigner/app/chart"
	"orgdesigner/data"
)

// Planning the org-chart pages. The whole chart goes on one landscape page
// when it is readable there. Otherwise it is split by department: a part
// shows a subtree with its departments collapsed, each collapsed department
// gets its own part (recursively), and a part that is still too big for one
// page at the smallest readable scale is cut into tiles. Every part and
// tile knows the page it lands on, so the pages can say where the chart
// continues.

// Chart scale limits in millimetres per chart unit. minScale prints the
// smallest card text (the chart's SmallSize, 11 units: headcounts and
// badges) at 7 pt, the least a printed chart may use; a part that does not
// fit at that scale is split onto more pages, never shrunk further.
// maxScale keeps a small chart from being blown up to poster size.
const (
	minChartPt = 7.0
	minScale   = minChartPt * ptToMM / 11
	maxScale   = 0.30
)

// printNodeH is the height of a card in print: taller than on screen, so a
// long title can take two lines before it is cut.
const printNodeH = 86.0

// chartPart is one piece of the chart: a subtree of a built chart.
type chartPart struct {
	c      *chart.Chart
	root   int          // node index of the part's root in c
	nodes  []int        // the subtree's node indices, pre-order
	in     []bool       // in[i]: node i belongs to the part
	bounds chart.Rect   // of the subtree's nodes and edges
	tiles  []chart.Rect // the areas printed, in reading order
	scale  float64
	// perPage tiles share a page (slices of a tall part side by side);
	// gridCols is the width of a grid of page-sized tiles.
	perPage, gridCols int
	pages             []*anchor // where each page of the part lands
	// shared: the part is printed on the page of the part before it.
	shared bool
	// poster, when set, is the large paper the whole chart is printed on.
	poster *fpdf.SizeType
	// doc is the document the part is drawn from: the report's, or one
	// side of a change report.
	doc *data.Document
	// heading titles the part's pages; "" means "Organisation chart
	// diagram" (a change report names the before and after charts).
	heading string
	// marks colours the outline of changed cards (the after chart of a
	// change report); nil marks nothing.
	marks map[chart.Kind]map[data.ID]rgb

	// caption, when set, is written above the part on its page: the
	// side of a change report's before and after printed together.
	caption string
	// foldedQuiet: a change report's department drawn with what no change
	// concerns folded (foldUnchanged).
	foldedQuiet bool

	title  string
	parent *chartPart
	// refs maps the node index of a collapsed department to the part that
	// shows its inside.
	refs map[int]*chartPart
}

// chartArea is the drawing area of a chart page: width and height in mm.
func (w *writer) chartArea() (float64, float64) {
	return w.contentWidth(true), w.contentHeight(true) - chartChrome
}

// area is the drawing area of the part's pages: the booklet's chart area,
// or the poster's.
func (p *chartPart) area(w *writer) (float64, float64) {
	if p.poster == nil {
		return w.chartArea()
	}
	return max(p.poster.Wd, p.poster.Ht) - 2*marginX, min(p.poster.Wd, p.poster.Ht) - footerHeight - contentTop - chartChrome
}

// chartChrome is the height of a chart page's title, notes and legend.
const chartChrome = 22.0

// captionH is the room a part's caption takes above it.
const captionH = 7.0

// planChart splits the document's chart into parts.
func (w *writer) planChart() []*chartPart {
	pl := &chartPlanner{w: w, opts: chart.Options{Mode: chartMode(w.doc), NodeH: printNodeH}}
	if w.opt.Poster != "" {
		if size, err := posterSize(w.opt.Poster); err == nil {
			return w.planPoster(size)
		}
	}
	if d := w.facts.dept[w.opt.Department]; d != nil {
		pl.plan(d.ID, chart.KindDepartment, d.Name, nil)
	} else {
		pl.plan("", chart.KindCompany, "", nil)
	}
	w.pack(pl.parts)
	return pl.parts
}

// chartMode is the chart tree printed for doc: the functional one, with
// dotted-line reports in matrix and project mode.
func chartMode(doc *data.Document) data.Mode {
	if doc.Org.Mode == data.ModeMatrix || doc.Org.Mode == data.ModeProject {
		return data.ModeMatrix
	}
	return ""
}

// planScope splits the chart of one department (or, for "", of the
// company's top level) with every other department folded: the
// department's own roles and its sub-departments as folded cards, or the
// company, its company-level roles and the top-level departments folded.
// The change report prints these for the departments with changes. Only
// the visible cards are laid out, so a 5,000-role document does not cost a
// full chart per department. src, when not nil, is the department's
// branch to draw instead of the document's (the change report's, with its
// unchanged roles folded). narrow prefers the narrower of two layouts
// that fit one page (for setting before and after side by side).
func (w *writer) planScope(root data.ID, src *data.Document, narrow bool) []*chartPart {
	open := map[data.ID]bool{}
	for id := root; id != "" && !open[id]; {
		open[id] = true
		d := w.facts.dept[id]
		if d == nil {
			break
		}
		id = d.Parent
	}
	folded := map[data.ID]bool{}
	for _, d := range w.facts.depts {
		if !open[d.ID] {
			folded[d.ID] = true
		}
	}
	if src != nil { // the departments src adds (the change report's folded ones) stay folded
		for _, d := range src.Departments {
			if w.facts.dept[d.ID] == nil {
				folded[d.ID] = true
			}
		}
	}
	pl := &chartPlanner{w: w, opts: chart.Options{Mode: chartMode(w.doc), NodeH: printNodeH}, folded: folded, narrow: narrow}
	if d := w.facts.dept[root]; d != nil {
		pl.src = src
		if src == nil {
			pl.src = w.facts.branch(d.ID)
		}
		pl.plan(d.ID, chart.KindDepartment, d.Name, nil)
	} else {
		pl.plan("", chart.KindCompany, "", nil)
	}
	w.pack(pl.parts)
	return pl.parts
}

// packGap separates parts sharing a page.
const packGap = 10.0

// pack lets small parts share a page: consecutive one-page parts under the
// same parent (a department's teams) are set side by side at a common
// scale while they fit across the page, so twelve small teams fill three
// pages instead of twelve mostly empty ones. A part that shares its
// predecessor's page is marked shared and gets its anchor.
func (w *writer) pack(parts []*chartPart) {
	aw, _ := w.chartArea()
	single := func(p *chartPart) bool {
		return p.parent != nil && len(p.tiles) == 1 && len(p.pages) == 1
	}
	var group []*chartPart
	scale := 0.0
	flush := func() {
		for _, p := range group {
			p.scale = scale
		}
		group = nil
	}
	for _, p := range parts {
		if !single(p) || len(group) > 0 && group[0].parent != p.parent {
			flush()
		}
		if !single(p) {
			continue
		}
		if len(group) > 0 {
			// The common scale is the smallest the parts need on their
			// own, lowered (down to the 7 pt scale) so they fit across.
			width := 0.0
			for _, q := range append(group, p) {
				width += q.bounds.W
			}
			gaps := packGap * float64(len(group))
			s := min(scale, p.scale, (aw-gaps)/width)
			if s >= minScale {
				scale = s
				p.shared = true
				p.pages[0] = group[0].pages[0]
				group = append(group, p)
				continue
			}
			flush()
		}
		group, scale = []*chartPart{p}, p.scale
	}
	flush()
}

// chartPlanner builds the parts of one chart.
type chartPlanner struct {
	w     *writer
	opts  chart.Options
	parts []*chartPart
	full  [2]*chart.Chart // uncollapsed, compact and not
	// folded departments stay collapsed in every part and never get a
	// part of their own (planScope); nil for the whole chart.
	folded map[data.ID]bool
	// src is the document the charts are built from when not the
	// writer's: one department's branch (planScope).
	src *data.Document
	// narrow prefers, of two layouts on one page each, the narrower: the
	// change report may then set its charts side by side (planScope).
	narrow bool
}

// collapsedWith adds the folded departments to a part's collapsed nodes.
func (pl *chartPlanner) collapsedWith(collapsed map[data.ID]bool) map[data.ID]bool {
	if len(pl.folded) == 0 {
		return collapsed
	}
	out := make(map[data.ID]bool, len(pl.folded)+len(collapsed))
	for id := range pl.folded {
		out[id] = true
	}
	for id := range collapsed {
		out[id] = true
	}
	return out
}

// plan adds the part showing the subtree of the node with the id and kind
// and, when that part does not fit one page, the parts of the subtrees it
// collapses (departments first, else the sub-teams of a big role tree).
// The collapsed subtrees are taken as deep as the part still fits one
// page, so a company with one top department, or departments of a few
// cities each, does not print a page per level with two cards on it.
func (pl *chartPlanner) plan(root data.ID, kind chart.Kind, title string, parent *chartPart) *chartPart {
	p, full := pl.best(nil, root, kind, title, parent)
	if p == nil {
		return nil
	}
	var splits []int
	if !p.fits() {
		splits = splitPoints(full, findNode(full, root, kind), pl.folded)
	}
	if len(splits) == 0 {
		pl.parts = append(pl.parts, p)
		return p
	}
	p = pl.collapse(splits, full, root, kind, title, parent)
	for deeper := deeperSplits(full, splits, pl.folded); len(deeper) > 0; deeper = deeperSplits(full, deeper, pl.folded) {
		q := pl.collapse(deeper, full, root, kind, title, parent)
		if !q.fits() {
			break
		}
		p, splits = q, deeper
	}
	pl.parts = append(pl.parts, p)
	for _, d := range splits {
		n := &full.Nodes[d]
		sub := pl.plan(n.ID, n.Kind, n.Label, p)
		p.refs[findNode(p.c, n.ID, n.Kind)] = sub
	}
	return p
}

// collapse lays out the part of root with the given nodes of full
// collapsed.
func (pl *chartPlanner) collapse(splits []int, full *chart.Chart, root data.ID, kind chart.Kind, title string, parent *chartPart) *chartPart {
	collapsed := map[data.ID]bool{}
	for _, d := range splits {
		collapsed[full.Nodes[d].ID] = true
	}
	p, _ := pl.best(collapsed, root, kind, title, parent)
	return p
}

// deeperSplits replaces each split node by its own split points, one level
// down; a node without any stays expanded in the part. nil when no node
// goes deeper.
func deeperSplits(c *chart.Chart, splits []int, folded map[data.ID]bool) []int {
	var out []int
	deeper := false
	for _, d := range splits {
		if ds := unfolded(c, innerDepartments(c, d), folded); len(ds) > 0 {
			out = append(out, ds...)
			deeper = true
		}
	}
	if !deeper {
		return nil
	}
	return out
}

// best lays the chart out spread and stacked (compact) and returns the
// part that needs fewer pages, then the one printed larger, with the chart
// it comes from. Spread wins ties: a row of boxes reads most like an org
// chart.
func (pl *chartPlanner) best(collapsed map[data.ID]bool, root data.ID, kind chart.Kind, title string, parent *chartPart) (*chartPart, *chart.Chart) {
	var best *chartPart
	for i, compact := range []bool{false, true} {
		var c *chart.Chart
		if collapsed == nil && pl.full[i] != nil {
			c = pl.full[i]
		} else {
			o := pl.opts
			o.Compact, o.Collapsed = compact, pl.collapsedWith(collapsed)
			src := pl.w.doc
			if pl.src != nil {
				src = pl.src
			}
			c = chart.Build(src, o)
			// Build sizes Nodes for the whole tree; a part with most of it
			// folded keeps only what is shown, or the charts of a change
			// report's many departments would each hold a full chart's worth.
			if cap(c.Nodes) > 2*len(c.Nodes)+64 {
				c.Nodes = slices.Clone(c.Nodes)
			}
			if collapsed == nil {
				pl.full[i] = c
			}
		}
		if len(c.Nodes) == 0 {
			continue
		}
		p := pl.w.newPart(c, findNode(c, root, kind), title, parent)
		p.tile(pl.w)
		if best == nil || better(p, best, pl.narrow) {
			best = p
		}
	}
	if best == nil {
		return nil, nil
	}
	return best, best.c
}

// better reports whether part p should be printed rather than q (the
// same subtree laid out differently): fewer pages first; among one-page
// sub-parts (or any one-page parts when narrow) the narrower, as those
// share pages side by side (see pack, and the change report's before and
// after); else the one printed clearly larger.
func better(p, q *chartPart, narrow bool) bool {
	if len(p.pages) != len(q.pages) {
		return len(p.pages) < len(q.pages)
	}
	if (p.parent != nil || narrow) && p.fits() && len(p.tiles) == 1 && len(q.tiles) == 1 {
		return p.bounds.W < q.bounds.W
	}
	return p.scale > q.scale*1.15
}

// findNode returns the index of the node with the id and kind, -1 if none.
func findNode(c *chart.Chart, id data.ID, kind chart.Kind) int {
	for i := range c.Nodes {
		if c.Nodes[i].Kind == kind && c.Nodes[i].ID == id {
			return i
		}
	}
	return -1
}

// innerDepartments returns the department nodes below node root that have
// no other department between them and root.
func innerDepartments(c *chart.Chart, root int) []int {
	var out []int
	var walk func(i int)
	walk = func(i int) {
		for _, k := range c.Nodes[i].Children {
			if c.Nodes[k].Kind == chart.KindDepartment {
				out = append(out, k)
				continue
			}
			walk(k)
		}
	}
	if root >= 0 {
		walk(root)
	}
	return out
}

// unfolded leaves out of nodes the departments folded for good.
func unfolded(c *chart.Chart, nodes []int, folded map[data.ID]bool) []int {
	if len(folded) == 0 {
		return nodes
	}
	out := nodes[:0:0]
	for _, i := range nodes {
		if n := &c.Nodes[i]; n.Kind != chart.KindDepartment || !folded[n.ID] {
			out = append(out, i)
		}
	}
	return out
}

// splitPoints returns the nodes whose subtrees a part too big for a page
// shows on pages of their own: its inner departments, or, in a department
// without sub-departments, the sub-teams: below the chain of single
// children from root (the department and its head), the children that
// have reports of their own.
func splitPoints(c *chart.Chart, root int, folded map[data.ID]bool) []int {
	if root < 0 {
		return nil
	}
	if ds := unfolded(c, innerDepartments(c, root), folded); len(ds) > 0 {
		return ds
	}
	n := root
	for len(c.Nodes[n].Children) == 1 {
		n = c.Nodes[n].Children[0]
	}
	var out []int
	for _, k := range c.Nodes[n].Children {
		if len(c.Nodes[k].Children) > 0 {
			out = append(out, k)
		}
	}
	return out
}

// newPart collects the subtree of node root (the whole chart when root is
// the company or missing).
func (w *writer) newPart(c *chart.Chart, root int, title string, parent *chartPart) *chartPart {
	p := &chartPart{c: c, root: root, in: make([]bool, len(c.Nodes)), title: title, parent: parent,
		refs: map[int]*chartPart{}, doc: w.doc}
	if root < 0 {
		root = 0
		p.root = 0
	}
	var walk func(i int)
	walk = func(i int) {
		p.nodes = append(p.nodes, i)
		p.in[i] = true
		for _, k := range c.Nodes[i].Children {
			walk(k)
		}
	}
	walk(root)
	b := c.Nodes[root].Rect
	for _, i := range p.nodes {
		b = b.Union(c.Nodes[i].Rect)
	}
	for _, e := range c.Edges {
		if p.in[e.From] && p.in[e.To] {
			for _, pt := range e.Points {
				b = b.Union(chart.Rect{X: pt.X, Y: pt.Y})
			}
		}
	}
	p.bounds = b.Inset(16)
	aw, ah := w.chartArea()
	p.scale = min(aw/p.bounds.W, ah/p.bounds.H, maxScale)
	return p
}

// sliceGap separates the slices of a tall part printed side by side.
const sliceGap = 8.0

// fits reports whether the part prints on one page.
func (p *chartPart) fits() bool { return len(p.pages) == 1 }

// tile decides how the part is printed:
//   - whole on one page when it is readable there;
//   - a part as wide as the page or narrower at the 7 pt scale (a long
//     column of stacked roles) is cut between cards into horizontal slices
//     set side by side like newspaper columns, as many per page as fit,
//     read top to bottom and left to right;
//   - only a part wider than the page that cannot be split further is cut
//     into a grid of page-sized tiles, read row by row.
func (p *chartPart) tile(w *writer) {
	aw, ah := w.chartArea()
	b := p.bounds
	p.tiles, p.perPage, p.gridCols = nil, 1, 1
	switch {
	case p.scale >= minScale:
		p.tiles = []chart.Rect{b}
	case b.W*minScale <= aw:
		p.slice(aw, ah)
	default:
		cols := int(math.Ceil(b.W * minScale / aw))
		rows := int(math.Ceil(b.H * minScale / ah))
		tw, th := b.W/float64(cols), b.H/float64(rows)
		p.scale = min(aw/tw, ah/th, maxScale)
		p.gridCols = cols
		for r := range rows {
			for c := range cols {
				p.tiles = append(p.tiles, chart.Rect{X: b.X + float64(c)*tw, Y: b.Y + float64(r)*th, W: tw, H: th})
			}
		}
	}
	pages := (len(p.tiles) + p.perPage - 1) / p.perPage
	p.pages = make([]*anchor, pages)
	for i := range p.pages {
		p.pages[i] = &anchor{}
	}
}

// slice cuts a tall part into horizontal slices: on one page with the
// largest readable scale when some number of slices allows it, else at the
// smallest readable scale with as many slices per page as fit.
func (p *chartPart) slice(aw, ah float64) {
	b := p.bounds
	best, bestK := 0.0, 0
	for k := 2; b.W*minScale*float64(k)+sliceGap*float64(k-1) <= aw; k++ {
		s := min((aw-sliceGap*float64(k-1))/(float64(k)*b.W), float64(k)*ah/b.H, maxScale)
		if s >= minScale && s > best {
			best, bestK = s, k
		}
	}
	// Cutting between cards makes slices shorter, so the one-page plan may
	// need a slightly smaller scale.
	for s := best; bestK > 0 && s >= minScale; s *= 0.97 {
		if p.cutSlices(ah / s); len(p.tiles) <= bestK {
			p.scale, p.perPage = s, bestK
			return
		}
	}
	p.scale = minScale
	p.perPage = int((aw + sliceGap) / (b.W*minScale + sliceGap))
	p.cutSlices(ah / minScale)
	p.perPage = min(p.perPage, len(p.tiles))
}

// cutSlices cuts the part into slices at most sliceH chart units tall.
func (p *chartPart) cutSlices(sliceH float64) {
	b := p.bounds
	p.tiles = p.tiles[:0]
	for y := b.Y; y < b.Bottom()-1e-9; {
		end := y + sliceH
		if end < b.Bottom() {
			end = p.cleanCut(y, end, sliceH*0.35)
		}
		p.tiles = append(p.tiles, chart.Rect{X: b.X, Y: y, W: b.W, H: min(end, b.Bottom()) - y})
		y = end
	}
}

// cleanCut moves a slice boundary up into a gap between cards, so no card
// is cut in two. Only a card taller than a whole slice (which the page
// sizes never give) would be cut.
func (p *chartPart) cleanCut(top, cut, _ float64) float64 {
	const gap = 4.0 // chart units above the card below the cut
	y := cut
	for moved := true; moved; {
		moved = false
		for _, i := range p.nodes {
			if r := p.c.Nodes[i].Rect; r.Y < y && r.Bottom() > y {
				y, moved = r.Y-gap, true
			}
		}
		if y <= top {
			return cut
		}
	}
	return y
}

// pageTiles returns the tiles printed on page pi of the part.
func (p *chartPart) pageTiles(pi int) []chart.Rect {
	return p.tiles[pi*p.perPage : min(len(p.tiles), (pi+1)*p.perPage)]
}
