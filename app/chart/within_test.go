package chart

import (
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"testing"
)

// viewFit is the chart view's test: the chart fits a w×h view at zoom z
// or more, filling 94 % of it; within is the largest bounds it accepts.
func viewFit(w, h, z float64, calls *int) (func(Rect) bool, Rect) {
	return func(b Rect) bool {
		*calls++
		return math.Min(w/b.W, h/b.H)*0.94 >= z
	}, Rect{W: w * 0.94 / z, H: h * 0.94 / z}
}

// FirstFitWithin and UnfoldWithin pass over charts with too many cards
// unlaid; on generated companies, views and changes they must choose
// exactly what FirstFit and Unfold choose, while asking fits less.
func TestWithinChoosesWhatTheFullSearchChooses(t *testing.T) {
	r := rand.New(rand.NewPCG(14, 100))
	saved := 0
	for trial := range 40 {
		doc := genDoc(60+r.IntN(2000), uint64(trial+1))
		w, h := []float64{800, 1280, 1920, 2560}[r.IntN(4)], []float64{500, 720, 1080}[r.IntN(3)]
		// Zooms down to 0.05 let levels 2–4 and most targets fit too.
		z := []float64{0.6, 0.3, 0.15, 0.08, 0.05}[r.IntN(5)]
		o := Options{Compact: r.IntN(2) == 0, Unassigned: r.IntN(2) == 0}
		if r.IntN(4) == 0 {
			o.Orientation = LeftRight
		}
		name := fmt.Sprintf("trial %d (%d roles, %v×%v at %v, %+v)", trial, len(doc.Roles), w, h, z, o)
		var full, cut int
		fitsFull, _ := viewFit(w, h, z, &full)
		fitsCut, within := viewFit(w, h, z, &cut)

		levels := []int{0, 4, 3, 2, 1}
		l1, c1 := FirstFit(doc, o, levels, fitsFull)
		l2, c2 := FirstFitWithin(doc, o, levels, fitsCut, within)
		if l1 != l2 || !reflect.DeepEqual(c1.Nodes, c2.Nodes) || c1.Bounds != c2.Bounds {
			t.Fatalf("%s: FirstFitWithin chose level %d, FirstFit %d", name, l2, l1)
		}

		o.Level = l1
		var targets []Target
		every := 1 + r.IntN(12)
		for i, ro := range doc.Roles {
			if i%every == 0 {
				targets = append(targets, Target{ID: ro.ID, Weight: r.IntN(4)})
			}
		}
		u1 := Unfold(doc, o, targets, fitsFull)
		u2 := UnfoldWithin(doc, o, targets, fitsCut, within)
		if !reflect.DeepEqual(u1.Reveal, u2.Reveal) || !reflect.DeepEqual(u1.Collapsed, u2.Collapsed) ||
			!reflect.DeepEqual(u1.Hidden, u2.Hidden) || !reflect.DeepEqual(u1.Chart.Nodes, u2.Chart.Nodes) {
			t.Fatalf("%s, %d targets: UnfoldWithin shows %d, Unfold %d", name, len(targets), len(u2.Reveal), len(u1.Reveal))
		}
		if cut > full {
			t.Fatalf("%s: the bounded search asked fits more (%d > %d)", name, cut, full)
		}
		saved += full - cut
	}
	if saved == 0 {
		t.Fatalf("no chart was passed over: the test does not exercise the bound")
	}
}
