package dialogs

import (
	"context"
	"errors"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/i18n"
	"orgdesigner/app/sheets"
	"orgdesigner/views/wrapped"
)

// fileStep is the first page: which file to import.
type fileStep struct {
	w       *ImportWizard
	choose  *widget.Button
	file    *wrapped.Label
	problem *wrapped.Label
	content fyne.CanvasObject
}

func newFileStep(w *ImportWizard) *fileStep {
	s := &fileStep{w: w, file: wrapped.NewLabel(""), problem: wrapped.NewLabel("")}
	intro := wrapped.NewLabel(i18n.L("Choose the roster to import: an Excel workbook (.xlsx, .xlsm) or a CSV file. Title rows, merged cells and dates in any common form are fine. An old Excel 97-2003 workbook (.xls) cannot be read: open it in Excel or WPS and save it as .xlsx first. The file is only read, and nothing in your document changes until you press Import at the end."))
	s.choose = widget.NewButtonWithIcon(i18n.L("Choose file…"), theme.FileIcon(), s.onChoose)
	s.choose.Importance = widget.HighImportance
	s.problem.Importance = widget.DangerImportance
	s.problem.Hide()
	s.content = container.NewVBox(intro, container.NewHBox(s.choose), s.file, s.problem)
	return s
}

func (s *fileStep) show() {
	w := s.w
	w.setPage(pageFile, i18n.L("Choose the file"), s.content)
	w.setNext(i18n.L("Next"), w.analysis != nil, w.showSheet)
}

func (s *fileStep) onChoose() {
	chooseFile(s.w.parent, importExts, s.open)
}

// opened is a file read and analysed in the background.
type opened struct {
	wb *sheets.Workbook
	a  *sheets.Analysis
}

// open reads path and analyses its suggested sheet in the background; on
// success the sheet page follows, on failure the sheets package's sentence
// is shown here and the document is untouched.
func (s *fileStep) open(path string) {
	w := s.w
	doc := w.sess.Doc()
	w.busy(i18n.L("Reading %s…", filepath.Base(path)), true)
	prog := w.progress.reporter()
	runTask(&w.run, func(ctx context.Context) (opened, error) {
		wb, err := sheets.Open(path)
		if err != nil {
			return opened{}, err
		}
		a, err := wb.Analyse(ctx, wb.Suggested(), doc, prog)
		if err != nil {
			wb.Close()
			return opened{}, err
		}
		return opened{wb, a}, nil
	}, func(o opened, err error) {
		w.idle()
		if err != nil || w.closed {
			if o.wb != nil {
				o.wb.Close() // finished after Cancel was pressed
			}
			s.show()
			if err != nil && !errors.Is(err, context.Canceled) {
				s.fail(path, err)
			}
			return
		}
		if w.wb != nil {
			w.wb.Close()
		}
		w.wb, w.analysis, w.preview = o.wb, o.a, nil
		s.file.SetText(i18n.L("File: %s", path))
		s.problem.Hide()
		w.showSheet()
	})
}

// fail shows why a file cannot be imported.
func (s *fileStep) fail(path string, err error) {
	s.file.SetText(i18n.L("File: %s", path))
	s.problem.SetText(errorText(err))
	s.problem.Show()
	// A file read earlier is dropped, so Next cannot go on with a file
	// other than the one named here.
	if w := s.w; w.wb != nil {
		w.wb.Close()
		w.wb, w.analysis, w.preview = nil, nil, nil
		w.setNext(i18n.L("Next"), false, w.showSheet)
	}
}
