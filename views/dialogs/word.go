package dialogs

import (
	"context"
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"orgdesigner/app/i18n"
	"orgdesigner/app/report"
	"orgdesigner/app/report/docx"
	"orgdesigner/data"
)

// writeWord writes the Word role sheets (a variable so tests can make an
// export that waits to be cancelled).
var writeWord = docx.RoleSheets

// ShowWord opens File → Export role sheets as Word… over parent: the role
// sheets as an editable .docx. selected are the ids selected in the main
// window (roles, or a department); paper is the preferred paper size (""
// is A4).
func ShowWord(parent fyne.Window, sess Session, selected []data.ID, paper string) {
	newWordDialog(parent, sess, selected, paper).dlg.Show()
}

func newWordDialog(parent fyne.Window, sess Session, selected []data.ID, paper string) *reportDialog {
	return newReportDialog(reportKind{
		title:       i18n.L("Export role sheets as Word"),
		heading:     i18n.L("What to export"),
		about:       i18n.L("An editable copy for Word or WPS: the same sections as the printed job description, one form per role, each starting on a new page."),
		openLabel:   i18n.L("Open the document when it is ready"),
		exportLabel: i18n.L("Export Word document"),
		exportIcon:  theme.DocumentSaveIcon(),
		ext:         ".docx",
		fallback:    scopeAll,
		fileName: func(sc scope, name string) string {
			if sc == scopeRole {
				return i18n.L("%s job description.docx", name)
			}
			return i18n.L("%s job descriptions.docx", name)
		},
		write: func(ctx context.Context, w io.Writer, doc *data.Document, _ scope, roles []data.ID, opt report.Options) (any, error) {
			return writeWord(ctx, w, doc, roles, docx.Options{Paper: opt.Paper, Landscape: opt.Landscape,
				Scenario: opt.Scenario, Progress: opt.Progress})
		},
		notes: func(res any) []string { return []string{i18n.L("%d role sheets.", res.(docx.Result).Roles)} },
	}, parent, sess, selected, paper)
}
