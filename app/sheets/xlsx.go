package sheets

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

const (
	// headerScanRows is how far down the header may sit below titles and
	// instructions.
	headerScanRows = 30
	// sampleRows are read twice when a file is opened: raw and as Excel
	// formats them, to find the header and the date-formatted columns.
	sampleRows = 60
	// maxRows is Excel's row limit; a sheet XML claiming more is hostile.
	maxRows = 1 << 20
)

// sheetData is a whole sheet read once, streaming, with raw cell values:
// rows[i] holds the cleaned cells of sheet row i+1 (nil for an empty row).
type sheetData struct {
	name string
	rows [][]string
	// issues are the cells and rows the reader found wrong (error cells,
	// control characters, overlong values, bad bytes); refused holds the
	// 1-based rows that cannot be imported at all.
	issues  []cellIssue
	refused map[int]bool
}

func (w *Workbook) openXLSX(lim Limits) (err error) {
	defer recoverAs(&err, w.path)
	if err := checkPackage(w.path); err != nil {
		return err
	}
	opts := excelize.Options{RawCellValue: true, UnzipSizeLimit: lim.MaxUnzipBytes,
		UnzipXMLSizeLimit: min(lim.MaxXMLBytes, lim.MaxUnzipBytes)}
	f, err := excelize.OpenFile(w.path, opts)
	if err != nil {
		if f != nil {
			_ = f.Close()
		}
		return classifyXLSXError(w.path, err, lim)
	}
	w.xl, w.kind = f, kindXLSX
	if p, err := f.GetWorkbookProps(); err == nil && p.Date1904 != nil {
		w.date1904 = *p.Date1904
	}
	names := f.GetSheetList()
	if len(names) == 0 {
		return &OpenError{Kind: ErrNotSheet, Path: w.path}
	}
	for _, name := range names {
		visible, _ := f.GetSheetVisible(name)
		info := SheetInfo{Name: name, Hidden: !visible}
		if info.top, info.topFmt, info.broken, err = w.readTopRaw(name); err != nil {
			return err
		}
		info.scoreHeader()
		w.sheets = append(w.sheets, info)
	}
	return nil
}

// checkPackage reads the zip directory (not the contents) to tell a
// damaged zip from a zip that is some other document (.docx, .ods, .xlsb).
func checkPackage(path string) error {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return &OpenError{Kind: ErrDamaged, Path: path, Err: err}
	}
	defer zr.Close()
	for _, f := range zr.File {
		if strings.HasSuffix(strings.ToLower(f.Name), "workbook.xml") {
			return nil
		}
	}
	return &OpenError{Kind: ErrNotSheet, Path: path}
}

func classifyXLSXError(path string, err error, lim Limits) error {
	switch {
	case strings.Contains(err.Error(), "unzip size exceeds"):
		return &OpenError{Kind: ErrUnpackedLarge, Path: path, Limit: lim.MaxUnzipBytes, Err: err}
	case errors.Is(err, excelize.ErrWorkbookPassword):
		return &OpenError{Kind: ErrPassword, Path: path, Err: err}
	}
	return &OpenError{Kind: ErrDamaged, Path: path, Err: err}
}

// recoverAs turns a panic inside excelize (it has panicked on hostile XML
// before) into ErrDamaged: a bad file must never crash the app.
func recoverAs(err *error, path string) {
	if r := recover(); r != nil {
		*err = &OpenError{Kind: ErrDamaged, Path: path, Err: fmt.Errorf("panic: %v", r)}
	}
}

// readTopRaw reads the first sampleRows rows with our decoder. A sheet
// whose XML breaks in them keeps the rows before the break; the error is
// kept to refuse the sheet when it is imported, so the other sheets of the
// workbook stay usable.
func (w *Workbook) readTopRaw(name string) (top, topFmt [][]string, broken error, err error) {
	sr, err := w.readSheetCtx(context.Background(), name, 0, sampleRows, nil, true)
	if sr == nil {
		return nil, nil, nil, err
	}
	if err != nil {
		var oe *OpenError
		if !errors.As(err, &oe) || oe.Kind != ErrBrokenSheet && oe.Kind != ErrTooManyCells && oe.Kind != ErrTooManyRows {
			return nil, nil, nil, err
		}
		broken = err
	}
	return sr.rows, w.formatDates(sr), broken, nil
}

