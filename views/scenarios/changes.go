package scenarios

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app"
	"orgdesigner/app/compare"
	"orgdesigner/app/cost"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
	odtheme "orgdesigner/views/theme"
	"orgdesigner/views/wrapped"
)

// ChangeList is compare mode's change list: what changes from one
// organisation to another, grouped by department. Each group's heading
// gives its headcount (编制/在岗) and monthly cost before → after; each
// change is a sentence (Line) the user clicks to find it on the chart.
// Rows wrap at the list's width, so a long sentence (English ones are)
// is never cut: each row is as tall as its lines at the width shown.
type ChangeList struct {
	// OnSelect is called with the change the user clicked.
	OnSelect func(compare.Change)
	// OnDepartment is called with the department whose heading the user
	// clicked ("" for the company level).
	OnDepartment func(id data.ID)
	// OnClose is called by the Close compare button.
	OnClose func()

	res     *compare.Result
	rows    []row
	title   *wrapped.Label
	total   *wrapped.Label
	empty   *wrapped.Label
	list    *widget.List
	close   *widget.Button
	content fyne.CanvasObject
	nameA   string
	nameB   string
	// width is the width the rows' heights were measured at (0: not yet
	// laid out); probe is the row object they are measured on.
	width float32
	probe fyne.CanvasObject
}

// row is one line of the list: a group's heading or one of its changes.
type row struct {
	heading bool
	group   int
	change  int
	lines   []string // heading: name, then the figures
}

// NewChangeList returns an empty change list.
func NewChangeList() *ChangeList {
	l := &ChangeList{title: wrapped.NewLabel(""), total: wrapped.NewLabel(""), empty: wrapped.NewLabel("")}
	l.title.TextStyle = fyne.TextStyle{Bold: true}
	l.list = widget.NewList(func() int { return len(l.rows) }, l.newRow, l.updateRow)
	l.list.OnSelected = l.onSelected
	l.close = widget.NewButtonWithIcon("", theme.CancelIcon(), func() {
		if l.OnClose != nil {
			l.OnClose()
		}
	})
	top := container.New(wrapLines{}, container.NewBorder(nil, nil, nil, l.close, l.title), l.total, widget.NewSeparator(), l.empty)
	l.content = container.New(&panelLayout{l}, top, l.list)
	l.Relabel()
	return l
}

// Object returns the list's widget tree.
func (l *ChangeList) Object() fyne.CanvasObject { return l.content }

// Relabel writes the list in the current UI language.
func (l *ChangeList) Relabel() {
	l.close.SetText(i18n.L("Close compare"))
	if l.res != nil {
		l.Show(l.res, l.nameA, l.nameB)
	}
}

// Title returns the list's heading ("从 当前组织 到 成长期 的变化").
func (l *ChangeList) Title() string { return l.title.Text }

// Result returns the comparison shown (nil before Show).
func (l *ChangeList) Result() *compare.Result { return l.res }

// Show lists res, the comparison of nameA (before) with nameB (after).
func (l *ChangeList) Show(res *compare.Result, nameA, nameB string) {
	l.res, l.nameA, l.nameB = res, nameA, nameB
	l.title.SetText(i18n.L("Changes from %s to %s", nameA, nameB))
	l.rows = l.rows[:0]
	// Cost is shown once either side has a salary band somewhere: then a
	// department none of whose roles has one reads 未设薪酬, not ¥0.
	var covA, covB cost.Coverage
	var costA, costB float64
	if res.CostA != nil {
		covA, costA = res.CostA.CompanyCoverage, res.CostA.Company.PlannedMonthly
	}
	if res.CostB != nil {
		covB, costB = res.CostB.CompanyCoverage, res.CostB.Company.PlannedMonthly
	}
	priced := covA.Priced > 0 || covB.Priced > 0
	costLine := func(a, b float64, ca, cb cost.Coverage) string {
		if !priced {
			return ""
		}
		return i18n.L("Monthly cost %s", compare.CostChange(i18n.Language(), a, b, ca, cb))
	}
	for gi, g := range res.Groups {
		if g.Department == "" && len(g.Changes) == 0 {
			continue // the company totals, which the total above has
		}
		lines := heading(g.Name, g.HeadsA, g.HeadsB, costLine(g.CostA.PlannedMonthly, g.CostB.PlannedMonthly, g.CovA, g.CovB))
		if g.Department == "" {
			// Its figures are the whole company's, shown in the total
			// below: repeated here they would read as the company level's.
			lines = []string{i18n.L("Company level (roles outside departments, project teams)")}
		}
		l.rows = append(l.rows, row{heading: true, group: gi, lines: lines})
		for ci := range g.Changes {
			l.rows = append(l.rows, row{group: gi, change: ci})
		}
	}
	total := heading(i18n.L("Whole company: %d changes", len(res.Changes)), res.HeadsA.Company, res.HeadsB.Company, costLine(costA, costB, covA, covB))
	l.total.SetText(joinLines(total))
	if len(res.Changes) == 0 {
		l.empty.SetText(i18n.L("The two organisations are the same."))
		l.empty.Show()
	} else {
		l.empty.Hide()
	}
	l.list.UnselectAll()
	l.measure(l.width)
}

