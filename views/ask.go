package views

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"orgdesigner/app/i18n"
)

// showError shows a sentence for the user in an error dialog.
func showError(win fyne.Window, text string) {
	dialog.ShowError(errors.New(text), win)
}

// ask shows a yes/no question whose buttons say what they do; yes runs
// when the user confirms.
func ask(win fyne.Window, title, question, confirm string, yes func()) {
	d := dialog.NewConfirm(title, question, func(ok bool) {
		if ok {
			yes()
		}
	}, win)
	d.SetConfirmText(confirm)
	d.SetDismissText(i18n.L("Cancel"))
	d.Show()
}
