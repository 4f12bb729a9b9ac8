package views

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/i18n"
)

// At the window's smallest width (its content's minimum) every toolbar
// item is whole inside the window, in Chinese and in English: labels are
// dropped, not cut off at the window's edge. A button without its label
// names itself in a tooltip under the pointer.
func TestToolbarFitsAtMinimumWidth(t *testing.T) {
	m, _ := newTestWindow(t, templateDoc(t))
	newScenarioThroughMenu(t, m, "2027年成长期", 0)
	t.Cleanup(func() { i18n.SetLanguage(i18n.Chinese) })
	w := m.Window()
	d := fyne.CurrentApp().Driver()
	for _, lang := range []string{i18n.English, i18n.Chinese} {
		i18n.SetLanguage(lang)
		m.Relabel()
		for _, width := range []float32{w.Content().MinSize().Width, 1100, 1366} {
			w.Resize(fyne.NewSize(width, 768))
			edge := w.Canvas().Size().Width
			for _, it := range m.toolbar.bar.Items {
				if _, sep := it.(*widget.ToolbarSeparator); sep {
					continue // makes a new object on each call
				}
				o := it.ToolbarObject()
				if right := d.AbsolutePositionForObject(o).X + o.Size().Width; right > edge+0.5 || o.Size().Width < o.MinSize().Width {
					t.Errorf("%s at %v px: a toolbar item (%T) reaches %v px, the window ends at %v; it is %v wide, needs %v",
						lang, width, o, right, edge, o.Size().Width, o.MinSize().Width)
				}
			}
			if width >= 1366 && m.toolbar.modes[m.View()].Text == "" {
				t.Errorf("%s at %v px: the view switch lost its labels", lang, width)
			}
		}
		// At the smallest width labels are gone; each says what it is on hover.
		w.Resize(fyne.NewSize(w.Content().MinSize().Width, 768))
		b := m.toolbar.child
		if b.Text != "" {
			t.Fatalf("%s: at the smallest width 添加下级岗位 keeps its label %q", lang, b.Text)
		}
		b.w.MouseIn(&desktop.MouseEvent{})
		if !m.tips.box.Visible() || m.tips.text.Text != i18n.L("Add child role") {
			t.Errorf("%s: hovering the bare button shows tooltip %v %q", lang, m.tips.box.Visible(), m.tips.text.Text)
		}
		b.w.MouseOut()
		if m.tips.box.Visible() {
			t.Errorf("%s: the tooltip stays after the pointer left", lang)
		}
		m.toolbar.undo.w.MouseIn(&desktop.MouseEvent{})
		if m.tips.text.Text != i18n.L("Undo") {
			t.Errorf("%s: the undo button's tooltip says %q", lang, m.tips.text.Text)
		}
		m.toolbar.undo.w.MouseOut()
	}
	test.Tap(m.toolbar.modes["matrix"].w) // the bare buttons still work
	if m.View() != "matrix" {
		t.Errorf("tapping the bare matrix button shows the %s view", m.View())
	}
}
