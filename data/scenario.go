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

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	bolt "go.etcd.io/bbolt"
)

// ErrScenarioName: a scenario's name is empty or already used.
var ErrScenarioName = errors.New("a scenario needs a name no other scenario has")

var keyInfo = []byte("info")

// MaxScenarioName is the longest scenario name, in characters: a name
// prints in window titles, lists and page headers.
const MaxScenarioName = 60

// Active returns the id of the open organisation: "" for the current
// organisation, else a scenario's id.
func (s *Store) Active() ID {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.active
}

// Scenarios lists the document's scenarios in order (Order, then Created).
func (s *Store) Scenarios() []Scenario {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return slices.Clone(s.scenarios)
}

// Scenario returns the scenario with the id, or false.
func (s *Store) Scenario(id ID) (Scenario, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.find(id)
}

func (s *Store) find(id ID) (Scenario, bool) {
	for _, sc := range s.scenarios {
		if sc.ID == id {
			return sc, true
		}
	}
	return Scenario{}, false
}

// Switch opens the organisation id ("" = the current organisation): Doc
// returns its snapshot from then on and Apply writes to it. Snapshots are
// kept once loaded, so switching back is immediate.
func (s *Store) Switch(id ID) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	doc, err := s.docOf(id)
	if err != nil {
		return err
	}
	s.active, s.doc = id, doc
	return nil
}

// ScenarioDoc returns the snapshot of organisation id ("" = current)
// without switching to it (compare, reports).
func (s *Store) ScenarioDoc(id ID) (*Document, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.docOf(id)
}

// docOf returns organisation id's snapshot, reading it on first use.
// The caller holds s.mu for writing.
func (s *Store) docOf(id ID) (*Document, error) {
	if d, ok := s.loaded[id]; ok {
		return d, nil
	}
	if _, ok := s.find(id); !ok || s.db == nil {
		return nil, fmt.Errorf("scenario %s: %w", id, ErrNotFound)
	}
	var doc *Document
	err := s.db.View(func(tx *bolt.Tx) error {
		b := scenarioBucket(tx, id)
		if b == nil {
			return fmt.Errorf("%w: scenario %s has no content", ErrDamaged, id)
		}
		var err error
		doc, err = loadOrganisation(tx, b.Bucket)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("open scenario %s: %w", id, err)
	}
	s.loaded[id] = doc
	return doc, nil
}

// CopyScenario creates scenario sc (sc.ID must be new; Created is set when
// empty) as a copy of organisation from ("" = current), in one transaction.
// The records are copied as stored, without decoding them.
func (s *Store) CopyScenario(from ID, sc Scenario) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	src, err := s.docOf(from)
	if err != nil {
		return err
	}
	if sc, err = s.newScenario(sc); err != nil {
		return err
	}
	err = s.update(func(tx *bolt.Tx) error {
		get, err := s.bucketsOf(tx, from)
		if err != nil {
			return err
		}
		nb, err := createScenario(tx, sc)
		if err != nil {
			return err
		}
		for _, name := range orgBuckets {
			dst, err := nb.CreateBucket(name)
			if err != nil {
				return err
			}
			dst.FillPercent = 1 // keys arrive in order: fill every page
			if err := get(name).ForEach(func(k, v []byte) error { return dst.Put(k, v) }); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("create scenario %q: %w", sc.Name, err)
	}
	s.added(sc, src)
	return nil
}

// CreateScenario creates scenario sc with the content of doc (a template),
// in one transaction. The document's import mappings stay the document's.
func (s *Store) CreateScenario(sc Scenario, doc *Document) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	sc, err := s.newScenario(sc)
	if err != nil {
		return err
	}
	nd := doc.With(&ChangeSet{})
	nd.ValueMaps = s.loaded[""].ValueMaps
	if err := Validate(nd); err != nil {
		return fmt.Errorf("create scenario %q: %w", sc.Name, err)
	}
	enc, err := encodeChanges(&ChangeSet{Org: &nd.Org, PutDepartments: nd.Departments,
		PutRoles: nd.Roles, PutPeople: nd.People, PutProjects: nd.Projects})
	if err != nil {
		return fmt.Errorf("create scenario %q: %w", sc.Name, err)
	}
	err = s.update(func(tx *bolt.Tx) error {
		nb, err := createScenario(tx, sc)
		if err != nil {
			return err
		}
		for _, name := range orgBuckets {
			if _, err := nb.CreateBucket(name); err != nil {
				return err
			}
		}
		return enc.write(tx, nb.Bucket)
	})
	if err != nil {
		return fmt.Errorf("create scenario %q: %w", sc.Name, err)
	}
	s.added(sc, nd)
	return nil
}

// PutScenario replaces an existing scenario's description (rename, note,
// order, suggested), in one transaction.
func (s *Store) PutScenario(sc Scenario) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.find(sc.ID); !ok {
		return fmt.Errorf("scenario %s: %w", sc.ID, ErrNotFound)
	}
	sc.Name = strings.TrimSpace(sc.Name)
	if err := s.checkName(sc.Name, sc.ID); err != nil {
		return err
	}
	err := s.update(func(tx *bolt.Tx) error {
		b := scenarioBucket(tx, sc.ID)
		if b == nil {
			return fmt.Errorf("scenario %s: %w", sc.ID, ErrNotFound)
		}
		return putInfo(b, sc)
	})
	if err != nil {
		return fmt.Errorf("save scenario %q: %w", sc.Name, err)
	}
	for i := range s.scenarios {
		if s.scenarios[i].ID == sc.ID {
			s.scenarios[i] = sc
		}
	}
	sortScenarios(s.scenarios)
	return nil
}

