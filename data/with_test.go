package data

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
)

// referenceWith is Document.With written the obvious way: apply puts and
// deletes to maps, then list and sort. with() must agree with it.
func referenceWith(d *Document, cs *ChangeSet) (people []Person, roles []Role) {
	pm := map[ID]Person{}
	for _, p := range d.People {
		pm[p.ID] = p
	}
	for _, p := range cs.PutPeople {
		pm[p.ID] = p
	}
	for _, id := range cs.DeletePeople {
		delete(pm, id)
	}
	rm := map[ID]Role{}
	for _, r := range d.Roles {
		rm[r.ID] = r
	}
	for _, r := range cs.PutRoles {
		rm[r.ID] = r
	}
	for _, id := range cs.DeleteRoles {
		delete(rm, id)
	}
	for _, r := range rm {
		roles = append(roles, r)
	}
	for _, p := range pm {
		if r, ok := rm[p.Role]; ok {
			p.Department = r.Department
		}
		people = append(people, p)
	}
	slices.SortFunc(people, cmpPerson)
	slices.SortFunc(roles, cmpRole)
	return people, roles
}

// checkIndex fails unless every lookup map finds each record where it is.
func checkIndex(t *testing.T, d *Document) {
	t.Helper()
	if len(d.personIdx) != len(d.People) || len(d.roleIdx) != len(d.Roles) ||
		len(d.deptIdx) != len(d.Departments) || len(d.projIdx) != len(d.Projects) {
		t.Fatalf("index sizes %d/%d %d/%d %d/%d %d/%d", len(d.personIdx), len(d.People), len(d.roleIdx), len(d.Roles),
			len(d.deptIdx), len(d.Departments), len(d.projIdx), len(d.Projects))
	}
	for i, p := range d.People {
		if d.personIdx[p.ID] != i {
			t.Fatalf("person %s indexed at %d, is at %d", p.ID, d.personIdx[p.ID], i)
		}
	}
	for i, r := range d.Roles {
		if d.roleIdx[r.ID] != i {
			t.Fatalf("role %s indexed at %d, is at %d", r.ID, d.roleIdx[r.ID], i)
		}
	}
}

func TestWithMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	base := sampleDoc()
	for i := 0; i < 30; i++ {
		base.People = append(base.People, Person{ID: ID(fmt.Sprintf("p-base%02d", i)), Number: fmt.Sprintf("B%02d", i),
			Name: "员工", Role: []ID{"r-seo", "r-mkt", ""}[i%3]})
	}
	base = base.With(&ChangeSet{})
	before := slices.Clone(base.People)
	roleIDs := []ID{"r-gm", "r-mkt", "r-ops", "r-seo"}
	for round := 0; round < 300; round++ {
		cs := &ChangeSet{}
		for n := rng.IntN(6); n > 0; n-- {
			// Existing and new ids, sometimes the same id twice.
			id := ID(fmt.Sprintf("p-base%02d", rng.IntN(40)))
			cs.PutPeople = append(cs.PutPeople, Person{ID: id, Number: fmt.Sprintf("N%03d", rng.IntN(50)),
				Name: fmt.Sprintf("名%d", rng.IntN(5)), Role: roleIDs[rng.IntN(len(roleIDs))]})
		}
		for n := rng.IntN(3); n > 0; n-- {
			cs.DeletePeople = append(cs.DeletePeople, ID(fmt.Sprintf("p-base%02d", rng.IntN(40))))
		}
		if rng.IntN(4) == 0 {
			r := CloneRole(*base.Role(roleIDs[rng.IntN(len(roleIDs))]))
			r.Department = []ID{"", "d-mkt", "d-ops", "d-seo"}[rng.IntN(4)]
			r.Order = rng.IntN(3)
			cs.PutRoles = append(cs.PutRoles, r)
		}
		nd, inPlace := base.with(cs)
		people, roles := referenceWith(base, cs)
		if !reflect.DeepEqual(nd.People, people) && !(len(nd.People) == 0 && len(people) == 0) {
			t.Fatalf("round %d: people\n got %v\nwant %v\ncs %+v", round, nd.People, people, cs)
		}
		if !reflect.DeepEqual(nd.Roles, roles) {
			t.Fatalf("round %d: roles\n got %v\nwant %v", round, nd.Roles, roles)
		}
		checkIndex(t, nd)
		if inPlace && (len(cs.DeletePeople) > 0 || len(nd.People) != len(base.People)) {
			t.Fatalf("round %d: in place with deletes or new people", round)
		}
		if !reflect.DeepEqual(base.People, before) {
			t.Fatalf("round %d: with changed the old snapshot", round)
		}
		checkIndex(t, base)
	}
}

// TestApplyDuplicatePutsLastWins: the file keeps what the snapshot keeps.
func TestApplyDuplicatePutsLastWins(t *testing.T) {
	s, path := newStore(t)
	cs := &ChangeSet{}
	for i := 0; i < 2*bulkPuts; i++ { // big enough to take the bulk path
		cs.PutPeople = append(cs.PutPeople, Person{ID: ID(fmt.Sprintf("p-%05d", i%bulkPuts)), Name: fmt.Sprintf("第%d次", i)})
	}
	cs.PutPeople = append(cs.PutPeople, Person{ID: "p-1", Number: "0001", Name: "改名"})
	if err := s.Apply(cs); err != nil {
		t.Fatal(err)
	}
	want := s.Doc()
	if p := want.Person("p-00007"); p == nil || p.Name != fmt.Sprintf("第%d次", bulkPuts+7) {
		t.Fatalf("snapshot kept %+v", p)
	}
	s.Close()
	s2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if got := s2.Doc(); !reflect.DeepEqual(got.People, want.People) {
		t.Fatalf("reopened file differs from the snapshot: %d vs %d people", len(got.People), len(want.People))
	}
}

// TestBulkApplyThenEdits: a bulk load (fuller pages) followed by small
// inserts and deletes reads back exactly.
func TestBulkApplyThenEdits(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bulk.orgdb")
	s, err := Create(path, sampleDoc())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Apply(importChangeSet(3000)); err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 20; i++ {
		cs := &ChangeSet{PutPeople: []Person{{ID: NewID("p"), Name: fmt.Sprintf("新人%d", i), Role: "r-mkt"}}}
		people := s.Doc().People
		victim := people[rng.IntN(len(people))].ID
		if victim != "p-1" && victim != "p-2" {
			cs.DeletePeople = []ID{victim}
		}
		if err := s.Apply(cs); err != nil {
			t.Fatal(err)
		}
	}
	want := s.Doc()
	s.Close()
	s2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if got := s2.Doc(); !reflect.DeepEqual(got.People, want.People) {
		t.Fatal("reopened file differs from the snapshot")
	}
}
