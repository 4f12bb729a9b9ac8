package scenarios

import (
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/i18n"
	"orgdesigner/app/report/textlayout"
	"orgdesigner/views/wrapped"
)

// findIn returns the first object under o that match accepts.
func findIn(o fyne.CanvasObject, match func(fyne.CanvasObject) bool) fyne.CanvasObject {
	if match(o) {
		return o
	}
	var kids []fyne.CanvasObject
	switch x := o.(type) {
	case *fyne.Container:
		kids = x.Objects
	case fyne.Widget:
		kids = test.WidgetRenderer(x).Objects()
	}
	for _, k := range kids {
		if f := findIn(k, match); f != nil {
			return f
		}
	}
	return nil
}

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
	hint, _ := findIn(ov, func(o fyne.CanvasObject) bool { _, ok := o.(*wrapped.Label); return ok }).(*wrapped.Label)
	if hint == nil {
		t.Fatal("the hint is not a wrapped label")
	}
	var lines []string
	for _, o := range test.WidgetRenderer(hint).Objects() {
		lines = append(lines, o.(*canvas.Text).Text)
	}
	if len(lines) < 2 {
		t.Fatalf("hint on %d line: %q", len(lines), lines)
	}
	for i, s := range lines {
		first, _ := utf8.DecodeRuneInString(s)
		last, _ := utf8.DecodeLastRuneInString(s)
		if i > 0 && textlayout.NoStart(first) || i < len(lines)-1 && textlayout.NoEnd(last) {
			t.Errorf("line %d breaks 禁则: %q", i, lines)
		}
	}
	create, _ := findIn(ov, func(o fyne.CanvasObject) bool { b, ok := o.(*widget.Button); return ok && b.Text == "创建" }).(*widget.Button)
	if create == nil {
		t.Fatal("no Create button")
	}
	d := fyne.CurrentApp().Driver()
	bottom := d.AbsolutePositionForObject(hint).Y + hint.MinSize().Height
	if hint.Size().Height < hint.MinSize().Height || bottom > d.AbsolutePositionForObject(create).Y {
		t.Errorf("hint %v high (needs %v), ends at %v, the buttons start at %v", hint.Size().Height, hint.MinSize().Height, bottom, d.AbsolutePositionForObject(create).Y)
	}
}
