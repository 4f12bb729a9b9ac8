package dialogs

import (
	"context"
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app"
	"orgdesigner/app/i18n"
	"orgdesigner/app/sheets"
	"orgdesigner/data"
	"orgdesigner/views/wrapped"
)

// importExts are the files the import offers. Old .xls workbooks are
// listed too, so a user who has one sees it and is told to save it as
// .xlsx instead of wondering why the file is missing.
var importExts = []string{".xlsx", ".xlsm", ".csv", ".xls"}

// newSelect is a drop-down whose empty state reads in the UI language
// (Fyne's own placeholder is English "(Select one)").
func newSelect(options []string, changed func(string)) *widget.Select {
	s := widget.NewSelect(options, changed)
	s.PlaceHolder = i18n.L("(Choose one)")
	return s
}

// planImport is the dry run (a variable so tests can make one that waits
// to be cancelled).
var planImport = sheets.Plan

// The wizard's pages, in order.
const (
	pageFile = iota
	pageSheet
	pageMapping
	pageValues
	pagePreview
	pageResult
	pageCount
)

// ImportWizard is the File → Import… wizard: choose a file, check the
// sheet and header row, the column mapping and the department and role
// values, preview what would change, then import the valid rows as one
// undoable action. Nothing in the document changes before Import.
type ImportWizard struct {
	// OnImported is called (on the UI goroutine) after a successful import.
	OnImported func(p *sheets.Preview)

	parent fyne.Window
	sess   Session
	dlg    *dialog.CustomDialog
	run    runner

	wb       *sheets.Workbook
	analysis *sheets.Analysis
	preview  *sheets.Preview
	planDoc  *data.Document // the snapshot the preview was planned against
	opts     sheets.PlanOptions
	page     int
	closed   bool

	heading  *widget.Label
	body     *fyne.Container
	progress *progressView
	back     *widget.Button
	next     *widget.Button
	cancel   *widget.Button
	nav      *fyne.Container
	onNext   func()

	file    *fileStep
	sheet   *sheetStep
	mapping *mappingStep
	values  *valuesStep
	pre     *previewStep
	result  *resultStep
}

// ShowImport opens the import wizard over parent and asks for the file at
// once (File → Import…).
func ShowImport(parent fyne.Window, sess Session) *ImportWizard {
	w := NewImportWizard(parent, sess)
	w.Show()
	w.file.onChoose()
	return w
}

// ShowImportFile opens the import wizard on a file already chosen, e.g.
// one dropped on the main window.
func ShowImportFile(parent fyne.Window, sess Session, path string) *ImportWizard {
	w := NewImportWizard(parent, sess)
	w.Show()
	w.file.open(path)
	return w
}

// NewImportWizard builds the wizard; Show opens it.
func NewImportWizard(parent fyne.Window, sess Session) *ImportWizard {
	w := &ImportWizard{parent: parent, sess: sess}
	w.heading = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	w.body = container.NewStack()
	w.progress = newProgressView(w.run.stop)
	w.back = widget.NewButtonWithIcon(i18n.L("Back"), theme.NavigateBackIcon(), w.onBack)
	w.next = widget.NewButtonWithIcon(i18n.L("Next"), theme.NavigateNextIcon(), func() {
		if w.onNext != nil {
			w.onNext()
		}
	})
	w.next.IconPlacement = widget.ButtonIconTrailingText
	w.next.Importance = widget.HighImportance
	w.cancel = widget.NewButtonWithIcon(i18n.L("Cancel"), theme.CancelIcon(), w.Close)
	w.file = newFileStep(w)
	w.sheet = newSheetStep(w)
	w.mapping = newMappingStep(w)
	w.values = newValuesStep(w)
	w.pre = newPreviewStep(w)
	w.result = newResultStep(w)

	w.nav = container.NewBorder(nil, nil, w.cancel, container.NewHBox(w.back, w.next))
	content := container.NewBorder(container.NewVBox(w.heading, widget.NewSeparator()),
		container.NewVBox(widget.NewSeparator(), w.nav), nil, nil, w.body)
	w.dlg = dialog.NewCustomWithoutButtons(i18n.L("Import people from Excel or CSV"), content, parent)
	w.showFile()
	return w
}

// Show opens the wizard, sized for a preview grid.
func (w *ImportWizard) Show() {
	w.dlg.Resize(fitSize(w.parent, fyne.NewSize(1000, 700)))
	w.dlg.Show()
}