// formatDates gives the first rows as Excel would show their dates: a
// number in a cell whose number format is a date format is written as the
// date, everything else as read. It is what dateColumns needs, without
// excelize formatting every cell (which took seconds on a sheet of 16,384
// formatted columns).
func (w *Workbook) formatDates(sr *sheetXMLReader) [][]string {
	out := make([][]string, len(sr.rows))
	isDate := map[int]bool{}
	for i, row := range sr.rows {
		if row == nil {
			continue
		}
		out[i] = row
		for c, v := range row {
			st, ok := sr.styles[[2]int{i + 1, c}]
			if !ok || !isPlainNumber(v) {
				continue
			}
			d, seen := isDate[st]
			if !seen {
				d = w.dateStyle(st)
				isDate[st] = d
			}
			if !d {
				continue
			}
			f, err := strconv.ParseFloat(v, 64)
			if err != nil {
				continue
			}
			if shown, res := serialDate(f, w.date1904); res == dateOK {
				if &out[i][0] == &row[0] {
					out[i] = slices.Clone(row)
				}
				out[i][c] = shown
			}
		}
	}
	return out
}

// dateStyle reports a cell style whose number format shows a date.
func (w *Workbook) dateStyle(id int) bool {
	st, err := w.xl.GetStyle(id)
	if err != nil || st == nil {
		return false
	}
	if st.CustomNumFmt != nil {
		return isDateFormat(*st.CustomNumFmt)
	}
	n := st.NumFmt
	return n >= 14 && n <= 22 || n >= 27 && n <= 36 || n >= 45 && n <= 47 || n >= 50 && n <= 58 || n >= 71 && n <= 81
}

// isDateFormat reports a custom number format with year, day or month
// codes outside quoted text, escapes and [colour]/[h] sections; an m among
// h or s codes is minutes (a time, not a date).
func isDateFormat(f string) bool {
	quoted, bracket := false, false
	var y, d, m, hs bool
	for i := 0; i < len(f); i++ {
		c := f[i]
		switch {
		case quoted:
			quoted = c != '"'
		case bracket:
			bracket = c != ']'
		case c == '"':
			quoted = true
		case c == '[':
			bracket = true
		case c == '\\' || c == '_' || c == '*':
			i++
		case c == 'y' || c == 'Y':
			y = true
		case c == 'd' || c == 'D':
			d = true
		case c == 'm' || c == 'M':
			m = true
		case c == 'h' || c == 'H' || c == 's' || c == 'S':
			hs = true
		}
	}
	return y || d || m && !hs
}

// readSheetCtx streams a sheet's XML with our decoder: colCap columns wide
// (0: maxColumns), the first limit rows (0: all), honouring ctx and
// reporting progress; styles collects the numeric cells' styles.
func (w *Workbook) readSheetCtx(ctx context.Context, name string, colCap, limit int, progress func(done, total int), styles bool) (sr *sheetXMLReader, err error) {
	defer recoverAs(&err, w.path)
	part := w.sheetPart(name)
	if part == "" {
		return nil, &OpenError{Kind: ErrDamaged, Path: w.path, Sheet: name, Err: errors.New("no worksheet part")}
	}
	sst, err := w.sharedStrings()
	switch {
	case errors.Is(err, errTooManyCells):
		return nil, &OpenError{Kind: ErrTooManyCells, Path: w.path, Sheet: name, Limit: maxCells, Err: err}
	case err != nil:
		return nil, &OpenError{Kind: ErrDamaged, Path: w.path, Sheet: name, Err: err}
	}
	rc, err := w.part(part)
	if err != nil {
		return nil, &OpenError{Kind: ErrDamaged, Path: w.path, Sheet: name, Err: err}
	}
	defer rc.Close()
	sr = &sheetXMLReader{sst: sst, colCap: colCap, limit: limit, ctx: ctx, progress: progress}
	if styles {
		sr.styles = map[[2]int]int{}
	}
	if xmlBytes := w.sheetXML(name); xmlBytes != nil && progress != nil {
		sr.total = bytes.Count(xmlBytes, []byte("<row ")) + bytes.Count(xmlBytes, []byte("<row>"))
	}
	err = sr.read(rc)
	if ctxErr := ctx.Err(); ctxErr != nil {
		return nil, ctxErr
	}
	var be *brokenXMLError
	switch {
	case err == nil:
		return sr, nil
	case errors.As(err, &be):
		return sr, &OpenError{Kind: ErrBrokenSheet, Path: w.path, Sheet: name, Line: be.row, Err: be.err}
	case errors.Is(err, errTooManyRows):
		return sr, &OpenError{Kind: ErrTooManyRows, Path: w.path, Sheet: name, Limit: maxDataRows, Err: err}
	case errors.Is(err, errTooManyCells):
		return sr, &OpenError{Kind: ErrTooManyCells, Path: w.path, Sheet: name, Limit: maxCells, Err: err}
	}
	return sr, &OpenError{Kind: ErrDamaged, Path: w.path, Sheet: name, Err: err}
}

