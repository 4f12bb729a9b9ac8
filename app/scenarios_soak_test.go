package app

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"orgdesigner/data"
)

// world is every organisation of a document (the current one and each
// scenario with its description) and which one is open, as one string.
func world(t testing.TB, open data.ID, list []data.Scenario, doc func(data.ID) (*data.Document, error)) string {
	t.Helper()
	var b strings.Builder
	fmt.Fprintf(&b, "open %q\n", open)
	ids := []data.ID{""}
	for _, sc := range list {
		fmt.Fprintf(&b, "%s %q %d %q %v\n", sc.ID, sc.Name, sc.Order, sc.Source, sc.Suggested)
		ids = append(ids, sc.ID)
	}
	for _, id := range ids {
		d, err := doc(id)
		if err != nil {
			t.Fatalf("organisation %q: %v", id, err)
		}
		fmt.Fprintf(&b, "%s: %s\n", id, canonical(t, d))
	}
	return b.String()
}

func sessionWorld(t testing.TB, s *Session) string {
	return world(t, s.Scenario(), s.Scenarios(), s.ScenarioDoc)
}

// TestSoakScenarios mixes random edits with random scenario operations
// (new, duplicate, rename, delete, switch, adopt). Every operation, undone
// at once, must give back exactly the document before it, every organisation
// included, and redone the one after; every 250 steps the file, read
// again, must hold exactly what memory holds.
func TestSoakScenarios(t *testing.T) {
	steps := 2000
	if testing.Short() {
		steps = 300
	}
	seed := int64(20261205)
	rng := rand.New(rand.NewSource(seed))
	dir := t.TempDir()
	path := filepath.Join(dir, "soak.orgdb")
	st, err := data.Create(path, fixture())
	if err != nil {
		t.Fatal(err)
	}
	sess := NewSession(st)
	pick := func() data.ID {
		list := sess.Scenarios()
		if len(list) == 0 {
			return ""
		}
		return list[rng.Intn(len(list))].ID
	}
	counts := map[string]int{}
	for n := 1; n <= steps; n++ {
		before := sessionWorld(t, sess)
		var op string
		var err error
		switch r := rng.Intn(20); {
		case r < 2 && len(sess.Scenarios()) < 5:
			op = "new"
			_, err = sess.NewScenario(fmt.Sprintf("方案%d", n), pick())
		case r < 3 && len(sess.Scenarios()) < 5:
			op = "fromdoc"
			d := fixture()
			d.People, d.Projects = nil, nil
			_, err = sess.NewScenarioFromDoc(data.Scenario{Name: fmt.Sprintf("模板%d", n), Suggested: true}, d)
		case r < 4:
			op = "rename"
			if id := pick(); id != "" {
				err = sess.RenameScenario(id, fmt.Sprintf("改名%d", n))
			}
		case r < 5:
			op = "delete"
			if id := pick(); id != "" {
				err = sess.DeleteScenario(id)
			}
		case r < 6:
			op = "adopt"
			if id := pick(); id != "" {
				_, err = sess.Adopt(id)
			}
		case r < 8:
			op = "switch"
			err = sess.Switch(pick())
		case r < 9:
			op = "undo"
			err = sess.Undo()
			if err == ErrNothingToUndo {
				err = nil
			}
		default:
			op = "edit"
			err = sess.Do(soakEdit(rng, sess.Doc(), n))
			if err != nil { // refused: nothing changed
				if sessionWorld(t, sess) != before {
					t.Fatalf("step %d (seed %d): a refused edit changed the document", n, seed)
				}
				continue
			}
		}
		if err != nil {
			t.Fatalf("step %d (seed %d): %s: %v", n, seed, op, err)
		}
		counts[op]++
		after := sessionWorld(t, sess)
		if op != "switch" && op != "undo" && after != before && rng.Intn(2) == 0 {
			if err := sess.Undo(); err != nil {
				t.Fatalf("step %d (seed %d): undo %s: %v", n, seed, op, err)
			}
			if got := sessionWorld(t, sess); got != before {
				t.Fatalf("step %d (seed %d): undoing %s did not restore the document:%s", n, seed, op, firstDiff(got, before))
			}
			if err := sess.Redo(); err != nil {
				t.Fatalf("step %d (seed %d): redo %s: %v", n, seed, op, err)
			}
			if got := sessionWorld(t, sess); got != after {
				t.Fatalf("step %d (seed %d): redoing %s did not repeat it:%s", n, seed, op, firstDiff(got, after))
			}
			counts["undone+redone"]++
		}
		if n%250 == 0 {
			checkWorldOnDisk(t, sess, dir, n)
		}
	}
	t.Logf("operations: %v", counts)
	for _, op := range []string{"new", "fromdoc", "rename", "delete", "adopt", "undone+redone"} {
		if counts[op] < steps/100 {
			t.Fatalf("the mix did not exercise %s: %v", op, counts)
		}
	}
	want := sessionWorld(t, sess)
	st.Close()
	again, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	if err := again.Switch(sess.Scenario()); err != nil {
		t.Fatal(err)
	}
	if got := world(t, again.Active(), again.Scenarios(), again.ScenarioDoc); got != want {
		t.Fatalf("the reopened document differs from memory:%s", firstDiff(got, want))
	}
}

// checkWorldOnDisk compares every organisation in a copy of the file with
// memory.
func checkWorldOnDisk(t *testing.T, sess *Session, dir string, n int) {
	t.Helper()
	cp := filepath.Join(dir, fmt.Sprintf("check-%d.orgdb", n))
	if err := sess.Store().CopyTo(cp); err != nil {
		t.Fatal(err)
	}
	defer os.Remove(cp)
	st, err := data.OpenReadOnly(cp)
	if err != nil {
		t.Fatalf("step %d: the file does not open: %v", n, err)
	}
	defer st.Close()
	if err := st.Switch(sess.Scenario()); err != nil {
		t.Fatal(err)
	}
	if got, want := world(t, st.Active(), st.Scenarios(), st.ScenarioDoc), sessionWorld(t, sess); got != want {
		t.Fatalf("step %d: the file differs from memory:%s", n, firstDiff(got, want))
	}
}
