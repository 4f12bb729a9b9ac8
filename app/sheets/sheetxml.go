package sheets

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"
)

// The worksheet XML is read by our own streaming decoder rather than
// excelize's row iterator: Rows.Next discards the XML decoder's error, so
// a sheet that breaks at row 500 would look like a sheet of 499 rows. The
// decoder here stops at the first syntax error and says on which row, keeps
// only the cells a roster can use (columns up to the header's last one),
// and turns error cells and dangling shared-string indices into problems
// instead of values.

const (
	// maxColumns bounds how wide a stored row may be whatever the header
	// says (Excel allows 16,384 columns; no roster needs more than this).
	maxColumns = 1024
	// maxCells bounds the cells kept for one sheet (a 10,000-row roster
	// of 40 columns is 400,000): memory follows the cells used, and a
	// sheet beyond this is refused with a sentence.
	maxCells = 6_000_000
	// maxDataRows bounds the non-blank rows of a sheet: ten times the
	// largest roster the product is made for (10,000 people), so planning
	// and validating stay within seconds and hundreds of MB.
	maxDataRows = 100_000
	// maxMergeWork bounds how many cells merged ranges may fill: ranges
	// that do not overlap fill each cell at most once, so only hostile
	// overlapping ranges reach it.
	maxMergeWork = 2 * maxCells
	// maxFieldRunes: a longer value is not a roster field (a pasted
	// document or a hostile cell); it is left out with a problem.
	maxFieldRunes = 4000
)

// cellIssue is something the reader found wrong with a cell or a row.
type cellIssue struct {
	row   int // 1-based sheet row
	col   int // 0-based column, -1 for the whole row
	code  problemCode
	value string // shown to the user (shortened)
	skip  bool   // the row cannot be imported
}

// sheetXMLReader streams one worksheet part into rows.
type sheetXMLReader struct {
	sst    []string
	colCap int // cells at this 0-based column or right of it are ignored
	limit  int // stop after this many sheet rows (0: no limit)

	ctx      context.Context // checked every 256 rows
	progress func(done, total int)
	total    int // rows in the sheet, when known, for progress
	done     int

	rows     [][]string
	merges   []cellRange
	issues   []cellIssue
	cells    int // cells kept so far (row widths)
	dataRows int // non-blank rows kept so far

	scratch []string
	text    []byte
	// styles, when not nil, collects the style of each kept numeric cell
	// (sheet row, 0-based column), to tell date-formatted columns.
	styles map[[2]int]int
}

// brokenXMLError is a worksheet that stops being valid XML at row.
type brokenXMLError struct {
	row int
	err error
}

func (e *brokenXMLError) Error() string { return "row " + strconv.Itoa(e.row) + ": " + e.err.Error() }

// errTooManyCells and errTooManyRows end a read that would keep more than
// the caps allow.
var (
	errTooManyCells = errors.New("too many cells")
	errTooManyRows  = errors.New("too many rows")
)

// read decodes the worksheet. It returns a *brokenXMLError when the XML is
// malformed, errTooManyCells/errTooManyRows when a cap is reached.
func (sr *sheetXMLReader) read(r io.Reader) error {
	if sr.colCap <= 0 || sr.colCap > maxColumns {
		sr.colCap = maxColumns
	}
	sc := newXMLScanner(r)
	var (
		rowNum, lastRow int
		inRow, inCell   bool
		keep            bool // the current cell is inside the cap
		col, nextCol    int  // 0-based column of the current cell, of the next
		typ             string
		inIS, inRPh     int
		haveV           bool
		rowDepth        int
	)
	endRow := func() error {
		inRow, lastRow = false, rowNum
		return sr.endRow(rowNum)
	}
	for {
		kind, err := sc.next()
		if err != nil {
			if errors.Is(err, errTooManyCells) || errors.Is(err, errTooManyRows) {
				return err
			}
			at := lastRow + 1
			if inRow {
				at = rowNum
			}
			return &brokenXMLError{row: at, err: err}
		}
		if kind == tokEOF {
			break
		}
		name := sc.name
		if kind == tokStart {
			switch string(name) {
			case "row":
				n := 0
				if len(sc.attrR) > 0 {
					n, _ = strconv.Atoi(string(sc.attrR))
				}
				if n <= lastRow {
					n = lastRow + 1
				}
				if n > maxRows {
					return errTooManyRows
				}
				if sr.limit > 0 && n > sr.limit {
					return nil
				}
				rowNum, inRow, nextCol = n, true, 0
				rowDepth = sc.depth()
				if sc.selfClosing {
					rowDepth++ // already closed: its end tag comes next
				}
				sr.scratch = sr.scratch[:0]
			case "c":
				if !inRow {
					continue
				}
				col = nextCol
				if len(sc.attrR) > 0 {
					if c, ok := refColumn(string(sc.attrR)); ok {
						col = c
					}
				}
				nextCol, inCell = col+1, true
				keep = col < sr.colCap
				if !keep {
					// Cells of a row come left to right: the rest of the row
					// is right of the cap too.
					if sc.selfClosing {
						sc.pendingClose = false
					}
					if _, err := sc.skipTo(rowDepth); err != nil {
						return &brokenXMLError{row: rowNum, err: err}
					}
					inCell = false
					if err := endRow(); err != nil {
						return err
					}
					continue
				}
				if sr.styles != nil && len(sc.attrS) > 0 && (len(sc.attrT) == 0 || string(sc.attrT) == "n") {
					if st, err := strconv.Atoi(string(sc.attrS)); err == nil && st > 0 {
						sr.styles[[2]int{rowNum, col}] = st
					}
				}
				typ = ""
				if len(sc.attrT) > 0 {
					typ = string(sc.attrT)
				}
				sc.text, haveV = sc.text[:0], false
			case "v":
				sc.capture = inCell && keep && inIS == 0
				haveV = haveV || sc.capture
			case "is":
				inIS++
			case "t":
				sc.capture = inCell && keep && inIS > 0 && inRPh == 0
				haveV = haveV || sc.capture
			case "rPh":
				inRPh++
			case "mergeCell":
				if r, ok := parseRange(string(sc.attrRef)); ok {
					sr.merges = append(sr.merges, r)
				}
			}
			continue
		}
		switch string(name) {
		case "v", "t":
			sc.capture = false
		case "is":
			inIS--
		case "rPh":
			inRPh--
		case "c":
			if inRow && inCell && keep && haveV && len(sc.text) > 0 {
				sr.text = append(sr.text[:0], sc.text...)
				sr.setCell(rowNum, col, sr.cellValue(rowNum, col, typ))
			}
			inCell = false
		case "row":
			if !inRow {
				continue
			}
			if err := endRow(); err != nil {
				return err
			}
		}
	}
	// Trailing blank rows (formatting that runs to row 1000) are noise.
	for len(sr.rows) > 0 && sr.rows[len(sr.rows)-1] == nil {
		sr.rows = sr.rows[:len(sr.rows)-1]
	}
	return nil
}