// cleanRow trims every cell and tidies raw numbers; an all-blank row
// becomes nil so later passes skip it cheaply.
func cleanRow(cells []string, raw bool) []string {
	blank := true
	for i, c := range cells {
		c = cleanCell(c)
		if raw && c != "" && (c[0] >= '0' && c[0] <= '9' || c[0] == '-') {
			c = tidyNumber(c)
		}
		cells[i] = c
		if c != "" {
			blank = false
		}
	}
	if blank {
		return nil
	}
	return cells
}

// load reads a whole sheet once (streaming from excelize or parsing the
// CSV) and keeps it, so changing the header row or mapping re-reads nothing.
func (w *Workbook) load(ctx context.Context, name string, progress func(done, total int)) (*sheetData, error) {
	if w.cache == nil {
		return nil, &OpenError{Kind: ErrRead, Path: w.path, Err: errors.New("workbook is closed")}
	}
	if sd := w.cache[name]; sd != nil {
		return sd, nil
	}
	var sd *sheetData
	var err error
	if w.kind == kindCSV {
		sd, err = w.csv.readAll(ctx, w.path, progress)
	} else {
		sd, err = w.readXLSX(ctx, name, progress)
	}
	if err != nil {
		return nil, err
	}
	w.cache[name] = sd
	return sd, nil
}

func (w *Workbook) readXLSX(ctx context.Context, name string, progress func(done, total int)) (*sheetData, error) {
	info := w.sheet(name)
	if info == nil {
		return nil, &OpenError{Kind: ErrNoSheet, Path: w.path, Sheet: name}
	}
	if info.broken != nil {
		return nil, info.broken
	}
	colCap := widthCap(info)
	sr, err := w.readSheetCtx(ctx, name, colCap, 0, progress, false)
	if err != nil {
		return nil, err
	}
	sd := &sheetData{name: name, rows: sr.rows, issues: sr.issues}
	if err := fillMerged(sd.rows, sr.merges, colCap); err != nil {
		return nil, &OpenError{Kind: ErrTooManyMerges, Path: w.path, Sheet: name, Err: err}
	}
	return sd, nil
}

// loadWide reads one of our own sheets whole, as wide as its widest row
// (up to maxColumns): the hidden meta sheet has no header row to bound
// its width by, so widthCap would cut its rows to the marker row's width.
func (w *Workbook) loadWide(ctx context.Context, name string) (*sheetData, error) {
	info := w.sheet(name)
	if info == nil {
		return nil, &OpenError{Kind: ErrNoSheet, Path: w.path, Sheet: name}
	}
	if info.broken != nil {
		return nil, info.broken
	}
	sr, err := w.readSheetCtx(ctx, name, maxColumns, 0, nil, false)
	if err != nil {
		return nil, err
	}
	return &sheetData{name: name, rows: sr.rows, issues: sr.issues}, nil
}

// widthCap is how many columns of a sheet are read: up to the last
// non-empty cell of the header and the rows above it (titles, the upper
// row of a two-row header), or of the first rows when no header was
// found; never more than maxColumns. Cells right of it have no header, so
// no import could use them, and a hostile sheet declaring 16,384 columns
// costs no more than its header.
func widthCap(info *SheetInfo) int {
	rows := info.top
	if info.HeaderRow > 0 && info.HeaderRow <= len(rows) {
		rows = rows[:info.HeaderRow]
	}
	w := 0
	for _, r := range rows {
		for i := len(r) - 1; i >= w; i-- {
			if r[i] != "" {
				w = i + 1
				break
			}
		}
	}
	return min(max(w, 1), maxColumns)
}

// fillMerged copies each merged range's top-left value into every cell of
// the range: Excel keeps the value only in the first cell, but a merged
// 部门 cell means "this department" for every row it spans. Only rows that
// exist (are not blank) and columns left of colCap are filled, so a range
// declared over 200,000 rows costs what the rows in it cost; ranges that
// overlap over more than maxMergeWork cells are refused.
func fillMerged(rows [][]string, merges []cellRange, colCap int) error {
	work := 0
	for _, m := range merges {
		if m.r1 >= len(rows) || m.c1 >= len(rows[m.r1]) || m.c1 >= colCap {
			continue
		}
		v := rows[m.r1][m.c1]
		if v == "" {
			continue
		}
		last, c2 := min(m.r2, len(rows)-1), min(m.c2, colCap-1)
		for r := m.r1; r <= last; r++ {
			row := rows[r]
			if row == nil {
				continue
			}
			if work += c2 - m.c1 + 1; work > maxMergeWork {
				return errTooManyCells
			}
			if len(row) <= c2 {
				grown := make([]string, c2+1)
				copy(grown, row)
				row = grown
			}
			for c := m.c1; c <= c2; c++ {
				if row[c] == "" {
					row[c] = v
				}
			}
			rows[r] = row
		}
	}
	return nil
}
