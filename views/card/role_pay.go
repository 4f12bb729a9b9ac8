package card

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/cost"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
	"orgdesigner/views/card/field"
	"orgdesigner/views/wrapped"
)

// payBand edits a role's own monthly salary band (月薪带宽, PayMin–PayMax),
// says which band applies (the role's own, else its grade's from the
// organisation's grade table, else none) and what the role costs with it.
type payBand struct {
	e          *RoleEditor
	min, max   *field.Entry
	msg        *field.Message
	hint, cost *wrapped.Label
}

func newPayBand(e *RoleEditor) *payBand {
	p := &payBand{e: e, min: e.entry(0), max: e.entry(0), msg: field.NewMessage(), hint: caption(""), cost: caption("")}
	p.min.SetPlaceHolder(i18n.L("Minimum"))
	p.max.SetPlaceHolder(i18n.L("Maximum"))
	for _, en := range []*field.Entry{p.min, p.max} {
		en.Normalize = field.NormalizeAmount
		en.OnCommit = func(string) error { return p.commit(en) }
	}
	return p
}

func (p *payBand) object() fyne.CanvasObject {
	dash := widget.NewLabel("–")
	unit := widget.NewLabel(i18n.L("yuan/month"))
	return container.NewVBox(
		container.NewBorder(nil, nil, nil, unit, container.New(layout.NewGridLayout(2),
			p.min, container.NewBorder(nil, nil, dash, nil, p.max))),
		p.hint, p.cost)
}

func (p *payBand) load(doc *data.Document, r *data.Role, force bool) {
	p.min.Load(field.FormatAmount(r.PayMin), force)
	p.max.Load(field.FormatAmount(r.PayMax), force)
	if force {
		p.msg.Clear()
	}
	p.showHint(doc, r)
}

// showHint says where the role's band comes from.
func (p *payBand) showHint(doc *data.Document, r *data.Role) {
	lo, hi, ok := cost.Band(doc, r)
	switch {
	case r.PayMin > 0 || r.PayMax > 0:
		setPara(p.hint, "")
	case ok:
		setPara(p.hint, i18n.L("From grade %s: %s–%s a month", r.Grade, field.Money(lo), field.Money(hi)))
	default:
		setPara(p.hint, i18n.L("No salary band: enter one here, or a grade with a band in the organisation settings' grade table."))
	}
	showIf(p.hint, p.hint.Text != "")
	if ok {
		// The same roll-up as the department panel's, so the figures agree.
		a := cost.Compute(doc).Role[r.ID]
		setPara(p.cost, i18n.L("Planned cost %s a month, %s a year; filled %s a month",
			field.Money(a.PlannedMonthly), field.Money(a.PlannedYearly), field.Money(a.FilledMonthly)))
	}
	showIf(p.cost, ok)
}

// errBand is a band refused before saving; its message is already shown.
var errBand = errors.New("band")

// commit saves both ends of the band as typed, as one edit of the field
// being left (en): each end a number from 0 and, when both are given, the
// minimum not above the maximum.
func (p *payBand) commit(en *field.Entry) error {
	lo, err := field.ParseAmount(p.min.Text)
	if err == nil {
		var hiErr error
		var hi float64
		hi, hiErr = field.ParseAmount(p.max.Text)
		if hiErr != nil {
			err = hiErr
		} else if lo > 0 && hi > 0 && lo > hi {
			err = errors.New(i18n.L("The minimum pay is more than the maximum."))
		} else {
			return p.save(en, lo, hi)
		}
	}
	p.msg.Set(err.Error())
	return errBand
}

func (p *payBand) save(en *field.Entry, lo, hi float64) error {
	r := p.e.role()
	if r == nil || (r.PayMin == lo && r.PayMax == hi) {
		p.msg.Clear()
		return nil
	}
	err := p.e.edit(en.Key(), i18n.L("salary band"), func(r *data.Role) { r.PayMin, r.PayMax = lo, hi })
	p.msg.Set(describe(err))
	if err == nil {
		// The other end was saved with this one: its pending text is no
		// longer an edit.
		other := p.min
		if en == p.min {
			other = p.max
		}
		if other.Dirty() {
			other.Reset(other.Text)
		}
	}
	return err
}
