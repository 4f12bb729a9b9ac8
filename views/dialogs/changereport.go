package dialogs

import (
	"context"
	"io"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/compare"
	"orgdesigner/app/i18n"
	"orgdesigner/app/report"
	"orgdesigner/data"
	"orgdesigner/views/wrapped"
)

// changeReportDialog is Scenario → Print change report…: the change
// report PDF (变更报告) of a comparison — summary of headcount and cost
// before and after, the changes by department, the charts before and
// after — saved where the user says, like the other reports.
type changeReportDialog struct {
	parent       fyne.Window
	sess         Session
	res          *compare.Result
	nameA, nameB string
	paper        *widget.Select
	portrait     *widget.RadioGroup
	openDone     *widget.Check
	target       *pathField
	problem      *wrapped.Label
	export       *widget.Button
	dlg          *dialog.CustomDialog
	run          *runner // the running report, for tests
	result       report.Result
}

// ShowChangeReport opens the Print change report dialog over parent for
// the comparison res of nameA (before) with nameB (after); paper is the
// preferred paper size.
func ShowChangeReport(parent fyne.Window, sess Session, res *compare.Result, nameA, nameB, paper string) {
	newChangeReportDialog(parent, sess, res, nameA, nameB, paper).dlg.Show()
}

func newChangeReportDialog(parent fyne.Window, sess Session, res *compare.Result, nameA, nameB, paper string) *changeReportDialog {
	c := &changeReportDialog{parent: parent, sess: sess, res: res, nameA: nameA, nameB: nameB, problem: wrapped.NewLabel("")}
	about := wrapped.NewLabel(i18n.L("The change report compares %s with %s: headcount and monthly cost before and after, the changes department by department, and both charts with the changed cards marked.", nameA, nameB))
	c.paper = widget.NewSelect(report.Papers, nil)
	c.paper.SetSelected(paperName(paper))
	c.portrait = newOrientation()
	c.openDone = widget.NewCheck(i18n.L("Open the PDF when it is ready"), nil)
	c.openDone.SetChecked(true)
	c.problem.Importance = widget.DangerImportance
	c.problem.Hide()
	c.target = newPathField(parent, c.suggestedPath(), ".pdf")
	c.target.document = sess.Path()
	form := container.New(layout.NewFormLayout(),
		widget.NewLabel(i18n.L("Paper:")), c.paper,
		widget.NewLabel(i18n.L("Orientation:")), c.portrait)
	hint := widget.NewLabel(i18n.L("Chart pages are always landscape."))
	hint.SizeName = theme.SizeNameCaptionText
	content := container.NewVBox(about, widget.NewSeparator(), form, hint, widget.NewSeparator(),
		widget.NewLabel(i18n.L("Save as:")), c.target.content, c.openDone, c.problem)
	c.export = widget.NewButtonWithIcon(i18n.L("Export PDF"), theme.DocumentPrintIcon(), c.onExport)
	c.export.Importance = widget.HighImportance
	cancel := widget.NewButtonWithIcon(i18n.L("Cancel"), theme.CancelIcon(), func() { c.dlg.Hide() })
	c.dlg = dialog.NewCustomWithoutButtons(i18n.L("Print change report"), container.NewVScroll(content), parent)
	c.dlg.SetButtons([]fyne.CanvasObject{cancel, c.export})
	c.dlg.Resize(fitSize(parent, fyne.NewSize(40*theme.TextSize(), content.MinSize().Height+6*theme.TextSize())))
	return c
}

// suggestedPath names the PDF after the organisation and the two
// organisations compared, next to the document.
func (c *changeReportDialog) suggestedPath() string {
	file := i18n.L("%s change report %s to %s.pdf", safeFileName(c.res.B.Org.Name), safeFileName(c.nameA), safeFileName(c.nameB))
	return filepath.Join(saveFolder(c.sess), file)
}

func (c *changeReportDialog) onExport() {
	submit(c.parent, c.dlg, c.target, c.problem, func() ([]data.ID, error) { return nil, nil },
		func(path string, _ []data.ID) { c.write(path) })
}

// write makes the report in the background; Cancel leaves no file.
func (c *changeReportDialog) write(path string) {
	opt := report.ChangeOptions{
		Options: report.Options{Paper: c.paper.Selected, Landscape: landscape(c.portrait)},
		NameA:   c.nameA, NameB: c.nameB, Lang: i18n.Language(),
	}
	res := c.res
	var out report.Result
	title := i18n.L("Print change report")
	c.run = writeInBackground(c.parent, title, path, c.openDone.Checked,
		func(ctx context.Context, w io.Writer, progress func(int, int)) (err error) {
			opt.Progress = progress
			out, err = writeChangeReport(ctx, w, res, opt)
			return err
		}, func() []string {
			c.result = out
			return append([]string{i18n.L("%d pages.", out.Pages)}, out.Warnings...)
		})
}

// writeChangeReport writes the change report (a variable so tests can
// make one that waits to be cancelled).
var writeChangeReport = report.Changes
