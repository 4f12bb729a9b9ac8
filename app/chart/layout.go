package chart

import "math"

// Layout computes a tidy-tree layout and returns the top-left corner of each
// box. parent[i] is the index of node i's parent; parent[0] = -1 is the
// root, and siblings are ordered by index. sizes[i] is node i's width (X) and
// height (Y); a missing, negative or non-finite size falls back to
// opts.NodeW×opts.NodeH.
//
// Parents are centred over their children, boxes never overlap (they keep at
// least opts.HGap between siblings' subtrees and opts.VGap between a parent
// and its children; compact stacks keep opts.HGap/2 between their leaves),
// equal input gives equal output, and the running time is linear in the
// number of nodes. The result is shifted so the laid-out boxes
// start at (0, 0).
//
// Layout accepts any parent array without panicking: a parent that is out
// of range, the node itself or -1 makes the node a child of the root, and a
// cycle is cut by hanging one of its nodes under the root.
func Layout(parent []int, sizes []Point, opts Options) []Point {
	return layoutTree(sanitizeParents(parent), sizes, opts.withDefaults()).pos
}

// laidOut is the result of layoutTree.
type laidOut struct {
	pos []Point
	// stacked[i] reports that node i sits in its parent's compact stack
	// (nil when compact mode is off).
	stacked []bool
	// steps is the work the contour walks did (for the linearity test).
	steps int
}

// layoutTree lays out a sanitised parent array; o has its defaults set.
func layoutTree(p []int32, sizes []Point, o Options) laidOut {
	n := len(p)
	if n == 0 {
		return laidOut{}
	}
	real := newForest(p)
	size := boxSizes(sizes, n, o)
	var stacked []bool
	var head []int32
	if o.compactActive() {
		stacked, head = planStacks(&real)
	}
	t := tidyFor(&real, size, stacked, head, o)
	t.run()
	out := laidOut{pos: make([]Point, n), stacked: stacked, steps: t.steps}
	placeBoxes(out.pos, &real, t.n, size, stacked, head, o)
	normalise(out.pos)
	if o.Orientation == LeftRight {
		for i := range out.pos {
			out.pos[i].X, out.pos[i].Y = out.pos[i].Y, out.pos[i].X
		}
	}
	return out
}

// boxSizes returns the node sizes in the abstract frame: X along a row of
// siblings (breadth), Y from parent to child (level).
func boxSizes(sizes []Point, n int, o Options) []Point {
	out := make([]Point, n)
	for i := range out {
		s := Point{o.NodeW, o.NodeH}
		if i < len(sizes) {
			s = Point{sizeOr(sizes[i].X, o.NodeW), sizeOr(sizes[i].Y, o.NodeH)}
		}
		if o.Orientation == LeftRight {
			s.X, s.Y = s.Y, s.X
		}
		out[i] = s
	}
	return out
}

// sizeOr accepts 0 (an invisible box) but not negative, huge or NaN sizes.
func sizeOr(v, def float64) float64 {
	if v >= 0 && v < maxCoord {
		return v
	}
	return def
}

// planStacks picks the leaves that compact mode stacks: the leaf children of
// every node with at least two of them. Each run of consecutive stacked
// siblings is one stack, standing in its first leaf's place, so siblings
// keep their order: opening one leaf of a stack (a department's badge)
// splits the stack around it rather than moving it after the others.
// head[c] is, when c starts a stack, 1 + its position in f.kids (so a
// stack is found without searching its siblings), else 0.
func planStacks(f *forest) (stacked []bool, head []int32) {
	n := len(f.parent)
	stacked = make([]bool, n)
	head = make([]int32, n)
	for v := int32(0); int(v) < n; v++ {
		leaves := 0
		for _, c := range f.children(v) {
			if f.first[c] == f.first[c+1] {
				leaves++
			}
		}
		if leaves < 2 {
			continue
		}
		prev := false // the previous sibling is stacked
		for k, c := range f.children(v) {
			stacked[c] = f.first[c] == f.first[c+1]
			if stacked[c] && !prev {
				head[c] = f.first[v] + int32(k) + 1
			}
			prev = stacked[c]
		}
	}
	return stacked, head
}

// stackRun returns the stack that c starts (head[c] > 0): c and the
// stacked siblings that follow it.
func stackRun(real *forest, stacked []bool, head []int32, c int32) []int32 {
	k := head[c] - 1
	end := k
	for last := real.first[real.parent[c]+1]; end < last && stacked[real.kids[end]]; end++ {
	}
	return real.kids[k:end]
}

