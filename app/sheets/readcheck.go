package sheets

import (
	"errors"
	"path/filepath"
	"unicode/utf8"
)

// Kinds of refusal found while reading a sheet (OpenError.Kind).
var (
	// ErrBrokenSheet: the sheet's XML stops being valid at OpenError.Line.
	ErrBrokenSheet = errors.New("damaged sheet")
	// ErrTooManyCells: the sheet uses more cells or rows than an import
	// takes (OpenError.Limit).
	ErrTooManyCells = errors.New("too many cells")
	// ErrTooManyRows: the sheet has more rows than an import takes
	// (OpenError.Limit).
	ErrTooManyRows = errors.New("too many rows")
	// ErrTooManyMerges: merged ranges that overlap over more cells than any
	// real sheet has.
	ErrTooManyMerges = errors.New("too many merged cells")
)

// maxNameRunes: a longer "name" is not a person's name.
const maxNameRunes = 100

// Problem codes found while reading the file (Problem.Code).
const (
	probErrorCell      problemCode = "error-cell"
	probDanglingString problemCode = "dangling-string"
	probControlChars   problemCode = "control-characters"
	probTooLong        problemCode = "too-long"
	probBadBytes       problemCode = "bad-bytes"
	probNameTooLong    problemCode = "name-too-long"
)

// readProblemKeys are the messages of the codes above (merged into
// problemKeys, whose table the translation test reads).
var readProblemKeys = map[problemCode]string{
	probErrorCell:      "The cell holds an Excel error instead of a value; the value was left out. Correct the formula in the file.",
	probDanglingString: "The cell points to text the workbook does not have (the file is damaged); the value was left out.",
	probControlChars:   "The value had control characters (such as NUL); they were removed.",
	probTooLong:        "The value is longer than 4,000 characters; it was left out.",
	probBadBytes:       "The line has bytes that are not valid UTF-8 text (the file was damaged or joined from files in different encodings); the row was not imported.",
	probNameTooLong:    "A name longer than 100 characters is not a person's name; the row was not imported.",
}

func init() {
	for k, v := range readProblemKeys {
		problemKeys[k] = v
	}
}

// readMessage is the sentence for the kinds of this file.
func (e *OpenError) readMessage(lang string) (string, bool) {
	name := filepath.Base(e.Path)
	switch e.Kind {
	case ErrBrokenSheet:
		return tr(lang, "Sheet %q of %s is damaged at row %d: its XML cannot be read from there on, so nothing from this sheet was imported. Open the file in Excel or WPS, save it again as .xlsx and import the saved copy.", e.Sheet, name, e.Line), true
	case ErrTooManyCells:
		return tr(lang, "Sheet %q of %s uses more than %d cells, more than an import can take. Delete columns and rows you do not need, or split the roster into several files, and import each.", e.Sheet, name, e.Limit), true
	case ErrTooManyRows:
		return tr(lang, "Sheet %q of %s has more than %d rows, more than an import can take (or it declares more rows than Excel allows). Split the roster into several files and import each.", e.Sheet, name, e.Limit), true
	case ErrTooManyMerges:
		return tr(lang, "Sheet %q of %s has merged cells that overlap over more cells than any roster has; Excel would have to repair it. Unmerge the cells (or open the file in Excel or WPS and save it again) and import again.", e.Sheet, name), true
	}
	return "", false
}

// readProblems lists what the reader found wrong in the data rows (below
// the header) as problems with their sheet, row and column.
func (pl *planner) readProblems() {
	sd := pl.a.sd
	for _, is := range sd.issues {
		if is.row <= pl.a.HeaderRow {
			continue
		}
		col := Column{}
		if is.col >= 0 {
			col = Column{Index: is.col, Letter: columnLetter(is.col + 1)}
			if is.col < len(pl.a.Columns) {
				col = pl.a.Columns[is.col]
			}
		}
		p := newProblem(is.row, col, is.value, is.code)
		p.Skipped = is.skip
		pl.problem(p)
	}
}

// refusedRow reports a row the reader found unusable (its problem is listed
// by readProblems).
func (sd *sheetData) refusedRow(row int) bool { return sd.refused[row] }

// nameTooLong reports a name that cannot be a person's.
func nameTooLong(name string) bool {
	return len(name) > maxNameRunes && utf8.RuneCountInString(name) > maxNameRunes
}
