package views

import (
	"fyne.io/fyne/v2"

	"orgdesigner/app/chart"
	"orgdesigner/app/i18n"
	"orgdesigner/app/sheets"
	"orgdesigner/data"
	"orgdesigner/views/dialogs"
	"orgdesigner/views/settings"
)

// reportItems are the File menu's document-exchange commands: import a
// roster, export the staffing workbook, print or export a PDF.
func (m *MainWindow) reportItems() []*fyne.MenuItem {
	return []*fyne.MenuItem{
		item(i18n.L("Import roster…"), m.importRoster, shortcut(fyne.KeyI, false)),
		item(i18n.L("Export staffing workbook…"), m.exportWorkbook, shortcut(fyne.KeyE, true)),
		item(i18n.L("Print / Export PDF…"), m.printPDF, shortcut(fyne.KeyP, false)),
		item(i18n.L("Export role sheets as Word…"), m.exportWord, nil), // see word.go
	}
}

// importRoster opens the import wizard for an Excel or CSV roster.
func (m *MainWindow) importRoster() { dialogs.ShowImport(m.win, m.sess) }

// ImportFile opens the import wizard on a roster already chosen: one
// dropped on the window, or given after the document on the command line
// (a file manager's "Open with"). A read-only document says why it cannot.
func (m *MainWindow) ImportFile(path string) {
	if m.readOnly() {
		m.status.say(readOnlyReason(), true)
		return
	}
	dialogs.ShowImportFile(m.win, m.sess, path)
}

// onDropped imports the first roster dropped on the window (Excel or CSV
// files; anything else is named in the status bar).
func (m *MainWindow) onDropped(_ fyne.Position, uris []fyne.URI) {
	for _, u := range uris {
		if sheets.IsRosterName(u.Name()) {
			m.ImportFile(u.Path())
			return
		}
	}
	if len(uris) > 0 {
		m.status.say(i18n.L("%s is not a roster: drop an Excel or CSV file to import it.", uris[0].Name()), true)
	}
}

// exportWorkbook opens the staffing workbook (编制表) export dialog.
func (m *MainWindow) exportWorkbook() { dialogs.ShowExportWorkbook(m.win, m.sess) }

// printPDF opens the Print / Export PDF dialog for what is selected (a
// role's sheet, a department's sheets) on the paper set in Settings.
func (m *MainWindow) printPDF() {
	var selected []data.ID
	if m.sel.Kind == chart.KindRole || m.sel.Kind == chart.KindDepartment {
		selected = []data.ID{m.sel.ID}
	}
	dialogs.ShowPDF(m.win, m.sess, selected, settings.PaperSize(m.app))
}
