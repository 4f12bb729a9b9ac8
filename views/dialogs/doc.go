// Package dialogs holds OrgDesigner's file dialogs: the import wizard that
// brings a roster (花名册) from Excel or CSV into the document, the dialog
// that exports the staffing workbook (编制表), the Print / Export PDF
// dialog for role sheets (岗位说明书), the organisation booklet and the
// staffing table, and the Word export of role sheets; those two are one
// report dialog (reportdialog.go) with what differs in a reportKind.
// Sentences and messages are shown with views/wrapped, which breaks
// Chinese lines by 禁则.
//
// The logic lives in app/sheets and app/report; this package is their GUI.
// Slow work (reading a 10,000-row roster, writing a booklet) runs off the
// UI goroutine with a progress bar and a Cancel button, and results reach
// the widgets through fyne.Do. Files are written through a temporary file
// that is renamed into place, so a cancelled or failed export leaves no
// half-written file, and an import changes the document only when the user
// presses Import, as one undoable action.
package dialogs

import (
	"orgdesigner/app"
	"orgdesigner/data"
)

// Session is what the dialogs need from the editing session;
// *app.Session satisfies it.
type Session interface {
	// Doc returns the current document snapshot.
	Doc() *data.Document
	// Do applies a command as one undoable action.
	Do(app.Command) error
	// Path returns the document's file; its folder is where files are
	// saved by default.
	Path() string
}

var _ Session = (*app.Session)(nil)

// scenarioNamer is what a session that holds scenarios adds.
type scenarioNamer interface {
	Scenario() data.ID
	ScenarioName(data.ID) string
}

var _ scenarioNamer = (*app.Session)(nil)

// scenarioTitle names the open scenario for a report to print ("" when the
// current organisation is open).
func scenarioTitle(sess Session) string {
	if n, ok := sess.(scenarioNamer); ok && n.Scenario() != "" {
		return n.ScenarioName(n.Scenario())
	}
	return ""
}
