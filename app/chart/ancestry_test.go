package chart

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"orgdesigner/data"
)

// Ancestry must give what a full Build's nodes give, in every tree kind,
// without laying anything out.
func TestAncestryMatchesTheFullChart(t *testing.T) {
	for seed := uint64(1); seed <= 4; seed++ {
		doc := genDoc(300+int(seed)*50, seed)
		for _, o := range []Options{{}, {Mode: data.ModeMatrix, Unassigned: true}, {Mode: data.ModeProject}, {People: true}} {
			full := Build(doc, o)
			want := map[data.ID][]data.ID{}
			for j := range full.Nodes {
				n := &full.Nodes[j]
				if n.Kind == KindCompany || len(n.ID)%3 == 0 { // a selection, as the overlay makes
					continue
				}
				var up []data.ID
				for p := n.Parent; p >= 0; p = full.Nodes[p].Parent {
					up = append(up, full.Nodes[p].ID)
				}
				want[n.ID] = up
			}
			got := Ancestry(doc, o, func(n *Node) bool { return n.Kind != KindCompany && len(n.ID)%3 != 0 })
			if !maps.EqualFunc(got, want, slices.Equal) {
				t.Fatalf("seed %d, %+v: Ancestry differs from the full chart's parents", seed, o)
			}
		}
	}
}

// The charts Unfold tries find the revealed ids through the tree's id
// index; they must be the charts a plain Build makes.
func TestRevealByIndexBuildsTheSameChart(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 9))
	for seed := uint64(1); seed <= 6; seed++ {
		doc := genDoc(400, seed)
		for k := range 3 { // 未安排 groups: entities sharing their department's id
			doc.People = append(doc.People, data.Person{ID: data.ID(fmt.Sprintf("u%d", k)), Name: "待定", Department: doc.Departments[k].ID})
		}
		doc.Reindex()
		o := Options{Level: 1 + r.IntN(2), Unassigned: seed%3 != 0, Compact: seed%3 == 0}.withDefaults()
		o.Reveal, o.Collapsed = map[data.ID]bool{}, map[data.ID]bool{}
		for range 40 {
			o.Reveal[doc.Roles[r.IntN(len(doc.Roles))].ID] = true
		}
		o.Reveal[doc.Departments[0].ID] = true // an id a 未安排 group shares
		o.Reveal["no-such-id"] = true
		o.Reveal[doc.Roles[1].ID] = false
		o.Collapsed[doc.Departments[1].ID] = true
		plain := buildTree(doc, treeOf(doc, o), o)
		tree := treeOf(doc, o)
		tree.indexIDs()
		indexed := buildTree(doc, tree, o)
		if !reflect.DeepEqual(plain.Nodes, indexed.Nodes) || plain.Bounds != indexed.Bounds {
			t.Fatalf("seed %d: the indexed reveal built another chart", seed)
		}
		if len(plain.Nodes) < 20 || len(plain.Nodes) > len(doc.Roles)/2 {
			t.Fatalf("seed %d: %d nodes, not a folded chart with paths open", seed, len(plain.Nodes))
		}
	}
}
