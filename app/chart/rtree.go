package chart

import (
	"math"
	"slices"
)

// rtree is a static packed R-tree (Hilbert-sorted leaves, fixed fan-out),
// the structure flatbush popularised. Unlike a uniform grid it stays small
// when boxes are long and thin (the bus line of a parent with thousands of
// children), and a query costs O(log n + hits). It is immutable after
// construction and safe for concurrent queries.
type rtree struct {
	boxes []Rect  // leaves first, then each upper level
	ids   []int32 // leaf: item index; inner: position of its first child
	ends  []int   // ends[l] is the end of level l in boxes
}

const rtreeFanout = 16

// newRTree indexes the rectangles; item i is reported as i.
func newRTree(items []Rect) rtree {
	n := len(items)
	if n == 0 {
		return rtree{}
	}
	order := hilbertOrder(items)
	total, count := n, n
	for count > 1 {
		count = (count + rtreeFanout - 1) / rtreeFanout
		total += count
	}
	t := rtree{boxes: make([]Rect, 0, total), ids: make([]int32, 0, total)}
	for _, i := range order {
		t.boxes = append(t.boxes, items[i])
		t.ids = append(t.ids, i)
	}
	t.ends = append(t.ends, n)
	for start := 0; t.ends[len(t.ends)-1]-start > 1; {
		end := t.ends[len(t.ends)-1]
		for i := start; i < end; i += rtreeFanout {
			box := t.boxes[i]
			for _, b := range t.boxes[i+1 : min(i+rtreeFanout, end)] {
				box = box.Union(b)
			}
			t.boxes = append(t.boxes, box)
			t.ids = append(t.ids, int32(i))
		}
		start = end
		t.ends = append(t.ends, len(t.boxes))
	}
	return t
}

// search returns the items whose box intersects r, sorted.
func (t *rtree) search(r Rect) []int {
	if len(t.boxes) == 0 {
		return nil
	}
	var out []int
	type frame struct{ pos, level int }
	stack := make([]frame, 0, 4*len(t.ends))
	stack = append(stack, frame{len(t.boxes) - 1, len(t.ends) - 1})
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if !t.boxes[f.pos].Intersects(r) {
			continue
		}
		if f.level == 0 {
			out = append(out, int(t.ids[f.pos]))
			continue
		}
		first := int(t.ids[f.pos])
		end := min(first+rtreeFanout, t.ends[f.level-1])
		for c := first; c < end; c++ {
			stack = append(stack, frame{c, f.level - 1})
		}
	}
	slices.Sort(out)
	return out
}

// hilbertOrder returns the item indices sorted by the Hilbert curve
// position of their centres, which keeps neighbours in the same leaf.
func hilbertOrder(items []Rect) []int32 {
	b := items[0]
	for _, r := range items[1:] {
		b = b.Union(r)
	}
	const side = 1<<16 - 1
	sx, sy := side/math.Max(b.W, 1e-9), side/math.Max(b.H, 1e-9)
	keys := make([]uint32, len(items))
	order := make([]int32, len(items))
	for i, r := range items {
		c := r.Center()
		keys[i] = hilbert(uint32((c.X-b.X)*sx), uint32((c.Y-b.Y)*sy))
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int {
		if keys[a] != keys[b] {
			if keys[a] < keys[b] {
				return -1
			}
			return 1
		}
		return int(a - b)
	})
	return order
}

// hilbert maps a point of a 2¹⁶×2¹⁶ grid to its distance along the Hilbert
// curve.
func hilbert(x, y uint32) uint32 {
	const n = 1 << 16
	var d uint32
	for s := uint32(n / 2); s > 0; s >>= 1 {
		var rx, ry uint32
		if x&s != 0 {
			rx = 1
		}
		if y&s != 0 {
			ry = 1
		}
		d += s * s * ((3 * rx) ^ ry)
		if ry == 0 { // rotate the quadrant so the curve stays continuous
			if rx == 1 {
				x, y = n-1-x, n-1-y
			}
			x, y = y, x
		}
	}
	return d
}
