package data

import "iter"

// Chain yields id and the ids of the departments above it, innermost
// first. It stops at the top, after yielding an id that no department has
// (a dangling reference is still yielded, so roll-ups keep its figures),
// or after len(Departments)+1 ids: a cyclic parent chain cannot loop.
// Roll-ups, paths and "is inside" tests all walk a chain this way.
func (d *Document) Chain(id ID) iter.Seq[ID] {
	return func(yield func(ID) bool) {
		for n := 0; id != "" && n <= len(d.Departments); n++ {
			if !yield(id) {
				return
			}
			dep := d.Department(id)
			if dep == nil {
				return
			}
			id = dep.Parent
		}
	}
}
