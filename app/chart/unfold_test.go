package chart

import (
	"fmt"
	"slices"
	"testing"

	"orgdesigner/data"
)

func TestRevealShowsOnlyThePath(t *testing.T) {
	doc := foldDoc()
	// Revealing the team's operator shows the way down to it (the Ops
	// head, the team, its lead) and nothing beside it: the Sales staff
	// and the team's 未安排 group stay folded.
	c := Build(doc, Options{Level: 1, Unassigned: true, Reveal: map[data.ID]bool{"o1": true}})
	got := shownIDs(c)
	for _, id := range []string{"role:h2", "department:d3", "role:h3", "role:o1"} {
		if !got[id] {
			t.Errorf("%s not shown", id)
		}
	}
	for _, id := range []string{"role:s1", "unassigned:d3", "unassigned:d1"} {
		if got[id] {
			t.Errorf("%s shown, want folded", id)
		}
	}
	// The team keeps a badge for its 未安排 person folded beside the path.
	if i := c.Index("d3"); i < 0 || !c.Nodes[i].HasHidden || c.Nodes[i].HiddenUnassigned != 1 {
		t.Errorf("the team's badge does not count what stays folded beside the path")
	}
	// Collapsed wins.
	c = Build(doc, Options{Level: 1, Reveal: map[data.ID]bool{"o1": true}, Collapsed: map[data.ID]bool{"h2": true}})
	if c.Index("o1") >= 0 || c.Index("d3") >= 0 {
		t.Errorf("a collapsed node's children shown")
	}
}

func TestUnfoldOpensOnlyThePathsToTheTargets(t *testing.T) {
	doc := foldDoc()
	opts := Options{Level: 1, Unassigned: true, Collapsed: map[data.ID]bool{"d2": true}}
	u := Unfold(doc, opts, []Target{{ID: "o1", Weight: 4}}, func(Rect) bool { return true })
	got := shownIDs(u.Chart)
	for _, id := range []string{"role:o1", "role:h3", "department:d3", "role:h2"} {
		if !got[id] {
			t.Errorf("%s not shown: the path to the target should be open", id)
		}
	}
	// The other branches stay folded at level 1.
	for _, id := range []string{"role:s1", "role:s2", "unassigned:d1", "unassigned:d3"} {
		if got[id] {
			t.Errorf("%s shown: beside the path, want folded", id)
		}
	}
	if u.Collapsed["d2"] {
		t.Errorf("the collapse on the target's path was kept")
	}
	if len(u.Hidden) != 0 {
		t.Errorf("hidden = %v, want none", u.Hidden)
	}
	if u.Chart.Opts.Level != 1 {
		t.Errorf("level changed to %d", u.Chart.Opts.Level)
	}
	// The options given are not changed.
	if !opts.Collapsed["d2"] || opts.Reveal != nil {
		t.Errorf("Unfold changed the caller's options")
	}
}

func TestUnfoldPrefersTheHeaviestTargets(t *testing.T) {
	doc := foldDoc()
	// A second role under the seller: shown together, the two stand side
	// by side and widen the chart.
	doc.Roles = append(doc.Roles, data.Role{ID: "s3", Title: "Seller trainee", Department: "d1", ReportsTo: "s1", Planned: 1})
	opts := Options{Level: 1, Unassigned: true}
	always := func(Rect) bool { return true }
	width := func(ids ...data.ID) float64 {
		var ts []Target
		for _, id := range ids {
			ts = append(ts, Target{ID: id})
		}
		return Unfold(doc, opts, ts, always).Chart.Bounds.W
	}
	wA, wB, wBoth := width("s2"), width("s3"), width("s2", "s3")
	limit := max(wA, wB)
	if wBoth <= limit {
		t.Fatalf("test needs the two paths wider together (%v) than alone (%v, %v)", wBoth, wA, wB)
	}
	fits := func(r Rect) bool { return r.W <= limit }
	tests := []struct {
		targets    []Target
		shown, not data.ID
	}{
		{[]Target{{"s2", 1}, {"s3", 5}}, "s3", "s2"},
		{[]Target{{"s3", 1}, {"s2", 5}}, "s2", "s3"},
		{[]Target{{"s3", 2}, {"s2", 2}}, "s3", "s2"}, // a tie: the order given
	}
	for _, tt := range tests {
		u := Unfold(doc, opts, tt.targets, fits)
		if u.Chart.Index(tt.shown) < 0 {
			t.Errorf("%v: %s not shown", tt.targets, tt.shown)
		}
		if u.Chart.Index(tt.not) >= 0 {
			t.Errorf("%v: %s shown, the chart is too wide for both", tt.targets, tt.not)
		}
		if !slices.Equal(u.Hidden, []data.ID{tt.not}) {
			t.Errorf("%v: hidden = %v, want [%s]", tt.targets, u.Hidden, tt.not)
		}
		if !fits(u.Chart.Bounds) {
			t.Errorf("%v: the chart chosen does not fit", tt.targets)
		}
	}
	// A heavier target that cannot fit at all does not keep a lighter one
	// that fits from being shown.
	deep := Unfold(doc, opts, []Target{{"o1", 1}}, always).Chart.Bounds.H
	u := Unfold(doc, opts, []Target{{"o1", 9}, {"s3", 1}}, func(r Rect) bool { return r.H < deep })
	if u.Chart.Index("s3") < 0 || u.Chart.Index("o1") >= 0 {
		t.Errorf("the lighter s3 is not shown beside the unfittable o1 (hidden %v)", u.Hidden)
	}
}

