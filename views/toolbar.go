package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/chart"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// toolButton is a toolbar item with an icon and, where a new user needs
// words rather than a symbol, a label. When the window is too narrow for
// every label the toolbar drops labels (fitLayout) and the button shows
// its name in a tooltip while the pointer is over it; buttons without a
// label always do.
type toolButton struct {
	*widget.Button
	w *tipButton
}

var _ widget.ToolbarItem = toolButton{}

// ToolbarObject implements widget.ToolbarItem.
func (b toolButton) ToolbarObject() fyne.CanvasObject { return b.w }

// setLabel sets the label the button shows when there is room, and its
// tooltip.
func (b toolButton) setLabel(label string) {
	b.w.label = label
	b.w.tip = label
	b.SetText(label)
}

// setTip names an icon-only button in its tooltip.
func (b toolButton) setTip(tip string) { b.w.tip = tip }

// tipButton is a button that shows a tooltip (tipLayer) while the pointer
// is over it and it shows no label.
type tipButton struct {
	widget.Button
	label string // the label shown when there is room; "" for icon-only buttons
	tip   string // what the tooltip says
	tips  *tipLayer
}

func newToolButton(tips *tipLayer, icon fyne.Resource, tapped func()) toolButton {
	b := &tipButton{tips: tips}
	b.Icon, b.OnTapped = icon, tapped
	b.Importance = widget.LowImportance
	b.ExtendBaseWidget(b)
	return toolButton{&b.Button, b}
}

// MouseIn shows the tooltip of a button whose label is hidden.
func (b *tipButton) MouseIn(e *desktop.MouseEvent) {
	b.Button.MouseIn(e)
	if b.Text == "" && b.tip != "" && b.tips != nil {
		b.tips.show(b.tip, b)
	}
}

// MouseOut hides the tooltip.
func (b *tipButton) MouseOut() {
	b.Button.MouseOut()
	if b.tips != nil {
		b.tips.hide()
	}
}

// Tapped hides the tooltip: the action is under way.
func (b *tipButton) Tapped(e *fyne.PointEvent) {
	if b.tips != nil {
		b.tips.hide()
	}
	b.Button.Tapped(e)
}

// toolbar is the window's toolbar: files, undo/redo, structure edits,
// zoom, and the view switch (functional / project / matrix).
type toolbar struct {
	m                    *MainWindow
	bar                  *widget.Toolbar
	newDoc, open         toolButton
	undo, redo           toolButton
	child, sibling, dept toolButton
	del, fit             toolButton
	zoomIn, zoomOut      toolButton
	modes                map[data.Mode]toolButton
	fitted               *fyne.Container // the bar in fitLayout
	scroll               *container.Scroll
}

func newToolbar(m *MainWindow) *toolbar {
	t := &toolbar{m: m, modes: map[data.Mode]toolButton{}}
	tips := m.tips
	t.newDoc = newToolButton(tips, theme.DocumentIcon(), m.newDocument)
	t.open = newToolButton(tips, theme.FolderOpenIcon(), m.openDocument)
	t.undo = newToolButton(tips, theme.ContentUndoIcon(), m.Undo)
	t.redo = newToolButton(tips, theme.ContentRedoIcon(), m.Redo)
	t.child = newToolButton(tips, addChildIcon, m.addChild)
	t.sibling = newToolButton(tips, addSiblingIcon, m.addSibling)
	t.dept = newToolButton(tips, theme.FolderNewIcon(), m.addDepartment)
	t.del = newToolButton(tips, theme.DeleteIcon(), m.delete)
	t.zoomIn = newToolButton(tips, theme.ZoomInIcon(), func() { m.chart.ZoomIn() })
	t.zoomOut = newToolButton(tips, theme.ZoomOutIcon(), func() { m.chart.ZoomOut() })
	t.fit = newToolButton(tips, theme.ZoomFitIcon(), func() { m.chart.Fit() })
	for _, mode := range []data.Mode{data.ModeFunctional, data.ModeProject, data.ModeMatrix} {
		t.modes[mode] = newToolButton(tips, modeIcon(mode), func() { m.SetView(mode) })
	}
	t.bar = widget.NewToolbar(
		t.newDoc, t.open,
		widget.NewToolbarSeparator(),
		m.scenarios,
		widget.NewToolbarSeparator(),
		t.undo, t.redo,
		widget.NewToolbarSeparator(),
		t.child, t.sibling, t.dept, t.del,
		widget.NewToolbarSeparator(),
		t.zoomIn, t.zoomOut, t.fit,
		widget.NewToolbarSeparator(),
		t.modes[data.ModeFunctional], t.modes[data.ModeProject], t.modes[data.ModeMatrix],
	)
	// A window too narrow for the labels drops them, least needed first
	// (fitLayout); one too narrow even for the icons scrolls the toolbar
	// instead of refusing to shrink.
	t.fitted = container.New(&fitLayout{t: t}, t.bar)
	t.scroll = container.NewHScroll(t.fitted)
	t.relabel()
	return t
}

