package app

// Scenario operations of the editing session. Each is one transaction and
// one undoable step. Every organisation (the current one and each scenario)
// keeps its own history of edits; the scenario operations form the
// document's history, since they concern more than one organisation (and
// must be undone in order: undoing an adoption needs the scenario it made).
// Undo takes whichever of the open organisation's last edit and the last
// scenario operation came later.

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// Scenario returns the id of the open organisation: "" for the current
// organisation, else the open scenario's id.
func (s *Session) Scenario() data.ID { return s.store.Active() }

// Scenarios lists the document's scenarios in order.
func (s *Session) Scenarios() []data.Scenario { return s.store.Scenarios() }

// ScenarioName names organisation id for titles and lists: the scenario's
// name, or "当前组织"/"Current organisation" (translated) for "".
func (s *Session) ScenarioName(id data.ID) string {
	if id == "" {
		return i18n.L("Current organisation")
	}
	if sc, ok := s.store.Scenario(id); ok {
		return sc.Name
	}
	return string(id)
}

// IsCurrentName reports whether name is a reserved name of the current
// organisation ("current", 当前组织, "Current organisation"): no scenario
// may take one, so commands can always name the current organisation.
func IsCurrentName(name string) bool {
	name = strings.TrimSpace(name)
	return strings.EqualFold(name, "current") || name == i18n.In("zh", "Current organisation") ||
		strings.EqualFold(name, i18n.In("en", "Current organisation")) || strings.EqualFold(name, i18n.L("Current organisation"))
}

// ScenarioNameProblem says, as a translated sentence, why name cannot name
// a scenario: empty, too long, more than one line or a reserved name of
// the current organisation; "" when it can (whether another scenario has
// it is for the caller to check). The window and the command line share it.
func ScenarioNameProblem(name string) string {
	name = strings.TrimSpace(name)
	switch {
	case name == "":
		return i18n.L("A scenario needs a name.")
	case utf8.RuneCountInString(name) > data.MaxScenarioName:
		return i18n.L("A scenario name has at most %d characters; this one has %d.", data.MaxScenarioName, utf8.RuneCountInString(name))
	case strings.ContainsFunc(name, unicode.IsControl):
		return i18n.L("A scenario name is one line: %q has a line break, tab or other control character; choose another name.", name)
	case IsCurrentName(name):
		return i18n.L("%q names the current organisation; choose another name for the scenario.", name)
	}
	return ""
}

// FindScenario finds a scenario by id or name (names compared ignoring
// case); "" and the reserved names of the current organisation find it.
func (s *Session) FindScenario(key string) (data.ID, bool) {
	key = strings.TrimSpace(key)
	if key == "" || IsCurrentName(key) {
		return "", true
	}
	for _, sc := range s.store.Scenarios() {
		if string(sc.ID) == key || strings.EqualFold(sc.Name, key) {
			return sc.ID, true
		}
	}
	return "", false
}

// ScenarioDoc returns the snapshot of organisation id ("" = current)
// without opening it.
func (s *Session) ScenarioDoc(id data.ID) (*data.Document, error) { return s.store.ScenarioDoc(id) }

// Switch opens organisation id and notifies the listeners. Not an undoable
// step: it changes what is shown, not the document.
func (s *Session) Switch(id data.ID) error {
	s.mu.Lock()
	if s.store.Active() == id {
		s.mu.Unlock()
		return nil
	}
	err := s.store.Switch(id)
	s.mu.Unlock()
	if err != nil {
		return err
	}
	s.notify()
	return nil
}

// NewScenario creates a scenario named name as a copy of organisation from
// ("" = current) and opens it; undo deletes it and reopens what was open.
// Duplicating a scenario is NewScenario(name, itsID).
func (s *Session) NewScenario(name string, from data.ID) (data.ID, error) {
	src, err := s.store.ScenarioDoc(from)
	if err != nil {
		return "", err
	}
	source := "current"
	if from != "" {
		source = s.ScenarioName(from)
	}
	sc := data.Scenario{ID: data.NewID("s"), Name: name, Source: source}
	return sc.ID, s.create(sc, func() error { return s.store.CopyScenario(from, sc) }, src)
}

