package views

import "testing"

func TestFitWindow(t *testing.T) {
	laptop := geometry{0, 0, 1440, 900}
	external := geometry{1440, 0, 2560, 1440}
	tests := []struct {
		name  string
		saved geometry
		areas []geometry
		want  geometry
	}{
		{"first start: 90 % of the primary screen, centred", geometry{}, []geometry{laptop}, geometry{72, 45, 1296, 810}},
		{"remembered, still on screen", geometry{100, 80, 1200, 700}, []geometry{laptop}, geometry{100, 80, 1200, 700}},
		{"remembered on the second screen", geometry{1600, 100, 2000, 1200}, []geometry{laptop, external}, geometry{1600, 100, 2000, 1200}},
		{"second screen unplugged", geometry{1600, 100, 2000, 1200}, []geometry{laptop}, geometry{72, 45, 1296, 810}},
		{"larger than the screen now", geometry{0, 0, 1920, 1080}, []geometry{laptop}, geometry{72, 45, 1296, 810}},
		{"too small to be a real window", geometry{10, 10, 200, 100}, []geometry{laptop}, geometry{72, 45, 1296, 810}},
	}
	for _, tt := range tests {
		if got := fitWindow(tt.saved, tt.areas, tt.areas[0], 0); got != tt.want {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestFitWindowCascades(t *testing.T) {
	laptop := geometry{0, 0, 1440, 900}
	tests := []struct {
		saved   geometry
		cascade int
		want    geometry
	}{
		{geometry{100, 80, 1200, 700}, 1, geometry{132, 112, 1200, 700}},
		{geometry{}, 2, geometry{136, 109, 1296, 791}},              // 90 %, moved, shrunk to stay on screen
		{geometry{0, 0, 1440, 900}, 1, geometry{32, 32, 1408, 868}}, // full screen: shrinks
		{geometry{100, 80, 1200, 700}, 20, geometry{0, 0, 1200, 700}},
	}
	for _, tt := range tests {
		if got := fitWindow(tt.saved, []geometry{laptop}, laptop, tt.cascade); got != tt.want {
			t.Errorf("%v cascade %d: %v, want %v", tt.saved, tt.cascade, got, tt.want)
		}
	}
}

func TestGeometryPreference(t *testing.T) {
	g := geometry{-20, 35, 1300, 820}
	if got, ok := parseGeometry(g.String()); !ok || got != g {
		t.Errorf("round trip of %v gave %v, %t", g, got, ok)
	}
	for _, bad := range []string{"", "1,2,3", "a,b,c,d", "0,0,100,100"} {
		if _, ok := parseGeometry(bad); ok {
			t.Errorf("%q accepted", bad)
		}
	}
	m, _ := newTestWindow(t, templateDoc(t))
	m.geometry = geometry{50, 60, 1280, 800}
	m.Window().Close()
	if got := savedGeometry(m.app); got != (geometry{50, 60, 1280, 800}) {
		t.Errorf("closing the window remembered %v", got)
	}
}
