package data

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// same reports whether two snapshots hold the same organisation.
func same(a, b *Document) bool {
	return a.Org.Equal(b.Org) && reflect.DeepEqual(a.Departments, b.Departments) &&
		reflect.DeepEqual(a.Roles, b.Roles) && reflect.DeepEqual(a.People, b.People) &&
		reflect.DeepEqual(a.Projects, b.Projects)
}

func reopen(t *testing.T, s *Store, path string) *Store {
	t.Helper()
	s.Close()
	s2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s2.Close() })
	return s2
}

func TestScenarioCopyEditSwitchPersist(t *testing.T) {
	s, path := newStore(t)
	current := s.Doc()
	// given a copy of the current organisation, opened
	if err := s.CopyScenario("", Scenario{ID: "s-grow", Name: "成长期"}); err != nil {
		t.Fatal(err)
	}
	if err := s.Switch("s-grow"); err != nil {
		t.Fatal(err)
	}
	if s.Active() != "s-grow" || !same(s.Doc(), current) {
		t.Fatal("the copy is not open or differs from its source")
	}
	// when it is edited
	if err := s.Apply(&ChangeSet{PutDepartments: []Department{{ID: "d-live", Name: "直播部", Order: 9}},
		DeleteRoles: []ID{"r-ops"}, PutRoles: []Role{{ID: "r-seo", Title: "SEO主管", Department: "d-live", Planned: 3}}}); err != nil {
		t.Fatal(err)
	}
	// then only the scenario changed, also after reopening the file
	s = reopen(t, s, path)
	if s.Active() != "" || !same(s.Doc(), current) {
		t.Fatal("the current organisation changed, or a reopened file does not open it")
	}
	list := s.Scenarios()
	if len(list) != 1 || list[0].Name != "成长期" || list[0].Created == "" {
		t.Fatalf("scenarios = %+v", list)
	}
	sd, err := s.ScenarioDoc("s-grow")
	if err != nil {
		t.Fatal(err)
	}
	if sd.Department("d-live") == nil || sd.Role("r-ops") != nil || sd.Role("r-seo").Title != "SEO主管" {
		t.Fatal("the scenario's edit was not kept")
	}
	if s.Active() != "" {
		t.Fatal("ScenarioDoc switched")
	}
}

func TestScenarioNamesRenameDelete(t *testing.T) {
	s, path := newStore(t)
	if err := s.CopyScenario("", Scenario{ID: "s-a", Name: "方案A"}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		sc   Scenario
	}{
		{"empty", Scenario{Name: "  "}},
		{"taken", Scenario{Name: "方案a"}},
		{"too long", Scenario{Name: strings.Repeat("长", MaxScenarioName+1)}},
	} {
		if err := s.CopyScenario("", tc.sc); !errors.Is(err, ErrScenarioName) {
			t.Errorf("%s: err = %v, want ErrScenarioName", tc.name, err)
		}
	}
	if err := s.CopyScenario("s-nope", Scenario{Name: "B"}); !errors.Is(err, ErrNotFound) {
		t.Errorf("copy of a missing scenario: %v", err)
	}
	// a scenario copied from a scenario, then renamed
	if err := s.CopyScenario("s-a", Scenario{ID: "s-b", Name: "方案B"}); err != nil {
		t.Fatal(err)
	}
	sc, _ := s.Scenario("s-b")
	sc.Name = "方案A"
	if err := s.PutScenario(sc); !errors.Is(err, ErrScenarioName) {
		t.Fatalf("rename to a taken name: %v", err)
	}
	sc.Name = "  初创期 "
	if err := s.PutScenario(sc); err != nil {
		t.Fatal(err)
	}
	// deleting the open one opens the current organisation
	s.Switch("s-a")
	if err := s.DeleteScenario("s-a"); err != nil {
		t.Fatal(err)
	}
	if s.Active() != "" || s.Doc() != s.loaded[""] {
		t.Fatal("deleting the open scenario did not reopen the current organisation")
	}
	s = reopen(t, s, path)
	list := s.Scenarios()
	if len(list) != 1 || list[0].ID != "s-b" || list[0].Name != "初创期" {
		t.Fatalf("after rename and delete: %+v", list)
	}
	if err := s.Switch("s-a"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("switch to a deleted scenario: %v", err)
	}
}

