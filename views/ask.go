package views

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"

	"orgdesigner/app/i18n"
	"orgdesigner/views/wrapped"
)

// showError shows a sentence for the user in an error dialog.
func showError(win fyne.Window, text string) {
	wrapped.ShowError(errors.New(text), win)
}

// ask shows a yes/no question whose buttons say what they do; yes runs
// when the user confirms.
func ask(win fyne.Window, title, question, confirm string, yes func()) {
	askSized(win, title, question, confirm, 0, yes)
}

// askSized is ask with a dialog width in text heights (0: Fyne's), for a
// question too long for Fyne's narrow confirmation. The question is
// wrapped at that width and the dialog is as high as the text then needs
// (Fyne sizes a confirmation by its text wrapped narrow).
func askSized(win fyne.Window, title, question, confirm string, width float32, yes func()) {
	answer := func(ok bool) {
		if ok {
			yes()
		}
	}
	if width <= 0 {
		d := wrapped.NewConfirm(title, question, answer, win)
		d.SetConfirmText(confirm)
		d.SetDismissText(i18n.L("Cancel"))
		d.Show()
		return
	}
	text := wrapped.NewLabel(question)
	w := width * theme.TextSize()
	text.Resize(fyne.NewSize(w, text.MinSize().Height))
	body := container.NewGridWrap(fyne.NewSize(w, text.MinSize().Height), text)
	d := dialog.NewCustomConfirm(title, confirm, i18n.L("Cancel"), body, answer, win)
	d.Show()
}
