package theme

import (
	"fmt"
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	fynetheme "fyne.io/fyne/v2/theme"

	"orgdesigner/data"
	"orgdesigner/resources"
)

func TestFontIsBundledForEveryTextStyle(t *testing.T) {
	th := New(FollowSystem)
	for _, s := range []fyne.TextStyle{
		{}, {Bold: true}, {Italic: true}, {Bold: true, Italic: true},
		{Monospace: true}, {Monospace: true, Bold: true}, {Underline: true},
	} {
		f := th.Font(s)
		if f != FontResource {
			t.Errorf("Font(%+v) = %v, want the bundled font", s, f.Name())
		}
		if len(f.Content()) != len(resources.FontTTF) {
			t.Errorf("Font(%+v) has %d bytes, want the %d of resources.FontTTF", s, len(f.Content()), len(resources.FontTTF))
		}
	}
	if th.Font(fyne.TextStyle{Symbol: true}) == FontResource {
		t.Error("symbol text should keep Fyne's symbol font for shortcut glyphs")
	}
}

func TestVariantForcesColours(t *testing.T) {
	test.NewTempApp(t) // Fyne's colours read the app's primary colour
	def := fynetheme.DefaultTheme()
	known := systemKnown.Load()
	t.Cleanup(func() { systemKnown.Store(known) })
	cases := []struct {
		v      Variant
		system bool // the system answered (else Fyne's variant is a guess)
		asked  fyne.ThemeVariant
		wantAs fyne.ThemeVariant
	}{
		{FollowSystem, true, fynetheme.VariantDark, fynetheme.VariantDark},
		{FollowSystem, true, fynetheme.VariantLight, fynetheme.VariantLight},
		{FollowSystem, false, fynetheme.VariantDark, fynetheme.VariantLight}, // light by default
		{Light, true, fynetheme.VariantDark, fynetheme.VariantLight},
		{Dark, false, fynetheme.VariantLight, fynetheme.VariantDark},
	}
	for _, c := range cases {
		systemKnown.Store(c.system)
		got := New(c.v).Color(fynetheme.ColorNameBackground, c.asked)
		want := def.Color(fynetheme.ColorNameBackground, c.wantAs)
		if got != want {
			t.Errorf("%v asked %v (system answered: %t): background %v, want %v", c.v, c.asked, c.system, got, want)
		}
	}
	light := New(Light).Color(ColorNameVacancy, fynetheme.VariantDark)
	dark := New(Dark).Color(ColorNameVacancy, fynetheme.VariantLight)
	if light == dark {
		t.Error("vacancy colour should differ between light and dark")
	}
}

func TestParseVariantRoundTrip(t *testing.T) {
	for _, v := range []Variant{FollowSystem, Light, Dark} {
		if got := ParseVariant(v.String()); got != v {
			t.Errorf("ParseVariant(%q) = %v, want %v", v.String(), got, v)
		}
	}
	if ParseVariant("purple") != FollowSystem {
		t.Error("unknown values should follow the system")
	}
}

func TestDepartmentColor(t *testing.T) {
	doc := &data.Document{Departments: []data.Department{
		{ID: "a", Name: "A", Order: 0},
		{ID: "b", Name: "B", Order: 1},
		{ID: "c", Name: "C", Order: 2, Color: "#102030"},
		{ID: "a1", Name: "A1", Parent: "a", Order: 5},
		{ID: "c1", Name: "C1", Parent: "c", Order: 0},
	}}
	doc.Reindex()
	own := color.NRGBA{0x10, 0x20, 0x30, 0xff}
	if got := DepartmentColor(doc, "c"); got != own {
		t.Errorf("own colour: got %v", got)
	}
	if got := DepartmentColor(doc, "c1"); got != own {
		t.Errorf("sub-department should inherit its parent's colour, got %v", got)
	}
	if DepartmentColor(doc, "a1") != DepartmentColor(doc, "a") {
		t.Error("sub-department a1 should share a's colour")
	}
	if DepartmentColor(doc, "a") == DepartmentColor(doc, "b") {
		t.Error("neighbouring top-level departments should differ")
	}
	if DepartmentColor(doc, "missing") != CompanyColor || DepartmentColor(doc, "") != CompanyColor {
		t.Error("unknown and company level should give CompanyColor")
	}
	if RoleColor(doc, &data.Role{Department: ""}) != CompanyColor || RoleColor(doc, &data.Role{Department: "c1"}) != own {
		t.Error("RoleColor should follow the role's department")
	}
}

