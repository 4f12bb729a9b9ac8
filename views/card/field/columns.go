package field

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// Columns lays rows of cells out as a table: the leading cells share the
// width left over by the trailing fixed-width cells, so every row built
// from the same Columns lines up with its header.
type Columns struct {
	// Flex weights the leading, flexible columns (e.g. 3, 2).
	Flex []float32
	// Fixed holds the widths of the trailing columns.
	Fixed []float32
}

// Row returns a container laying cells out in the columns; there must be
// len(Flex)+len(Fixed) cells.
func (c *Columns) Row(cells ...fyne.CanvasObject) *fyne.Container {
	return container.New(&columnsLayout{c}, cells...)
}

// FitText widens the fixed column i to hold an entry showing text (an
// entry's own minimum width ignores its text).
func (c *Columns) FitText(i int, text string) {
	w := fyne.MeasureText(text, theme.TextSize(), fyne.TextStyle{}).Width + 2*theme.InnerPadding() + 2*theme.InputBorderSize()
	c.Fixed[i] = max(c.Fixed[i], w)
}

// Fit widens the fixed column i to hold obj.
func (c *Columns) Fit(i int, obj fyne.CanvasObject) {
	c.Fixed[i] = max(c.Fixed[i], obj.MinSize().Width)
}

type columnsLayout struct{ c *Columns }

func (l *columnsLayout) widths(total float32) []float32 {
	n := len(l.c.Flex) + len(l.c.Fixed)
	ws := make([]float32, n)
	rest := total - theme.Padding()*float32(n-1)
	var weights float32
	for i, w := range l.c.Fixed {
		ws[len(l.c.Flex)+i] = w
		rest -= w
	}
	for _, w := range l.c.Flex {
		weights += w
	}
	for i, w := range l.c.Flex {
		if weights > 0 {
			ws[i] = max(0, rest*w/weights)
		}
	}
	return ws
}

func (l *columnsLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	ws := l.widths(size.Width)
	x := float32(0)
	for i, o := range objs {
		if i >= len(ws) {
			break
		}
		h := o.MinSize().Height
		if h < size.Height {
			h = size.Height
		}
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(ws[i], h))
		x += ws[i] + theme.Padding()
	}
}

func (l *columnsLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var w, h float32
	for i, o := range objs {
		m := o.MinSize()
		h = max(h, m.Height)
		if i < len(l.c.Flex) {
			w += m.Width
		} else if j := i - len(l.c.Flex); j < len(l.c.Fixed) {
			w += l.c.Fixed[j]
		}
	}
	if len(objs) > 1 {
		w += theme.Padding() * float32(len(objs)-1)
	}
	return fyne.NewSize(w, h)
}
