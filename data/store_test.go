package data

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

var updateFixtures = flag.Bool("update", false, "rewrite the stored old-version fixtures in testdata/")

// TestMain lets the test binary double as the child process of the lock and
// crash tests.
func TestMain(m *testing.M) {
	switch os.Getenv("ORGDB_CHILD") {
	case "hold":
		childHold(os.Getenv("ORGDB_PATH"))
		return
	case "write":
		childWrite(os.Getenv("ORGDB_PATH"))
		return
	}
	os.Exit(m.Run())
}

func sampleDoc() *Document {
	return &Document{
		Org: Organisation{Name: "测试公司", Mode: ModeFunctional, Stage: StageStartup, Lang: "zh"},
		Departments: []Department{
			{ID: "d-mkt", Name: "市场部", Order: 1},
			{ID: "d-ops", Name: "运营部", Order: 2},
			{ID: "d-seo", Name: "搜索组", Parent: "d-ops", Order: 3},
		},
		Roles: []Role{
			{ID: "r-gm", Title: "总经理", Planned: 1},
			{ID: "r-mkt", Title: "市场经理", Department: "d-mkt", ReportsTo: "r-gm", Planned: 1,
				Responsibilities: []Responsibility{{Text: "制定营销战略", Examples: []string{"品牌年轻化"}}}},
			{ID: "r-ops", Title: "运营经理", Department: "d-ops", ReportsTo: "r-gm", Planned: 1},
			{ID: "r-seo", Title: "SEO优化师", Department: "d-seo", ReportsTo: "r-ops", Planned: 2,
				Dotted: []DottedLine{{Manager: "r-mkt", Label: "项目汇报"}}},
		},
		People: []Person{
			{ID: "p-1", Number: "0001", Name: "张三", Role: "r-seo", Status: StatusActive},
			{ID: "p-2", Number: "0002", Name: "李四", Role: "r-mkt", Status: StatusProbation,
				Extra: []ExtraField{{Key: "籍贯", Value: "浙江"}}},
		},
		Projects: []ProjectTeam{{ID: "t-618", Name: "618大促项目组", OwnerRole: "r-mkt",
			Members: []Member{{Role: "r-seo", ProjectRole: "搜索投放"}}}},
	}
}