// NewScenarioFromDoc creates a scenario with the content of doc (a built-in
// template or one of its stage suggestions) and opens it; undoable.
func (s *Session) NewScenarioFromDoc(sc data.Scenario, doc *data.Document) (data.ID, error) {
	if sc.ID == "" {
		sc.ID = data.NewID("s")
	}
	return sc.ID, s.create(sc, func() error { return s.store.CreateScenario(sc, doc) }, doc)
}

// create runs make (which writes scenario sc), opens sc and records the
// step; redo writes the same scenario again from its first content.
func (s *Session) create(sc data.Scenario, make func() error, content *data.Document) error {
	if p := ScenarioNameProblem(sc.Name); p != "" {
		return fmt.Errorf("%w: %s", data.ErrScenarioName, p)
	}
	s.mu.Lock()
	prev := s.store.Active()
	if err := make(); err != nil {
		s.mu.Unlock()
		return fmt.Errorf("%s: %w", i18n.L("New scenario"), err)
	}
	sc, _ = s.store.Scenario(sc.ID) // with its creation time and order
	if err := s.store.Switch(sc.ID); err != nil {
		s.mu.Unlock()
		return err
	}
	s.record(step{label: i18n.L("New scenario %s", sc.Name),
		undoOp: func() error {
			if err := s.store.DeleteScenario(sc.ID); err != nil {
				return err
			}
			delete(s.histories, sc.ID)
			return s.store.Switch(prev)
		},
		redoOp: func() error {
			if err := s.store.CreateScenario(sc, content); err != nil {
				return err
			}
			return s.store.Switch(sc.ID)
		}})
	s.mu.Unlock()
	s.notify()
	return nil
}

// record pushes a scenario operation onto the document's history. The
// caller holds s.mu.
func (s *Session) record(st step) { s.push(&s.scenarios, st) }

// RenameScenario renames scenario id; undoable.
func (s *Session) RenameScenario(id data.ID, name string) error {
	s.mu.Lock()
	old, ok := s.store.Scenario(id)
	if !ok {
		s.mu.Unlock()
		return fmt.Errorf("%s: %w", id, data.ErrNotFound)
	}
	renamed := old
	renamed.Name = strings.TrimSpace(name)
	if p := ScenarioNameProblem(renamed.Name); p != "" {
		s.mu.Unlock()
		return fmt.Errorf("%w: %s", data.ErrScenarioName, p)
	}
	if renamed.Name == old.Name {
		s.mu.Unlock()
		return nil
	}
	if err := s.store.PutScenario(renamed); err != nil {
		s.mu.Unlock()
		return fmt.Errorf("%s: %w", i18n.L("Rename scenario"), err)
	}
	s.record(step{label: i18n.L("Rename scenario"),
		undoOp: func() error { return s.store.PutScenario(old) },
		redoOp: func() error { return s.store.PutScenario(renamed) }})
	s.mu.Unlock()
	s.notify()
	return nil
}

// DeleteScenario deletes scenario id (opening the current organisation if
// it was open); undo restores it with its content and its undo history.
func (s *Session) DeleteScenario(id data.ID) error {
	s.mu.Lock()
	sc, ok := s.store.Scenario(id)
	if !ok {
		s.mu.Unlock()
		return fmt.Errorf("%s: %w", id, data.ErrNotFound)
	}
	content, err := s.store.ScenarioDoc(id)
	if err != nil {
		s.mu.Unlock()
		return err
	}
	wasOpen := s.store.Active() == id
	var kept *history
	del := func() error {
		if err := s.store.DeleteScenario(id); err != nil {
			return err
		}
		kept = s.histories[id]
		delete(s.histories, id)
		return nil
	}
	if err := del(); err != nil {
		s.mu.Unlock()
		return fmt.Errorf("%s: %w", i18n.L("Delete scenario"), err)
	}
	s.record(step{label: i18n.L("Delete scenario %s", sc.Name),
		undoOp: func() error {
			if err := s.store.CreateScenario(sc, content); err != nil {
				return err
			}
			if kept != nil {
				s.histories[id] = kept
			}
			if wasOpen {
				return s.store.Switch(id)
			}
			return nil
		},
		redoOp: del})
	s.mu.Unlock()
	s.notify()
	return nil
}

