package views

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"

	"orgdesigner/app/i18n"
)

// showError shows a sentence for the user in an error dialog.
func showError(win fyne.Window, text string) {
	dialog.ShowError(errors.New(text), win)
}

// ask shows a yes/no question whose buttons say what they do; yes runs
// when the user confirms.
func ask(win fyne.Window, title, question, confirm string, yes func()) {
	askSized(win, title, question, confirm, 0, yes)
}

// askSized is ask with a dialog width in text heights (0: Fyne's), for a
// question too long for Fyne's narrow confirmation.
func askSized(win fyne.Window, title, question, confirm string, width float32, yes func()) {
	d := dialog.NewConfirm(title, question, func(ok bool) {
		if ok {
			yes()
		}
	}, win)
	d.SetConfirmText(confirm)
	d.SetDismissText(i18n.L("Cancel"))
	if width > 0 {
		d.Resize(fyne.NewSize(width*theme.TextSize(), 0)) // as high as the text needs at that width
	}
	d.Show()
}
