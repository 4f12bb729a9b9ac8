package card

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

// roleHeader shows the card's title and department and the card actions.
// The title stays on one line, elided when long (the 岗位名称 field right
// under it holds it whole), and has the panel's full width: a title that
// wrapped while the user renamed the role pushed every field down a line,
// under the pointer of their next click.
type roleHeader struct {
	e         *RoleEditor
	title     *widget.Label
	where     *wrapped.Label
	mark      *widget.Label
	duplicate *field.Button
	detach    *field.Button
	msg       *field.Message
}

func newRoleHeader(e *RoleEditor) *roleHeader {
	h := &roleHeader{e: e}
	h.title = widget.NewLabel("")
	h.title.SizeName = theme.SizeNameHeadingText
	h.title.Truncation = fyne.TextTruncateEllipsis
	h.where = caption("")
	h.mark = suggestionMark()
	h.mark.SetText(i18n.L("suggested role: not in the source text"))
	h.duplicate = e.button(i18n.L("Duplicate role"), theme.ContentCopyIcon(), h.onDuplicate)
	h.detach = e.button(i18n.L("Open in new window"), theme.ViewFullScreenIcon(), h.onDetach)
	h.msg = field.NewMessage()
	return h
}

func (h *roleHeader) object() fyne.CanvasObject {
	return container.NewVBox(h.title, h.where, container.NewHBox(h.duplicate, h.detach), h.mark, h.msg)
}

func (h *roleHeader) load(doc *data.Document, r *data.Role) {
	if h.title.Text != r.Title {
		h.title.SetText(r.Title)
	}
	where := i18n.L("Company level")
	if r.Department != "" {
		where = field.DeptPath(doc, r.Department)
	}
	if h.where.Text != where {
		h.where.SetText(where)
	}
	showIf(h.mark, data.IsSuggested(r.Suggested, data.FieldRole))
	showIf(h.detach, !h.e.inWindow)
}

// onDuplicate copies the card (not its holders) next to the role and opens
// the copy.
func (h *roleHeader) onDuplicate() {
	var id data.ID
	if err := h.e.do(app.DuplicateRole(h.e.id, &id)); err != nil {
		h.msg.Set(describe(err))
		return
	}
	h.msg.Clear()
	h.e.open(id)
}

// onDetach opens the card in its own window, for writing a long card next
// to the chart.
func (h *roleHeader) onDetach() {
	h.e.Flush()
	OpenRoleWindow(fyne.CurrentApp(), h.e.s, h.e.id)
}

// OpenRoleWindow shows role id's card in a window of its own and returns
// the window. The card follows the session until the window is closed.
func OpenRoleWindow(a fyne.App, s Session, id data.ID) fyne.Window {
	ed := NewRoleEditor(s)
	ed.inWindow = true
	ed.SetRole(id)
	title := i18n.L("Role card")
	if r := s.Doc().Role(id); r != nil {
		title = i18n.L("Role card: %s", r.Title)
	}
	w := a.NewWindow(title)
	w.SetContent(ed)
	w.Resize(fyne.NewSize(640, 800))
	w.SetOnClosed(ed.Close)
	w.Show()
	return w
}
