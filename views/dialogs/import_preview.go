package dialogs

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/i18n"
	"orgdesigner/app/sheets"
	"orgdesigner/views/wrapped"
)

// previewStep is the fifth page: what the import would change and every
// row it cannot take, before anything is written.
type previewStep struct {
	w *ImportWizard

	newPeople, updatedPeople, unchanged *widget.Label
	newDepts, newRoles, updatedRoles    *widget.Label
	lines, skipped                      *widget.Label
	nothing                             *wrapped.Label
	skipLeavers, structure              *widget.Check
	personal                            *widget.Check     // import_personal.go
	personalCols                        *wrapped.Label    // the personal columns
	personalBox                         fyne.CanvasObject // both
	link                                *widget.Check     // join the linked sheet (Analysis.Link)
	// orgName says the organisation is named after the company at the top
	// of the file's departments; useRoot accepts or declines that
	// (Analysis.CompanyRoot).
	orgName *widget.Label
	useRoot *widget.Check
	// derived says what the managers gave (role lines, heads); noRole how
	// many people get no role, with roleFrom offering title-like columns.
	derived      *wrapped.Label
	noRole       *widget.Label
	roleFrom     *widget.Select
	conflictsTab *container.TabItem
	conflicts    *widget.List

	tabs                  *container.AppTabs
	problemsTab, deptsTab *container.TabItem
	rolesTab, peopleTab   *container.TabItem
	problems              *widget.Table
	detail                *wrapped.Label
	saveAnnotated         *widget.Button
	depts, roles, people  *widget.List
	content               fyne.CanvasObject
	updating              bool
}

// problemColumnCount is the number of columns of the problems table.
const problemColumnCount = 5

// problemColumns are the headings of the problems table.
// The first names the sheet, or the file for a CSV file (which has none).
func problemColumns(csv bool) []string {
	where := i18n.L("Sheet")
	if csv {
		where = i18n.L("File")
	}
	return []string{where, i18n.L("Row"), i18n.L("Column"), i18n.L("Value"), i18n.L("Reason")}
}

