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
	"orgdesigner/data"
	"orgdesigner/views/wrapped"
)

// scope is what a report covers.
type scope int

const (
	scopeRole        scope = iota // the one selected role
	scopeSelected                 // the selected roles
	scopeDepartment               // the roles of a department and its sub-departments
	scopeAll                      // every role sheet
	scopeBooklet                  // the organisation booklet
	scopeStaffing                 // the staffing table
	scopeDeptBooklet              // one department's chart, overview and role sheets
	scopePoster                   // the whole chart on one poster page
)

// reportKind is what makes the Print / Export PDF dialog and the Word
// dialog differ; reportDialog is the rest, which they share.
type reportKind struct {
	title, heading string // the dialog's title; the heading over the scopes
	about          string // a note at the top ("" for none)
	openLabel      string // the "open when ready" check box
	exportLabel    string // the button that writes
	exportIcon     fyne.Resource
	ext            string  // the file's extension, with the dot
	more           []scope // the scopes offered after the role-sheet ones
	fallback       scope   // the scope chosen when nothing is selected
	// options offers the role-sheet options (sections, blank form,
	// punctuation) and the poster paper.
	options bool
	// fileName names the file of scope sc after name: the role's, the
	// department's or the organisation's.
	fileName func(sc scope, name string) string
	// write writes the report in the background; notes are the lines of
	// the "saved" message for its result.
	write func(ctx context.Context, w io.Writer, doc *data.Document, sc scope, roles []data.ID, opt report.Options) (any, error)
	notes func(result any) []string
}

// reportDialog chooses what to print (from what the main window has
// selected), a department, paper and orientation, and where to save; the
// report is written in the background and opened when done.
type reportDialog struct {
	kind     reportKind
	parent   fyne.Window
	sess     Session
	doc      *data.Document
	roles    []data.ID // the selected roles
	scopes   []scope   // the scope of each radio option
	options  []string
	scope    *widget.RadioGroup
	dept     *widget.Select
	deptIDs  map[string]data.ID
	paper    *widget.Select
	portrait *widget.RadioGroup
	openDone *widget.Check
	// Role-sheet options (kind.options): the sections to print, empty
	// sections as boxes to fill in, Chinese punctuation normalised in the
	// document's text; the poster paper for the poster scope.
	sections  *sectionChecks
	blankForm *widget.Check
	punct     *widget.Check
	poster    *widget.Select
	target    *pathField
	problem   *wrapped.Label
	export    *widget.Button
	dlg       *dialog.CustomDialog
	run       *runner // the running report, for tests
	result    any     // what kind.write returned, for tests
}

func newReportDialog(kind reportKind, parent fyne.Window, sess Session, selected []data.ID, paper string) *reportDialog {
	d := &reportDialog{kind: kind, parent: parent, sess: sess, doc: sess.Doc(), problem: wrapped.NewLabel("")}
	var selDept data.ID
	d.roles, selDept = splitSelection(d.doc, selected)
	d.buildScopes()
	d.dept, d.deptIDs = newDepartmentSelect(d.doc, selDept, func() {
		if d.target != nil {
			d.target.suggest(d.suggestedPath())
		}
	})
	d.paper = widget.NewSelect(report.Papers, nil)
	d.paper.SetSelected(paperName(paper))
	d.portrait = newOrientation()
	d.openDone = widget.NewCheck(kind.openLabel, nil)
	d.openDone.SetChecked(true)
	if kind.options {
		d.buildOptions()
	}
	d.problem.Importance = widget.DangerImportance
	d.problem.Hide()
	switch {
	case len(d.roles) == 1:
		d.scope.SetSelected(d.options[d.indexOf(scopeRole)])
	case len(d.roles) > 1:
		d.scope.SetSelected(d.options[d.indexOf(scopeSelected)])
	case selDept != "":
		d.scope.SetSelected(d.options[d.indexOf(scopeDepartment)])
	default:
		d.scope.SetSelected(d.options[d.indexOf(kind.fallback)])
	}
	d.target = newPathField(parent, d.suggestedPath(), kind.ext)
	d.scope.OnChanged = d.onScope
	d.onScope(d.scope.Selected)
	d.layout()
	return d
}