func TestCreateScenarioFromDocument(t *testing.T) {
	s, path := newStore(t)
	tpl := sampleDoc()
	tpl.Org.Mode = ModeMatrix
	tpl.Departments = tpl.Departments[:2]
	tpl.Roles = tpl.Roles[:3]
	tpl.People = tpl.People[1:]
	tpl.Projects = nil
	if err := s.CreateScenario(Scenario{ID: "s-t", Name: "成长期（建议）", Suggested: true}, tpl); err != nil {
		t.Fatal(err)
	}
	bad := sampleDoc()
	bad.Roles[1].Department = "d-none"
	if err := s.CreateScenario(Scenario{Name: "坏"}, bad); err == nil {
		t.Fatal("an invalid document became a scenario")
	}
	s = reopen(t, s, path)
	if len(s.Scenarios()) != 1 || !s.Scenarios()[0].Suggested {
		t.Fatalf("scenarios = %+v", s.Scenarios())
	}
	d, err := s.ScenarioDoc("s-t")
	if err != nil {
		t.Fatal(err)
	}
	if d.Org.Mode != ModeMatrix || len(d.Departments) != 2 || len(d.People) != 1 {
		t.Fatalf("content = %+v", d.Org)
	}
}

func TestAdoptAndUndo(t *testing.T) {
	s, path := newStore(t)
	before := s.Doc()
	s.CopyScenario("", Scenario{ID: "s-grow", Name: "成长期", Note: "矩阵"})
	s.Switch("s-grow")
	s.Apply(&ChangeSet{Org: &Organisation{Name: "测试公司", Mode: ModeMatrix, Lang: "zh"},
		PutDepartments: []Department{{ID: "d-live", Name: "直播部", Order: 9}}})
	grow := s.Doc()
	old, _ := s.Scenario("s-grow")
	// when the scenario is adopted
	if err := s.Adopt("s-grow", Scenario{ID: "s-old", Name: "2026-12-04 之前"}); err != nil {
		t.Fatal(err)
	}
	// then it is the current organisation, the old one a scenario
	if s.Active() != "" || !same(s.Doc(), grow) {
		t.Fatal("the adopted scenario is not the current organisation")
	}
	s = reopen(t, s, path)
	if !same(s.Doc(), grow) {
		t.Fatal("adoption not on disk")
	}
	list := s.Scenarios()
	if len(list) != 1 || list[0].ID != "s-old" {
		t.Fatalf("scenarios after adopt = %+v", list)
	}
	if d, _ := s.ScenarioDoc("s-old"); !same(d, before) {
		t.Fatal("the old current organisation was not kept")
	}
	// and adopting back undoes it exactly
	if err := s.Adopt("s-old", old); err != nil {
		t.Fatal(err)
	}
	s = reopen(t, s, path)
	if !same(s.Doc(), before) {
		t.Fatal("undo did not restore the current organisation")
	}
	if list := s.Scenarios(); len(list) != 1 || list[0] != old {
		t.Fatalf("undo did not restore the scenario: %+v", list)
	}
	if d, _ := s.ScenarioDoc("s-grow"); !same(d, grow) {
		t.Fatal("undo lost the scenario's content")
	}
	// adopting with a name another scenario has is refused, nothing moves
	s.CopyScenario("", Scenario{ID: "s-x", Name: "X"})
	if err := s.Adopt("s-grow", Scenario{Name: "X"}); !errors.Is(err, ErrScenarioName) {
		t.Fatalf("adopt with a taken name: %v", err)
	}
	if !same(s.Doc(), before) {
		t.Fatal("a refused adoption changed the document")
	}
	// but the adopted scenario's own name is free
	if err := s.Adopt("s-grow", Scenario{ID: "s-y", Name: "成长期"}); err != nil {
		t.Fatal(err)
	}
}

func TestScenarioImportMappingsAreShared(t *testing.T) {
	s, _ := newStore(t)
	s.CopyScenario("", Scenario{ID: "s-a", Name: "A"})
	s.Switch("s-a")
	vm := ValueMap{Source: "花名册.xlsx", Kind: "role", Value: "运营", Target: "r-ops"}
	if err := s.Apply(&ChangeSet{PutValueMaps: []ValueMap{vm}}); err != nil {
		t.Fatal(err)
	}
	s.Switch("")
	if len(s.Doc().ValueMaps) != 1 {
		t.Fatal("an import mapping saved in a scenario is not the document's")
	}
}

