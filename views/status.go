package views

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app"
	"orgdesigner/app/cost"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
	"orgdesigner/views/wrapped"
)

// messageTime is how long a status message stays. A variable so that tests,
// whose driver runs fyne.Do on the timer's goroutine, can keep it from firing.
var messageTime = 8 * time.Second

// statusBar is the bottom line: a message on the left (what just happened
// or what went wrong), headcount totals and the organisation mode (set in
// the organisation settings; the toolbar only switches the view) on the
// right. A message is read whole: while it shows, the cost and then the
// totals give it their room (cut with "…", back when the message goes),
// and one longer than the whole line wraps onto a second (statusLayout).
type statusBar struct {
	message            *wrapped.Label
	scenario           *widget.Label // the open scenario; hidden for the current organisation
	totals             *widget.Label
	cost               *widget.Label   // planned monthly personnel cost; hidden when no role is priced
	totalsBox, costBox *fyne.Container // hold totals and cost; hidden by statusLayout when it has no room for them
	sep                *widget.Separator
	mode               *widget.Label
	line               *fyne.Container // the parts in statusLayout
	content            *fyne.Container
	timer              *time.Timer
	gen                int // counts messages, so an old timer does not clear a new one
}

func newStatusBar() *statusBar {
	s := &statusBar{message: wrapped.NewLabel(""), scenario: widget.NewLabel(""), totals: widget.NewLabel(""),
		cost: widget.NewLabel(""), sep: widget.NewSeparator(), mode: widget.NewLabel("")}
	s.mode.TextStyle = fyne.TextStyle{Bold: true}
	s.scenario.TextStyle = fyne.TextStyle{Bold: true}
	s.scenario.Importance = widget.HighImportance
	for _, l := range []*widget.Label{s.scenario, s.totals, s.cost} {
		l.Truncation = fyne.TextTruncateEllipsis // their width is set by statusLayout
	}
	s.scenario.Hide()
	s.cost.Hide()
	s.totalsBox, s.costBox = container.NewStack(s.totals), container.NewStack(s.cost)
	s.line = container.New(&statusLayout{s: s}, s.message, s.scenario, s.totalsBox, s.costBox, s.sep, s.mode)
	s.content = container.NewBorder(widget.NewSeparator(), nil, nil, nil, s.line)
	return s
}

// statusLayout places the status bar's parts on one line: the message
// left, the rest right. The message gets its whole width first; the cost,
// then the totals shrink (and go when too narrow to say anything); a
// message still too long wraps, and the bar grows to its lines.
type statusLayout struct {
	s       *statusBar
	scratch *widget.Label // measures a label's text at its natural width
	msgH    float32       // the message's height at its last width
}

// natural is the width o needs to show its text whole.
func (l *statusLayout) natural(o *widget.Label) float32 {
	if !o.Visible() || o.Text == "" {
		return 0
	}
	if l.scratch == nil {
		l.scratch = widget.NewLabel("")
	}
	l.scratch.TextStyle, l.scratch.SizeName = o.TextStyle, o.SizeName
	l.scratch.SetText(o.Text)
	// A truncating label measures glyph by glyph, a little wider than the
	// whole text measures: a few pixels more keep it whole.
	return l.scratch.MinSize().Width + theme.Padding()
}

// messageWidth is the natural width of the message on one line.
func (l *statusLayout) messageWidth() float32 {
	if l.s.message.Text == "" {
		return 0
	}
	if l.scratch == nil {
		l.scratch = widget.NewLabel("")
	}
	l.scratch.TextStyle, l.scratch.SizeName = fyne.TextStyle{}, ""
	l.scratch.SetText(l.s.message.Text)
	return l.scratch.MinSize().Width
}

// tooNarrow is the least width worth giving a shrinking part: less shows
// only "…".
const tooNarrow = 120

// widths shares width out: the message's, the totals' and the cost's.
func (l *statusLayout) widths(width float32) (msg, totals, cost float32) {
	s, gap := l.s, theme.Padding()
	fixed := l.natural(s.scenario) + l.natural(s.mode) + s.sep.MinSize().Width + 4*gap
	avail := width - fixed
	need, t, c := l.messageWidth(), l.natural(s.totals), l.natural(s.cost)
	rest := avail - need
	totals = min(t, max(rest, 0))
	cost = min(c, max(rest-totals, 0))
	if totals < tooNarrow && totals < t {
		totals = 0
	}
	if cost < tooNarrow && cost < c {
		cost = 0
	}
	return max(avail-totals-cost, 0), totals, cost
}

