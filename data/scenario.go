package data

// Scenarios (方案): schema 3 keeps, beside the current organisation in the
// top-level buckets, any number of named alternative organisations:
//
//	scenarios/
//	    <scenario id>/
//	        info        -> Scenario (JSON)
//	        org/        org -> Organisation
//	        departments/, roles/, people/, projects/   as at the top level
//
// The import mappings (valuemaps) are the document's, shared by all.
//
// A Store has one organisation open at a time (Active: "" is the current
// organisation); Doc returns its snapshot and Apply writes to it, so every
// view, check, export and report works on whatever is open.

import "errors"

// ErrScenarioName: a scenario's name is empty or already used.
var ErrScenarioName = errors.New("a scenario needs a name no other scenario has")

var errNotYet = errors.New("scenarios: not implemented yet")

// Active returns the id of the open organisation: "" for the current
// organisation, else a scenario's id.
func (s *Store) Active() ID { return "" }

// Scenarios lists the document's scenarios in order (Order, then Created).
func (s *Store) Scenarios() []Scenario { return nil }

// Scenario returns the scenario with the id, or false.
func (s *Store) Scenario(id ID) (Scenario, bool) { return Scenario{}, false }

// Switch opens the organisation id ("" = the current organisation): Doc
// returns its snapshot from then on and Apply writes to it. Snapshots are
// kept once loaded, so switching back is immediate.
func (s *Store) Switch(id ID) error { return errNotYet }

// ScenarioDoc returns the snapshot of organisation id ("" = current)
// without switching to it (compare, reports).
func (s *Store) ScenarioDoc(id ID) (*Document, error) { return nil, errNotYet }

// CopyScenario creates scenario sc (sc.ID must be new; Created is set when
// empty) as a copy of organisation from ("" = current), in one transaction.
func (s *Store) CopyScenario(from ID, sc Scenario) error { return errNotYet }

// CreateScenario creates scenario sc with the content of doc (a template),
// in one transaction.
func (s *Store) CreateScenario(sc Scenario, doc *Document) error { return errNotYet }

// PutScenario replaces an existing scenario's description (rename, note,
// order, suggested), in one transaction.
func (s *Store) PutScenario(sc Scenario) error { return errNotYet }

// DeleteScenario removes a scenario and its content in one transaction.
// When it is open, the current organisation is opened.
func (s *Store) DeleteScenario(id ID) error { return errNotYet }

// Adopt makes scenario id the current organisation in one transaction: its
// content moves to the top level and scenario id disappears; the content
// that was current is kept as the new scenario before (before.ID must be
// new). Adopt(before.ID, <the old description of id>) undoes it exactly.
// The current organisation is open afterwards.
func (s *Store) Adopt(id ID, before Scenario) error { return errNotYet }
