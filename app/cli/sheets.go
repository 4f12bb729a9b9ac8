package cli

import (
	"context"
	"flag"
	"fmt"

	"orgdesigner/app/i18n"
	"orgdesigner/app/sheets"
)

func runImport(s Streams, args []string) int {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	sheet := fs.String("sheet", "", "")
	dry := fs.Bool("dry-run", false, "")
	skipLeavers := fs.Bool("skip-leavers", false, "")
	pos, ok := parse(s, fs, args, "FILE.orgdb", "ROSTER.xlsx|.csv")
	if !ok {
		return ExitUsage
	}
	st, code := openForImport(s, pos[0], *dry)
	if st == nil {
		return code
	}
	defer st.Close()
	p, err := sheets.DryRun(context.Background(), pos[1], *sheet, st.Doc(), sheets.PlanOptions{SkipLeavers: *skipLeavers})
	if err != nil {
		fmt.Fprintln(s.Err, err.Error())
		return ExitRejected
	}
	lang := i18n.Language()
	fmt.Fprint(s.Out, p.Summary(lang))
	fmt.Fprint(s.Err, p.ProblemList(lang))
	switch {
	case *dry:
		fmt.Fprintln(s.Out, i18n.L("Dry run: the document was not changed."))
	case p.NothingToDo():
		fmt.Fprintln(s.Out, i18n.L("Nothing to import: the document already has everything in this file."))
	default:
		if code := backupFirst(s, st); code != ExitOK {
			return code
		}
		if err := st.Apply(p.Changes); err != nil {
			return fail(s, pos[0], err)
		}
		fmt.Fprintln(s.Out, i18n.L("Imported into %s.", pos[0]))
	}
	if len(p.Problems) > 0 {
		fmt.Fprintln(s.Err, i18n.L("%d rows or values were not imported; see the reasons above.", len(p.Problems)))
		return ExitRejected
	}
	return ExitOK
}

func runExport(s Streams, args []string) int {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	templateOnly := fs.Bool("template-only", false, "")
	pos, ok := parse(s, fs, args, "FILE.orgdb", "OUT.xlsx")
	if !ok {
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
	if err := sheets.ExportFile(st.Doc(), pos[1], sheets.ExportOptions{TemplateOnly: *templateOnly}); err != nil {
		return fail(s, pos[1], err)
	}
	fmt.Fprintln(s.Out, i18n.L("Wrote %s.", pos[1]))
	return ExitOK
}
