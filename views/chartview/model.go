package chartview

import (
	"math"

	"orgdesigner/app/chart"
	"orgdesigner/data"
)

// rebuild lays out the session's current document. It is the only place
// that calls chart.Build: panning, zooming and selecting reuse the layout.
func (c *Chart) rebuild() {
	c.doc = c.source()
	o := c.opts
	o.Collapsed, o.Reveal, o.Open = c.collapsed, c.revealed, c.opened
	c.lay = c.chartTree(c.doc, o).Build(o)
	c.markNodes()
	c.texts, c.labelW = map[textKey]*cardText{}, map[string]float32{}
	c.widths = map[float32]*runeWidths{}
	c.colors = newDeptColors(c.doc)
}

// reload follows a session change. Edits made here re-lay out at once and
// the session's change signal arrives later (fyne.Do queues it), so an
// unchanged snapshot is skipped rather than laid out twice.
func (c *Chart) reload() {
	// The compare overlay follows the session itself (or not at all).
	if c.follow() || c.sess.Doc() == c.doc {
		return
	}
	if empty(c.doc) && !empty(c.sess.Doc()) {
		// A first import (or template) fills an empty chart: nothing was
		// chosen on it, so it starts as a chart opened does, at the
		// deepest readable level, fitted.
		c.clearFolds(map[data.ID]bool{})
		c.relayout()
		c.startView()
		return
	}
	// After an edit the view stays put (the selected card keeps its place
	// on screen) instead of being fitted again around the changed chart.
	c.autoFit, c.autoLevel = false, false
	c.relayout()
}

// relayout rebuilds the chart keeping the selection and the viewport: the
// selected node stays where it was on screen. When the selected node is
// gone (deleted, or undone), its nearest surviving ancestor is selected.
func (c *Chart) relayout() { c.relayoutAround(c.sel) }

// relayoutAround rebuilds the chart keeping node anchor fixed on screen.
func (c *Chart) relayoutAround(anchor selection) {
	var at chart.Point
	hadAnchor := c.lay != nil && anchor.idx >= 0 && anchor.idx < len(c.lay.Nodes)
	if hadAnchor {
		at = chart.Point{X: c.lay.Nodes[anchor.idx].Rect.X, Y: c.lay.Nodes[anchor.idx].Rect.Y}
	}
	lineage := c.lineage(c.sel.idx)
	c.rebuild()
	c.endDrag()
	if hadAnchor {
		if i := c.findNode(anchor.id, anchor.kind, anchor.idx); i >= 0 {
			r := c.lay.Nodes[i].Rect
			c.view.x += r.X - at.X
			c.view.y += r.Y - at.Y
		}
	}
	idx := -1
	for _, s := range lineage {
		if idx = c.findNode(s.id, s.kind, s.idx); idx >= 0 {
			break
		}
	}
	if idx < 0 && len(c.lay.Nodes) > 0 {
		idx = 0
	}
	c.selectIndex(idx)
	if e := c.edit; e != nil {
		// A change from elsewhere while renaming: follow the card, or close
		// the editor if the card is gone.
		if e.idx = c.findNode(e.id, e.kind, e.idx); e.idx < 0 {
			c.cancelRename()
		}
	}
	c.Refresh()
}

// lineage lists node i and its ancestors up to the root, in the current
// layout.
func (c *Chart) lineage(i int) []selection {
	var out []selection
	if c.lay == nil || i < 0 || i >= len(c.lay.Nodes) {
		return nil
	}
	for p := i; p >= 0; p = c.lay.Nodes[p].Parent {
		n := &c.lay.Nodes[p]
		out = append(out, selection{id: n.ID, kind: n.Kind, idx: p})
	}
	return out
}

// findNode returns the index of the node with the id and kind, preferring
// index hint (a role shown in several project teams appears several
// times), or -1.
func (c *Chart) findNode(id data.ID, kind chart.Kind, hint int) int {
	nodes := c.lay.Nodes
	if hint >= 0 && hint < len(nodes) && nodes[hint].ID == id && nodes[hint].Kind == kind {
		return hint
	}
	if kind == chart.KindCompany && len(nodes) > 0 {
		return 0
	}
	if i := c.lay.Index(id); i >= 0 && nodes[i].Kind == kind {
		return i
	}
	for i := range nodes {
		if nodes[i].ID == id && nodes[i].Kind == kind {
			return i
		}
	}
	return -1
}

