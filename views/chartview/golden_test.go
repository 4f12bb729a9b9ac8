package chartview

import (
	odtheme "orgdesigner/views/theme"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"orgdesigner/app/i18n"
	"orgdesigner/app/templates"
	"orgdesigner/data"
)

// The goldens pin the test theme. When a deliberate change alters them,
// the new rendering is written to testdata/failed/: review it, then copy it
// over the golden.

func TestGoldenTemplateMarkup(t *testing.T) {
	doc, err := templates.Load("internet-marketing", "zh")
	if err != nil {
		t.Skipf("the internet-marketing template is not available: %v", err)
	}
	c, _, w := setup(t, doc, fyne.NewSize(1600, 900))
	fyne.CurrentApp().Settings().SetTheme(odtheme.WithFont(test.Theme()))
	i18n.SetLanguage("zh")
	t.Cleanup(func() { i18n.SetLanguage("en") })
	c.relayout() // card text in Chinese
	c.Fit()
	test.AssertRendersToMarkup(t, "template_zh.xml", w.Canvas())
}

func TestGoldenFixtureImage(t *testing.T) {
	c, _, w := setup(t, fixture(), fyne.NewSize(800, 860))
	fyne.CurrentApp().Settings().SetTheme(odtheme.WithFont(test.Theme()))
	c.Select("r-seo")
	c.Highlight([]data.ID{"r-sem"})
	test.AssertRendersToImage(t, "fixture.png", w.Canvas())
}