// Close cancels any running work, closes the wizard and releases the file.
// The document is left as it is.
func (w *ImportWizard) Close() {
	if w.closed {
		return
	}
	w.closed = true
	w.run.stop()
	w.progress.stop()
	w.dlg.Hide()
	wb := w.wb
	w.wb = nil
	go func() {
		w.run.wait() // the workbook may still be in use by a cancelled task
		if wb != nil {
			wb.Close()
		}
	}()
}

// setPage shows a page's content with its heading and navigation.
func (w *ImportWizard) setPage(page int, title string, content fyne.CanvasObject) {
	w.page = page
	w.heading.SetText(i18n.L("Step %d of %d: %s", page+1, pageCount, title))
	w.body.Objects = []fyne.CanvasObject{content}
	w.body.Refresh()
	w.back.Show()
	w.back.Enable()
	if page == pageFile || page == pageResult {
		w.back.Hide()
	}
	w.cancel.Show()
	w.nav.Refresh()
}

// setNext sets the forward button: its text, whether it can be pressed
// and what it does.
func (w *ImportWizard) setNext(text string, ok bool, do func()) {
	w.next.SetText(text)
	w.onNext = do
	if ok && do != nil {
		w.next.Enable()
	} else {
		w.next.Disable()
	}
	w.nav.Refresh() // the button's width follows its text
}

func (w *ImportWizard) onBack() {
	switch w.page {
	case pageSheet:
		w.showFile()
	case pageMapping:
		w.showSheet()
	case pageValues:
		w.showMapping()
	case pagePreview:
		w.showValues()
	}
}

// busy shows the progress view in place of the page while a task runs.
func (w *ImportWizard) busy(status string, cancellable bool) {
	w.progress.start(status, cancellable)
	w.body.Objects = []fyne.CanvasObject{container.NewCenter(container.NewGridWrap(
		fyne.NewSize(480, w.progress.content.MinSize().Height), w.progress.content))}
	w.body.Refresh()
	w.back.Disable()
	w.next.Disable()
}

// idle ends the busy state; the caller shows the next page.
func (w *ImportWizard) idle() { w.progress.stop() }

func (w *ImportWizard) showFile()    { w.file.show() }
func (w *ImportWizard) showSheet()   { w.sheet.show() }
func (w *ImportWizard) showMapping() { w.mapping.show() }
func (w *ImportWizard) showValues()  { w.values.show() }
func (w *ImportWizard) showResult()  { w.result.show() }

// plan runs the dry run in the background and shows the preview.
func (w *ImportWizard) plan(from func()) {
	a, doc, opts := w.analysis, w.sess.Doc(), w.opts
	w.busy(i18n.L("Checking %d rows against the document…", a.DataRows), true)
	prog := w.progress.reporter()
	runTask(&w.run, func(ctx context.Context) (*sheets.Preview, error) {
		return planImport(ctx, a, doc, opts, prog)
	}, func(p *sheets.Preview, err error) {
		w.idle()
		if w.closed {
			return
		}
		if err != nil {
			from()
			if !errors.Is(err, context.Canceled) {
				w.showError(err)
			}
			return
		}
		w.preview, w.planDoc = p, doc
		w.pre.show()
	})
}

// commit imports the previewed rows as one undoable action. If the
// document changed since the preview (it should not: the wizard is
// modal), the preview is made again first so nothing is overwritten.
func (w *ImportWizard) commit() {
	if w.preview == nil || w.preview.NothingToDo() {
		return
	}
	if w.sess.Doc() != w.planDoc {
		w.plan(w.showValues)
		return
	}
	p := w.preview
	w.busy(i18n.L("Importing %s…", p.File), false)
	w.cancel.Disable()
	runTask(&w.run, func(context.Context) (struct{}, error) {
		return struct{}{}, w.sess.Do(app.ApplyChanges(i18n.L("Import %s", p.File), p.Changes))
	}, func(_ struct{}, err error) {
		w.idle()
		w.cancel.Enable()
		if err != nil {
			w.pre.show()
			w.showError(err)
			return
		}
		w.showResult()
		if w.OnImported != nil {
			w.OnImported(p)
		}
	})
}

// showError says what went wrong in a sentence.
func (w *ImportWizard) showError(err error) {
	wrapped.ShowError(errors.New(errorText(err)), w.parent)
}

// errorText is the sentence for an error from sheets or the session.
func errorText(err error) string {
	var oe *sheets.OpenError
	if errors.As(err, &oe) {
		return oe.Error()
	}
	return app.Describe(err)
}
