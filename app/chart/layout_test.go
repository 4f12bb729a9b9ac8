package chart

import (
	"cmp"
	"encoding/csv"
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"testing"
)

// randomTree returns a random parent array: node i hangs under a random
// earlier node, biased towards recent ones so trees get deep as well as wide.
func randomTree(r *rand.Rand, n int) []int {
	p := make([]int, n)
	p[0] = -1
	for i := 1; i < n; i++ {
		if r.IntN(3) == 0 {
			p[i] = r.IntN(i)
		} else {
			p[i] = max(0, i-1-r.IntN(min(i, 6)))
		}
	}
	return p
}

// randomSizes returns sizes between 40×20 and 240×120.
func randomSizes(r *rand.Rand, n int) []Point {
	s := make([]Point, n)
	for i := range s {
		s[i] = Point{40 + 200*r.Float64(), 20 + 100*r.Float64()}
	}
	return s
}

const eps = 1e-6

// boxes pairs positions with sizes (defaults where sizes is short).
func boxes(pos, sizes []Point, o Options) []Rect {
	o = o.withDefaults()
	out := make([]Rect, len(pos))
	for i, p := range pos {
		s := Point{o.NodeW, o.NodeH}
		if i < len(sizes) {
			s = sizes[i]
		}
		out[i] = Rect{p.X, p.Y, s.X, s.Y}
	}
	return out
}

// overlap returns two boxes with a common interior (beyond rounding), or
// -1, -1. A sweep over x keeps it fast for thousands of boxes.
func overlap(rs []Rect) (int, int) {
	idx := make([]int, len(rs))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int { return cmp.Or(cmp.Compare(rs[a].X, rs[b].X), a-b) })
	for a := range idx {
		i := idx[a]
		if rs[i].W <= eps || rs[i].H <= eps {
			continue
		}
		for _, j := range idx[a+1:] {
			if rs[j].X >= rs[i].Right()-eps {
				break
			}
			if rs[j].W > eps && rs[j].H > eps && rs[i].Y < rs[j].Bottom()-eps && rs[j].Y < rs[i].Bottom()-eps {
				return i, j
			}
		}
	}
	return -1, -1
}

// padded grows each box by the gaps Layout promises: half a sibling gap on
// either side across the tree, a level gap below.
func padded(rs []Rect, o Options) []Rect {
	o = o.withDefaults()
	out := make([]Rect, len(rs))
	for i, r := range rs {
		if o.Orientation == LeftRight {
			out[i] = Rect{r.X, r.Y - o.HGap/2 + eps, r.W + o.VGap - 2*eps, r.H + o.HGap - 2*eps}
		} else {
			out[i] = Rect{r.X - o.HGap/2 + eps, r.Y, r.W + o.HGap - 2*eps, r.H + o.VGap - 2*eps}
		}
	}
	return out
}

var layoutCases = []struct {
	name string
	opts Options
	vary bool // random sizes instead of the default
}{
	{"top-down", Options{}, false},
	{"top-down sizes", Options{}, true},
	{"left-right", Options{Orientation: LeftRight}, false},
	{"left-right sizes", Options{Orientation: LeftRight}, true},
	{"compact", Options{Compact: true}, false},
	{"compact sizes", Options{Compact: true}, true},
	{"compact left-right", Options{Compact: true, Orientation: LeftRight}, true},
	{"tight gaps", Options{HGap: 1, VGap: 1, NodeW: 10, NodeH: 10}, true},
}

