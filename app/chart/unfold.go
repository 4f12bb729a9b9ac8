package chart

import (
	"maps"
	"math"
	"slices"

	"orgdesigner/data"
)

// Target is a node Unfold should bring into view, with its weight: the
// heavier targets are shown first when not all of them can be.
type Target struct {
	ID     data.ID
	Weight int
}

// Unfolding is what Unfold chose: the options to build with and the chart
// they build.
type Unfolding struct {
	// Reveal is opts.Reveal plus the targets shown; Collapsed is
	// opts.Collapsed without their ancestors.
	Reveal, Collapsed map[data.ID]bool
	// Chart is Build's result with them.
	Chart *Chart
	// Hidden lists the targets still folded away, heaviest first.
	Hidden []data.ID
}

// FirstFit builds the chart at each of levels in turn (Options.Level;
// opts.Collapsed and Expanded apply to each) and returns the first level
// whose chart fits, with the chart; when none does, the last one. The
// tree is built once for all of them.
func FirstFit(doc *data.Document, opts Options, levels []int, fits func(Rect) bool) (int, *Chart) {
	return FirstFitWithin(doc, opts, levels, fits, Rect{})
}

// FirstFitWithin is FirstFit for a fits that accepts no chart wider than
// within.W or taller than within.H (a zero or negative size: no bound
// that way): a level with more cards than that area can hold side by side
// is passed over without being laid out. The level and chart returned are
// FirstFit's.
func FirstFitWithin(doc *data.Document, opts Options, levels []int, fits func(Rect) bool, within Rect) (int, *Chart) {
	return firstFit(doc, opts, levels, fits, within, nil)
}

// firstFit is FirstFitWithin, with the tree of shared when it is doc's for
// opts.
func firstFit(doc *data.Document, opts Options, levels []int, fits func(Rect) bool, within Rect, shared *Tree) (int, *Chart) {
	if doc == nil {
		doc = &data.Document{}
	}
	opts = opts.withDefaults()
	tree := shared.of(doc, opts)
	maxCards := cardsWithin(within, opts)
	var c *Chart
	for k, l := range levels {
		opts.Level = l
		if k == len(levels)-1 {
			maxCards = 0 // the last level is returned even when it does not fit
		}
		if c = tryTree(doc, tree, opts, maxCards); c != nil && fits(c.Bounds) {
			break
		}
	}
	if c != nil {
		c.finish()
	}
	return opts.Level, c
}

// unfoldTries bounds the charts Unfold builds after its binary search,
// trying the lighter targets one by one: each is a whole layout.
const unfoldTries = 6

// Unfold unfolds the paths from the root down to the targets
// (Options.Reveal, any collapse on the way undone) as long as the chart
// still fits, which fits decides from its bounds; everything else stays as
// opts folds it, the siblings on the way counted in their parent's badge. When not every
// target can be shown, the heaviest are (ties: in the order given): the
// longest run of targets by weight that fits is found by halving, then a
// few lighter ones that still fit alone are added. Targets the chart
// already shows cost nothing; unknown ids are ignored.
func Unfold(doc *data.Document, opts Options, targets []Target, fits func(Rect) bool) Unfolding {
	return UnfoldWithin(doc, opts, targets, fits, Rect{})
}

// UnfoldWithin is Unfold for a fits that accepts no chart wider than
// within.W or taller than within.H (a zero or negative size: no bound
// that way): a chart tried with more cards than that area can hold side
// by side is known not to fit without being laid out. Its choice is
// Unfold's.
func UnfoldWithin(doc *data.Document, opts Options, targets []Target, fits func(Rect) bool, within Rect) Unfolding {
	return unfold(doc, opts, targets, fits, within, nil)
}

