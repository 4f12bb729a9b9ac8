package chart

import "orgdesigner/data"

// Tree is a document's full tree for one kind of chart (the people view,
// project mode, or the functional tree with or without 未安排 groups),
// built once for the many charts a caller lays out of one document: the
// compare overlay builds, fits a level, unfolds its changes and finds
// their ancestors on the same document in one step, and building the tree
// of 5,000 roles costs more than folding it. Its methods are the package
// functions of the same name on its document; options of another kind of
// chart build their own tree. The document must not change while its
// Tree is used, and a Tree serves one goroutine at a time.
type Tree struct {
	doc *data.Document
	key treeKey
	t   *entityTree
}

// treeKey is what of Options decides the tree treeOf builds.
type treeKey struct{ people, project, unassigned bool }

func keyOf(o Options) treeKey {
	return treeKey{o.People, o.Mode == data.ModeProject, o.Unassigned}
}

// NewTree builds doc's tree for charts with opts' kind.
func NewTree(doc *data.Document, opts Options) *Tree {
	if doc == nil {
		doc = &data.Document{}
	}
	return &Tree{doc: doc, key: keyOf(opts), t: treeOf(doc, opts.withDefaults())}
}

// of returns the tree of doc for opts: t's when it is that one (t may be
// nil), else a new one.
func (t *Tree) of(doc *data.Document, opts Options) *entityTree {
	if t != nil && t.doc == doc && t.key == keyOf(opts) {
		return t.t
	}
	return treeOf(doc, opts)
}

// Build is Build on t's document.
func (t *Tree) Build(opts Options) *Chart { return build(t.doc, opts, t) }

// FirstFitWithin is FirstFitWithin on t's document.
func (t *Tree) FirstFitWithin(opts Options, levels []int, fits func(Rect) bool, within Rect) (int, *Chart) {
	return firstFit(t.doc, opts, levels, fits, within, t)
}

// UnfoldWithin is UnfoldWithin on t's document.
func (t *Tree) UnfoldWithin(opts Options, targets []Target, fits func(Rect) bool, within Rect) Unfolding {
	return unfold(t.doc, opts, targets, fits, within, t)
}

// Ancestry is Ancestry on t's document.
func (t *Tree) Ancestry(opts Options, want func(*Node) bool) map[data.ID][]data.ID {
	return ancestry(t.doc, opts, want, t)
}
