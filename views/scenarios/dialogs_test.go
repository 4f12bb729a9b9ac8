package scenarios

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/i18n"
	"orgdesigner/views/internal/uitest"
	"orgdesigner/views/wrapped"
)

// TestNewScenarioHintWraps: the New scenario dialog's explanation wraps
// by 禁则, whole, and above the dialog's buttons (not cut off by a dialog
// sized before the text wrapped).
func TestNewScenarioHintWraps(t *testing.T) {
	i18n.SetLanguage(i18n.Chinese)
	test.NewTempApp(t)
	w := test.NewTempWindow(t, widget.NewLabel(""))
	w.Resize(fyne.NewSize(1000, 700))
	ShowNew(w, []Source{{Label: "当前组织", Name: "当前组织（副本）"}}, 0, nil, func(string, int) {})
	ov := w.Canvas().Overlays().Top()
	hint := uitest.Find[*wrapped.Label](ov, nil)
	if hint == nil {
		t.Fatal("the hint is not a wrapped label")
	}
	lines := uitest.Lines(hint)
	if len(lines) < 2 {
		t.Fatalf("hint on %d line: %q", len(lines), lines)
	}
	uitest.CheckKinsoku(t, "hint", lines)
	create := uitest.Find(ov, func(b *widget.Button) bool { return b.Text == "创建" })
	if create == nil {
		t.Fatal("no Create button")
	}
	d := fyne.CurrentApp().Driver()
	bottom := d.AbsolutePositionForObject(hint).Y + hint.MinSize().Height
	if hint.Size().Height < hint.MinSize().Height || bottom > d.AbsolutePositionForObject(create).Y {
		t.Errorf("hint %v high (needs %v), ends at %v, the buttons start at %v", hint.Size().Height, hint.MinSize().Height, bottom, d.AbsolutePositionForObject(create).Y)
	}
}
