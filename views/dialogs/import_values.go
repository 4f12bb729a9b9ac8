package dialogs

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/i18n"
	"orgdesigner/app/sheets"
	"orgdesigner/data"
	"orgdesigner/views/wrapped"
)

// valuesStep is the fourth page: departments and roles named in the file
// that match nothing in the document, each mapped onto an existing one or
// created; a department may also be put at the company level (总经办,
// 董事会: its people hold the company-level roles such as 总经理). A roster may name thousands of them, so they are a list that
// only makes widgets for the rows on screen.
type valuesStep struct {
	w       *ImportWizard
	list    *widget.List
	intro   *wrapped.Label // what to do with the rows; hidden when there are none
	empty   *wrapped.Label // why there is nothing to map
	content fyne.CanvasObject
	rows    []*valueRow
	items   map[fyne.CanvasObject]*valueItem
}

// valueRow is one value of the file and the choice made for it.
type valueRow struct {
	choice     sheets.ValueChoice
	targets    *targetLabels // the departments or roles it may map to
	selected   string        // the chosen option
	remembered bool          // the choice is the one of the last import
}

// valueItem is the widgets of one visible row.
type valueItem struct {
	what   *widget.Label
	target *widget.Select
	note   *widget.Label
}

func newValuesStep(w *ImportWizard) *valuesStep {
	s := &valuesStep{w: w, empty: wrapped.NewLabel(""), items: map[fyne.CanvasObject]*valueItem{}}
	s.intro = wrapped.NewLabel(i18n.L("These departments and roles in the file match nothing in your document. Map each to an existing one (the closest matches are listed first) or let the import create it. A department such as the general manager's office or the board can go to the company level: its people then hold the company-level roles. Your choices are remembered for the next import of this file."))
	s.list = widget.NewList(func() int { return len(s.rows) }, s.createItem, s.updateItem)
	s.content = container.NewBorder(container.NewVBox(s.intro, s.empty), nil, nil, nil, s.list)
	return s
}

func (s *valuesStep) show() {
	w := s.w
	s.build()
	w.setPage(pageValues, i18n.L("Departments and roles"), s.content)
	w.setNext(i18n.L("Preview"), true, func() { w.plan(w.showValues) })
}

// build lists the analysis's values with their current choices.
func (s *valuesStep) build() {
	a, doc := s.w.analysis, s.w.sess.Doc()
	depts, roles := departmentLabels(doc), roleLabels(doc)
	s.rows = s.rows[:0]
	for _, v := range a.Values {
		r := &valueRow{choice: v, targets: depts, remembered: v.Remembered}
		if v.Kind == sheets.KindRole {
			r.targets = roles
		}
		r.selected = r.createLabel()
		if l, ok := r.targets.label[v.Target]; ok && v.Target != "" {
			r.selected = l
		} else if r.companyOption() && v.Target == sheets.CompanyLevel {
			r.selected = companyLabel()
		}
		s.rows = append(s.rows, r)
	}
	s.list.UnselectAll()
	s.list.Refresh()
	if len(a.Values) == 0 {
		doc := s.w.sess.Doc()
		switch {
		case a.DepartmentsOnly():
			s.empty.SetText(i18n.L("This sheet lists departments, not people: it is imported as the department tree. Nothing to map."))
		case len(doc.Departments) == 0 && len(doc.Roles) == 0:
			s.empty.SetText(i18n.L("Your document has no departments or roles yet: the import creates those of the file. Nothing to map."))
		default:
			s.empty.SetText(i18n.L("Every department and role in the file is already in your document. Nothing to map."))
		}
		s.empty.Show()
		s.intro.Hide() // instructions for an empty list only confuse
	} else {
		s.empty.Hide()
		s.intro.Show()
	}
}

func (s *valuesStep) createItem() fyne.CanvasObject {
	it := &valueItem{what: widget.NewLabel(""), target: newSelect(nil, nil), note: widget.NewLabel("")}
	it.what.Truncation = fyne.TextTruncateEllipsis
	it.note.SizeName = theme.SizeNameCaptionText
	t, h := theme.TextSize(), it.target.MinSize().Height
	o := container.NewBorder(nil, nil, nil, container.NewHBox(
		container.NewGridWrap(fyne.NewSize(24*t, h), it.target),
		container.NewGridWrap(fyne.NewSize(7*t, h), it.note)), it.what)
	s.items[o] = it
	return o
}

