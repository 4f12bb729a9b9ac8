package chart

import (
	"image/color"
	"testing"

	"orgdesigner/data"
)

func TestParseColor(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want color.NRGBA
		ok   bool
	}{
		{"#E67E22", color.NRGBA{0xE6, 0x7E, 0x22, 0xFF}, true},
		{"#00ff7f", color.NRGBA{0, 0xFF, 0x7F, 0xFF}, true},
		{"E67E22", color.NRGBA{}, false},
		{"#E67E2", color.NRGBA{}, false},
		{"#GGGGGG", color.NRGBA{}, false},
		{"", color.NRGBA{}, false},
	} {
		got, ok := ParseColor(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("ParseColor(%q) = %v, %v; want %v, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestColors(t *testing.T) {
	doc := sampleDoc()
	c := Colors(doc)
	orange, _ := ParseColor("#E67E22")
	for _, tc := range []struct {
		id   data.ID
		want color.NRGBA
		why  string
	}{
		{"", CompanyColor, "company level"},
		{"mkt", orange, "own colour"},
		{"tech", palette[0], "first top-level department without a colour"},
		{"hr", palette[1], "second top-level department without a colour"},
		{"dev", palette[0], "sub-department inherits its parent's"},
	} {
		if c[tc.id] != tc.want {
			t.Errorf("%q: %v, want %v (%s)", tc.id, c[tc.id], tc.want, tc.why)
		}
	}
	if Tint(orange, 0) != (color.NRGBA{0xFF, 0xFF, 0xFF, 0xFF}) || Tint(orange, 1) != orange {
		t.Error("Tint does not run from white to the colour")
	}
}
