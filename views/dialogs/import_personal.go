package dialogs

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/i18n"
	"orgdesigner/app/sheets"
	"orgdesigner/views/wrapped"
)

// newPersonal is the preview's choice about columns holding personal data
// (ID numbers, bank accounts, home addresses, pay …): a check box that
// keeps them while ticked (unticked, they are not imported) over a
// wrapping line naming them.
func (s *previewStep) newPersonal() fyne.CanvasObject {
	s.personal = widget.NewCheck(i18n.L("Keep the columns with personal data (exports leave them out unless asked):"), s.onPersonal)
	s.personalCols = wrapped.NewLabel("")
	s.personalCols.Importance = widget.WarningImportance
	box := container.NewVBox(s.personal, s.personalCols)
	box.Hide()
	return box
}

// fillPersonal shows the choice when the sheet has personal columns.
func (s *previewStep) fillPersonal() {
	a := s.w.analysis
	cols := a.PersonalColumns()
	if len(cols) == 0 {
		s.personalBox.Hide()
		return
	}
	keep := false
	for _, c := range cols {
		keep = keep || a.Columns[c.Index].Field != sheets.FieldIgnore
	}
	s.personalCols.SetText(sheets.PersonalSummary(cols, i18n.Language()))
	s.personal.SetChecked(keep)
	s.personalBox.Show()
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
