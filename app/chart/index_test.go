package chart

import (
	"io"
	"math/rand/v2"
	"slices"
	"testing"

	"orgdesigner/data"
)

// TestVisibleMatchesBruteForce compares the spatial index with a scan of
// every node and edge, on random viewports over charts of every mode.
func TestVisibleMatchesBruteForce(t *testing.T) {
	doc := genDoc(600, 3)
	r := rand.New(rand.NewPCG(4, 4))
	for _, o := range []Options{{Mode: data.ModeMatrix}, {Compact: true, Mode: data.ModeMatrix}, {Orientation: LeftRight}, {Mode: data.ModeProject}} {
		c := Build(doc, o)
		b := c.Bounds
		for q := 0; q < 300; q++ {
			w, h := r.Float64()*b.W/3, r.Float64()*b.H/3
			if q%10 == 0 {
				w, h = 0, 0 // a point query
			}
			view := Rect{b.X - 100 + r.Float64()*(b.W+200), b.Y - 100 + r.Float64()*(b.H+200), w, h}
			var wantNodes, wantEdges []int
			for i, n := range c.Nodes {
				if n.Rect.Intersects(view) {
					wantNodes = append(wantNodes, i)
				}
			}
			for i, e := range c.Edges {
				if boundsOf(e.Points).Intersects(view) {
					wantEdges = append(wantEdges, i)
				}
			}
			if got := c.Visible(view); !slices.Equal(got, wantNodes) {
				t.Fatalf("%+v: Visible(%v) = %v, want %v", o, view, got, wantNodes)
			}
			if got := c.EdgesVisible(view); !slices.Equal(got, wantEdges) {
				t.Fatalf("%+v: EdgesVisible(%v) = %d edges, want %d", o, view, len(got), len(wantEdges))
			}
		}
	}
}

func TestAtAndIndex(t *testing.T) {
	c := Build(sampleDoc(), Options{})
	for i, n := range c.Nodes {
		if got := c.At(n.Rect.Center()); got != i {
			t.Errorf("At(centre of %s) = %d, want %d", n.ID, got, i)
		}
		if got := c.Index(n.ID); got != i {
			t.Errorf("Index(%q) = %d, want %d", n.ID, got, i)
		}
	}
	if got := c.At(Point{c.Bounds.X - 50, c.Bounds.Y - 50}); got != -1 {
		t.Errorf("At outside the chart = %d", got)
	}
	if got := c.Index("no-such-id"); got != -1 {
		t.Errorf("Index of a missing id = %d", got)
	}
	var empty Chart
	if empty.Visible(Rect{0, 0, 10, 10}) != nil || empty.Index("") != -1 || empty.At(Point{}) != -1 {
		t.Error("a zero Chart answers queries")
	}
}

// TestConcurrentReaders runs queries and exports of one chart from several
// goroutines; run with -race it proves the chart and the document are only
// read.
func TestConcurrentReaders(t *testing.T) {
	doc := sampleDoc()
	c := Build(doc, Options{Mode: data.ModeMatrix})
	done := make(chan error)
	for g := 0; g < 4; g++ {
		go func() {
			for i := 0; i < 20; i++ {
				c.Visible(c.Bounds)
				c.EdgesVisible(c.Bounds)
				c.At(c.Nodes[i%len(c.Nodes)].Rect.Center())
				Build(doc, Options{Compact: true})
			}
			done <- WriteSVG(io.Discard, c, doc, nil, DefaultStyle())
		}()
	}
	for g := 0; g < 4; g++ {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}
