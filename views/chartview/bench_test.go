package chartview

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"orgdesigner/app/chart"
	"orgdesigner/data"
)

// frameView shows, at zoom z, the part of a bigDoc chart around
// departments k and k+1, so charts of different sizes are compared on
// equally dense views.
func frameView(tb testing.TB, c *Chart, k int, z float64) {
	tb.Helper()
	c.SetLevel(0) // every card, as dense as the view can be
	a, b := c.lay.Index(data.ID(fmt.Sprintf("d%d", k))), c.lay.Index(data.ID(fmt.Sprintf("d%d", k+1)))
	if a < 0 || b < 0 {
		tb.Fatalf("departments d%d and d%d are not in the chart", k, k+1)
	}
	ra, rb := c.lay.Nodes[a].Rect, c.lay.Nodes[b].Rect
	c.SetZoom(z)
	c.view.centerOn(chart.Point{X: (ra.Center().X + rb.Center().X) / 2, Y: ra.Y + c.view.h/2/z - 100})
	c.Refresh()
}

// BenchmarkFrame measures one frame (sync + software paint) of a 1920×1080
// window on charts of 50 and 5,000 roles at the same zoom. The view is
// nudged by a pixel each frame so every frame re-syncs the pooled objects.
// The target: the 5,000-role frame costs ≤ 1.2× the 50-role one.
func BenchmarkFrame(b *testing.B) {
	for _, z := range []float64{1, 0.5} {
		for _, n := range []int{50, 5000} {
			b.Run(fmt.Sprintf("zoom=%v/roles=%d", z, n), func(b *testing.B) {
				c, _, w := setup(b, bigDoc(n), fyne.NewSize(1920, 1080))
				fyne.CurrentApp().Settings().SetTheme(theme.LightTheme())
				frameView(b, c, len(c.doc.Departments)/2-1, z)
				w.Canvas().Capture()
				cards := len(c.lay.Visible(c.view.rect()))
				objects, visible := countObjects(c)
				b.ResetTimer()
				for i := range b.N {
					c.ScrollBy(float32(1-2*(i%2)), 0)
					w.Canvas().Capture()
				}
				b.ReportMetric(float64(cards), "cards")
				b.ReportMetric(float64(objects), "objects")
				b.ReportMetric(float64(visible), "visible")
			})
		}
	}
}

// BenchmarkFrameRatio renders frames of the 50- and 5,000-role charts
// alternately at 100 % and reports each one's mean and their ratio, and
// the ratio of their fastest frames: taking both under the same load, and
// the minimum, make the ratio trustworthy on a busy machine.
func BenchmarkFrameRatio(b *testing.B) {
	test.NewTempApp(b)
	fyne.CurrentApp().Settings().SetTheme(theme.LightTheme())
	type subject struct {
		c           *Chart
		w           fyne.Window
		spent, best time.Duration
	}
	var subjects []*subject
	for _, n := range []int{50, 5000} {
		c := New(newSession(b, bigDoc(n)))
		w := test.NewTempWindow(b, c)
		w.SetPadded(false)
		w.Resize(fyne.NewSize(1920, 1080))
		frameView(b, c, len(c.doc.Departments)/2-1, 1)
		w.Canvas().Capture()
		subjects = append(subjects, &subject{c: c, w: w})
	}
	b.ResetTimer()
	for i := range b.N {
		for _, s := range subjects {
			start := time.Now()
			s.c.ScrollBy(float32(1-2*(i%2)), 0)
			s.w.Canvas().Capture()
			d := time.Since(start)
			s.spent += d
			if s.best == 0 || d < s.best {
				s.best = d
			}
		}
	}
	small, big := subjects[0].spent.Seconds()/float64(b.N), subjects[1].spent.Seconds()/float64(b.N)
	b.ReportMetric(small*1000, "ms/frame-50")
	b.ReportMetric(big*1000, "ms/frame-5000")
	b.ReportMetric(big/small, "ratio")
	b.ReportMetric(subjects[1].best.Seconds()/subjects[0].best.Seconds(), "ratio-of-fastest")
}

