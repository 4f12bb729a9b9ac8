package chart

// forest is a rooted tree in compressed form: the children of node v are
// kids[first[v]:first[v+1]], in ascending index order. Slices indexed by
// int32 keep the layout's hot loops free of maps and pointer chasing.
type forest struct {
	parent []int32
	first  []int32
	kids   []int32
}

// sanitizeParents turns any parent array into a tree rooted at node 0:
// parent[0] is forced to -1; a parent that is out of range or the node
// itself makes the node a child of the root; a cycle is cut by hanging the
// node where the walk found it under the root. Linear time: every node is
// coloured once.
func sanitizeParents(parent []int) []int32 {
	n := len(parent)
	p := make([]int32, n)
	if n == 0 {
		return p
	}
	p[0] = -1
	for i := 1; i < n; i++ {
		q := parent[i]
		if q < 0 || q >= n || q == i {
			q = 0
		}
		p[i] = int32(q)
	}
	breakCycles(p)
	return p
}

// breakCycles re-parents to node 0 one node of every cycle in p (p[0] = -1,
// every other entry in range).
func breakCycles(p []int32) {
	state := make([]uint8, len(p)) // 0 unknown, 1 on the current walk, 2 reaches the root
	state[0] = 2
	for s := 1; s < len(p); s++ {
		if state[s] != 0 {
			continue
		}
		i := int32(s)
		for state[i] == 0 {
			state[i] = 1
			i = p[i]
		}
		if state[i] == 1 { // the walk came back to itself: a cycle
			p[i] = 0
		}
		for j := int32(s); state[j] == 1; j = p[j] {
			state[j] = 2
		}
	}
}

// newForest builds the child lists of a sanitised parent array.
func newForest(p []int32) forest {
	n := len(p)
	f := forest{parent: p, first: make([]int32, n+1), kids: make([]int32, max(n-1, 0))}
	for i := 1; i < n; i++ {
		f.first[p[i]+1]++
	}
	for i := 0; i < n; i++ {
		f.first[i+1] += f.first[i]
	}
	fill := make([]int32, n)
	copy(fill, f.first[:n])
	for i := 1; i < n; i++ {
		q := p[i]
		f.kids[fill[q]] = int32(i)
		fill[q]++
	}
	return f
}

// children returns the children of v.
func (f *forest) children(v int32) []int32 { return f.kids[f.first[v]:f.first[v+1]] }
