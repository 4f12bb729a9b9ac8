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
	st, code := openDoc(s, pos[0])
	if st == nil {
		return code
	}
	defer st.Close()
	doc := st.Doc()
	opt := report.Options{Paper: *paper, Landscape: *landscape}
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
		case *booklet:
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
// half-written file (or destroys the previous one).
func writeAtomically[R any](path string, write func(f *os.File) (R, error)) (R, error) {
	var zero R
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return zero, err
	}
	defer os.Remove(f.Name())
	res, err := write(f)
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
