package dialogs

import (
	"context"
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/i18n"
	"orgdesigner/app/sheets"
	"orgdesigner/views/wrapped"
)

const (
	previewRows = 40  // rows shown in the sheet preview grid
	previewCols = 100 // columns shown at most
)

// sheetStep is the second page: which sheet holds the roster and which
// row holds its column names, with the top of the sheet as a grid.
type sheetStep struct {
	w      *ImportWizard
	sheets *widget.Select
	// sheetLabel names the sheets select: "Sheet:", or "File:" for a CSV
	// file, which has no sheets.
	sheetLabel *widget.Label
	header     *widget.Select
	info       *wrapped.Label
	// full shows the whole text of the grid cell under the pointer, which
	// a column may be too narrow for.
	full    *widget.Label
	grid    *widget.Table
	content fyne.CanvasObject

	names    map[string]string // select label → sheet name
	rows     [][]string        // the top of the sheet
	cols     int
	updating bool // set while the selects are filled in from the analysis
}

func newSheetStep(w *ImportWizard) *sheetStep {
	s := &sheetStep{w: w, info: wrapped.NewLabel(""), names: map[string]string{}}
	s.sheets = newSelect(nil, s.onSheet)
	s.header = newSelect(nil, s.onHeader)
	s.grid = widget.NewTable(s.size, s.createCell, s.updateCell)
	s.grid.ShowHeaderRow = true
	s.grid.ShowHeaderColumn = true
	s.grid.OnSelected = func(id widget.TableCellID) {
		s.grid.UnselectAll()
		if id.Row >= 0 && !s.updating {
			s.header.SetSelectedIndex(id.Row)
		}
	}
	hint := widget.NewLabel(i18n.L("Click a row in the grid to use it as the header row."))
	hint.SizeName = theme.SizeNameCaptionText
	s.full = widget.NewLabel("")
	s.full.Truncation = fyne.TextTruncateEllipsis // one line: the grid does not jump
	s.sheetLabel = widget.NewLabel(i18n.L("Sheet:"))
	form := container.New(layout.NewFormLayout(), s.sheetLabel, s.sheets,
		widget.NewLabel(i18n.L("Header row:")), s.header)
	s.content = container.NewBorder(container.NewVBox(form, s.info, hint), s.full, nil, nil, s.grid)
	return s
}

func (s *sheetStep) show() {
	w := s.w
	s.fill()
	w.setPage(pageSheet, i18n.L("Sheet and header row"), s.content)
	w.setNext(i18n.L("Next"), w.analysis.HeaderRow > 0, w.showMapping)
}

// fill sets the selects, the grid and the summary from the analysis.
func (s *sheetStep) fill() {
	a := s.w.analysis
	s.updating = true
	defer func() { s.updating = false }()
	var labels []string
	current := ""
	clear(s.names)
	for _, info := range s.w.wb.Sheets() {
		label := info.Name
		if info.Hidden {
			label = i18n.L("%s (hidden)", info.Name)
		}
		s.names[label] = info.Name
		labels = append(labels, label)
		if info.Name == a.Sheet {
			current = label
		}
	}
	s.sheets.Options = labels
	if s.w.wb.IsCSV() {
		s.sheetLabel.SetText(i18n.L("File:"))
	} else {
		s.sheetLabel.SetText(i18n.L("Sheet:"))
	}
	s.sheets.SetSelected(current)
	s.rows = a.Rows(previewRows)
	s.cols = 0
	for _, r := range s.rows {
		s.cols = max(s.cols, min(len(r), previewCols))
	}
	var rowLabels []string
	for i, r := range s.rows {
		rowLabels = append(rowLabels, i18n.L("Row %d: %s", i+1, rowSummary(r)))
	}
	s.header.Options = rowLabels
	if a.HeaderRow > 0 && a.HeaderRow <= len(rowLabels) {
		s.header.SetSelectedIndex(a.HeaderRow - 1)
	} else {
		s.header.ClearSelected()
	}
	s.sizeColumns()
	s.grid.Refresh()
	s.summarise()
}

// summarise says what the header row gives, or what is missing.
func (s *sheetStep) summarise() {
	a := s.w.analysis
	switch {
	case len(s.rows) == 0:
		s.info.SetText(i18n.L("This sheet is empty. Choose another sheet."))
		s.info.Importance = widget.DangerImportance
	case a.HeaderRow == 0 && oneColumn(a.Check()):
		// A CSV file read as one column: picking a header row cannot help.
		s.info.SetText(errorText(a.Check()))
		s.info.Importance = widget.DangerImportance
	case a.HeaderRow == 0:
		s.info.SetText(i18n.L("No row looks like a header (Name, Employee ID, Department …). Choose the row that holds the column names."))
		s.info.Importance = widget.DangerImportance
	default:
		s.info.SetText(i18n.L("%d data rows below the header. Blank rows, repeated headers and footer rows (such as “Prepared by” or totals) are skipped.", a.DataRows))
		s.info.Importance = widget.MediumImportance
	}
	s.info.Refresh()
}

// Widths of a preview grid column: the longest cell decides, between a
// narrow minimum and a maximum that keeps a column of long instructions
// from pushing the others off the page.
const (
	minGridColumn = 60
	maxGridColumn = 360
)

