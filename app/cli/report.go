package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"orgdesigner/app/i18n"
	"orgdesigner/app/report"
	"orgdesigner/data"
)

func runReport(s Streams, args []string) int {
	if writesDocx(args) { // report FILE OUT.docx: see reportdocx.go
		return runReportDocx(s, args)
	}
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	roles := fs.String("roles", "all", "")
	booklet := fs.Bool("booklet", false, "")
	staffing := fs.Bool("staffing", false, "")
	paper := fs.String("paper", "A4", "")
	landscape := fs.Bool("landscape", false, "")
	dept := fs.String("department", "", "")
	sections := fs.String("sections", "all", "")
	blank := fs.Bool("blank-form", false, "")
	punct := fs.Bool("normalise-punct", false, "")
	poster := fs.String("poster", "", "")
	scen := fs.String("scenario", "", "")
	pos, ok := parse(s, fs, args, "FILE.orgdb", "OUT.pdf")
	if !ok {
		return ExitUsage
	}
	if *booklet && *staffing {
		fmt.Fprintln(s.Err, i18n.L("report: choose --booklet or --staffing, not both"))
		return ExitUsage
	}
	if code := checkOutput(s, pos[0], pos[1]); code != ExitOK {
		return code
	}
	if *poster != "" && (*staffing || *roles != "all" && *roles != "") {
		fmt.Fprintln(s.Err, i18n.L("report: --poster prints the chart (alone, or in the booklet with --booklet); it does not go with --roles or --staffing"))
		return ExitUsage
	}
	if *dept != "" && (*staffing || *roles != "all" && *roles != "") {
		fmt.Fprintln(s.Err, i18n.L("report: --department prints one department's booklet; it does not go with --roles or --staffing"))
		return ExitUsage
	}
	secs, err := report.ParseSections(*sections)
	if err != nil {
		fmt.Fprintln(s.Err, err)
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
	opt := report.Options{Paper: *paper, Landscape: *landscape, Sections: secs, BlankForm: *blank, NormalisePunct: *punct, Poster: *poster,
		Scenario: scenarioTitle(st, pos[0], *scen)}
	if *dept != "" {
		id, err := findDepartment(doc, *dept)
		if err != nil {
			fmt.Fprintln(s.Err, err)
			return ExitRejected
		}
		opt.Department = id
	}
	var ids []data.ID
	if *roles != "all" && *roles != "" {
		for _, id := range strings.Split(*roles, ",") {
			ids = append(ids, data.ID(strings.TrimSpace(id)))
		}
	}
	if code := checkReportFlags(s, doc, ids, *paper); code != ExitOK {
		return code
	}
	res, err := writeAtomically(pos[1], func(f *os.File) (report.Result, error) {
		switch {
		case opt.Poster != "" && !*booklet:
			return report.Poster(context.Background(), f, doc, opt)
		case *booklet || opt.Department != "":
			return report.Booklet(context.Background(), f, doc, opt)
		case *staffing:
			return report.Staffing(context.Background(), f, doc, opt)
		default:
			return report.RoleSheets(context.Background(), f, doc, ids, opt)
		}
	})
	if err != nil {
		return fail(s, pos[1], err)
	}
	for _, w := range res.Warnings {
		fmt.Fprintln(s.Err, w)
	}
	fmt.Fprintln(s.Out, i18n.L("Wrote %s: %d pages.", pos[1], res.Pages))
	return ExitOK
}

// writeAtomically writes to a temporary file next to path and renames it
// into place on success, so a failed or interrupted run never leaves a
// half-written file (or destroys the previous one). The file gets the
// permissions of the one it replaces, else 0644 like an export: the
// temporary file is private (0600), and a booklet only its writer may
// read cannot be shared or printed from another account.
func writeAtomically[R any](path string, write func(f *os.File) (R, error)) (R, error) {
	var zero R
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return zero, err
	}
	defer os.Remove(f.Name())
	res, err := write(f)
	if err == nil {
		err = f.Chmod(outputMode(path))
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		return zero, err
	}
	return res, nil
}

// outputMode is the permission an output written to path gets: that of
// the file it replaces, else 0644.
func outputMode(path string) os.FileMode {
	if fi, err := os.Stat(path); err == nil && fi.Mode().IsRegular() {
		return fi.Mode().Perm()
	}
	return 0o644
}

// pathMatches reports whether a department's full path is name or ends
// with it ("营销中心/市场部" finds 总公司/营销中心/市场部).
func pathMatches(path, name string) bool {
	path, name = strings.ToLower(path), strings.ToLower(strings.Trim(name, "/"))
	return strings.Contains(name, "/") && (path == name || strings.HasSuffix(path, "/"+name))
}

// findDepartment resolves --department: a department id, else its name or path
// (an unknown or ambiguous name is rejected, listing what there is).
func findDepartment(doc *data.Document, name string) (data.ID, error) {
	name = strings.TrimSpace(name)
	if d := doc.Department(data.ID(name)); d != nil {
		return d.ID, nil
	}
	var found []data.ID
	var names []string
	for _, d := range doc.Departments {
		names = append(names, d.Name)
		if strings.EqualFold(strings.TrimSpace(d.Name), name) || pathMatches(deptPathOf(doc, &d), name) {
			found = append(found, d.ID)
		}
	}
	switch len(found) {
	case 1:
		return found[0], nil
	case 0:
		return "", errors.New(i18n.L("There is no department named %q; the departments are: %s.", name, strings.Join(names, ", ")))
	}
	return "", errors.New(i18n.L("%d departments are named %q; give the department's id instead.", len(found), name))
}
