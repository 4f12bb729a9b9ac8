package dialogs

import (
	"context"
	"errors"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/i18n"
	"orgdesigner/app/sheets"
	"orgdesigner/views/wrapped"
)

// writeWorkbook writes the staffing workbook (a variable so tests can make
// an export that waits to be cancelled).
var writeWorkbook = sheets.Export

// exportDialog is File → Export workbook…: the staffing workbook (编制表)
// or an empty roster template, saved where the user says.
type exportDialog struct {
	parent       fyne.Window
	sess         Session
	templateOnly *widget.Check
	// personal writes the people's personal-data fields (ID numbers, bank
	// accounts …); shown only when the document has any.
	personal *widget.Check
	target   *pathField
	problem  *wrapped.Label
	export   *widget.Button
	dlg      *dialog.CustomDialog
	run      *runner // the running export, for tests
}

// ShowExportWorkbook opens the Export workbook dialog over parent.
func ShowExportWorkbook(parent fyne.Window, sess Session) {
	newExportDialog(parent, sess).dlg.Show()
}

func newExportDialog(parent fyne.Window, sess Session) *exportDialog {
	e := &exportDialog{parent: parent, sess: sess, problem: wrapped.NewLabel("")}
	about := wrapped.NewLabel(i18n.L("The workbook holds the staffing summary (planned, filled and vacant per role, with subtotals and totals as formulas), the roster (with drop-downs for department and role; it can be imported again), the responsibilities and KPIs of every role, and the project teams."))
	e.templateOnly = widget.NewCheck(i18n.L("Empty roster template only (the roster sheet with its drop-downs, no people)"), e.onTemplateOnly)
	keys := sheets.PersonalKeys(sess.Doc())
	named := keys
	if len(named) > 4 { // a check box does not wrap: name a few
		named = append(slices.Clip(named[:4]), "…")
	}
	e.personal = widget.NewCheck(i18n.L("Include personal data (%s); left out unless ticked", strings.Join(named, i18n.L(", "))), nil)
	if len(keys) == 0 {
		e.personal.Hide()
	}
	e.target = newPathField(parent, e.suggestedPath(), ".xlsx")
	e.problem.Importance = widget.DangerImportance
	e.problem.Hide()
	e.export = widget.NewButtonWithIcon(i18n.L("Export"), theme.DocumentSaveIcon(), e.onExport)
	e.export.Importance = widget.HighImportance
	cancel := widget.NewButtonWithIcon(i18n.L("Cancel"), theme.CancelIcon(), func() { e.dlg.Hide() })
	content := container.NewVBox(about, e.templateOnly, e.personal, widget.NewLabel(i18n.L("Save as:")), e.target.content, e.problem)
	e.dlg = dialog.NewCustomWithoutButtons(i18n.L("Export workbook"), content, parent)
	e.dlg.SetButtons([]fyne.CanvasObject{cancel, e.export})
	e.dlg.Resize(fitSize(parent, fyne.NewSize(44*theme.TextSize(), 0)))
	return e
}

// suggestedPath is the default file: next to the document, named after
// the organisation.
func (e *exportDialog) suggestedPath() string {
	name := safeFileName(e.sess.Doc().Org.Name)
	file := i18n.L("%s staffing.xlsx", name)
	if e.templateOnly != nil && e.templateOnly.Checked {
		file = i18n.L("%s roster template.xlsx", name)
	}
	return filepath.Join(saveFolder(e.sess), file)
}

func (e *exportDialog) onTemplateOnly(on bool) {
	e.target.suggest(e.suggestedPath())
	if on { // a template has no people, so no personal data
		e.personal.Disable()
	} else {
		e.personal.Enable()
	}
}

func (e *exportDialog) onExport() {
	path, err := e.target.path()
	if err != nil {
		e.problem.SetText(err.Error())
		e.problem.Show()
		return
	}
	e.problem.Hide()
	confirmReplace(e.parent, path, func() {
		e.dlg.Hide()
		e.write(path)
	})
}

// write exports in the background; Cancel leaves no file behind.
func (e *exportDialog) write(path string) {
	doc := e.sess.Doc()
	opts := sheets.ExportOptions{TemplateOnly: e.templateOnly.Checked, IncludePersonal: e.personal.Checked,
		Scenario: scenarioTitle(e.sess)}
	title := i18n.L("Export workbook")
	e.run = runInDialog(e.parent, title, i18n.L("Writing %s…", filepath.Base(path)), true,
		func(ctx context.Context, _ func(int, int)) error {
			return writeAtomic(ctx, path, func(w io.Writer) error { return writeWorkbook(doc, w, opts) })
		}, func(err error) {
			switch {
			case errors.Is(err, context.Canceled):
			case err != nil:
				showFileError(e.parent, err)
			default:
				showSaved(e.parent, title, path)
			}
		})
}
