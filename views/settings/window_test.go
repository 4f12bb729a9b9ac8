package settings

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"orgdesigner/app/check"
	"orgdesigner/app/i18n"
	"orgdesigner/views/theme"
)

func TestWindowSwitchesLanguageAtOnce(t *testing.T) {
	pinLocale(t, "zh_CN.UTF-8")
	a := test.NewTempApp(t)
	ApplyLanguage(a)
	w := NewWindow(a)
	changed := 0
	w.OnLanguageChanged = func() { changed++ }
	w.Show()
	t.Cleanup(func() {
		if w.Window() != nil {
			w.Window().Close()
		}
	})
	if got := w.Window().Title(); got != "设置" {
		t.Fatalf("title %q, want 设置", got)
	}

	w.language.SetSelectedIndex(2) // English
	if got := w.Window().Title(); got != "Settings" {
		t.Errorf("after choosing English the title is %q", got)
	}
	if got := w.theme.Options[1]; got != "Light" {
		t.Errorf("theme option reads %q after the switch", got)
	}
	if changed != 1 || SavedLanguage(a) != i18n.English {
		t.Errorf("OnLanguageChanged called %d times, saved %q", changed, SavedLanguage(a))
	}

	w.language.SetSelectedIndex(1) // 中文
	if got := w.Window().Title(); got != "设置" || changed != 2 {
		t.Errorf("back to Chinese: title %q, changes %d", got, changed)
	}
}

func TestWindowSavesValidNumbersOnly(t *testing.T) {
	pinLocale(t, "zh_CN.UTF-8")
	a := test.NewTempApp(t)
	w := NewWindow(a)
	w.Show()
	t.Cleanup(func() { w.Window().Close() })

	cases := []struct {
		typed   string
		want    int // the saved count afterwards
		invalid bool
	}{
		{"3", 3, false}, {"abc", 3, true}, {"-1", 3, true}, {"366", 3, true}, {"0", 0, false}, {" 12 ", 12, false},
	}
	for _, c := range cases {
		w.backups.SetText(c.typed)
		if got := BackupCount(a); got != c.want {
			t.Errorf("typed %q: BackupCount %d, want %d", c.typed, got, c.want)
		}
		if err := w.backups.Validate(); (err != nil) != c.invalid {
			t.Errorf("typed %q: validation error %v, want invalid=%t", c.typed, err, c.invalid)
		}
	}
	w.span.SetText("15")
	w.depth.SetText("4")
	if got := Thresholds(a); got != (check.Thresholds{MaxSpan: 15, MaxDepth: 4}) {
		t.Errorf("thresholds %+v", got)
	}
	w.theme.SetSelectedIndex(2)
	if Theme(a) != theme.Dark {
		t.Error("theme not saved")
	}
	w.paper.SetSelectedIndex(3)
	if PaperSize(a) != "Letter" {
		t.Errorf("paper %s", PaperSize(a))
	}
	w.onReset()
	if BackupCount(a) != 10 || w.backups.Text != "10" || w.paper.SelectedIndex() != 0 {
		t.Errorf("reset: backups %d, entry %q, paper index %d", BackupCount(a), w.backups.Text, w.paper.SelectedIndex())
	}
}

func TestEscClosesSettings(t *testing.T) {
	a := test.NewTempApp(t)
	w := NewWindow(a)
	w.Show()
	w.Window().Canvas().(test.WindowlessCanvas).OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if w.Window() != nil {
		t.Error("Esc did not close the settings window")
		w.Window().Close()
	}
}
