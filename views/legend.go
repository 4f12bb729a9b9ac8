package views

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/i18n"
	odtheme "orgdesigner/views/theme"
)

// matrixLegend explains the matrix view's lines under the chart: solid
// lines are the department reporting lines, dashed ones project-team and
// dotted-line reporting. Its samples use the chart's line colours
// (chartview's palette: the foreground and the primary colour mixed into
// the background), read again when the theme changes.
type matrixLegend struct {
	widget.BaseWidget
	solid         *canvas.Line
	dashes        []*canvas.Line
	solidL, dashL *widget.Label
	content       *fyne.Container
}

const legendSample = 28 // length of a sample line

func newMatrixLegend() *matrixLegend {
	l := &matrixLegend{solid: canvas.NewLine(color.Black), solidL: widget.NewLabel(""), dashL: widget.NewLabel("")}
	l.solid.StrokeWidth = 1.5
	dashed := container.NewWithoutLayout()
	for i := range 4 {
		d := canvas.NewLine(color.Black)
		d.StrokeWidth = 1.5
		d.Position1, d.Position2 = fyne.NewPos(float32(i*8), 0), fyne.NewPos(float32(i*8+4), 0)
		l.dashes = append(l.dashes, d)
		dashed.Add(d)
	}
	sample := func(o fyne.CanvasObject) fyne.CanvasObject {
		box := container.New(&centreLine{}, o)
		return box
	}
	l.solidL.SizeName, l.dashL.SizeName = theme.SizeNameCaptionText, theme.SizeNameCaptionText
	l.content = container.NewHBox(sample(l.solid), l.solidL, sample(dashed), l.dashL)
	l.relabel()
	l.ExtendBaseWidget(l)
	return l
}

func (l *matrixLegend) relabel() {
	l.solidL.SetText(i18n.L("Department reporting line"))
	l.dashL.SetText(i18n.L("Project team or dotted-line reporting"))
}

// CreateRenderer implements fyne.Widget.
func (l *matrixLegend) CreateRenderer() fyne.WidgetRenderer {
	l.recolour()
	return widget.NewSimpleRenderer(l.content)
}

// Refresh picks up the theme's colours.
func (l *matrixLegend) Refresh() {
	l.recolour()
	l.BaseWidget.Refresh()
}

func (l *matrixLegend) recolour() {
	th := l.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	bg := th.Color(theme.ColorNameBackground, v)
	l.solid.StrokeColor = odtheme.Mix(bg, th.Color(theme.ColorNameForeground, v), 0.45)
	dotted := odtheme.Mix(bg, th.Color(theme.ColorNamePrimary, v), 0.8)
	for _, d := range l.dashes {
		d.StrokeColor = dotted
	}
	l.solid.Refresh()
	for _, d := range l.dashes {
		d.Refresh()
	}
}

// centreLine lays a sample line (or a group of dashes) across the middle
// of a legendSample-wide box.
type centreLine struct{}

func (*centreLine) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(legendSample, 1) }

func (*centreLine) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		y := size.Height / 2
		if ln, ok := o.(*canvas.Line); ok {
			ln.Position1, ln.Position2 = fyne.NewPos(0, y), fyne.NewPos(legendSample, y)
			continue
		}
		o.Move(fyne.NewPos(0, y))
	}
}