func newPreviewStep(w *ImportWizard) *previewStep {
	s := &previewStep{w: w}
	count := func() *widget.Label {
		return widget.NewLabelWithStyle("", fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
	}
	s.newPeople, s.updatedPeople, s.unchanged = count(), count(), count()
	s.newDepts, s.newRoles, s.updatedRoles = count(), count(), count()
	s.lines, s.skipped = count(), count()
	s.nothing = wrapped.NewLabel(i18n.L("Nothing changes: the document already holds everything in this file."))
	s.nothing.Importance = widget.SuccessImportance
	s.skipLeavers = widget.NewCheck(i18n.L("Skip people who have left"), s.onSkipLeavers)
	s.derived = wrapped.NewLabel("")
	s.noRole = widget.NewLabel("")
	s.noRole.Importance = widget.WarningImportance
	s.roleFrom = newSelect(nil, s.onRoleFrom)
	s.roleFrom.PlaceHolder = i18n.L("Create roles from column…")
	s.structure = widget.NewCheck("", s.onStructure)
	s.personalBox = s.newPersonal()
	s.link = widget.NewCheck("", s.onLink)
	s.orgName = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	s.orgName.Wrapping = fyne.TextWrapWord
	s.useRoot = widget.NewCheck("", s.onUseRoot)

	pair := func(label string, l *widget.Label) fyne.CanvasObject {
		return container.NewHBox(widget.NewLabel(label), l)
	}
	summary := container.NewGridWithColumns(4,
		pair(i18n.L("New people"), s.newPeople), pair(i18n.L("Updated people"), s.updatedPeople),
		pair(i18n.L("Unchanged people"), s.unchanged), pair(i18n.L("Rows not imported"), s.skipped),
		pair(i18n.L("New departments"), s.newDepts), pair(i18n.L("New roles"), s.newRoles),
		pair(i18n.L("Roles updated"), s.updatedRoles), pair(i18n.L("Reporting lines"), s.lines))

	s.problems = widget.NewTable(s.problemSize, func() fyne.CanvasObject {
		l := widget.NewLabel("")
		l.Truncation = fyne.TextTruncateEllipsis
		return l
	}, func(id widget.TableCellID, o fyne.CanvasObject) { o.(*widget.Label).SetText(s.cell(id.Row, id.Col)) })
	s.problems.ShowHeaderRow = true
	s.problems.CreateHeader = func() fyne.CanvasObject {
		return widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	s.problems.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		if id.Col >= 0 {
			o.(*widget.Label).SetText(problemColumns(s.w.preview != nil && s.w.preview.CSV)[id.Col])
		}
	}
	t := theme.TextSize()
	for i, wd := range []float32{9 * t, 4 * t, 9 * t, 12 * t, 40 * t} {
		s.problems.SetColumnWidth(i, wd)
	}
	s.detail = wrapped.NewLabel(i18n.L("Select a problem to read it in full."))
	s.problems.OnSelected = s.onProblem
	s.saveAnnotated = widget.NewButtonWithIcon(i18n.L("Save problems as annotated workbook…"),
		theme.DocumentSaveIcon(), s.onSaveAnnotated)
	problemsPane := container.NewBorder(nil, container.NewVBox(s.detail, container.NewHBox(s.saveAnnotated)),
		nil, nil, s.problems)

	s.depts = s.newList(func(i int) string { return s.w.preview.NewDepartments[i].Path },
		func() int { return len(s.w.preview.NewDepartments) })
	s.roles = s.newList(func(i int) string {
		r := s.w.preview.NewRoles[i]
		if r.Department == "" {
			return r.Title
		}
		return r.Title + " · " + r.Department
	}, func() int { return len(s.w.preview.NewRoles) })
	s.people = s.newList(func(i int) string {
		c := s.w.preview.UpdatedPeople[i]
		return i18n.L("Row %d: %s", c.Row, c.After.Name)
	}, func() int { return len(s.w.preview.UpdatedPeople) })
	s.problemsTab = container.NewTabItem("", problemsPane)
	s.deptsTab = container.NewTabItem("", s.depts)
	s.rolesTab = container.NewTabItem("", s.roles)
	s.peopleTab = container.NewTabItem("", s.people)
	s.conflicts = s.newList(func(i int) string { return s.w.preview.Conflicts[i].Text(i18n.Language()) },
		func() int { return len(s.w.preview.Conflicts) })
	s.conflictsTab = container.NewTabItem("", s.conflicts)
	s.tabs = container.NewAppTabs(s.problemsTab, s.deptsTab, s.rolesTab, s.peopleTab, s.conflictsTab)
	top := container.NewVBox(s.orgName, summary, s.derived,
		container.NewHBox(s.noRole, s.roleFrom), s.nothing, s.useRoot, s.skipLeavers, s.structure, s.link, s.personalBox)
	// The lists keep room for listRows rows below their tabs and the
	// problem's detail; notices beyond that scroll.
	rowH := widget.NewLabel("").MinSize().Height
	s.content = container.New(&topThenRest{top: top, minRest: (listRows + 4) * rowH},
		container.NewVScroll(top), s.tabs)
	return s
}

func (s *previewStep) newList(text func(int) string, n func() int) *widget.List {
	return widget.NewList(func() int {
		if s.w.preview == nil {
			return 0
		}
		return n()
	}, func() fyne.CanvasObject {
		l := widget.NewLabel("")
		l.Truncation = fyne.TextTruncateEllipsis
		return l
	}, func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(text(i)) })
}

func (s *previewStep) show() {
	w := s.w
	p := w.preview
	s.fill(p)
	w.setPage(pagePreview, i18n.L("Preview"), s.content)
	label := i18n.L("Import")
	if n := len(p.NewPeople) + len(p.UpdatedPeople); n > 0 {
		label = plural(n, i18n.L("Import %d person", n), i18n.L("Import %d people", n))
	}
	w.setNext(label, !p.NothingToDo(), w.commit)
}

