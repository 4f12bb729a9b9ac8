// Package theme is OrgDesigner's Fyne theme: the bundled WenQuanYi Micro Hei
// font for every text style, so Chinese renders evenly on a machine without
// CJK fonts, light and dark variants that follow the system unless the user
// forces one, and the department colour palette of the chart, the outline
// and the matrix grid.
package theme

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	fynetheme "fyne.io/fyne/v2/theme"

	"orgdesigner/resources"
)

// FontResource is the bundled CJK font as a Fyne resource. It is one value
// for the whole program so Fyne's font cache loads it once.
var FontResource fyne.Resource = fyne.NewStaticResource("WenQuanYiMicroHei.ttf", resources.FontTTF)

// Variant chooses between following the system's light/dark preference and
// forcing one look.
type Variant int

// Variants. The zero value follows the system.
const (
	FollowSystem Variant = iota
	Light
	Dark
)

// String returns the preference value of the variant ("system", "light",
// "dark"), as stored in settings.
func (v Variant) String() string {
	switch v {
	case Light:
		return "light"
	case Dark:
		return "dark"
	}
	return "system"
}

// ParseVariant reads a preference value written by Variant.String; anything
// unknown follows the system.
func ParseVariant(s string) Variant {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "light":
		return Light
	case "dark":
		return Dark
	}
	return FollowSystem
}

// Theme is OrgDesigner's fyne.Theme. It is immutable: to switch variant,
// set a new Theme on the app (Apply), which makes Fyne refresh every window.
type Theme struct {
	variant Variant
}

var _ fyne.Theme = (*Theme)(nil)

// New returns the theme with the given variant.
func New(v Variant) *Theme { return &Theme{variant: v} }

// Apply sets a theme with variant v on the app, and starts asking the
// system for its preference (once) so "follow the system" can trust it.
func Apply(a fyne.App, v Variant) {
	a.Settings().SetTheme(New(v))
	watchSystem(a)
}

// Variant returns the theme's variant setting.
func (t *Theme) Variant() Variant { return t.variant }

// effective turns the variant Fyne asks for into the one to draw: Fyne
// passes the system preference, which a forced variant overrides; while
// the system has not really answered, light (see system.go).
func (t *Theme) effective(v fyne.ThemeVariant) fyne.ThemeVariant {
	switch t.variant {
	case Light:
		return fynetheme.VariantLight
	case Dark:
		return fynetheme.VariantDark
	}
	if !systemKnown.Load() {
		return fynetheme.VariantLight
	}
	return v
}

// Color implements fyne.Theme: OrgDesigner's own colour names, then
// Fyne's defaults for the effective variant.
func (t *Theme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	v = t.effective(v)
	if c, ok := ownColor(n, v); ok {
		return c
	}
	return fynetheme.DefaultTheme().Color(n, v)
}

// Font implements fyne.Theme. Every text style uses the bundled font: it
// has no bold or italic faces, but one consistent face reads better than
// Latin from Fyne's font and Chinese borrowed from whatever the system has.
// Symbol text (menu shortcut glyphs) keeps Fyne's symbol font, which has
// them; Fyne falls back to its own fonts for any glyph ours lacks.
func (t *Theme) Font(s fyne.TextStyle) fyne.Resource {
	if s.Symbol {
		return fynetheme.DefaultTheme().Font(s)
	}
	return FontResource
}

// Icon implements fyne.Theme with Fyne's icons.
func (t *Theme) Icon(n fyne.ThemeIconName) fyne.Resource {
	return fynetheme.DefaultTheme().Icon(n)
}

// Size implements fyne.Theme with Fyne's sizes.
func (t *Theme) Size(n fyne.ThemeSizeName) float32 {
	return fynetheme.DefaultTheme().Size(n)
}

// withFont is another theme with the bundled font for every text style.
type withFont struct{ fyne.Theme }

// WithFont returns base with the bundled CJK font for all text. Golden
// tests pin test.Theme() through it: text then measures the same with and
// without cgo, whatever fonts the machine has (Fyne otherwise borrows CJK
// glyphs from system fonts, which differ between machines).
func WithFont(base fyne.Theme) fyne.Theme { return withFont{base} }

// Font implements fyne.Theme.
func (t withFont) Font(s fyne.TextStyle) fyne.Resource {
	if s.Symbol {
		return t.Theme.Font(s)
	}
	return FontResource
}