func (s *valuesStep) updateItem(i widget.ListItemID, o fyne.CanvasObject) {
	it, r := s.items[o], s.rows[i]
	kind := i18n.L("Department")
	if r.choice.Kind == sheets.KindRole {
		kind = i18n.L("Role")
	}
	it.what.SetText(i18n.L("%s %s (%d rows)", kind, r.choice.Value, r.choice.Rows))
	it.target.OnChanged = nil // filling in the row is not a choice
	it.target.Options = r.options()
	it.target.SetSelected(r.selected)
	it.target.OnChanged = func(label string) { s.choose(i, label) }
	if r.remembered {
		it.note.SetText(i18n.L("as last time"))
	} else {
		it.note.SetText("")
	}
}

// choose maps row i's value to the option label.
func (s *valuesStep) choose(i int, label string) {
	r := s.rows[i]
	if label == r.selected {
		return
	}
	r.selected, r.remembered = label, false
	s.w.analysis.Choose(r.choice.Kind, r.choice.Value, r.target(label))
	s.w.preview = nil
	s.list.RefreshItem(i)
}

func (r *valueRow) createLabel() string { return i18n.L("Create “%s”", r.choice.Value) }

// companyLabel is the option that puts a department value's rows at the
// company level (sheets.CompanyLevel).
func companyLabel() string { return i18n.L("Company level (no department)") }

// companyOption reports whether the row offers the company level: every
// department value does, roles do not.
func (r *valueRow) companyOption() bool { return r.choice.Kind == sheets.KindDepartment }

// options are Create and, for a department, Company level first (Company
// level ahead when the value looks like the company's own office), then
// the closest matches, then every other department or role in document
// order.
func (r *valueRow) options() []string {
	opts := make([]string, 0, 2+len(r.targets.order))
	switch {
	case !r.companyOption():
		opts = append(opts, r.createLabel())
	case r.choice.Company:
		opts = append(opts, companyLabel(), r.createLabel())
	default:
		opts = append(opts, r.createLabel(), companyLabel())
	}
	suggested := map[data.ID]bool{}
	for _, sg := range r.choice.Suggestions {
		if l, ok := r.targets.label[sg.ID]; ok && !suggested[sg.ID] {
			suggested[sg.ID] = true
			opts = append(opts, l)
		}
	}
	for _, id := range r.targets.order {
		if !suggested[id] {
			opts = append(opts, r.targets.label[id])
		}
	}
	return opts
}

// target is the id an option stands for; "" creates the value and
// sheets.CompanyLevel puts it at the company level.
func (r *valueRow) target(label string) data.ID {
	if r.companyOption() && label == companyLabel() {
		return sheets.CompanyLevel
	}
	return r.targets.byLabel[label]
}

// targetLabels names every department or role of the document once, in
// document order, for the mapping selects.
type targetLabels struct {
	order   []data.ID
	label   map[data.ID]string
	byLabel map[string]data.ID
}

func newTargetLabels() *targetLabels {
	return &targetLabels{label: map[data.ID]string{}, byLabel: map[string]data.ID{}}
}

func (t *targetLabels) add(id data.ID, label string) {
	if _, taken := t.byLabel[label]; taken {
		// Two roles of the same title in departments of the same name
		// still need different options.
		label += " (" + string(id) + ")"
	}
	t.byLabel[label] = id
	t.order = append(t.order, id)
	t.label[id] = label
}

func departmentLabels(doc *data.Document) *targetLabels {
	t := newTargetLabels()
	var walk func(parent data.ID)
	walk = func(parent data.ID) {
		for _, d := range doc.ChildDepartments(parent) {
			t.add(d.ID, departmentPath(doc, d.ID))
			walk(d.ID)
		}
	}
	walk("")
	return t
}

func roleLabels(doc *data.Document) *targetLabels {
	t := newTargetLabels()
	for i := range doc.Roles {
		r := &doc.Roles[i]
		where := i18n.L("Company level")
		if r.Department != "" {
			where = departmentPath(doc, r.Department)
		}
		t.add(r.ID, r.Title+" · "+where)
	}
	return t
}

// departmentPath is a department's name with its parents, 总部/市场中心/市场部.
func departmentPath(doc *data.Document, id data.ID) string {
	path := ""
	for seen := 0; id != "" && seen < 64; seen++ { // 64: a cycle cannot hang the UI
		d := doc.Department(id)
		if d == nil {
			break
		}
		if path == "" {
			path = d.Name
		} else {
			path = d.Name + "/" + path
		}
		id = d.Parent
	}
	return path
}
