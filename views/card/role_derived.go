package card

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
	"orgdesigner/views/wrapped"
)

// derivedSection shows what the card's role is, never typed: its
// headcount (planned, filled, vacancy), holders and direct reports.
type derivedSection struct {
	e       *RoleEditor
	counts  *wrapped.Label
	holders *wrapped.Label
	reports *fyne.Container
	// shown remembers the reports listed, so an unrelated change does not
	// rebuild the buttons (and lose the focus on one).
	shown []string
	built bool
}

func newDerivedSection(e *RoleEditor) *derivedSection {
	return &derivedSection{
		e:       e,
		counts:  paragraph(""),
		holders: paragraph(""),
		reports: container.NewVBox(),
	}
}

func (d *derivedSection) object() fyne.CanvasObject {
	return section(i18n.L("Staffing and reports"), nil,
		container.New(layout.NewFormLayout(),
			widget.NewLabel(i18n.L("Role staffing")), d.counts,
			widget.NewLabel(i18n.L("Holders")), d.holders,
			widget.NewLabel(i18n.L("Direct reports")), d.reports))
}

func (d *derivedSection) load(doc *data.Document, r *data.Role) {
	holders := doc.Holders(r.ID)
	planned, filled := r.Planned, len(holders)
	text := i18n.L("%d planned, %d filled, %d vacant", planned, filled, max(0, planned-filled))
	if filled > planned {
		text = i18n.L("%d planned, %d filled, %d over plan", planned, filled, filled-planned)
	}
	setPara(d.counts, text)

	names := ""
	for i, p := range holders {
		if i > 0 {
			names += i18n.L(", ")
		}
		names += p.Name
		if p.Status == data.StatusProbation {
			names += i18n.L(" (probation)")
		}
	}
	if names == "" {
		names = i18n.L("No one yet")
	}
	setPara(d.holders, names)

	reports := app.DirectReports(doc, r.ID)
	var titles []string
	for _, x := range reports {
		titles = append(titles, string(x.ID)+"\x00"+x.Title)
	}
	if d.built && slices.Equal(titles, d.shown) {
		return
	}
	d.shown, d.built = titles, true
	objs := make([]fyne.CanvasObject, 0, len(reports))
	for _, x := range reports {
		id := x.ID
		b := d.e.button(x.Title, nil, func() { d.e.open(id) })
		b.Alignment = widget.ButtonAlignLeading
		b.Importance = widget.LowImportance
		objs = append(objs, b)
	}
	if len(objs) == 0 {
		objs = append(objs, widget.NewLabel(i18n.L("None")))
	}
	d.reports.Objects = objs
	d.reports.Refresh()
}

func setText(l *widget.Label, text string) {
	if l.Text != text {
		l.SetText(text)
	}
}

// setPara is setText for a wrapped label.
func setPara(l *wrapped.Label, text string) {
	if l.Text != text {
		l.SetText(text)
	}
}
