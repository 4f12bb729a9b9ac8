package dialogs

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/xuri/excelize/v2"

	"orgdesigner/app/i18n"
	"orgdesigner/app/sheets"
	"orgdesigner/views/wrapped"
)

// departmentLevels is how many nested department columns the mapping offers.
const departmentLevels = 5

// mappingStep is the third page: what each column of the sheet means.
type mappingStep struct {
	w       *ImportWizard
	problem *wrapped.Label
	list    *fyne.Container
	content fyne.CanvasObject

	rows     []*mappingRow
	fields   map[string]sheets.Field // select label → field
	labels   []string
	levels   []string
	updating bool
}

// mappingRow is one column: its header, sample values and meaning.
type mappingRow struct {
	col    int
	field  *widget.Select
	level  *widget.Select
	sample *widget.Label
}

func newMappingStep(w *ImportWizard) *mappingStep {
	s := &mappingStep{w: w, problem: wrapped.NewLabel(""), list: container.NewVBox(), fields: map[string]sheets.Field{}}
	s.problem.Importance = widget.DangerImportance
	intro := wrapped.NewLabel(i18n.L("Check what each column means. Columns the import does not know are kept as extra fields of each person, so nothing in the file is lost; choose “Ignore column” to leave a column out. Several department columns nest by level (company → division → department), and a department written as a path such as Head office/Marketing/Research nests by itself."))
	s.content = container.NewBorder(container.NewVBox(intro, s.problem, s.headerRow()), nil, nil, nil,
		container.NewVScroll(s.list))
	return s
}

// Widths of the mapping table's fixed columns, in multiples of the text size.
func mappingWidths() (header, field, level float32) {
	t := theme.TextSize()
	return 14 * t, 15 * t, 8 * t
}

func (s *mappingStep) headerRow() fyne.CanvasObject {
	bold := fyne.TextStyle{Bold: true}
	return s.layoutRow(widget.NewLabelWithStyle(i18n.L("Column"), fyne.TextAlignLeading, bold),
		widget.NewLabelWithStyle(i18n.L("Sample values"), fyne.TextAlignLeading, bold),
		widget.NewLabelWithStyle(i18n.L("Imported as"), fyne.TextAlignLeading, bold),
		widget.NewLabelWithStyle(i18n.L("Level"), fyne.TextAlignLeading, bold))
}

// layoutRow puts one row's four parts in fixed-width columns around the
// stretching sample values.
func (s *mappingStep) layoutRow(header, sample, field, level fyne.CanvasObject) fyne.CanvasObject {
	hw, fw, lw := mappingWidths()
	h := max(header.MinSize().Height, field.MinSize().Height)
	fixed := func(o fyne.CanvasObject, w float32) fyne.CanvasObject {
		return container.NewGridWrap(fyne.NewSize(w, h), o)
	}
	return container.NewBorder(nil, nil, fixed(header, hw),
		container.NewHBox(fixed(field, fw), fixed(level, lw)), sample)
}

func (s *mappingStep) show() {
	w := s.w
	s.build()
	w.setPage(pageMapping, i18n.L("Columns"), s.content)
	s.check()
}

// build makes one row per column of the analysis.
func (s *mappingStep) build() {
	a := s.w.analysis
	lang := i18n.Language()
	clear(s.fields)
	s.labels = s.labels[:0]
	for _, f := range sheets.Fields {
		l := f.Label(lang)
		s.fields[l] = f
		s.labels = append(s.labels, l)
	}
	s.levels = s.levels[:0]
	for i := 1; i <= departmentLevels; i++ {
		s.levels = append(s.levels, i18n.L("Level %d", i))
	}
	samples := s.samples(a)
	s.rows = s.rows[:0]
	var objs []fyne.CanvasObject
	for i, c := range a.Columns {
		r := &mappingRow{col: i, sample: widget.NewLabel(strings.Join(samples[i], " · "))}
		r.sample.Truncation = fyne.TextTruncateEllipsis
		r.field = newSelect(s.labels, func(string) { s.onField(r) })
		r.level = newSelect(s.levels, func(string) { s.onField(r) })
		header := widget.NewLabel(c.Letter + "  " + c.Header)
		header.Truncation = fyne.TextTruncateEllipsis
		s.rows = append(s.rows, r)
		objs = append(objs, s.layoutRow(header, r.sample, r.field, r.level))
	}
	s.list.Objects = objs
	s.list.Refresh()
	s.sync()
}

// samples returns up to three values of each column from the first rows
// below the header.
func (s *mappingStep) samples(a *sheets.Analysis) [][]string {
	out := make([][]string, len(a.Columns))
	rows := a.Rows(a.HeaderRow + 12)
	if a.HeaderRow < len(rows) {
		rows = rows[a.HeaderRow:]
	} else {
		rows = nil
	}
	for _, r := range rows {
		for i := range out {
			if i < len(r) && r[i] != "" && len(out[i]) < 3 {
				out[i] = append(out[i], shownValue(a.Columns[i], r[i]))
			}
		}
	}
	return out
}

// sync shows the analysis's mapping in the selects (a change to one
// column can turn another into an extra field).
func (s *mappingStep) sync() {
	a := s.w.analysis
	lang := i18n.Language()
	s.updating = true
	defer func() { s.updating = false }()
	for _, r := range s.rows {
		c := a.Columns[r.col]
		r.field.SetSelected(c.Field.Label(lang))
		if c.Field == sheets.FieldDepartment {
			r.level.SetSelectedIndex(min(max(c.Level, 0), departmentLevels-1))
			r.level.Show()
		} else {
			r.level.Hide()
		}
	}
}

func (s *mappingStep) onField(r *mappingRow) {
	if s.updating {
		return
	}
	f, ok := s.fields[r.field.Selected]
	if !ok {
		return
	}
	level := max(r.level.SelectedIndex(), 0)
	newDept := f == sheets.FieldDepartment && !r.level.Visible()
	if newDept {
		level = s.freeLevel(r.col)
	}
	s.w.analysis.SetField(r.col, f, level)
	if newDept {
		s.w.analysis.ProposeLevels() // the level the data shows, not the next free one
	}
	s.w.preview = nil
	s.sync()
	s.check()
}

// freeLevel is the department level a newly chosen department column
// gets: one below the deepest level in use.
func (s *mappingStep) freeLevel(col int) int {
	level := -1
	for i, c := range s.w.analysis.Columns {
		if i != col && c.Field == sheets.FieldDepartment {
			level = max(level, c.Level)
		}
	}
	return min(level+1, departmentLevels-1)
}

// check says what is missing (no name column) and enables Next.
func (s *mappingStep) check() {
	err := s.w.analysis.Check()
	if err != nil {
		s.problem.SetText(errorText(err))
		s.problem.Show()
	} else {
		s.problem.Hide()
	}
	s.w.setNext(i18n.L("Next"), err == nil, s.w.showValues)
}

// shownValue is a cell as people read it: in a date column, a serial
// number such as 44197 is shown as the date it stands for, 2021-01-01.
func shownValue(c sheets.Column, v string) string {
	if !c.Date && c.Field != sheets.FieldHireDate {
		return v
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || f < 1 || f >= 2958466 { // Excel's dates end in 9999
		return v
	}
	t, err := excelize.ExcelDateToTime(f, false)
	if err != nil {
		return v
	}
	return t.Format("2006-01-02")
}
