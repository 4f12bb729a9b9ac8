package dialogs

import (
	"context"
	"errors"
	"io"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/i18n"
	"orgdesigner/app/report"
	"orgdesigner/app/report/docx"
	"orgdesigner/data"
	"orgdesigner/views/wrapped"
)

// writeWord writes the Word role sheets (a variable so tests can make an
// export that waits to be cancelled).
var writeWord = docx.RoleSheets

// wordScope is what the Word copy covers.
type wordScope int

const (
	wordRole       wordScope = iota // the one selected role
	wordSelected                    // the selected roles
	wordDepartment                  // a department and its sub-departments
	wordAll                         // every role
)

// wordDialog is File → Export role sheets as Word…: which role sheets,
// paper and orientation, where to save; the .docx is written in the
// background and opened when done.
type wordDialog struct {
	parent   fyne.Window
	sess     Session
	doc      *data.Document
	roles    []data.ID // the selected roles
	scopes   []wordScope
	options  []string
	scope    *widget.RadioGroup
	dept     *widget.Select
	deptIDs  map[string]data.ID
	paper    *widget.Select
	portrait *widget.RadioGroup
	openDone *widget.Check
	target   *pathField
	problem  *wrapped.Label
	export   *widget.Button
	dlg      *dialog.CustomDialog
	run      *runner // the running export, for tests
	result   docx.Result
}

// ShowWord opens the Export role sheets as Word dialog over parent.
// selected are the ids selected in the main window (roles, or a
// department); paper is the preferred paper size ("" is A4).
func ShowWord(parent fyne.Window, sess Session, selected []data.ID, paper string) {
	newWordDialog(parent, sess, selected, paper).dlg.Show()
}

