package views

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/i18n"
	"orgdesigner/views/wrapped"
)

// A document the user may not write (no write permission, or a file
// marked read-only) opens read-only: a banner under the toolbar says so
// and why, and the commands that would change it are disabled. Edits that
// still reach the session (typing in the card panel, keys on the chart)
// are refused by the store with the same sentence.

// readOnly reports whether the window's document is read-only.
func (m *MainWindow) readOnly() bool {
	st := m.sess.Store()
	return st != nil && st.ReadOnly()
}

// readOnlyReason is the banner's sentence: why editing is off and what to
// do instead.
func readOnlyReason() string {
	return i18n.L("You may not change this file (it is read-only or belongs to another user). You can view, check, print and export it; to edit, save a copy.")
}

// topBar is the toolbar, with the read-only banner under it when the
// document is read-only.
func (m *MainWindow) topBar() fyne.CanvasObject {
	if !m.readOnly() {
		return m.toolbar.object()
	}
	title := widget.NewLabelWithStyle(i18n.L("Read-only"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Importance = widget.WarningImportance
	reason := wrapped.NewLabel(readOnlyReason())
	saveCopy := widget.NewButtonWithIcon(i18n.L("Save a copy…"), theme.DocumentSaveIcon(), m.saveAs)
	bg := canvas.NewRectangle(bannerColour())
	banner := container.NewStack(bg, container.NewBorder(nil, nil, container.NewHBox(widget.NewIcon(theme.WarningIcon()), title), saveCopy, reason))
	return container.NewVBox(m.toolbar.object(), banner)
}

// bannerColour is the theme's warning colour, faint enough for text on it.
func bannerColour() color.Color {
	r, g, b, _ := theme.Color(theme.ColorNameWarning).RGBA()
	return color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: 0x38}
}

// lockEdits disables, in a read-only document, the toolbar buttons and the
// menu items that change the document: every Insert item, the structure
// edits of the Edit menu and Import roster.
func (m *MainWindow) lockEdits(menu *fyne.MainMenu) {
	if !m.readOnly() {
		return
	}
	for _, b := range []toolButton{m.toolbar.undo, m.toolbar.redo, m.toolbar.child, m.toolbar.sibling, m.toolbar.dept, m.toolbar.del} {
		enable(b.Button, false)
	}
	edits := map[string]bool{}
	for _, l := range []string{"Add child role", "Add sibling role", "Add department", "Rename", "Duplicate", "Delete", "Import roster…",
		"New scenario…", "Rename scenario…", "Duplicate scenario", "Delete scenario…", "Adopt scenario…"} {
		edits[i18n.L(l)] = true
	}
	insert := i18n.L("Insert")
	for _, mu := range menu.Items {
		for _, it := range mu.Items {
			if mu.Label == insert || edits[it.Label] {
				it.Disabled = true
			}
		}
	}
}
