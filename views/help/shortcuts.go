package help

import (
	"runtime"
	"strings"

	"fyne.io/fyne/v2"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/i18n"
)

// Shortcut is one line of the shortcut sheet: the keys to press and what
// they do, both ready to show.
type Shortcut struct {
	Keys, Action string
}

// MenuShortcuts returns the keyboard shortcuts of menu's items in menu
// order, labelled "Menu → Item". Reading them from the menu the window
// really has keeps the sheet true when a shortcut changes.
func MenuShortcuts(menu *fyne.MainMenu) []Shortcut {
	if menu == nil {
		return nil
	}
	var out []Shortcut
	var walk func(path string, items []*fyne.MenuItem)
	walk = func(path string, items []*fyne.MenuItem) {
		for _, it := range items {
			if it == nil || it.IsSeparator {
				continue
			}
			label := path + " → " + strings.TrimSuffix(it.Label, "…")
			if it.Shortcut != nil {
				if keys := FormatShortcut(it.Shortcut); keys != "" {
					out = append(out, Shortcut{Keys: keys, Action: label})
				}
			}
			if it.ChildMenu != nil {
				walk(label, it.ChildMenu.Items)
			}
		}
	}
	for _, m := range menu.Items {
		walk(m.Label, m.Items)
	}
	return out
}

// FormatShortcut writes a keyboard shortcut the way the platform's menus
// do: "Ctrl+Shift+Z" on Linux and Windows, "⌘⇧Z" on macOS. A shortcut
// without keys (e.g. a custom one) gives "".
func FormatShortcut(s fyne.Shortcut) string {
	ks, ok := s.(fyne.KeyboardShortcut)
	if !ok {
		return ""
	}
	return formatKeys(ks.Mod(), ks.Key(), runtime.GOOS == "darwin")
}

func formatKeys(mod fyne.KeyModifier, key fyne.KeyName, mac bool) string {
	type modName struct {
		m        fyne.KeyModifier
		pc, mac_ string
	}
	mods := []modName{
		{fyne.KeyModifierControl, "Ctrl", "⌃"},
		{fyne.KeyModifierAlt, "Alt", "⌥"},
		{fyne.KeyModifierShift, "Shift", "⇧"},
		{fyne.KeyModifierSuper, "Super", "⌘"},
	}
	var parts []string
	for _, m := range mods {
		if mod&m.m != 0 {
			if mac {
				parts = append(parts, m.mac_)
			} else {
				parts = append(parts, m.pc)
			}
		}
	}
	name := keyName(key)
	if name == "" && !mac {
		return strings.Join(parts, "+") + "+" // a modifier prefix, e.g. "Ctrl+"
	}
	if mac {
		return strings.Join(parts, "") + name
	}
	return strings.Join(append(parts, name), "+")
}

// keyNames spells the keys whose Fyne names are not what a keyboard shows.
var keyNames = map[fyne.KeyName]string{
	fyne.KeyEqual: "=", fyne.KeyMinus: "-", fyne.KeyPlus: "+", fyne.KeyComma: ",",
	fyne.KeyPeriod: ".", fyne.KeySlash: "/", fyne.KeyBackslash: "\\", fyne.KeySemicolon: ";",
	fyne.KeyApostrophe: "'", fyne.KeyBackTick: "`", fyne.KeyLeftBracket: "[", fyne.KeyRightBracket: "]",
	fyne.KeyUp: "↑", fyne.KeyDown: "↓", fyne.KeyLeft: "←", fyne.KeyRight: "→",
	fyne.KeyReturn: "Enter", fyne.KeyEscape: "Esc", fyne.KeyDelete: "Delete",
	fyne.KeyBackspace: "Backspace", fyne.KeyPageUp: "PgUp", fyne.KeyPageDown: "PgDn",
}

func keyName(k fyne.KeyName) string {
	if n, ok := keyNames[k]; ok {
		return n
	}
	return string(k)
}

// ChartShortcuts are the keys and mouse gestures the chart and the
// document window handle themselves rather than through a menu (from
// views/chartview's TypedKey, TypedRune, Scrolled and Dragged, and the
// window's canvas shortcuts); keep them in step with that code.
func ChartShortcuts() []Shortcut {
	ctrl := formatKeys(fyne.KeyModifierShortcutDefault, "", runtime.GOOS == "darwin")
	return []Shortcut{
		{formatKeys(fyne.KeyModifierShortcutDefault, fyne.KeyY, runtime.GOOS == "darwin"), i18n.L("Redo")},
		{"↑ ↓ ← →", i18n.L("Chart: select the next card in that direction")},
		{"Tab", i18n.L("Chart: add a role reporting to the selected one")},
		{"Enter", i18n.L("Chart: add a role beside the selected one")},
		{"F2", i18n.L("Rename the selected item (double-click works too)")},
		{"Delete, Backspace", i18n.L("Delete the selected item")},
		{"Space", i18n.L("Chart: open the selected branch one level more, or fold it")},
		{"+  -  0", i18n.L("Chart: zoom in, zoom out, actual size")},
		{"Home", i18n.L("Chart: fit the chart to the window")},
		{"PgUp, PgDn", i18n.L("Chart: scroll by a screen")},
		{"Esc", i18n.L("Close the dialog on top; cancel renaming or dragging")},
		{i18n.L("%swheel", ctrl), i18n.L("Chart: zoom around the pointer")},
		{i18n.L("Shift+wheel"), i18n.L("Chart: scroll sideways")},
		{i18n.L("Drag the background"), i18n.L("Chart: move the view")},
		{i18n.L("Drag a card onto another"), i18n.L("Chart: move a role or department there")},
	}
}

// newShortcutSheet lays the shortcuts out as a two-column table: keys,
// then what they do.
func newShortcutSheet(menu *fyne.MainMenu) (fyne.CanvasObject, []Shortcut) {
	rows := append(MenuShortcuts(menu), ChartShortcuts()...)
	if len(rows) == 0 {
		return widget.NewLabel(i18n.L("Open a document to see its keyboard shortcuts.")), nil
	}
	table := widget.NewTable(
		func() (int, int) { return len(rows), 2 },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(id widget.TableCellID, o fyne.CanvasObject) {
			l := o.(*widget.Label)
			if id.Col == 0 {
				l.TextStyle = fyne.TextStyle{Monospace: true}
				l.SetText(rows[id.Row].Keys)
				return
			}
			l.TextStyle = fyne.TextStyle{}
			l.SetText(rows[id.Row].Action)
		})
	table.ShowHeaderRow = true
	table.CreateHeader = func() fyne.CanvasObject { return widget.NewLabel("") }
	table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		l := o.(*widget.Label)
		l.TextStyle = fyne.TextStyle{Bold: true}
		if id.Col == 0 {
			l.SetText(i18n.L("Keys"))
		} else {
			l.SetText(i18n.L("Action"))
		}
	}
	keys, actions := []string{i18n.L("Keys")}, []string{i18n.L("Action")}
	for _, r := range rows {
		keys, actions = append(keys, r.Keys), append(actions, r.Action)
	}
	table.SetColumnWidth(0, columnWidth(keys))
	table.SetColumnWidth(1, columnWidth(actions))
	return table, rows
}

// columnWidth is the width of the widest text plus a label's padding.
func columnWidth(texts []string) float32 {
	size := fynetheme.TextSize()
	var w float32
	for _, t := range texts {
		w = max(w, fyne.MeasureText(t, size, fyne.TextStyle{Bold: true}).Width)
	}
	return w + 4*fynetheme.InnerPadding()
}
