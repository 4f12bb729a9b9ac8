package wrapped

import (
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/i18n"
)

// Fyne's message dialogs are as wide as their text on one line, at most
// maxDialogWidth and 90 % of the window; dialogPad is the width a Fyne
// dialog takes around its content (dialog's unexported padWidth).
const (
	maxDialogWidth = 600
	dialogPad      = 32
)

// ShowError shows err's message in an error dialog over parent, as
// dialog.ShowError does, with the text wrapped by Label.
func ShowError(err error, parent fyne.Window) {
	text := err.Error()
	if r, n := utf8.DecodeRuneInString(text); r != utf8.RuneError {
		text = string(unicode.ToUpper(r)) + text[n:]
	}
	NewMessage(i18n.L("Error"), text, theme.ErrorIcon(), parent).Show()
}

// ShowInformation shows a message dialog over parent, as
// dialog.ShowInformation does, with the text wrapped by Label.
func ShowInformation(title, message string, parent fyne.Window) {
	NewMessage(title, message, theme.InfoIcon(), parent).Show()
}

// NewMessage is a message dialog with an icon and an OK button, sized
// for its text (call Show).
func NewMessage(title, message string, icon fyne.Resource, parent fyne.Window) *dialog.CustomDialog {
	text := messageLabel(message)
	d := dialog.NewCustom(title, i18n.L("OK"), text, parent)
	d.SetIcon(icon)
	fit(d, text, parent)
	return d
}

// Confirm is a yes/no question (dialog.NewConfirm with the question
// wrapped by Label).
type Confirm struct {
	*dialog.CustomDialog
	confirm, dismiss *widget.Button
}

// NewConfirm asks question over parent; callback gets true when the user
// confirms, false when they dismiss the dialog. Its buttons say 是 and 否
// until the caller names what they do (SetConfirmText, SetDismissText).
func NewConfirm(title, question string, callback func(bool), parent fyne.Window) *Confirm {
	text := messageLabel(question)
	c := &Confirm{CustomDialog: dialog.NewCustomWithoutButtons(title, text, parent)}
	answer := func(ok bool) func() {
		return func() {
			c.Hide()
			if callback != nil {
				callback(ok)
			}
		}
	}
	c.dismiss = widget.NewButtonWithIcon(i18n.L("No"), theme.CancelIcon(), answer(false))
	c.confirm = widget.NewButtonWithIcon(i18n.L("Yes"), theme.ConfirmIcon(), answer(true))
	c.confirm.Importance = widget.HighImportance
	c.SetButtons([]fyne.CanvasObject{c.dismiss, c.confirm})
	c.SetIcon(theme.QuestionIcon())
	fit(c, text, parent)
	return c
}

// SetConfirmText names the button that confirms.
func (c *Confirm) SetConfirmText(label string) { c.confirm.SetText(label) }

// SetConfirmImportance styles the confirming button, as Fyne's own
// confirm dialog does: widget.DangerImportance for a deletion.
func (c *Confirm) SetConfirmImportance(i widget.Importance) {
	c.confirm.Importance = i
	c.confirm.Refresh()
}

// SetDismissText names the button that dismisses the question.
func (c *Confirm) SetDismissText(label string) { c.dismiss.SetText(label) }

// messageLabel is a dialog's centred message.
func messageLabel(message string) *Label {
	l := NewLabel(message)
	l.Alignment = fyne.TextAlignCenter
	return l
}

// fit sizes a message dialog as Fyne sizes its own: as wide as the text
// on one line (no wider than maxDialogWidth or 90 % of the window), and as
// high as the text then needs once wrapped at that width.
func fit(d dialog.Dialog, text *Label, parent fyne.Window) {
	oneLine := text.MinSize().Width // not laid out yet: no wrapping
	for _, line := range Lines(text.Text, 0, func(r rune) float32 {
		return fyne.MeasureText(string(r), theme.TextSize(), text.TextStyle).Width
	}) {
		oneLine = max(oneLine, fyne.MeasureText(line, theme.TextSize(), text.TextStyle).Width+2*theme.InnerPadding())
	}
	w := min(oneLine+dialogPad+2*theme.Padding(), maxDialogWidth)
	if parent != nil && parent.Canvas().Size().Width > 0 {
		w = min(w, parent.Canvas().Size().Width*0.9)
	}
	w = max(w, d.MinSize().Width) // the buttons or the title may be wider
	text.Resize(fyne.NewSize(w-dialogPad, text.MinSize().Height))
	d.Resize(fyne.NewSize(w, 0))
}
