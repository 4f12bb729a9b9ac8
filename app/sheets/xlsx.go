package sheets

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
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
		if info.top, err = w.readTop(name, true); err != nil {
			return err
		}
		if info.topFmt, err = w.readTop(name, false); err != nil {
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

// readTop reads the first sampleRows rows of a sheet, raw or formatted.
func (w *Workbook) readTop(name string, raw bool) (out [][]string, err error) {
	defer recoverAs(&err, w.path)
	rows, err := w.xl.Rows(name)
	if err != nil {
		return nil, &OpenError{Kind: ErrDamaged, Path: w.path, Sheet: name, Err: err}
	}
	defer rows.Close()
	for len(out) < sampleRows && rows.Next() {
		cells, err := rows.Columns(excelize.Options{RawCellValue: raw})
		if err != nil {
			return nil, &OpenError{Kind: ErrDamaged, Path: w.path, Sheet: name, Err: err}
		}
		out = append(out, cleanRow(cells, raw))
	}
	return out, nil
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

func (w *Workbook) readXLSX(ctx context.Context, name string, progress func(done, total int)) (sd *sheetData, err error) {
	defer recoverAs(&err, w.path)
	rows, err := w.xl.Rows(name)
	if err != nil {
		return nil, &OpenError{Kind: ErrDamaged, Path: w.path, Sheet: name, Err: err}
	}
	defer rows.Close()
	sd = &sheetData{name: name}
	total := 0
	if part := w.sheetXML(name); part != nil && progress != nil {
		total = bytes.Count(part, []byte("<row ")) + bytes.Count(part, []byte("<row>"))
	}
	for rows.Next() {
		n := len(sd.rows)
		if n&255 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			if progress != nil && n&1023 == 0 {
				progress(min(n, total), total)
			}
		}
		if n >= maxRows {
			return nil, &OpenError{Kind: ErrDamaged, Path: w.path, Sheet: name, Err: errors.New("more rows than Excel allows")}
		}
		cells, err := rows.Columns()
		if err != nil {
			return nil, &OpenError{Kind: ErrDamaged, Path: w.path, Sheet: name, Err: err}
		}
		sd.rows = append(sd.rows, cleanRow(cells, true))
	}
	if err := rows.Error(); err != nil {
		return nil, &OpenError{Kind: ErrDamaged, Path: w.path, Sheet: name, Err: err}
	}
	// Trailing blank rows (formatting that runs to row 1000) are noise.
	for len(sd.rows) > 0 && sd.rows[len(sd.rows)-1] == nil {
		sd.rows = sd.rows[:len(sd.rows)-1]
	}
	merges, err := w.mergeRanges(name)
	if err != nil {
		return nil, err
	}
	fillMerged(sd.rows, merges)
	return sd, nil
}

// fillMerged copies each merged range's top-left value into every cell of
// the range: Excel keeps the value only in the first cell, but a merged
// 部门 cell means "this department" for every row it spans.
func fillMerged(rows [][]string, merges []cellRange) {
	for _, m := range merges {
		if m.r1 >= len(rows) || m.c1 >= len(rows[m.r1]) {
			continue
		}
		v := rows[m.r1][m.c1]
		if v == "" {
			continue
		}
		last := min(m.r2, len(rows)-1)
		for r := m.r1; r <= last; r++ {
			row := rows[r]
			if len(row) <= m.c2 {
				grown := make([]string, m.c2+1)
				copy(grown, row)
				row = grown
			}
			for c := m.c1; c <= m.c2; c++ {
				if row[c] == "" {
					row[c] = v
				}
			}
			rows[r] = row
		}
	}
}
