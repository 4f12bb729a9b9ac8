package card

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/i18n"
	"orgdesigner/data"
	"orgdesigner/views/card/field"
)

// textField is an entry bound to one text of the role card.
type textField struct {
	entry *field.Entry
	msg   *field.Message
	// what names the field in the undo menu ("purpose").
	what string
	get  func(r *data.Role) *string
	// mark is the Suggested name cleared when the user edits the field.
	mark string
}

// textSections are the card's free-text sections: 岗位目的, 任职资格,
// 工作权限, 工作关系, 工作条件, 发展路径 and notes.
type textSections struct {
	e      *RoleEditor
	fields []*textField
	byName map[string]*textField
	marks  map[string]*widget.Label
}

func newTextSections(e *RoleEditor) *textSections {
	t := &textSections{e: e, byName: map[string]*textField{}, marks: map[string]*widget.Label{}}
	add := func(name string, rows int, what string, mark string, get func(r *data.Role) *string) {
		tf := &textField{entry: e.entry(rows), msg: field.NewMessage(), what: what, get: get, mark: mark}
		tf.entry.Normalize = strings.TrimSpace
		tf.entry.OnCommit = func(text string) error { return t.commit(tf, text) }
		t.fields = append(t.fields, tf)
		t.byName[name] = tf
	}
	q := func(r *data.Role) *data.Qualifications { return &r.Qualifications }
	add("purpose", 3, i18n.L("purpose"), data.FieldPurpose, func(r *data.Role) *string { return &r.Purpose })
	add("education", 0, i18n.L("education"), data.FieldQualifications, func(r *data.Role) *string { return &q(r).Education })
	add("major", 0, i18n.L("major"), data.FieldQualifications, func(r *data.Role) *string { return &q(r).Major })
	add("experience", 0, i18n.L("experience"), data.FieldQualifications, func(r *data.Role) *string { return &q(r).Experience })
	add("skills", 2, i18n.L("skills"), data.FieldQualifications, func(r *data.Role) *string { return &q(r).Skills })
	add("certificates", 0, i18n.L("certificates"), data.FieldQualifications, func(r *data.Role) *string { return &q(r).Certificates })
	add("authority", 3, i18n.L("authority"), data.FieldAuthority, func(r *data.Role) *string { return &r.Authority })
	add("internal", 2, i18n.L("internal contacts"), data.FieldContacts, func(r *data.Role) *string { return &r.InternalContacts })
	add("external", 2, i18n.L("external contacts"), data.FieldContacts, func(r *data.Role) *string { return &r.ExternalContacts })
	add("conditions", 2, i18n.L("working conditions"), data.FieldConditions, func(r *data.Role) *string { return &r.Conditions })
	add("career", 2, i18n.L("career path"), data.FieldCareerPath, func(r *data.Role) *string { return &r.CareerPath })
	add("notes", 3, i18n.L("notes"), "", func(r *data.Role) *string { return &r.Notes })
	for _, m := range []string{data.FieldPurpose, data.FieldQualifications, data.FieldAuthority,
		data.FieldContacts, data.FieldConditions, data.FieldCareerPath} {
		t.marks[m] = suggestionMark()
	}
	t.byName["purpose"].entry.SetPlaceHolder(i18n.L("Why the role exists, in one paragraph"))
	t.byName["experience"].entry.SetPlaceHolder(i18n.L("e.g. 3 years or more"))
	return t
}

func (t *textSections) at(name string) fyne.CanvasObject {
	tf := t.byName[name]
	return field.With(tf.entry, tf.msg)
}

// purposeObject is 岗位目的, shown before the responsibilities.
func (t *textSections) purposeObject() fyne.CanvasObject {
	return section(i18n.L("Purpose"), t.marks[data.FieldPurpose], t.at("purpose"))
}

// restObject holds the sections after the KPIs.
func (t *textSections) restObject() fyne.CanvasObject {
	form := func(rows ...fyne.CanvasObject) fyne.CanvasObject {
		return container.New(layout.NewFormLayout(), rows...)
	}
	lbl := func(s string) fyne.CanvasObject { return widget.NewLabel(s) }
	return container.NewVBox(
		section(i18n.L("Qualifications"), t.marks[data.FieldQualifications],
			form(lbl(i18n.L("Education")), t.at("education"),
				lbl(i18n.L("Major")), t.at("major"),
				lbl(i18n.L("Experience")), t.at("experience"),
				lbl(i18n.L("Certificates")), t.at("certificates"))),
		labelled(i18n.L("Skills and competencies"), t.at("skills")),
		section(i18n.L("Authority"), t.marks[data.FieldAuthority], t.at("authority")),
		section(i18n.L("Working relationships"), t.marks[data.FieldContacts],
			labelled(i18n.L("Internal"), t.at("internal")),
			labelled(i18n.L("External"), t.at("external"))),
		section(i18n.L("Working conditions"), t.marks[data.FieldConditions], t.at("conditions")),
		section(i18n.L("Career path"), t.marks[data.FieldCareerPath], t.at("career")),
		section(i18n.L("Notes"), nil, t.at("notes")),
	)
}

func (t *textSections) entries() []*field.Entry {
	out := make([]*field.Entry, len(t.fields))
	for i, tf := range t.fields {
		out[i] = tf.entry
	}
	return out
}

func (t *textSections) load(r *data.Role, force bool) {
	for _, tf := range t.fields {
		tf.entry.Load(*tf.get(r), force)
		if force {
			tf.msg.Clear()
		}
	}
	for name, m := range t.marks {
		showIf(m, data.IsSuggested(r.Suggested, name))
	}
}

func (t *textSections) commit(tf *textField, text string) error {
	text = strings.TrimSpace(text)
	if r := t.e.role(); r == nil || *tf.get(r) == text {
		tf.msg.Clear()
		return nil
	}
	err := t.e.edit(tf.entry.Key(), tf.what, func(r *data.Role) {
		*tf.get(r) = text
		r.Suggested = unmark(r.Suggested, tf.mark)
	})
	tf.msg.Set(describe(err))
	return err
}
