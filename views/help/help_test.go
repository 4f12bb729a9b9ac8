package help

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/i18n"
	"orgdesigner/resources"
	"orgdesigner/views/internal/uitest"
	"orgdesigner/views/wrapped"
)

// guideText is the text of the guide's paragraphs, one a line.
func guideText(o fyne.CanvasObject) string {
	var b strings.Builder
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *wrapped.Label:
			b.WriteString(x.Text + "\n")
		case *fyne.Container:
			for _, k := range x.Objects {
				walk(k)
			}
		}
	}
	walk(o)
	return b.String()
}

func TestGuideShowsModesAndStages(t *testing.T) {
	t.Cleanup(func() { i18n.SetLanguage(i18n.Chinese) })
	want := map[string][]string{
		i18n.Chinese: {"职能型架构", "项目型架构", "矩阵型架构", "初创期", "成长期", "成熟期", "扁平化+职能型", "优势：", "建议模式："},
		i18n.English: {"Functional structure", "Project structure", "Matrix structure", "Start-up", "Growth", "Maturity",
			"Flat + functional", "Strengths:", "Recommended mode:"},
	}
	for lang, texts := range want {
		i18n.SetLanguage(lang)
		_, r := newGuide()
		got := guideText(r)
		for _, w := range texts {
			if !strings.Contains(got, w) {
				t.Errorf("%s guide lacks %q", lang, w)
			}
		}
		if lang == i18n.English && strings.IndexFunc(got, isHan) >= 0 {
			t.Errorf("English guide contains Chinese: %q", got[strings.IndexFunc(got, isHan):][:40])
		}
	}
}

func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// TestGuideWrapsByChineseRules: the Chinese guide's paragraphs are
// wrapped labels, so no line of it starts with ，。；） or ends with （“
// at any width.
func TestGuideWrapsByChineseRules(t *testing.T) {
	test.NewTempApp(t)
	i18n.SetLanguage(i18n.Chinese)
	obj, box := newGuide()
	w := test.NewTempWindow(t, obj)
	for _, width := range []float32{320, 437, 560, 711} {
		w.Resize(fyne.NewSize(width, 900))
		n := 0
		walk(t, box, func(o fyne.CanvasObject) {
			l, ok := o.(*wrapped.Label)
			if !ok {
				return
			}
			n++
			uitest.CheckKinsoku(t, fmt.Sprintf("width %v", width), uitest.Lines(l))
		})
		if n < 20 {
			t.Fatalf("the guide has %d wrapped paragraphs", n)
		}
	}
}

func TestAboutShowsVersionAndLicences(t *testing.T) {
	test.NewTempApp(t)
	a, obj := newAbout("1.2.3")
	if a.fontLicence.Text != resources.FontLicence || !strings.Contains(a.fontLicence.Text, "WenQuanYi") {
		t.Error("About does not show the font's licence")
	}
	if !strings.Contains(a.appLicence.Text, "MIT License") {
		t.Error("About does not show the app's licence")
	}
	found := false
	walk(t, obj, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, "1.2.3") {
			found = true
		}
	})
	if !found {
		t.Error("About does not show the version")
	}
}

// TestAppLicenceMatchesFile fails when LICENSE changes and the copy shown
// in About does not.
func TestAppLicenceMatchesFile(t *testing.T) {
	b, err := os.ReadFile("../../LICENSE")
	if err != nil {
		t.Skip("LICENSE not found:", err)
	}
	if string(b) != appLicence {
		t.Error("views/help/licence.go differs from LICENSE; copy the file's text")
	}
}

func TestFormatShortcut(t *testing.T) {
	cases := []struct {
		mod  fyne.KeyModifier
		key  fyne.KeyName
		mac  bool
		want string
	}{
		{fyne.KeyModifierControl, fyne.KeyZ, false, "Ctrl+Z"},
		{fyne.KeyModifierControl | fyne.KeyModifierShift, fyne.KeyS, false, "Ctrl+Shift+S"},
		{fyne.KeyModifierSuper | fyne.KeyModifierShift, fyne.KeyZ, true, "⇧⌘Z"},
		{0, fyne.KeyF2, false, "F2"},
		{fyne.KeyModifierControl, fyne.KeyEqual, false, "Ctrl+="},
		{fyne.KeyModifierControl, fyne.KeyComma, false, "Ctrl+,"},
		{fyne.KeyModifierControl, "", false, "Ctrl+"},
	}
	for _, c := range cases {
		if got := formatKeys(c.mod, c.key, c.mac); got != c.want {
			t.Errorf("formatKeys(%v, %q, mac=%t) = %q, want %q", c.mod, c.key, c.mac, got, c.want)
		}
	}
	if got := FormatShortcut(&fyne.ShortcutCopy{}); got == "" {
		t.Error("ShortcutCopy has no keys")
	}
}

