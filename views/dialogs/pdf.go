package dialogs

import (
	"context"
	"errors"
	"io"
	"path/filepath"
	"slices"
	"strings"

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

// scope is what a PDF report covers.
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

// pdfDialog is File → Print / Export PDF…: what to print, paper and
// orientation, where to save; the report is written in the background
// and opened when done.
type pdfDialog struct {
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
	// Role-sheet options: the sections to print, empty sections as boxes
	// to fill in, Chinese punctuation normalised in the document's text.
	sections  *sectionChecks
	blankForm *widget.Check
	punct     *widget.Check
	poster    *widget.Select // poster paper for the poster scope
	target    *pathField
	problem   *wrapped.Label
	export    *widget.Button
	dlg       *dialog.CustomDialog
	run       *runner // the running report, for tests
	result    report.Result
}

// ShowPDF opens the Print / Export PDF dialog over parent. selected are
// the ids selected in the main window (roles, or a department); paper is
// the preferred paper size ("A4", "A3" or "Letter"; "" is A4).
func ShowPDF(parent fyne.Window, sess Session, selected []data.ID, paper string) {
	newPDFDialog(parent, sess, selected, paper).dlg.Show()
}

func newPDFDialog(parent fyne.Window, sess Session, selected []data.ID, paper string) *pdfDialog {
	p := &pdfDialog{parent: parent, sess: sess, doc: sess.Doc(), problem: wrapped.NewLabel("")}
	var selDept data.ID
	p.roles, selDept = splitSelection(p.doc, selected)
	p.buildScopes()
	p.buildDepartments(selDept)
	p.paper = widget.NewSelect(report.Papers, nil)
	p.paper.SetSelected(paperName(paper))
	p.portrait = newOrientation()
	p.openDone = widget.NewCheck(i18n.L("Open the PDF when it is ready"), nil)
	p.openDone.SetChecked(true)
	p.buildOptions()
	p.problem.Importance = widget.DangerImportance
	p.problem.Hide()
	switch {
	case len(p.roles) == 1:
		p.scope.SetSelected(p.options[p.indexOf(scopeRole)])
	case len(p.roles) > 1:
		p.scope.SetSelected(p.options[p.indexOf(scopeSelected)])
	case selDept != "":
		p.scope.SetSelected(p.options[p.indexOf(scopeDepartment)])
	default:
		p.scope.SetSelected(p.options[p.indexOf(scopeBooklet)])
	}
	p.target = newPathField(parent, p.suggestedPath(), ".pdf")
	p.scope.OnChanged = p.onScope
	p.onScope(p.scope.Selected)

	form := container.New(layout.NewFormLayout(),
		widget.NewLabel(i18n.L("Department:")), p.dept,
		widget.NewLabel(i18n.L("Paper:")), p.paper,
		widget.NewLabel(i18n.L("Poster:")), p.poster,
		widget.NewLabel(i18n.L("Orientation:")), p.portrait)
	hint := widget.NewLabel(i18n.L("Chart pages are always landscape."))
	hint.SizeName = theme.SizeNameCaptionText
	content := container.NewVBox(widget.NewLabelWithStyle(i18n.L("What to print"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		p.scope, widget.NewSeparator(), form, hint, widget.NewSeparator(),
		widget.NewLabel(i18n.L("Job description sections:")), p.sections.content, p.blankForm, p.punct, widget.NewSeparator(),
		widget.NewLabel(i18n.L("Save as:")), p.target.content, p.openDone, p.problem)
	p.export = widget.NewButtonWithIcon(i18n.L("Export PDF"), theme.DocumentPrintIcon(), p.onExport)
	p.export.Importance = widget.HighImportance
	cancel := widget.NewButtonWithIcon(i18n.L("Cancel"), theme.CancelIcon(), func() { p.dlg.Hide() })
	// The options scroll on a small screen (a 768-pixel laptop) instead
	// of pushing the buttons off it.
	scroll := container.NewVScroll(content)
	p.dlg = dialog.NewCustomWithoutButtons(i18n.L("Print / Export PDF"), scroll, parent)
	p.dlg.SetButtons([]fyne.CanvasObject{cancel, p.export})
	p.dlg.Resize(fitSize(parent, fyne.NewSize(44*theme.TextSize(), content.MinSize().Height+6*theme.TextSize())))
	return p
}

// buildScopes lists the scopes that apply: "this role" only with one
// role selected, "selected roles" only with several.
func (p *pdfDialog) buildScopes() {
	add := func(s scope, label string) {
		p.scopes = append(p.scopes, s)
		p.options = append(p.options, label)
	}
	if len(p.roles) == 1 {
		add(scopeRole, i18n.L("Job description of %s", p.doc.Role(p.roles[0]).Title))
	}
	if len(p.roles) > 1 {
		add(scopeSelected, i18n.L("Job descriptions of the %d selected roles", len(p.roles)))
	}
	add(scopeDepartment, i18n.L("Job descriptions of a department and its sub-departments"))
	add(scopeAll, i18n.L("All job descriptions (%d roles)", len(p.doc.Roles)))
	add(scopeBooklet, i18n.L("Organisation booklet: cover, contents, chart, departments and every job description"))
	add(scopeDeptBooklet, i18n.L("Booklet of a department: its chart, overview and job descriptions"))
	add(scopeStaffing, i18n.L("Staffing table"))
	add(scopePoster, i18n.L("Organisation chart as one poster page"))
	p.scope = widget.NewRadioGroup(p.options, nil)
	p.scope.Required = true
}

func (p *pdfDialog) buildDepartments(selected data.ID) {
	p.dept, p.deptIDs = newDepartmentSelect(p.doc, selected, func() {
		if p.target != nil {
			p.target.suggest(p.suggestedPath())
		}
	})
}

func (p *pdfDialog) indexOf(s scope) int { return scopeIndex(p.scopes, s) }

func (p *pdfDialog) selected() scope {
	return chosenScope(p.options, p.scopes, p.scope.Selected, scopeBooklet)
}

func (p *pdfDialog) onScope(string) {
	if sc := p.selected(); sc == scopeDepartment || sc == scopeDeptBooklet {
		p.dept.Enable()
	} else {
		p.dept.Disable()
	}
	if p.selected() == scopePoster {
		p.poster.Enable()
		p.paper.Disable()
	} else {
		p.poster.Disable()
		p.paper.Enable()
	}
	if sc := p.selected(); sc == scopeStaffing || sc == scopePoster {
		p.sections.enable(false)
		p.blankForm.Disable()
	} else {
		p.sections.enable(true)
		p.blankForm.Enable()
	}
	p.target.suggest(p.suggestedPath())
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

// suggestedPath names the PDF after what it holds.
func (p *pdfDialog) suggestedPath() string {
	org := safeFileName(p.doc.Org.Name)
	var file string
	switch p.selected() {
	case scopeRole:
		file = i18n.L("%s job description.pdf", safeFileName(p.doc.Role(p.roles[0]).Title))
	case scopeDepartment:
		name := org
		if d := p.doc.Department(p.deptIDs[p.dept.Selected]); d != nil {
			name = safeFileName(d.Name)
		}
		file = i18n.L("%s job descriptions.pdf", name)
	case scopeSelected, scopeAll:
		file = i18n.L("%s job descriptions.pdf", org)
	case scopeBooklet:
		file = i18n.L("%s organisation booklet.pdf", org)
	case scopeDeptBooklet:
		name := org
		if d := p.doc.Department(p.deptIDs[p.dept.Selected]); d != nil {
			name = safeFileName(d.Name)
		}
		file = i18n.L("%s organisation booklet.pdf", name)
	case scopeStaffing:
		file = i18n.L("%s staffing table.pdf", org)
	case scopePoster:
		file = i18n.L("%s organisation chart poster.pdf", org)
	}
	return filepath.Join(saveFolder(p.sess), file)
}

// rolesToPrint is the role list for the role-sheet scopes.
func (p *pdfDialog) rolesToPrint() ([]data.ID, error) {
	switch p.selected() {
	case scopeRole, scopeSelected:
		return p.roles, nil
	case scopeDepartment:
		id, ok := p.deptIDs[p.dept.Selected]
		if !ok {
			return nil, errors.New(i18n.L("Choose the department to print."))
		}
		ids := report.RoleIDs(p.doc, id)
		if len(ids) == 0 {
			return nil, errors.New(i18n.L("%s has no roles to print.", p.dept.Selected))
		}
		return ids, nil
	case scopeAll:
		if len(p.doc.Roles) == 0 {
			return nil, errors.New(i18n.L("The document has no roles to print."))
		}
	case scopeDeptBooklet:
		if _, ok := p.deptIDs[p.dept.Selected]; !ok {
			return nil, errors.New(i18n.L("Choose the department to print."))
		}
	}
	if sc := p.selected(); sc != scopeStaffing && sc != scopePoster && len(p.sections.selected()) == 0 {
		return nil, errors.New(i18n.L("Choose at least one job description section to print."))
	}
	return nil, nil
}

// buildOptions makes the role-sheet options: every section ticked, blank
// form off, punctuation as the organisation's setting says.
func (p *pdfDialog) buildOptions() {
	p.sections = newSectionChecks()
	p.blankForm = widget.NewCheck(i18n.L("Blank form: print empty sections as boxes to fill in"), nil)
	p.punct = widget.NewCheck(i18n.L("Normalise punctuation: print , ; : ( ) next to Chinese as ，；：（）"), nil)
	p.punct.SetChecked(p.doc.Org.NormalisePunct)
	p.poster = widget.NewSelect(report.Posters, nil)
	p.poster.SetSelected("A1")
}

// reportOptions are the report options the dialog's controls choose.
func (p *pdfDialog) reportOptions() report.Options {
	opt := report.Options{Paper: p.paper.Selected, Landscape: landscape(p.portrait),
		BlankForm: p.blankForm.Checked, NormalisePunct: p.punct.Checked, Scenario: scenarioTitle(p.sess)}
	if sel := p.sections.selected(); len(sel) < len(report.Sections) {
		opt.Sections = sel
	}
	switch p.selected() {
	case scopeDeptBooklet:
		opt.Department = p.deptIDs[p.dept.Selected]
	case scopePoster:
		opt.Poster = p.poster.Selected
	}
	return opt
}

func (p *pdfDialog) onExport() {
	submit(p.parent, p.dlg, p.target, p.problem, p.rolesToPrint, p.write)
}

// write makes the report in the background; Cancel leaves no file.
func (p *pdfDialog) write(path string, roles []data.ID) {
	doc, sc := p.sess.Doc(), p.selected()
	opt := p.reportOptions()
	var res report.Result
	p.run = writeInBackground(p.parent, i18n.L("Print / Export PDF"), path, p.openDone.Checked,
		func(ctx context.Context, w io.Writer, progress func(int, int)) (err error) {
			opt.Progress = progress
			res, err = writeReport(ctx, w, doc, sc, roles, opt)
			return err
		}, func() []string {
			p.result = res
			return append([]string{i18n.L("%d pages.", res.Pages)}, res.Warnings...)
		})
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
