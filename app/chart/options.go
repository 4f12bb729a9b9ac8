package chart

import "orgdesigner/data"

// Orientation is the direction the tree grows in.
type Orientation int

// Orientations.
const (
	TopDown   Orientation = iota // root at the top, children below
	LeftRight                    // root at the left, children to the right
)

// Kind is what a chart node stands for.
type Kind int

// Node kinds.
const (
	KindCompany    Kind = iota // the organisation itself, always the root
	KindDepartment             // a 部门 box
	KindRole                   // a 岗位 card
	KindProject                // a 项目组 (project mode)
	KindPerson                 // a person member of a project team (project mode)
	// KindUnassigned is the 未安排 group of a department: its people (not
	// left) who hold no role. Built only with Options.Unassigned.
	KindUnassigned
)

// String returns the kind's name for logs and tests.
func (k Kind) String() string {
	switch k {
	case KindCompany:
		return "company"
	case KindDepartment:
		return "department"
	case KindRole:
		return "role"
	case KindProject:
		return "project"
	case KindPerson:
		return "person"
	case KindUnassigned:
		return "unassigned"
	}
	return "unknown"
}

// Default sizes in chart units, used where Options leaves a field zero.
const (
	DefaultNodeW = 180.0
	DefaultNodeH = 72.0
	DefaultHGap  = 24.0
	DefaultVGap  = 48.0
)

// Options control Build and Layout.
//
// HGap separates siblings and VGap separates a parent from its children
// whatever the orientation: in LeftRight, HGap is vertical and VGap
// horizontal. This keeps one pair of numbers meaningful when the user flips
// the chart.
type Options struct {
	Orientation Orientation
	// Compact stacks the leaf children of a node in one column under it,
	// joined by a side rail (d3-org-chart's compact mode), so wide teams do
	// not make the chart wide. It applies in TopDown only: LeftRight already
	// stacks siblings vertically beside their parent.
	Compact bool
	// Mode picks the tree: functional (""), project or matrix.
	Mode data.Mode
	// Collapsed holds the ids of nodes whose subtrees are hidden; "" is the
	// company root.
	Collapsed map[data.ID]bool
	// Level folds the chart to its top levels: 0 shows everything; k ≥ 1
	// shows the company, its company-level roles, and departments down to
	// department depth k with their heads; the heads' staff and deeper
	// departments are folded into their parent (Node.HiddenRoles and
	// HiddenPeople count what is folded). Level 1 is company → departments
	// → department heads. In project mode Level k shows tree depth ≤ k.
	Level int
	// Expanded holds the ids of nodes whose whole subtree is shown whatever
	// Level says (a branch the user unfolded); Collapsed wins inside it.
	Expanded map[data.ID]bool
	// Open holds the ids of nodes opened one level whatever Level says (a
	// fold badge the user clicked): below such a node of level r (see
	// Level) the nodes down to level r+1 are shown, each deeper one folded
	// into its parent's badge, so the user walks down one branch a level
	// at a time. Collapsed wins.
	Open map[data.ID]bool
	// Reveal holds the ids of nodes shown whatever Level says, with the
	// path down to them and nothing more: their siblings, and those of
	// every node on the way, stay folded into their parent's badge, so the
	// rest of the chart stays as Level folds it (see Unfold). Collapsed
	// wins.
	Reveal map[data.ID]bool
	// People shows the people view instead of Mode's tree: each person
	// (KindPerson, with their role's title as Note) under a holder of the
	// role their role reports to.
	People bool
	// Unassigned adds to each department a 未安排 node (KindUnassigned)
	// listing its people who have no role.
	Unassigned bool
	// Node size and gaps; 0 means the default.
	NodeW, NodeH, HGap, VGap float64
}

// withDefaults returns o with zero or invalid sizes replaced by defaults.
func (o Options) withDefaults() Options {
	o.NodeW = positiveOr(o.NodeW, DefaultNodeW)
	o.NodeH = positiveOr(o.NodeH, DefaultNodeH)
	o.HGap = positiveOr(o.HGap, DefaultHGap)
	o.VGap = positiveOr(o.VGap, DefaultVGap)
	return o
}

// positiveOr returns v when it is a positive finite number, else def.
func positiveOr(v, def float64) float64 {
	if v > 0 && v < maxCoord {
		return v
	}
	return def
}

// maxCoord bounds every size Layout accepts, so sums of many sizes stay far
// from overflow and keep float64 precision well below a pixel.
const maxCoord = 1e7

// indent is how far compact-mode leaves sit to the right of their rail's
// column edge; stackGap separates stacked leaves.
func (o Options) indent() float64   { return o.HGap }
func (o Options) stackGap() float64 { return o.HGap / 2 }

// compactActive reports whether compact stacking applies.
func (o Options) compactActive() bool { return o.Compact && o.Orientation != LeftRight }
