// Package checks is the Checks panel: it runs the structure and role-card
// checks (app/check) whenever the document changes and lists the findings,
// most serious first; clicking one selects the item it is about.
package checks

import (
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/check"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
	"orgdesigner/views/wrapped"
)

// Session is what the panel needs from *app.Session.
type Session interface {
	Doc() *data.Document
	OnChange(func())
}

// maxRows caps the findings listed: every row is drawn on each repaint,
// and a large, fresh design can have thousands of notes. The summary
// still counts them all.
const maxRows = 300

// Delay is how long the panel waits after a change before checking again,
// so a burst of edits (typing, an import) is checked once.
var Delay = 300 * time.Millisecond

// Panel lists the findings of check.Run on the session's document.
type Panel struct {
	widget.BaseWidget

	// OnSelect is called when the user clicks a finding, with its object
	// ("organisation", "department", "role", "person") and id.
	OnSelect func(object string, id data.ID)

	s        Session
	showInfo bool

	// mu guards what the session's listener (any goroutine) touches.
	mu         sync.Mutex
	thresholds check.Thresholds
	timer      *time.Timer
	closed     bool   // Close was called; guarded by mu
	gen        uint64 // bumped per change; only the newest run is shown

	findings []check.Finding
	// onShown, if set, is told of every list shown (tests wait on it).
	onShown func([]check.Finding)
	summary *wrapped.Label
	info    *widget.Check
	list    *fyne.Container
	scroll  *container.Scroll
	// root holds the built content; Relabel swaps it.
	root *fyne.Container
}

// NewPanel returns a Checks panel over s, already showing the current
// findings. onSelect may be nil and set later through OnSelect.
func NewPanel(s Session, onSelect func(object string, id data.ID)) *Panel {
	p := &Panel{OnSelect: onSelect, s: s, thresholds: check.DefaultThresholds(), showInfo: true}
	p.ExtendBaseWidget(p)
	p.root = container.NewStack()
	p.build()
	s.OnChange(p.changed)
	p.Update()
	return p
}

func (p *Panel) build() {
	p.summary = wrapped.NewLabel("")
	p.list = container.NewVBox()
	p.info = widget.NewCheck(i18n.L("Show notes"), nil)
	p.info.SetChecked(p.showInfo)
	p.info.OnChanged = p.onShowInfo
	p.scroll = container.NewVScroll(p.list)
	p.root.Objects = []fyne.CanvasObject{container.NewBorder(
		container.NewVBox(container.NewBorder(nil, nil, nil, p.info, p.summary), widget.NewSeparator()),
		nil, nil, nil, p.scroll)}
	p.root.Refresh()
}

// CreateRenderer implements fyne.Widget.
func (p *Panel) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(p.root) }

// Relabel rebuilds the panel in the current UI language; the findings'
// messages are made again in it.
func (p *Panel) Relabel() {
	p.build()
	p.Update()
}

// SetThresholds changes the span and depth limits and checks again.
func (p *Panel) SetThresholds(t check.Thresholds) {
	p.mu.Lock()
	same, closed := p.thresholds == t, p.closed
	p.thresholds = t
	p.mu.Unlock()
	if !same && !closed {
		p.Update()
	}
}

// Findings returns the findings shown (all severities).
func (p *Panel) Findings() []check.Finding { return p.findings }

// Update checks the document now, on the calling (UI) goroutine.
func (p *Panel) Update() {
	p.mu.Lock()
	p.gen++
	if p.timer != nil {
		p.timer.Stop()
	}
	t := p.thresholds
	p.mu.Unlock()
	p.show(check.Run(p.s.Doc(), t))
}

// changed schedules a check after Delay; the check runs off the UI
// goroutine (a large document takes milliseconds) and its result is shown
// with fyne.Do unless a newer change came in meanwhile.
func (p *Panel) changed() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.gen++
	gen := p.gen
	t := p.thresholds
	if p.timer != nil {
		p.timer.Stop()
	}
	if p.closed {
		return
	}
	p.timer = time.AfterFunc(Delay, func() {
		fs := check.Run(p.s.Doc(), t)
		fyne.Do(func() {
			p.mu.Lock()
			current := gen == p.gen && !p.closed
			p.mu.Unlock()
			if current {
				p.show(fs)
			}
		})
	})
}

// Close stops the panel following the session (its window closed): a
// pending run is cancelled and nothing is shown any more.
func (p *Panel) Close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.closed = true
	if p.timer != nil {
		p.timer.Stop()
	}
}

func (p *Panel) onShowInfo(on bool) {
	p.showInfo = on
	p.show(p.findings)
}

// show lists fs and the summary line.
func (p *Panel) show(fs []check.Finding) {
	p.findings = fs
	errs, warns, infos := check.Summary(fs)
	switch {
	case len(fs) == 0:
		p.summary.SetText(i18n.L("No problems found."))
	default:
		p.summary.SetText(i18n.L("%d errors, %d warnings, %d notes", errs, warns, infos))
	}
	objs := make([]fyne.CanvasObject, 0, min(len(fs), maxRows+1))
	listed := 0
	icons := severityIcons()
	for _, f := range fs {
		if f.Severity == check.Info && !p.showInfo {
			continue
		}
		if listed == maxRows {
			more := widget.NewLabel(i18n.L("… and %d more; fix the ones above first.", countShown(fs, p.showInfo)-maxRows))
			more.Importance = widget.LowImportance
			objs = append(objs, more)
			break
		}
		objs = append(objs, newRow(f, icons[f.Severity], p.selectFinding))
		listed++
	}
	if len(objs) == 0 && len(fs) > 0 {
		objs = append(objs, container.NewHBox(layout.NewSpacer(),
			widget.NewLabelWithStyle(i18n.L("Only notes; tick “Show notes” to list them."), fyne.TextAlignCenter, fyne.TextStyle{}),
			layout.NewSpacer()))
	}
	p.list.Objects = objs
	p.list.Refresh()
	if p.onShown != nil {
		p.onShown(fs)
	}
}

// countShown counts the findings the list would show.
func countShown(fs []check.Finding, infos bool) int {
	n := 0
	for _, f := range fs {
		if infos || f.Severity != check.Info {
			n++
		}
	}
	return n
}

func (p *Panel) selectFinding(f check.Finding) {
	if p.OnSelect != nil {
		p.OnSelect(f.Object, f.ID)
	}
}

// severityIcons returns the icon of each severity, coloured like it. The
// themed icons are coloured once per list, not once per row: colouring
// parses the SVG, and a long list would pay for it hundreds of times.
func severityIcons() map[check.Severity]fyne.Resource {
	static := func(name string, r fyne.Resource) fyne.Resource {
		return fyne.NewStaticResource(name, r.Content())
	}
	return map[check.Severity]fyne.Resource{
		check.Error:   static("finding-error.svg", theme.NewErrorThemedResource(theme.ErrorIcon())),
		check.Warning: static("finding-warning.svg", theme.NewWarningThemedResource(theme.WarningIcon())),
		check.Info:    static("finding-info.svg", theme.NewPrimaryThemedResource(theme.InfoIcon())),
	}
}
