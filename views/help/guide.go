// Package help is OrgDesigner's Help window: the Guide panel with the
// organisation-design advice of the built-in template (the three
// organisation modes and what each business stage calls for), the sheet of
// keyboard shortcuts, and About with the version and the licences of the
// app and of the bundled font.
package help

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/i18n"
	"orgdesigner/app/templates"
)

// guideSegments lays out g as rich text: title and source, the
// introduction, the modes, the stages, then the further advice.
func guideSegments(g templates.Guide) []widget.RichTextSegment {
	if g.Title == "" {
		return []widget.RichTextSegment{para(i18n.L("No guidance is available in this language."))}
	}
	segs := []widget.RichTextSegment{heading(g.Title)}
	if g.Source != "" {
		segs = append(segs, &widget.TextSegment{Style: quiet, Text: i18n.L("Quoted from %s.", g.Source)})
	}
	intro, more := splitSections(g.Sections)
	segs = append(segs, sections(intro)...)

	segs = append(segs, heading(g.ModesTitle))
	for _, m := range g.Modes {
		segs = append(segs,
			subheading(m.Title+" — "+m.Tagline),
			para(m.Summary),
			&widget.ListSegment{Items: []widget.RichTextSegment{
				para(i18n.L("Mode strengths: %s", m.Strengths)),
				para(i18n.L("Mode weaknesses: %s", m.Weaknesses)),
				para(i18n.L("Mode suits: %s", m.FitsFor)),
			}})
	}

	segs = append(segs, heading(g.StageTitle))
	for _, s := range g.Stages {
		segs = append(segs, subheading(i18n.L("%s: %s", s.Title, s.Structure)), para(s.Advice))
		if mg, ok := g.Mode(s.Mode); ok {
			segs = append(segs, &widget.TextSegment{Style: quiet, Text: i18n.L("Recommended mode: %s", mg.Title)})
		}
	}
	return append(segs, sections(more)...)
}

// splitSections separates the introduction (the first section, which the
// seed document puts before everything else) from the further advice.
func splitSections(s []templates.Section) (intro, more []templates.Section) {
	if len(s) == 0 {
		return nil, nil
	}
	return s[:1], s[1:]
}

func sections(list []templates.Section) []widget.RichTextSegment {
	var segs []widget.RichTextSegment
	for _, s := range list {
		segs = append(segs, subheading(s.Title), para(s.Text))
		if s.Note != "" {
			segs = append(segs, &widget.TextSegment{Style: quiet, Text: s.Note})
		}
	}
	return segs
}

var quiet = widget.RichTextStyle{ColorName: fynetheme.ColorNamePlaceHolder, TextStyle: fyne.TextStyle{Italic: true}}

// Fyne's heading styles are inline: the text after one would continue on
// its line. Ours end the line.
var (
	headingStyle    = block(widget.RichTextStyleHeading)
	subheadingStyle = block(widget.RichTextStyleSubHeading)
)

func block(s widget.RichTextStyle) widget.RichTextStyle {
	s.Inline = false
	return s
}

func heading(t string) widget.RichTextSegment {
	return &widget.TextSegment{Style: headingStyle, Text: t}
}

func subheading(t string) widget.RichTextSegment {
	return &widget.TextSegment{Style: subheadingStyle, Text: t}
}

func para(t string) widget.RichTextSegment {
	return &widget.TextSegment{Style: widget.RichTextStyleParagraph, Text: t}
}

// newGuide builds the Guide panel in the current UI language.
func newGuide() (fyne.CanvasObject, *widget.RichText) {
	text := widget.NewRichText(guideSegments(templates.Guidance(i18n.Language()))...)
	text.Wrapping = fyne.TextWrapWord
	return container.NewVScroll(text), text
}
