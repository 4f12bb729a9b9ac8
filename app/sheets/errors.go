package sheets

import (
	"errors"
	"fmt"
	"path/filepath"

	"orgdesigner/app/i18n"
)

// Kinds of files and sheets an import refuses. Errors returned by Open,
// Analyse and Plan are *OpenError values wrapping one of these, so callers
// can test with errors.Is and show Error() (already a sentence in the UI
// language) or Message(lang).
var (
	ErrLegacyXLS     = errors.New("legacy .xls workbook")
	ErrPassword      = errors.New("password-protected workbook")
	ErrDamaged       = errors.New("damaged workbook")
	ErrPDF           = errors.New("PDF document")
	ErrNotSheet      = errors.New("not a spreadsheet")
	ErrEmptyFile     = errors.New("empty file")
	ErrTooLarge      = errors.New("file too large")
	ErrUnpackedLarge = errors.New("workbook too large when unpacked")
	ErrNoSheet       = errors.New("no such sheet")
	ErrNoHeader      = errors.New("no header row")
	ErrNoNameColumn  = errors.New("no name column")
	ErrCSV           = errors.New("unreadable CSV")
	ErrRead          = errors.New("file cannot be read")
)

// OpenError is a refused file or sheet: what went wrong and where.
type OpenError struct {
	Kind  error  // one of the Err* kinds above
	Path  string // the file
	Sheet string // the sheet, when the problem is in one
	Limit int64  // the size limit in bytes (ErrTooLarge, ErrUnpackedLarge)
	Size  int64  // the file size in bytes (ErrTooLarge)
	Line  int    // the CSV line (ErrCSV)
	// CSV: the file is a CSV file (messages say "file", not "sheet").
	CSV bool
	// OneColumn: the CSV file splits into a single column (ErrNoHeader).
	OneColumn bool
	// Comma and Quotes (ErrCSV): the file seems separated by Comma, but
	// the quotes on Line do not pair up.
	Comma  rune
	Quotes bool
	Err    error // the underlying error, for logs
}

// Unwrap returns the kind, for errors.Is.
func (e *OpenError) Unwrap() error { return e.Kind }

// Error is the message in the current UI language.
func (e *OpenError) Error() string { return e.Message(i18n.Language()) }

// Message says what is wrong and what to do, in lang ("zh" or "en").
func (e *OpenError) Message(lang string) string {
	name := filepath.Base(e.Path)
	switch e.Kind {
	case ErrLegacyXLS:
		return tr(lang, "%s is an old Excel 97-2003 workbook (.xls), which cannot be imported. Open it in Excel or WPS, save it as an Excel workbook (.xlsx) and import that file.", name)
	case ErrPassword:
		return tr(lang, "%s is protected with a password. Open it in Excel or WPS, remove the password (File → Info → Protect Workbook), save it and import it again.", name)
	case ErrDamaged:
		return tr(lang, "%s cannot be read: the workbook is damaged or incomplete. Open it in Excel or WPS, save it again as .xlsx and import the saved copy.", name)
	case ErrPDF:
		return tr(lang, "%s is a PDF document, not a spreadsheet. Import the Excel (.xlsx) or CSV file the PDF was made from.", name)
	case ErrNotSheet:
		return tr(lang, "%s is not a spreadsheet. Import an Excel workbook (.xlsx) or a CSV file.", name)
	case ErrEmptyFile:
		return tr(lang, "%s is empty. Choose the file that holds the roster.", name)
	case ErrTooLarge:
		return tr(lang, "%s is %s, more than the %s an import can take. Delete sheets, columns or pictures you do not need, or split the roster into several files, and import each.", name, sizeText(e.Size), sizeText(e.Limit))
	case ErrUnpackedLarge:
		return tr(lang, "%s unpacks to more than %s, more than an import can take. Delete sheets, columns or pictures you do not need, or split the roster into several files, and import each.", name, sizeText(e.Limit))
	case ErrNoSheet:
		return tr(lang, "%s has no sheet named %q.", name, e.Sheet)
	case ErrNoHeader:
		if e.OneColumn {
			return tr(lang, "%s has only one column: its lines are not split by commas, semicolons, tabs or |, so no header row with column names such as 姓名 (Name) or 部门 (Department) was found. Open it in Excel or WPS, check that the columns are separate, save it as .xlsx or as \"CSV UTF-8\", and import again.", name)
		}
		if e.CSV {
			return tr(lang, "No header row found in %s: none of the first %d lines has column names such as 姓名 (Name), 工号, 部门 (Department) or 岗位 (Position). Add a header line above the data and import again.", name, headerScanRows)
		}
		return tr(lang, "No header row found in sheet %q of %s: none of the first %d rows has column names such as 姓名 (Name), 工号, 部门 (Department) or 岗位 (Position). Add a header row above the data and import again.", e.Sheet, name, headerScanRows)
	case ErrNoNameColumn:
		if e.CSV {
			return tr(lang, "%s has no column with the people's names (姓名 / Name). Choose the name column in the mapping, or add one to the file.", name)
		}
		return tr(lang, "Sheet %q of %s has no column with the people's names (姓名 / Name). Choose the name column in the mapping, or add one to the file.", e.Sheet, name)
	case ErrCSV:
		if e.Quotes {
			return tr(lang, "%s seems to be separated by %s, but its quotes do not pair up (line %d): each line is wrapped in quotes and a quote inside is missing or extra. Open the file in a text editor and fix the quotes on that line, or open it in Excel or WPS, split the columns (Data → Text to Columns) and save it as .xlsx; then import again.", name, separatorName(lang, e.Comma), e.Line)
		}
		return tr(lang, "%s cannot be read as CSV (line %d). Open it in Excel or WPS, save it as .xlsx or as \"CSV UTF-8\", and import again.", name, e.Line)
	}
	if m, ok := e.readMessage(lang); ok {
		return m
	}
	return tr(lang, "%s cannot be read: %s", name, fmt.Sprint(e.Err))
}

// separatorName names a CSV separator in lang: "semicolons (;)".
func separatorName(lang string, comma rune) string {
	switch comma {
	case ';':
		return tr(lang, "semicolons (;)")
	case '\t':
		return tr(lang, "tabs")
	case '|':
		return tr(lang, "bars (|)")
	}
	return tr(lang, "commas (,)")
}

func sizeText(n int64) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%d MB", (n+(1<<19))>>20)
	}
	return fmt.Sprintf("%d KB", (n+511)>>10)
}

// tr translates with the package's keys (resources/translations/*/sheets.json).
func tr(lang, key string, args ...any) string { return i18n.In(lang, key, args...) }

// trn is tr with one of two keys: one when n is 1, else many. English
// needs "1 role reports", not "1 roles report"; Chinese translates both
// keys alike.
func trn(lang string, n int, one, many string, args ...any) string {
	if n == 1 {
		return tr(lang, one, args...)
	}
	return tr(lang, many, args...)
}
