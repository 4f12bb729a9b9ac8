// Package app is what OrgDesigner does, without any UI: the editing
// session over an open document (typed commands, undo and redo), the
// queries the views and reports need (headcount roll-ups, search), and
// the translation of storage errors into sentences. Subpackages hold the
// chart layout, the Excel/CSV import and export, the PDF reports, the
// built-in templates, the structure checks and the translation layer.
package app

import (
	"errors"
	"fmt"
	"sync"

	"orgdesigner/data"
)

// Command is one user action. Changes computes, from the current document,
// the change set that performs it; the session applies it in one
// transaction and derives the inverse for undo.
type Command interface {
	// Label names the action for the Undo/Redo menu items (translated).
	Label() string
	Changes(doc *data.Document) (*data.ChangeSet, error)
}

// ErrNothingToUndo and ErrNothingToRedo are returned by Undo and Redo
// when their history is empty.
var (
	ErrNothingToUndo = errors.New("nothing to undo")
	ErrNothingToRedo = errors.New("nothing to redo")
)

// step is one undoable action: an edit (forward and backward change sets,
// applied to the open organisation) or a scenario operation (redo and
// undo functions; see scenarios.go). seq orders steps across histories:
// every push takes the next number, so the highest top is the latest.
type step struct {
	label             string
	forward, backward *data.ChangeSet
	redoOp, undoOp    func() error
	seq               uint64
}

// history is one organisation's undo and redo stacks.
type history struct{ undo, redo []step }

// Session is an editing session over one open document: every command is
// applied and saved at once, and undo/redo history lasts as long as the
// session. It is safe for concurrent use; listeners run on the goroutine
// that made the change (views hop to the UI goroutine with fyne.Do).
type Session struct {
	store *data.Store

	mu sync.Mutex
	// histories holds each organisation's own history of edits, by id
	// ("" = the current organisation); scenarios is the history of the
	// scenario operations, which concern the whole document. Undo takes
	// the latest step of the open organisation's and the document's.
	histories map[data.ID]*history
	scenarios history
	seq       uint64
	listeners []func()
}

// NewSession starts a session over an open store.
func NewSession(store *data.Store) *Session {
	return &Session{store: store, histories: map[data.ID]*history{}}
}

// hist returns the open organisation's history. The caller holds s.mu.
func (s *Session) hist() *history {
	id := s.store.Active()
	h := s.histories[id]
	if h == nil {
		h = &history{}
		s.histories[id] = h
	}
	return h
}

// Store returns the open document store.
func (s *Session) Store() *data.Store { return s.store }

// Doc returns the current document snapshot (read-only).
func (s *Session) Doc() *data.Document { return s.store.Doc() }

// Path returns the document's file.
func (s *Session) Path() string { return s.store.Path() }

// OnChange registers f to be called after every applied change, undo and redo.
func (s *Session) OnChange(f func()) {
	s.mu.Lock()
	s.listeners = append(s.listeners, f)
	s.mu.Unlock()
}

func (s *Session) notify() {
	s.mu.Lock()
	ls := append([]func(){}, s.listeners...)
	s.mu.Unlock()
	for _, f := range ls {
		f()
	}
}

// Do applies cmd as one transaction and records it for undo. A command
// that changes nothing is not recorded.
func (s *Session) Do(cmd Command) error {
	s.mu.Lock()
	doc := s.store.Doc()
	cs, err := cmd.Changes(doc)
	if err != nil {
		s.mu.Unlock()
		return fmt.Errorf("%s: %w", cmd.Label(), err)
	}
	if cs == nil || cs.IsEmpty() {
		s.mu.Unlock()
		return nil
	}
	back := Inverse(doc, cs)
	if err := s.store.Apply(cs); err != nil {
		s.mu.Unlock()
		return fmt.Errorf("%s: %w", cmd.Label(), err)
	}
	s.push(s.hist(), step{label: cmd.Label(), forward: cs, backward: back})
	s.mu.Unlock()
	s.notify()
	return nil
}

// Undo reverts the last action: the open organisation's last edit or the
// last scenario operation, whichever came later.
func (s *Session) Undo() error { return s.travel(ErrNothingToUndo, true) }

// Redo re-applies the last undone action (of the open organisation's or
// the scenario operations).
func (s *Session) Redo() error { return s.travel(ErrNothingToRedo, false) }

