package chart

import (
	"fmt"
	"io"
	"math/rand/v2"
	"testing"

	"orgdesigner/data"
)

// orgTree returns an organisation-shaped parent array: a few levels of
// managers with 3–12 reports each, most nodes at the bottom.
func orgTree(n int, seed uint64) []int {
	r := rand.New(rand.NewPCG(seed, 7))
	p := make([]int, n)
	p[0] = -1
	queue := []int{0}
	next := 1
	for next < n {
		v := queue[0]
		queue = queue[1:]
		k := 3 + r.IntN(10)
		for j := 0; j < k && next < n; j++ {
			p[next] = v
			queue = append(queue, next)
			next++
		}
	}
	return p
}

func BenchmarkLayout(b *testing.B) {
	for _, n := range []int{500, 5000, 50000} {
		for _, tc := range []struct {
			name string
			opts Options
		}{{"top-down", Options{}}, {"compact", Options{Compact: true}}, {"left-right", Options{Orientation: LeftRight}}} {
			p := orgTree(n, 1)
			b.Run(fmt.Sprintf("%s/n=%d", tc.name, n), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					Layout(p, nil, tc.opts)
				}
			})
		}
	}
	p := randomTree(rand.New(rand.NewPCG(3, 4)), 50000)
	b.Run("random-deep/n=50000", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			Layout(p, nil, Options{})
		}
	})
}

func BenchmarkBuild(b *testing.B) {
	for _, n := range []int{500, 5000} {
		doc := genDoc(n, 1)
		for _, tc := range []struct {
			name string
			opts Options
		}{{"functional", Options{}}, {"matrix-compact", Options{Mode: data.ModeMatrix, Compact: true}}} {
			b.Run(fmt.Sprintf("%s/roles=%d", tc.name, n), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					Build(doc, tc.opts)
				}
			})
		}
	}
}

// BenchmarkVisible queries a full-HD viewport at zoom 1 over a 5,000-role
// chart, as the canvas does on every pan.
func BenchmarkVisible(b *testing.B) {
	c := Build(genDoc(5000, 1), Options{Compact: true, Mode: data.ModeMatrix})
	r := rand.New(rand.NewPCG(1, 1))
	views := make([]Rect, 64)
	for i := range views {
		views[i] = Rect{c.Bounds.X + r.Float64()*c.Bounds.W, c.Bounds.Y + r.Float64()*c.Bounds.H, 1920, 1080}
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		v := views[i%len(views)]
		c.Visible(v)
		c.EdgesVisible(v)
		i++
	}
}

func BenchmarkWriteSVG(b *testing.B) {
	doc := genDoc(5000, 1)
	c := Build(doc, Options{Compact: true})
	b.ReportAllocs()
	for b.Loop() {
		if err := WriteSVG(io.Discard, c, doc, nil, DefaultStyle()); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkWritePNG(b *testing.B) {
	doc := genDoc(500, 1)
	c := Build(doc, Options{Compact: true})
	area := Rect{c.Bounds.X, c.Bounds.Y, 1920, 1080}
	b.ReportAllocs()
	for b.Loop() {
		if err := WritePNG(io.Discard, c, doc, &area, 1, DefaultStyle()); err != nil {
			b.Fatal(err)
		}
	}
}
