package projects

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// candidate is a role or person the picker offers.
type candidate struct {
	member data.Member // Role or Person set
	label  string
	key    string // lower-cased label for filtering
}

// candidates lists the document's roles, then its people who have not
// left, leaving out those in skip.
func candidates(doc *data.Document, skip func(data.Member) bool) []candidate {
	var out []candidate
	add := func(m data.Member, label string) {
		if skip != nil && skip(m) {
			return
		}
		out = append(out, candidate{member: m, label: label, key: strings.ToLower(label)})
	}
	for i := range doc.Roles {
		r := &doc.Roles[i]
		add(data.Member{Role: r.ID}, i18n.L("Role: %s", roleLabel(doc, r)))
	}
	for i := range doc.People {
		p := &doc.People[i]
		if p.Status != data.StatusLeft {
			add(data.Member{Person: p.ID}, i18n.L("Person: %s", personLabel(doc, p)))
		}
	}
	return out
}

// filter returns the candidates whose label contains every word of q.
func filter(all []candidate, q string) []candidate {
	words := strings.Fields(strings.ToLower(q))
	if len(words) == 0 {
		return all
	}
	var out []candidate
next:
	for _, c := range all {
		for _, w := range words {
			if !strings.Contains(c.key, w) {
				continue next
			}
		}
		out = append(out, c)
	}
	return out
}

// picker is a searchable list of roles and people that drops down under
// the button that opened it (a select box would be unusable with
// thousands of people). It is a pop-up inside the team editor, not a
// second dialog over it: a click outside or Esc closes it.
type picker struct {
	all, shown []candidate
	search     *widget.Entry
	list       *widget.List
	pop        *widget.PopUp
	onPick     func(data.Member)
}

// Size of the drop-down.
const pickerW, pickerH = 480, 360

// showPicker opens the picker under anchor (or centred on the window when
// anchor is nil); onPick gets the chosen role or person.
func showPicker(title string, doc *data.Document, skip func(data.Member) bool, win fyne.Window, anchor fyne.CanvasObject, onPick func(data.Member)) *picker {
	p := &picker{all: candidates(doc, skip), onPick: onPick}
	p.shown = p.all
	p.search = widget.NewEntry()
	p.search.SetPlaceHolder(i18n.L("Type to filter roles and people"))
	p.search.OnChanged = p.onFilter
	p.search.OnSubmitted = func(string) {
		if len(p.shown) > 0 {
			p.pick(0)
		}
	}
	p.list = widget.NewList(
		func() int { return len(p.shown) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(p.shown[i].label) },
	)
	p.list.OnSelected = p.pick
	heading := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	content := container.NewBorder(container.NewVBox(heading, p.search), nil, nil, nil, p.list)
	p.pop = widget.NewPopUp(content, win.Canvas())
	p.pop.Resize(fyne.NewSize(pickerW, pickerH))
	if anchor != nil {
		p.pop.ShowAtRelativePosition(fyne.NewPos(0, anchor.Size().Height), anchor)
	} else {
		c := win.Canvas().Size()
		p.pop.ShowAtPosition(fyne.NewPos((c.Width-pickerW)/2, (c.Height-pickerH)/2))
	}
	win.Canvas().Focus(p.search)
	return p
}

func (p *picker) onFilter(q string) {
	p.shown = filter(p.all, q)
	p.list.UnselectAll()
	p.list.Refresh()
}

func (p *picker) pick(i widget.ListItemID) {
	if i < 0 || i >= len(p.shown) {
		return
	}
	m := p.shown[i].member
	p.pop.Hide()
	p.onPick(m)
}
