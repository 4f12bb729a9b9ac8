package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/chart"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// toolButton is a toolbar item with an icon and, where a new user needs
// words rather than a symbol, a label (Fyne toolbar buttons have no
// tooltips).
type toolButton struct{ *widget.Button }

var _ widget.ToolbarItem = toolButton{}

// ToolbarObject implements widget.ToolbarItem.
func (b toolButton) ToolbarObject() fyne.CanvasObject { return b.Button }

func newToolButton(label string, icon fyne.Resource, tapped func()) toolButton {
	b := widget.NewButtonWithIcon(label, icon, tapped)
	b.Importance = widget.LowImportance
	return toolButton{b}
}

// toolbar is the window's toolbar: files, undo/redo, structure edits,
// zoom, and the view switch (functional / project / matrix).
type toolbar struct {
	m                    *MainWindow
	bar                  *widget.Toolbar
	undo, redo           toolButton
	child, sibling, dept toolButton
	del, fit             toolButton
	modes                map[data.Mode]toolButton
	scroll               *container.Scroll
}

func newToolbar(m *MainWindow) *toolbar {
	t := &toolbar{m: m, modes: map[data.Mode]toolButton{}}
	t.undo = newToolButton("", theme.ContentUndoIcon(), m.Undo)
	t.redo = newToolButton("", theme.ContentRedoIcon(), m.Redo)
	t.child = newToolButton("", theme.ContentAddIcon(), m.addChild)
	t.sibling = newToolButton("", theme.ContentAddIcon(), m.addSibling)
	t.dept = newToolButton("", theme.FolderNewIcon(), m.addDepartment)
	t.del = newToolButton("", theme.DeleteIcon(), m.delete)
	t.fit = newToolButton("", theme.ZoomFitIcon(), func() { m.chart.Fit() })
	for _, mode := range []data.Mode{data.ModeFunctional, data.ModeProject, data.ModeMatrix} {
		t.modes[mode] = newToolButton("", modeIcon(mode), func() { m.SetView(mode) })
	}
	t.bar = widget.NewToolbar(
		newToolButton("", theme.DocumentIcon(), m.newDocument),
		newToolButton("", theme.FolderOpenIcon(), m.openDocument),
		widget.NewToolbarSeparator(),
		m.scenarios,
		widget.NewToolbarSeparator(),
		t.undo, t.redo,
		widget.NewToolbarSeparator(),
		t.child, t.sibling, t.dept, t.del,
		widget.NewToolbarSeparator(),
		newToolButton("", theme.ZoomInIcon(), func() { m.chart.ZoomIn() }),
		newToolButton("", theme.ZoomOutIcon(), func() { m.chart.ZoomOut() }),
		t.fit,
		widget.NewToolbarSeparator(),
		t.modes[data.ModeFunctional], t.modes[data.ModeProject], t.modes[data.ModeMatrix],
	)
	// A narrow window scrolls the toolbar instead of refusing to shrink.
	t.scroll = container.NewHScroll(t.bar)
	t.relabel()
	return t
}

// relabel writes the buttons' labels in the current UI language.
func (t *toolbar) relabel() {
	t.child.SetText(i18n.L("Add child role"))
	t.sibling.SetText(i18n.L("Add sibling role"))
	t.dept.SetText(i18n.L("Add department"))
	t.fit.SetText(i18n.L("Fit"))
	for mode, b := range t.modes {
		b.SetText(viewName(mode))
	}
}

func (t *toolbar) object() fyne.CanvasObject { return t.scroll }

func modeIcon(mode data.Mode) fyne.Resource {
	switch mode {
	case data.ModeProject:
		return theme.ListIcon()
	case data.ModeMatrix:
		return theme.GridIcon()
	}
	return theme.HomeIcon()
}

// add appends items (AddToolbarItems) before the mode switch's separator.
func (t *toolbar) add(items ...widget.ToolbarItem) {
	n := len(t.bar.Items) - 4 // the separator and three mode buttons stay last
	rest := append([]widget.ToolbarItem(nil), t.bar.Items[n:]...)
	t.bar.Items = append(append(t.bar.Items[:n], items...), rest...)
	t.bar.Refresh()
}

// update enables what applies to the selection and marks the mode.
func (t *toolbar) update() {
	m := t.m
	canUndo, _ := m.sess.CanUndo()
	canRedo, _ := m.sess.CanRedo()
	enable(t.undo.Button, canUndo)
	enable(t.redo.Button, canRedo)
	enable(t.child.Button, m.canAddChild())
	enable(t.sibling.Button, m.canAddSibling())
	enable(t.del.Button, m.sel.Kind != chart.KindCompany)
	for mode, b := range t.modes {
		imp := widget.LowImportance
		if mode == m.view {
			imp = widget.HighImportance
		}
		if b.Importance != imp {
			b.Importance = imp
			b.Refresh()
		}
	}
}

func enable(b *widget.Button, on bool) {
	if on == b.Disabled() {
		if on {
			b.Enable()
		} else {
			b.Disable()
		}
	}
}

// AddToolbarItems adds items for features built elsewhere to the toolbar,
// before the mode switch.
func (m *MainWindow) AddToolbarItems(items ...widget.ToolbarItem) { m.toolbar.add(items...) }