func TestLayoutNoOverlap(t *testing.T) {
	for _, tc := range layoutCases {
		t.Run(tc.name, func(t *testing.T) {
			r := rand.New(rand.NewPCG(1, 2))
			for trial := 0; trial < 80; trial++ {
				n := 1 + r.IntN(300)
				p := randomTree(r, n)
				var sizes []Point
				if tc.vary {
					sizes = randomSizes(r, n)
				}
				pos := Layout(p, sizes, tc.opts)
				if len(pos) != n {
					t.Fatalf("got %d positions for %d nodes", len(pos), n)
				}
				checkFinite(t, pos)
				rs := boxes(pos, sizes, tc.opts)
				if !tc.opts.compactActive() {
					rs = padded(rs, tc.opts) // the gaps too are kept clear
				}
				if i, j := overlap(rs); i >= 0 {
					t.Fatalf("trial %d (n=%d): boxes %d %v and %d %v overlap", trial, n, i, rs[i], j, rs[j])
				}
				if minX, minY := minCorner(pos); math.Abs(minX) > eps || math.Abs(minY) > eps {
					t.Fatalf("layout starts at %v, %v, want 0, 0", minX, minY)
				}
			}
		})
	}
}

func minCorner(pos []Point) (float64, float64) {
	x, y := math.Inf(1), math.Inf(1)
	for _, p := range pos {
		x, y = math.Min(x, p.X), math.Min(y, p.Y)
	}
	return x, y
}

func checkFinite(t *testing.T, pos []Point) {
	t.Helper()
	for i, q := range pos {
		if math.IsNaN(q.X) || math.IsNaN(q.Y) || math.IsInf(q.X, 0) || math.IsInf(q.Y, 0) {
			t.Fatalf("node %d at %v", i, q)
		}
	}
}

// TestLayoutParentCentred checks that every parent is centred over the
// span of its children (a compact stack counts as one child spanning its
// rail column and its widest leaf), and that children start one gap below
// their parent.
func TestLayoutParentCentred(t *testing.T) {
	for _, tc := range layoutCases {
		t.Run(tc.name, func(t *testing.T) {
			r := rand.New(rand.NewPCG(5, 6))
			o := tc.opts.withDefaults()
			for trial := 0; trial < 40; trial++ {
				n := 1 + r.IntN(200)
				p := randomTree(r, n)
				var sizes []Point
				if tc.vary {
					sizes = randomSizes(r, n)
				}
				lo := layoutTree(sanitizeParents(p), sizes, o)
				rs := boxes(lo.pos, sizes, o)
				f := newForest(sanitizeParents(p))
				for v := range n {
					kids := f.children(int32(v))
					if len(kids) == 0 {
						continue
					}
					lo, hi, level := childSpan(rs, kids, lo.stacked, o)
					centre, bottom := rs[v].X+rs[v].W/2, rs[v].Bottom()
					if o.Orientation == LeftRight {
						centre, bottom = rs[v].Y+rs[v].H/2, rs[v].Right()
					}
					if math.Abs(centre-(lo+hi)/2) > 1e-6 {
						t.Fatalf("trial %d: node %d centred at %v, children span %v..%v", trial, v, centre, lo, hi)
					}
					if math.Abs(level-(bottom+o.VGap)) > 1e-6 {
						t.Fatalf("trial %d: children of %d start at %v, want %v", trial, v, level, bottom+o.VGap)
					}
				}
			}
		})
	}
}

// childSpan returns the breadth span of the children and where their level
// starts.
func childSpan(rs []Rect, kids []int32, stacked []bool, o Options) (lo, hi, level float64) {
	lo, hi, level = math.Inf(1), math.Inf(-1), math.Inf(1)
	for _, c := range kids {
		r := rs[c]
		if o.Orientation == LeftRight {
			r = Rect{r.Y, r.X, r.H, r.W}
		}
		left := r.X
		if stacked != nil && stacked[c] {
			left -= o.indent()
		}
		lo, hi, level = math.Min(lo, left), math.Max(hi, r.Right()), math.Min(level, r.Y)
	}
	return lo, hi, level
}

func TestLayoutDeterministic(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 9))
	p := randomTree(r, 2000)
	sizes := randomSizes(r, 2000)
	for _, tc := range layoutCases {
		a := Layout(p, sizes, tc.opts)
		b := Layout(slices.Clone(p), slices.Clone(sizes), tc.opts)
		if !slices.Equal(a, b) {
			t.Errorf("%s: two runs differ", tc.name)
		}
	}
}

