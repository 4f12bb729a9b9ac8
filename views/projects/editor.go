package projects

import (
	"errors"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
	"orgdesigner/views/wrapped"
)

// dateLayout is the model's date format.
const dateLayout = "2006-01-02"

// Editor is the dialog that creates or edits a project team. Nothing is
// saved until the user presses Save; then the whole team is one undoable
// command.
type Editor struct {
	// OnSaved is called with the team's id after a successful save.
	OnSaved func(id data.ID)

	sess  Session
	win   fyne.Window
	isNew bool
	team  data.ProjectTeam

	name       *widget.Entry
	owner      *widget.Button
	clearOwner *widget.Button
	addBtn     *widget.Button
	start, end *widget.DateEntry
	goal       *widget.Entry
	members    *fyne.Container
	problem    *wrapped.Label
	dlg        *dialog.CustomDialog
}

// NewEditor prepares the editor for team id, or for a new team when id is
// "" or unknown. Call Show to open it.
func NewEditor(sess Session, win fyne.Window, id data.ID) *Editor {
	e := &Editor{sess: sess, win: win}
	if t := sess.Doc().Project(id); t != nil {
		e.team = data.CloneProject(*t)
	} else {
		e.isNew = true
	}
	e.build()
	return e
}

// ShowEditor opens the editor for team id ("" = a new team); onSaved (may
// be nil) gets the saved team's id.
func ShowEditor(sess Session, win fyne.Window, id data.ID, onSaved func(data.ID)) *Editor {
	e := NewEditor(sess, win, id)
	e.OnSaved = onSaved
	e.Show()
	return e
}

// Show opens the dialog.
func (e *Editor) Show() {
	e.dlg.Show()
	e.win.Canvas().Focus(e.name)
}

func (e *Editor) build() {
	e.name = widget.NewEntry()
	e.name.SetText(e.team.Name)
	e.name.SetPlaceHolder(i18n.L("e.g. 618 promotion project team"))
	e.owner = widget.NewButtonWithIcon("", theme.AccountIcon(), e.onPickOwner)
	e.owner.Alignment = widget.ButtonAlignLeading
	e.clearOwner = widget.NewButtonWithIcon("", theme.ContentClearIcon(), e.onClearOwner)
	e.start, e.end = dateEntry(e.team.Start), dateEntry(e.team.End)
	e.goal = widget.NewMultiLineEntry()
	e.goal.Wrapping = fyne.TextWrapWord
	e.goal.SetText(e.team.Goal)
	e.goal.SetMinRowsVisible(3)
	e.members = container.NewVBox()
	e.problem = wrapped.NewLabel("")
	e.problem.Importance = widget.DangerImportance
	e.problem.Hide()
	e.refreshOwner()
	e.refreshMembers()

	form := widget.NewForm(
		widget.NewFormItem(i18n.L("Team name"), e.name),
		widget.NewFormItem(i18n.L("Owner"), container.NewBorder(nil, nil, nil, e.clearOwner, e.owner)),
		widget.NewFormItem(i18n.L("Start"), e.start),
		widget.NewFormItem(i18n.L("End"), e.end),
		widget.NewFormItem(i18n.L("Goal"), e.goal),
	)
	e.addBtn = widget.NewButtonWithIcon(i18n.L("Add member…"), theme.ContentAddIcon(), e.onAddMember)
	membersHead := container.NewBorder(nil, nil, widget.NewLabelWithStyle(i18n.L("Members"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), e.addBtn)
	body := container.NewBorder(
		container.NewVBox(form, widget.NewSeparator(), membersHead), e.problem, nil, nil,
		container.NewVScroll(e.members))

	title := i18n.L("Edit project team")
	if e.isNew {
		title = i18n.L("New project team")
	}
	e.dlg = dialog.NewCustomWithoutButtons(title, body, e.win)
	save := widget.NewButtonWithIcon(i18n.L("Save"), theme.DocumentSaveIcon(), e.onSave)
	save.Importance = widget.HighImportance
	e.dlg.SetButtons([]fyne.CanvasObject{
		widget.NewButtonWithIcon(i18n.L("Cancel"), theme.CancelIcon(), e.dlg.Hide), save,
	})
	ts := theme.TextSize()
	e.dlg.Resize(fyne.NewSize(46*ts, 46*ts))
}

func dateEntry(value string) *widget.DateEntry {
	d := widget.NewDateEntry()
	if t, err := time.Parse(dateLayout, value); err == nil {
		d.SetDate(&t)
	}
	return d
}

func (e *Editor) refreshOwner() {
	label := OwnerLabel(e.sess.Doc(), &e.team)
	if label == "" {
		e.owner.SetText(i18n.L("(no owner) — choose…"))
		e.clearOwner.Disable()
		return
	}
	e.owner.SetText(label)
	e.clearOwner.Enable()
}

func (e *Editor) onPickOwner() {
	showPicker(i18n.L("Choose the owner"), e.sess.Doc(), nil, e.win, e.owner, func(m data.Member) {
		e.team.OwnerRole, e.team.OwnerPerson = m.Role, m.Person
		e.refreshOwner()
	})
}

func (e *Editor) onClearOwner() {
	e.team.OwnerRole, e.team.OwnerPerson = "", ""
	e.refreshOwner()
}

func (e *Editor) onAddMember() {
	showPicker(i18n.L("Add a member"), e.sess.Doc(), e.isMember, e.win, e.addBtn, e.addMember)
}

// isMember reports whether m is already in the team, so the picker does
// not offer it twice.
func (e *Editor) isMember(m data.Member) bool {
	for _, x := range e.team.Members {
		if x.Role == m.Role && x.Person == m.Person {
			return true
		}
	}
	return false
}

func (e *Editor) addMember(m data.Member) {
	if e.isMember(m) {
		return
	}
	e.team.Members = append(e.team.Members, m)
	e.refreshMembers()
}

func (e *Editor) removeMember(i int) {
	if i < 0 || i >= len(e.team.Members) {
		return
	}
	e.team.Members = append(e.team.Members[:i:i], e.team.Members[i+1:]...)
	e.refreshMembers()
}

// refreshMembers rebuilds the member rows: who, their project role, and a
// remove button.
func (e *Editor) refreshMembers() {
	doc := e.sess.Doc()
	e.members.RemoveAll()
	if len(e.team.Members) == 0 {
		e.members.Add(widget.NewLabel(i18n.L("No members yet: add roles or people from any department.")))
	}
	for i, m := range e.team.Members {
		who := widget.NewLabel(MemberLabel(doc, m))
		who.Truncation = fyne.TextTruncateEllipsis
		role := widget.NewEntry()
		role.SetPlaceHolder(i18n.L("Project role, e.g. design support"))
		role.SetText(m.ProjectRole)
		role.OnChanged = func(s string) { e.team.Members[i].ProjectRole = s }
		remove := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { e.removeMember(i) })
		e.members.Add(container.NewBorder(nil, nil, nil, remove, container.NewGridWithColumns(2, who, role)))
	}
	e.members.Refresh()
}

