package cli

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"orgdesigner/app/i18n"
	"orgdesigner/app/report"
	"orgdesigner/app/report/docx"
	"orgdesigner/data"
)

// writesDocx reports whether a report command's output is a Word file
// (its second file argument ends in .docx): runReport hands it to
// runReportDocx.
func writesDocx(args []string) bool {
	files := 0
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case strings.HasPrefix(a, "-"):
			if !strings.Contains(a, "=") && takesValue(a) {
				i++
			}
		default:
			if files++; files == 2 {
				return strings.EqualFold(filepath.Ext(a), ".docx")
			}
		}
	}
	return false
}

// takesValue reports whether a report flag is followed by its value.
func takesValue(flag string) bool {
	switch strings.TrimLeft(flag, "-") {
	case "roles", "paper", "department", "sections", "scenario":
		return true
	}
	return false
}

// runReportDocx is `report FILE.orgdb OUT.docx [--roles …|--department …]
// [--paper …] [--landscape] [--scenario NAME]`: the role sheets as an
// editable Word document, naming the scenario when one is printed.
func runReportDocx(s Streams, args []string) int {
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	roles := fs.String("roles", "all", "")
	dept := fs.String("department", "", "")
	booklet := fs.Bool("booklet", false, "")
	staffing := fs.Bool("staffing", false, "")
	paper := fs.String("paper", "A4", "")
	landscape := fs.Bool("landscape", false, "")
	scen := fs.String("scenario", "", "")
	pos, ok := parse(s, fs, args, "FILE.orgdb", "OUT.docx")
	if !ok {
		return ExitUsage
	}
	if code := checkOutput(s, pos[0], pos[1]); code != ExitOK {
		return code
	}
	switch {
	case *booklet || *staffing:
		fmt.Fprintln(s.Err, i18n.L("report: a Word document holds role sheets only; write the booklet or the staffing table to a .pdf file"))
		return ExitUsage
	case *dept != "" && *roles != "all" && *roles != "":
		fmt.Fprintln(s.Err, i18n.L("report: choose --roles or --department, not both"))
		return ExitUsage
	}
	st, code := openDoc(s, pos[0])
	if st == nil {
		return code
	}
	defer st.Close()
	doc, code := scenarioDoc(s, st, pos[0], *scen)
	if doc == nil {
		return code
	}
	var ids []data.ID
	switch {
	case *dept != "":
		d, err := findDepartment(doc, *dept)
		if err != nil {
			fmt.Fprintln(s.Err, err)
			return ExitRejected
		}
		if ids = report.RoleIDs(doc, d); len(ids) == 0 {
			fmt.Fprintln(s.Err, i18n.L("The department %s has no roles to print.", *dept))
			return ExitRejected
		}
	case *roles != "all" && *roles != "":
		for _, id := range strings.Split(*roles, ",") {
			ids = append(ids, data.ID(strings.TrimSpace(id)))
		}
	}
	res, err := writeAtomically(pos[1], func(f *os.File) (docx.Result, error) {
		return docx.RoleSheets(context.Background(), f, doc, ids, docx.Options{Paper: *paper, Landscape: *landscape,
			Scenario: scenarioTitle(st, pos[0], *scen)})
	})
	if err != nil {
		return fail(s, pos[1], err)
	}
	fmt.Fprintln(s.Out, i18n.L("Wrote %s: %d role sheets.", pos[1], res.Roles))
	return ExitOK
}

// deptPathOf is a department's path from the top level, joined by "/".
func deptPathOf(doc *data.Document, d *data.Department) string {
	path := d.Name
	seen := map[data.ID]bool{d.ID: true}
	for p := doc.Department(d.Parent); p != nil && !seen[p.ID]; p = doc.Department(p.Parent) {
		seen[p.ID] = true
		path = p.Name + "/" + path
	}
	return path
}
