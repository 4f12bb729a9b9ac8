package views

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// messageTime is how long a status message stays.
const messageTime = 8 * time.Second

// statusBar is the bottom line: a message on the left (what just happened
// or what went wrong), headcount totals and the organisation mode (set in
// the organisation settings; the toolbar only switches the view) on the right.
type statusBar struct {
	message *widget.Label
	totals  *widget.Label
	mode    *widget.Label
	content *fyne.Container
	timer   *time.Timer
	gen     int // counts messages, so an old timer does not clear a new one
}

func newStatusBar() *statusBar {
	s := &statusBar{message: widget.NewLabel(""), totals: widget.NewLabel(""), mode: widget.NewLabel("")}
	s.message.Truncation = fyne.TextTruncateEllipsis
	s.mode.TextStyle = fyne.TextStyle{Bold: true}
	s.content = container.NewBorder(widget.NewSeparator(), nil, nil,
		container.NewHBox(s.totals, widget.NewSeparator(), s.mode), s.message)
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
