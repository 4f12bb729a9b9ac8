package cli

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// adoptList is `scenario list --json` with what the adoption fields say.
type adoptList struct {
	Scenarios []struct {
		ID, Name, Note, Created string
		Current                 bool
		Departments             int
		Adopted                 *struct{ ID, Name, Note string }
	}
}

func adoptListJSON(t *testing.T, doc string) adoptList {
	t.Helper()
	var l adoptList
	if err := json.Unmarshal([]byte(runOK(t, "scenario", "list", doc, "--json")), &l); err != nil {
		t.Fatal(err)
	}
	return l
}

// setNote gives scenario name a note, as the window's scenario dialog does.
func setNote(t *testing.T, doc, name, note string) {
	t.Helper()
	st, err := data.Open(doc)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	id, err := findScenario(st, doc, name)
	if err != nil {
		t.Fatal(err)
	}
	sc, _ := st.Scenario(id)
	sc.Note = note
	if err := st.PutScenario(sc); err != nil {
		t.Fatal(err)
	}
}

// TestScenarioAdoptBack: adopting back, on the command line, the
// organisation an adoption kept keeps the adopted scenario again under its
// old name and note; the list says which scenario is the "before" of an
// adoption; a refused adopt leaves the file as it was.
func TestScenarioAdoptBack(t *testing.T) {
	i18n.SetLanguage("en")
	dir := t.TempDir()
	doc := filepath.Join(dir, "t.orgdb")
	runOK(t, "new", doc)
	runOK(t, "scenario", "new", doc, "Reorg", "--template", "startup")
	setNote(t, doc, "Reorg", "four departments")
	orig := adoptListJSON(t, doc).Scenarios[1]

	runOK(t, "scenario", "adopt", doc, "Reorg")
	before := i18n.In("en", "Before %s", time.Now().Format("2006-01-02")) // the content is English
	l := adoptListJSON(t, doc)
	if len(l.Scenarios) != 2 || l.Scenarios[1].Name != before {
		t.Fatalf("after adopt: %+v", l.Scenarios)
	}
	if a := l.Scenarios[1].Adopted; a == nil || a.Name != "Reorg" || a.Note != "four departments" || a.ID != orig.ID {
		t.Fatalf("the kept scenario says it was adopted from %+v", a)
	}
	if text := runOK(t, "scenario", "list", doc); !strings.Contains(text, `the organisation before "Reorg" was adopted`) {
		t.Errorf("list:\n%s", text)
	}

	// Refused: nothing changes, no backup is made.
	snap := snapshot(t, doc)
	for _, c := range []struct {
		args []string
		code int
	}{
		{[]string{"scenario", "adopt", doc, "Reorg"}, ExitRejected}, // adopted, gone
		{[]string{"scenario", "adopt", doc, before, "extra"}, ExitUsage},
		{[]string{"scenario", "adopt", doc, "current"}, ExitRejected},
	} {
		if code, _, e := run(c.args...); code != c.code || e == "" {
			t.Errorf("%v: exit %d, want %d (%s)", c.args, code, c.code, e)
		}
	}
	if !bytes.Equal(snap, snapshot(t, doc)) {
		t.Fatal("a refused adopt changed the file")
	}

	out := runOK(t, "scenario", "adopt", doc, before)
	if !strings.Contains(out, `kept as the scenario "Reorg"`) || strings.Contains(out, "could not take") {
		t.Errorf("adopt back says %s", out)
	}
	l = adoptListJSON(t, doc)
	if len(l.Scenarios) != 2 || l.Scenarios[0].Departments != 8 {
		t.Fatalf("after adopting back: %+v", l.Scenarios)
	}
	got := l.Scenarios[1]
	if got.Name != "Reorg" || got.Note != "four departments" || got.ID != orig.ID || got.Created != orig.Created || got.Departments != 4 {
		t.Errorf("adopted back, the scenario is %+v, want %+v", got, orig)
	}
	if a := got.Adopted; a == nil || a.Name != before {
		t.Errorf("the restored scenario remembers %+v", a)
	}

	// Taken name: the scenario is numbered and the command says so.
	runOK(t, "scenario", "adopt", doc, "Reorg")
	runOK(t, "scenario", "new", doc, "reorg")
	out = runOK(t, "scenario", "adopt", doc, before)
	if !strings.Contains(out, `kept as the scenario "Reorg (2)"`) || !strings.Contains(out, `named "Reorg" now`) {
		t.Errorf("adopt back onto a taken name says %s", out)
	}
}

// TestScenarioAdoptOldFile: a scenario's description as files before the
// adoption field wrote it (no "adopted") reads, lists and adopts as before.
func TestScenarioAdoptOldFile(t *testing.T) {
	i18n.SetLanguage("en")
	doc := filepath.Join(t.TempDir(), "t.orgdb")
	runOK(t, "new", doc)
	runOK(t, "scenario", "new", doc, "Plan")
	id := adoptListJSON(t, doc).Scenarios[1].ID
	db, err := bolt.Open(doc, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	old := `{"id":"` + id + `","name":"Plan","created":"2026-11-01T08:00:00Z","source":"current","note":"old note","order":1}`
	err = db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket([]byte("scenarios")).Bucket([]byte(id)).Put([]byte("info"), []byte(old))
	})
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	l := adoptListJSON(t, doc)
	if s := l.Scenarios[1]; s.Name != "Plan" || s.Note != "old note" || s.Adopted != nil {
		t.Fatalf("old description read as %+v", s)
	}
	if out, _ := json.Marshal(l); strings.Contains(runOK(t, "scenario", "list", doc, "--json"), `"adopted"`) {
		t.Fatalf("an old scenario lists an adoption: %s", out)
	}
	runOK(t, "scenario", "adopt", doc, "Plan")
	if a := adoptListJSON(t, doc).Scenarios[1].Adopted; a == nil || a.Name != "Plan" || a.Note != "old note" {
		t.Fatalf("adopting an old scenario remembers %+v", a)
	}
}
