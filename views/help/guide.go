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
	"orgdesigner/views/wrapped"
)

// guideBlocks lays out g as wrapped paragraphs: title and source, the
// introduction, the modes, the stages, then the further advice. Each is a
// wrapped.Label: Fyne's rich text breaks Chinese anywhere, starting lines
// with ，。；.
func guideBlocks(g templates.Guide) []fyne.CanvasObject {
	if g.Title == "" {
		return []fyne.CanvasObject{paraBlock(i18n.L("No guidance is available in this language."))}
	}
	blocks := []fyne.CanvasObject{headingBlock(g.Title)}
	if g.Source != "" {
		blocks = append(blocks, quietBlock(i18n.L("Quoted from %s.", g.Source)))
	}
	intro, more := splitSections(g.Sections)
	blocks = append(blocks, sections(intro)...)

	blocks = append(blocks, headingBlock(g.ModesTitle))
	for _, m := range g.Modes {
		blocks = append(blocks,
			subheadingBlock(m.Title+" — "+m.Tagline),
			paraBlock(m.Summary),
			bulletBlock(i18n.L("Mode strengths: %s", m.Strengths)),
			bulletBlock(i18n.L("Mode weaknesses: %s", m.Weaknesses)),
			bulletBlock(i18n.L("Mode suits: %s", m.FitsFor)))
	}

	blocks = append(blocks, headingBlock(g.StageTitle))
	for _, s := range g.Stages {
		blocks = append(blocks, subheadingBlock(i18n.L("%s: %s", s.Title, s.Structure)), paraBlock(s.Advice))
		if mg, ok := g.Mode(s.Mode); ok {
			blocks = append(blocks, quietBlock(i18n.L("Recommended mode: %s", mg.Title)))
		}
	}
	return append(blocks, sections(more)...)
}

// splitSections separates the introduction (the first section, which the
// seed document puts before everything else) from the further advice.
func splitSections(s []templates.Section) (intro, more []templates.Section) {
	if len(s) == 0 {
		return nil, nil
	}
	return s[:1], s[1:]
}

func sections(list []templates.Section) []fyne.CanvasObject {
	var blocks []fyne.CanvasObject
	for _, s := range list {
		blocks = append(blocks, subheadingBlock(s.Title), paraBlock(s.Text))
		if s.Note != "" {
			blocks = append(blocks, quietBlock(s.Note))
		}
	}
	return blocks
}

// The guide's kinds of paragraph. The bundled CJK font has no bold or
// italic face: headings stand out by size, notes by a quieter colour.
func headingBlock(t string) fyne.CanvasObject    { return sized(t, fynetheme.SizeNameHeadingText) }
func subheadingBlock(t string) fyne.CanvasObject { return sized(t, fynetheme.SizeNameSubHeadingText) }
func paraBlock(t string) fyne.CanvasObject       { return wrapped.NewLabel(t) }

func quietBlock(t string) fyne.CanvasObject {
	l := wrapped.NewLabel(t)
	l.Importance = widget.LowImportance
	l.TextStyle = fyne.TextStyle{Italic: true}
	return l
}

func sized(t string, size fyne.ThemeSizeName) *wrapped.Label {
	l := wrapped.NewLabel(t)
	l.SizeName = size
	return l
}

// bulletBlock is an item of a bulleted list: the text wraps beside the
// bullet.
func bulletBlock(t string) fyne.CanvasObject {
	return container.NewBorder(nil, nil, widget.NewLabel("•"), nil, wrapped.NewLabel(t))
}

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

// newGuide builds the Guide panel in the current UI language; the box
// holds its paragraphs.
func newGuide() (fyne.CanvasObject, *fyne.Container) {
	text := container.NewVBox(guideBlocks(templates.Guidance(i18n.Language()))...)
	return container.NewVScroll(container.NewPadded(text)), text
}