// cellValue turns the collected text of a cell into its raw value, as
// excelize's RawCellValue read gives it, and notes error cells and
// dangling shared-string indices.
func (sr *sheetXMLReader) cellValue(row, col int, typ string) string {
	switch typ {
	case "s":
		i, err := strconv.Atoi(strings.TrimSpace(string(sr.text)))
		if err != nil || i < 0 || i >= len(sr.sst) {
			sr.issue(row, col, probDanglingString, string(sr.text), false)
			return ""
		}
		return sr.sst[i]
	case "e":
		sr.issue(row, col, probErrorCell, string(sr.text), false)
		return ""
	case "inlineStr":
		return unescapeBSTR(string(sr.text))
	}
	return string(sr.text)
}

func (sr *sheetXMLReader) issue(row, col int, code problemCode, value string, skip bool) {
	sr.issues = append(sr.issues, cellIssue{row: row, col: col, code: code, value: shorten(value), skip: skip})
}

func (sr *sheetXMLReader) setCell(row, col int, v string) {
	v = sr.checkValue(row, col, v)
	if v == "" {
		return
	}
	for len(sr.scratch) <= col {
		sr.scratch = append(sr.scratch, "")
	}
	sr.scratch[col] = v
}

// checkValue cleans a cell as cleanRow does and applies the value checks
// shared with CSV files: control characters are removed, overlong values
// left out, each with a problem.
func (sr *sheetXMLReader) checkValue(row, col int, v string) string {
	v, code := checkField(v)
	if code != "" {
		sr.issue(row, col, code, v, false)
		if code == probTooLong {
			return ""
		}
	}
	v = cleanCell(v)
	if v != "" && (v[0] >= '0' && v[0] <= '9' || v[0] == '-') {
		v = tidyNumber(v)
	}
	return v
}

func (sr *sheetXMLReader) endRow(row int) error {
	if sr.done++; sr.done&255 == 0 {
		if sr.ctx != nil {
			if err := sr.ctx.Err(); err != nil {
				return err
			}
		}
		if sr.progress != nil && sr.done&1023 == 0 {
			sr.progress(min(sr.done, sr.total), sr.total)
		}
	}
	w := len(sr.scratch)
	for w > 0 && sr.scratch[w-1] == "" {
		w--
	}
	if w == 0 {
		return nil
	}
	if sr.cells += w; sr.cells > maxCells {
		return errTooManyCells
	}
	if sr.dataRows++; sr.dataRows > maxDataRows {
		return errTooManyRows
	}
	for len(sr.rows) < row-1 {
		sr.rows = append(sr.rows, nil)
	}
	cells := make([]string, w)
	copy(cells, sr.scratch)
	sr.rows = append(sr.rows, cells)
	return nil
}

// checkField removes control characters (other than tab and line breaks)
// and refuses values longer than maxFieldRunes. It returns the value to
// keep and the problem found, "" if none. An overlong value is returned
// shortened, for the problem list.
func checkField(v string) (string, problemCode) {
	var code problemCode
	if hasControl(v) {
		v = strings.Map(func(r rune) rune {
			if isControl(r) {
				return -1
			}
			return r
		}, v)
		code = probControlChars
	}
	if len(v) > maxFieldRunes && countRunesOver(v, maxFieldRunes) {
		return shorten(v), probTooLong
	}
	return v, code
}