// push records a new action in h and forgets what was undone: the redo
// steps of h, of the open organisation and of the document. The caller
// holds s.mu.
func (s *Session) push(h *history, st step) {
	s.seq++
	st.seq = s.seq
	h.undo = append(h.undo, st)
	h.redo, s.hist().redo, s.scenarios.redo = nil, nil, nil
}

// latest returns the stack (of the open organisation's and the
// document's, undo or redo ones) whose top step is the latest, or nil.
// The caller holds s.mu.
func (s *Session) latest(undo bool) *[]step {
	a, b := &s.hist().redo, &s.scenarios.redo
	if undo {
		a, b = &s.hist().undo, &s.scenarios.undo
	}
	switch {
	case len(*a) == 0 && len(*b) == 0:
		return nil
	case len(*a) == 0:
		return b
	case len(*b) == 0 || (*a)[len(*a)-1].seq > (*b)[len(*b)-1].seq:
		return a
	}
	return b
}

func (s *Session) travel(empty error, back bool) error {
	s.mu.Lock()
	from := s.latest(back)
	if from == nil {
		s.mu.Unlock()
		return empty
	}
	// The opposite stack of the same history.
	to := &s.scenarios.undo
	switch from {
	case &s.scenarios.undo:
		to = &s.scenarios.redo
	case &s.hist().undo:
		to = &s.hist().redo
	case &s.hist().redo:
		to = &s.hist().undo
	}
	st := (*from)[len(*from)-1]
	var err error
	switch {
	case back && st.undoOp != nil:
		err = st.undoOp()
	case !back && st.redoOp != nil:
		err = st.redoOp()
	case back:
		err = s.store.Apply(st.backward)
	default:
		err = s.store.Apply(st.forward)
	}
	if err != nil {
		s.mu.Unlock()
		return fmt.Errorf("%s: %w", st.label, err)
	}
	*from = (*from)[:len(*from)-1]
	s.seq++
	st.seq = s.seq
	*to = append(*to, st)
	s.mu.Unlock()
	s.notify()
	return nil
}

// CanUndo reports whether the open organisation has an action to undo,
// and its label.
func (s *Session) CanUndo() (bool, string) { return s.peek(true) }

// CanRedo reports whether the open organisation has an action to redo,
// and its label.
func (s *Session) CanRedo() (bool, string) { return s.peek(false) }

func (s *Session) peek(undo bool) (bool, string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	h := s.latest(undo)
	if h == nil {
		return false, ""
	}
	return true, (*h)[len(*h)-1].label
}

// Inverse returns the change set that undoes cs when applied to the
// document cs produced from doc.
func Inverse(doc *data.Document, cs *data.ChangeSet) *data.ChangeSet {
	inv := &data.ChangeSet{}
	if cs.Org != nil {
		org := doc.Org
		inv.Org = &org
	}
	inv.PutDepartments, inv.DeleteDepartments = inverseOf(cs.PutDepartments, cs.DeleteDepartments,
		func(x data.Department) data.ID { return x.ID }, doc.Department)
	inv.PutRoles, inv.DeleteRoles = inverseOf(cs.PutRoles, cs.DeleteRoles,
		func(x data.Role) data.ID { return x.ID }, doc.Role)
	inv.PutPeople, inv.DeletePeople = inverseOf(cs.PutPeople, cs.DeletePeople,
		func(x data.Person) data.ID { return x.ID }, doc.Person)
	inv.PutProjects, inv.DeleteProjects = inverseOf(cs.PutProjects, cs.DeleteProjects,
		func(x data.ProjectTeam) data.ID { return x.ID }, doc.Project)
	// Remembered import mappings are preferences, not content: undo keeps them.
	return inv
}

func inverseOf[T any](put []T, del []data.ID, id func(T) data.ID, old func(data.ID) *T) ([]T, []data.ID) {
	var rput []T
	var rdel []data.ID
	seen := map[data.ID]bool{}
	for _, x := range put {
		k := id(x)
		if seen[k] {
			continue
		}
		seen[k] = true
		if o := old(k); o != nil {
			rput = append(rput, *o)
		} else {
			rdel = append(rdel, k)
		}
	}
	for _, k := range del {
		if seen[k] {
			continue
		}
		seen[k] = true
		if o := old(k); o != nil {
			rput = append(rput, *o)
		}
	}
	return rput, rdel
}