// BenchmarkFrameFitted measures a frame of a 5,000-role chart fitted to
// the window: every level shown (the overview raster), and as Fit leaves
// it (folded until titles are readable).
func BenchmarkFrameFitted(b *testing.B) {
	for _, level := range []string{"all", "fit"} {
		b.Run(level, func(b *testing.B) {
			c, _, w := setup(b, bigDoc(5000), fyne.NewSize(1920, 1080))
			if level == "all" {
				c.SetLevel(0)
				c.view.fit(c.lay.Bounds)
			} else {
				c.Fit()
			}
			w.Canvas().Capture()
			b.ResetTimer()
			for i := range b.N {
				c.ScrollBy(float32(1-2*(i%2)), 0)
				w.Canvas().Capture()
			}
		})
	}
}

// foldDoc is a 5,000-role, 10,000-person company: bigDoc's departments
// plus one department of 500 roles, the branch that is folded and unfolded.
func foldBenchDoc() *data.Document {
	doc := bigDoc(4500)
	doc.Departments = append(doc.Departments, data.Department{ID: "big", Name: "Big department", Head: "big-0", Order: 999})
	for j := 0; j < 500; j++ {
		r := data.Role{ID: data.ID(fmt.Sprintf("big-%d", j)), Title: fmt.Sprintf("Big role %d", j), Department: "big", Planned: 2}
		switch {
		case j == 0:
			r.ReportsTo = "gm"
		case j <= 20:
			r.ReportsTo = "big-0"
		default:
			r.ReportsTo = data.ID(fmt.Sprintf("big-%d", 1+j%20))
		}
		doc.Roles = append(doc.Roles, r)
	}
	for i := 0; i < 10000; i++ {
		p := data.Person{ID: data.ID(fmt.Sprintf("p%d", i)), Number: fmt.Sprintf("E%05d", i), Name: fmt.Sprintf("Person %d", i)}
		if i%10 == 9 {
			p.Department = doc.Departments[i%len(doc.Departments)].ID
		} else {
			r := &doc.Roles[i%len(doc.Roles)]
			p.Role, p.Department = r.ID, r.Department
		}
		doc.People = append(doc.People, p)
	}
	return doc
}

// BenchmarkFoldBranch unfolds (a click on its badge, which opens one
// level: the head's 20 direct reports) and folds again (a click on its
// toggle) the 500-role branch of a 5,000-role, 10,000-person chart at
// level 1: the re-layout and the sync of the canvas objects, the
// work on the UI goroutine (target ≤ 100 ms each); "+paint" adds the test
// driver's software painting of the 1920×1080 frame, which a GPU does in
// the app.
func BenchmarkFoldBranch(b *testing.B) {
	c, _, w := setup(b, foldBenchDoc(), fyne.NewSize(1920, 1080))
	c.SetLevel(1)
	c.ZoomReset()
	c.CenterOn("big-0")
	w.Canvas().Capture()
	paint := false
	toggle := func() {
		c.ToggleCollapsed("big-0")
		if paint {
			w.Canvas().Capture()
		}
	}
	for _, step := range []string{"unfold", "fold", "unfold+paint", "fold+paint"} {
		b.Run(step, func(b *testing.B) {
			paint = strings.HasSuffix(step, "+paint")
			for range b.N {
				folded := c.lay.Nodes[c.lay.Index("big-0")].HasHidden
				if folded != strings.HasPrefix(step, "unfold") {
					b.StopTimer()
					toggle()
					b.StartTimer()
				}
				toggle()
			}
			b.ReportMetric(float64(len(c.lay.Nodes)), "nodes")
		})
	}
}

// BenchmarkPan measures sync alone (no painting) while panning across a
// 5,000-role chart: the work the UI goroutine does per drag event.
func BenchmarkPan(b *testing.B) {
	c, _, _ := setup(b, bigDoc(5000), fyne.NewSize(1920, 1080))
	frameView(b, c, 0, 1)
	b.ResetTimer()
	for i := range b.N {
		c.ScrollBy(float32(40*(1-2*((i/200)%2))), 3)
	}
}

// BenchmarkRelayout measures the re-layout after a session change on a
// 5,000-role chart (chart.Build plus restoring the view).
func BenchmarkRelayout(b *testing.B) {
	c, _, _ := setup(b, bigDoc(5000), fyne.NewSize(1920, 1080))
	b.ResetTimer()
	for range b.N {
		c.relayout()
	}
}
