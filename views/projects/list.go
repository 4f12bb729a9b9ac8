package projects

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/i18n"
	"orgdesigner/data"
	"orgdesigner/views/wrapped"
)

// List is the project-mode view: every project team as a card with its
// owner, period, goal and members grouped by department, and buttons to
// create, edit and delete teams.
type List struct {
	widget.BaseWidget

	// OnChanged is called after a team was created, edited or deleted
	// here (the session's listeners are told too; this is for focus).
	OnChanged func(id data.ID)
	// OnError is called with an error from a command.
	OnError func(error)

	sess    Session
	win     fyne.Window
	title   *widget.Label
	newTeam *widget.Button
	cards   *fyne.Container
	content *fyne.Container
}

var _ fyne.Widget = (*List)(nil)

// NewList builds the list over the session's document; win hosts the
// editor and confirmation dialogs.
func NewList(sess Session, win fyne.Window) *List {
	l := &List{sess: sess, win: win}
	l.ExtendBaseWidget(l)
	l.cards = container.NewVBox()
	l.newTeam = widget.NewButtonWithIcon("", theme.ContentAddIcon(), l.NewTeam)
	l.newTeam.Importance = widget.HighImportance
	l.title = widget.NewLabel("")
	l.title.Importance = widget.HighImportance
	head := container.NewBorder(nil, nil, l.title, l.newTeam)
	l.content = container.NewBorder(head, nil, nil, nil, container.NewVScroll(l.cards))
	l.Relabel()
	return l
}

// Relabel redraws the list in the current UI language.
func (l *List) Relabel() {
	l.title.SetText(i18n.L("Project teams"))
	l.newTeam.SetText(i18n.L("New project team"))
	l.Reload()
}

// CreateRenderer implements fyne.Widget.
func (l *List) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(l.content)
}

// NewTeam opens the editor for a new team.
func (l *List) NewTeam() { ShowEditor(l.sess, l.win, "", l.changed) }

// Edit opens the editor for team id.
func (l *List) Edit(id data.ID) { ShowEditor(l.sess, l.win, id, l.changed) }

// Delete asks before deleting team id.
func (l *List) Delete(id data.ID) {
	ConfirmDelete(l.sess, l.win, id, func(err error) {
		if err != nil {
			if l.OnError != nil {
				l.OnError(err)
			}
			return
		}
		l.changed("")
	})
}

func (l *List) changed(id data.ID) {
	if l.OnChanged != nil {
		l.OnChanged(id)
	}
}

// Reload rebuilds the cards from the session's current document.
func (l *List) Reload() {
	doc := l.sess.Doc()
	l.cards.RemoveAll()
	if len(doc.Projects) == 0 {
		l.cards.Add(wrapped.NewLabel(i18n.L("No project teams yet. A project team gathers roles and people from several departments for one goal, such as a 618 sales campaign.")))
	}
	for i := range doc.Projects {
		l.cards.Add(l.card(doc, &doc.Projects[i]))
	}
	l.cards.Refresh()
}

func (l *List) card(doc *data.Document, t *data.ProjectTeam) fyne.CanvasObject {
	var sub []string
	if owner := OwnerLabel(doc, t); owner != "" {
		sub = append(sub, i18n.L("Owner: %s", owner))
	}
	if p := period(t); p != "" {
		sub = append(sub, p)
	}
	sub = append(sub, i18n.L("Members: %d", len(t.Members)))
	body := container.NewVBox()
	if t.Goal != "" {
		body.Add(wrapped.NewLabel(i18n.L("Goal: %s", t.Goal)))
	}
	for _, g := range memberGroups(doc, t) {
		// The bundled font has no bold face: group titles stand out by colour.
		name := widget.NewLabel(g.name)
		name.Importance = widget.HighImportance
		members := wrapped.NewLabel(strings.Join(g.lines, "\n"))
		body.Add(container.New(layout.NewCustomPaddedVBoxLayout(0), name, members))
	}
	id := t.ID
	edit := widget.NewButtonWithIcon(i18n.L("Edit…"), theme.DocumentCreateIcon(), func() { l.Edit(id) })
	del := widget.NewButtonWithIcon(i18n.L("Delete…"), theme.DeleteIcon(), func() { l.Delete(id) })
	body.Add(container.NewHBox(edit, del))
	return widget.NewCard(t.Name, strings.Join(sub, " · "), body)
}

// group is the members of one team from one department.
type group struct {
	name  string
	lines []string
}

// memberGroups sorts a team's members by department, in department-tree
// order, company level first.
func memberGroups(doc *data.Document, t *data.ProjectTeam) []group {
	byDept := map[data.ID][]string{}
	for _, m := range t.Members {
		d := MemberDepartment(doc, m)
		byDept[d] = append(byDept[d], memberLine(doc, m))
	}
	var out []group
	if lines := byDept[""]; len(lines) > 0 {
		out = append(out, group{i18n.L("Company level"), lines})
	}
	for _, r := range appendDepartments(doc, nil, "", 0, map[data.ID]bool{}) {
		if lines := byDept[r.Dept]; len(lines) > 0 {
			out = append(out, group{r.Name, lines})
		}
	}
	return out
}
