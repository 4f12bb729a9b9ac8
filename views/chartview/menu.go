package chartview

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/chart"
	"orgdesigner/app/i18n"
)

// showMenu opens the context menu at an absolute canvas position.
func (c *Chart) showMenu(abs fyne.Position) {
	cv := fyne.CurrentApp().Driver().CanvasForObject(c)
	if cv == nil {
		return
	}
	widget.ShowPopUpMenuAtPosition(c.contextMenu(), cv, abs)
}

// contextMenu lists the actions for the selected node; those that do not
// apply to it are shown disabled, so the menu keeps its shape.
func (c *Chart) contextMenu() *fyne.Menu {
	n, ok := c.selectedNode()
	kind := chart.Kind(-1)
	hasKids, hasPeople := false, false
	if ok {
		kind = n.Kind
		hasKids = len(n.Children) > 0 || n.HasHidden
		hasPeople = n.Kind == chart.KindRole && len(c.doc.Holders(n.ID)) > 0
	}
	tree := !c.projectView()
	edit := c.editable() && !c.ghost(c.sel.idx)
	item := func(label string, enabled bool, action func()) *fyne.MenuItem {
		it := fyne.NewMenuItem(label, action)
		it.Disabled = !enabled
		return it
	}
	isRole, isDept := kind == chart.KindRole, kind == chart.KindDepartment
	toggle := i18n.L("Collapse")
	if ok && n.HasHidden {
		toggle = i18n.L("Expand")
	}
	return fyne.NewMenu("",
		item(i18n.L("Add child role"), edit && tree && (isRole || isDept || kind == chart.KindCompany), c.AddChild),
		item(i18n.L("Add sibling"), edit && tree && (isRole || isDept), c.AddSibling),
		item(i18n.L("Add department"), edit && tree, c.AddDepartment),
		fyne.NewMenuItemSeparator(),
		item(i18n.L("Rename"), edit && ok, c.Rename),
		item(i18n.L("Duplicate role"), edit && isRole, c.Duplicate),
		item(i18n.L("Move people to…"), edit && isRole && hasPeople, c.MovePeople),
		item(i18n.L("Delete"), edit && ok && kind != chart.KindCompany, c.Delete),
		fyne.NewMenuItemSeparator(),
		item(toggle, hasKids, func() { c.toggleAt(c.sel.idx) }),
		item(i18n.L("Expand all"), len(c.collapsed) > 0, c.ExpandAll),
		item(i18n.L("Fit to window"), true, c.Fit),
	)
}
