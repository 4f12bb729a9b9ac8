package field

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/views/wrapped"
)

// Message is the line under a field that says why the store refused its
// value, wrapped by the rules of Chinese typesetting. It takes no space
// while empty.
type Message struct {
	wrapped.Label
}

// NewMessage returns an empty, hidden message.
func NewMessage() *Message {
	m := &Message{}
	m.Importance = widget.DangerImportance
	m.ExtendBaseWidget(m)
	m.Hide()
	return m
}

// Set shows text, or hides the message when text is "".
func (m *Message) Set(text string) {
	if text == "" {
		m.Clear()
		return
	}
	m.SetText(text)
	m.Show()
}

// Clear hides the message.
func (m *Message) Clear() {
	if m.Text != "" {
		m.SetText("")
	}
	m.Hide()
}

// With stacks a field above its message.
func With(field fyne.CanvasObject, msg *Message) fyne.CanvasObject {
	return container.NewVBox(field, msg)
}