// DeleteScenario removes a scenario and its content in one transaction.
// When it is open, the current organisation is opened.
func (s *Store) DeleteScenario(id ID) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	sc, ok := s.find(id)
	if !ok {
		return fmt.Errorf("scenario %s: %w", id, ErrNotFound)
	}
	err := s.update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketScenarios).DeleteBucket([]byte(id))
	})
	if err != nil {
		return fmt.Errorf("delete scenario %q: %w", sc.Name, err)
	}
	s.removed(id)
	return nil
}

// Adopt makes scenario id the current organisation in one transaction: its
// content moves to the top level and scenario id disappears; the content
// that was current is kept as the new scenario before (before.ID must be
// new). Adopt(before.ID, <the old description of id>) undoes it exactly.
// The current organisation is open afterwards. Buckets are moved, not
// copied, so adopting costs the same for any size.
func (s *Store) Adopt(id ID, before Scenario) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	sc, ok := s.find(id)
	if !ok {
		return fmt.Errorf("scenario %s: %w", id, ErrNotFound)
	}
	adopted, err := s.docOf(id)
	if err != nil {
		return err
	}
	// The adopted scenario's name is free once it is adopted.
	hidden := s.scenarios
	s.scenarios = slices.DeleteFunc(slices.Clone(s.scenarios), func(x Scenario) bool { return x.ID == id })
	before, err = s.newScenario(before)
	s.scenarios = hidden
	if err != nil {
		return err
	}
	err = s.update(func(tx *bolt.Tx) error {
		sb := tx.Bucket(bucketScenarios)
		from := sb.Bucket([]byte(id))
		if from == nil {
			return fmt.Errorf("scenario %s: %w", id, ErrNotFound)
		}
		nb, err := createScenario(tx, before)
		if err != nil {
			return err
		}
		for _, name := range orgBuckets {
			if err := tx.MoveBucket(name, nil, nb); err != nil {
				return err
			}
			if err := tx.MoveBucket(name, from, nil); err != nil {
				return err
			}
		}
		return sb.DeleteBucket([]byte(id))
	})
	if err != nil {
		return fmt.Errorf("adopt scenario %q: %w", sc.Name, err)
	}
	old := s.loaded[""]
	s.removed(id)
	s.added(before, old)
	s.loaded[""] = adopted
	s.active, s.doc = "", adopted
	return nil
}

// newScenario checks a new scenario's id and name and fills in its
// creation time and order.
func (s *Store) newScenario(sc Scenario) (Scenario, error) {
	if s.readOnly {
		return sc, fmt.Errorf("save %s: %w", s.path, ErrReadOnly)
	}
	if s.db == nil {
		return sc, fmt.Errorf("save %s: %w", s.path, bolt.ErrDatabaseNotOpen)
	}
	if sc.ID == "" {
		sc.ID = NewID("s")
	}
	if _, ok := s.find(sc.ID); ok {
		return sc, fmt.Errorf("scenario %s: %w", sc.ID, ErrConflict)
	}
	sc.Name = strings.TrimSpace(sc.Name)
	if err := s.checkName(sc.Name, sc.ID); err != nil {
		return sc, err
	}
	// A new scenario goes last; one written back (an undo) keeps its
	// creation time and place.
	if sc.Created == "" {
		sc.Created = time.Now().UTC().Format(time.RFC3339)
		if sc.Order == 0 {
			for _, x := range s.scenarios {
				sc.Order = max(sc.Order, x.Order+1)
			}
		}
	}
	return sc, nil
}

