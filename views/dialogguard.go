package views

import (
	"reflect"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/i18n"
)

// Dialogs are modal: while one is open, the window's commands (menus,
// their shortcuts, the keys the window handles) do nothing but say so, so
// no second dialog opens over it; a dialog may still open its own (a file
// chooser, a picker). Esc closes the dialog on top as its Cancel or Close
// button would. Every dialog of the program is a Fyne pop-up on the
// window's canvas, whoever built it, so this works from the canvas rather
// than from each dialog.

// topPopUp returns the dialog, drop-down or pop-up menu on top of canvas
// c, or nil.
func topPopUp(c fyne.Canvas) fyne.CanvasObject {
	switch p := unwrapOverlay(c.Overlays().Top()).(type) {
	case *widget.PopUpMenu:
		return p
	case *widget.PopUp:
		if p.Visible() {
			return p
		}
	}
	return nil
}

// unwrapOverlay returns the pop-up an overlay shows: Fyne 2.8 wraps each
// pop-up in an overlay container of an internal type, whose exported
// Content field holds it.
func unwrapOverlay(o fyne.CanvasObject) fyne.CanvasObject {
	v := reflect.ValueOf(o)
	if v.Kind() != reflect.Pointer || v.IsNil() || v.Elem().Kind() != reflect.Struct {
		return o
	}
	f := v.Elem().FieldByName("Content")
	if !f.IsValid() || !f.CanInterface() {
		return o
	}
	if inner, ok := f.Interface().(fyne.CanvasObject); ok && inner != nil {
		return inner
	}
	return o
}

// isModal tells a dialog from a transient pop-up (a drag ghost, a
// tooltip): Fyne keeps the flag unexported, reading it is safe.
func isModal(p *widget.PopUp) bool {
	f := reflect.ValueOf(p).Elem().FieldByName("modal")
	return f.IsValid() && f.Kind() == reflect.Bool && f.Bool()
}

// dialogOpen reports whether a modal dialog is open on the window (under
// a drop-down of its own, maybe).
func (m *MainWindow) dialogOpen() bool {
	for _, o := range m.win.Canvas().Overlays().List() {
		if p, ok := unwrapOverlay(o).(*widget.PopUp); ok && p.Visible() && isModal(p) {
			return true
		}
	}
	return false
}

// guard wraps a command so that it does nothing while a dialog is open
// (besides saying so in the status bar).
func (m *MainWindow) guard(action func()) func() {
	if action == nil {
		return nil
	}
	return func() {
		if m.dialogOpen() {
			m.status.say(i18n.L("Close the open dialog first."), true)
			return
		}
		action()
	}
}

// guardMenu returns a copy of mm whose items' actions are guarded. It
// copies rather than wraps in place, as added items are reused in every
// rebuild of the menu bar.
func (m *MainWindow) guardMenu(mm *fyne.MainMenu) *fyne.MainMenu {
	var copyItems func(items []*fyne.MenuItem) []*fyne.MenuItem
	copyItems = func(items []*fyne.MenuItem) []*fyne.MenuItem {
		out := make([]*fyne.MenuItem, len(items))
		for i, it := range items {
			c := *it
			c.Action = m.guard(it.Action)
			if it.Disabled && it.Action != nil {
				// The driver still runs a disabled item's shortcut
				// (Ctrl+Shift+N opened New scenario in a read-only
				// document): the key does what the greyed item does.
				c.Action = func() {}
			}
			if it.ChildMenu != nil {
				child := *it.ChildMenu
				child.Items = copyItems(it.ChildMenu.Items)
				c.ChildMenu = &child
			}
			out[i] = &c
		}
		return out
	}
	menus := make([]*fyne.Menu, len(mm.Items))
	for i, menu := range mm.Items {
		c := *menu
		c.Items = copyItems(menu.Items)
		menus[i] = &c
	}
	return fyne.NewMainMenu(menus...)
}

// closeTopDialog closes the dialog, drop-down or pop-up menu on top of
// canvas c as Esc should: a dialog by its Cancel or Close button, so the
// dialog's own "no" handling runs. A dialog with no such button (work in progress) stays.
// It reports whether something was closed.
func closeTopDialog(c fyne.Canvas) bool {
	switch p := topPopUp(c).(type) {
	case *widget.PopUpMenu:
		p.Hide()
		return true
	case *widget.PopUp:
		if !isModal(p) { // a drop-down (the team editor's picker)
			p.Hide()
			return true
		}
		if b := dismissButton(p); b != nil {
			b.OnTapped()
			return true
		}
	}
	return false
}

// dismissButton finds the button that closes dialog p without acting: the
// one with the Cancel icon (confirmations, forms), else the only button of
// a Fyne dialog's button row (messages, errors, "Close"), else one labelled
// Cancel or Close (file choosers).
func dismissButton(p *widget.PopUp) *widget.Button {
	var all []*widget.Button
	collectButtons(p.Content, &all)
	cancel := theme.CancelIcon().Name()
	for _, b := range all {
		if b.Icon != nil && b.Icon.Name() == cancel && usable(b) {
			return b
		}
	}
	if row := dialogButtonRow(p); row != nil {
		var buttons []*widget.Button
		collectButtons(row, &buttons)
		if len(buttons) == 1 && usable(buttons[0]) {
			return buttons[0]
		}
	}
	names := map[string]bool{i18n.L("Cancel"): true, i18n.L("Close"): true, lang.L("Cancel"): true, lang.L("Close"): true}
	for _, b := range all {
		if names[b.Text] && usable(b) {
			return b
		}
	}
	return nil
}

func usable(b *widget.Button) bool { return b.OnTapped != nil && !b.Disabled() && b.Visible() }

// dialogButtonRow returns the button row of a Fyne dialog: its content is
// icon, background, content, buttons and title label, in that order.
func dialogButtonRow(p *widget.PopUp) fyne.CanvasObject {
	c, ok := p.Content.(*fyne.Container)
	if !ok || len(c.Objects) != 5 {
		return nil
	}
	if _, isLabel := c.Objects[4].(*widget.Label); !isLabel {
		return nil
	}
	return c.Objects[3]
}

// collectButtons appends the visible buttons under o, in tree order,
// looking through containers and scrolls.
func collectButtons(o fyne.CanvasObject, out *[]*widget.Button) {
	if o == nil || !o.Visible() {
		return
	}
	if b, ok := o.(*widget.Button); ok {
		*out = append(*out, b)
		return
	}
	switch x := o.(type) {
	case *fyne.Container:
		for _, k := range x.Objects {
			collectButtons(k, out)
		}
	case *container.Scroll:
		collectButtons(x.Content, out)
	}
	// Other widgets keep their parts in renderers, which Fyne does not
	// expose; dialogs keep their buttons in plain containers.
}
