package chart

import "orgdesigner/data"

// Node is one box of the chart.
type Node struct {
	ID       data.ID // "" for the company root
	Kind     Kind
	Label    string  // name or title
	Dept     data.ID // department (for colour); "" for company level
	Parent   int     // index into Chart.Nodes, -1 for the root
	Children []int   // visible children, in order
	Depth    int     // 0 for the root
	Rect     Rect    // laid-out box, top-left origin, chart coordinates
	// HasHidden reports a collapsed or folded node with hidden descendants.
	HasHidden bool
	// HiddenRoles and HiddenPeople count the roles and the people (role
	// holders; in the people view and project mode, the people shown as
	// cards) hidden below the node; HiddenUnassigned the people without a
	// role in its hidden 未安排 groups, counted apart so that a badge's
	// people match the cards' 在岗 totals.
	HiddenRoles, HiddenPeople, HiddenUnassigned int

	// Note is the card's second line: the company's industry, a
	// department's motto, a project team's owner, a project member's
	// project role.
	Note string
	// Planned and Filled are the headcount of a role, or the totals of a
	// department (with its sub-departments) or of the whole company.
	Planned, Filled int
	// Holders are the names of a role's holders who have not left, in
	// document order; for a KindUnassigned node, its people.
	Holders []string
	// People are the ids of a KindUnassigned node's people, in the order
	// of Holders.
	People []data.ID
}

// Vacancy returns planned − filled headcount; negative means over-staffed.
func (n *Node) Vacancy() int { return n.Planned - n.Filled }

// Edge is a connector drawn as an orthogonal polyline from node From to
// node To: a solid reporting line from parent to child, or a dashed
// dotted-line report (matrix mode) from the manager to the role.
type Edge struct {
	From, To int
	Points   []Point
	Dotted   bool
	Label    string // the dotted line's label (项目汇报 …); "" for solid lines
}

// Chart is a built and laid-out org chart. It is read-only after Build and
// safe for concurrent readers.
type Chart struct {
	Nodes  []Node
	Edges  []Edge
	Bounds Rect // holds every node and edge
	// Opts are the options Build used, with defaults filled in.
	Opts Options

	index     map[data.ID]int
	nodeIndex rtree
	edgeIndex rtree
}

// Index returns the index of the first node with the id, or -1 when the
// chart has no visible node with it. In project mode a role or person in
// several teams appears several times; Index gives the first.
func (c *Chart) Index(id data.ID) int {
	if i, ok := c.index[id]; ok {
		return i
	}
	return -1
}

// Visible returns the indices of the nodes whose box intersects r, in
// ascending order (which is the tree's pre-order, so parents come first).
func (c *Chart) Visible(r Rect) []int { return c.nodeIndex.search(r) }

// EdgesVisible returns the indices of the edges whose bounding box
// intersects r, in ascending order.
func (c *Chart) EdgesVisible(r Rect) []int { return c.edgeIndex.search(r) }

// At returns the node whose box contains p, or -1; where boxes touch, the
// later node wins, as it is drawn on top.
func (c *Chart) At(p Point) int {
	hits := c.nodeIndex.search(Rect{p.X, p.Y, 0, 0})
	if len(hits) == 0 {
		return -1
	}
	return hits[len(hits)-1]
}