func newStore(t *testing.T) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "doc.orgdb")
	s, err := Create(path, sampleDoc())
	if err != nil {
		t.Fatalf("create: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

func TestCreateOpenRoundTrip(t *testing.T) {
	// given
	s, path := newStore(t)
	want := s.Doc()
	s.Close()
	// when
	s2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	// then
	got := s2.Doc()
	if !reflect.DeepEqual(got.Roles, want.Roles) || !reflect.DeepEqual(got.People, want.People) ||
		!reflect.DeepEqual(got.Departments, want.Departments) || !reflect.DeepEqual(got.Projects, want.Projects) ||
		!got.Org.Equal(want.Org) {
		t.Fatalf("reopened document differs:\n got %+v\nwant %+v", got, want)
	}
	if p := got.Person("p-2"); p == nil || p.Department != "d-mkt" {
		t.Fatalf("person department not derived from role: %+v", p)
	}
}

func TestCreateRefusesExistingFile(t *testing.T) {
	_, path := newStore(t)
	if _, err := Create(path, sampleDoc()); !errors.Is(err, ErrExists) {
		t.Fatalf("want ErrExists, got %v", err)
	}
}

func TestApplyPersists(t *testing.T) {
	// given
	s, path := newStore(t)
	// when
	r := *s.Doc().Role("r-seo")
	r.Title = "SEO/SEM优化师"
	err := s.Apply(&ChangeSet{PutRoles: []Role{r}, DeletePeople: []ID{"p-1"},
		PutValueMaps: []ValueMap{{Source: "a.xlsx", Kind: "department", Value: "市场", Target: "d-mkt"}}})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	// then
	s2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	d := s2.Doc()
	if d.Role("r-seo").Title != "SEO/SEM优化师" || d.Person("p-1") != nil || len(d.ValueMaps) != 1 {
		t.Fatalf("change not persisted: %+v", d)
	}
}

func TestApplyRefusesInvalidAndLeavesFileUnchanged(t *testing.T) {
	base := sampleDoc()
	role := func(id ID) Role {
		for _, r := range base.Roles {
			if r.ID == id {
				return r
			}
		}
		t.Fatalf("no role %s", id)
		return Role{}
	}
	withReports := func(id, to ID) Role { r := role(id); r.ReportsTo = to; return r }
	withTitle := func(id ID, title string) Role { r := role(id); r.Title = title; return r }
	withDept := func(id, dept ID) Role { r := role(id); r.Department = dept; return r }
	cases := []struct {
		name string
		cs   ChangeSet
		kind error
		code string
	}{
		{"reports-to cycle", ChangeSet{PutRoles: []Role{withReports("r-gm", "r-seo")}}, ErrCycle, "reports-to-cycle"},
		{"self report", ChangeSet{PutRoles: []Role{withReports("r-gm", "r-gm")}}, ErrCycle, "reports-to-cycle"},
		{"missing department", ChangeSet{PutRoles: []Role{withDept("r-ops", "d-nowhere")}}, ErrNotFound, "missing-department"},
		{"empty title", ChangeSet{PutRoles: []Role{withTitle("r-ops", "  ")}}, ErrInvalid, "empty-title"},
		{"delete department with roles", ChangeSet{DeleteDepartments: []ID{"d-mkt"}}, ErrNotFound, "missing-department"},
		{"delete held role", ChangeSet{DeleteRoles: []ID{"r-seo"}}, ErrNotFound, "missing-role"},
		{"department cycle", ChangeSet{PutDepartments: []Department{{ID: "d-ops", Name: "运营部", Parent: "d-seo"}}}, ErrCycle, "parent-cycle"},
		{"duplicate number", ChangeSet{PutPeople: []Person{{ID: "p-9", Number: "0001", Name: "王五"}}}, ErrConflict, "duplicate-number"},
		{"bad status", ChangeSet{PutPeople: []Person{{ID: "p-9", Name: "王五", Status: "gone"}}}, ErrInvalid, "bad-status"},
		{"bad colour", ChangeSet{PutDepartments: []Department{{ID: "d-x", Name: "X", Color: "red"}}}, ErrInvalid, "bad-color"},
		{"missing project member", ChangeSet{PutProjects: []ProjectTeam{{ID: "t-x", Name: "X", Members: []Member{{Role: "r-none"}}}}}, ErrNotFound, "missing-member"},
		{"bad mode", ChangeSet{Org: &Organisation{Name: "X", Mode: "chaos"}}, ErrInvalid, "bad-mode"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			// given
			s, path := newStore(t)
			before, _ := os.ReadFile(path)
			// when
			err := s.Apply(&tc.cs)
			// then
			var ve *ValidationError
			if !errors.As(err, &ve) || !errors.Is(err, tc.kind) || ve.Code != tc.code {
				t.Fatalf("want %v/%s, got %v", tc.kind, tc.code, err)
			}
			if ve.Error() == "" {
				t.Fatal("empty message")
			}
			if !reflect.DeepEqual(s.Doc(), s.Doc()) || s.Doc().Role("r-gm").ReportsTo != "" {
				t.Fatal("snapshot changed")
			}
			after, _ := os.ReadFile(path)
			if string(before) != string(after) {
				t.Fatal("file changed by a refused change set")
			}
		})
	}
}

func TestOpenLockedFileFailsFast(t *testing.T) {
	// given: another process holds the document
	s, path := newStore(t)
	s.Close()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "ORGDB_CHILD=hold", "ORGDB_PATH="+path)
	out, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { cmd.Process.Kill(); cmd.Wait() }()
	line, _ := bufio.NewReader(out).ReadString('\n')
	if strings.TrimSpace(line) != "held" {
		t.Fatalf("child did not open the file: %q", line)
	}
	// when
	start := time.Now()
	_, err := Open(path)
	elapsed := time.Since(start)
	// then
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("want ErrLocked, got %v", err)
	}
	if elapsed > 2*time.Second {
		t.Fatalf("took %v to refuse", elapsed)
	}
}

func childHold(path string) {
	s, err := Open(path)
	if err != nil {
		fmt.Println("error", err)
		os.Exit(1)
	}
	fmt.Println("held")
	time.Sleep(30 * time.Second)
	s.Close()
}

// childWrite adds people one by one, printing "ack N" after each Apply
// returns; the parent kills it at a random moment.
func childWrite(path string) {
	s, err := Open(path)
	if err != nil {
		fmt.Println("error", err)
		os.Exit(1)
	}
	start := len(s.Doc().People)
	for i := start; ; i++ {
		id := ID(fmt.Sprintf("p-crash-%06d", i))
		cs := &ChangeSet{PutPeople: []Person{{ID: id, Number: fmt.Sprintf("C%06d", i), Name: "员工" + strconv.Itoa(i), Role: "r-seo"}}}
		// Every few writes also rewrite a role so multi-bucket transactions are killed too.
		if i%3 == 0 {
			r := *s.Doc().Role("r-ops")
			r.Planned = i
			cs.PutRoles = []Role{r}
		}
		if err := s.Apply(cs); err != nil {
			fmt.Println("error", err)
			os.Exit(1)
		}
		if err := crashScenarioOps(s, i); err != nil {
			fmt.Println("error", err)
			os.Exit(1)
		}
		fmt.Println("ack", i)
	}
}

