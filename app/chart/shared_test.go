package chart

import (
	"reflect"
	"testing"

	"orgdesigner/data"
)

// A Tree's charts are the package functions' charts, however many are
// laid out of it and in whatever order (its caches fill as they go), and
// options of another kind of chart still get their own tree.
func TestTreeBuildsWhatTheFunctionsBuild(t *testing.T) {
	doc := genDoc(700, 8)
	base := Options{Compact: true, Unassigned: true, Mode: data.ModeMatrix}
	tree := NewTree(doc, base)
	var targets []Target
	for i, r := range doc.Roles {
		if i%9 == 2 {
			targets = append(targets, Target{ID: r.ID, Weight: r.Planned})
		}
	}
	calls := 0
	fits, within := viewFit(1920, 1000, 0.3, &calls)
	for round := range 2 {
		for _, o := range []Options{base, {Compact: true, Unassigned: true, Level: 2}, {Mode: data.ModeProject}, {People: true, Level: 1}} {
			if got, want := tree.Build(o), Build(doc, o); !reflect.DeepEqual(got.Nodes, want.Nodes) || !reflect.DeepEqual(got.Edges, want.Edges) {
				t.Fatalf("round %d, %+v: the Tree built another chart", round, o)
			}
			l1, c1 := tree.FirstFitWithin(o, []int{0, 3, 2, 1}, fits, within)
			l2, c2 := FirstFitWithin(doc, o, []int{0, 3, 2, 1}, fits, within)
			if l1 != l2 || !reflect.DeepEqual(c1.Nodes, c2.Nodes) {
				t.Fatalf("round %d, %+v: the Tree fitted level %d, FirstFitWithin %d", round, o, l1, l2)
			}
			o.Level = 1
			u1, u2 := tree.UnfoldWithin(o, targets, fits, within), UnfoldWithin(doc, o, targets, fits, within)
			if !reflect.DeepEqual(u1.Reveal, u2.Reveal) || !reflect.DeepEqual(u1.Hidden, u2.Hidden) || !reflect.DeepEqual(u1.Chart.Nodes, u2.Chart.Nodes) {
				t.Fatalf("round %d, %+v: the Tree unfolded otherwise", round, o)
			}
			all := func(*Node) bool { return true }
			if !reflect.DeepEqual(tree.Ancestry(o, all), Ancestry(doc, o, all)) {
				t.Fatalf("round %d, %+v: the Tree's ancestry differs", round, o)
			}
		}
	}
}
