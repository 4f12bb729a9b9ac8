package chartview

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app"
	"orgdesigner/app/chart"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// MovePeople asks which role the people of the selected role should move
// to, and moves them all there as one undoable step: the way to merge two
// roles from the chart (the emptied role can then be deleted). The target
// role is selected afterwards so the user sees the people arrive.
func (c *Chart) MovePeople() {
	if c.refuseEdit() {
		return
	}
	n, ok := c.selectedNode()
	if !ok || n.Kind != chart.KindRole {
		c.fail(i18n.L("Select a role whose people should move."))
		return
	}
	from := n.ID
	if len(c.doc.Holders(from)) == 0 {
		c.fail(i18n.L("Nobody holds the role “%s”, so there is nobody to move.", n.Label))
		return
	}
	ids, labels := c.rolesInChartOrder(from)
	if len(ids) == 0 {
		c.fail(i18n.L("There is no other role to move the people to."))
		return
	}
	c.pick(i18n.L("Move the people of “%s” to", n.Label), labels, func(k int) {
		if k < 0 || k >= len(ids) {
			return
		}
		if c.do(app.MoveHolders(from, ids[k])) {
			c.Select(ids[k])
		}
	})
}

// rolesInChartOrder lists every role but skip, with its label, in the
// order the department view shows them (collapsed ones included), so the
// roles of one department stand together.
func (c *Chart) rolesInChartOrder(skip data.ID) ([]data.ID, []string) {
	o := c.opts
	o.Mode, o.Collapsed = data.ModeFunctional, nil
	full := chart.Build(c.doc, o)
	var ids []data.ID
	var labels []string
	seen := map[data.ID]bool{skip: true}
	for _, n := range full.Nodes {
		if r := c.doc.Role(n.ID); n.Kind == chart.KindRole && r != nil && !seen[n.ID] {
			seen[n.ID] = true
			ids = append(ids, n.ID)
			labels = append(labels, c.roleLabel(*r))
		}
	}
	return ids, labels
}

// roleLabel names a role with its department, so two roles with the same
// title in different departments can be told apart in a list.
func (c *Chart) roleLabel(r data.Role) string {
	dept := i18n.L("company level")
	if d := c.doc.Department(r.Department); d != nil {
		dept = d.Name
	}
	return r.Title + " · " + dept
}

// showPick asks the user to choose one of options in the chart's window;
// done gets the chosen index, or is not called when the user cancels.
func (c *Chart) showPick(title string, options []string, done func(int)) {
	c.showChoice(title, i18n.L("Role"), i18n.L("Choose a role…"), i18n.L("Move"), options, done, -1)
}

// showPickPerson asks the user to choose one of the people named.
func (c *Chart) showPickPerson(title string, names []string, done func(int)) {
	c.showChoice(title, i18n.L("Person"), i18n.L("Choose a person…"), i18n.L("Assign"), names, done, 0)
}

// showChoice asks the user to choose one of options in a form dialog,
// with option preset chosen (-1: none).
func (c *Chart) showChoice(title, label, placeholder, confirm string, options []string, done func(int), preset int) {
	win := c.window()
	if win == nil {
		return
	}
	sel := widget.NewSelect(options, nil)
	sel.PlaceHolder = placeholder
	if preset >= 0 && preset < len(options) {
		sel.SetSelectedIndex(preset)
	}
	items := []*widget.FormItem{widget.NewFormItem(label, sel)}
	d := dialog.NewForm(title, confirm, i18n.L("Cancel"), items, func(ok bool) {
		if ok && sel.SelectedIndex() >= 0 {
			done(sel.SelectedIndex())
		}
	}, win)
	d.Resize(fyne.NewSize(max(d.MinSize().Width, 30*theme.TextSize()), d.MinSize().Height))
	d.Show()
}
