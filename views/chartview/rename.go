package chartview

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app"
	"orgdesigner/app/chart"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// renameState is an in-place rename in progress.
type renameState struct {
	idx      int
	id       data.ID
	kind     chart.Kind
	original string
}

// renameEntry is the text box laid over a card while it is renamed: Enter
// commits, Esc cancels, clicking elsewhere commits, and Tab commits and
// adds a child, so a branch can be typed in one go.
type renameEntry struct {
	widget.Entry
	onCancel    func()
	onFocusLost func()
	onTab       func()
}

var (
	_ fyne.Focusable = (*renameEntry)(nil)
	_ fyne.Tabbable  = (*renameEntry)(nil)
)

func newRenameEntry() *renameEntry {
	e := &renameEntry{}
	e.ExtendBaseWidget(e)
	e.Hide()
	return e
}

// AcceptsTab keeps Tab in the editor rather than moving the focus.
func (e *renameEntry) AcceptsTab() bool { return true }

// TypedKey cancels on Esc and commits-and-adds on Tab; everything else is
// the entry's.
func (e *renameEntry) TypedKey(k *fyne.KeyEvent) {
	switch {
	case k.Name == fyne.KeyEscape && e.onCancel != nil:
		e.onCancel()
	case k.Name == fyne.KeyTab && e.onTab != nil:
		e.onTab()
	default:
		e.Entry.TypedKey(k)
	}
}

// FocusLost commits, as clicking away from an in-place editor does.
func (e *renameEntry) FocusLost() {
	e.Entry.FocusLost()
	if e.onFocusLost != nil {
		e.onFocusLost()
	}
}

// setupRename wires the chart's rename entry.
func (c *Chart) setupRename() {
	c.entry = newRenameEntry()
	c.entry.OnSubmitted = func(string) { c.commitRename() }
	c.entry.onCancel = c.cancelRename
	c.entry.onFocusLost = func() { c.commitRename() }
	c.entry.onTab = func() {
		if c.commitRename() {
			c.AddChild()
		}
	}
}

// Renaming reports whether an in-place rename is open.
func (c *Chart) Renaming() bool { return c.edit != nil }

// Rename opens an in-place editor over the selected node's name: Enter
// saves, Esc cancels.
func (c *Chart) Rename() {
	if c.refuseEdit() {
		return
	}
	n, ok := c.selectedNode()
	if !ok {
		return
	}
	original, ok := c.nameOf(n)
	if !ok {
		c.fail(i18n.L("This item cannot be renamed here."))
		return
	}
	c.edit = &renameState{idx: c.sel.idx, id: n.ID, kind: n.Kind, original: original}
	c.entry.SetText(original)
	c.ensureVisible(c.sel.idx)
	c.Refresh()
	if cv := fyne.CurrentApp().Driver().CanvasForObject(c); cv != nil {
		cv.Focus(c.entry)
	}
	c.entry.TypedShortcut(&fyne.ShortcutSelectAll{})
}

// nameOf returns the full (untruncated) name of a node.
func (c *Chart) nameOf(n *chart.Node) (string, bool) {
	doc := c.doc
	switch n.Kind {
	case chart.KindCompany:
		return doc.Org.Name, true
	case chart.KindDepartment:
		if d := doc.Department(n.ID); d != nil {
			return d.Name, true
		}
	case chart.KindRole:
		if r := doc.Role(n.ID); r != nil {
			return r.Title, true
		}
	case chart.KindProject:
		if t := doc.Project(n.ID); t != nil {
			return t.Name, true
		}
	case chart.KindPerson:
		if p := doc.Person(n.ID); p != nil {
			return p.Name, true
		}
	}
	return "", false
}

// commitRename saves the typed name, if it changed; it reports false when
// the name was refused.
func (c *Chart) commitRename() bool {
	e := c.edit
	if e == nil {
		return true
	}
	text := strings.TrimSpace(c.entry.Text)
	c.closeEditor()
	if text == e.original {
		return true
	}
	if text == "" {
		c.fail(i18n.L("A name cannot be empty."))
		return false
	}
	if cmd := c.renameCommand(e, text); cmd != nil {
		return c.do(cmd)
	}
	return true
}

// cancelRename closes the editor without saving.
func (c *Chart) cancelRename() {
	if c.edit != nil {
		c.closeEditor()
	}
}

// closeEditor hides the entry and gives the keyboard back to the chart.
func (c *Chart) closeEditor() {
	c.edit = nil
	c.entry.Hide()
	if cv := fyne.CurrentApp().Driver().CanvasForObject(c); cv != nil && cv.Focused() == c.entry {
		cv.Focus(c)
	}
	c.Refresh()
}

// renameCommand builds the command that renames e's node.
func (c *Chart) renameCommand(e *renameState, name string) app.Command {
	doc := c.doc
	switch e.kind {
	case chart.KindCompany:
		org := doc.Org
		org.Name = name
		return app.UpdateOrg(org)
	case chart.KindDepartment:
		return app.RenameDepartment(e.id, name)
	case chart.KindRole:
		return app.RenameRole(e.id, name)
	case chart.KindProject:
		if t := doc.Project(e.id); t != nil {
			nt := data.CloneProject(*t)
			nt.Name = name
			return app.UpdateProject(nt)
		}
	case chart.KindPerson:
		if p := doc.Person(e.id); p != nil {
			np := data.ClonePerson(*p)
			np.Name = name
			return app.UpdatePerson(np)
		}
	}
	return nil
}
