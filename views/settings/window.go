package settings

import (
	"errors"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/i18n"
	"orgdesigner/views/theme"
)

// Language names are written in their own language, as every language
// picker does, so a user who cannot read the current UI still finds theirs.
const (
	chineseName = "中文"
	englishName = "English"
)

// Window is the Settings screen. Every change is saved at once; there is
// no OK button to forget. The Fyne window is created when first shown and
// again after the user closed it.
type Window struct {
	app fyne.App
	win fyne.Window

	// OnLanguageChanged is called after the user picked another UI
	// language (the new language is already current), so the caller can
	// relabel its other windows.
	OnLanguageChanged func()

	language, theme, paper *widget.Select
	backups, span, depth   *widget.Entry
}

// NewWindow returns the Settings window of app a; Show opens it.
func NewWindow(a fyne.App) *Window {
	return &Window{app: a}
}

// Window returns the Fyne window, or nil when it is not open.
func (w *Window) Window() fyne.Window { return w.win }

// Show opens the window and brings it to the front.
func (w *Window) Show() {
	if w.win == nil {
		w.win = w.app.NewWindow(i18n.L("Settings"))
		w.win.SetOnClosed(func() { w.win = nil })
		closeOnEsc(w.win)
		w.win.SetContent(w.build())
		w.win.Resize(fyne.NewSize(600, w.win.Content().MinSize().Height))
	}
	w.win.Show()
	w.win.RequestFocus()
}

// Relabel rebuilds the open window in the current UI language.
func (w *Window) Relabel() {
	if w.win == nil {
		return
	}
	w.win.SetTitle(i18n.L("Settings"))
	w.win.SetContent(w.build())
}

func (w *Window) build() fyne.CanvasObject {
	w.language = widget.NewSelect(nil, nil)
	w.language.Options = []string{i18n.L("Follow the system"), chineseName, englishName}
	w.language.SetSelectedIndex(languageIndex(SavedLanguage(w.app)))
	w.language.OnChanged = w.onLanguage

	w.theme = widget.NewSelect([]string{i18n.L("Follow the system"), i18n.L("Light"), i18n.L("Dark")}, nil)
	w.theme.SetSelectedIndex(int(Theme(w.app)))
	w.theme.OnChanged = w.onTheme

	w.paper = widget.NewSelect(w.paperOptions(), nil)
	w.paper.SetSelectedIndex(w.paperIndex())
	w.paper.OnChanged = w.onPaper

	t := Thresholds(w.app)
	w.backups = w.intEntry(BackupCount(w.app), 0, MaxBackupCount, func(n int) { SetBackupCount(w.app, n) })
	w.span = w.intEntry(t.MaxSpan, MinThreshold, MaxThreshold, func(n int) {
		t := Thresholds(w.app)
		t.MaxSpan = n
		SetThresholds(w.app, t)
	})
	w.depth = w.intEntry(t.MaxDepth, MinThreshold, MaxThreshold, func(n int) {
		t := Thresholds(w.app)
		t.MaxDepth = n
		SetThresholds(w.app, t)
	})

	form := widget.NewForm(
		widget.NewFormItem(i18n.L("Language"), w.language),
		widget.NewFormItem(i18n.L("Theme"), w.theme),
		widget.NewFormItem(i18n.L("Default paper"), w.paper),
		hinted(widget.NewFormItem(i18n.L("Daily backups to keep"), w.backups),
			i18n.L("Copies of each document kept in a folder next to it; 0 turns automatic backups off.")),
		hinted(widget.NewFormItem(i18n.L("Most direct reports"), w.span),
			i18n.L("The checks warn when a role has more direct reports than this.")),
		hinted(widget.NewFormItem(i18n.L("Most reporting levels"), w.depth),
			i18n.L("The checks warn when the reporting chain is deeper than this.")),
	)
	note := widget.NewLabel(i18n.L("Changes are saved at once."))
	note.Importance = widget.LowImportance
	buttons := container.NewHBox(
		widget.NewButton(i18n.L("Reset to defaults"), w.onReset),
		layout.NewSpacer(),
		widget.NewButton(i18n.L("Close"), func() { w.win.Close() }),
	)
	return container.NewBorder(nil, container.NewVBox(note, buttons), nil, nil, form)
}

func hinted(item *widget.FormItem, hint string) *widget.FormItem {
	item.HintText = hint
	return item
}

func languageIndex(saved string) int {
	switch saved {
	case i18n.Chinese:
		return 1
	case i18n.English:
		return 2
	}
	return 0
}

func (w *Window) onLanguage(string) {
	lang := [...]string{"", i18n.Chinese, i18n.English}[w.language.SelectedIndex()]
	before := i18n.Language()
	SetLanguage(w.app, lang)
	if i18n.Language() == before {
		return // e.g. "follow the system" on a system in the same language
	}
	w.Relabel()
	if w.OnLanguageChanged != nil {
		w.OnLanguageChanged()
	}
}

func (w *Window) onTheme(string) {
	SetTheme(w.app, theme.Variant(w.theme.SelectedIndex()))
}

// paperOptions lists "Default (A4)" then every size.
func (w *Window) paperOptions() []string {
	def := DefaultPaper(Language(w.app), systemLocale(systemGetenv))
	return append([]string{i18n.L("Default for the language (%s)", def)}, PaperSizes...)
}

func (w *Window) paperIndex() int {
	saved := normalPaper(w.app.Preferences().String(KeyPaper))
	for i, s := range PaperSizes {
		if s == saved {
			return i + 1
		}
	}
	return 0
}

func (w *Window) onPaper(string) {
	i := w.paper.SelectedIndex()
	if i <= 0 {
		SetPaperSize(w.app, "")
		return
	}
	SetPaperSize(w.app, PaperSizes[i-1])
}

func (w *Window) onReset() {
	before := i18n.Language()
	Reset(w.app)
	w.Relabel()
	if i18n.Language() != before && w.OnLanguageChanged != nil {
		w.OnLanguageChanged()
	}
}

// intEntry is an entry for a whole number in lo…hi that saves every valid
// value as it is typed and shows why an invalid one is not saved.
func (w *Window) intEntry(value, lo, hi int, save func(int)) *widget.Entry {
	e := widget.NewEntry()
	e.SetText(strconv.Itoa(value))
	e.Validator = func(s string) error {
		if _, ok := parseInt(s, lo, hi); !ok {
			return errors.New(i18n.L("Enter a whole number from %d to %d.", lo, hi))
		}
		return nil
	}
	e.OnChanged = func(s string) {
		if n, ok := parseInt(s, lo, hi); ok {
			save(n)
		}
	}
	return e
}

func parseInt(s string, lo, hi int) (int, bool) {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n < lo || n > hi {
		return 0, false
	}
	return n, true
}

// closeOnEsc closes win on Esc, as a dialog closes (settings take effect
// as they are chosen, so there is nothing to confirm).
func closeOnEsc(win fyne.Window) {
	win.Canvas().SetOnTypedKey(func(e *fyne.KeyEvent) {
		if e.Name == fyne.KeyEscape {
			win.Close()
		}
	})
}