// BeforeName is the name the old current organisation gets when a
// scenario is adopted on day: "2026-12-04 之前" / "Before 2026-12-04", in
// the language of the document's content (not of the interface), so the
// name is the same whoever adopts.
func (s *Session) BeforeName(day time.Time) string {
	lang := i18n.Language()
	if cur, err := s.store.ScenarioDoc(""); err == nil && cur.Org.Lang != "" {
		lang = i18n.Normalize(cur.Org.Lang)
	}
	return i18n.In(lang, "Before %s", day.Format("2006-01-02"))
}

// Adopt makes scenario id the current organisation in one transaction and
// opens it; the old current organisation is kept as a scenario named
// s.BeforeName(today) (numbered if taken), whose id is returned. The kept
// scenario remembers the adopted one's description (Scenario.Adopted):
// adopting it back keeps the organisation it replaces as that scenario
// again, under its old name (numbered if another scenario has taken it),
// note and place. Undo reverses it exactly and reopens what was open.
func (s *Session) Adopt(id data.ID) (data.ID, error) {
	s.mu.Lock()
	old, ok := s.store.Scenario(id)
	if !ok {
		s.mu.Unlock()
		return "", fmt.Errorf("%s: %w", id, data.ErrNotFound)
	}
	prev := s.store.Active()
	before := s.keptBy(old)
	swap := func(a, b data.ID) { // the histories follow the content
		s.histories[a], s.histories[b] = s.histories[b], s.histories[a]
		for _, k := range []data.ID{a, b} {
			if s.histories[k] == nil {
				delete(s.histories, k)
			}
		}
	}
	adopt := func() error {
		if err := s.store.Adopt(id, before); err != nil {
			return err
		}
		before, _ = s.store.Scenario(before.ID)
		swap(before.ID, "")
		swap("", id)
		return nil
	}
	if err := adopt(); err != nil {
		s.mu.Unlock()
		return "", fmt.Errorf("%s: %w", i18n.L("Adopt scenario"), err)
	}
	s.record(step{label: i18n.L("Adopt scenario %s", old.Name),
		undoOp: func() error {
			if err := s.store.Adopt(before.ID, old); err != nil {
				return err
			}
			swap("", id)
			swap(before.ID, "")
			return s.store.Switch(prev)
		},
		redoOp: adopt})
	s.mu.Unlock()
	s.notify()
	return before.ID, nil
}

// KeptName is the name Adopt(id) gives the organisation it keeps, for
// the question before adopting: s.BeforeName(today), numbered if taken,
// or, when scenario id was kept by an adoption, the old name of the
// scenario adopted then.
func (s *Session) KeptName(id data.ID) string {
	sc, ok := s.store.Scenario(id)
	if !ok {
		return s.BeforeName(time.Now())
	}
	return s.keptBy(sc).Name
}

// keptBy describes the scenario that keeps the current organisation when
// scenario adopted is adopted: a new one named with today's date, or,
// when adopted was itself kept by an adoption, the scenario adopted then
// (same id when free, name, note, creation time and place). Either way it
// remembers adopted, so the adoption can be taken back the same way.
func (s *Session) keptBy(adopted data.Scenario) data.Scenario {
	kept := data.Scenario{ID: data.NewID("s"), Name: s.freeName(s.BeforeName(time.Now()), adopted.ID), Source: "current"}
	if back := adopted.Adopted; back != nil && strings.TrimSpace(back.Name) != "" {
		kept = *back
		if _, taken := s.store.Scenario(kept.ID); kept.ID == "" || taken || kept.ID == adopted.ID {
			kept.ID = data.NewID("s")
		}
		kept.Name = s.freeName(strings.TrimSpace(back.Name), adopted.ID)
	}
	memo := adopted
	memo.Adopted = nil
	kept.Adopted = &memo
	return kept
}

// freeName returns name, or name with a number when another scenario
// than except has it.
func (s *Session) freeName(name string, except data.ID) string {
	taken := func(n string) bool {
		for _, sc := range s.store.Scenarios() {
			if sc.ID != except && strings.EqualFold(sc.Name, n) {
				return true
			}
		}
		return false
	}
	for i, try := 2, name; ; i++ {
		if !taken(try) {
			return try
		}
		try = fmt.Sprintf("%s (%d)", name, i)
	}
}
