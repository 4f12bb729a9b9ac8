package dialogs

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/i18n"
	"orgdesigner/app/sheets"
	"orgdesigner/views/wrapped"
)

// resultStep is the last page: what was imported.
type resultStep struct {
	w       *ImportWizard
	summary *wrapped.Label
	save    *widget.Button
	content fyne.CanvasObject
}

func newResultStep(w *ImportWizard) *resultStep {
	s := &resultStep{w: w, summary: wrapped.NewLabel("")}
	s.save = widget.NewButtonWithIcon(i18n.L("Save problems as annotated workbook…"), theme.DocumentSaveIcon(), func() {
		saveAnnotated(w.parent, w.preview, w.analysis.File)
	})
	undo := wrapped.NewLabel(i18n.L("Edit → Undo (Ctrl+Z) takes back the whole import in one step."))
	undo.SizeName = theme.SizeNameCaptionText
	s.content = container.NewVBox(widget.NewIcon(theme.ConfirmIcon()), s.summary, container.NewHBox(s.save), undo)
	return s
}

func (s *resultStep) show() {
	w := s.w
	p := w.preview
	lines := []string{
		importedFrom(p),
		i18n.L("People: %d new, %d updated, %d unchanged.", len(p.NewPeople), len(p.UpdatedPeople), p.Unchanged),
		i18n.L("Departments: %d new. Roles: %d new, %d updated. Reporting lines: %d.",
			len(p.NewDepartments), len(p.NewRoles), len(p.UpdatedRoles), p.ReportingLines),
	}
	if l := orgNameLine(p); l != "" {
		lines = append(lines[:1], append([]string{l}, lines[1:]...)...)
	}
	if p.RoleLines > 0 || p.DepartmentHeads > 0 {
		lines = append(lines, fromManagers(p.RoleLines, p.DepartmentHeads))
	}
	if p.Link != "" {
		lines = append(lines, plural(p.Joined,
			i18n.L("Departments and roles from sheet %s, linked by %s: %d person.", p.Link, p.LinkKey, p.Joined),
			i18n.L("Departments and roles from sheet %s, linked by %s: %d people.", p.Link, p.LinkKey, p.Joined)))
	}
	if r := p.Restored; r.Cards+r.Departments+r.Projects > 0 { // our own workbook (sheets/roundtrip.go)
		lines = append(lines, i18n.L("From the workbook's own sheets: role cards: %d; department details: %d; project teams: %d.",
			r.Cards, r.Departments, r.Projects))
	}
	if p.Skipped > 0 {
		lines = append(lines, plural(p.Skipped, i18n.L("%d row was not imported; the problems say why.", p.Skipped),
			i18n.L("%d rows were not imported; the problems say why.", p.Skipped)))
	}
	s.summary.SetText(strings.Join(lines, "\n"))
	s.save.Hidden = len(p.Problems) == 0
	w.setPage(pageResult, i18n.L("Done"), s.content)
	w.cancel.Hide()
	w.setNext(i18n.L("Close"), true, w.Close)
}

// importedFrom names where the import came from: the file, and the sheet
// unless the file is a CSV file (which has none).
func importedFrom(p *sheets.Preview) string {
	if p.CSV {
		return i18n.L("Imported from %s.", p.File)
	}
	return i18n.L("Imported from %s, sheet %s.", p.File, p.Sheet)
}