// TestLayoutLinearWork counts the contour steps of the tidy algorithm on
// tree shapes that make naive implementations quadratic: the work per node
// must stay bounded as the tree grows tenfold.
func TestLayoutLinearWork(t *testing.T) {
	shapes := map[string]func(n int) []int{
		"org":   func(n int) []int { return orgTree(n, 1) },
		"chain": func(n int) []int { return chain(n) },
		"comb": func(n int) []int { // a spine whose every node has a leaf: deep contours on both sides
			p := make([]int, n)
			p[0] = -1
			for i := 1; i < n; i++ {
				p[i] = max(0, (i-1)/2*2)
			}
			return p
		},
		"star":   func(n int) []int { return star(n) },
		"random": func(n int) []int { return randomTree(rand.New(rand.NewPCG(1, 1)), n) },
		"staircase": func(n int) []int { // siblings of decreasing depth, each shadowing the next
			p := make([]int, n)
			p[0] = -1
			next, depth := 1, 1
			for next < n {
				prev := 0
				for d := 0; d < depth && next < n; d++ {
					p[next] = prev
					prev = next
					next++
				}
				depth = depth%40 + 1
			}
			return p
		},
	}
	for name, shape := range shapes {
		for _, o := range []Options{{}, {Compact: true}} {
			small, large := 2000, 20000
			ws := layoutTree(sanitizeParents(shape(small)), nil, o.withDefaults()).steps
			wl := layoutTree(sanitizeParents(shape(large)), nil, o.withDefaults()).steps
			perSmall, perLarge := float64(ws)/float64(small), float64(wl)/float64(large)
			if perLarge > 4 || perLarge > 1.5*perSmall+0.5 {
				t.Errorf("%s compact=%v: %.2f steps per node at %d, %.2f at %d", name, o.Compact, perSmall, small, perLarge, large)
			}
		}
	}
}

func chain(n int) []int {
	p := make([]int, n)
	for i := range p {
		p[i] = i - 1
	}
	return p
}

func star(n int) []int {
	p := make([]int, n)
	p[0] = -1
	return p
}

func TestLayoutEdgeCases(t *testing.T) {
	if got := Layout(nil, nil, Options{}); len(got) != 0 {
		t.Errorf("empty tree: %v", got)
	}
	if got := Layout([]int{-1}, nil, Options{}); !slices.Equal(got, []Point{{0, 0}}) {
		t.Errorf("single node at %v", got)
	}
	// A chain goes straight down; a star puts its leaves in one row.
	pos := Layout(chain(4), nil, Options{})
	for i := 1; i < 4; i++ {
		if pos[i].X != pos[0].X || pos[i].Y != float64(i)*(DefaultNodeH+DefaultVGap) {
			t.Errorf("chain node %d at %v", i, pos[i])
		}
	}
	pos = Layout(star(4), nil, Options{})
	if pos[1].Y != pos[3].Y || pos[2].X-pos[1].X != DefaultNodeW+DefaultHGap {
		t.Errorf("star leaves at %v", pos[1:])
	}
	// In compact mode the same leaves stack in one column.
	pos = Layout(star(4), nil, Options{Compact: true})
	if pos[1].X != pos[3].X || pos[2].Y-pos[1].Y != DefaultNodeH+DefaultHGap/2 {
		t.Errorf("compact star leaves at %v", pos[1:])
	}
	// Broken input is repaired, not a panic: out-of-range parents, a cycle,
	// a self-parent, and sizes that are missing, negative or NaN.
	p := []int{5, 99, 3, 2, -7, 4}
	sizes := []Point{{-1, math.NaN()}, {math.Inf(1), 10}}
	pos = Layout(p, sizes, Options{})
	checkFinite(t, pos)
	if i, j := overlap(boxes(pos, nil, Options{})); i >= 0 {
		t.Errorf("repaired tree overlaps: %d %d", i, j)
	}
}

