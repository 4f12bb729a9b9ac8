package chartview

import (
	"image"
	"image/color"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/chart"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// overlayPad is the margin between the chart's edge and its overlays.
const overlayPad = 8

// Minimap size in pixels: at most maxMiniW wide, a fifth of the chart's
// width and a quarter of its height, never under minMiniW (then it is not
// shown: the chart is too small to spare the room).
const (
	maxMiniW = 180
	minMiniW = 90
)

// levelControl is the chart's own fold-level switch (1–4 and "all") and
// its roles / people view switch.
type levelControl struct {
	box     *fyne.Container
	label   *widget.Label
	buttons []*widget.Button // level 1…MaxLevel, then "all"
	roles   *widget.Button   // the department and role chart
	people  *widget.Button   // the people view
}

func newLevelControl(c *Chart) *levelControl {
	lc := &levelControl{label: widget.NewLabel(i18n.L("Levels"))}
	objs := []fyne.CanvasObject{lc.label}
	for l := 1; l <= MaxLevel+1; l++ {
		text, level := strconv.Itoa(l), l
		if l > MaxLevel {
			text, level = i18n.L("All"), 0
		}
		b := widget.NewButton(text, func() { c.SetLevel(level) })
		lc.buttons = append(lc.buttons, b)
		objs = append(objs, b)
	}
	lc.roles = widget.NewButton(i18n.L("Roles"), func() { c.SetPeopleView(false) })
	lc.people = widget.NewButton(i18n.L("People"), func() { c.SetPeopleView(true) })
	objs = append(objs, widget.NewSeparator(), lc.roles, lc.people)
	lc.box = container.NewHBox(objs...)
	return lc
}

// relabel names the switch's parts in the current UI language.
func (lc *levelControl) relabel() {
	lc.label.SetText(i18n.L("Levels"))
	lc.buttons[MaxLevel].SetText(i18n.L("All"))
	lc.roles.SetText(i18n.L("Roles"))
	lc.people.SetText(i18n.L("People"))
}

// Relabel redraws the chart in the current UI language after the user
// changed it: the level switch, and the cards' captions (在岗, 缺编, the
// fold pills), which are laid out once per layout and so are laid out
// again. The window calls it from its own Relabel.
func (c *Chart) Relabel() {
	c.levels.relabel()
	c.relayout()
}

// mark gives b the high importance when on.
func mark(b *widget.Button, on bool) {
	want := widget.LowImportance
	if on {
		want = widget.HighImportance
	}
	if b.Importance != want {
		b.Importance = want
		b.Refresh()
	}
}

// sync marks the current level's and view's buttons.
func (lc *levelControl) sync(level int, people bool) {
	for k, b := range lc.buttons {
		mark(b, (k < MaxLevel && level == k+1) || (k == MaxLevel && level == 0))
	}
	mark(lc.roles, !people)
	mark(lc.people, people)
}

// LevelControl returns the level and view buttons ("Levels 1 2 3 4 All |
// Roles People") already shown at the chart's top left; a window that
// wants them in its toolbar can call SetLevel and SetPeopleView from its
// own controls instead.
func (c *Chart) LevelControl() fyne.CanvasObject { return c.levels.box }

// overlays are the chart's floating parts: the level control, the matrix
// legend, the minimap and the title tooltip.
type overlays struct {
	levelBg     *canvas.Rectangle
	legendBg    *canvas.Rectangle
	legendLines []*canvas.Line
	legendText  *canvas.Text
	miniBg      *canvas.Rectangle
	mini        *canvas.Raster
	miniView    *canvas.Rectangle
	miniImg     *image.NRGBA
	miniFor     *chart.Chart
	miniCol     color.NRGBA
	tipBg       *canvas.Rectangle
	tipText     *canvas.Text
	compare     *compareLegend
	objs        []fyne.CanvasObject
	miniRect    fyne.Position // top-left of the minimap, widget coordinates
	miniShown   bool
	miniW       float32 // minimap size this frame
	miniH       float32
	miniScale   float64
	miniOrigin  chart.Point
}

func newOverlays(c *Chart) *overlays {
	o := &overlays{
		levelBg: &canvas.Rectangle{}, legendBg: &canvas.Rectangle{}, legendText: &canvas.Text{},
		miniBg: &canvas.Rectangle{}, miniView: &canvas.Rectangle{}, tipBg: &canvas.Rectangle{}, tipText: &canvas.Text{},
		compare: newCompareLegend(),
	}
	for range 3 {
		o.legendLines = append(o.legendLines, &canvas.Line{})
	}
	o.mini = canvas.NewRaster(o.paintMini)
	o.objs = []fyne.CanvasObject{o.levelBg, c.levels.box, o.legendBg, o.legendText}
	for _, l := range o.legendLines {
		o.objs = append(o.objs, l)
	}
	o.objs = append(o.objs, o.compare.objs...)
	o.objs = append(o.objs, o.miniBg, o.mini, o.miniView, o.tipBg, o.tipText)
	return o
}

// sync places the overlays for the current frame.
func (o *overlays) sync(c *Chart, pal *palette, size fyne.Size) {
	c.levels.sync(c.opts.Level, c.opts.People)
	lb := c.levels.box
	ls := lb.MinSize()
	lb.Resize(ls)
	lb.Move(fyne.NewPos(overlayPad, overlayPad))
	o.levelBg.FillColor, o.levelBg.StrokeColor, o.levelBg.StrokeWidth = mix(pal.bg, pal.card, 0.5), pal.stroke, 1
	o.levelBg.CornerRadius = 6
	place(o.levelBg, fyne.NewPos(overlayPad-2, overlayPad-2), ls.AddWidthHeight(4, 4))
	bottom := size.Height - overlayPad
	if h := o.syncLegend(c, pal, size); h > 0 {
		bottom -= h + 6
	}
	o.compare.sync(c, pal, bottom)
	o.syncMini(c, pal, size)
	o.syncTip(c, pal, size)
}

// syncLegend explains the matrix view's dashed lines at the bottom left
// and returns its height (0 when hidden).
func (o *overlays) syncLegend(c *Chart, pal *palette, size fyne.Size) float32 {
	if c.lay.Opts.Mode != data.ModeMatrix {
		o.legendBg.Hide()
		o.legendText.Hide()
		for _, l := range o.legendLines {
			l.Hide()
		}
		return 0
	}
	text := i18n.L("Dashed line: project or dotted-line reporting")
	ts := fyne.MeasureText(text, pal.detail, fyne.TextStyle{})
	const sample = 36
	w, h := sample+12+ts.Width+16, ts.Height+12
	at := fyne.NewPos(overlayPad, size.Height-overlayPad-h)
	o.legendBg.FillColor, o.legendBg.StrokeColor, o.legendBg.StrokeWidth, o.legendBg.CornerRadius = pal.card, pal.stroke, 1, 6
	place(o.legendBg, at, fyne.NewSize(w, h))
	y := at.Y + h/2
	for k, l := range o.legendLines {
		x0 := at.X + 8 + float32(k)*sample/3
		l.StrokeColor, l.StrokeWidth = pal.dotted, 2
		l.Position1, l.Position2 = fyne.NewPos(x0, y), fyne.NewPos(x0+sample/3-5, y)
		l.Show()
		l.Refresh()
	}
	setText(o.legendText, text, pal.detail, pal.fg, fyne.NewPos(at.X+8+sample+6, at.Y+6))
	return h
}

// syncMini shows, when part of the chart is out of view, a small picture of
// the whole chart at the bottom right with the view marked on it.
func (o *overlays) syncMini(c *Chart, pal *palette, size fyne.Size) {
	b := c.lay.Bounds
	vr := c.view.rect()
	inView := vr.X <= b.X && vr.Y <= b.Y && vr.Right() >= b.Right() && vr.Bottom() >= b.Bottom()
	o.miniW = min(maxMiniW, size.Width/5, size.Height/4*3/2)
	o.miniH = o.miniW * 2 / 3
	miniW, miniH := o.miniW, o.miniH
	o.miniShown = !inView && b.W > 0 && b.H > 0 && miniW >= minMiniW
	if !o.miniShown {
		o.miniBg.Hide()
		o.mini.Hide()
		o.miniView.Hide()
		return
	}
	o.miniScale = min(float64(miniW-8)/b.W, float64(miniH-8)/b.H)
	o.miniOrigin = chart.Point{X: b.X - (float64(miniW)/o.miniScale-b.W)/2, Y: b.Y - (float64(miniH)/o.miniScale-b.H)/2}
	o.miniRect = fyne.NewPos(size.Width-overlayPad-miniW, size.Height-overlayPad-miniH)
	o.miniBg.FillColor, o.miniBg.StrokeColor, o.miniBg.StrokeWidth, o.miniBg.CornerRadius = pal.card, pal.stroke, 1, 4
	place(o.miniBg, o.miniRect, fyne.NewSize(miniW, miniH))
	if o.miniFor != c.lay || o.miniCol != nrgba(pal.muted) {
		o.miniFor, o.miniCol = c.lay, nrgba(pal.muted)
		o.miniImg = nil
		o.mini.Refresh()
	}
	place(o.mini, o.miniRect, fyne.NewSize(miniW, miniH))
	p := o.toMini(chart.Point{X: vr.X, Y: vr.Y})
	q := o.toMini(chart.Point{X: vr.Right(), Y: vr.Bottom()})
	p.X, p.Y = max(p.X, o.miniRect.X), max(p.Y, o.miniRect.Y)
	q.X, q.Y = min(q.X, o.miniRect.X+miniW), min(q.Y, o.miniRect.Y+miniH)
	o.miniView.FillColor = color.Transparent
	o.miniView.StrokeColor, o.miniView.StrokeWidth = pal.primary, 2
	place(o.miniView, p, fyne.NewSize(max(q.X-p.X, 2), max(q.Y-p.Y, 2)))
}

// toMini maps a chart point to widget coordinates on the minimap.
func (o *overlays) toMini(p chart.Point) fyne.Position {
	return o.miniRect.AddXY(float32((p.X-o.miniOrigin.X)*o.miniScale), float32((p.Y-o.miniOrigin.Y)*o.miniScale))
}

// fromMini maps a widget position on the minimap to a chart point, and
// reports whether the position is on the minimap.
func (o *overlays) fromMini(p fyne.Position) (chart.Point, bool) {
	if !o.miniShown || p.X < o.miniRect.X || p.Y < o.miniRect.Y || p.X > o.miniRect.X+o.miniW || p.Y > o.miniRect.Y+o.miniH {
		return chart.Point{}, false
	}
	return chart.Point{X: o.miniOrigin.X + float64(p.X-o.miniRect.X)/o.miniScale,
		Y: o.miniOrigin.Y + float64(p.Y-o.miniRect.Y)/o.miniScale}, true
}

// paintMini draws every card of the chart as a dot-sized box.
func (o *overlays) paintMini(w, h int) image.Image {
	if o.miniImg != nil && o.miniImg.Rect.Dx() == w && o.miniImg.Rect.Dy() == h {
		return o.miniImg
	}
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	o.miniImg = img
	if o.miniFor == nil || o.miniScale <= 0 {
		return img
	}
	s := o.miniScale * float64(w) / float64(o.miniW)
	for _, n := range o.miniFor.Nodes {
		x0, y0 := int((n.Rect.X-o.miniOrigin.X)*s), int((n.Rect.Y-o.miniOrigin.Y)*s)
		x1, y1 := max(int((n.Rect.Right()-o.miniOrigin.X)*s), x0+1), max(int((n.Rect.Bottom()-o.miniOrigin.Y)*s), y0+1)
		for y := max(y0, 0); y < min(y1, h); y++ {
			for x := max(x0, 0); x < min(x1, w); x++ {
				img.SetNRGBA(x, y, o.miniCol)
			}
		}
	}
	return img
}

// syncTip shows the full title of the card under the pointer when the card
// had to shorten it.
func (o *overlays) syncTip(c *Chart, pal *palette, size fyne.Size) {
	i := c.hover
	if i < 0 || i >= len(c.lay.Nodes) || c.drag.kind != dragNone || c.lod == lodOverview || !c.textOf(i, pal).titleCut {
		o.tipBg.Hide()
		o.tipText.Hide()
		return
	}
	text := c.lay.Nodes[i].Label
	ts := fyne.MeasureText(text, pal.detail+1, fyne.TextStyle{})
	w, h := ts.Width+12, ts.Height+8
	at := c.hoverAt.AddXY(12, 18)
	at.X = max(0, min(at.X, size.Width-w))
	at.Y = max(0, min(at.Y, size.Height-h))
	o.tipBg.FillColor, o.tipBg.StrokeColor, o.tipBg.StrokeWidth, o.tipBg.CornerRadius = pal.card, pal.stroke, 1, 4
	place(o.tipBg, at, fyne.NewSize(w, h))
	setText(o.tipText, text, pal.detail+1, pal.fg, at.AddXY(6, 4))
}

// Interfaces for the tooltip.
var _ desktop.Hoverable = (*Chart)(nil)

// MouseIn starts following the pointer for the title tooltip.
func (c *Chart) MouseIn(e *desktop.MouseEvent) { c.MouseMoved(e) }

// MouseMoved shows the full title of a shortened card under the pointer.
// Only the tooltip is redrawn, not the chart.
func (c *Chart) MouseMoved(e *desktop.MouseEvent) {
	i := -1
	if c.lay != nil {
		i = c.lay.At(c.view.toChart(e.Position))
	}
	if i == c.hover && (i < 0 || c.hoverAt == e.Position) {
		return
	}
	c.hover, c.hoverAt = i, e.Position
	c.syncTip()
}

// syncTip redraws the tooltip alone.
func (c *Chart) syncTip() {
	if c.rend == nil {
		return
	}
	o := c.rend.over
	o.syncTip(c, newPalette(c.Theme()), c.Size())
	canvas.Refresh(o.tipBg)
	canvas.Refresh(o.tipText)
}

// MouseOut hides the tooltip.
func (c *Chart) MouseOut() {
	if c.hover >= 0 {
		c.hover = -1
		c.syncTip()
	}
}