func hasControl(v string) bool {
	for i := 0; i < len(v); i++ {
		if c := v[i]; c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f {
			return true
		}
	}
	return false
}

func isControl(r rune) bool {
	return r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0x7f
}

func countRunesOver(s string, n int) bool {
	k := 0
	for range s {
		if k++; k > n {
			return true
		}
	}
	return false
}

// shorten keeps problem lists readable: at most 40 characters of a value.
func shorten(v string) string {
	k := 0
	for i := range v {
		if k++; k > 40 {
			return v[:i] + "…"
		}
	}
	return v
}

// unescapeBSTR decodes the _xHHHH_ escapes OOXML uses for characters XML
// cannot carry (excelize does the same for shared strings).
func unescapeBSTR(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if i+7 <= len(s) && s[i] == '_' && s[i+1] == 'x' && s[i+6] == '_' {
			if n, err := strconv.ParseUint(s[i+2:i+6], 16, 16); err == nil {
				b.WriteRune(rune(n))
				i += 7
				continue
			}
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// refColumn returns the 0-based column of a cell reference such as "AB12".
func refColumn(ref string) (int, bool) {
	col, i := 0, 0
	for ; i < len(ref); i++ {
		c := ref[i]
		switch {
		case c >= 'A' && c <= 'Z':
			col = col*26 + int(c-'A') + 1
		case c >= 'a' && c <= 'z':
			col = col*26 + int(c-'a') + 1
		default:
			goto done
		}
		if col > 16384 {
			return 0, false
		}
	}
done:
	if i == 0 {
		return 0, false
	}
	return col - 1, true
}

// readSST reads the shared strings table: the text of each <si>, rich-text
// runs joined and phonetic guides (<rPh>) left out, as Excel shows them.
func readSST(r io.Reader) ([]string, error) {
	sc := newXMLScanner(r)
	var out []string
	inSI, inRPh := false, 0
	for {
		kind, err := sc.next()
		if err != nil {
			return nil, err
		}
		if kind == tokEOF {
			return out, nil
		}
		switch string(sc.name) {
		case "si":
			if kind == tokStart {
				inSI, sc.text = true, sc.text[:0]
			} else {
				inSI = false
				if len(out) >= maxCells { // more strings than a sheet may keep cells
					return nil, errTooManyCells
				}
				out = append(out, unescapeBSTR(string(sc.text)))
			}
		case "t":
			sc.capture = kind == tokStart && inSI && inRPh == 0
		case "rPh":
			if kind == tokStart {
				inRPh++
			} else {
				inRPh--
			}
		}
	}
}

// part opens a part of the package: from excelize's memory when it holds
// it, else from the zip (excelize unpacks big worksheets to temporary
// files whose names it keeps to itself).
func (w *Workbook) part(name string) (io.ReadCloser, error) {
	if b, ok := w.pkgBytes(name); ok {
		return io.NopCloser(bytes.NewReader(b)), nil
	}
	zr, err := zip.OpenReader(w.path)
	if err != nil {
		return nil, err
	}
	for _, f := range zr.File {
		if f.Name == name || strings.EqualFold(f.Name, name) {
			rc, err := f.Open()
			if err != nil {
				zr.Close()
				return nil, err
			}
			return &zipPart{rc, zr}, nil
		}
	}
	zr.Close()
	return nil, errors.New("no part " + name)
}

type zipPart struct {
	io.ReadCloser
	zr *zip.ReadCloser
}

func (p *zipPart) Close() error {
	p.ReadCloser.Close()
	return p.zr.Close()
}

// sharedStrings reads the workbook's shared strings once.
func (w *Workbook) sharedStrings() ([]string, error) {
	if w.sstRead {
		return w.sst, w.sstErr
	}
	w.sstRead = true
	name := w.relTarget("/sharedStrings")
	if name == "" {
		name = "xl/sharedStrings.xml"
	}
	rc, err := w.part(name)
	if err != nil {
		return nil, nil // a workbook without shared strings
	}
	defer rc.Close()
	w.sst, w.sstErr = readSST(rc)
	return w.sst, w.sstErr
}

// relTarget finds the part a workbook relationship of the given type
// (suffix such as "/sharedStrings") points to.
func (w *Workbook) relTarget(typeSuffix string) string {
	relBytes, _ := w.pkgBytes("xl/_rels/workbook.xml.rels")
	var rels struct {
		Rels []struct {
			Type   string `xml:"Type,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if relBytes == nil || xml.Unmarshal(relBytes, &rels) != nil {
		return ""
	}
	for _, r := range rels.Rels {
		if strings.HasSuffix(r.Type, typeSuffix) {
			if strings.HasPrefix(r.Target, "/") {
				return strings.TrimPrefix(r.Target, "/")
			}
			return "xl/" + r.Target
		}
	}
	return ""
}
