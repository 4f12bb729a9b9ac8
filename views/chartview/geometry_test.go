package chartview

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"orgdesigner/app/chart"
)

func TestClipSegment(t *testing.T) {
	c := &Chart{view: viewport{zoom: 2, x: 10, y: 20, w: 200, h: 100}}
	view := chart.Rect{X: 10, Y: 20, W: 100, H: 50}
	tests := []struct {
		name string
		p, q chart.Point
		ok   bool
		a, b fyne.Position
	}{
		{"inside", chart.Point{X: 20, Y: 30}, chart.Point{X: 60, Y: 30}, true, fyne.NewPos(20, 20), fyne.NewPos(100, 20)},
		{"crosses left edge", chart.Point{X: 0, Y: 30}, chart.Point{X: 60, Y: 30}, true, fyne.NewPos(0, 20), fyne.NewPos(100, 20)},
		{"spans the view", chart.Point{X: 30, Y: -100}, chart.Point{X: 30, Y: 500}, true, fyne.NewPos(40, 0), fyne.NewPos(40, 100)},
		{"outside", chart.Point{X: 200, Y: 30}, chart.Point{X: 300, Y: 30}, false, fyne.Position{}, fyne.Position{}},
		{"parallel outside", chart.Point{X: 0, Y: 10}, chart.Point{X: 50, Y: 10}, false, fyne.Position{}, fyne.Position{}},
	}
	for _, tt := range tests {
		s, ok := c.clipSegment(tt.p, tt.q, view)
		if ok != tt.ok || (ok && (s.a != tt.a || s.b != tt.b)) {
			t.Errorf("%s: got %v %v→%v, want %v %v→%v", tt.name, ok, s.a, s.b, tt.ok, tt.a, tt.b)
		}
	}
	// A clipped start remembers how far along the piece it is, in pixels.
	if s, _ := c.clipSegment(chart.Point{X: 0, Y: 30}, chart.Point{X: 60, Y: 30}, view); s.along != 20 {
		t.Errorf("along = %v, want 20", s.along)
	}
}

func TestDashesStayPutWhenClipped(t *testing.T) {
	collect := func(s segment) []fyne.Position {
		var out []fyne.Position
		dashes(s, func(a, b fyne.Position) bool { out = append(out, a, b); return true })
		return out
	}
	full := collect(segment{a: fyne.NewPos(0, 0), b: fyne.NewPos(100, 0)})
	if len(full) != 20 || full[1] != fyne.NewPos(dashOn, 0) {
		t.Fatalf("a 100 px line has dashes %v", full)
	}
	// The same line clipped at x = 23 continues the pattern: the dash that
	// ran 20–26 is cut to 23–26.
	part := collect(segment{a: fyne.NewPos(23, 0), b: fyne.NewPos(100, 0), along: 23})
	if part[0] != fyne.NewPos(23, 0) || part[1] != fyne.NewPos(26, 0) || part[2] != fyne.NewPos(30, 0) {
		t.Errorf("clipped dashes start %v, want 23–26 then 30", part[:4])
	}
	stopped := 0
	dashes(segment{b: fyne.NewPos(100, 0)}, func(a, b fyne.Position) bool { stopped++; return stopped < 3 })
	if stopped != 3 {
		t.Errorf("dashes went on after the budget ran out: %d calls", stopped)
	}
}

func TestSegMergerJoinsSharedLines(t *testing.T) {
	m := newSegMerger()
	for _, s := range []segment{
		{a: fyne.NewPos(0, 10), b: fyne.NewPos(50, 10)},
		{a: fyne.NewPos(80, 10), b: fyne.NewPos(20, 10)}, // overlapping, reversed
		{a: fyne.NewPos(200, 10), b: fyne.NewPos(210, 10)},
		{a: fyne.NewPos(5, 0), b: fyne.NewPos(5, 40)},
		{a: fyne.NewPos(5, 40), b: fyne.NewPos(5, 60)}, // touching
	} {
		if !m.add(s) {
			t.Fatalf("%v refused", s)
		}
	}
	if m.add(segment{a: fyne.NewPos(0, 0), b: fyne.NewPos(3, 4)}) {
		t.Error("a diagonal piece was taken")
	}
	var got []fyne.Position
	m.emit(func(a, b fyne.Position) { got = append(got, a, b) })
	want := []fyne.Position{{X: 0, Y: 10}, {X: 80, Y: 10}, {X: 200, Y: 10}, {X: 210, Y: 10}, {X: 5, Y: 0}, {X: 5, Y: 60}}
	if len(got) != len(want) {
		t.Fatalf("merged into %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("merged into %v, want %v", got, want)
		}
	}
}