func TestSanitizeParents(t *testing.T) {
	for _, tc := range []struct {
		in   []int
		want []int32
	}{
		{[]int{-1, 0, 1}, []int32{-1, 0, 1}},
		{[]int{3, 0, 1}, []int32{-1, 0, 1}},              // the root's parent is ignored
		{[]int{-1, 9, -1, 3}, []int32{-1, 0, 0, 0}},      // out of range, -1 and self hang under the root
		{[]int{-1, 2, 3, 1}, []int32{-1, 0, 3, 1}},       // the cycle 1→2→3→1 is cut at 1
		{[]int{-1, 0, 3, 4, 2}, []int32{-1, 0, 0, 4, 2}}, // cut where the walk closed the loop
	} {
		if got := sanitizeParents(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("sanitizeParents(%v) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// FuzzLayout feeds arbitrary parent arrays and sizes: no panic, one finite
// position per node, no overlapping boxes.
func FuzzLayout(f *testing.F) {
	f.Add([]byte{0, 0, 1, 1, 2}, uint8(0), []byte{10, 20})
	f.Add([]byte{3, 2, 1, 0, 255, 7}, uint8(3), []byte{})
	f.Add([]byte{0, 0, 0, 0, 0, 0, 0, 0}, uint8(1), []byte{0, 0, 200, 1})
	f.Fuzz(func(t *testing.T, parents []byte, flags uint8, sizeBytes []byte) {
		if len(parents) > 2000 {
			return
		}
		p := make([]int, len(parents))
		for i, b := range parents {
			p[i] = int(b) - 1 // includes -1 and out-of-range values
		}
		var sizes []Point
		for i := 0; i+1 < len(sizeBytes); i += 2 {
			sizes = append(sizes, Point{float64(sizeBytes[i]), float64(sizeBytes[i+1])})
		}
		o := Options{Compact: flags&1 != 0, HGap: float64(flags >> 4)}
		if flags&2 != 0 {
			o.Orientation = LeftRight
		}
		pos := Layout(p, sizes, o)
		if len(pos) != len(p) {
			t.Fatalf("%d positions for %d nodes", len(pos), len(p))
		}
		checkFinite(t, pos)
		rs := boxes(pos, sanitizedSizes(sizes, len(p), o), o)
		if i, j := overlap(rs); i >= 0 {
			t.Fatalf("boxes %d %v and %d %v overlap", i, rs[i], j, rs[j])
		}
	})
}

// sanitizedSizes mirrors how Layout reads sizes, in chart orientation.
func sanitizedSizes(sizes []Point, n int, o Options) []Point {
	o = o.withDefaults()
	out := make([]Point, n)
	for i := range out {
		out[i] = Point{o.NodeW, o.NodeH}
		if i < len(sizes) {
			out[i] = Point{sizeOr(sizes[i].X, o.NodeW), sizeOr(sizes[i].Y, o.NodeH)}
		}
	}
	return out
}

// TestLayoutRealOrgChart lays out d3-org-chart's 1,516-person sample (an
// id/parentId CSV from outside the project) when it is present.
func TestLayoutRealOrgChart(t *testing.T) {
	f, err := os.Open("../../../shared/realdata/en_d3_orgchart_1516.csv")
	if err != nil {
		t.Skip("real data not present:", err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	rows = rows[1:]
	// The root must be node 0: move the row without a parent to the front.
	slices.SortStableFunc(rows, func(a, b []string) int {
		return cmp.Compare(min(len(a[col["parentId"]]), 1), min(len(b[col["parentId"]]), 1))
	})
	at := map[string]int{}
	for i, r := range rows {
		at[r[col["id"]]] = i
	}
	p := make([]int, len(rows))
	for i, r := range rows {
		p[i] = -1
		if j, ok := at[r[col["parentId"]]]; ok {
			p[i] = j
		}
	}
	for _, tc := range layoutCases {
		pos := Layout(p, nil, tc.opts)
		if i, j := overlap(boxes(pos, nil, tc.opts)); i >= 0 {
			t.Errorf("%s: %s and %s overlap", tc.name, rows[i][col["name"]], rows[j][col["name"]])
		}
	}
}