func TestHexAndMix(t *testing.T) {
	c, ok := ParseHex("#0A0b0C")
	if !ok || c != (color.NRGBA{10, 11, 12, 255}) {
		t.Fatalf("ParseHex = %v %v", c, ok)
	}
	if Hex(c) != "#0A0B0C" {
		t.Errorf("Hex = %s", Hex(c))
	}
	for _, bad := range []string{"", "#12345", "123456 ", "#GG0000", "#1234567"} {
		if _, ok := ParseHex(bad); ok {
			t.Errorf("ParseHex(%q) accepted", bad)
		}
	}
	black, white := color.NRGBA{0, 0, 0, 255}, color.NRGBA{255, 255, 255, 255}
	if Mix(black, white, 0) != black || Mix(black, white, 1) != white {
		t.Error("Mix ends wrong")
	}
	if m := Mix(black, white, 0.5); m.R != 128 {
		t.Errorf("Mix middle = %v", m)
	}
	if TextOn(white) != black || TextOn(black) != white || TextOn(CompanyColor) != white {
		t.Error("TextOn picks the wrong contrast")
	}
}

// contrast is the WCAG contrast ratio of two colours.
func contrast(a, b color.Color) float64 {
	lum := func(c color.Color) float64 {
		r, g, b, _ := c.RGBA()
		ch := func(v uint32) float64 {
			x := float64(v) / 0xffff
			if x <= 0.03928 {
				return x / 12.92
			}
			return math.Pow((x+0.055)/1.055, 2.4)
		}
		return 0.2126*ch(r) + 0.7152*ch(g) + 0.0722*ch(b)
	}
	la, lb := lum(a), lum(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

// Low-importance labels (hints, template descriptions) are drawn in the
// disabled colour: it must be readable on the background, yet dimmer than
// normal text so disabled buttons still look disabled.
func TestDisabledTextIsReadableButDimmer(t *testing.T) {
	test.NewTempApp(t)
	for _, v := range []Variant{Light, Dark} {
		th := New(v)
		bg := th.Color(fynetheme.ColorNameBackground, fynetheme.VariantDark)
		dis := th.Color(fynetheme.ColorNameDisabled, fynetheme.VariantDark)
		fg := th.Color(fynetheme.ColorNameForeground, fynetheme.VariantDark)
		if c := contrast(dis, bg); c < 2.5 {
			t.Errorf("%v: disabled text contrast %.2f on the background, want ≥ 2.5", v, c)
		}
		if contrast(dis, bg) >= contrast(fg, bg) {
			t.Errorf("%v: disabled text is as strong as normal text", v)
		}
	}
}

// TestStripesLegible: every department colour (the whole palette, the
// company colour, a pale custom colour) keeps 3:1 against the role card
// and the panel background in both variants, and palette colours stay
// apart.
func TestStripesLegible(t *testing.T) {
	test.NewTempApp(t)
	doc := &data.Document{}
	for i := range 12 {
		doc.Departments = append(doc.Departments, data.Department{ID: data.ID(fmt.Sprint("d", i)), Order: i})
	}
	doc.Departments = append(doc.Departments, data.Department{ID: "pale", Order: 99, Color: "#F5E6A0"})
	doc.Reindex()
	colors := DepartmentColors(doc)
	for _, v := range []Variant{Light, Dark} {
		th := New(v)
		for _, bgName := range []fyne.ThemeColorName{fynetheme.ColorNameOverlayBackground, fynetheme.ColorNameBackground} {
			bg := th.Color(bgName, fynetheme.VariantLight)
			seen := map[color.NRGBA]data.ID{}
			for id, c := range colors {
				s := Stripe(c, bg)
				if r := Contrast(s, bg); r < StripeContrast {
					t.Errorf("%v %s: %s stripe %s has contrast %.2f", v, bgName, id, Hex(s), r)
				}
				if other, dup := seen[s]; dup && c != colors[other] {
					t.Errorf("%v %s: %s and %s draw the same stripe %s", v, bgName, id, other, Hex(s))
				}
				seen[s] = id
			}
		}
	}
	// A colour that already stands out is drawn as chosen.
	blue := color.NRGBA{0x2E, 0x86, 0xDE, 0xFF}
	if Stripe(blue, color.White) != blue {
		t.Error("a legible colour was changed")
	}
}

func TestHSLRoundTrip(t *testing.T) {
	for _, c := range []color.NRGBA{{0xCF, 0xE2, 0xF3, 0xff}, {0xD4, 0xAC, 0x0D, 0xff}, {0x2C, 0x3E, 0x50, 0xff}, {0x80, 0x80, 0x80, 0xff}, {0xff, 0, 0, 0xff}} {
		h, s, l := toHSL(c)
		if got := fromHSL(h, s, l); got != c {
			t.Errorf("%s → HSL → %s", Hex(c), Hex(got))
		}
	}
	// A pastel blue on white darkens to a blue, not a grey.
	s := Stripe(color.NRGBA{0xCF, 0xE2, 0xF3, 0xff}, color.White)
	if !(s.B > s.R+40) {
		t.Errorf("pastel blue drawn as %s", Hex(s))
	}
}