func TestUnfoldKeepsTheFoldWhenNothingFits(t *testing.T) {
	doc := foldDoc()
	opts := Options{Level: 1, Unassigned: true}
	base := Build(doc, opts)
	u := Unfold(doc, opts, []Target{{ID: "o1", Weight: 1}, {ID: "s2", Weight: 1}, {ID: "nope", Weight: 9}}, func(r Rect) bool { return r.H <= base.Bounds.H })
	if len(u.Chart.Nodes) != len(base.Nodes) {
		t.Errorf("%d nodes shown, want the level's %d", len(u.Chart.Nodes), len(base.Nodes))
	}
	if !slices.Equal(u.Hidden, []data.ID{"o1", "s2"}) {
		t.Errorf("hidden = %v", u.Hidden)
	}
	// A target already shown costs nothing and is not hidden.
	u = Unfold(doc, opts, []Target{{ID: "h1"}}, func(Rect) bool { return false })
	if len(u.Hidden) != 0 || u.Chart.Index("h1") < 0 {
		t.Errorf("a shown target: hidden %v", u.Hidden)
	}
}

func TestUnfoldManyTargetsBuildsFewCharts(t *testing.T) {
	doc := genDoc(600, 3)
	opts := Options{Level: 1, Compact: true}
	var targets []Target
	for i, r := range doc.Roles {
		if i%7 == 3 {
			targets = append(targets, Target{ID: r.ID, Weight: r.Planned})
		}
	}
	base := Build(doc, opts)
	builds := 0
	u := Unfold(doc, opts, targets, func(r Rect) bool { builds++; return r.W <= base.Bounds.W*2 })
	if builds > 12+unfoldTries {
		t.Errorf("%d charts built for %d targets", builds, len(targets))
	}
	if len(u.Hidden) == 0 || len(u.Hidden) == len(targets) {
		t.Errorf("hidden %d of %d: want some shown, some folded", len(u.Hidden), len(targets))
	}
	if u.Chart.Bounds.W > base.Bounds.W*2 {
		t.Errorf("the chart chosen is too wide")
	}
}

// BenchmarkUnfold: the compare overlay's fitted view of 5,000 roles with
// 600 changed ones, about a third of which fit (a window's worth).
func BenchmarkUnfold(b *testing.B) {
	for _, n := range []int{300, 5000} {
		doc := genDoc(n, 5)
		opts := Options{Level: 1, Compact: true, Unassigned: true}
		var targets []Target
		for i, r := range doc.Roles {
			if i%(n/600+1) == 3 || (n < 1000 && i%20 == 3) {
				targets = append(targets, Target{ID: r.ID, Weight: r.Planned})
			}
		}
		limit := Build(doc, opts).Bounds.W * 1.3
		b.Run(fmt.Sprintf("roles=%d/changes=%d", n, len(targets)), func(b *testing.B) {
			for b.Loop() {
				Unfold(doc, opts, targets, func(r Rect) bool { return r.W <= limit })
			}
		})
	}
}

// BenchmarkUnfoldWithin: BenchmarkUnfold's 5,000 roles and changes, in a
// 1920×1000 view at the chart view's readable zoom, with and without the
// bound that passes over charts with too many cards.
func BenchmarkUnfoldWithin(b *testing.B) {
	doc := genDoc(5000, 5)
	opts := Options{Level: 1, Compact: true, Unassigned: true}
	var targets []Target
	for i, r := range doc.Roles {
		if i%(5000/600+1) == 3 {
			targets = append(targets, Target{ID: r.ID, Weight: r.Planned})
		}
	}
	calls := 0
	fits, within := viewFit(1920, 1000, 0.6, &calls)
	for _, tc := range []struct {
		name   string
		within Rect
	}{{"unbounded", Rect{}}, {"bounded", within}} {
		b.Run(fmt.Sprintf("%s/roles=5000/changes=%d", tc.name, len(targets)), func(b *testing.B) {
			for b.Loop() {
				UnfoldWithin(doc, opts, targets, fits, tc.within)
			}
		})
	}
}