func TestReadOnlyStoreRefusesScenarioChanges(t *testing.T) {
	s, path := newStore(t)
	s.CopyScenario("", Scenario{ID: "s-a", Name: "A"})
	s.Close()
	ro, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if err := ro.Switch("s-a"); err != nil {
		t.Fatal("a read-only store cannot open a scenario:", err)
	}
	for name, err := range map[string]error{
		"copy":   ro.CopyScenario("", Scenario{Name: "B"}),
		"put":    ro.PutScenario(Scenario{ID: "s-a", Name: "C"}),
		"delete": ro.DeleteScenario("s-a"),
		"adopt":  ro.Adopt("s-a", Scenario{Name: "D"}),
		"apply":  ro.Apply(&ChangeSet{PutDepartments: []Department{{ID: "d-x", Name: "X"}}}),
	} {
		if !errors.Is(err, ErrReadOnly) {
			t.Errorf("%s: err = %v, want ErrReadOnly", name, err)
		}
	}
}

// v2Fixture is the stored schema-2 document: testdata/schema2.orgdb.
const v2Fixture = "testdata/schema2.orgdb"

// writeV2Fixture writes a schema-2 file the way OrgDesigner schema 2 did:
// no scenarios bucket.
func writeV2Fixture(path string) error {
	db, err := bolt.Open(path, 0o644, nil)
	if err != nil {
		return err
	}
	defer db.Close()
	return db.Update(func(tx *bolt.Tx) error {
		for _, kv := range [][3]string{
			{"meta", "app", "orgdesigner"}, {"meta", "schema", "2"}, {"meta", "created", "2026-06-01T08:00:00Z"},
			{"meta", "modified", "2026-06-02T08:00:00Z"},
			{"org", "org", `{"name":"二版公司","mode":"functional","lang":"zh"}`},
			{"departments", "d-1", `{"id":"d-1","name":"市场部","order":1}`},
			{"roles", "r-1", `{"id":"r-1","title":"市场经理","department":"d-1","planned":1,"order":1,"grade":"M1","responsibilities":[{"text":"制定营销战略","weight":40}]}`},
			{"people", "p-1", `{"id":"p-1","number":"007","name":"王五","role":"r-1","status":"active"}`},
			{"projects", "t-1", `{"id":"t-1","name":"双11项目组","members":[{"role":"r-1"}],"order":1}`},
			{"valuemaps", "a.xlsx\x00role\x00市场", `{"source":"a.xlsx","kind":"role","value":"市场","target":"r-1"}`},
		} {
			b, err := tx.CreateBucketIfNotExists([]byte(kv[0]))
			if err != nil {
				return err
			}
			if err := b.Put([]byte(kv[1]), []byte(kv[2])); err != nil {
				return err
			}
		}
		return nil
	})
}

