package chartview

import (
	"image/color"
	"math"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"orgdesigner/app/chart"
	"orgdesigner/app/compare"
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
	title             []string // the title wrapped to one or two lines
	titleCut          bool     // the title was shortened with "…"
	sub, count, badge string
	subMuted          bool    // sub is the vacancy placeholder
	badgeOver         bool    // over-staffed rather than vacant
	badgeW            float64 // badge text width at 100 %
	fold              string  // what a folded node hides ("+12 roles · 35 people")
	foldW             float64 // fold text width at 100 %
	// ghost is a removed card's line at minTitle pixels, drawn when the
	// detail lines are too small to be: a ghost never loses its word.
	ghost string
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

// minTitle is the smallest title size, in pixels: scaled down with the
// zoom, a fitted template chart printed its titles at 5–9 px, too small to
// read; a title kept at 11 px and wrapped (or cut with "…") reads better.
const minTitle = 11

// titleSize is the card title's text size at zoom z.
func titleSize(pal *palette, z float32) float32 {
	return max(pal.title*z, minTitle)
}

// minDetail is the smallest size, in pixels, at which a card's detail
// lines (holders, counts) are drawn; below it the card shows its title.
const minDetail = 7.5

// showDetail reports whether detail lines are drawn at zoom z.
func showDetail(pal *palette, z float32) bool { return pal.detail*z >= minDetail }

// titleLines returns how many title lines fit a card of height h (chart
// units) at zoom z.
func titleLines(pal *palette, h float64, z float32) int {
	lh := float64(titleSize(pal, z)) * lineSpacing
	if titleTop*float64(z)+2*lh <= h*float64(z)-2 {
		return maxTitleLines
	}
	return 1
}

// maxHolders is how many holders' names a card lists before "+N".
const maxHolders = 3

// holderLine lists up to three names that fit maxW, then "+N" for the
// rest ("张三、李四 +3").
func holderLine(names []string, sep string, size float32, maxW float64) string {
	width := func(s string) float64 { return float64(fyne.MeasureText(s, size, fyne.TextStyle{}).Width) }
	for k := min(maxHolders, len(names)); k >= 1; k-- {
		line := strings.Join(names[:k], sep)
		if more := len(names) - k; more > 0 {
			line += " " + i18n.L("+%d", more)
		}
		if width(line) <= maxW {
			return line
		}
	}
	tail := ""
	if more := len(names) - 1; more > 0 {
		tail = " " + i18n.L("+%d", more)
	}
	return fitText(names[0], size, fyne.TextStyle{}, maxW-width(tail)) + tail
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
	t := &cardText{}
	t.title, t.titleCut = wrapTitle(n.Label, c.titleWidths(title), w, titleLines(pal, n.Rect.H, k.scale))
	if n.HasHidden {
		t.fold, t.foldW = fitFold(foldTexts(n), n.Rect.W, pal, k.scale)
	}
	switch n.Kind {
	case chart.KindRole:
		if len(n.Holders) == 0 {
			t.sub, t.subMuted = i18n.L("Vacant"), true
		} else {
			t.sub = holderLine(n.Holders, i18n.L(", "), detail, w)
		}
	case chart.KindUnassigned:
		t.sub = holderLine(n.Holders, i18n.L(", "), detail, w)
		t.count = i18n.L("%d people without a role", len(n.Holders))
	case chart.KindProject:
		t.sub = n.Note
		t.count = i18n.L("%d members", len(n.Children))
	default:
		t.sub = n.Note
	}
	if n.Kind != chart.KindProject && n.Kind != chart.KindPerson && n.Kind != chart.KindUnassigned {
		t.count = i18n.L("%d/%d filled", n.Filled, n.Planned)
		switch v := n.Vacancy(); {
		case v > 0:
			t.badge = i18n.L("%d vacant", v)
		case v < 0:
			t.badge, t.badgeOver = i18n.L("%d over", -v), true
		}
	}
	if c.cmp != nil && c.cmp.ghosts[n.ID] && (n.Kind == chart.KindRole || n.Kind == chart.KindDepartment) {
		t.sub, t.subMuted, t.count, t.badge = c.cmp.ghostText(n.ID, n.Kind, detail, false, w), true, "", ""
		t.ghost = c.cmp.ghostText(n.ID, n.Kind, minTitle, true, w)
	}
	if n.Kind != chart.KindRole && n.Kind != chart.KindUnassigned {
		t.sub = fitText(t.sub, detail, fyne.TextStyle{}, w)
	}
	if t.badge != "" {
		t.badgeW = float64(fyne.MeasureText(t.badge, detail, fyne.TextStyle{}).Width / k.scale)
	}
	c.texts[k] = t
	return t
}

// foldText says what a folded node hides: "+12 roles · 35 people", the
// people being the roles' holders (so they add up to the cards' 在岗
// counts), with the people without a role said apart:
// "+12 roles · 35 people · 2 unassigned".
func foldText(n *chart.Node) string {
	switch {
	case n.HiddenRoles > 0 && n.HiddenUnassigned > 0:
		return i18n.L("+%d roles · %d people · %d unassigned", n.HiddenRoles, n.HiddenPeople, n.HiddenUnassigned)
	case n.HiddenRoles > 0:
		return i18n.L("+%d roles · %d people", n.HiddenRoles, n.HiddenPeople)
	case n.HiddenPeople > 0:
		return i18n.L("+%d people", n.HiddenPeople+n.HiddenUnassigned)
	case n.HiddenUnassigned > 0:
		return i18n.L("+%d unassigned", n.HiddenUnassigned)
	}
	return i18n.L("+%d more", max(len(n.Children), 1))
}

// foldTexts are the ways to say what a folded node hides, longest first
// (foldText, then shorter forms for a badge that must fit a narrow card
// at a low zoom): "+31 roles · 36 people · 2 unassigned", "+31 roles · 38
// people", "+31 · 38 people", "+31".
func foldTexts(n *chart.Node) []string {
	r, p, u := n.HiddenRoles, n.HiddenPeople, n.HiddenUnassigned
	switch {
	case r > 0 && u > 0:
		return []string{foldText(n), i18n.L("+%d roles · %d people", r, p+u), i18n.L("+%d · %d people", r, p+u), i18n.L("+%d", r)}
	case r > 0:
		return []string{foldText(n), i18n.L("+%d · %d people", r, p), i18n.L("+%d", r)}
	case p > 0 || u > 0:
		return []string{foldText(n), i18n.L("+%d", p+u)}
	}
	return []string{foldText(n), i18n.L("+%d", max(len(n.Children), 1))}
}

// fitFold picks the first of texts whose pill (see pillRect) is no wider
// than a card w chart units wide at text scale s — the smallest zoom of
// its class, where the pill is widest, its text being kept at least
// minPillText pixels — measured at the size the pill draws it; the last
// when none fits. It returns the text and its width at 100 %.
func fitFold(texts []string, w float64, pal *palette, s float32) (string, float64) {
	size := pillTextSize(pal, s)
	grow := float64(size / (pal.detail * s))
	var text string
	var tw float64
	for _, text = range texts {
		tw = float64(fyne.MeasureText(text, size, fyne.TextStyle{}).Width * pal.detail / size)
		if (tw+2*badgeHPad+4)*grow <= w {
			break
		}
	}
	return text, tw
}

// titleWidths returns the rune measurer for bold titles of size px.
func (c *Chart) titleWidths(size float32) *runeWidths {
	m, ok := c.widths[size]
	if !ok {
		m = newRuneWidths(size, fyne.TextStyle{Bold: true})
		c.widths[size] = m
	}
	return m
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
	mark                                   compare.Mark // the compare overlay's
}

// cardView is the pooled set of canvas objects that draws one node.
type cardView struct {
	body, band, badge            *canvas.Rectangle
	title, sub, count, badgeText *canvas.Text
	title2                       *canvas.Text // the title's second line
	fold                         *canvas.Rectangle
	foldText                     *canvas.Text
	plus                         *canvas.Circle
	dot                          *canvas.Circle    // a changed card's compare mark
	bar, stem                    *canvas.Rectangle // the toggle's − and |, drawn, not a font glyph
	objs                         []fyne.CanvasObject
	stamp                        uint64 // the last frame that kept this card on its node
}

func newCardView() *cardView {
	v := &cardView{
		body: &canvas.Rectangle{}, band: &canvas.Rectangle{}, badge: &canvas.Rectangle{},
		title: &canvas.Text{TextStyle: fyne.TextStyle{Bold: true}}, sub: &canvas.Text{},
		title2: &canvas.Text{TextStyle: fyne.TextStyle{Bold: true}},
		count:  &canvas.Text{}, badgeText: &canvas.Text{Alignment: fyne.TextAlignCenter},
		plus: &canvas.Circle{}, dot: &canvas.Circle{}, bar: &canvas.Rectangle{}, stem: &canvas.Rectangle{},
		fold: &canvas.Rectangle{}, foldText: &canvas.Text{Alignment: fyne.TextAlignCenter},
	}
	v.objs = []fyne.CanvasObject{v.body, v.band, v.title, v.title2, v.sub, v.count, v.badge, v.badgeText,
		v.plus, v.bar, v.stem, v.fold, v.foldText, v.dot}
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
	case chart.KindUnassigned:
		l.fill, l.stroke = mix(pal.card, pal.warning, 0.12), pal.warning
	}
	l = markLook(l, st.mark, pal)
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
	ts := titleSize(pal, z)
	lines := len(t.title)
	if lines > 0 {
		setText(v.title, t.title[0], ts, l.text, pos.AddXY(pad, titleTop*z))
	} else {
		v.title.Hide()
	}
	if lines > 1 {
		setText(v.title2, t.title[1], ts, l.text, pos.AddXY(pad, titleTop*z+ts*lineSpacing))
	} else {
		v.title2.Hide()
	}
	v.drawDot(pos, w, z, st.mark, pal)
	if !full || !showDetail(pal, z) {
		for _, o := range []fyne.CanvasObject{v.sub, v.count, v.badge, v.badgeText} {
			o.Hide()
		}
		if full {
			v.drawGhostLine(t, pal, l, pos, h, lines, ts, z)
			v.drawToggle(c, i, t, pal, l, z)
		} else {
			for _, o := range []fyne.CanvasObject{v.plus, v.bar, v.stem, v.fold, v.foldText} {
				o.Hide()
			}
		}
		return
	}
	titleH := float64(pal.title) * lineSpacing * float64(max(lines, 1))
	subY := titleTop + titleH + 2
	rowY := n.Rect.H - float64(pal.detail)*lineSpacing - 8
	showSub := t.sub != "" && subY+float64(pal.detail)*lineSpacing <= rowY+2
	subCol := l.muted
	if !t.subMuted {
		subCol = l.text
	}
	switch {
	case t.ghost != "" && pal.detail*z < minTitle:
		// A removed card says nothing else: what went is written as large
		// as the smallest title, not in the detail lines' smaller size.
		v.sub.Hide()
		v.drawGhostLine(t, pal, l, pos, h, lines, ts, z)
	case showSub:
		setText(v.sub, t.sub, pal.detail*z, subCol, pos.AddXY(pad, float32(subY)*z))
		setBold(v.sub, false)
	default:
		v.sub.Hide()
	}
	showRow := rowY > subY
	if showRow && t.count != "" {
		setText(v.count, t.count, pal.detail*z, l.muted, pos.AddXY(pad, float32(rowY)*z))
	} else {
		v.count.Hide()
	}
	v.drawBadge(t, pal, pos, w, float32(rowY)*z, showRow, z)
	v.drawToggle(c, i, t, pal, l, z)
}