// checkName refuses an empty or over-long name or one another scenario
// has (case of Latin letters aside).
func (s *Store) checkName(name string, self ID) error {
	if name == "" {
		return fmt.Errorf("%w: the name is empty", ErrScenarioName)
	}
	if n := utf8.RuneCountInString(name); n > MaxScenarioName {
		return fmt.Errorf("%w: the name has %d characters, at most %d fit on a page title", ErrScenarioName, n, MaxScenarioName)
	}
	for _, x := range s.scenarios {
		if x.ID != self && strings.EqualFold(x.Name, name) {
			return fmt.Errorf("%w: %q is taken", ErrScenarioName, name)
		}
	}
	return nil
}

// update runs fn in one write transaction that also stamps the document
// as modified.
func (s *Store) update(fn func(tx *bolt.Tx) error) error {
	if s.readOnly {
		return fmt.Errorf("save %s: %w", s.path, ErrReadOnly)
	}
	if s.db == nil {
		return bolt.ErrDatabaseNotOpen
	}
	return s.db.Update(func(tx *bolt.Tx) error {
		if tx.Bucket(bucketScenarios) == nil {
			return fmt.Errorf("%w: bucket %s is missing", ErrDamaged, bucketScenarios)
		}
		if err := fn(tx); err != nil {
			return err
		}
		return tx.Bucket(bucketMeta).Put(keyModified, []byte(time.Now().UTC().Format(time.RFC3339)))
	})
}

// added records a scenario written to the file and its snapshot.
func (s *Store) added(sc Scenario, doc *Document) {
	s.scenarios = append(s.scenarios, sc)
	sortScenarios(s.scenarios)
	s.loaded[sc.ID] = doc
}

// removed forgets a scenario gone from the file, reopening the current
// organisation if it was open.
func (s *Store) removed(id ID) {
	s.scenarios = slices.DeleteFunc(s.scenarios, func(x Scenario) bool { return x.ID == id })
	delete(s.loaded, id)
	if s.active == id {
		s.active, s.doc = "", s.loaded[""]
	}
}

// bucketsOf finds organisation id's buckets in tx.
func (s *Store) bucketsOf(tx *bolt.Tx, id ID) (bucketsOf, error) {
	if id == "" {
		return rootOf(tx), nil
	}
	b := scenarioBucket(tx, id)
	if b == nil {
		return nil, fmt.Errorf("scenario %s: %w", id, ErrNotFound)
	}
	return b.Bucket, nil
}

func (s *Store) bucketsOfActive(tx *bolt.Tx) (bucketsOf, error) { return s.bucketsOf(tx, s.active) }

func scenarioBucket(tx *bolt.Tx, id ID) *bolt.Bucket {
	sb := tx.Bucket(bucketScenarios)
	if sb == nil || id == "" {
		return nil
	}
	return sb.Bucket([]byte(id))
}

// createScenario makes scenario sc's bucket with its description.
func createScenario(tx *bolt.Tx, sc Scenario) (*bolt.Bucket, error) {
	nb, err := tx.Bucket(bucketScenarios).CreateBucket([]byte(sc.ID))
	if err != nil {
		return nil, err
	}
	return nb, putInfo(nb, sc)
}

func putInfo(b *bolt.Bucket, sc Scenario) error {
	raw, err := json.Marshal(sc)
	if err != nil {
		return err
	}
	return b.Put(keyInfo, raw)
}

// readScenarios reads every scenario's description.
func readScenarios(db *bolt.DB) ([]Scenario, error) {
	var out []Scenario
	err := db.View(func(tx *bolt.Tx) error {
		sb := tx.Bucket(bucketScenarios)
		if sb == nil {
			return fmt.Errorf("%w: bucket %s is missing", ErrDamaged, bucketScenarios)
		}
		return sb.ForEachBucket(func(k []byte) error {
			var sc Scenario
			if err := getJSON(sb.Bucket(k), keyInfo, &sc); err != nil {
				return fmt.Errorf("scenario %q: %w", k, err)
			}
			sc.ID = ID(k) // the key is the truth
			out = append(out, sc)
			return nil
		})
	})
	sortScenarios(out)
	return out, err
}

func sortScenarios(s []Scenario) {
	slices.SortStableFunc(s, func(a, b Scenario) int {
		return cmp.Or(cmp.Compare(a.Order, b.Order), cmp.Compare(a.Created, b.Created), cmp.Compare(a.ID, b.ID))
	})
}
