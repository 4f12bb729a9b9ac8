package chart

// This file is the non-layered tidy-tree algorithm of A. J. van der Ploeg,
// "Drawing Non-layered Tidy Trees in Linear Time" (Software: Practice and
// Experience, 2014): Walker's algorithm with Buchheim, Jünger and Leipert's
// linear-time threads and shifts, generalised to boxes of any size. Every
// child starts one parent-height below its parent, so a tall box (a compact
// stack of leaves) does not push a whole level of the chart down, and
// contours are compared by their vertical extent instead of by depth.
//
// The algorithm works in an abstract frame: "breadth" (x here) runs along a
// row of siblings, "level" (y here) from parent to child. Boxes include their
// gaps, so boxes that do not overlap leave at least a gap between the nodes.

// tnode is one box of the tidy layout.
type tnode struct {
	w, h          float64 // box size including gaps
	y             float64 // top of the box
	x             float64 // left of the box, set by the second walk
	prelim, mod   float64 // preliminary x and modifier for the subtree
	shift, change float64 // spacing of intermediate siblings
	msel, mser    float64 // modifier sums down to the extreme nodes
	tl, tr        int32   // left and right threads (-1: none)
	el, er        int32   // extreme (lowest) left and right nodes
}

// iylEntry records a left sibling and the lowest y its subtree reaches while
// it still shapes the right contour of the siblings placed so far.
type iylEntry struct {
	lowY  float64
	index int32
}

// tidy holds the state of one layout run.
type tidy struct {
	n     []tnode
	f     forest
	order []int32 // breadth-first order: parents before children
	iyl   []iylEntry
	steps int // contour steps taken by separate; tests check it grows linearly
}

// run lays out the forest whose box sizes t.n[v].w/h are set, leaving the
// left edge of each box in t.n[v].x and its top in t.n[v].y.
func (t *tidy) run() {
	t.breadthFirst()
	for _, v := range t.order[1:] {
		p := t.f.parent[v]
		t.n[v].y = t.n[p].y + t.n[p].h
	}
	for i := len(t.order) - 1; i >= 0; i-- {
		t.firstWalk(t.order[i])
	}
	t.secondWalk()
}

// breadthFirst fills t.order; reversed it is a valid post-order.
func (t *tidy) breadthFirst() {
	t.order = t.order[:0]
	t.order = append(t.order, 0)
	for i := 0; i < len(t.order); i++ {
		t.order = append(t.order, t.f.children(t.order[i])...)
	}
}

func (t *tidy) bottom(v int32) float64 { return t.n[v].y + t.n[v].h }

func (t *tidy) nextLeft(v int32) int32 {
	if k := t.f.children(v); len(k) > 0 {
		return k[0]
	}
	return t.n[v].tl
}

func (t *tidy) nextRight(v int32) int32 {
	if k := t.f.children(v); len(k) > 0 {
		return k[len(k)-1]
	}
	return t.n[v].tr
}

// firstWalk places the children of v (whose subtrees are already laid out)
// side by side as close as their contours allow, then centres v over them.
func (t *tidy) firstWalk(v int32) {
	kids := t.f.children(v)
	if len(kids) == 0 {
		t.setExtremes(v)
		return
	}
	t.iyl = append(t.iyl[:0], iylEntry{t.bottom(t.n[kids[0]].el), 0})
	for i := 1; i < len(kids); i++ {
		// The lowest y must be read before separate may re-point extremes.
		minY := t.bottom(t.n[kids[i]].er)
		t.separate(kids, i)
		for len(t.iyl) > 0 && minY >= t.iyl[len(t.iyl)-1].lowY {
			t.iyl = t.iyl[:len(t.iyl)-1]
		}
		t.iyl = append(t.iyl, iylEntry{minY, int32(i)})
	}
	t.positionRoot(v, kids)
	t.setExtremes(v)
}

func (t *tidy) setExtremes(v int32) {
	kids := t.f.children(v)
	if len(kids) == 0 {
		t.n[v].el, t.n[v].er = v, v
		t.n[v].msel, t.n[v].mser = 0, 0
		return
	}
	first, last := &t.n[kids[0]], &t.n[kids[len(kids)-1]]
	t.n[v].el, t.n[v].msel = first.el, first.msel
	t.n[v].er, t.n[v].mser = last.er, last.mser
}