// layout builds the dialog: the options scroll on a small screen (a
// 768-pixel laptop) instead of pushing the buttons off it.
func (d *reportDialog) layout() {
	width := 44 * theme.TextSize()
	var items []fyne.CanvasObject
	if d.kind.about != "" {
		about := wrapped.NewLabel(d.kind.about)
		// Wrapped at the dialog's width now, so the dialog is made as high
		// as the note then is.
		about.Resize(fyne.NewSize(width-32, 0)) // 32: what a Fyne dialog takes around its content
		items = append(items, about)
	}
	rows := []fyne.CanvasObject{widget.NewLabel(i18n.L("Department:")), d.dept,
		widget.NewLabel(i18n.L("Paper:")), d.paper}
	if d.kind.options {
		rows = append(rows, widget.NewLabel(i18n.L("Poster:")), d.poster)
	}
	rows = append(rows, widget.NewLabel(i18n.L("Orientation:")), d.portrait)
	items = append(items, widget.NewLabelWithStyle(d.kind.heading, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		d.scope, widget.NewSeparator(), container.New(layout.NewFormLayout(), rows...))
	if d.kind.options {
		hint := widget.NewLabel(i18n.L("Chart pages are always landscape."))
		hint.SizeName = theme.SizeNameCaptionText
		items = append(items, hint, widget.NewSeparator(),
			widget.NewLabel(i18n.L("Job description sections:")), d.sections.content, d.blankForm, d.punct)
	}
	items = append(items, widget.NewSeparator(),
		widget.NewLabel(i18n.L("Save as:")), d.target.content, d.openDone, d.problem)
	content := container.NewVBox(items...)
	d.export = widget.NewButtonWithIcon(d.kind.exportLabel, d.kind.exportIcon, d.onExport)
	d.export.Importance = widget.HighImportance
	cancel := widget.NewButtonWithIcon(i18n.L("Cancel"), theme.CancelIcon(), func() { d.dlg.Hide() })
	scroll := container.NewVScroll(content)
	d.dlg = dialog.NewCustomWithoutButtons(d.kind.title, scroll, d.parent)
	d.dlg.SetButtons([]fyne.CanvasObject{cancel, d.export})
	// As high as the options, with the title and buttons around them, when
	// the window has room.
	chrome := d.dlg.MinSize().Height - scroll.MinSize().Height
	d.dlg.Resize(fitSize(d.parent, fyne.NewSize(width, content.MinSize().Height+chrome)))
}

// buildScopes lists the scopes that apply: "this role" only with one
// role selected, "selected roles" only with several.
func (d *reportDialog) buildScopes() {
	add := func(s scope, label string) {
		d.scopes = append(d.scopes, s)
		d.options = append(d.options, label)
	}
	if len(d.roles) == 1 {
		add(scopeRole, i18n.L("Job description of %s", d.doc.Role(d.roles[0]).Title))
	}
	if len(d.roles) > 1 {
		add(scopeSelected, i18n.L("Job descriptions of the %d selected roles", len(d.roles)))
	}
	add(scopeDepartment, i18n.L("Job descriptions of a department and its sub-departments"))
	add(scopeAll, i18n.L("All job descriptions (%d roles)", len(d.doc.Roles)))
	for _, s := range d.kind.more {
		switch s {
		case scopeBooklet:
			add(s, i18n.L("Organisation booklet: cover, contents, chart, departments and every job description"))
		case scopeDeptBooklet:
			add(s, i18n.L("Booklet of a department: its chart, overview and job descriptions"))
		case scopeStaffing:
			add(s, i18n.L("Staffing table"))
		case scopePoster:
			add(s, i18n.L("Organisation chart as one poster page"))
		}
	}
	d.scope = widget.NewRadioGroup(d.options, nil)
	d.scope.Required = true
}

// buildOptions makes the role-sheet options: every section ticked, blank
// form off, punctuation as the organisation's setting says; A1 posters.
func (d *reportDialog) buildOptions() {
	d.sections = newSectionChecks()
	d.blankForm = widget.NewCheck(i18n.L("Blank form: print empty sections as boxes to fill in"), nil)
	d.punct = widget.NewCheck(i18n.L("Normalise punctuation: print , ; : ( ) next to Chinese as ，；：（）"), nil)
	d.punct.SetChecked(d.doc.Org.NormalisePunct)
	d.poster = widget.NewSelect(report.Posters, nil)
	d.poster.SetSelected("A1")
}

// indexOf is the position of scope s among the radio options (0 when it
// is not offered).
func (d *reportDialog) indexOf(s scope) int {
	for i, x := range d.scopes {
		if x == s {
			return i
		}
	}
	return 0
}

// selected is the scope of the chosen radio option.
func (d *reportDialog) selected() scope {
	for i, o := range d.options {
		if o == d.scope.Selected {
			return d.scopes[i]
		}
	}
	return d.kind.fallback
}

// roleSheets reports whether scope sc prints role sheets (the sections
// apply).
func roleSheets(sc scope) bool { return sc != scopeStaffing && sc != scopePoster }

func (d *reportDialog) onScope(string) {
	sc := d.selected()
	if sc == scopeDepartment || sc == scopeDeptBooklet {
		d.dept.Enable()
	} else {
		d.dept.Disable()
	}
	if d.kind.options {
		if sc == scopePoster {
			d.poster.Enable()
			d.paper.Disable()
		} else {
			d.poster.Disable()
			d.paper.Enable()
		}
		d.sections.enable(roleSheets(sc))
		if roleSheets(sc) {
			d.blankForm.Enable()
		} else {
			d.blankForm.Disable()
		}
	}
	d.target.suggest(d.suggestedPath())
}

// suggestedPath names the file after what it holds.
func (d *reportDialog) suggestedPath() string {
	sc, name := d.selected(), safeFileName(d.doc.Org.Name)
	switch sc {
	case scopeRole:
		name = safeFileName(d.doc.Role(d.roles[0]).Title)
	case scopeDepartment, scopeDeptBooklet:
		if dep := d.doc.Department(d.deptIDs[d.dept.Selected]); dep != nil {
			name = safeFileName(dep.Name)
		}
	}
	return filepath.Join(saveFolder(d.sess), d.kind.fileName(sc, name))
}

// rolesToPrint is the role list of the chosen scope (nil: every role, or
// none for the scopes that print no role sheets), or why it cannot print.
func (d *reportDialog) rolesToPrint() ([]data.ID, error) {
	sc := d.selected()
	switch sc {
	case scopeRole, scopeSelected:
		return d.roles, nil
	case scopeDepartment:
		id, ok := d.deptIDs[d.dept.Selected]
		if !ok {
			return nil, errors.New(i18n.L("Choose the department to print."))
		}
		ids := report.RoleIDs(d.doc, id)
		if len(ids) == 0 {
			return nil, errors.New(i18n.L("%s has no roles to print.", d.dept.Selected))
		}
		return ids, nil
	case scopeAll:
		if len(d.doc.Roles) == 0 {
			return nil, errors.New(i18n.L("The document has no roles to print."))
		}
	case scopeDeptBooklet:
		if _, ok := d.deptIDs[d.dept.Selected]; !ok {
			return nil, errors.New(i18n.L("Choose the department to print."))
		}
	}
	if d.kind.options && roleSheets(sc) && len(d.sections.selected()) == 0 {
		return nil, errors.New(i18n.L("Choose at least one job description section to print."))
	}
	return nil, nil
}

// reportOptions are the report options the dialog's controls choose, with
// the open scenario's name so that a draft on paper says which draft it
// is.
func (d *reportDialog) reportOptions() report.Options {
	opt := report.Options{Paper: d.paper.Selected, Landscape: landscape(d.portrait), Scenario: scenarioTitle(d.sess)}
	if !d.kind.options {
		return opt
	}
	opt.BlankForm, opt.NormalisePunct = d.blankForm.Checked, d.punct.Checked
	if sel := d.sections.selected(); len(sel) < len(report.Sections) {
		opt.Sections = sel
	}
	switch d.selected() {
	case scopeDeptBooklet:
		opt.Department = d.deptIDs[d.dept.Selected]
	case scopePoster:
		opt.Poster = d.poster.Selected
	}
	return opt
}

func (d *reportDialog) onExport() {
	submit(d.parent, d.dlg, d.target, d.problem, d.rolesToPrint, d.write)
}

// write makes the report in the background; Cancel leaves no file.
func (d *reportDialog) write(path string, roles []data.ID) {
	doc, sc := d.sess.Doc(), d.selected()
	opt := d.reportOptions()
	var res any
	d.run = writeInBackground(d.parent, d.kind.title, path, d.openDone.Checked,
		func(ctx context.Context, w io.Writer, progress func(int, int)) (err error) {
			opt.Progress = progress
			res, err = d.kind.write(ctx, w, doc, sc, roles, opt)
			return err
		}, func() []string {
			d.result = res
			return d.kind.notes(res)
		})
}
