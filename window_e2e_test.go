package main

import (
	"image"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
	"time"
)

// geometryOf reads a window's position and size from xdotool.
func (e *e2e) geometryOf(window string) (x, y, w, h int) {
	e.t.Helper()
	out, err := e.xdo("getwindowgeometry", window)
	if err != nil {
		e.t.Fatalf("getwindowgeometry: %v", err)
	}
	m := regexp.MustCompile(`Position: (-?\d+),(-?\d+).*\n\s*Geometry: (\d+)x(\d+)`).FindStringSubmatch(out)
	if m == nil {
		e.t.Fatalf("unexpected xdotool output %q", out)
	}
	n := func(s string) int { v, _ := strconv.Atoi(s); return v }
	return n(m[1]), n(m[2]), n(m[3]), n(m[4])
}

// brightness is the mean grey level of a region (a modal dialog dims the
// whole window behind it).
func brightness(img image.Image, r image.Rectangle) float64 {
	var sum, n float64
	r = r.Intersect(img.Bounds())
	for y := r.Min.Y; y < r.Max.Y; y += 2 {
		for x := r.Min.X; x < r.Max.X; x += 2 {
			c1, c2, c3, _ := img.At(x, y).RGBA()
			sum += float64(c1+c2+c3) / 3 / 0xffff
			n++
		}
	}
	return sum / n
}

// TestE2EWindowPlacementAndEsc: the real window opens at 90 % of the
// 1600×1000 screen, centred; Esc closes a dialog while an entry in it has
// the keyboard (the GLFW key hook; Fyne alone gives Esc to the entry); the
// window reopens where it was left.
func TestE2EWindowPlacementAndEsc(t *testing.T) {
	e := newE2E(t)
	doc := filepath.Join(e.dir, "place.orgdb")
	e.cli("new", doc, "--template", "internet-marketing", "--lang", "zh")

	stop, win := e.launch(doc)
	time.Sleep(3 * time.Second)
	if x, y, w, h := e.geometryOf(win); w != 1440 || h != 900 || x != 80 || y != 50 {
		t.Errorf("first window at %d,%d %dx%d, want 80,50 1440x900 (90 %% of the screen, centred)", x, y, w, h)
	}
	toolbar := image.Rect(80+300, 50+30, 80+900, 50+60)
	before := brightness(e.screenshot("before-dialog"), toolbar)

	// Insert > Person… opens a form with the name entry focused.
	e.xdo("mousemove", "--window", win, "173", "12", "click", "1")
	time.Sleep(700 * time.Millisecond)
	e.xdo("mousemove", "--window", win, "187", "113", "click", "1")
	time.Sleep(time.Second)
	e.xdo("type", "--window", win, "--delay", "200", "abc")
	open := brightness(e.screenshot("dialog-open"), toolbar)
	if open > before-0.05 {
		t.Fatalf("no dialog seems open (toolbar brightness %.2f, before %.2f)", open, before)
	}
	e.key(win, "Escape")
	if after := brightness(e.screenshot("after-esc"), toolbar); after < before-0.02 {
		t.Errorf("Esc left the dialog open (toolbar brightness %.2f, before %.2f)", after, before)
	}

	// Moved and resized, the window reopens there.
	e.xdo("windowsize", win, "1200", "760")
	e.xdo("windowmove", win, "150", "90")
	time.Sleep(time.Second)
	e.quit(win)
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	stop, win = e.launch(doc)
	time.Sleep(2 * time.Second)
	if x, y, w, h := e.geometryOf(win); w != 1200 || h != 760 || x != 150 || y != 90 {
		t.Errorf("reopened at %d,%d %dx%d, want 150,90 1200x760", x, y, w, h)
	}
	e.quit(win)
	if err := stop(); err != nil {
		t.Fatal(err)
	}
}
