package sheets

import (
	"strings"

	"orgdesigner/data"
)

// Preview is the result of a dry run: what the import would change and
// every problem found. Changes imports the valid rows; apply it in one
// transaction, or drop the preview to cancel. A Preview is read-only:
// NewPeople shares its records with Changes.PutPeople.
type Preview struct {
	File  string // base name of the file
	Sheet string
	Rows  int // data rows read (blank and footer rows not counted)
	// CSV: the file is a CSV file, which texts call a file, not a sheet.
	CSV bool

	NewPeople      []data.Person
	UpdatedPeople  []PersonChange
	Unchanged      int // people in the file already in the document as they are
	NewDepartments []NewDepartment
	NewRoles       []NewRole
	UpdatedRoles   []data.Role // planned headcount, code or reporting line changed
	ReportingLines int         // people the file gives a manager they do not have yet
	Skipped        int         // rows not imported (see Problems)
	Problems       []Problem

	// UpdatedDepartments are existing departments given a code or a head.
	UpdatedDepartments []data.Department
	// RoleLines counts the roles made to report to their holders'
	// managers' role; DepartmentHeads the departments given a head role,
	// both derived from the people's managers. Conflicts are the lines
	// the file does not agree on, which were left as they were.
	RoleLines, DepartmentHeads int
	Conflicts                  []Note
	// NoRole counts the people imported without a role (the file has no
	// role column, or the row leaves it empty).
	NoRole int
	// RoleColumns are the headers of unmapped columns that look like job
	// titles (职务, 职位, Title …), offered to create roles when NoRole > 0.
	RoleColumns []string
	// Link is the linked sheet the departments and roles were joined
	// from (Analysis.Link), LinkKey its key column, Joined the people
	// who got a department or role from it.
	Link, LinkKey string
	Joined        int
	// DepartmentList: the sheet was a list of departments (no people).
	DepartmentList bool

	// OrgName is the organisation's new name when the import names it
	// after the company at the top of the file's departments
	// (Analysis.CompanyRoot), and OrgNameBefore the name it had (新公司);
	// both "" otherwise. Changes.Org holds the rename.
	OrgName, OrgNameBefore string

	// CompanyLevel are the department values of the file whose rows go to
	// the company level (no department), such as 总经办.
	CompanyLevel []string
	// Restored counts what our own workbook brought besides the structure
	// and the people (roundtrip.go).
	Restored Restored

	Changes *data.ChangeSet

	src     string                 // the imported file
	layout  map[string]sheetLayout // sheets read, for WriteAnnotated
	csvRows [][]string             // a CSV file's rows, for WriteAnnotated
}

// PersonChange is an existing person the import updates.
type PersonChange struct {
	Row           int
	Before, After data.Person
}

// NewDepartment is a department the import creates, with its full path.
type NewDepartment struct {
	data.Department
	Path string
}

// NewRole is a role the import creates, with its department's path.
type NewRole struct {
	data.Role
	Department string
}

// NothingToDo reports whether the import would change nothing (a file
// imported a second time).
func (p *Preview) NothingToDo() bool { return p.Changes == nil || p.Changes.IsEmpty() }

// maxListed bounds how many names of a kind the report lists.
const maxListed = 20

// Report is the text the wizard may show: Summary, then every problem,
// in lang.
func (p *Preview) Report(lang string) string { return p.Summary(lang) + p.ProblemList(lang) }