// relabel writes the buttons' labels and tooltips in the current UI
// language.
func (t *toolbar) relabel() {
	t.newDoc.setTip(i18n.L("New…"))
	t.open.setTip(i18n.L("Open…"))
	t.undo.setTip(i18n.L("Undo"))
	t.redo.setTip(i18n.L("Redo"))
	t.del.setTip(i18n.L("Delete"))
	t.zoomIn.setTip(i18n.L("Zoom in"))
	t.zoomOut.setTip(i18n.L("Zoom out"))
	t.child.setLabel(i18n.L("Add child role"))
	t.sibling.setLabel(i18n.L("Add sibling role"))
	t.dept.setLabel(i18n.L("Add department"))
	t.fit.setLabel(i18n.L("Fit"))
	for mode, b := range t.modes {
		b.setLabel(viewName(mode))
	}
	t.fitted.Refresh() // labels of another width: fit them again
}

// droppable lists the labelled buttons in groups, in the order their
// labels go when the window is narrow: first those whose icon says enough
// (fit, the new folder), then the two add-role buttons together (one
// labelled beside one bare reads as two kinds of control), last the view
// switch, whose labels also say which view is on.
func (t *toolbar) droppable() [][]toolButton {
	return [][]toolButton{{t.fit}, {t.dept}, {t.child, t.sibling},
		{t.modes[data.ModeFunctional], t.modes[data.ModeProject], t.modes[data.ModeMatrix]}}
}

// fitLayout lays the toolbar out at its width with as many labels as fit:
// the label groups of droppable() go one by one until the toolbar fits.
// Its minimum is the toolbar with no labels, so the window can shrink to
// that before the toolbar scrolls.
type fitLayout struct {
	t       *toolbar
	scratch *widget.Button // measures labelled buttons
}

// extra is how much wider b is with its label than without.
func (l *fitLayout) extra(b toolButton) float32 {
	if b.w.label == "" {
		return 0
	}
	if l.scratch == nil {
		l.scratch = widget.NewButtonWithIcon("", theme.ZoomFitIcon(), nil)
	}
	l.scratch.Icon = b.Icon
	l.scratch.SetText("")
	bare := l.scratch.MinSize().Width
	l.scratch.SetText(b.w.label)
	return l.scratch.MinSize().Width - bare
}

// widths returns the toolbar's width with no labels and what each group
// of droppable labels adds.
func (l *fitLayout) widths() (bare float32, extras []float32) {
	bare = l.t.bar.MinSize().Width
	for _, group := range l.t.droppable() {
		var sum float32
		for _, b := range group {
			e := l.extra(b)
			sum += e
			if b.Text != "" {
				bare -= e
			}
		}
		extras = append(extras, sum)
	}
	return bare, extras
}

func (l *fitLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	bare, _ := l.widths()
	return fyne.NewSize(bare, l.t.bar.MinSize().Height)
}

func (l *fitLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	bare, extras := l.widths()
	need := bare
	for _, e := range extras {
		need += e
	}
	drop := 0
	for drop < len(extras) && need > size.Width {
		need -= extras[drop]
		drop++
	}
	for i, group := range l.t.droppable() {
		for _, b := range group {
			text := b.w.label
			if i < drop {
				text = ""
			}
			if b.Text != text {
				b.SetText(text)
			}
		}
	}
	// The bar gets its own width, not the whole row: a Fyne toolbar lays
	// its items out only when its size changes, and its width changes
	// with any label (the scenario selector's too).
	for _, o := range objects {
		o.Resize(fyne.NewSize(o.MinSize().Width, size.Height))
		o.Move(fyne.NewPos(0, 0))
	}
}

// refit lays the toolbar out again after labels changed elsewhere (the
// scenario selector's, in another language).
func (t *toolbar) refit() {
	t.fitted.Refresh()
	t.scroll.Refresh()
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
	t.fitted.Refresh()
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
