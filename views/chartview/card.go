package chartview

import (
	"image/color"
	"math"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"orgdesigner/app/chart"
	"orgdesigner/app/i18n"
)

// Card geometry in chart units (1 unit = 1 pixel at 100 %).
const (
	cardPad     = 8.0
	bandHeight  = 6.0
	cardRadius  = 6.0
	titleTop    = 10.0
	toggleR     = 8.0
	badgeHPad   = 5.0
	lineSpacing = 1.35 // text line height as a multiple of its size
)

// cardText is what a card says, cut to the card's width. Measuring text
// is too slow to repeat every frame, so it is cut once per layout and text
// scale class (see textScale) and reused while panning.
type cardText struct {
	title, sub, count, badge string
	subMuted                 bool    // sub is the vacancy placeholder
	badgeOver                bool    // over-staffed rather than vacant
	badgeW                   float64 // badge text width at 100 %
}

// textCacheKey is what cached card text depends on besides the layout:
// the theme's text sizes and the UI language ("Vacant", "%d vacant").
type textCacheKey struct {
	title, detail float32
	lang          string
}

// textKey names cached card text: a node and a text scale class.
type textKey struct {
	node  int
	scale float32
}

// textScales are the scale classes text is fitted at. Small text renders
// relatively wider than it scales, so text is fitted at the smallest
// scale of its class and fits at every zoom within it.
var textScales = []float32{1, 0.85, 0.7, detailZoom, 0.42, titleZoom}

// textScale returns the class of zoom z.
func textScale(z float64) float32 {
	for _, s := range textScales {
		if float32(z) >= s {
			return s
		}
	}
	return textScales[len(textScales)-1]
}

// minTitle is the smallest title size, in pixels, on cards that show only
// their title: scaled down with the zoom, a fitted template chart printed
// its titles at 5–6 px, too small to read; a larger title that is cut
// with "…" reads better.
const minTitle = 9

// titleSize is the card title's text size at zoom z.
func titleSize(pal *palette, z float32) float32 {
	size := pal.title * z
	if z < detailZoom {
		size = max(size, minTitle)
	}
	return size
}

// textOf returns node i's card text for the current zoom, computing it on
// first use.
func (c *Chart) textOf(i int, pal *palette) *cardText {
	k := textKey{i, textScale(c.view.zoom)}
	if t, ok := c.texts[k]; ok {
		return t
	}
	n := &c.lay.Nodes[i]
	w := (n.Rect.W - 2*cardPad) * float64(k.scale)
	title, detail := titleSize(pal, k.scale), pal.detail*k.scale
	t := &cardText{title: fitText(n.Label, title, fyne.TextStyle{Bold: true}, w)}
	switch n.Kind {
	case chart.KindRole:
		if len(n.Holders) == 0 {
			t.sub, t.subMuted = i18n.L("Vacant"), true
		} else {
			t.sub = strings.Join(n.Holders, i18n.L(", "))
		}
	case chart.KindProject:
		t.sub = n.Note
		t.count = i18n.L("%d members", len(n.Children))
	default:
		t.sub = n.Note
	}
	if n.Kind != chart.KindProject && n.Kind != chart.KindPerson {
		t.count = i18n.L("%d/%d filled", n.Filled, n.Planned)
		switch v := n.Vacancy(); {
		case v > 0:
			t.badge = i18n.L("%d vacant", v)
		case v < 0:
			t.badge, t.badgeOver = i18n.L("%d over", -v), true
		}
	}
	t.sub = fitText(t.sub, detail, fyne.TextStyle{}, w)
	if t.badge != "" {
		t.badgeW = float64(fyne.MeasureText(t.badge, detail, fyne.TextStyle{}).Width / k.scale)
	}
	c.texts[k] = t
	return t
}

// labelWidth returns the width of a dotted-line label at 100 %, measured
// once per layout like card text.
func (c *Chart) labelWidth(s string, pal *palette) float32 {
	if w, ok := c.labelW[s]; ok {
		return w
	}
	w := fyne.MeasureText(s, pal.detail*0.7, fyne.TextStyle{}).Width / 0.7
	c.labelW[s] = w
	return w
}