// collect reads the form into a team record, or says what is wrong.
func (e *Editor) collect() (data.ProjectTeam, string) {
	t := data.CloneProject(e.team)
	t.Name = strings.TrimSpace(e.name.Text)
	if t.Name == "" {
		return t, i18n.L("Give the project team a name.")
	}
	var ok bool
	if t.Start, ok = dateValue(e.start); !ok {
		return t, i18n.L("The start date is not a valid date.")
	}
	if t.End, ok = dateValue(e.end); !ok {
		return t, i18n.L("The end date is not a valid date.")
	}
	if t.Start != "" && t.End != "" && t.End < t.Start {
		return t, i18n.L("The end date is before the start date.")
	}
	t.Goal = strings.TrimSpace(e.goal.Text)
	for i := range t.Members {
		t.Members[i].ProjectRole = strings.TrimSpace(t.Members[i].ProjectRole)
	}
	return t, ""
}

// dateValue returns the entry's date as YYYY-MM-DD ("" when empty), and
// false when text was typed that is not a date.
func dateValue(d *widget.DateEntry) (string, bool) {
	if strings.TrimSpace(d.Text) == "" {
		return "", true
	}
	if d.Date == nil {
		return "", false
	}
	return d.Date.Format(dateLayout), true
}

func (e *Editor) onSave() {
	t, problem := e.collect()
	if problem != "" {
		e.showProblem(problem)
		return
	}
	var cmd app.Command
	id := t.ID
	if e.isNew {
		cmd = app.AddProject(t, &id)
	} else {
		cmd = app.UpdateProject(t)
	}
	if err := e.sess.Do(cmd); err != nil {
		e.showProblem(app.Describe(err))
		return
	}
	e.dlg.Hide()
	if e.OnSaved != nil {
		e.OnSaved(id)
	}
}

func (e *Editor) showProblem(text string) {
	e.problem.SetText(text)
	e.problem.Show()
}

// ConfirmDelete asks before deleting team id and then deletes it as one
// undoable command; onDone (may be nil) gets the result.
func ConfirmDelete(sess Session, win fyne.Window, id data.ID, onDone func(error)) {
	t := sess.Doc().Project(id)
	if t == nil {
		return
	}
	msg := i18n.L("Delete the project team %s? Its members stay in their departments. You can undo this.", t.Name)
	d := wrapped.NewConfirm(i18n.L("Delete project team"), msg, func(ok bool) {
		if !ok {
			return
		}
		err := sess.Do(app.DeleteProject(id))
		if err != nil {
			wrapped.ShowError(describedError(err), win)
		}
		if onDone != nil {
			onDone(err)
		}
	}, win)
	d.SetConfirmText(i18n.L("Delete"))
	d.SetDismissText(i18n.L("Cancel"))
	d.SetConfirmImportance(widget.DangerImportance)
	d.Show()
}

// describedError carries app.Describe's sentence to the error dialog.
func describedError(err error) error { return errors.New(app.Describe(err)) }
