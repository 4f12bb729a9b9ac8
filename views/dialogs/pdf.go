package dialogs

import (
	"context"
	"io"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/i18n"
	"orgdesigner/app/report"
	"orgdesigner/data"
)

// ShowPDF opens File → Print / Export PDF… over parent: role sheets, the
// organisation booklet (or a department's), the staffing table or a
// poster, with the role-sheet options. selected are the ids selected in
// the main window (roles, or a department); paper is the preferred paper
// size ("A4", "A3" or "Letter"; "" is A4).
func ShowPDF(parent fyne.Window, sess Session, selected []data.ID, paper string) {
	newPDFDialog(parent, sess, selected, paper).dlg.Show()
}

func newPDFDialog(parent fyne.Window, sess Session, selected []data.ID, paper string) *reportDialog {
	return newReportDialog(reportKind{
		title:       i18n.L("Print / Export PDF"),
		heading:     i18n.L("What to print"),
		openLabel:   i18n.L("Open the PDF when it is ready"),
		exportLabel: i18n.L("Export PDF"),
		exportIcon:  theme.DocumentPrintIcon(),
		ext:         ".pdf",
		more:        []scope{scopeBooklet, scopeDeptBooklet, scopeStaffing, scopePoster},
		fallback:    scopeBooklet,
		options:     true,
		fileName:    pdfName,
		write: func(ctx context.Context, w io.Writer, doc *data.Document, sc scope, roles []data.ID, opt report.Options) (any, error) {
			return writeReport(ctx, w, doc, sc, roles, opt)
		},
		notes: func(res any) []string {
			r := res.(report.Result)
			return append([]string{i18n.L("%d pages.", r.Pages)}, r.Warnings...)
		},
	}, parent, sess, selected, paper)
}

// pdfName names the PDF of scope sc after name.
func pdfName(sc scope, name string) string {
	switch sc {
	case scopeRole:
		return i18n.L("%s job description.pdf", name)
	case scopeBooklet, scopeDeptBooklet:
		return i18n.L("%s organisation booklet.pdf", name)
	case scopeStaffing:
		return i18n.L("%s staffing table.pdf", name)
	case scopePoster:
		return i18n.L("%s organisation chart poster.pdf", name)
	}
	return i18n.L("%s job descriptions.pdf", name)
}

// paperName is a supported paper size matching name, else A4.
func paperName(name string) string {
	for _, s := range report.Papers {
		if strings.EqualFold(s, strings.TrimSpace(name)) {
			return s
		}
	}
	return report.Papers[0]
}

// writeReport writes the report of a scope (a variable so tests can make
// a report that waits to be cancelled).
var writeReport = func(ctx context.Context, w io.Writer, doc *data.Document, sc scope, roles []data.ID, opt report.Options) (report.Result, error) {
	switch sc {
	case scopeBooklet, scopeDeptBooklet:
		return report.Booklet(ctx, w, doc, opt)
	case scopeStaffing:
		return report.Staffing(ctx, w, doc, opt)
	case scopePoster:
		return report.Poster(ctx, w, doc, opt)
	}
	return report.RoleSheets(ctx, w, doc, roles, opt)
}

// sectionChecks are the role-sheet sections to print, one check box each
// in a grid that fits the dialog, all ticked at first.
type sectionChecks struct {
	checks  []*widget.Check
	content *fyne.Container
}

func newSectionChecks() *sectionChecks {
	c := &sectionChecks{}
	var objs []fyne.CanvasObject
	for _, s := range report.Sections {
		ch := widget.NewCheck(s.Label(i18n.Language()), nil)
		ch.SetChecked(true)
		c.checks = append(c.checks, ch)
		objs = append(objs, ch)
	}
	c.content = container.NewGridWithColumns(4, objs...)
	return c
}

// selected lists the ticked sections in print order.
func (c *sectionChecks) selected() []report.Section {
	var out []report.Section
	for i, ch := range c.checks {
		if ch.Checked {
			out = append(out, report.Sections[i])
		}
	}
	return out
}

// set ticks exactly the given sections.
func (c *sectionChecks) set(secs ...report.Section) {
	for i, ch := range c.checks {
		ch.SetChecked(slices.Contains(secs, report.Sections[i]))
	}
}

func (c *sectionChecks) enable(on bool) {
	for _, ch := range c.checks {
		if on {
			ch.Enable()
		} else {
			ch.Disable()
		}
	}
}