// crashScenarioOps makes the killed writer also copy, adopt and delete
// scenarios. A copy of the current organisation is adopted at once, so the
// current organisation holds every acknowledged person whichever
// transaction the kill hits.
func crashScenarioOps(s *Store, i int) error {
	switch i % 6 {
	case 2:
		id := ID(fmt.Sprintf("s-copy-%06d", i))
		if err := s.CopyScenario("", Scenario{ID: id, Name: string(id)}); err != nil {
			return err
		}
		return s.Adopt(id, Scenario{ID: ID(fmt.Sprintf("s-before-%06d", i)), Name: fmt.Sprintf("before %d", i)})
	case 4:
		list := s.Scenarios()
		for _, sc := range list[:max(0, len(list)-2)] {
			if err := s.DeleteScenario(sc.ID); err != nil {
				return err
			}
		}
	}
	return nil
}

func TestCrashSafetySIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("crash test is slow")
	}
	// given
	s0, path := newStore(t)
	s0.Close()
	rng := rand.New(rand.NewSource(time.Now().UnixNano()))
	rounds := KillRounds()
	totalAcked := 0
	for round := 0; round < rounds; round++ {
		// when: a writer is killed at a random moment
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), "ORGDB_CHILD=write", "ORGDB_PATH="+path)
		out, _ := cmd.StdoutPipe()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		acked := -1
		deadline := time.After(time.Duration(5+rng.Intn(120)) * time.Millisecond)
		lines := make(chan string)
		go func() {
			sc := bufio.NewScanner(out)
			for sc.Scan() {
				lines <- sc.Text()
			}
			close(lines)
		}()
	read:
		for {
			select {
			case l, ok := <-lines:
				if !ok {
					break read
				}
				if n, found := strings.CutPrefix(l, "ack "); found {
					acked, _ = strconv.Atoi(n)
				} else {
					t.Fatalf("child: %s", l)
				}
			case <-deadline:
				cmd.Process.Signal(syscall.SIGKILL)
				deadline = nil
			}
		}
		cmd.Wait()
		totalAcked += acked + 1
		// then: it opens, is consistent, and every acknowledged write is there
		s, err := Open(path)
		if err != nil {
			t.Fatalf("round %d: open after kill: %v", round, err)
		}
		d := s.Doc()
		if err := Validate(d); err != nil {
			t.Fatalf("round %d: inconsistent: %v", round, err)
		}
		for _, sc := range s.Scenarios() {
			if _, err := s.ScenarioDoc(sc.ID); err != nil {
				t.Fatalf("round %d: scenario %s after kill: %v", round, sc.Name, err)
			}
		}
		for i := 0; i <= acked; i++ {
			if acked >= 0 && i >= len(sampleDoc().People) && d.Person(ID(fmt.Sprintf("p-crash-%06d", i))) == nil {
				t.Fatalf("round %d: acknowledged write %d lost (acked up to %d)", round, i, acked)
			}
		}
		s.Close()
	}
	t.Logf("%d writers killed, %d acknowledged writes all kept", rounds, totalAcked)
	if totalAcked < rounds {
		t.Fatalf("the writers acknowledged only %d writes in %d rounds: the kills did not hit writing processes", totalAcked, rounds)
	}
}