// drawGhostLine writes, on a removed card drawn without its detail
// lines, what was removed (t.ghost) under the title at minTitle pixels,
// when the card is tall enough.
func (v *cardView) drawGhostLine(t *cardText, pal *palette, l look, pos fyne.Position, h float32, lines int, ts, z float32) {
	y := titleTop*z + float32(max(lines, 1))*ts*lineSpacing
	if t.ghost == "" || y+minTitle*lineSpacing > h-2 {
		return
	}
	setText(v.sub, t.ghost, minTitle, l.muted, pos.AddXY(cardPad*z, y))
	// Bold, as the title is: at this zoom it is the only sign of what went,
	// and thin red strokes on the ghost's tint are hard to read.
	setBold(v.sub, true)
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

// drawToggle shows the collapse (−) button of a node with children, or —
// for a node with folded descendants — a pill saying what is folded
// ("+12 roles · 35 people") that unfolds it: below the card top-down, to
// its right left-to-right.
func (v *cardView) drawToggle(c *Chart, i int, t *cardText, pal *palette, l look, z float32) {
	n := &c.lay.Nodes[i]
	if n.HasHidden {
		v.plus.Hide()
		v.bar.Hide()
		v.stem.Hide()
		r := c.pillRect(n, t.foldW, pal)
		p := c.view.toScreen(chart.Point{X: r.X, Y: r.Y})
		size := fyne.NewSize(float32(r.W)*z, float32(r.H)*z)
		v.fold.FillColor, v.fold.StrokeColor, v.fold.StrokeWidth = pal.card, l.stroke, 1
		if l.strokeW > 1 {
			v.fold.StrokeColor = pal.stroke
		}
		if c.changesFolded(i) {
			// Compared changes are folded inside: the badge takes the
			// "changed" colour, so they are not missed at a low level.
			v.fold.StrokeColor, v.fold.StrokeWidth = pal.marks.changed, 2
		}
		v.fold.CornerRadius = size.Height / 2
		place(v.fold, p, size)
		v.foldText.Resize(size)
		setText(v.foldText, t.fold, pillTextSize(pal, z), pal.fg, p)
		return
	}
	v.fold.Hide()
	v.foldText.Hide()
	if len(n.Children) == 0 {
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
	v.bar.FillColor, v.bar.Hidden = pal.fg, false
	place(v.bar, ctr.SubtractXY(arm, thick/2), fyne.NewSize(2*arm, thick))
	v.stem.Hide()
}

// minPillText is the smallest size, in pixels, of a fold pill's text: the
// pill says what is folded, so it stays readable when detail lines are
// too small to draw.
const minPillText = 10

// pillTextSize is the fold pill's text size at zoom z.
func pillTextSize(pal *palette, z float32) float32 { return max(pal.detail*z, minPillText) }

// pillRect is the chart rectangle of node n's fold pill, centred on its
// toggle point; foldW is the pill text's width at 100 %.
func (c *Chart) pillRect(n *chart.Node, foldW float64, pal *palette) chart.Rect {
	z := float32(c.view.zoom)
	k := float64(pillTextSize(pal, z) / (pal.detail * z)) // growth over plain scaling
	h := (float64(pal.detail)*lineSpacing + 4) * k
	w := (foldW + 2*badgeHPad + 4) * k
	ctr := c.toggleCenter(n)
	if c.lay.Opts.Orientation == chart.LeftRight {
		return chart.Rect{X: ctr.X + 2, Y: ctr.Y - h/2, W: w, H: h}
	}
	return chart.Rect{X: ctr.X - w/2, Y: ctr.Y - h/2, W: w, H: h}
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
// setBold makes t bold or not, redrawing it only when that changes.
func setBold(t *canvas.Text, bold bool) {
	if t.TextStyle.Bold != bold {
		t.TextStyle.Bold = bold
		t.Refresh()
	}
}

func setText(t *canvas.Text, s string, size float32, col color.Color, pos fyne.Position) {
	t.Move(pos)
	if t.Text == s && t.TextSize == size && t.Color == col && !t.Hidden {
		return
	}
	t.Text, t.TextSize, t.Color, t.Hidden = s, size, col, false
	t.Refresh()
}
