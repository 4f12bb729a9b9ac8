package chart

import "orgdesigner/data"

// layout places the nodes and routes the tree edges.
func (c *Chart) layout() {
	o := c.Opts
	p := make([]int32, len(c.Nodes))
	for i := range c.Nodes {
		p[i] = int32(c.Nodes[i].Parent)
	}
	sizes := make([]Point, len(c.Nodes))
	for i := range sizes {
		sizes[i] = Point{o.NodeW, o.NodeH}
	}
	lo := layoutTree(p, sizes, o)
	for i := range c.Nodes {
		c.Nodes[i].Rect = Rect{lo.pos[i].X, lo.pos[i].Y, o.NodeW, o.NodeH}
	}
	c.Edges = make([]Edge, 0, len(c.Nodes))
	// Every edge's points live in one backing array: one allocation, not
	// one per edge.
	buf := make([]Point, 0, 5*len(c.Nodes))
	for i := 1; i < len(c.Nodes); i++ {
		par := &c.Nodes[c.Nodes[i].Parent]
		var r route
		if lo.stacked != nil && lo.stacked[i] {
			r = railRoute(par.Rect, c.Nodes[i].Rect, o)
		} else {
			r = elbowRoute(par.Rect, c.Nodes[i].Rect, o)
		}
		start := len(buf)
		buf = append(buf, r.points()...)
		c.Edges = append(c.Edges, Edge{From: c.Nodes[i].Parent, To: i, Points: buf[start:len(buf):len(buf)]})
	}
}

// route is a connector of up to five points, kept off the heap until it
// is copied into the chart.
type route struct {
	p [5]Point
	n int
}

// points returns the route without repeated points and with straight runs
// merged, so a straight connector is one segment.
func (r *route) points() []Point {
	out := r.p[:0]
	for _, q := range r.p[:r.n] {
		k := len(out)
		if k > 0 && out[k-1] == q {
			continue
		}
		if k > 1 && collinear(out[k-2], out[k-1], q) {
			out[k-1] = q
			continue
		}
		out = append(out, q)
	}
	return out
}

// frame converts between chart coordinates and the layout's abstract frame
// (breadth along X, level along Y); for LeftRight it swaps the axes, and is
// its own inverse.
type frame bool

func (f frame) pt(p Point) Point {
	if f {
		return Point{p.Y, p.X}
	}
	return p
}

func (f frame) rect(r Rect) Rect {
	if f {
		return Rect{r.Y, r.X, r.H, r.W}
	}
	return r
}

// route converts four abstract-frame points into a chart route.
func (f frame) route(a, b, c, d Point) route {
	return route{p: [5]Point{f.pt(a), f.pt(b), f.pt(c), f.pt(d)}, n: 4}
}

// elbowRoute joins parent to child: from the parent's bottom centre down to
// the middle of the gap, across, and down to the child's top centre (in
// LeftRight, right side to left side).
func elbowRoute(parent, child Rect, o Options) route {
	f := frame(o.Orientation == LeftRight)
	p, c := f.rect(parent), f.rect(child)
	px, cx := p.X+p.W/2, c.X+c.W/2
	mid := p.Bottom() + o.VGap/2
	return f.route(Point{px, p.Bottom()}, Point{px, mid}, Point{cx, mid}, Point{cx, c.Y})
}

// railRoute joins a parent to a leaf of its compact stack: down to the
// middle of the gap, across to the rail beside the stack, down the rail and
// into the leaf's left side. Leaves of one stack share everything but the
// last two segments, so the drawn rail is one line.
func railRoute(parent, leaf Rect, o Options) route {
	px, mid := parent.X+parent.W/2, parent.Bottom()+o.VGap/2
	rail, y := leaf.X-o.indent()/2, leaf.Y+leaf.H/2
	return route{p: [5]Point{{px, parent.Bottom()}, {px, mid}, {rail, mid}, {rail, y}, {leaf.X, y}}, n: 5}
}

// dottedRoute joins a dotted-line manager to a role. The horizontal run
// sits a little off the middle of the gap, so it does not hide under the
// solid bus lines: just above the role when the role is lower, just below
// it when the role is higher, and below both when they share a row.
func dottedRoute(manager, role Rect, o Options) route {
	f := frame(o.Orientation == LeftRight)
	m, r := f.rect(manager), f.rect(role)
	mx, rx := m.X+m.W/2, r.X+r.W/2
	off := o.VGap * 0.3
	switch {
	case r.Y >= m.Bottom():
		y := r.Y - off
		return f.route(Point{mx, m.Bottom()}, Point{mx, y}, Point{rx, y}, Point{rx, r.Y})
	case r.Bottom() <= m.Y:
		y := r.Bottom() + off
		return f.route(Point{mx, m.Y}, Point{mx, y}, Point{rx, y}, Point{rx, r.Bottom()})
	default:
		y := max(m.Bottom(), r.Bottom()) + off
		return f.route(Point{mx, m.Bottom()}, Point{mx, y}, Point{rx, y}, Point{rx, r.Bottom()})
	}
}

