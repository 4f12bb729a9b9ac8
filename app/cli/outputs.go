package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"orgdesigner/app"
	"orgdesigner/app/i18n"
	"orgdesigner/app/report"
	"orgdesigner/data"
)

// checkOutput refuses an output path (export, report) that is the
// document, any .orgdb, a folder or in a missing folder, before anything
// is opened or written. It returns ExitOK, or the exit code after saying
// why: a usage error, except a missing folder (rejected, as for `new`).
func checkOutput(s Streams, doc, out string) int {
	err := app.CheckOutput(out, doc)
	if err == nil {
		data.SweepTemporary(filepath.Dir(out)) // what a killed export left there
		return ExitOK
	}
	fmt.Fprintln(s.Err, app.Describe(err))
	if oe, ok := err.(*app.OutputError); ok && oe.Problem == app.OutputNoFolder {
		return ExitRejected
	}
	return ExitUsage
}

// checkReportFlags checks report's flag values against the document before
// anything is written: the paper size and that every --roles id is a role
// of the document. Bad values are usage errors.
func checkReportFlags(s Streams, doc *data.Document, ids []data.ID, paper string) int {
	if !slices.ContainsFunc(report.Papers, func(p string) bool { return strings.EqualFold(p, strings.TrimSpace(paper)) }) {
		fmt.Fprintln(s.Err, i18n.L("report: unknown paper size %q; use one of %s.", paper, strings.Join(report.Papers, ", ")))
		return ExitUsage
	}
	for _, id := range ids {
		if doc.Role(id) == nil {
			fmt.Fprintln(s.Err, i18n.L("report: %q is not a role of this document; `orgdesigner show FILE --json` lists the role ids.", string(id)))
			return ExitUsage
		}
	}
	return ExitOK
}

// openForImport opens the document of an import: read-only for a dry
// run, which writes nothing, else for editing.
func openForImport(s Streams, path string, dryRun bool) (*data.Store, int) {
	if dryRun {
		return openDoc(s, path)
	}
	return openForEditing(s, path)
}

// openForEditing opens a document for a command that changes it (import):
// a read-only file is refused with a sentence. Read-only commands use
// openDoc.
func openForEditing(s Streams, path string) (*data.Store, int) {
	if _, err := os.Stat(path); err != nil {
		return nil, fail(s, path, err)
	}
	st, err := data.Open(path)
	if err != nil {
		return nil, fail(s, path, err)
	}
	if st.ReadOnly() {
		st.Close()
		return nil, fail(s, path, data.ErrReadOnly)
	}
	return st, ExitOK
}

// backupFirst takes the document's daily backup before a command changes
// it, as the GUI does when it opens a document; it returns ExitOK or,
// when no backup can be made, the exit code after saying so (nothing is
// changed then).
func backupFirst(s Streams, st *data.Store) int {
	if _, err := app.DailyBackup(st, app.DefaultBackupCount, time.Now()); err != nil {
		fmt.Fprintln(s.Err, i18n.L("%s: no backup could be made, so the document was not changed: %s",
			st.Path(), app.Describe(err)))
		return ExitRejected
	}
	return ExitOK
}