// defaultWidth is the width rows are measured at before the list is
// laid out.
const defaultWidth = 320

// measure sets each row's height to what its lines take wrapped at width
// w (defaultWidth when w is 0).
func (l *ChangeList) measure(w float32) {
	if w <= 0 {
		w = defaultWidth
	}
	if l.probe == nil {
		l.probe = l.newRow()
	}
	for i, r := range l.rows {
		l.fill(l.probe, r)
		l.probe.Resize(fyne.NewSize(w, l.probe.MinSize().Height))
		l.list.SetItemHeight(i, l.probe.MinSize().Height)
	}
	// Setting a height refreshes its row only: the rows below move now.
	l.list.Refresh()
}

// wrapLines stacks a row's labels, each as tall as its text wrapped at
// the row's width: a label's width is set before its height is asked, as
// a wrapped label's height follows its width (a VBox asks first and lags
// one layout behind).
type wrapLines struct{}

func (wrapLines) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	y := float32(0)
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		o.Resize(fyne.NewSize(size.Width, o.Size().Height))
		h := o.MinSize().Height
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h
	}
}

func (wrapLines) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		if o.Visible() {
			m := o.MinSize()
			s = fyne.NewSize(max(s.Width, m.Width), s.Height+m.Height)
		}
	}
	return s
}

// panelLayout puts the heading (title, totals) above the list, as tall
// as its wrapped lines at the panel's width, the list below, and
// measures the rows again when the width changes.
type panelLayout struct{ l *ChangeList }

func (p *panelLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	top, list := objs[0], objs[1]
	top.Resize(fyne.NewSize(size.Width, top.Size().Height))
	h := top.MinSize().Height
	top.Move(fyne.NewPos(0, 0))
	top.Resize(fyne.NewSize(size.Width, h))
	if l := p.l; size.Width > 0 && size.Width != l.width {
		l.width = size.Width
		l.measure(size.Width)
	}
	list.Move(fyne.NewPos(0, h))
	list.Resize(fyne.NewSize(size.Width, max(size.Height-h, 0)))
}

func (p *panelLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	t, l := objs[0].MinSize(), objs[1].MinSize()
	return fyne.NewSize(max(t.Width, l.Width), t.Height+l.Height)
}

// Lines returns the list's rows as the user reads them (headings' lines
// joined by " / "), for tests and the accessibility of reading it out.
func (l *ChangeList) Lines() []string {
	out := make([]string, len(l.rows))
	for i, r := range l.rows {
		out[i] = l.text(r)
	}
	return out
}

// Tap acts as a click on row i.
func (l *ChangeList) Tap(i int) { l.list.Select(i) }

func (l *ChangeList) text(r row) string {
	if r.heading {
		s := ""
		for i, line := range r.lines {
			if i > 0 {
				s += " / "
			}
			s += line
		}
		return s
	}
	return Line(l.res, l.res.Groups[r.group].Changes[r.change])
}

// heading is a group's name, then its headcount before → after with the
// difference, and its cost line when costs are shown.
func heading(name string, a, b app.Count, cost string) []string {
	lines := []string{name, i18n.L("Planned %d → %d (%s) · Filled %d → %d (%s)",
		a.Planned, b.Planned, signed(b.Planned-a.Planned), a.Filled, b.Filled, signed(b.Filled-a.Filled))}
	if cost != "" {
		lines = append(lines, cost)
	}
	return lines
}

func joinLines(lines []string) string {
	s := ""
	for i, line := range lines {
		if i > 0 {
			s += "\n"
		}
		s += line
	}
	return s
}

const maxLines = 3 // a heading's name, headcount and cost

func (l *ChangeList) newRow() fyne.CanvasObject {
	// The labels' own padding separates the lines; the box adds none.
	box := container.New(wrapLines{})
	for i := 0; i < maxLines; i++ {
		lb := wrapped.NewLabel("")
		if i == 0 {
			lb.TextStyle = fyne.TextStyle{Bold: true}
		} else {
			lb.SizeName = theme.SizeNameCaptionText
		}
		box.Add(lb)
	}
	return container.New(markedRow{}, canvas.NewCircle(color.Transparent), box)
}