func TestMigrateSchema2(t *testing.T) {
	if *updateFixtures {
		os.Remove(v2Fixture)
		if err := writeV2Fixture(v2Fixture); err != nil {
			t.Fatal(err)
		}
	}
	src, err := os.ReadFile(v2Fixture)
	if err != nil {
		t.Fatalf("fixture: %v (run go test ./data -run Migrate -update)", err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "v2.orgdb")
	os.WriteFile(path, src, 0o644)
	// a read-only open upgrades in memory and leaves the file alone
	ro, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	if ro.Doc().Role("r-1").Grade != "M1" || len(ro.Scenarios()) != 0 {
		t.Fatal("read-only open of schema 2")
	}
	ro.Close()
	if b, _ := os.ReadFile(path); string(b) != string(src) {
		t.Fatal("a read-only open wrote the file")
	}
	// an editing open migrates the file, backing it up first
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	d := s.Doc()
	if d.Org.Name != "二版公司" || d.Role("r-1").Responsibilities[0].Weight != 40 || len(d.ValueMaps) != 1 ||
		d.Person("p-1").Role != "r-1" || d.Project("t-1") == nil {
		t.Fatal("data lost in migration")
	}
	if bs, _ := filepath.Glob(filepath.Join(dir, "v2.schema2-*.orgdb")); len(bs) != 1 {
		t.Fatalf("want one backup, got %v", bs)
	}
	if err := s.CopyScenario("", Scenario{ID: "s-1", Name: "方案"}); err != nil {
		t.Fatal("a migrated file cannot hold scenarios:", err)
	}
	s = reopen(t, s, path)
	s.db.View(func(tx *bolt.Tx) error {
		if v := string(tx.Bucket(bucketMeta).Get(keySchema)); v != strconv.Itoa(SchemaVersion) {
			t.Errorf("schema = %q", v)
		}
		return nil
	})
	if len(s.Scenarios()) != 1 {
		t.Fatal("the scenario was not kept")
	}
}

// bigDoc is a company of 5,000 roles and 10,000 people in 100 departments.
func bigDoc() *Document {
	d := &Document{Org: Organisation{Name: "大公司", Lang: "zh"}}
	for i := range 100 {
		d.Departments = append(d.Departments, Department{ID: ID(fmt.Sprintf("d%03d", i)), Name: fmt.Sprintf("部门%d", i), Order: i})
	}
	for i := range 5000 {
		d.Roles = append(d.Roles, Role{ID: ID(fmt.Sprintf("r%04d", i)), Title: fmt.Sprintf("岗位%d", i),
			Department: ID(fmt.Sprintf("d%03d", i%100)), Planned: 2, Order: i, Purpose: "负责本岗位的日常工作与协作",
			Responsibilities: []Responsibility{{Text: "制定并落实工作计划"}, {Text: "完成上级交办的其他工作"}}})
	}
	for i := range 10000 {
		d.People = append(d.People, Person{ID: ID(fmt.Sprintf("p%05d", i)), Number: fmt.Sprintf("N%05d", i),
			Name: "员工" + strconv.Itoa(i), Role: ID(fmt.Sprintf("r%04d", i%5000)), Status: StatusActive, HireDate: "2023-05-08"})
	}
	return d
}

func bigStore(tb testing.TB) (*Store, string) {
	path := filepath.Join(tb.TempDir(), "big.orgdb")
	s, err := Create(path, bigDoc())
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s, path
}

// recordBytes is the size of the records of the current organisation.
func recordBytes(t *testing.T, s *Store) int {
	n := 0
	s.db.View(func(tx *bolt.Tx) error {
		for _, name := range orgBuckets {
			tx.Bucket(name).ForEach(func(k, v []byte) error { n += len(k) + len(v); return nil })
		}
		return nil
	})
	return n
}

// The file grows by the size of the scenario's own records as stored (the
// pages its buckets take), with no copy of anything else.
func TestScenarioFileGrowth(t *testing.T) {
	s, path := bigStore(t)
	records := recordBytes(t, s)
	fileSize := func() int64 {
		fi, _ := os.Stat(path)
		return fi.Size()
	}
	before := fileSize()
	const n = 3
	for i := range n {
		if err := s.CopyScenario("", Scenario{ID: ID(fmt.Sprintf("s-%d", i)), Name: fmt.Sprintf("方案%d", i)}); err != nil {
			t.Fatal(err)
		}
	}
	growth := float64(fileSize()-before) / n
	var pages int
	s.db.View(func(tx *bolt.Tx) error {
		st := scenarioBucket(tx, "s-0").Stats()
		pages = st.BranchAlloc + st.LeafAlloc
		return nil
	})
	t.Logf("records %d bytes in %d bytes of pages; the file grows %.0f bytes a scenario (%.2f× the records)",
		records, pages, growth, growth/float64(records))
	if growth > float64(pages)*1.02 {
		t.Fatalf("a scenario of %d bytes of pages grew the file by %.0f bytes", pages, growth)
	}
}

func BenchmarkCopyScenario5000(b *testing.B) {
	s, _ := bigStore(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := s.CopyScenario("", Scenario{Name: "方案" + strconv.Itoa(i)}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSwitchScenarioCold opens a scenario not read before (read and
// checked from the file).
func BenchmarkSwitchScenarioCold(b *testing.B) {
	s, _ := bigStore(b)
	s.CopyScenario("", Scenario{ID: "s-1", Name: "方案"})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		delete(s.loaded, "s-1")
		if err := s.Switch("s-1"); err != nil {
			b.Fatal(err)
		}
		s.Switch("")
	}
}

func BenchmarkAdopt5000(b *testing.B) {
	s, _ := bigStore(b)
	s.CopyScenario("", Scenario{ID: "s-0", Name: "方案"})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		id, next := ID("s-"+strconv.Itoa(i)), ID("s-"+strconv.Itoa(i+1))
		if err := s.Adopt(id, Scenario{ID: next, Name: "之前" + strconv.Itoa(i)}); err != nil {
			b.Fatal(err)
		}
	}
}