func TestOpenDamagedOrForeignFiles(t *testing.T) {
	dir := t.TempDir()
	s0, good := newStore(t)
	s0.Close()
	raw, _ := os.ReadFile(good)
	foreign := filepath.Join(dir, "foreign.orgdb")
	db, err := bolt.Open(foreign, 0o644, nil)
	if err != nil {
		t.Fatal(err)
	}
	db.Update(func(tx *bolt.Tx) error { _, err := tx.CreateBucket([]byte("widgets")); return err })
	db.Close()
	garbage := make([]byte, 64*1024)
	rand.New(rand.NewSource(1)).Read(garbage)
	scribbled := append([]byte(nil), raw...)
	for i := 4096 * 2; i < len(scribbled) && i < 4096*6; i++ {
		scribbled[i] = byte(i * 7)
	}
	// Cut inside the pages in use (the meta page's high-water mark), not
	// just the preallocated tail.
	hw, _ := parseMeta(raw[pageHeaderSize:])
	used := int(hw.pgid) * int(hw.pageSize)
	files := map[string][]byte{
		"empty.orgdb":     {},
		"truncated.orgdb": raw[:used/2],
		"random.orgdb":    garbage,
		"pdf.orgdb":       []byte("%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n"),
		"scribbled.orgdb": scribbled,
	}
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, content, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range []string{"empty.orgdb", "truncated.orgdb", "random.orgdb", "pdf.orgdb", "scribbled.orgdb", "foreign.orgdb", "missing.orgdb"} {
		t.Run(name, func(t *testing.T) {
			s, err := Open(filepath.Join(dir, name))
			if err == nil {
				// A scribble may hit only free pages; then the document must be intact.
				if verr := Validate(s.Doc()); verr != nil || name != "scribbled.orgdb" {
					t.Fatalf("opened a damaged file: %v", verr)
				}
				s.Close()
				return
			}
			switch name {
			case "foreign.orgdb":
				if !errors.Is(err, ErrForeign) {
					t.Fatalf("want ErrForeign, got %v", err)
				}
			case "missing.orgdb":
				if !errors.Is(err, os.ErrNotExist) {
					t.Fatalf("want not-exist, got %v", err)
				}
			default:
				if !errors.Is(err, ErrDamaged) {
					t.Fatalf("want ErrDamaged, got %v", err)
				}
			}
		})
	}
}

func TestOpenRefusesNewerSchema(t *testing.T) {
	s0, path := newStore(t)
	s0.Close()
	db, err := bolt.Open(path, 0o644, nil)
	if err != nil {
		t.Fatal(err)
	}
	db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketMeta).Put(keySchema, []byte("99")) })
	db.Close()
	before, _ := os.ReadFile(path)
	if _, err := Open(path); !errors.Is(err, ErrNewerSchema) {
		t.Fatalf("want ErrNewerSchema, got %v", err)
	}
	after, _ := os.ReadFile(path)
	if string(before) != string(after) {
		t.Fatal("refused file was modified")
	}
}

// v1Fixture is the stored schema-1 document: testdata/schema1.orgdb.
const v1Fixture = "testdata/schema1.orgdb"

// writeV1Fixture writes a schema-1 file the way OrgDesigner schema 1 did:
// responsibilities as plain "duties" strings, no valuemaps bucket.
func writeV1Fixture(path string) error {
	db, err := bolt.Open(path, 0o644, nil)
	if err != nil {
		return err
	}
	defer db.Close()
	return db.Update(func(tx *bolt.Tx) error {
		put := func(bucket, key, value string) error {
			b, err := tx.CreateBucketIfNotExists([]byte(bucket))
			if err != nil {
				return err
			}
			return b.Put([]byte(key), []byte(value))
		}
		for _, kv := range [][3]string{
			{"meta", "app", "orgdesigner"}, {"meta", "schema", "1"}, {"meta", "created", "2026-01-05T08:00:00Z"},
			{"org", "org", `{"name":"旧版公司","mode":"functional","lang":"zh"}`},
			{"departments", "d-1", `{"id":"d-1","name":"市场部","order":1}`},
			{"roles", "r-1", `{"id":"r-1","title":"市场经理","department":"d-1","planned":1,"order":1,"duties":["制定营销战略","监控活动ROI"]}`},
			{"roles", "r-2", `{"id":"r-2","title":"市场专员","department":"d-1","reportsTo":"r-1","planned":2,"order":2,"duties":[]}`},
			{"people", "p-1", `{"id":"p-1","number":"007","name":"王五","role":"r-2","status":"active"}`},
			{"projects", "t-1", `{"id":"t-1","name":"双11项目组","members":[{"role":"r-2"}],"order":1}`},
		} {
			if err := put(kv[0], kv[1], kv[2]); err != nil {
				return err
			}
		}
		return nil
	})
}

