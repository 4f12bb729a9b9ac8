package views

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"orgdesigner/app/chart"
)

// TestFileMenuOpensReportDialogs: File → Import roster…, Export staffing
// workbook… and Print / Export PDF… each open their dialog over the
// window, also from their shortcuts.
func TestFileMenuOpensReportDialogs(t *testing.T) {
	for _, tc := range []struct {
		label, title string
		sc           fyne.Shortcut
	}{
		{"导入花名册…", "从 Excel 或 CSV 导入人员", shortcut(fyne.KeyI, false)},
		{"导出编制表…", "导出编制表工作簿", shortcut(fyne.KeyE, true)},
		{"打印 / 导出 PDF…", "打印 / 导出 PDF", shortcut(fyne.KeyP, false)},
	} {
		t.Run(tc.label, func(t *testing.T) {
			for _, viaShortcut := range []bool{false, true} {
				m, _ := newTestWindow(t, templateDoc(t))
				m.Select(Selection{Kind: chart.KindRole, ID: roleByTitle(t, m.doc, "电商运营").ID})
				if viaShortcut {
					triggerShortcut(t, m.Window(), tc.sc)
				} else {
					menuItem(t, m.Window(), "文件", tc.label).Action()
				}
				// The import wizard opens with its file chooser on top.
				var markup strings.Builder
				for _, o := range m.Window().Canvas().Overlays().List() {
					markup.WriteString(test.RenderObjectToMarkup(o))
				}
				if !strings.Contains(markup.String(), tc.title) {
					t.Errorf("%s (shortcut %t) opened a dialog without “%s”", tc.label, viaShortcut, tc.title)
				}
			}
		})
	}
}

// TestMenuShortcutsAreUnique: two menu items with one shortcut would make
// one of them unreachable from the keyboard.
func TestMenuShortcutsAreUnique(t *testing.T) {
	m, _ := newTestWindow(t, templateDoc(t))
	seen := map[string]string{}
	var walk func(items []*fyne.MenuItem)
	walk = func(items []*fyne.MenuItem) {
		for _, it := range items {
			if it.Shortcut != nil {
				name := it.Shortcut.ShortcutName()
				if prev, ok := seen[name]; ok {
					t.Errorf("%s and %s share the shortcut %s", prev, it.Label, name)
				}
				seen[name] = it.Label
			}
			if it.ChildMenu != nil {
				walk(it.ChildMenu.Items)
			}
		}
	}
	for _, menu := range m.Window().MainMenu().Items {
		walk(menu.Items)
	}
}
