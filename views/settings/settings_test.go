package settings

import (
	"testing"

	fynelang "fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"

	"orgdesigner/app"
	"orgdesigner/app/check"
	"orgdesigner/app/i18n"
	"orgdesigner/views/theme"
)

// pinLocale sets the locale variables for one test (restored afterwards).
func pinLocale(t *testing.T, lang string) {
	t.Helper()
	t.Setenv("LANGUAGE", "")
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LC_PAPER", "")
	t.Setenv("LANG", lang)
	resetSystemEnv()
	t.Cleanup(func() { i18n.SetLanguage(i18n.Chinese) })
}

func TestDefaultPaper(t *testing.T) {
	cases := []struct{ lang, locale, want string }{
		{i18n.Chinese, "zh_CN.UTF-8", "A4"},
		{i18n.Chinese, "en_US.UTF-8", "A4"}, // Chinese UI prints on A4 wherever it runs
		{i18n.English, "en_US.UTF-8", "Letter"},
		{i18n.English, "en_CA", "Letter"},
		{i18n.English, "en-US", "Letter"},
		{i18n.English, "en_GB.UTF-8", "A4"},
		{i18n.English, "en_US@euro", "Letter"},
		{i18n.English, "C", "A4"},
		{i18n.English, "", "A4"},
	}
	for _, c := range cases {
		if got := DefaultPaper(c.lang, c.locale); got != c.want {
			t.Errorf("DefaultPaper(%q, %q) = %q, want %q", c.lang, c.locale, got, c.want)
		}
	}
}

func TestDefaults(t *testing.T) {
	pinLocale(t, "en_US.UTF-8")
	a := test.NewTempApp(t)
	if got := Language(a); got != i18n.English {
		t.Errorf("Language = %q, want the system's (en)", got)
	}
	if got := PaperSize(a); got != "Letter" {
		t.Errorf("PaperSize = %q, want Letter for en_US", got)
	}
	if got := BackupCount(a); got != app.DefaultBackupCount {
		t.Errorf("BackupCount = %d", got)
	}
	if got := Thresholds(a); got != check.DefaultThresholds() {
		t.Errorf("Thresholds = %+v", got)
	}
	if got := Theme(a); got != theme.FollowSystem {
		t.Errorf("Theme = %v", got)
	}
}

func TestUnparseableLocaleFallsBackToChinese(t *testing.T) {
	pinLocale(t, "C")
	a := test.NewTempApp(t)
	if got := ApplyLanguage(a); got != i18n.Chinese {
		t.Errorf("LANG=C gives %q, want zh", got)
	}
	if got := PaperSize(a); got != "A4" {
		t.Errorf("PaperSize = %q, want A4", got)
	}
}

func TestSettersClampAndNormalise(t *testing.T) {
	pinLocale(t, "zh_CN.UTF-8")
	a := test.NewTempApp(t)
	cases := []struct {
		name  string
		set   func()
		check func() bool
	}{
		{"paper case", func() { SetPaperSize(a, "letter") }, func() bool { return PaperSize(a) == "Letter" }},
		{"unknown paper resets", func() { SetPaperSize(a, "B5") }, func() bool { return PaperSize(a) == "A4" }},
		{"negative backups", func() { SetBackupCount(a, -3) }, func() bool { return BackupCount(a) == 0 }},
		{"huge backups", func() { SetBackupCount(a, 100000) }, func() bool { return BackupCount(a) == MaxBackupCount }},
		{"thresholds", func() { SetThresholds(a, check.Thresholds{MaxSpan: 0, MaxDepth: 7}) },
			func() bool { return Thresholds(a) == check.Thresholds{MaxSpan: MinThreshold, MaxDepth: 7} }},
		{"language", func() { SetLanguage(a, "en") }, func() bool { return i18n.Language() == i18n.English && SavedLanguage(a) == "en" }},
		{"follow system", func() { SetLanguage(a, "fr") }, func() bool { return SavedLanguage(a) == "" && i18n.Language() == i18n.Chinese }},
		{"theme", func() { SetTheme(a, theme.Dark) }, func() bool { return Theme(a) == theme.Dark }},
	}
	for _, c := range cases {
		c.set()
		if !c.check() {
			t.Errorf("%s: not applied", c.name)
		}
	}
	Reset(a)
	if BackupCount(a) != app.DefaultBackupCount || Theme(a) != theme.FollowSystem || PaperSize(a) != "A4" {
		t.Error("Reset left a setting changed")
	}
}

func TestFyneDialogLanguage(t *testing.T) {
	for _, env := range []string{"zh_CN.UTF-8", "C", "en_GB.UTF-8"} {
		pinLocale(t, env)
		SetFyneLanguage(i18n.Chinese)
		if got := fynelang.L("Cancel"); got != "取消" {
			t.Errorf("LANG=%s, Chinese: Fyne's Cancel is %q", env, got)
		}
		SetFyneLanguage(i18n.English)
		if got := fynelang.L("Cancel"); got != "Cancel" {
			t.Errorf("LANG=%s, English: Fyne's Cancel is %q", env, got)
		}
	}
}