func TestMenuShortcuts(t *testing.T) {
	save := fyne.NewMenuItem("Save As…", nil)
	save.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierControl | fyne.KeyModifierShift}
	plain := fyne.NewMenuItem("Fit", nil)
	sub := fyne.NewMenuItem("Export", nil)
	png := fyne.NewMenuItem("PNG", nil)
	png.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyE, Modifier: fyne.KeyModifierControl}
	sub.ChildMenu = fyne.NewMenu("", png)
	menu := fyne.NewMainMenu(fyne.NewMenu("File", save, fyne.NewMenuItemSeparator(), plain, sub))

	got := MenuShortcuts(menu)
	want := []Shortcut{{"Ctrl+Shift+S", "File → Save As"}, {"Ctrl+E", "File → Export → PNG"}}
	if len(got) != len(want) {
		t.Fatalf("got %v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("row %d: %v, want %v", i, got[i], want[i])
		}
	}
}

func TestWindowPagesAndLanguage(t *testing.T) {
	t.Cleanup(func() { i18n.SetLanguage(i18n.Chinese) })
	i18n.SetLanguage(i18n.Chinese)
	a := test.NewTempApp(t)
	w := NewWindow(a, "9.9")
	menu := fyne.NewMainMenu(fyne.NewMenu("File", &fyne.MenuItem{Label: "Undo", Shortcut: &fyne.ShortcutUndo{}}))
	w.SetMenu(menu)
	w.Show(AboutPage)
	t.Cleanup(func() {
		if w.Window() != nil {
			w.Window().Close()
		}
	})
	if w.tabs.SelectedIndex() != int(AboutPage) || w.tabs.Items[0].Text != "指南" {
		t.Errorf("tab %d, first tab %q", w.tabs.SelectedIndex(), w.tabs.Items[0].Text)
	}
	if len(w.keys) != 1+len(ChartShortcuts()) || w.keys[0].Action != "File → Undo" {
		t.Errorf("shortcut sheet rows: %v", w.keys)
	}

	i18n.SetLanguage(i18n.English)
	w.Relabel()
	if w.Window().Title() != "Help" || w.tabs.Items[0].Text != "Guide" || w.tabs.SelectedIndex() != int(AboutPage) {
		t.Errorf("after switching: title %q, tab %q, selected %d", w.Window().Title(), w.tabs.Items[0].Text, w.tabs.SelectedIndex())
	}
	// No Chinese UI text in English (the licence texts are quoted as they are).
	walk(t, w.Window().Content(), func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && l != w.about.fontLicence && strings.IndexFunc(l.Text, isHan) >= 0 {
			t.Errorf("English Help shows %q", l.Text)
		}
		if l, ok := o.(*wrapped.Label); ok && strings.IndexFunc(l.Text, isHan) >= 0 {
			t.Errorf("English Help shows %q", l.Text)
		}
	})
	for _, k := range w.keys {
		if strings.IndexFunc(k.Keys+k.Action, isHan) >= 0 {
			t.Errorf("English shortcut row %v", k)
		}
	}

	w.Window().Close()
	w.Show(ShortcutsPage) // a closed window is built again
	if w.Window() == nil || w.tabs.SelectedIndex() != int(ShortcutsPage) {
		t.Error("Help did not reopen at the shortcut sheet")
	}
}

// walk visits o and every object inside it, including the content of
// closed accordion items and unselected tabs.
func walk(t *testing.T, o fyne.CanvasObject, f func(fyne.CanvasObject)) {
	f(o)
	switch x := o.(type) {
	case *fyne.Container:
		for _, c := range x.Objects {
			walk(t, c, f)
		}
	case *container.AppTabs:
		for _, it := range x.Items {
			walk(t, it.Content, f)
		}
	case *widget.Accordion:
		for _, it := range x.Items {
			walk(t, it.Detail, f)
		}
	case fyne.Widget:
		for _, c := range test.TempWidgetRenderer(t, x).Objects() {
			walk(t, c, f)
		}
	}
}

func TestEscClosesHelp(t *testing.T) {
	a := test.NewTempApp(t)
	w := NewWindow(a, "9.9")
	w.Show(GuidePage)
	w.Window().Canvas().(test.WindowlessCanvas).OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if w.Window() != nil {
		t.Error("Esc did not close the help window")
		w.Window().Close()
	}
}
