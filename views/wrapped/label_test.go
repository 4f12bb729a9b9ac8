package wrapped

import (
	"errors"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/i18n"
	"orgdesigner/views/internal/uitest"
)

// shown is what the label draws: the text of each line, top to bottom.
func shown(t *testing.T, l *Label) []string {
	t.Helper()
	var out []string
	lastY := float32(-1)
	for _, o := range test.WidgetRenderer(l).Objects() {
		txt := o.(*canvas.Text)
		if txt.Position().Y <= lastY {
			t.Fatalf("line %q is not below the one before", txt.Text)
		}
		lastY = txt.Position().Y
		if right := txt.Position().X + txt.Size().Width; right > l.Size().Width+0.5 {
			t.Errorf("line %q ends at %g, past the label's width %g", txt.Text, right, l.Size().Width)
		}
		out = append(out, txt.Text)
	}
	return out
}

func TestLabelReflowsOnResize(t *testing.T) {
	test.NewTempApp(t)
	l := NewLabel(importError)
	box := container.NewVBox(l)
	w := test.NewTempWindow(t, box)
	w.Resize(fyne.NewSize(420, 400))
	wide := shown(t, l)
	checkRules(t, importError, wide, l.Size().Width)
	hWide := l.MinSize().Height

	w.Resize(fyne.NewSize(200, 800))
	box.Refresh() // what the driver does when a child's MinSize changes
	narrow := shown(t, l)
	checkRules(t, importError, narrow, l.Size().Width)
	if len(narrow) <= len(wide) || l.MinSize().Height <= hWide {
		t.Fatalf("narrower: %d lines (%g high), wider: %d lines (%g high)", len(narrow), l.MinSize().Height, len(wide), hWide)
	}
	if l.Size().Height < l.MinSize().Height {
		t.Errorf("the box gives the label %g of the %g its lines need", l.Size().Height, l.MinSize().Height)
	}
	for width := float32(120); width <= 600; width += 20 {
		l.Resize(fyne.NewSize(width, l.MinSize().Height))
		checkRules(t, importError, shown(t, l), width)
	}

	l.SetText("短")
	if got := shown(t, l); len(got) != 1 || got[0] != "短" {
		t.Errorf("after SetText: %q", got)
	}
}

// A Latin word is never split to fill a line; the label still does not
// ask for more width than a wrapped widget.Label.
func TestLabelKeepsLatinWords(t *testing.T) {
	test.NewTempApp(t)
	text := "Row 12 of en_orgchart.csv has 7 columns but the header has 5. Check the separator and import again."
	l := NewLabel(text)
	l.Resize(fyne.NewSize(260, 100))
	for _, line := range shown(t, l) {
		for _, w := range strings.Fields(line) {
			if !strings.Contains(" "+text+" ", " "+w+" ") {
				t.Errorf("%q is part of a word: %q", w, line)
			}
		}
	}
	ref := widget.NewLabel(text)
	ref.Wrapping = fyne.TextWrapWord
	if l.MinSize().Width > ref.MinSize().Width+0.5 {
		t.Errorf("min width %g, a wrapped label's is %g", l.MinSize().Width, ref.MinSize().Width)
	}
}

func TestShowErrorWrapsTheMessage(t *testing.T) {
	test.NewTempApp(t)
	i18n.SetLanguage(i18n.Chinese)
	w := test.NewTempWindow(t, widget.NewLabel(""))
	w.Resize(fyne.NewSize(1000, 700))
	ShowError(errors.New(importError), w)
	l := uitest.FindShown[*Label](w.Canvas().Overlays().Top(), nil)
	if l == nil {
		t.Fatal("no message in the error dialog")
	}
	lines := shown(t, l)
	checkRules(t, importError, lines, l.Size().Width)
	if len(lines) < 2 || l.Size().Width > maxDialogWidth {
		t.Errorf("%d lines in %g", len(lines), l.Size().Width)
	}
	if l.Size().Height < l.MinSize().Height {
		t.Errorf("the dialog gives the message %g of the %g its lines need", l.Size().Height, l.MinSize().Height)
	}
	if b := uitest.FindShown[*widget.Button](w.Canvas().Overlays().Top(), nil); b == nil || b.Text != "确定" {
		t.Errorf("button %v", b)
	}
}

func TestConfirmAnswers(t *testing.T) {
	test.NewTempApp(t)
	i18n.SetLanguage(i18n.Chinese)
	w := test.NewTempWindow(t, widget.NewLabel(""))
	w.Resize(fyne.NewSize(800, 600))
	for _, yes := range []bool{true, false} {
		var got []bool
		c := NewConfirm("替换文件？", importError, func(ok bool) { got = append(got, ok) }, w)
		c.SetConfirmText("替换")
		c.SetDismissText("取消")
		c.Show()
		if yes {
			test.Tap(c.confirm)
		} else {
			test.Tap(c.dismiss)
		}
		if len(got) != 1 || got[0] != yes || c.confirm.Text != "替换" || c.dismiss.Text != "取消" {
			t.Errorf("tapped yes=%v: answers %v", yes, got)
		}
		if top := w.Canvas().Overlays().Top(); top != nil && top.Visible() {
			t.Error("the question stayed open")
		}
	}
}

// TestConfirmDangerStyle: a deletion's question shows its confirming
// button in the danger style, as Fyne's own confirm dialog could.
func TestConfirmDangerStyle(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, widget.NewLabel(""))
	c := NewConfirm("删除部门", "删除部门“市场部”？", nil, w)
	if c.confirm.Importance != widget.HighImportance {
		t.Errorf("default importance %v, want high", c.confirm.Importance)
	}
	c.SetConfirmImportance(widget.DangerImportance)
	if c.confirm.Importance != widget.DangerImportance {
		t.Errorf("importance %v after SetConfirmImportance(danger)", c.confirm.Importance)
	}
}

func TestLabelCopiesItsText(t *testing.T) {
	a := test.NewTempApp(t)
	i18n.SetLanguage(i18n.Chinese)
	l := NewLabel(importError)
	w := test.NewTempWindow(t, l)
	w.Resize(fyne.NewSize(400, 300))
	test.TapSecondary(l)
	menu := uitest.FindShown[*widget.PopUpMenu](w.Canvas().Overlays().Top(), nil)
	if menu == nil {
		t.Fatal("a right click shows no menu")
	}
	if txt := uitest.FindShown[*canvas.Text](menu, nil); txt == nil || txt.Text != "复制" {
		t.Errorf("menu item %v", txt)
	}
	test.Tap(menu.Items[0].(fyne.Tappable))
	if got := a.Clipboard().Content(); got != importError {
		t.Errorf("clipboard %q", got)
	}
}
