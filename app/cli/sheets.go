package cli

import (
	"context"
	"flag"
	"fmt"

	"orgdesigner/app/i18n"
	"orgdesigner/app/sheets"
	"orgdesigner/data"
)

// runImport imports a roster. Exit status: 0 when the document was changed
// (rows that were skipped are listed on stderr), 1 when nothing was
// changed (the file was refused, --strict found a problem, or the file
// holds nothing new), 2 on usage errors. --dry-run exits as the import
// would, without changing anything.
func runImport(s Streams, args []string) int {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	sheet := fs.String("sheet", "", "")
	dry := fs.Bool("dry-run", false, "")
	skipLeavers := fs.Bool("skip-leavers", false, "")
	strict := fs.Bool("strict", false, "")
	noPersonal := fs.Bool("no-personal", false, "")
	keepName := fs.Bool("keep-name", false, "")
	scen := fs.String("scenario", "", "")
	pos, ok := parse(s, fs, args, "FILE.orgdb", "ROSTER.xlsx|.csv")
	if !ok {
		return ExitUsage
	}
	st, code := openForImport(s, pos[0], *dry)
	if st == nil {
		return code
	}
	defer st.Close()
	// The scenario is opened (in memory, on a read-only dry run too) so
	// the plan and the change both work on it.
	if code := openScenario(s, st, pos[0], *scen); code != ExitOK {
		return code
	}
	p, personal, err := planImport(pos[1], *sheet, st.Doc(), *noPersonal, *keepName, sheets.PlanOptions{SkipLeavers: *skipLeavers})
	if err != nil {
		fmt.Fprintln(s.Err, err.Error())
		return ExitRejected
	}
	lang := i18n.Language()
	fmt.Fprint(s.Out, p.Summary(lang))
	if p.OrgName != "" {
		fmt.Fprintln(s.Out, i18n.L("To keep the organisation's name and import %s as a department, add --keep-name.", p.OrgName))
	}
	fmt.Fprint(s.Err, p.ProblemList(lang))
	changed := false
	switch {
	case *strict && len(p.Problems) > 0:
		fmt.Fprintln(s.Err, i18n.L("--strict: the file has %d problems, so nothing was imported.", len(p.Problems)))
	case *dry:
		fmt.Fprintln(s.Out, i18n.L("Dry run: the document was not changed."))
		changed = !p.NothingToDo()
	case p.NothingToDo():
		// The reason of exit 1, on stderr like every refusal.
		fmt.Fprintln(s.Err, i18n.L("Nothing to import: the document already has everything in this file."))
	default:
		if code := backupFirst(s, st); code != ExitOK {
			return code
		}
		if err := st.Apply(p.Changes); err != nil {
			return fail(s, pos[0], err)
		}
		changed = true
		if *scen != "" {
			fmt.Fprintln(s.Out, i18n.L("Imported into the scenario %q of %s.", scenarioName(st, st.Active()), pos[0]))
		} else {
			fmt.Fprintln(s.Out, i18n.L("Imported into %s.", pos[0]))
		}
	}
	// Say "imported" only when they were: a dry run, a refused or an empty
	// import took nothing.
	if len(personal) > 0 {
		list := sheets.PersonalSummary(personal, lang)
		switch {
		case *noPersonal:
			fmt.Fprintln(s.Err, i18n.L("Columns with personal data left out: %s.", list))
		case changed && !*dry:
			fmt.Fprintln(s.Err, i18n.L("Columns with personal data imported: %s. Use --no-personal to leave them out; exports leave them out unless --include-personal is given.", list))
		default:
			fmt.Fprintln(s.Err, i18n.L("Columns with personal data in this file: %s. An import takes them unless --no-personal is given; exports leave them out unless --include-personal is given.", list))
		}
	}
	if len(p.Problems) > 0 && !*strict {
		fmt.Fprintln(s.Err, i18n.L("%d rows or values were not imported; see the reasons above.", len(p.Problems)))
	}
	if changed {
		return ExitOK
	}
	return ExitRejected
}

// planImport is sheets.DryRun with the choice about personal-data columns
// and, keepName, declining to name an unnamed organisation after the
// company at the top of the roster's departments (Analysis.CompanyRoot).
func planImport(path, sheet string, doc *data.Document, noPersonal, keepName bool, opts sheets.PlanOptions) (*sheets.Preview, []sheets.PersonalColumn, error) {
	wb, err := sheets.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer wb.Close()
	if sheet == "" {
		sheet = wb.Suggested()
	}
	ctx := context.Background()
	a, err := wb.Analyse(ctx, sheet, doc, nil)
	if err != nil {
		return nil, nil, err
	}
	personal := a.PersonalColumns()
	if noPersonal {
		a.LeaveOutPersonal(true)
	}
	a.KeepOrgName(keepName)
	p, err := sheets.Plan(ctx, a, doc, opts, nil)
	return p, personal, err
}

func runExport(s Streams, args []string) int {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	templateOnly := fs.Bool("template-only", false, "")
	includePersonal := fs.Bool("include-personal", false, "")
	scen := fs.String("scenario", "", "")
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
	doc, code := scenarioDoc(s, st, pos[0], *scen)
	if doc == nil {
		return code
	}
	opts := sheets.ExportOptions{TemplateOnly: *templateOnly, IncludePersonal: *includePersonal,
		Scenario: scenarioTitle(st, pos[0], *scen)}
	if err := sheets.ExportFile(doc, pos[1], opts); err != nil {
		return fail(s, pos[1], err)
	}
	fmt.Fprintln(s.Out, i18n.L("Wrote %s.", pos[1]))
	return ExitOK
}