func (l *ChangeList) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id < len(l.rows) {
		l.fill(o, l.rows[id])
	}
}

// fill writes row r into a row object made by newRow: the text in the
// theme's text colour (coloured text is too faint to read on the panel),
// a change's kind shown by the marker before it.
func (l *ChangeList) fill(o fyne.CanvasObject, r row) {
	outer := o.(*fyne.Container)
	marker, box := outer.Objects[0].(*canvas.Circle), outer.Objects[1].(*fyne.Container)
	labels := box.Objects
	lines := r.lines
	if r.heading {
		marker.Hide()
	} else {
		lines = []string{l.text(r)}
		marker.FillColor = MarkerColor(l.res.Groups[r.group].Changes[r.change].Kind, theme.Color(theme.ColorNameBackground))
		marker.Show()
		marker.Refresh()
	}
	for i, obj := range labels {
		lb := obj.(*wrapped.Label)
		if i < len(lines) {
			lb.TextStyle = fyne.TextStyle{Bold: r.heading && i == 0}
			lb.SizeName = theme.SizeNameText
			if r.heading && i > 0 {
				lb.SizeName = theme.SizeNameCaptionText
			}
			lb.Importance = widget.MediumImportance
			lb.SetText(lines[i])
			lb.Show()
		} else {
			lb.Hide()
		}
	}
	// New text wraps onto another number of lines in the same row size,
	// which a container lays out only when resized: lay it out now.
	outer.Layout.Layout(outer.Objects, outer.Size())
}

// Base colours of the kinds of change, the chart's compare marks' (added
// green, removed red, moved amber, changed blue); MarkerColor fits them
// to the background.
var (
	addedBase   = color.NRGBA{0x2E, 0x9E, 0x44, 0xFF}
	removedBase = color.NRGBA{0xD6, 0x45, 0x41, 0xFF}
	movedBase   = color.NRGBA{0xE0, 0x8E, 0x0B, 0xFF}
	changedBase = color.NRGBA{0x2F, 0x80, 0xED, 0xFF}
)

// MarkerColor is the colour of the marker before a change of kind k on
// background bg: its kind's colour, darker or lighter just enough to keep
// the 3:1 contrast WCAG asks of graphics that carry meaning.
func MarkerColor(k compare.Kind, bg color.Color) color.NRGBA {
	c := changedBase
	switch k {
	case compare.DeptAdded, compare.RoleAdded, compare.PersonAdded, compare.ProjectAdded:
		c = addedBase
	case compare.DeptRemoved, compare.RoleRemoved, compare.PersonRemoved, compare.ProjectRemoved:
		c = removedBase
	case compare.DeptMoved, compare.RoleMoved, compare.PersonMoved:
		c = movedBase
	}
	return odtheme.Stripe(c, bg)
}

// markerSize is the diameter of a change's marker.
const markerSize = 8

// markedRow lays out a row: the marker (objs[0]) in the indent before a
// change's first line, the lines (objs[1]) right of it; a heading, its
// marker hidden, uses the whole width.
type markedRow struct{}

// indent is the room a change's marker takes before its text.
func (markedRow) indent(objs []fyne.CanvasObject) float32 {
	if !objs[0].Visible() {
		return 0
	}
	return 2*theme.Padding() + markerSize
}

func (m markedRow) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	x := m.indent(objs)
	box := objs[1]
	box.Move(fyne.NewPos(x, 0))
	box.Resize(fyne.NewSize(max(size.Width-x, 0), size.Height))
	if c := box.(*fyne.Container); c.Layout != nil {
		c.Layout.Layout(c.Objects, box.Size())
	}
	// Centred on the first line: a label's text starts an inner padding
	// down.
	line := fyne.MeasureText("M", theme.TextSize(), fyne.TextStyle{}).Height
	objs[0].Resize(fyne.NewSquareSize(markerSize))
	objs[0].Move(fyne.NewPos(theme.Padding(), theme.InnerPadding()+(line-markerSize)/2))
}

func (m markedRow) MinSize(objs []fyne.CanvasObject) fyne.Size {
	s := objs[1].MinSize()
	return fyne.NewSize(s.Width+m.indent(objs), s.Height)
}

func (l *ChangeList) onSelected(id widget.ListItemID) {
	if id >= len(l.rows) {
		return
	}
	r := l.rows[id]
	if r.heading {
		if l.OnDepartment != nil {
			l.OnDepartment(l.res.Groups[r.group].Department)
		}
		return
	}
	if l.OnSelect != nil {
		l.OnSelect(l.res.Groups[r.group].Changes[r.change])
	}
}
