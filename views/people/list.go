// Package people is the people panel: the list of employees with filters
// by department, role and status and a search box; a form to add, edit and
// delete a person (with the extra fields imported rosters bring); and
// assigning a person to a role from the form or by dragging them from the
// list onto a role card on the chart.
package people

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
	"orgdesigner/views/card/field"
	"orgdesigner/views/wrapped"
)

// Session is what the panel needs from *app.Session.
type Session = field.Session

// DropTarget names the role card at an absolute canvas position, or ""
// when there is none; the main window passes the chart's RoleAt.
type DropTarget func(abs fyne.Position) data.ID

// Employment statuses in display order.
var statusOrder = []data.Status{data.StatusActive, data.StatusProbation, data.StatusLeft}

// StatusName names an employment status in the UI language (在职 / 试用 /
// 离职).
func StatusName(s data.Status) string {
	switch s {
	case data.StatusProbation:
		return i18n.L("Status: probation")
	case data.StatusLeft:
		return i18n.L("Status: left")
	}
	return i18n.L("Status: active")
}

// List is the people panel.
type List struct {
	widget.BaseWidget

	// OnSelect is called when the user selects a person in the list.
	OnSelect func(id data.ID)
	// OnDragOver is called while a person is dragged with the role card
	// under the pointer ("" over no card, and once the drag ends), so the
	// chart can mark the card the person would be dropped on.
	OnDragOver func(role data.ID)

	s      Session
	save   *field.Saver
	drop   DropTarget
	closed bool

	filter  Filter
	shown   []data.ID
	search  *widget.Entry
	dept    *widget.Select
	role    *widget.Select
	status  *widget.Select
	depts   *field.Choices
	roles   *field.Choices
	loading bool

	// idx is the text index of the snapshot last filtered; loaded and
	// loadedDept say what the filter selects and the form last showed, so
	// a keystroke in the search box only filters and redraws the list.
	idx        *searchIndex
	loaded     *data.Document
	loadedDept data.ID

	list  *widget.List
	count *widget.Label
	note  *wrapped.Label
	add   *widget.Button
	form  *form
	ghost *widget.PopUp
	// root holds the built content; Relabel swaps it.
	root *fyne.Container
}

// NewList returns the people panel over s. drop (may be nil) names the role
// card under a point, for drag-and-drop assignment.
func NewList(s Session, drop DropTarget) *List {
	l := &List{s: s, save: field.NewSaver(s), drop: drop, depts: &field.Choices{}, roles: &field.Choices{},
		root: container.NewStack()}
	l.ExtendBaseWidget(l)
	l.build()
	s.OnChange(func() { fyne.Do(l.onSessionChange) })
	l.reload()
	return l
}

func (l *List) build() {
	l.loaded = nil // new widgets: the next reload fills them
	l.search = widget.NewEntry()
	l.search.SetPlaceHolder(i18n.L("Search name, number or any field"))
	l.search.OnChanged = func(text string) { l.filter.Text = text; l.reload() }
	l.dept = widget.NewSelect(nil, l.onDeptFilter)
	l.role = widget.NewSelect(nil, l.onRoleFilter)
	l.status = widget.NewSelect(nil, l.onStatusFilter)
	l.add = widget.NewButtonWithIcon(i18n.L("Add person"), theme.ContentAddIcon(), l.onAdd)
	l.count = widget.NewLabel("")
	l.count.SizeName = theme.SizeNameCaptionText
	l.note = wrapped.NewLabel(i18n.L("Drag a person onto a role card on the chart to assign them."))
	l.note.SizeName = theme.SizeNameCaptionText
	l.list = widget.NewList(
		func() int { return len(l.shown) },
		func() fyne.CanvasObject { return newRow(l) },
		l.updateRow)
	l.list.OnSelected = l.onSelected
	l.form = newForm(l)
	top := container.NewVBox(
		container.NewBorder(nil, nil, nil, l.add, l.search),
		container.NewGridWithColumns(3, l.dept, l.role, l.status),
	)
	listPane := container.NewBorder(top, container.NewVBox(l.count, l.note), nil, nil, l.list)
	split := container.NewVSplit(listPane, l.form.content)
	split.Offset = 0.5
	l.root.Objects = []fyne.CanvasObject{split}
	l.root.Refresh()
}

// CreateRenderer implements fyne.Widget.
func (l *List) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(l.root) }

// Relabel rebuilds the panel in the current UI language, keeping the
// filters and the person shown.
func (l *List) Relabel() {
	l.Flush()
	person, text := l.form.id, l.filter.Text
	l.ghost = nil
	l.build()
	l.search.SetText(text)
	l.form.id = person
	l.reload()
	l.form.load(true)
}

// SelectPerson selects a person (e.g. from a finding of the Checks panel),
// clearing the filters when they hide them.
func (l *List) SelectPerson(id data.ID) {
	if l.s.Doc().Person(id) == nil {
		return
	}
	if l.index(id) < 0 {
		l.filter = Filter{}
		l.search.SetText("")
		l.reload()
	}
	if i := l.index(id); i >= 0 {
		l.list.Select(i)
		l.list.ScrollTo(i)
	}
}

