// Package field holds the editing building blocks the card, department,
// organisation and people editors share: text entries that save as the user
// types (debounced, and at once when the field loses focus), selects and
// buttons that scroll themselves into view when Tab reaches them, the
// message shown under a field whose value the store refused, and the Saver
// that turns a run of saves into one undo step.
//
// Every editor follows one rule so typing is never disturbed: a field with
// an edit not yet saved (or refused) is never overwritten by a reload; a
// clean field is, so undo and edits made elsewhere show at once.
package field

import (
	"fmt"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// Delay is how long after the last keystroke an edit is saved. Leaving the
// field, pressing Enter in a one-line field or calling Flush saves at once.
// Tests of other packages set it high so only explicit flushes save.
var Delay = 600 * time.Millisecond

// afterFunc starts the debounce timer. The debounce test replaces it to
// fire timers on its own goroutine: Fyne's test driver runs fyne.Do on the
// caller's goroutine, so a real timer would race the test's keystrokes.
var afterFunc = time.AfterFunc

// runs numbers editing runs across all entries (see Entry.Key).
var runs atomic.Uint64

// Entry is a text entry bound to one value of the document. It saves the
// text through OnCommit after the user pauses typing for Delay, on focus
// loss and on Enter (one-line entries). Tab always moves to the next field,
// also from a multi-line entry.
type Entry struct {
	widget.Entry

	// OnCommit saves the text; a non-nil error keeps the edit pending (and
	// the text on screen) so a reload does not wipe what the user typed.
	// It is called on the UI goroutine.
	OnCommit func(text string) error
	// OnTyped is called on every change the user makes, before saving
	// (e.g. to update a live weight sum).
	OnTyped func(text string)
	// OnFocus is called when the entry gains focus (editors scroll it into
	// view).
	OnFocus func(fyne.CanvasObject)
	// Normalize maps the text to the form the model stores (trimmed, a
	// number reformatted …). Set leaves the text alone when it already
	// means the model's value, so a save never rewrites what is on screen.
	Normalize func(string) string
	// Manual entries save only on Enter (or an explicit Flush), never on a
	// pause or focus loss: an entry that adds an item must not add a
	// half-typed one because the user tabbed on.
	Manual bool
	// OnScroll receives the mouse wheel over a multi-line entry, which
	// grows with its text rather than scrolling (see grow.go): editors pass
	// it to their own scroll. When nil the wheel is not taken.
	OnScroll func(*fyne.ScrollEvent)

	dirty   bool
	setting bool
	gen     uint64
	run     uint64
	timer   *time.Timer

	// probe measures the wrapped text of a multi-line entry; the last
	// measurement is kept.
	probe                   *widget.RichText
	probeText               string
	probeWidth, probeHeight float32
}

var (
	_ fyne.Focusable = (*Entry)(nil)
	_ fyne.Tabbable  = (*Entry)(nil)
)

// NewEntry returns a one-line entry.
func NewEntry() *Entry {
	e := &Entry{}
	e.init()
	return e
}

// NewMultiLine returns a word-wrapping multi-line entry showing at least
// rows lines; it grows to show all its text.
func NewMultiLine(rows int) *Entry {
	e := &Entry{}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.init()
	e.SetMinRowsVisible(rows)
	return e
}

func (e *Entry) init() {
	e.ExtendBaseWidget(e)
	e.run = runs.Add(1)
	e.Entry.OnChanged = e.changed
	e.Entry.OnSubmitted = func(string) { e.Flush() }
}

// AcceptsTab reports false so Tab moves focus on, even out of a multi-line
// entry: the whole card must be reachable from the keyboard.
func (e *Entry) AcceptsTab() bool { return false }

// FocusGained starts a new editing run and reports the focus.
func (e *Entry) FocusGained() {
	e.run = runs.Add(1)
	e.Entry.FocusGained()
	if e.OnFocus != nil {
		e.OnFocus(e)
	}
}

// FocusLost saves any pending edit (not in a Manual entry).
func (e *Entry) FocusLost() {
	e.Entry.FocusLost()
	if !e.Manual {
		e.Flush()
	}
}

// Key identifies the current editing run: it changes whenever the entry
// gains focus, so the saves of one visit to the field can be merged into
// one undo step (see Saver).
func (e *Entry) Key() string { return fmt.Sprintf("entry-%d", e.run) }

// Dirty reports whether the entry holds an edit that is not saved.
func (e *Entry) Dirty() bool { return e.dirty }

func (e *Entry) changed(text string) {
	if e.setting {
		return
	}
	e.dirty = true
	e.gen++
	if e.OnTyped != nil {
		e.OnTyped(text)
	}
	if !e.Manual {
		e.schedule()
	}
}

// schedule (re)starts the debounce timer. The timer only saves the edit it
// was started for: a newer keystroke bumps gen and makes it a no-op.
func (e *Entry) schedule() {
	if e.timer != nil {
		e.timer.Stop()
	}
	gen := e.gen
	e.timer = afterFunc(Delay, func() {
		fyne.Do(func() {
			if e.gen == gen {
				e.Flush()
			}
		})
	})
}

// Flush saves a pending edit now. It does nothing when the entry is clean.
func (e *Entry) Flush() {
	if !e.dirty {
		return
	}
	if e.timer != nil {
		e.timer.Stop()
		e.timer = nil
	}
	if e.OnCommit != nil {
		// The entry stays dirty while saving, so the reload the save
		// triggers leaves the text (and the cursor) alone.
		if err := e.OnCommit(e.Text); err != nil {
			return
		}
	}
	e.dirty = false
}

// Set shows the model's value unless the user has an unsaved edit or the
// text already means that value. It does not save.
func (e *Entry) Set(text string) {
	if e.dirty {
		return
	}
	current := e.Text
	if e.Normalize != nil {
		current = e.Normalize(current)
	}
	if current == text {
		return
	}
	e.replace(text)
}

// Load is Set, or Reset when force is true.
func (e *Entry) Load(text string, force bool) {
	if force {
		e.Reset(text)
	} else {
		e.Set(text)
	}
}

// Reset shows text, dropping any pending edit (another item was selected).
func (e *Entry) Reset(text string) {
	if e.timer != nil {
		e.timer.Stop()
		e.timer = nil
	}
	e.dirty = false
	if e.Text != text {
		e.replace(text)
	}
}

func (e *Entry) replace(text string) {
	e.setting = true
	e.SetText(text)
	e.setting = false
}

// NewEditorEntry returns an entry for a scrolling editor panel: one line
// (rows 0) or a growing multi-line entry of at least rows lines; focus
// calls reveal (to scroll it into view) and the mouse wheel over it goes to
// wheel (the panel's scroller).
func NewEditorEntry(rows int, reveal func(fyne.CanvasObject), wheel func(*fyne.ScrollEvent)) *Entry {
	var en *Entry
	if rows > 0 {
		en = NewMultiLine(rows)
	} else {
		en = NewEntry()
	}
	en.OnFocus = reveal
	en.OnScroll = wheel
	return en
}
