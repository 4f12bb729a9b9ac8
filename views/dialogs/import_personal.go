package dialogs

import (
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/i18n"
	"orgdesigner/app/sheets"
)

// newPersonalCheck is the preview's choice about columns holding personal
// data (ID numbers, bank accounts, home addresses, pay …): it names them
// and keeps them while ticked; unticked, they are not imported.
func (s *previewStep) newPersonalCheck() *widget.Check {
	c := widget.NewCheck("", s.onPersonal)
	c.Hide()
	return c
}

// fillPersonal shows the check box when the sheet has personal columns.
func (s *previewStep) fillPersonal() {
	a := s.w.analysis
	cols := a.PersonalColumns()
	if len(cols) == 0 {
		s.personal.Hide()
		return
	}
	keep := false
	for _, c := range cols {
		keep = keep || a.Columns[c.Index].Field != sheets.FieldIgnore
	}
	s.personal.Text = i18n.L("Keep the columns with personal data: %s (exports leave them out unless asked)",
		sheets.PersonalSummary(cols, i18n.Language()))
	s.personal.SetChecked(keep)
	s.personal.Show()
}

func (s *previewStep) onPersonal(keep bool) {
	if s.updating {
		return
	}
	a := s.w.analysis
	a.LeaveOutPersonal(!keep)
	prev := s.w.preview
	s.w.plan(func() { // cancelled: back to the previous choice
		a.LeaveOutPersonal(keep)
		s.w.preview = prev
		s.show()
	})
}
