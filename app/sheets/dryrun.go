package sheets

import (
	"context"

	"orgdesigner/data"
)

// DryRun is the whole non-interactive import, for `orgdesigner import`:
// open path, analyse sheet ("" = Workbook.Suggested) against doc with the
// guessed mapping and remembered value choices, and plan. A refused file
// or sheet gives an *OpenError (errors.As; the CLI exits 1 and prints its
// Error()). Print Preview.Report; unless --dry-run, apply
// Preview.Changes in one transaction. The workbook is closed on return
// (WriteAnnotated still works: it reopens the file).
func DryRun(ctx context.Context, path, sheet string, doc *data.Document, opts PlanOptions) (*Preview, error) {
	wb, err := Open(path)
	if err != nil {
		return nil, err
	}
	defer wb.Close()
	if sheet == "" {
		sheet = wb.Suggested()
	}
	a, err := wb.Analyse(ctx, sheet, doc, nil)
	if err != nil {
		return nil, err
	}
	return Plan(ctx, a, doc, opts, nil)
}