func newWordDialog(parent fyne.Window, sess Session, selected []data.ID, paper string) *wordDialog {
	d := &wordDialog{parent: parent, sess: sess, doc: sess.Doc(), problem: wrapped.NewLabel("")}
	var selDept data.ID
	d.roles, selDept = splitSelection(d.doc, selected)
	add := func(s wordScope, label string) {
		d.scopes = append(d.scopes, s)
		d.options = append(d.options, label)
	}
	if len(d.roles) == 1 {
		add(wordRole, i18n.L("Job description of %s", d.doc.Role(d.roles[0]).Title))
	}
	if len(d.roles) > 1 {
		add(wordSelected, i18n.L("Job descriptions of the %d selected roles", len(d.roles)))
	}
	add(wordDepartment, i18n.L("Job descriptions of a department and its sub-departments"))
	add(wordAll, i18n.L("All job descriptions (%d roles)", len(d.doc.Roles)))
	d.scope = widget.NewRadioGroup(d.options, nil)
	d.scope.Required = true

	d.dept, d.deptIDs = newDepartmentSelect(d.doc, selDept, func() {
		if d.target != nil {
			d.target.suggest(d.suggestedPath())
		}
	})
	d.paper = widget.NewSelect(report.Papers, nil)
	d.paper.SetSelected(paperName(paper))
	d.portrait = newOrientation()
	d.openDone = widget.NewCheck(i18n.L("Open the document when it is ready"), nil)
	d.openDone.SetChecked(true)
	d.problem.Importance = widget.DangerImportance
	d.problem.Hide()
	switch {
	case len(d.roles) == 1:
		d.scope.SetSelected(d.options[d.indexOf(wordRole)])
	case len(d.roles) > 1:
		d.scope.SetSelected(d.options[d.indexOf(wordSelected)])
	case selDept != "":
		d.scope.SetSelected(d.options[d.indexOf(wordDepartment)])
	default:
		d.scope.SetSelected(d.options[d.indexOf(wordAll)])
	}
	d.target = newPathField(parent, d.suggestedPath(), ".docx")
	d.scope.OnChanged = d.onScope
	d.onScope(d.scope.Selected)

	about := wrapped.NewLabel(i18n.L("An editable copy for Word or WPS: the same sections as the printed job description, one form per role, each starting on a new page."))
	form := container.New(layout.NewFormLayout(),
		widget.NewLabel(i18n.L("Department:")), d.dept,
		widget.NewLabel(i18n.L("Paper:")), d.paper,
		widget.NewLabel(i18n.L("Orientation:")), d.portrait)
	content := container.NewVBox(about, widget.NewLabelWithStyle(i18n.L("What to export"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		d.scope, widget.NewSeparator(), form, widget.NewSeparator(),
		widget.NewLabel(i18n.L("Save as:")), d.target.content, d.openDone, d.problem)
	d.export = widget.NewButtonWithIcon(i18n.L("Export Word document"), theme.DocumentSaveIcon(), d.onExport)
	d.export.Importance = widget.HighImportance
	cancel := widget.NewButtonWithIcon(i18n.L("Cancel"), theme.CancelIcon(), func() { d.dlg.Hide() })
	d.dlg = dialog.NewCustomWithoutButtons(i18n.L("Export role sheets as Word"), content, parent)
	d.dlg.SetButtons([]fyne.CanvasObject{cancel, d.export})
	d.dlg.Resize(fitSize(parent, fyne.NewSize(44*theme.TextSize(), 0)))
	return d
}

func (d *wordDialog) indexOf(s wordScope) int { return scopeIndex(d.scopes, s) }

func (d *wordDialog) selected() wordScope {
	return chosenScope(d.options, d.scopes, d.scope.Selected, wordAll)
}

func (d *wordDialog) onScope(string) {
	if d.selected() == wordDepartment {
		d.dept.Enable()
	} else {
		d.dept.Disable()
	}
	d.target.suggest(d.suggestedPath())
}

// suggestedPath names the document after what it holds.
func (d *wordDialog) suggestedPath() string {
	name := safeFileName(d.doc.Org.Name)
	file := i18n.L("%s job descriptions.docx", name)
	switch d.selected() {
	case wordRole:
		file = i18n.L("%s job description.docx", safeFileName(d.doc.Role(d.roles[0]).Title))
	case wordDepartment:
		if dep := d.doc.Department(d.deptIDs[d.dept.Selected]); dep != nil {
			file = i18n.L("%s job descriptions.docx", safeFileName(dep.Name))
		}
	}
	return filepath.Join(saveFolder(d.sess), file)
}

// rolesToWrite is the role list of the chosen scope (nil: every role).
func (d *wordDialog) rolesToWrite() ([]data.ID, error) {
	switch d.selected() {
	case wordRole, wordSelected:
		return d.roles, nil
	case wordDepartment:
		id, ok := d.deptIDs[d.dept.Selected]
		if !ok {
			return nil, errors.New(i18n.L("Choose the department to print."))
		}
		ids := report.RoleIDs(d.doc, id)
		if len(ids) == 0 {
			return nil, errors.New(i18n.L("%s has no roles to print.", d.dept.Selected))
		}
		return ids, nil
	}
	if len(d.doc.Roles) == 0 {
		return nil, errors.New(i18n.L("The document has no roles to print."))
	}
	return nil, nil
}

func (d *wordDialog) onExport() {
	submit(d.parent, d.dlg, d.target, d.problem, d.rolesToWrite, d.write)
}

// wordOptions are the chosen paper and orientation, and the open
// scenario's name so that a draft's role sheets say which draft they are.
func (d *wordDialog) wordOptions() docx.Options {
	return docx.Options{Paper: d.paper.Selected, Landscape: landscape(d.portrait), Scenario: scenarioTitle(d.sess)}
}

// write makes the document in the background; Cancel leaves no file.
func (d *wordDialog) write(path string, roles []data.ID) {
	doc := d.sess.Doc()
	opt := d.wordOptions()
	var res docx.Result
	d.run = writeInBackground(d.parent, i18n.L("Export role sheets as Word"), path, d.openDone.Checked,
		func(ctx context.Context, w io.Writer, progress func(int, int)) (err error) {
			opt.Progress = progress
			res, err = writeWord(ctx, w, doc, roles, opt)
			return err
		}, func() []string {
			d.result = res
			return []string{i18n.L("%d role sheets.", res.Roles)}
		})
}
