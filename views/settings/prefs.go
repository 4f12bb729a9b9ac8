// Package settings holds OrgDesigner's user settings, kept in Fyne's
// preferences: the UI language, the theme variant, the default paper for
// printing, how many daily backups to keep and the thresholds of the
// structure checks. Other parts of the app read them through the getters
// here (PaperSize, Thresholds, BackupCount …), which fall back to sensible
// defaults when nothing was saved; Window is the Settings screen.
package settings

import (
	"strings"

	"fyne.io/fyne/v2"

	"orgdesigner/app"
	"orgdesigner/app/check"
	"orgdesigner/app/i18n"
	"orgdesigner/views/theme"
)

// Preference keys. They are part of the user's saved state: renaming one
// silently resets that setting for every user.
const (
	KeyLanguage    = "language"    // "zh", "en" or "" (follow the system)
	KeyTheme       = "theme"       // "system", "light" or "dark"
	KeyPaper       = "paper"       // "A4", "A3", "Letter" or "" (default for the language)
	KeyBackupCount = "backupCount" // daily backups to keep; 0 turns them off
	KeyMaxSpan     = "maxSpan"     // span-of-control threshold of the checks
	KeyMaxDepth    = "maxDepth"    // reporting-depth threshold of the checks
)

// Paper sizes the reports support, in the order the Settings screen lists them.
var PaperSizes = []string{"A4", "A3", "Letter"}

// Limits of the numeric settings; the Settings screen refuses values outside them.
const (
	MaxBackupCount = 365
	MinThreshold   = 1
	MaxThreshold   = 99
)

// SavedLanguage returns the language chosen in Settings, or "" when the
// app follows the system locale.
func SavedLanguage(a fyne.App) string {
	switch l := a.Preferences().String(KeyLanguage); l {
	case i18n.Chinese, i18n.English:
		return l
	}
	return ""
}

// Language returns the UI language: the one chosen in Settings, else the
// system locale's (an unparseable locale such as LANG=C gives Chinese).
func Language(a fyne.App) string {
	if l := SavedLanguage(a); l != "" {
		return l
	}
	return i18n.FromEnv(systemGetenv)
}

// SetLanguage saves the language choice ("" follows the system) and
// switches the UI language and Fyne's own dialogs to it. Open windows
// relabel themselves when the caller tells them to (Window does it through
// its OnLanguageChanged hook).
func SetLanguage(a fyne.App, lang string) {
	if lang != i18n.Chinese && lang != i18n.English {
		lang = ""
	}
	a.Preferences().SetString(KeyLanguage, lang)
	ApplyLanguage(a)
}

// ApplyLanguage makes Language(a) the current UI language (i18n) and the
// language of Fyne's own dialogs where the platform allows (see
// SetFyneLanguage). Start calls it once before the first window is built.
func ApplyLanguage(a fyne.App) string {
	lang := Language(a)
	i18n.SetLanguage(lang)
	SetFyneLanguage(lang)
	return lang
}

// Theme returns the saved theme variant (following the system by default).
func Theme(a fyne.App) theme.Variant {
	return theme.ParseVariant(a.Preferences().String(KeyTheme))
}

// SetTheme saves the variant and applies it to every window at once.
func SetTheme(a fyne.App, v theme.Variant) {
	a.Preferences().SetString(KeyTheme, v.String())
	theme.Apply(a, v)
}

// PaperSize returns the paper reports are printed on by default: the saved
// choice, else DefaultPaper for the UI language and the system locale.
func PaperSize(a fyne.App) string {
	if p := normalPaper(a.Preferences().String(KeyPaper)); p != "" {
		return p
	}
	return DefaultPaper(Language(a), systemLocale(systemGetenv))
}

// SetPaperSize saves the default paper; "" (or an unknown size) returns to
// the language's default.
func SetPaperSize(a fyne.App, paper string) {
	a.Preferences().SetString(KeyPaper, normalPaper(paper))
}

// DefaultPaper is the paper for a UI language and a system locale such as
// "en_US.UTF-8": Letter for English in the United States and Canada, A4
// everywhere else (China, Europe, and any locale that cannot be read).
func DefaultPaper(lang, locale string) string {
	if lang != i18n.English {
		return "A4"
	}
	l := strings.ToUpper(locale)
	l, _, _ = strings.Cut(l, ".")
	l, _, _ = strings.Cut(l, "@")
	if strings.HasSuffix(l, "_US") || strings.HasSuffix(l, "-US") ||
		strings.HasSuffix(l, "_CA") || strings.HasSuffix(l, "-CA") {
		return "Letter"
	}
	return "A4"
}

// systemLocale returns the locale that decides paper and formats the way
// the C library does: LC_ALL, then LC_PAPER, then LANG.
func systemLocale(getenv func(string) string) string {
	for _, k := range []string{"LC_ALL", "LC_PAPER", "LANG"} {
		if v := getenv(k); v != "" {
			return v
		}
	}
	return ""
}

func normalPaper(p string) string {
	for _, s := range PaperSizes {
		if strings.EqualFold(strings.TrimSpace(p), s) {
			return s
		}
	}
	return ""
}

// BackupCount returns how many daily backups to keep next to a document
// (app.DefaultBackupCount unless changed; 0 means no automatic backups).
func BackupCount(a fyne.App) int {
	return a.Preferences().IntWithFallback(KeyBackupCount, app.DefaultBackupCount)
}

// SetBackupCount saves the number of daily backups, clamped to 0…MaxBackupCount.
func SetBackupCount(a fyne.App, n int) {
	a.Preferences().SetInt(KeyBackupCount, clamp(n, 0, MaxBackupCount))
}

// Thresholds returns the limits of the span and depth checks (the check
// package's defaults unless changed).
func Thresholds(a fyne.App) check.Thresholds {
	p := a.Preferences()
	return check.Thresholds{
		MaxSpan:  clamp(p.IntWithFallback(KeyMaxSpan, check.DefaultMaxSpan), MinThreshold, MaxThreshold),
		MaxDepth: clamp(p.IntWithFallback(KeyMaxDepth, check.DefaultMaxDepth), MinThreshold, MaxThreshold),
	}
}

// SetThresholds saves the check thresholds, each clamped to MinThreshold…MaxThreshold.
func SetThresholds(a fyne.App, t check.Thresholds) {
	p := a.Preferences()
	p.SetInt(KeyMaxSpan, clamp(t.MaxSpan, MinThreshold, MaxThreshold))
	p.SetInt(KeyMaxDepth, clamp(t.MaxDepth, MinThreshold, MaxThreshold))
}

// Reset removes every saved setting, so each getter returns its default.
// The language and theme take effect at once.
func Reset(a fyne.App) {
	p := a.Preferences()
	for _, k := range []string{KeyLanguage, KeyTheme, KeyPaper, KeyBackupCount, KeyMaxSpan, KeyMaxDepth} {
		p.RemoveValue(k)
	}
	ApplyLanguage(a)
	theme.Apply(a, Theme(a))
}

func clamp(n, lo, hi int) int {
	return max(lo, min(n, hi))
}
