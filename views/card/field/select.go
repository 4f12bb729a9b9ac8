package field

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// Select is a select whose value the editor sets without triggering its
// OnSelected callback, and which reports focus so Tab can scroll it into
// view.
type Select struct {
	widget.Select

	// OnSelected is called when the user picks an option.
	OnSelected func(option string)
	// OnFocus is called when the select gains focus.
	OnFocus func(fyne.CanvasObject)

	setting bool
}

var _ fyne.Focusable = (*Select)(nil)

// NewSelect returns a select calling picked when the user picks an option.
func NewSelect(picked func(option string)) *Select {
	s := &Select{OnSelected: picked}
	s.Select.OnChanged = s.changed
	s.ExtendBaseWidget(s)
	return s
}

func (s *Select) changed(option string) {
	if s.setting || s.OnSelected == nil {
		return
	}
	s.OnSelected(option)
}

// FocusGained reports the focus.
func (s *Select) FocusGained() {
	s.Select.FocusGained()
	if s.OnFocus != nil {
		s.OnFocus(s)
	}
}

// Set replaces the options (when they differ) and the selection without
// calling OnSelected. An empty selected clears it.
func (s *Select) Set(options []string, selected string) {
	s.setting = true
	defer func() { s.setting = false }()
	if !slices.Equal(s.Options, options) {
		s.SetOptions(options)
	}
	if selected == "" {
		if s.Selected != "" {
			s.ClearSelected()
		}
		return
	}
	if s.Selected != selected {
		s.SetSelected(selected)
	}
}

// Button is a button that reports focus so Tab can scroll it into view.
type Button struct {
	widget.Button
	// OnFocus is called when the button gains focus.
	OnFocus func(fyne.CanvasObject)
}

var _ fyne.Focusable = (*Button)(nil)

// NewButton returns a button with a label and an optional icon.
func NewButton(label string, icon fyne.Resource, tapped func()) *Button {
	b := &Button{}
	b.Text, b.Icon, b.OnTapped = label, icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

// FocusGained reports the focus.
func (b *Button) FocusGained() {
	b.Button.FocusGained()
	if b.OnFocus != nil {
		b.OnFocus(b)
	}
}