// ShowRole filters the list to the holders of role id.
func (l *List) ShowRole(id data.ID) {
	l.filter = Filter{Role: id}
	l.search.SetText("")
	l.reload()
}

// Flush saves the edit being typed in the form, if any.
func (l *List) Flush() { l.form.flush() }

// Close saves pending edits and stops following the session.
func (l *List) Close() { l.Flush(); l.closed = true }

func (l *List) index(id data.ID) int {
	for i, x := range l.shown {
		if x == id {
			return i
		}
	}
	return -1
}

func (l *List) onSessionChange() {
	if !l.closed {
		l.reload()
	}
}

// reload re-applies the filter and refreshes the list and, when the
// document or the department filter changed, the filters' options and the
// form. Typing in the search box runs it on every key.
func (l *List) reload() {
	doc := l.s.Doc()
	changed := doc != l.loaded
	if changed || l.filter.Department != l.loadedDept {
		l.loadFilters(doc)
		l.loadedDept = l.filter.Department
	}
	if l.filter.Text != "" && (l.idx == nil || l.idx.doc != doc) {
		l.idx = newSearchIndex(doc)
	}
	l.shown = l.filter.apply(doc, l.idx)
	l.count.SetText(i18n.L("%d of %d people", len(l.shown), len(doc.People)))
	l.list.Refresh()
	if i := l.index(l.form.id); i >= 0 {
		l.list.Select(i)
	} else {
		l.list.UnselectAll()
	}
	if changed {
		l.loaded = doc
		l.form.load(false)
	}
}

func (l *List) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	doc := l.s.Doc()
	if i >= len(l.shown) {
		return
	}
	if p := doc.Person(l.shown[i]); p != nil {
		o.(*row).set(doc, p)
	}
}

func (l *List) onSelected(i widget.ListItemID) {
	if i >= len(l.shown) {
		return
	}
	id := l.shown[i]
	if id == l.form.id {
		return
	}
	l.form.setPerson(id)
	if l.OnSelect != nil {
		l.OnSelect(id)
	}
}

// onAdd adds a person — in the filtered role or department, if any — and
// puts the cursor in their name.
func (l *List) onAdd() {
	l.form.flush()
	doc := l.s.Doc()
	p := data.Person{Name: i18n.In(doc.Org.Lang, "New person"), Role: l.filter.Role, Department: l.filter.Department}
	if r := doc.Role(p.Role); r != nil {
		p.Department = r.Department
	}
	if l.filter.Status != "" {
		p.Status = l.filter.Status
	}
	var id data.ID
	if err := l.save.Do(app.AddPerson(p, &id)); err != nil {
		l.form.msg.Set(describe(err))
		return
	}
	l.filter.Text = ""
	l.search.SetText("")
	l.form.setPerson(id)
	l.reload()
	l.SelectPerson(id)
	if c := fyne.CurrentApp().Driver().CanvasForObject(l); c != nil {
		c.Focus(l.form.name)
	}
}

// dragMove shows the dragged person's name next to the pointer.
func (l *List) dragMove(r *row, abs fyne.Position) {
	c := fyne.CurrentApp().Driver().CanvasForObject(l)
	if c == nil {
		return
	}
	if l.ghost == nil {
		label := widget.NewLabel("")
		label.Importance = widget.HighImportance
		l.ghost = widget.NewPopUp(label, c)
	}
	label := l.ghost.Content.(*widget.Label)
	label.SetText(i18n.L("Assign %s to…", r.name.Text))
	// A pop-up is not sized by being shown: unsized, the first drag showed
	// nothing.
	l.ghost.Resize(l.ghost.MinSize())
	if l.drop != nil && l.OnDragOver != nil {
		l.OnDragOver(l.drop(abs))
	}
	pos := abs.AddXY(theme.Padding()*2, theme.Padding()*2)
	if l.ghost.Visible() {
		l.ghost.Move(pos)
	} else {
		l.ghost.ShowAtPosition(pos)
	}
}

// dragEnd assigns the person to the role card under the pointer.
func (l *List) dragEnd(id data.ID, abs fyne.Position) {
	if l.ghost != nil {
		l.ghost.Hide()
	}
	if l.OnDragOver != nil {
		l.OnDragOver("")
	}
	if l.drop == nil {
		return
	}
	role := l.drop(abs)
	doc := l.s.Doc()
	p, r := doc.Person(id), doc.Role(role)
	if p == nil || r == nil {
		l.setNote(i18n.L("Drop the person on a role card on the chart."), widget.WarningImportance)
		return
	}
	if p.Role == role {
		return
	}
	l.form.flush()
	if err := l.save.Do(app.AssignPerson(id, role)); err != nil {
		l.setNote(describe(err), widget.DangerImportance)
		return
	}
	l.setNote(i18n.L("%s now holds %s.", p.Name, r.Title), widget.SuccessImportance)
	l.reload()
}

func (l *List) setNote(text string, imp widget.Importance) {
	l.note.Text, l.note.Importance = text, imp
	l.note.Refresh()
}