func (l *statusLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	s := l.s
	h := max(s.mode.MinSize().Height, l.msgH)
	w := l.natural(s.scenario) + l.natural(s.mode) + s.sep.MinSize().Width + 4*theme.Padding() + tooNarrow
	return fyne.NewSize(w, h)
}

func (l *statusLayout) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	s := l.s
	msg, totals, cost := l.widths(size.Width)
	lineH := s.mode.MinSize().Height
	s.message.Resize(fyne.NewSize(msg, size.Height))
	s.message.Move(fyne.NewPos(0, 0))
	// Right to left: mode, separator, cost, totals, scenario, each one
	// line high and centred on the bar.
	x, y, gap := size.Width, (size.Height-lineH)/2, theme.Padding()
	place := func(o fyne.CanvasObject, w float32) {
		x -= w
		o.Resize(fyne.NewSize(w, lineH))
		o.Move(fyne.NewPos(x, y))
		x -= gap
	}
	// A part without room is hidden: a label at no width would draw its
	// whole text over its neighbours.
	shrunk := func(box *fyne.Container, w float32) {
		if w <= 0 {
			box.Hide()
			return
		}
		box.Show()
		place(box, w)
	}
	place(s.mode, l.natural(s.mode))
	place(s.sep, s.sep.MinSize().Width)
	shrunk(s.costBox, cost)
	shrunk(s.totalsBox, totals)
	if s.scenario.Visible() {
		place(s.scenario, l.natural(s.scenario))
	}
	// A message that wraps makes the bar taller: MinSize asks for the
	// height of its lines at this width (the canvas lays the window out
	// again when a minimum size changes).
	l.msgH = s.message.MinSize().Height
}

// update shows doc's totals: planned, filled and vacant posts, people on
// the roster (not left) and people who hold no role.
func (s *statusBar) update(doc *data.Document) {
	h := app.CountHeads(doc)
	people := 0
	for i := range doc.People {
		if doc.People[i].Status != data.StatusLeft {
			people++
		}
	}
	s.totals.SetText(i18n.L("Planned %d · Filled %d · Vacant %d · People %d · Unassigned %d",
		h.Company.Planned, h.Company.Filled, h.Company.Vacancy, people, h.Unassigned))
	s.mode.SetText(i18n.L("Organisation mode: %s", modeName(doc.Org.Mode)))
	if priced(doc) {
		// A total over some roles only must say so, or it reads as the
		// whole company's cost.
		r := cost.Compute(doc)
		text := i18n.L("Planned cost %s/month", cost.Money(r.Company.PlannedMonthly))
		if n := len(r.Unpriced); n > 0 {
			text = i18n.L("Planned cost %s/month (%d roles without a salary band)", cost.Money(r.Company.PlannedMonthly), n)
		}
		s.cost.SetText(text)
		s.cost.Show()
	} else {
		s.cost.Hide()
	}
	s.line.Refresh() // the right-hand side may have changed width
}

// setScenario names the open scenario ("" for the current organisation).
func (s *statusBar) setScenario(text string) {
	s.scenario.SetText(text)
	if text == "" {
		s.scenario.Hide()
	} else {
		s.scenario.Show()
	}
	s.line.Refresh() // the right-hand side changed width
}

// priced reports whether any role has a salary band, its own or its
// grade's, so the status bar has a cost to show.
func priced(doc *data.Document) bool {
	for i := range doc.Roles {
		if _, _, ok := cost.Band(doc, &doc.Roles[i]); ok {
			return true
		}
	}
	return false
}

// say shows a message for a while; problems are shown in the error colour.
func (s *statusBar) say(text string, problem bool) {
	s.stop()
	s.message.Importance = widget.MediumImportance
	if problem {
		s.message.Importance = widget.DangerImportance
	}
	s.message.SetText(text)
	s.line.Refresh() // share the width out again
	s.gen++
	gen := s.gen
	s.timer = time.AfterFunc(messageTime, func() {
		fyne.Do(func() {
			if s.gen == gen {
				s.message.SetText("")
				s.line.Refresh() // the totals get their room back
			}
		})
	})
}

// stop cancels the pending clearing of the message (the window closes).
func (s *statusBar) stop() {
	if s.timer != nil {
		s.timer.Stop()
		s.timer = nil
	}
}