// sizeColumns fits the grid's columns to the header row and the rows
// below it: title and instruction rows above the header are often merged
// across the columns and would make every column as wide as a paragraph.
func (s *sheetStep) sizeColumns() {
	rows := s.rows
	if h := s.w.analysis.HeaderRow; h > 0 && h <= len(rows) {
		rows = rows[h-1:]
	}
	for c, wd := range columnWidths(rows, s.cols) {
		s.grid.SetColumnWidth(c, wd)
	}
}

// columnWidths are the widths that show each column's cells in full
// (bold, as the header row is), within minGridColumn and maxGridColumn.
func columnWidths(rows [][]string, cols int) []float32 {
	size, pad := theme.TextSize(), 2*theme.InnerPadding()+2
	out := make([]float32, cols)
	for c := range out {
		out[c] = minGridColumn
	}
	for _, r := range rows {
		for c, v := range r[:min(len(r), cols)] {
			if v == "" || out[c] >= maxGridColumn {
				continue
			}
			wd := fyne.MeasureText(v, size, fyne.TextStyle{Bold: true}).Width + pad
			out[c] = min(max(out[c], wd), maxGridColumn)
		}
	}
	return out
}

// oneColumn reports a CSV file that splits into a single column.
func oneColumn(err error) bool {
	var oe *sheets.OpenError
	return errors.As(err, &oe) && oe.OneColumn
}

// rowSummary is the start of a row's text, for the header picker.
func rowSummary(cells []string) string {
	var parts []string
	n := 0
	for _, c := range cells {
		if c == "" {
			continue
		}
		parts = append(parts, c)
		if n += len([]rune(c)); n > 40 {
			break
		}
	}
	s := []rune(strings.Join(parts, " · "))
	if len(s) > 48 {
		return string(s[:47]) + "…"
	}
	return string(s)
}

func (s *sheetStep) onSheet(label string) {
	w := s.w
	name := s.names[label]
	if s.updating || name == "" || w.analysis == nil || name == w.analysis.Sheet {
		return
	}
	wb, doc := w.wb, w.sess.Doc()
	w.busy(i18n.L("Reading sheet %s…", name), true)
	prog := w.progress.reporter()
	runTask(&w.run, func(ctx context.Context) (*sheets.Analysis, error) {
		return wb.Analyse(ctx, name, doc, prog)
	}, func(a *sheets.Analysis, err error) {
		w.idle()
		if w.closed {
			return
		}
		if err == nil {
			w.analysis, w.preview = a, nil
		}
		s.show()
		if err != nil && !errors.Is(err, context.Canceled) {
			w.showError(err)
		}
	})
}

func (s *sheetStep) onHeader(string) {
	a := s.w.analysis
	row := s.header.SelectedIndex() + 1
	if s.updating || a == nil || row < 1 || row == a.HeaderRow {
		return
	}
	a.SetHeaderRow(row)
	s.w.preview = nil
	s.sizeColumns()
	s.grid.Refresh()
	s.summarise()
	s.w.setNext(i18n.L("Next"), a.HeaderRow > 0, s.w.showMapping)
}

func (s *sheetStep) size() (int, int) { return len(s.rows), max(s.cols, 1) }

func (s *sheetStep) createCell() fyne.CanvasObject {
	c := &sheetCell{bg: canvas.NewRectangle(theme.Color(theme.ColorNameSelection)), label: widget.NewLabel(""), step: s}
	c.label.Truncation = fyne.TextTruncateEllipsis
	c.ExtendBaseWidget(c)
	return c
}

// sheetCell is one cell of the sheet grid: its text on a shade that marks
// the header row. Under the pointer, a cell too narrow for its text shows
// it in full below the grid.
type sheetCell struct {
	widget.BaseWidget
	bg    *canvas.Rectangle
	label *widget.Label
	step  *sheetStep
}

func (c *sheetCell) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewStack(c.bg, c.label))
}

// MouseIn shows the cell's text below the grid when it is cut short.
func (c *sheetCell) MouseIn(*desktop.MouseEvent) {
	text := c.label.Text
	if fyne.MeasureText(text, theme.TextSize(), c.label.TextStyle).Width+2*theme.InnerPadding() <= c.Size().Width {
		text = ""
	}
	c.step.full.SetText(text)
}

// MouseMoved does nothing: the text was shown on MouseIn.
func (c *sheetCell) MouseMoved(*desktop.MouseEvent) {}

// MouseOut clears the text shown below the grid.
func (c *sheetCell) MouseOut() { c.step.full.SetText("") }

// updateCell shows one cell; the header row is shaded and bold.
func (s *sheetStep) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	c := o.(*sheetCell)
	bg, l := c.bg, c.label
	text := ""
	if id.Row < len(s.rows) && id.Col < len(s.rows[id.Row]) {
		text = s.rows[id.Row][id.Col]
	}
	a := s.w.analysis
	if a != nil && a.HeaderRow > 0 && id.Row >= a.HeaderRow && id.Col < len(a.Columns) {
		text = shownValue(a.Columns[id.Col], text)
	}
	isHeader := a != nil && id.Row == a.HeaderRow-1
	bg.Hidden = !isHeader
	l.TextStyle.Bold = isHeader
	l.SetText(text)
}