// tidyFor builds the tidy layout's tree: the real nodes that are not
// stacked, plus one box per compact stack (index n+k, numbered in the
// order of their first leaves) holding its leaves.
func tidyFor(real *forest, size []Point, stacked []bool, head []int32, o Options) *tidy {
	n := len(real.parent)
	blockOf := func(int32) int32 { return -1 }
	nb := 0
	var blockID []int32
	if head != nil {
		blockID = make([]int32, n)
		for c := range blockID {
			blockID[c] = -1
			if head[c] > 0 {
				blockID[c] = int32(n + nb)
				nb++
			}
		}
		blockOf = func(c int32) int32 { return blockID[c] }
	}
	total := n + nb
	t := &tidy{n: make([]tnode, total), order: make([]int32, 0, total)}
	lp := make([]int32, total) // the tidy tree's parent array
	lp[0] = -1
	for i := 1; i < n; i++ {
		lp[i] = real.parent[i]
	}
	for c := int32(0); int(c) < n; c++ {
		if b := blockOf(c); b >= 0 {
			lp[b] = real.parent[c]
		}
	}
	t.f = tidyForest(lp, n, real, stacked, blockOf)
	for i := range t.n {
		t.n[i].tl, t.n[i].tr = -1, -1
	}
	for i := 0; i < n; i++ {
		t.n[i].w, t.n[i].h = size[i].X+o.HGap, size[i].Y+o.VGap
	}
	for c := int32(0); int(c) < n; c++ {
		if b := blockOf(c); b >= 0 {
			w, h := stackSize(stackRun(real, stacked, head, c), size, o)
			t.n[b].w, t.n[b].h = w+o.HGap, h+o.VGap
		}
	}
	return t
}

// tidyForest orders each node's tidy children like its real children, with
// a stack box in place of the first leaf of each stack and the other
// stacked leaves left out.
func tidyForest(lp []int32, n int, real *forest, stacked []bool, blockOf func(int32) int32) forest {
	f := forest{parent: lp, first: make([]int32, len(lp)+1), kids: make([]int32, 0, len(lp))}
	for v := int32(0); int(v) < n; v++ {
		f.first[v] = int32(len(f.kids))
		for _, c := range real.children(v) {
			switch {
			case stacked == nil || !stacked[c]:
				f.kids = append(f.kids, c)
			case blockOf(c) >= 0:
				f.kids = append(f.kids, blockOf(c))
			}
		}
	}
	for v := n; v <= len(lp); v++ { // stack boxes have no tidy children
		f.first[v] = int32(len(f.kids))
	}
	return f
}

// stackCols is how many columns a compact stack of k leaves takes: one
// for a few leaves, more as the stack grows, so a wide team neither makes
// the chart wide nor one endless column (20 leaves: 3 columns of 7).
func stackCols(k int) int {
	return max(1, int(math.Ceil(math.Sqrt(float64(k)/4)-1e-9)))
}

// stackSize is the size of a compact stack of the leaves run: columns of
// leaves, each with a rail of indent width on its left, filled top to
// bottom then left to right.
func stackSize(run []int32, size []Point, o Options) (w, h float64) {
	cw := 0.0
	for _, c := range run {
		cw = math.Max(cw, size[c].X)
	}
	cols := stackCols(len(run))
	rows := (len(run) + cols - 1) / cols
	colH := 0.0
	for j, c := range run {
		if j%rows == 0 {
			colH = 0
		} else {
			colH += o.stackGap()
		}
		colH += size[c].Y
		h = math.Max(h, colH)
	}
	return float64(cols)*(cw+o.indent()) + float64(cols-1)*o.HGap, h
}

// placeBoxes converts tidy boxes (gaps included) into node corners, and
// places the stacked leaves inside their stack box, column by column.
func placeBoxes(pos []Point, real *forest, tn []tnode, size []Point, stacked []bool, head []int32, o Options) {
	n := len(pos)
	for i := 0; i < n; i++ {
		pos[i] = Point{tn[i].x + o.HGap/2, tn[i].y}
	}
	if head == nil {
		return
	}
	b := n
	for v := int32(0); int(v) < n; v++ {
		if head[v] == 0 {
			continue
		}
		run := stackRun(real, stacked, head, v)
		cw := 0.0
		for _, c := range run {
			cw = math.Max(cw, size[c].X)
		}
		rows := (len(run) + stackCols(len(run)) - 1) / stackCols(len(run))
		x0, y0 := tn[b].x+o.HGap/2+o.indent(), tn[b].y
		x, y := x0, y0
		for j, c := range run {
			if j > 0 && j%rows == 0 {
				x, y = x+cw+o.indent()+o.HGap, y0
			}
			pos[c] = Point{x, y}
			y += size[c].Y + o.stackGap()
		}
		b++
	}
}

// normalise shifts the points so the smallest coordinates are 0.
func normalise(pos []Point) {
	minX, minY := math.Inf(1), math.Inf(1)
	for _, q := range pos {
		minX, minY = math.Min(minX, q.X), math.Min(minY, q.Y)
	}
	for i := range pos {
		pos[i].X -= minX
		pos[i].Y -= minY
	}
}