// reveal returns the index of the node with the id, first expanding any
// collapsed ancestor that hides it; -1 when the chart has no such node.
// Each ancestor below the nearest shown one is opened one level, as
// clicks on their fold badges would (so a search hit deep in a big
// department does not unfold all of it), or with the compare overlay on
// only the path down to it is, so the fitted view of the changes stays as
// it was around it.
func (c *Chart) reveal(id data.ID) int {
	if id == "" {
		return min(0, len(c.lay.Nodes)-1)
	}
	if i := c.lay.Index(id); i >= 0 {
		return i
	}
	o := c.opts
	o.Collapsed, o.Level = nil, 0
	full := chart.Build(c.doc, o)
	j := full.Index(id)
	if j < 0 {
		return -1
	}
	path := c.cmp != nil
	if path {
		c.revealed[id] = true
	}
	shown := false // an ancestor nearer the root is shown: stop opening
	for p := full.Nodes[j].Parent; p >= 0; p = full.Nodes[p].Parent {
		pid := full.Nodes[p].ID
		delete(c.collapsed, pid)
		if !path && !shown {
			c.opened[pid] = true
		}
		shown = shown || c.lay.Index(pid) >= 0
	}
	// The view stays where the caller scrolls it: fitting the grown chart
	// again on the next resize could leave the node out of view; Fit
	// keeps it open.
	c.autoLevel, c.autoFit, c.chosen = false, false, true
	c.relayout()
	return c.lay.Index(id)
}

// collapsedCopy returns the collapsed set for callers to keep.
func (c *Chart) collapsedCopy() map[data.ID]bool {
	out := make(map[data.ID]bool, len(c.collapsed))
	for k := range c.collapsed {
		out[k] = true
	}
	return out
}

// ToggleCollapsed collapses or expands the subtree under the node with the
// id; the node stays where it is on screen.
func (c *Chart) ToggleCollapsed(id data.ID) {
	i := c.lay.Index(id)
	if id == "" {
		i = 0
	}
	if i < 0 {
		return
	}
	c.toggleAt(i)
}

// toggleAt folds or unfolds node i, keeping it in place on screen: a node
// with hidden descendants opens one level (its children, each still folded
// with its own badge), so the user walks down one branch at a time; any
// other is collapsed with its whole branch, which forgets what was opened
// inside it.
func (c *Chart) toggleAt(i int) {
	n := &c.lay.Nodes[i]
	if len(n.Children) == 0 && !n.HasHidden {
		return
	}
	c.autoLevel, c.autoFit, c.chosen = false, false, true
	unfold := n.HasHidden
	if unfold {
		delete(c.collapsed, n.ID)
		c.opened[n.ID] = true
	} else {
		for _, d := range c.subtree(i) {
			id := c.lay.Nodes[d].ID
			delete(c.opened, id)
			if d != i {
				delete(c.collapsed, id)
			}
		}
		c.collapsed[n.ID] = true
	}
	c.relayoutAround(selection{id: n.ID, kind: n.Kind, idx: i})
	if j := c.findNode(n.ID, n.Kind, i); unfold && j >= 0 {
		c.revealChildren(j)
	}
}

// revealChildren scrolls the least needed to show node i's children, as
// much of them as fits beside node i itself, which stays in view.
func (c *Chart) revealChildren(i int) {
	n := &c.lay.Nodes[i]
	if len(n.Children) == 0 || c.view.w <= 0 {
		return
	}
	u := n.Rect
	for _, k := range n.Children {
		u = u.Union(c.lay.Nodes[k].Rect)
	}
	vr := c.view.rect()
	m := 48 / c.view.zoom
	if u.W > vr.W-2*m {
		u.X, u.W = math.Max(u.X, n.Rect.Center().X-(vr.W-2*m)/2), vr.W-2*m
	}
	if u.H > vr.H-2*m {
		u.Y, u.H = n.Rect.Y, vr.H-2*m
	}
	before := c.view
	c.view.ensure(u)
	if c.view != before {
		c.autoFit = false
		c.Refresh()
	}
}

// ExpandAll shows every collapsed or folded subtree.
func (c *Chart) ExpandAll() { c.SetLevel(0) }

// subtree lists node i and its shown descendants in the current layout.
func (c *Chart) subtree(i int) []int {
	out := []int{i}
	for k := 0; k < len(out); k++ {
		out = append(out, c.lay.Nodes[out[k]].Children...)
	}
	return out
}

// empty reports whether doc has nothing to chart below the company.
func empty(doc *data.Document) bool {
	return doc == nil || len(doc.Departments) == 0 && len(doc.Roles) == 0
}
