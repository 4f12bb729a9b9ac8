// Package card holds the editors of OrgDesigner's right-hand panel: the
// role card (岗位说明书) editor, the department panel, the organisation
// settings with the seed's stage and mode guidance, and the role library.
//
// Every editor works through the editing session, so each edit is saved at
// once (debounced while typing) and is one undo step; each reloads itself
// when the session changes, without touching the field being typed in.
package card

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/i18n"
	"orgdesigner/data"
	"orgdesigner/views/card/field"
	"orgdesigner/views/wrapped"
)

// Session is what the editors need from *app.Session (tests may pass a
// fake): the document, commands, undo for merging a field's saves into one
// step, and change notifications.
type Session = field.Session

// heading returns a section heading. Chinese has no bold face in the
// bundled font, so headings stand out by size and colour.
func heading(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.SizeName = theme.SizeNameSubHeadingText
	l.Importance = widget.HighImportance
	return l
}

// caption returns a small wrapping label (column heads, hints). It keeps
// the normal text colour: the theme's subdued colour is too faint to read
// at caption size.
func caption(text string) *wrapped.Label {
	l := wrapped.NewLabel(text)
	l.SizeName = theme.SizeNameCaptionText
	return l
}

// captionLine is a caption that stays on one line (a column head whose
// column is sized by it).
func captionLine(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.SizeName = theme.SizeNameCaptionText
	return l
}

// paragraph returns a label that wraps its text by the rules of Chinese
// typesetting (Fyne's wrapping starts lines with ，。).
func paragraph(text string) *wrapped.Label {
	return wrapped.NewLabel(text)
}

// suggestionMark returns the "建议/suggested" marker of a field filled in by
// the template rather than taken from the seed text; hidden until shown.
func suggestionMark() *widget.Label {
	l := widget.NewLabel(i18n.L("suggested"))
	l.SizeName = theme.SizeNameCaptionText
	l.Importance = widget.WarningImportance
	l.Hide()
	return l
}

func showIf(o fyne.CanvasObject, visible bool) {
	if visible {
		o.Show()
	} else {
		o.Hide()
	}
}

// section stacks a heading (with its suggestion marker, if any) above the
// content.
func section(title string, mark *widget.Label, content ...fyne.CanvasObject) *fyne.Container {
	head := []fyne.CanvasObject{heading(title)}
	if mark != nil {
		head = append(head, mark)
	}
	head = append(head, layout.NewSpacer())
	objs := append([]fyne.CanvasObject{widget.NewSeparator(), container.NewHBox(head...)}, content...)
	return container.NewVBox(objs...)
}

// labelled stacks a field's label above the field.
func labelled(label string, obj fyne.CanvasObject) *fyne.Container {
	return container.NewVBox(widget.NewLabel(label), obj)
}

// unmark drops field from a record's Suggested list: once the user edits a
// template suggestion it is theirs.
func unmark(suggested []string, field string) []string {
	if field == "" || !data.IsSuggested(suggested, field) {
		return suggested
	}
	out := make([]string, 0, len(suggested)-1)
	for _, s := range suggested {
		if s != field {
			out = append(out, s)
		}
	}
	return out
}

// centred places a wrapped hint in the middle of the panel's height, as
// wide as the panel: a centring container would give it only its minimum
// width, a character per line.
func centred(l *wrapped.Label) fyne.CanvasObject {
	return container.NewVBox(layout.NewSpacer(), l, layout.NewSpacer())
}
