package views

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app"
	"orgdesigner/app/cost"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// messageTime is how long a status message stays. A variable so that tests,
// whose driver runs fyne.Do on the timer's goroutine, can keep it from firing.
var messageTime = 8 * time.Second

// statusBar is the bottom line: a message on the left (what just happened
// or what went wrong), headcount totals and the organisation mode (set in
// the organisation settings; the toolbar only switches the view) on the right.
type statusBar struct {
	message  *widget.Label
	scenario *widget.Label // the open scenario; hidden for the current organisation
	totals   *widget.Label
	cost     *widget.Label // planned monthly personnel cost; hidden when no role is priced
	mode     *widget.Label
	content  *fyne.Container
	timer    *time.Timer
	gen      int // counts messages, so an old timer does not clear a new one
}

func newStatusBar() *statusBar {
	s := &statusBar{message: widget.NewLabel(""), scenario: widget.NewLabel(""), totals: widget.NewLabel(""),
		cost: widget.NewLabel(""), mode: widget.NewLabel("")}
	s.message.Truncation = fyne.TextTruncateEllipsis
	s.mode.TextStyle = fyne.TextStyle{Bold: true}
	s.scenario.TextStyle = fyne.TextStyle{Bold: true}
	s.scenario.Importance = widget.HighImportance
	s.scenario.Hide()
	s.cost.Hide()
	s.content = container.NewBorder(widget.NewSeparator(), nil, nil,
		container.NewHBox(s.scenario, s.totals, s.cost, widget.NewSeparator(), s.mode), s.message)
	return s
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
	s.content.Refresh() // the right-hand side may have changed width
}

// setScenario names the open scenario ("" for the current organisation).
func (s *statusBar) setScenario(text string) {
	s.scenario.SetText(text)
	if text == "" {
		s.scenario.Hide()
	} else {
		s.scenario.Show()
	}
	s.content.Refresh() // the right-hand side changed width
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
	s.gen++
	gen := s.gen
	s.timer = time.AfterFunc(messageTime, func() {
		fyne.Do(func() {
			if s.gen == gen {
				s.message.SetText("")
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