func TestMigrateSchema1(t *testing.T) {
	if *updateFixtures {
		os.Remove(v1Fixture)
		if err := writeV1Fixture(v1Fixture); err != nil {
			t.Fatal(err)
		}
	}
	// given a stored schema-1 file
	src, err := os.ReadFile(v1Fixture)
	if err != nil {
		t.Fatalf("fixture: %v (run go test ./data -run Migrate -update)", err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "old.orgdb")
	os.WriteFile(path, src, 0o644)
	// when
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	// then: migrated content
	r := s.Doc().Role("r-1")
	if r == nil || len(r.Responsibilities) != 2 || r.Responsibilities[1].Text != "监控活动ROI" {
		t.Fatalf("responsibilities not migrated: %+v", r)
	}
	if s.Doc().Person("p-1").Number != "007" || s.Doc().Org.Name != "旧版公司" {
		t.Fatal("data lost in migration")
	}
	// the backup is the untouched old file
	backups, _ := filepath.Glob(filepath.Join(dir, "old.schema1-*.orgdb"))
	if len(backups) != 1 {
		t.Fatalf("want one backup, got %v", backups)
	}
	b, _ := bolt.Open(backups[0], 0o644, &bolt.Options{ReadOnly: true})
	b.View(func(tx *bolt.Tx) error {
		if v := string(tx.Bucket(bucketMeta).Get(keySchema)); v != "1" {
			t.Errorf("backup schema = %q", v)
		}
		return nil
	})
	b.Close()
	// and the new file is at the current schema, writable
	if err := s.Apply(&ChangeSet{PutValueMaps: []ValueMap{{Source: "x", Kind: "role", Value: "a"}}}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s2.Close()
	if bs, _ := filepath.Glob(filepath.Join(dir, "old.schema1-*.orgdb")); len(bs) != 1 {
		t.Fatal("second open migrated again")
	}
}

func TestCopyTo(t *testing.T) {
	s, _ := newStore(t)
	dst := filepath.Join(t.TempDir(), "copy.orgdb")
	if err := s.CopyTo(dst); err != nil {
		t.Fatal(err)
	}
	c, err := Open(dst)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if len(c.Doc().Roles) != len(s.Doc().Roles) {
		t.Fatal("copy differs")
	}
}

func BenchmarkApplyOneEdit(b *testing.B) {
	path := filepath.Join(b.TempDir(), "big.orgdb")
	doc := sampleDoc()
	for i := 0; i < 5000; i++ {
		doc.Roles = append(doc.Roles, Role{ID: ID(fmt.Sprintf("r-%05d", i)), Title: "岗位" + strconv.Itoa(i), Department: "d-ops", ReportsTo: "r-ops", Planned: 2, Order: i,
			Responsibilities: []Responsibility{{Text: "负责某项工作" + strconv.Itoa(i)}}})
	}
	for i := 0; i < 10000; i++ {
		doc.People = append(doc.People, Person{ID: ID(fmt.Sprintf("p-%05d", i)), Number: fmt.Sprintf("N%05d", i), Name: "员工" + strconv.Itoa(i), Role: ID(fmt.Sprintf("r-%05d", i%5000))})
	}
	s, err := Create(path, doc)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r := *s.Doc().Role("r-00042")
		r.Title = "岗位" + strconv.Itoa(i)
		if err := s.Apply(&ChangeSet{PutRoles: []Role{r}}); err != nil {
			b.Fatal(err)
		}
	}
}

func TestClosedStoreRefusesWork(t *testing.T) {
	s, _ := newStore(t)
	s.Close()
	if err := s.CopyTo(filepath.Join(t.TempDir(), "c.orgdb")); err == nil {
		t.Fatal("CopyTo on a closed store")
	}
	if err := s.Apply(&ChangeSet{PutDepartments: []Department{{ID: "d-x", Name: "X"}}}); err == nil {
		t.Fatal("Apply on a closed store")
	}
	if err := s.Close(); err != nil {
		t.Fatal("second Close failed")
	}
}

// BenchmarkApplyImport10k applies one import-sized change set (10,000 new
// people with extra fields) to a small document: one transaction.
func BenchmarkApplyImport10k(b *testing.B) {
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		s, err := Create(filepath.Join(b.TempDir(), "imp.orgdb"), sampleDoc())
		if err != nil {
			b.Fatal(err)
		}
		cs := importChangeSet(10000)
		b.StartTimer()
		if err := s.Apply(cs); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
}

// importChangeSet is an import of n new people with extra fields.
func importChangeSet(n int) *ChangeSet {
	cs := &ChangeSet{}
	for k := 0; k < n; k++ {
		cs.PutPeople = append(cs.PutPeople, Person{ID: NewID("p"), Number: fmt.Sprintf("N%05d", k), Name: "员工" + strconv.Itoa(k),
			Role: "r-seo", Status: StatusActive, HireDate: "2023-05-08", Phone: "13800000000", Email: "a@b.c",
			Extra: []ExtraField{{Key: "籍贯", Value: "浙江"}, {Key: "学历", Value: "本科"}}})
	}
	return cs
}
