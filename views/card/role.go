package card

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
	"orgdesigner/views/card/field"
	"orgdesigner/views/wrapped"
)

// RoleEditor edits every section of one role's card (岗位说明书): basic
// information, purpose, responsibilities, KPIs, qualifications, authority,
// contacts, working conditions, career path and notes, and shows the
// derived facts (direct reports, holders, vacancy). Text saves as the user
// types; each visit to a field is one undo step.
type RoleEditor struct {
	widget.BaseWidget

	// OnOpenRole is called when the user opens another role from the card
	// (a direct report, a new duplicate). When nil the editor shows that
	// role itself.
	OnOpenRole func(id data.ID)

	s      Session
	save   *field.Saver
	id     data.ID
	closed bool
	// inWindow hides "Open in new window" on a card that already is one.
	inWindow bool

	header  *roleHeader
	basic   *basicSection
	derived *derivedSection
	resp    *respSection
	kpis    *kpiSection
	texts   *textSections

	scroll *container.Scroll
	empty  *wrapped.Label
	// root holds the built content; Relabel swaps it.
	root *fyne.Container
}

// NewRoleEditor returns an editor showing no role until SetRole. It
// follows the session's changes for as long as it is not closed.
func NewRoleEditor(s Session) *RoleEditor {
	e := &RoleEditor{s: s, save: field.NewSaver(s), root: container.NewStack()}
	e.ExtendBaseWidget(e)
	e.build()
	s.OnChange(func() { fyne.Do(e.reload) })
	e.load(true)
	return e
}

func (e *RoleEditor) build() {
	e.header = newRoleHeader(e)
	e.basic = newBasicSection(e)
	e.derived = newDerivedSection(e)
	e.resp = newRespSection(e)
	e.kpis = newKPISection(e)
	e.texts = newTextSections(e)
	body := container.NewVBox(
		e.header.object(),
		e.basic.object(),
		e.derived.object(),
		e.texts.purposeObject(),
		e.resp.object(),
		e.kpis.object(),
		e.texts.restObject(),
	)
	e.scroll = container.NewVScroll(container.NewPadded(body))
	e.empty = paragraph(i18n.L("Select a role on the chart to edit its card."))
	e.empty.Alignment = fyne.TextAlignCenter
	e.root.Objects = []fyne.CanvasObject{container.NewStack(e.scroll, centred(e.empty))}
	e.root.Refresh()
}

// CreateRenderer implements fyne.Widget.
func (e *RoleEditor) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(e.root)
}

// Relabel rebuilds the card in the current UI language, keeping the role
// shown (pending edits are saved first).
func (e *RoleEditor) Relabel() {
	e.Flush()
	e.build()
	e.load(true)
}

// SetRole saves any pending edit of the current role, then shows role id
// ("" shows nothing).
func (e *RoleEditor) SetRole(id data.ID) {
	e.Flush()
	changed := id != e.id
	e.id = id
	e.load(true)
	if changed {
		e.scroll.ScrollToTop()
	}
}

// Role returns the id of the role shown.
func (e *RoleEditor) Role() data.ID { return e.id }

// Flush saves the edit being typed, if any. Call it before closing the
// document; SetRole does it itself.
func (e *RoleEditor) Flush() {
	for _, en := range e.entries() {
		en.Flush()
	}
}

// Close saves pending edits and stops following the session (the card's
// own window was closed).
func (e *RoleEditor) Close() {
	e.Flush()
	e.closed = true
}

// FocusFirst puts the keyboard focus in the title field.
func (e *RoleEditor) FocusFirst() {
	if c := fyne.CurrentApp().Driver().CanvasForObject(e); c != nil {
		c.Focus(e.basic.title)
	}
}

func (e *RoleEditor) entries() []*field.Entry {
	var out []*field.Entry
	out = append(out, e.basic.entries()...)
	out = append(out, e.resp.entries()...)
	out = append(out, e.kpis.entries()...)
	out = append(out, e.texts.entries()...)
	return out
}

func (e *RoleEditor) reload() {
	if !e.closed {
		e.load(false)
	}
}

// load shows the current role; force drops pending edits (a new role).
func (e *RoleEditor) load(force bool) {
	doc := e.s.Doc()
	r := doc.Role(e.id)
	if r == nil {
		e.scroll.Hide()
		e.empty.Show()
		return
	}
	e.empty.Hide()
	e.scroll.Show()
	e.header.load(doc, r)
	e.basic.load(doc, r, force)
	e.derived.load(doc, r)
	e.resp.load(r, force)
	e.kpis.load(doc, r, force)
	e.texts.load(r, force)
}

// role returns the current record of the role shown, or nil.
func (e *RoleEditor) role() *data.Role { return e.s.Doc().Role(e.id) }

var errGone = errors.New("gone")

// edit saves a change to one field of the role card; key merges the saves
// of one visit to a field, what names the field for the undo menu.
func (e *RoleEditor) edit(key, what string, fn func(r *data.Role)) error {
	r := e.role()
	if r == nil {
		return errGone
	}
	return e.save.Save(key, app.EditRole(e.id, i18n.L("Edit %s of %s", what, r.Title), fn))
}

// do applies a structural command (add, remove, move, pick) and reloads at
// once, so focus can follow the item moved.
func (e *RoleEditor) do(cmd app.Command) error {
	e.Flush()
	err := e.save.Do(cmd)
	e.load(false)
	return err
}

// open shows another role, through OnOpenRole when set.
func (e *RoleEditor) open(id data.ID) {
	if e.OnOpenRole != nil {
		e.OnOpenRole(id)
		return
	}
	e.SetRole(id)
}

// reveal scrolls a field that gained focus into view.
func (e *RoleEditor) reveal(obj fyne.CanvasObject) { field.Reveal(e.scroll, obj) }

// wheel scrolls the card with the mouse wheel turned over a multi-line
// field (the field grows with its text instead of scrolling).
func (e *RoleEditor) wheel(ev *fyne.ScrollEvent) { e.scroll.Scrolled(ev) }

// describe turns a save error into the message under the field.
func describe(err error) string {
	if err == nil || errors.Is(err, errGone) {
		return ""
	}
	return app.Describe(err)
}

// entry returns a debounced entry that scrolls into view on focus.
func (e *RoleEditor) entry(multi int) *field.Entry {
	return field.NewEditorEntry(multi, e.reveal, e.wheel)
}

func (e *RoleEditor) selectField(picked func(string)) *field.Select {
	s := field.NewSelect(picked)
	s.OnFocus = e.reveal
	return s
}

func (e *RoleEditor) button(label string, icon fyne.Resource, tapped func()) *field.Button {
	b := field.NewButton(label, icon, tapped)
	b.OnFocus = e.reveal
	return b
}