// unfold is UnfoldWithin, with the tree of shared when it is doc's for
// opts.
func unfold(doc *data.Document, opts Options, targets []Target, fits func(Rect) bool, within Rect, shared *Tree) Unfolding {
	if doc == nil {
		doc = &data.Document{}
	}
	opts = opts.withDefaults()
	tree := shared.of(doc, opts)
	if tree.byID == nil {
		tree.indexIDs() // every chart tried reveals hundreds of ids
	}
	base := buildTree(doc, tree, opts)
	u := Unfolding{Reveal: maps.Clone(opts.Reveal), Collapsed: maps.Clone(opts.Collapsed), Chart: base}
	// The charts tried have their bounds only; the one chosen is finished.
	defer func() { u.Chart.finish() }()
	var need []Target
	for _, t := range targets {
		if t.ID != "" && base.Index(t.ID) < 0 {
			need = append(need, t)
		}
	}
	if len(need) == 0 {
		return u
	}
	slices.SortStableFunc(need, func(a, b Target) int { return b.Weight - a.Weight })

	// The ancestors of each target in the full tree, nearest first.
	at := make(map[data.ID]int32, len(tree.ents))
	for e := len(tree.ents) - 1; e >= 0; e-- {
		at[tree.ents[e].node.ID] = int32(e) // the first entity of an id wins
	}
	need = slices.DeleteFunc(need, func(t Target) bool { _, ok := at[t.ID]; return !ok })
	paths := make([][]data.ID, len(need))
	for k, t := range need {
		e := at[t.ID]
		for p := tree.f.parent[e]; p >= 0; p = tree.f.parent[p] {
			paths[k] = append(paths[k], tree.ents[p].node.ID)
		}
	}
	maxCards := cardsWithin(within, opts)
	build := func(open []int) (Unfolding, bool) {
		o := opts
		o.Reveal, o.Collapsed = maps.Clone(opts.Reveal), maps.Clone(opts.Collapsed)
		if o.Reveal == nil {
			o.Reveal = map[data.ID]bool{}
		}
		for _, k := range open {
			o.Reveal[need[k].ID] = true
			for _, id := range paths[k] {
				delete(o.Collapsed, id)
			}
		}
		c := tryTree(doc, tree, o, maxCards)
		if c == nil {
			return Unfolding{}, false
		}
		return Unfolding{Reveal: o.Reveal, Collapsed: o.Collapsed, Chart: c}, fits(c.Bounds)
	}
	upTo := func(n int) []int {
		out := make([]int, n)
		for k := range out {
			out[k] = k
		}
		return out
	}
	// The longest fitting run of the heaviest targets: all of them when
	// they fit, else halve (lo is known to fit, hi not).
	lo, hi := 0, len(need)
	if all, ok := build(upTo(hi)); ok {
		u, lo = all, hi
	} else {
		for lo+1 < hi {
			mid := (lo + hi) / 2
			if got, ok := build(upTo(mid)); ok {
				u, lo = got, mid
			} else {
				hi = mid
			}
		}
	}
	shown := upTo(lo)
	// Lighter targets may still fit where a heavier one did not.
	tries := 0
	for k := lo + 1; k < len(need) && tries < unfoldTries; k++ {
		if u.Chart.Index(need[k].ID) >= 0 {
			continue
		}
		tries++
		if got, ok := build(append(slices.Clone(shown), k)); ok {
			u, shown = got, append(shown, k)
		}
	}
	for _, t := range need {
		if u.Chart.Index(t.ID) < 0 {
			u.Hidden = append(u.Hidden, t.ID)
		}
	}
	return u
}

// cardsWithin is the most cards a chart inside within can have, 0 when
// within bounds nothing. Cards never overlap (the layout's invariant), so
// a chart of n cards covers at least n card areas and its bounds cannot
// be smaller; the slack keeps rounding from ever rejecting a chart that
// fits.
func cardsWithin(within Rect, opts Options) int {
	if within.W <= 0 || within.H <= 0 || math.IsInf(within.W, 0) || math.IsInf(within.H, 0) {
		return 0
	}
	n := within.W * within.H * (1 + 1e-6) / (opts.NodeW * opts.NodeH)
	if n >= math.MaxInt32 || math.IsNaN(n) {
		return 0
	}
	return int(n) + 1
}
