package wrapped

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/i18n"
)

// Label is a read-only text that wraps at its width by the rules of Chinese
// typesetting (see the package comment), used where Fyne's widget.Label
// with TextWrapWord would show a sentence or more. Like a wrapped
// widget.Label it asks for little width and for the height of its lines at
// the width it is given, and it reflows when resized. A right click offers
// to copy the whole text.
//
// Set the fields, then call Refresh (or use SetText).
type Label struct {
	widget.BaseWidget

	Text       string
	Alignment  fyne.TextAlign
	TextStyle  fyne.TextStyle
	Importance widget.Importance  // colour, as widget.Label's
	SizeName   fyne.ThemeSizeName // text size; "" is the theme's text size
}

// NewLabel returns a wrapping label showing text.
func NewLabel(text string) *Label {
	l := &Label{Text: text}
	l.ExtendBaseWidget(l)
	return l
}

// SetText shows text instead.
func (l *Label) SetText(text string) {
	l.Text = text
	l.Refresh()
}

// CreateRenderer is part of fyne.Widget.
func (l *Label) CreateRenderer() fyne.WidgetRenderer {
	l.ExtendBaseWidget(l)
	r := &labelRenderer{l: l, widths: &runeWidths{w: map[rune]float32{}}}
	r.Layout(l.Size())
	return r
}

// TappedSecondary offers to copy the text (the label cannot be selected:
// a message is copied whole, for instance to send it to whoever helps).
func (l *Label) TappedSecondary(e *fyne.PointEvent) {
	c := fyne.CurrentApp().Driver().CanvasForObject(l)
	if c == nil || l.Text == "" {
		return
	}
	copyItem := fyne.NewMenuItem(i18n.L("Copy"), l.copyText)
	copyItem.Icon = theme.ContentCopyIcon()
	widget.ShowPopUpMenuAtPosition(fyne.NewMenu("", copyItem), c, e.AbsolutePosition)
}

// copyText puts the text on the clipboard.
func (l *Label) copyText() { fyne.CurrentApp().Clipboard().SetContent(l.Text) }

// colorName is the theme colour of the label's importance (as
// widget.Label chooses it).
func (l *Label) colorName() fyne.ThemeColorName {
	switch l.Importance {
	case widget.LowImportance:
		return theme.ColorNameDisabled
	case widget.HighImportance:
		return theme.ColorNamePrimary
	case widget.DangerImportance:
		return theme.ColorNameError
	case widget.WarningImportance:
		return theme.ColorNameWarning
	case widget.SuccessImportance:
		return theme.ColorNameSuccess
	}
	return theme.ColorNameForeground
}

// labelRenderer draws one canvas.Text per line.
type labelRenderer struct {
	l       *Label
	widths  *runeWidths
	texts   []*canvas.Text
	objects []fyne.CanvasObject

	// The lines of text broken at width, with the text size and style
	// they were measured in.
	text  string
	width float32
	size  float32
	style fyne.TextStyle
	lines []string
}

// metrics are the theme's sizes for the label.
func (r *labelRenderer) metrics() (textSize, pad float32) {
	th := r.l.Theme()
	name := r.l.SizeName
	if name == "" {
		name = theme.SizeNameText
	}
	return th.Size(name), th.Size(theme.SizeNameInnerPadding)
}

// linesFor returns the lines for a label of the given width (0: not laid
// out yet, so only hard line breaks count), reusing the last result when
// nothing changed.
func (r *labelRenderer) linesFor(width float32) []string {
	textSize, pad := r.metrics()
	inner := float32(0)
	if width > 0 {
		inner = max(width-2*pad, 1)
	}
	l := r.l
	if r.lines != nil && r.text == l.Text && r.width == inner && r.size == textSize && r.style == l.TextStyle {
		return r.lines
	}
	if r.widths.size != textSize || r.widths.style != l.TextStyle {
		r.widths = &runeWidths{size: textSize, style: l.TextStyle, w: map[rune]float32{}}
	}
	r.text, r.width, r.size, r.style = l.Text, inner, textSize, l.TextStyle
	r.lines = Lines(l.Text, inner, r.widths.of)
	if r.lines == nil {
		r.lines = []string{}
	}
	return r.lines
}

// lineHeight is the height of one line, as Fyne's labels space them.
func (r *labelRenderer) lineHeight(textSize float32) float32 {
	return fyne.MeasureText("M", textSize, r.l.TextStyle).Height
}

// MinSize is as narrow as a wrapped widget.Label's (its padding) and as
// high as the lines at the current width.
func (r *labelRenderer) MinSize() fyne.Size {
	textSize, pad := r.metrics()
	n := max(len(r.linesFor(r.l.Size().Width)), 1)
	return fyne.NewSize(2*pad, float32(n)*r.lineHeight(textSize)+2*pad)
}

// Layout breaks the text for the new width and places the lines.
func (r *labelRenderer) Layout(size fyne.Size) {
	lines := r.linesFor(size.Width)
	textSize, pad := r.metrics()
	th, v := r.l.Theme(), fyne.CurrentApp().Settings().ThemeVariant()
	col := th.Color(r.l.colorName(), v)
	for len(r.texts) < len(lines) {
		r.texts = append(r.texts, canvas.NewText("", col))
	}
	r.texts = r.texts[:len(lines)]
	r.objects = r.objects[:0]
	lh := r.lineHeight(textSize)
	for i, line := range lines {
		t := r.texts[i]
		if t.Text != line || t.TextSize != textSize || t.TextStyle != r.l.TextStyle || t.Color != col {
			t.Text, t.TextSize, t.TextStyle, t.Color = line, textSize, r.l.TextStyle, col
			t.Refresh()
		}
		w := t.MinSize().Width
		x := pad
		switch r.l.Alignment {
		case fyne.TextAlignCenter:
			x = (size.Width - w) / 2
		case fyne.TextAlignTrailing:
			x = size.Width - pad - w
		}
		t.Move(fyne.NewPos(x, pad+float32(i)*lh))
		t.Resize(fyne.NewSize(w, lh))
		r.objects = append(r.objects, t)
	}
}

// Refresh measures again (the theme may have changed) and redraws.
func (r *labelRenderer) Refresh() {
	r.lines = nil
	r.widths = &runeWidths{w: map[rune]float32{}}
	r.Layout(r.l.Size())
	canvas.Refresh(r.l)
}

// Objects is part of fyne.WidgetRenderer.
func (r *labelRenderer) Objects() []fyne.CanvasObject { return r.objects }

// Destroy is part of fyne.WidgetRenderer.
func (r *labelRenderer) Destroy() {}
