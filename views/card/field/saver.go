package field

import (
	"sync/atomic"

	"orgdesigner/app"
	"orgdesigner/data"
)

// Session is what the editors need from app.Session; tests may pass a
// fake. Listeners registered with OnChange may run on any goroutine.
type Session interface {
	Doc() *data.Document
	Do(app.Command) error
	Undo() error
	Redo() error
	CanUndo() (bool, string)
	OnChange(func())
}

// Saver applies the editors' commands and merges the saves of one editing
// run of one field into a single undo step: typing a paragraph with pauses
// saves several times (each pause), yet Ctrl+Z takes the whole paragraph
// back, as it would in any editor.
//
// It merges only when nothing else changed the document since its own last
// save and the session's last step is still that save; the earlier step is
// then undone and the new command applied from the state before it.
type Saver struct {
	s       Session
	changes atomic.Uint64

	lastKey     string
	lastLabel   string
	lastChanges uint64
}

// NewSaver returns a saver over s; it counts the session's changes.
func NewSaver(s Session) *Saver {
	v := &Saver{s: s}
	s.OnChange(func() { v.changes.Add(1) })
	return v
}

// Save applies cmd. Saves with the same non-empty key (see Entry.Key) in
// a row become one undo step. It is called on the UI goroutine.
func (v *Saver) Save(key string, cmd app.Command) error {
	label := cmd.Label()
	if v.canMerge(key, label) {
		if err := v.s.Undo(); err == nil {
			if err := v.s.Do(cmd); err != nil {
				// Put the earlier save back: the refused value must not
				// cost the user the one before it.
				_ = v.s.Redo()
				v.lastChanges = v.changes.Load()
				return err
			}
			v.lastChanges = v.changes.Load()
			return nil
		}
	}
	if err := v.s.Do(cmd); err != nil {
		v.lastKey = ""
		return err
	}
	v.lastKey, v.lastLabel, v.lastChanges = key, label, v.changes.Load()
	return nil
}

func (v *Saver) canMerge(key, label string) bool {
	if key == "" || key != v.lastKey || label != v.lastLabel || v.changes.Load() != v.lastChanges {
		return false
	}
	ok, top := v.s.CanUndo()
	return ok && top == label
}

// Do applies a command that is never merged (add, remove, move, pick).
func (v *Saver) Do(cmd app.Command) error {
	v.lastKey = ""
	return v.s.Do(cmd)
}
