package sheets

import "orgdesigner/app/i18n"

// problemCode names a kind of row problem; it is stable for tests and
// scripts, while Reason is the translated sentence.
type problemCode string

// Problem codes (Problem.Code).
const (
	probMissingName      problemCode = "missing-name"
	probDuplicateNumber  problemCode = "duplicate-number"
	probDuplicatePerson  problemCode = "duplicate-person"
	probUnknownManager   problemCode = "unknown-manager"
	probAmbiguousManager problemCode = "ambiguous-manager"
	probManagerCycle     problemCode = "manager-cycle"
	probBadDate          problemCode = "bad-date"
	probAmbiguousDate    problemCode = "ambiguous-date"
	probBadStatus        problemCode = "bad-status"
	probBadPlanned       problemCode = "bad-planned"
	probLeaverSkipped    problemCode = "leaver-skipped"
	probUnknownReportsTo problemCode = "unknown-reports-to"
	probReportsToCycle   problemCode = "reports-to-cycle"
	probPlannedConflict  problemCode = "planned-conflict"
	probAmbiguousPerson  problemCode = "ambiguous-person"
	probContestedPerson  problemCode = "contested-person"
	probSplitName        problemCode = "split-name"
)

// Problem codes of reading our own workbook back (roundtrip.go).
const (
	probUnknownRole       problemCode = "unknown-role"
	probUnknownDepartment problemCode = "unknown-department"
	probUnknownPerson     problemCode = "unknown-person"
	probBadColour         problemCode = "bad-colour"
	probBadPay            problemCode = "bad-pay"
)

// Problem is one thing in the file the import could not take as it is:
// where it is (as Excel shows it), the value and why.
type Problem struct {
	File   string // base name
	Sheet  string
	Row    int    // 1-based, as Excel numbers rows
	Column string // column letter, "" when the whole row is meant
	Header string // the column's header text
	Value  string
	Code   string // stable code: "missing-name", "duplicate-number", …
	// Skipped says the row was not imported at all (otherwise only the
	// offending value was left out).
	Skipped bool
	// CSV: the file is a CSV file; Location names the file, not a sheet.
	CSV bool

	key  string // English message key
	args []any
}

// Reason is the explanation in lang ("zh" or "en").
func (p Problem) Reason(lang string) string { return tr(lang, p.key, p.args...) }

// Location is "sheet 花名册, row 12, column D (入职日期)" in lang (for a
// CSV file "file 花名册.csv, row 12, …").
func (p Problem) Location(lang string) string {
	col := p.Column
	if p.Header != "" {
		col = tr(lang, "%s (%s)", p.Column, p.Header)
	}
	switch {
	case p.CSV && p.Column == "":
		return tr(lang, "file %s, row %d", p.File, p.Row)
	case p.CSV:
		return tr(lang, "file %s, row %d, column %s", p.File, p.Row, col)
	case p.Column == "":
		return tr(lang, "sheet %s, row %d", p.Sheet, p.Row)
	}
	return tr(lang, "sheet %s, row %d, column %s", p.Sheet, p.Row, col)
}

// Text is the problem on one line in lang: where, the value, why.
func (p Problem) Text(lang string) string {
	if p.Value == "" {
		return tr(lang, "%s: %s", p.Location(lang), p.Reason(lang))
	}
	return tr(lang, "%s: \"%s\" — %s", p.Location(lang), p.Value, p.Reason(lang))
}

// String is Text in the current UI language.
func (p Problem) String() string { return p.Text(i18n.Language()) }

var problemKeys = map[problemCode]string{
	probMissingName:      "The name is empty; the row was not imported.",
	probDuplicateNumber:  "Employee number %s is also on row %d; this row was not imported.",
	probDuplicatePerson:  "%s in the same department is also on row %d; this row was not imported. Give both employee numbers to import both.",
	probUnknownManager:   "Nobody with this name or employee number is in the file or the document; the manager was left empty.",
	probAmbiguousManager: "%d people have this name; write the manager's employee number instead. The manager was left empty.",
	probManagerCycle:     "The reporting line would go round in a circle (%s); the manager was left empty.",
	probBadDate:          "Not a date; write it like 2023-05-08. The hire date was left empty.",
	probAmbiguousDate:    "Day and month cannot be told apart; write it like 2023-05-08. The hire date was left empty.",
	probBadStatus:        "Unknown status; use 在职, 试用 or 离职 (active, probation, left). The status was left as it was.",
	probBadPlanned:       "The planned headcount must be a whole number, 0 or more; it was left as it was.",
	probLeaverSkipped:    "Has left the company; skipped as chosen.",
	probUnknownReportsTo: "No role of this name was found; the reporting line was left empty.",
	probReportsToCycle:   "The reporting line would go round in a circle (%s); it was left empty.",
	probPlannedConflict:  "Another row gives role %s a planned headcount of %d; the first value was kept.",
	probAmbiguousPerson:  "Several people in the document have this name (%s) and nothing in the row tells which one it is; the row was not imported. Add the employee number, phone or email to the row.",
	probContestedPerson:  "The person of this name in the document (%s) may be this row or row %d; the row was not imported. Add the employee number, phone or email to the rows.",
	probSplitName:        "The name holds a ; or \" — the file's columns were probably split wrongly; the row was not imported. Check the file's separator and quotes.",

	// Reading our own workbook back (roundtrip.go).
	probUnknownRole:       "No role of this name was found; it was left out.",
	probUnknownDepartment: "No department of this name was found; the row was not imported.",
	probUnknownPerson:     "Nobody with this name or employee number was found; it was left out.",
	probBadColour:         "Not a colour; write it like #CFE2F3. The colour was left as it was.",
	probBadPay:            "The monthly salary must be a number, 0 or more; the salary band was left as it was.",
}

func newProblem(row int, col Column, value string, code problemCode, args ...any) Problem {
	return Problem{Row: row, Column: col.Letter, Header: col.Header, Value: value,
		Code: string(code), key: problemKeys[code], args: args}
}