// fill shows a preview's counts, options, problems and lists.
func (s *previewStep) fill(p *sheets.Preview) {
	s.updating = true
	defer func() { s.updating = false }()
	num := func(l *widget.Label, n int) { l.SetText(strconv.Itoa(n)) }
	num(s.newPeople, len(p.NewPeople))
	num(s.updatedPeople, len(p.UpdatedPeople))
	num(s.unchanged, p.Unchanged)
	num(s.newDepts, len(p.NewDepartments))
	num(s.newRoles, len(p.NewRoles))
	num(s.updatedRoles, len(p.UpdatedRoles))
	num(s.lines, p.ReportingLines)
	num(s.skipped, p.Skipped)
	s.nothing.Hidden = !p.NothingToDo()
	s.derived.SetText(fromManagers(p.RoleLines, p.DepartmentHeads))
	s.derived.Hidden = p.RoleLines == 0 && p.DepartmentHeads == 0 && len(p.Conflicts) == 0
	s.noRole.SetText(plural(p.NoRole, i18n.L("%d person will have no role.", p.NoRole), i18n.L("%d people will have no role.", p.NoRole)))
	s.noRole.Hidden = p.NoRole == 0
	s.roleFrom.Options = p.RoleColumns
	s.roleFrom.ClearSelected()
	s.roleFrom.Hidden = p.NoRole == 0 || len(p.RoleColumns) == 0
	s.conflictsTab.Text = i18n.L("Reporting lines not set (%d)", len(p.Conflicts))
	s.conflicts.Refresh()
	s.fillOrgName(p)
	s.skipLeavers.SetChecked(s.w.opts.SkipLeavers)
	if st := s.w.analysis.Structure; st != "" {
		s.structure.Text = i18n.L("Also take departments, roles and planned headcount from sheet %s", st)
		s.structure.SetChecked(!s.w.opts.SkipStructure)
		s.structure.Show()
	} else {
		s.structure.Hide()
	}
	s.fillPersonal()
	if l := s.w.analysis.Link; l != nil {
		s.link.Text = i18n.L("Take departments and roles from sheet %s, linked by %s (the current row of each person)", l.Sheet, l.Key)
		s.link.SetChecked(!s.w.opts.SkipLink)
		s.link.Show()
	} else {
		s.link.Hide()
	}
	s.problemsTab.Text = i18n.L("Problems (%d)", len(p.Problems))
	s.deptsTab.Text = i18n.L("New departments (%d)", len(p.NewDepartments))
	s.rolesTab.Text = i18n.L("New roles (%d)", len(p.NewRoles))
	s.peopleTab.Text = i18n.L("Updated people (%d)", len(p.UpdatedPeople))
	s.tabs.Refresh()
	s.problems.UnselectAll()
	s.problems.Refresh()
	s.problems.ScrollToTop()
	s.detail.SetText(i18n.L("Select a problem to read it in full."))
	if len(p.Problems) == 0 {
		s.detail.SetText(i18n.L("No problems: every row can be imported."))
		s.saveAnnotated.Disable()
	} else {
		s.saveAnnotated.Enable()
	}
	s.depts.Refresh()
	s.roles.Refresh()
	s.people.Refresh()
}

func (s *previewStep) problemSize() (int, int) {
	if s.w.preview == nil {
		return 0, problemColumnCount
	}
	return len(s.w.preview.Problems), problemColumnCount
}

// cell is the text of the problems table at row, col.
func (s *previewStep) cell(row, col int) string {
	p := s.w.preview
	if p == nil || row >= len(p.Problems) {
		return ""
	}
	pr := p.Problems[row]
	switch col {
	case 0:
		if pr.CSV {
			return pr.File
		}
		return pr.Sheet
	case 1:
		return strconv.Itoa(pr.Row)
	case 2:
		if pr.Header != "" {
			return fmt.Sprintf("%s (%s)", pr.Column, pr.Header)
		}
		return pr.Column
	case 3:
		return pr.Value
	case 4:
		return pr.Reason(i18n.Language())
	}
	return ""
}

func (s *previewStep) onProblem(id widget.TableCellID) {
	if p := s.w.preview; p != nil && id.Row >= 0 && id.Row < len(p.Problems) {
		s.detail.SetText(p.Problems[id.Row].String())
	}
}

func (s *previewStep) onSkipLeavers(on bool) {
	if s.updating {
		return
	}
	old := s.w.opts
	s.w.opts.SkipLeavers = on
	s.replan(old)
}

// onRoleFrom maps the chosen title-like column to Role and makes the
// preview again; Cancel keeps the column as it was.
func (s *previewStep) onRoleFrom(header string) {
	if s.updating || header == "" {
		return
	}
	w := s.w
	a := w.analysis
	for _, c := range a.Columns {
		if c.Key() != header || c.Field != sheets.FieldExtra {
			continue
		}
		col, prev := c.Index, w.preview
		a.SetField(col, sheets.FieldRole, 0)
		w.plan(func() {
			a.SetField(col, sheets.FieldExtra, 0)
			w.preview = prev
			s.show()
		})
		return
	}
}

// fillOrgName shows the organisation's new name, and the choice to keep
// the old one, when the file's departments all sit under a company.
func (s *previewStep) fillOrgName(p *sheets.Preview) {
	s.orgName.SetText(orgNameLine(p))
	s.orgName.Hidden = p.OrgName == ""
	a := s.w.analysis
	if a.CompanyRoot == "" {
		s.useRoot.Hide()
		return
	}
	s.useRoot.Text = i18n.L("Name the organisation %s: every department in the file is under it, so it is the company, not a department", a.CompanyRoot)
	s.useRoot.SetChecked(a.OrgRename() != "")
	s.useRoot.Show()
}