func TestRasterPainter(t *testing.T) {
	red, blue := color.NRGBA{R: 255, A: 255}, color.NRGBA{B: 255, A: 255}
	f := &rasterFrame{}
	f.reset(100, 50)
	f.rects = append(f.rects, rasterRect{x0: 10, y0: 10, x1: 20, y1: 20, fill: red})
	f.segs = append(f.segs, rasterSeg{x0: 0, y0: 40, x1: 100, y1: 40, col: blue, width: 1},
		rasterSeg{x0: -50, y0: 60, x1: 500, y1: 120, col: blue, width: 1}) // off the image: clipped, no panic
	p := &rasterPainter{frame: f}
	img := p.generate(200, 100).(interface{ At(x, y int) color.Color }) // scale 2
	if got := img.At(30, 30); got != red {
		t.Errorf("inside the rectangle: %v", got)
	}
	if got := img.At(50, 30); got == red {
		t.Error("the rectangle spilled over")
	}
	if got := img.At(150, 80); got != blue {
		t.Errorf("on the line: %v", got)
	}
	// Reused buffer is cleared between frames.
	f.reset(100, 50)
	img = p.generate(200, 100).(interface{ At(x, y int) color.Color })
	if got := img.At(30, 30); got.(color.NRGBA).A != 0 {
		t.Errorf("the old frame is still there: %v", got)
	}
}

func TestLevelOfDetail(t *testing.T) {
	tests := []struct {
		zoom  float64
		nodes int
		want  lod
	}{
		{1, 50, lodFull},
		{1, maxFullCards + 1, lodTitles},
		{detailZoom - 0.01, 10, lodTitles},
		{titleZoom - 0.01, 10, lodOverview},
		{1, maxTitleCards + 1, lodOverview},
	}
	for _, tt := range tests {
		if got := lodFor(tt.zoom, tt.nodes); got != tt.want {
			t.Errorf("lodFor(%v, %d) = %d, want %d", tt.zoom, tt.nodes, got, tt.want)
		}
	}
}

func TestTextScaleIsConservative(t *testing.T) {
	for _, z := range []float64{4, 1, 0.99, 0.85, 0.6, 0.31, 0.01} {
		s := textScale(z)
		if float64(s) > z+1e-6 && z >= float64(textScales[len(textScales)-1]) {
			t.Errorf("textScale(%v) = %v fits text at a larger scale than drawn", z, s)
		}
	}
}

func TestFitText(t *testing.T) {
	test.NewTempApp(t)
	style := fyne.TextStyle{}
	long := "Brand and content marketing department"
	got := fitText(long, 14, style, 120)
	if got == long || []rune(got)[len([]rune(got))-1] != '…' {
		t.Errorf("fitText did not shorten %q: %q", long, got)
	}
	if w := fyne.MeasureText(got, 14, style).Width; w > 120 {
		t.Errorf("%q is %v wide, more than 120", got, w)
	}
	if got := fitText("Short", 14, style, 120); got != "Short" {
		t.Errorf("fitText changed text that fits: %q", got)
	}
	if got := fitText("WWWW", 14, style, 1); got != "…" {
		t.Errorf("fitText in no room = %q, want …", got)
	}
}

// Titles never shrink below minTitle (11 px), so the chart stays readable
// at any zoom; above it they scale with the zoom.
func TestTitleSizeFloor(t *testing.T) {
	pal := &palette{title: 14}
	cases := []struct{ zoom, want float32 }{{2, 28}, {1, 14}, {0.8, 14 * 0.8}, {0.6, minTitle}, {0.3, minTitle}}
	for _, tc := range cases {
		if got := titleSize(pal, tc.zoom); got < tc.want-0.01 || got > tc.want+0.01 {
			t.Errorf("zoom %v: title %v, want %v", tc.zoom, got, tc.want)
		}
	}
}