// Summary is the report without the problem list: counts, new
// departments and roles. The command line prints it on stdout and the
// problems (ProblemList) on stderr.
func (p *Preview) Summary(lang string) string {
	var b strings.Builder
	line := func(key string, args ...any) { b.WriteString(tr(lang, key, args...) + "\n") }
	// linen is line with the key for one thing when n is 1 (trn).
	linen := func(n int, one, many string, args ...any) { b.WriteString(trn(lang, n, one, many, args...) + "\n") }
	if p.CSV {
		linen(p.Rows, "Import of %s: %d row read.", "Import of %s: %d rows read.", p.File, p.Rows)
	} else {
		linen(p.Rows, "Import of %s, sheet %s: %d row read.", "Import of %s, sheet %s: %d rows read.", p.File, p.Sheet, p.Rows)
	}
	switch {
	case p.OrgName != "" && p.OrgNameBefore != "":
		line("Organisation name: %s → %s", p.OrgNameBefore, p.OrgName)
	case p.OrgName != "":
		line("Organisation name: %s", p.OrgName)
	}
	line("New people: %d; updated: %d; unchanged: %d.", len(p.NewPeople), len(p.UpdatedPeople), p.Unchanged)
	line("New departments: %d; new roles: %d; roles updated: %d; reporting lines: %d.",
		len(p.NewDepartments), len(p.NewRoles), len(p.UpdatedRoles), p.ReportingLines)
	if p.Link != "" {
		linen(p.Joined, "Departments and roles from sheet %s, linked by %s: %d person.",
			"Departments and roles from sheet %s, linked by %s: %d people.", p.Link, p.LinkKey, p.Joined)
	}
	switch {
	case p.DepartmentList && p.DepartmentHeads > 0:
		linen(p.DepartmentHeads, "A list of departments: %d department head set from the people of the document.",
			"A list of departments: %d department heads set from the people of the document.", p.DepartmentHeads)
	case p.DepartmentList:
		line("A list of departments, not people: imported as the department tree.")
	case p.RoleLines > 0 || p.DepartmentHeads > 0:
		if p.RoleLines == 1 {
			linen(p.DepartmentHeads, "From the managers: %d role reports to another role; %d department has a head.",
				"From the managers: %d role reports to another role; %d departments have a head.", p.RoleLines, p.DepartmentHeads)
		} else {
			linen(p.DepartmentHeads, "From the managers: %d roles report to another role; %d department has a head.",
				"From the managers: %d roles report to another role; %d departments have a head.", p.RoleLines, p.DepartmentHeads)
		}
	}
	if p.NoRole > 0 {
		linen(p.NoRole, "%d person will have no role.", "%d people will have no role.", p.NoRole)
		if len(p.RoleColumns) > 0 {
			line("Roles can be made from the column %s: map it to Role.", strings.Join(p.RoleColumns, " / "))
		}
	}
	if r := p.Restored; r != (Restored{}) {
		line("From the workbook's own sheets: role cards: %d; department details: %d; project teams: %d.", r.Cards, r.Departments, r.Projects)
		if r.Organisation {
			line("The company's name and settings are taken from the workbook.")
		}
	}
	if len(p.Problems) > 0 {
		line("Problems: %d (rows not imported: %d).", len(p.Problems), p.Skipped)
	}
	if p.Rows == 0 {
		line("The sheet has no data rows below the header.")
	}
	if p.NothingToDo() {
		line("Nothing changes: the document already holds everything in this file.")
	}
	// list writes a heading and at most maxListed items of n.
	list := func(heading string, n int, item func(i int) string) {
		if n == 0 {
			return
		}
		b.WriteString("\n")
		line(heading)
		for i := 0; i < n; i++ {
			if i == maxListed {
				line("  … and %d more", n-maxListed)
				break
			}
			b.WriteString("  " + item(i) + "\n")
		}
	}
	list("New departments:", len(p.NewDepartments), func(i int) string { return p.NewDepartments[i].Path })
	list("Reporting lines not set:", len(p.Conflicts), func(i int) string { return p.Conflicts[i].Text(lang) })
	list("At the company level (no department):", len(p.CompanyLevel), func(i int) string { return p.CompanyLevel[i] })
	list("New roles:", len(p.NewRoles), func(i int) string {
		if r := p.NewRoles[i]; r.Department != "" {
			return tr(lang, "%s (%s)", r.Title, r.Department)
		}
		return p.NewRoles[i].Title
	})
	return b.String()
}

// ProblemList lists every problem with its place, in lang; "" when there
// are none.
func (p *Preview) ProblemList(lang string) string {
	if len(p.Problems) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString("\n" + tr(lang, "Problems:") + "\n")
	for _, pr := range p.Problems {
		b.WriteString("  " + pr.Text(lang) + "\n")
	}
	return b.String()
}