// orgNameLine is 组织名称：新公司 → <company> when the import names the
// organisation (sheets.Preview.OrgName), else "".
func orgNameLine(p *sheets.Preview) string {
	switch {
	case p.OrgName != "" && p.OrgNameBefore != "":
		return i18n.L("Organisation name: %s → %s", p.OrgNameBefore, p.OrgName)
	case p.OrgName != "":
		return i18n.L("Organisation name: %s", p.OrgName)
	}
	return ""
}

// onUseRoot names the organisation after the company at the top of the
// file's departments, or keeps its name and imports the company as a
// department, and makes the preview again; Cancel goes back.
func (s *previewStep) onUseRoot(on bool) {
	if s.updating {
		return
	}
	w := s.w
	a, prev := w.analysis, w.preview
	a.KeepOrgName(!on)
	w.plan(func() {
		a.KeepOrgName(on)
		w.preview = prev
		s.show()
	})
}

func (s *previewStep) onLink(on bool) {
	if s.updating {
		return
	}
	old := s.w.opts
	s.w.opts.SkipLink = !on
	s.replan(old)
}

func (s *previewStep) onStructure(on bool) {
	if s.updating {
		return
	}
	old := s.w.opts
	s.w.opts.SkipStructure = !on
	s.replan(old)
}

// replan makes the preview again with changed options; Cancel goes back
// to the previous options and preview.
func (s *previewStep) replan(old sheets.PlanOptions) {
	w := s.w
	prev := w.preview
	w.plan(func() {
		w.opts, w.preview = old, prev
		s.show()
	})
}

// onSaveAnnotated saves a copy of the file with the problems marked, to
// fix and import again.
func (s *previewStep) onSaveAnnotated() {
	saveAnnotated(s.w.parent, s.w.preview, s.w.analysis.File)
}

// saveAnnotated asks where to save the annotated copy of src (the file p
// was planned from) and
// writes it in the background.
func saveAnnotated(parent fyne.Window, p *sheets.Preview, src string) {
	if p == nil || len(p.Problems) == 0 {
		return
	}
	chooseSavePath(parent, i18n.L("Save problems as annotated workbook"), sheets.AnnotatedPath(src), ".xlsx",
		func(path string) {
			runInDialog(parent, i18n.L("Save problems as annotated workbook"), i18n.L("Saving %s…", filepath.Base(path)), false,
				func(ctx context.Context, _ func(int, int)) error { return p.WriteAnnotated(path) },
				func(err error) {
					if err != nil {
						if !errors.Is(err, context.Canceled) {
							showFileError(parent, err)
						}
						return
					}
					showSaved(parent, i18n.L("Annotated workbook saved"), path,
						i18n.L("Each row with a problem says what is wrong in the last column, and the cells to fix are red. Correct them, save, and import the file again."))
				})
		})
}

// plural is one when n is 1, else many: English needs "1 person", not
// "1 people" (Chinese translates both keys alike). Both are translated
// where they are written, so the key tests see them.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// fromManagers says how many reporting lines between roles and department
// heads the people's managers gave, each count with its own number.
func fromManagers(roles, heads int) string {
	switch {
	case roles == 1 && heads == 1:
		return i18n.L("From the managers: %d role reports to another role; %d department has a head.", roles, heads)
	case roles == 1:
		return i18n.L("From the managers: %d role reports to another role; %d departments have a head.", roles, heads)
	case heads == 1:
		return i18n.L("From the managers: %d roles report to another role; %d department has a head.", roles, heads)
	}
	return i18n.L("From the managers: %d roles report to another role; %d departments have a head.", roles, heads)
}

// listRows is how many rows of the problems and new departments and roles
// the preview shows at least, however many notices sit above them.
const listRows = 8

// topThenRest lays out a scroll of notices above the lists: the notices
// get the height they need as long as the lists keep minRest; the lists
// get the rest.
type topThenRest struct {
	top     fyne.CanvasObject // the content of the scroll, objects[0]
	minRest float32
}

func (l *topThenRest) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	topH := min(l.top.MinSize().Height, max(size.Height-l.minRest, 0))
	pad := theme.Padding()
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(fyne.NewSize(size.Width, topH))
	objs[1].Move(fyne.NewPos(0, topH+pad))
	objs[1].Resize(fyne.NewSize(size.Width, max(size.Height-topH-pad, 0)))
}

func (l *topThenRest) MinSize(objs []fyne.CanvasObject) fyne.Size {
	w := max(l.top.MinSize().Width, objs[1].MinSize().Width)
	return fyne.NewSize(w, min(l.top.MinSize().Height, l.minRest/4)+l.minRest)
}
