package chart

import "orgdesigner/data"

// Ancestry returns, for every node of the whole chart of doc for opts (as
// Build lays it out at Level 0 with nothing collapsed) that want accepts,
// the ids of its ancestors, nearest first, up to the company's. Where an
// id has several nodes (project mode), the last in Build's order wins. It
// lays nothing out: the compare overlay only asks which folded branch
// hides a change, and the full layout of 5,000 roles costs milliseconds.
func Ancestry(doc *data.Document, opts Options, want func(*Node) bool) map[data.ID][]data.ID {
	return ancestry(doc, opts, want, nil)
}

// ancestry is Ancestry, with the tree of shared when it is doc's for opts.
func ancestry(doc *data.Document, opts Options, want func(*Node) bool, shared *Tree) map[data.ID][]data.ID {
	if doc == nil {
		doc = &data.Document{}
	}
	t := shared.of(doc, opts.withDefaults())
	out := map[data.ID][]data.ID{}
	// Build's pre-order: each node, then its children in order.
	stack := []int32{0}
	for len(stack) > 0 {
		e := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n := &t.ents[e].node; want(n) {
			var up []data.ID
			for p := t.f.parent[e]; p >= 0; p = t.f.parent[p] {
				up = append(up, t.ents[p].node.ID)
			}
			out[n.ID] = up
		}
		kids := t.f.children(e)
		for i := len(kids) - 1; i >= 0; i-- {
			stack = append(stack, kids[i])
		}
	}
	return out
}