// collinear reports three points on one vertical or horizontal line with b
// between a and c.
func collinear(a, b, c Point) bool {
	between := func(x, y, z float64) bool { return (x <= y && y <= z) || (x >= y && y >= z) }
	return (a.X == b.X && b.X == c.X && between(a.Y, b.Y, c.Y)) ||
		(a.Y == b.Y && b.Y == c.Y && between(a.X, b.X, c.X))
}

// dottedSet collects the dashed edges of a matrix chart. A role folded
// out of view is stood in for by the visible node it is folded into, so a
// folded chart still shows which departments work for which manager; one
// edge is drawn per pair of nodes, and none from a node to itself.
type dottedSet struct {
	c     *Chart
	t     *entityTree
	shown []int32
	seen  map[[2]int32]bool
}

// stand returns the node showing entity e: its own, or that of its nearest
// visible ancestor.
func (d *dottedSet) stand(e int32) int32 {
	for ; e >= 0; e = d.t.f.parent[e] {
		if d.shown[e] >= 0 {
			return d.shown[e]
		}
	}
	return -1
}

// add draws a dashed edge from entity m to entity e.
func (d *dottedSet) add(m, e int32, label string) {
	from, to := d.stand(m), d.stand(e)
	if from < 0 || to < 0 || from == to || d.seen[[2]int32{from, to}] {
		return
	}
	d.seen[[2]int32{from, to}] = true
	c := d.c
	r := dottedRoute(c.Nodes[from].Rect, c.Nodes[to].Rect, c.Opts)
	c.Edges = append(c.Edges, Edge{From: int(from), To: int(to), Dotted: true, Label: label,
		Points: append([]Point(nil), r.points()...)})
}

// addDottedEdges adds a dashed edge from each dotted-line manager to the
// role (or to the visible nodes they are folded into).
func (c *Chart) addDottedEdges(d *dottedSet) {
	t := d.t
	for e := range t.ents {
		r := t.ents[e].role
		if r == nil || len(r.Dotted) == 0 {
			continue
		}
		for _, dl := range r.Dotted {
			if m := t.lookupRole(dl.Manager); m >= 0 {
				d.add(m, int32(e), dl.Label)
			}
		}
	}
}

// addProjectEdges draws the project reporting of the matrix mode: a dashed
// line from each member role of a project team to the team's owner role,
// labelled with the team's name (a member naming a person counts as the
// person's role), unless the member already has a dotted line to that
// owner (drawn by addDottedEdges) or reports to it directly. Folded roles
// are stood in for as in addDottedEdges. The lines are derived from the
// teams, so a team made in the UI shows at once, without anyone typing
// dotted lines.
func (c *Chart) addProjectEdges(doc *data.Document, d *dottedSet) {
	t := d.t
	var roleOf map[data.ID]data.ID // person → role, made when a team names people
	memberRole := func(m data.Member) data.ID {
		if m.Role != "" || m.Person == "" {
			return m.Role
		}
		if roleOf == nil {
			roleOf = make(map[data.ID]data.ID, len(doc.People))
			for k := range doc.People {
				if p := &doc.People[k]; p.Status != data.StatusLeft {
					roleOf[p.ID] = p.Role
				}
			}
		}
		return roleOf[m.Person]
	}
	for i := range doc.Projects {
		team := &doc.Projects[i]
		owner := t.lookupRole(team.OwnerRole)
		if owner < 0 {
			continue
		}
		for _, m := range team.Members {
			e := t.lookupRole(memberRole(m))
			if e < 0 || e == owner {
				continue
			}
			r := t.ents[e].role
			if r.ReportsTo == team.OwnerRole || hasDotted(r, team.OwnerRole) {
				continue
			}
			d.add(owner, e, team.Name)
		}
	}
}

func hasDotted(r *data.Role, manager data.ID) bool {
	for _, d := range r.Dotted {
		if d.Manager == manager {
			return true
		}
	}
	return false
}

// lookupRole returns the entity of the role with the id, or -1.
func (t *entityTree) lookupRole(id data.ID) int32 {
	if e, ok := t.roleAt[id]; ok {
		return e
	}
	return -1
}

// finish computes the bounds and builds the lookup and spatial indexes.
func (c *Chart) finish() {
	boxes, eboxes := c.bound()
	c.nodeIndex = newRTree(boxes)
	c.edgeIndex = newRTree(eboxes)
}

// bound fills the id index (Index) and Bounds, all a chart tried by
// Unfold needs, and returns the node and edge boxes for finish's indexes.
func (c *Chart) bound() (boxes, eboxes []Rect) {
	c.index = make(map[data.ID]int, len(c.Nodes))
	boxes = make([]Rect, len(c.Nodes))
	for i := range c.Nodes {
		if _, dup := c.index[c.Nodes[i].ID]; !dup {
			c.index[c.Nodes[i].ID] = i
		}
		boxes[i] = c.Nodes[i].Rect
	}
	eboxes = make([]Rect, len(c.Edges))
	for i := range c.Edges {
		eboxes[i] = boundsOf(c.Edges[i].Points)
	}
	if len(boxes) > 0 {
		c.Bounds = boxes[0]
		for _, b := range boxes[1:] {
			c.Bounds = c.Bounds.Union(b)
		}
		for _, b := range eboxes {
			c.Bounds = c.Bounds.Union(b)
		}
	}
	return boxes, eboxes
}