// separate walks the right contour of kids[:i] and the left contour of
// kids[i] from the top down, moving kids[i] right wherever they would
// overlap, then threads the shorter contour onto the longer one.
func (t *tidy) separate(kids []int32, i int) {
	sr := kids[i-1]
	mssr := t.n[sr].mod
	cl := kids[i]
	mscl := t.n[cl].mod
	k := len(t.iyl) - 1
	for sr >= 0 && cl >= 0 {
		t.steps++
		if k > 0 && t.bottom(sr) > t.iyl[k].lowY {
			k--
		}
		dist := (mssr + t.n[sr].prelim + t.n[sr].w) - (mscl + t.n[cl].prelim)
		if dist > 0 {
			mscl += dist
			t.moveSubtree(kids, i, int(t.iyl[k].index), dist)
		}
		sy, cy := t.bottom(sr), t.bottom(cl)
		if sy <= cy {
			sr = t.nextRight(sr)
			if sr >= 0 {
				mssr += t.n[sr].mod
			}
		}
		if sy >= cy {
			cl = t.nextLeft(cl)
			if cl >= 0 {
				mscl += t.n[cl].mod
			}
		}
	}
	switch {
	case sr < 0 && cl >= 0: // the new subtree is taller than its left siblings
		t.setLeftThread(kids, i, cl, mscl)
	case sr >= 0 && cl < 0: // the left siblings are taller
		t.setRightThread(kids, i, sr, mssr)
	}
}

// moveSubtree shifts kids[i] right by dist and records how the siblings
// between kids[si] and kids[i] share the move, applied later in O(1) each.
func (t *tidy) moveSubtree(kids []int32, i, si int, dist float64) {
	c := &t.n[kids[i]]
	c.mod += dist
	c.msel += dist
	c.mser += dist
	if si != i-1 {
		nr := float64(i - si)
		t.n[kids[si+1]].shift += dist / nr
		c.shift -= dist / nr
		c.change -= dist - dist/nr
	}
}

func (t *tidy) setLeftThread(kids []int32, i int, cl int32, modsumcl float64) {
	first := &t.n[kids[0]]
	li := first.el
	t.n[li].tl = cl
	// Adjust the modifier so that following the thread sums correctly, and
	// the preliminary x so that li itself does not move.
	diff := (modsumcl - t.n[cl].mod) - first.msel
	t.n[li].mod += diff
	t.n[li].prelim -= diff
	first.el, first.msel = t.n[kids[i]].el, t.n[kids[i]].msel
}

func (t *tidy) setRightThread(kids []int32, i int, sr int32, modsumsr float64) {
	cur := &t.n[kids[i]]
	ri := cur.er
	t.n[ri].tr = sr
	diff := (modsumsr - t.n[sr].mod) - cur.mser
	t.n[ri].mod += diff
	t.n[ri].prelim -= diff
	prev := &t.n[kids[i-1]]
	cur.er, cur.mser = prev.er, prev.mser
}

// positionRoot centres v over the outer edges of its first and last child.
func (t *tidy) positionRoot(v int32, kids []int32) {
	a, b := &t.n[kids[0]], &t.n[kids[len(kids)-1]]
	t.n[v].prelim = (a.prelim+a.mod+b.mod+b.prelim+b.w)/2 - t.n[v].w/2
}

// secondWalk sums the modifiers from the root down; x holds the running
// sum until it is turned into the final coordinate.
func (t *tidy) secondWalk() {
	for _, v := range t.order {
		sum := t.n[v].mod
		if p := t.f.parent[v]; p >= 0 {
			sum += t.n[p].mod // the parent's mod already holds its own running sum
		}
		t.n[v].mod = sum
		t.n[v].x = t.n[v].prelim + sum
		t.addChildSpacing(v)
	}
}

// addChildSpacing turns the shift and change records of v's children into
// modifiers before the children are visited.
func (t *tidy) addChildSpacing(v int32) {
	d, modsumdelta := 0.0, 0.0
	for _, c := range t.f.children(v) {
		d += t.n[c].shift
		modsumdelta += d + t.n[c].change
		t.n[c].mod += modsumdelta
	}
}
