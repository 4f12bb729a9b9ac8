package views

import (
	"orgdesigner/app/chart"
	"orgdesigner/data"
	"orgdesigner/views/dialogs"
	"orgdesigner/views/settings"
)

// exportWord opens File → Export role sheets as Word… for what is
// selected (a role's sheet, a department's sheets) on the paper set in
// Settings.
func (m *MainWindow) exportWord() {
	var selected []data.ID
	if m.sel.Kind == chart.KindRole || m.sel.Kind == chart.KindDepartment {
		selected = []data.ID{m.sel.ID}
	}
	dialogs.ShowWord(m.win, m.sess, selected, settings.PaperSize(m.app))
}