// fitText shortens s with an ellipsis so it is at most max units wide.
func fitText(s string, size float32, style fyne.TextStyle, max float64) string {
	width := func(s string) float64 { return float64(fyne.MeasureText(s, size, style).Width) }
	if s == "" || width(s) <= max {
		return s
	}
	r := []rune(s)
	lo, hi := 0, len(r)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if width(string(r[:mid])+"…") <= max {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return string(r[:lo]) + "…"
}

// cardState is how a card is marked.
type cardState struct {
	selected, highlighted, dropOK, dropBad bool
}

// cardView is the pooled set of canvas objects that draws one node.
type cardView struct {
	body, band, badge            *canvas.Rectangle
	title, sub, count, badgeText *canvas.Text
	plus                         *canvas.Circle
	bar, stem                    *canvas.Rectangle // the toggle's − and |, drawn, not a font glyph
	objs                         []fyne.CanvasObject
	stamp                        uint64 // the last frame that kept this card on its node
}

func newCardView() *cardView {
	v := &cardView{
		body: &canvas.Rectangle{}, band: &canvas.Rectangle{}, badge: &canvas.Rectangle{},
		title: &canvas.Text{TextStyle: fyne.TextStyle{Bold: true}}, sub: &canvas.Text{},
		count: &canvas.Text{}, badgeText: &canvas.Text{Alignment: fyne.TextAlignCenter},
		plus: &canvas.Circle{}, bar: &canvas.Rectangle{}, stem: &canvas.Rectangle{},
	}
	v.objs = []fyne.CanvasObject{v.body, v.band, v.title, v.sub, v.count, v.badge, v.badgeText, v.plus, v.bar, v.stem}
	v.hide()
	return v
}

func (v *cardView) hide() {
	for _, o := range v.objs {
		o.Hide()
	}
}

// look is the colouring of one card.
type look struct {
	fill, stroke, band, text, muted color.Color
	strokeW                         float32
}

// lookOf picks a card's colours from its kind, department and state.
func (c *Chart) lookOf(n *chart.Node, pal *palette, st cardState) look {
	dept, ok := c.colors.of(n.Dept)
	if !ok {
		dept = chart.CompanyColor
	}
	l := look{fill: pal.card, stroke: pal.stroke, band: stripe(dept, pal.card), text: pal.fg, muted: pal.muted, strokeW: 1}
	switch n.Kind {
	case chart.KindCompany:
		l.fill, l.band = chart.CompanyColor, nil
		l.text, l.muted = color.White, mix(chart.CompanyColor, color.White, 0.75)
	case chart.KindDepartment:
		l.fill, l.stroke = mix(pal.card, dept, 0.2), dept
	case chart.KindProject:
		l.fill, l.stroke, l.band = mix(pal.card, pal.primary, 0.15), pal.primary, pal.primary
	}
	switch {
	case st.dropBad:
		l.stroke, l.strokeW = pal.err, 3
	case st.dropOK:
		l.stroke, l.strokeW = pal.success, 3
	case st.selected:
		l.stroke, l.strokeW = pal.fg, 3
		if n.Kind != chart.KindCompany {
			l.stroke = pal.primary
		}
	case st.highlighted:
		l.stroke, l.strokeW = pal.warning, 3
	}
	return l
}

// draw shows node i at screen rectangle (x, y, w, h); full draws every
// detail, otherwise only the box, band and title.
func (v *cardView) draw(c *Chart, i int, pal *palette, st cardState, full bool) {
	n := &c.lay.Nodes[i]
	z := float32(c.view.zoom)
	pos := c.view.toScreen(chart.Point{X: n.Rect.X, Y: n.Rect.Y})
	w, h := float32(n.Rect.W)*z, float32(n.Rect.H)*z
	l := c.lookOf(n, pal, st)
	t := c.textOf(i, pal)

	v.body.FillColor, v.body.StrokeColor, v.body.StrokeWidth = l.fill, l.stroke, l.strokeW
	v.body.CornerRadius = cardRadius * z
	place(v.body, pos, fyne.NewSize(w, h))
	if l.band != nil {
		v.band.FillColor = l.band
		v.band.TopLeftCornerRadius, v.band.TopRightCornerRadius = cardRadius*z, cardRadius*z
		place(v.band, pos, fyne.NewSize(w, bandHeight*z))
	} else {
		v.band.Hide()
	}
	pad := cardPad * z
	setText(v.title, t.title, titleSize(pal, z), l.text, pos.AddXY(pad, titleTop*z))
	if !full {
		for _, o := range []fyne.CanvasObject{v.sub, v.count, v.badge, v.badgeText, v.plus, v.bar, v.stem} {
			o.Hide()
		}
		return
	}
	subY := titleTop + float64(pal.title)*lineSpacing + 2
	rowY := n.Rect.H - float64(pal.detail)*lineSpacing - 8
	showSub := t.sub != "" && subY+float64(pal.detail)*lineSpacing <= rowY+2
	subCol := l.muted
	if !t.subMuted {
		subCol = l.text
	}
	if showSub {
		setText(v.sub, t.sub, pal.detail*z, subCol, pos.AddXY(pad, float32(subY)*z))
	} else {
		v.sub.Hide()
	}
	showRow := rowY > subY
	if showRow && t.count != "" {
		setText(v.count, t.count, pal.detail*z, l.muted, pos.AddXY(pad, float32(rowY)*z))
	} else {
		v.count.Hide()
	}
	v.drawBadge(t, pal, pos, w, float32(rowY)*z, showRow, z)
	v.drawToggle(c, n, pal, l, pos, w, h, z)
}

// drawBadge shows the vacancy (or over-staffing) badge at the bottom right.
func (v *cardView) drawBadge(t *cardText, pal *palette, pos fyne.Position, w, rowY float32, show bool, z float32) {
	if !show || t.badge == "" {
		v.badge.Hide()
		v.badgeText.Hide()
		return
	}
	fill, fg := pal.warning, pal.onWarning
	if t.badgeOver {
		fill, fg = pal.err, pal.onError
	}
	bw := (float32(t.badgeW) + 2*badgeHPad) * z
	bh := pal.detail * lineSpacing * z
	at := pos.AddXY(w-cardPad*z-bw, rowY)
	v.badge.FillColor, v.badge.CornerRadius = fill, bh/2
	place(v.badge, at, fyne.NewSize(bw, bh))
	v.badgeText.Resize(fyne.NewSize(bw, bh))
	setText(v.badgeText, t.badge, pal.detail*z, fg, at)
}

// drawToggle shows the collapse (−) or expand (+) button of a node with
// children: below the card top-down, to its right left-to-right.
func (v *cardView) drawToggle(c *Chart, n *chart.Node, pal *palette, l look, pos fyne.Position, w, h, z float32) {
	if len(n.Children) == 0 && !n.HasHidden {
		v.plus.Hide()
		v.bar.Hide()
		v.stem.Hide()
		return
	}
	ctr := c.view.toScreen(c.toggleCenter(n))
	r := toggleR * z
	v.plus.FillColor, v.plus.StrokeColor, v.plus.StrokeWidth = pal.card, l.stroke, 1
	if l.strokeW > 1 {
		v.plus.StrokeColor = pal.stroke
	}
	place(v.plus, ctr.SubtractXY(r, r), fyne.NewSize(2*r, 2*r))
	arm, thick := r*0.55, float32(math.Max(1, float64(1.5*z)))
	v.bar.FillColor, v.stem.FillColor = pal.fg, pal.fg
	place(v.bar, ctr.SubtractXY(arm, thick/2), fyne.NewSize(2*arm, thick))
	if n.HasHidden {
		place(v.stem, ctr.SubtractXY(thick/2, arm), fyne.NewSize(thick, 2*arm))
	} else {
		v.stem.Hide()
	}
}

// toggleCenter is the chart point at the middle of node n's toggle.
func (c *Chart) toggleCenter(n *chart.Node) chart.Point {
	if c.lay.Opts.Orientation == chart.LeftRight {
		return chart.Point{X: n.Rect.Right(), Y: n.Rect.Center().Y}
	}
	return chart.Point{X: n.Rect.Center().X, Y: n.Rect.Bottom()}
}

// place moves, sizes and shows a rectangle-like object.
func place(o fyne.CanvasObject, pos fyne.Position, size fyne.Size) {
	o.Move(pos)
	o.Resize(size)
	o.Show()
}

// setText updates a text object, refreshing it only when its content
// changed: a refresh drops the text's cached texture.
func setText(t *canvas.Text, s string, size float32, col color.Color, pos fyne.Position) {
	t.Move(pos)
	if t.Text == s && t.TextSize == size && t.Color == col && !t.Hidden {
		return
	}
	t.Text, t.TextSize, t.Color, t.Hidden = s, size, col, false
	t.Refresh()
}
