package app

// Scenario operations of the editing session. Each is one transaction and
// one undoable step; every organisation (the current one and each scenario)
// keeps its own undo history, and Undo/Redo act on the open one's.

import "orgdesigner/data"

// Scenario returns the id of the open organisation: "" for the current
// organisation, else the open scenario's id.
func (s *Session) Scenario() data.ID { return s.store.Active() }

// Scenarios lists the document's scenarios in order.
func (s *Session) Scenarios() []data.Scenario { return s.store.Scenarios() }

// ScenarioName names organisation id for titles and lists: the scenario's
// name, or "当前组织"/"Current organisation" (translated) for "".
func (s *Session) ScenarioName(id data.ID) string { panic("not yet") }

// ScenarioDoc returns the snapshot of organisation id ("" = current)
// without opening it.
func (s *Session) ScenarioDoc(id data.ID) (*data.Document, error) { return s.store.ScenarioDoc(id) }

// Switch opens organisation id and notifies the listeners. Not an undoable
// step: it changes what is shown, not the document.
func (s *Session) Switch(id data.ID) error { panic("not yet") }

// NewScenario creates a scenario named name as a copy of organisation from
// ("" = current) and opens it; undo deletes it and reopens what was open.
// Duplicating a scenario is NewScenario(name, itsID).
func (s *Session) NewScenario(name string, from data.ID) (data.ID, error) { panic("not yet") }

// NewScenarioFromDoc creates a scenario with the content of doc (a built-in
// template or one of its stage suggestions) and opens it; undoable.
func (s *Session) NewScenarioFromDoc(sc data.Scenario, doc *data.Document) (data.ID, error) {
	panic("not yet")
}

// RenameScenario renames scenario id; undoable.
func (s *Session) RenameScenario(id data.ID, name string) error { panic("not yet") }

// DeleteScenario deletes scenario id (opening the current organisation if
// it was open); undo restores it with its content and its undo history.
func (s *Session) DeleteScenario(id data.ID) error { panic("not yet") }

// Adopt makes scenario id the current organisation in one transaction and
// opens it; the old current organisation is kept as a scenario named
// "<today> 之前" ("Before <today>"), whose id is returned. Undo reverses it
// exactly and reopens the scenario.
func (s *Session) Adopt(id data.ID) (data.ID, error) { panic("not yet") }
