package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"orgdesigner/app"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// TestRefusedScenarioCommandsLeaveOlderSchemasAlone: a scenario command
// refused for its arguments writes nothing to a schema-1 or schema-2
// document — no upgrade in the file, no copy from before the upgrade, no
// backup; one that goes ahead upgrades it.
func TestRefusedScenarioCommandsLeaveOlderSchemasAlone(t *testing.T) {
	i18n.SetLanguage("en")
	for _, fixture := range []string{v1Fixture, "../../data/testdata/schema2.orgdb"} {
		t.Run(filepath.Base(fixture), func(t *testing.T) {
			old, err := os.ReadFile(fixture)
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			doc := filepath.Join(dir, "t.orgdb")
			os.WriteFile(doc, old, 0o644)
			for _, args := range [][]string{
				{"scenario", "new", doc, "current"},
				{"scenario", "new", doc, " "},
				{"scenario", "new", doc, "X", "--from", "Nope"},
				{"scenario", "new", doc, "X", "--template", "mature"},
				{"scenario", "copy", doc, "Nope", "X"},
				{"scenario", "rename", doc, "Nope", "X"},
				{"scenario", "delete", doc, "Nope"},
				{"scenario", "adopt", doc, "Nope"},
				{"scenario", "adopt", doc, "current"},
			} {
				code, _, e := run(args...)
				if code == ExitOK {
					t.Fatalf("%v was not refused", args)
				}
				if !bytes.Equal(old, snapshot(t, doc)) {
					t.Fatalf("%v refused (%s) but upgraded the document", args, strings.TrimSpace(e))
				}
				if names, _ := os.ReadDir(dir); len(names) != 1 {
					t.Fatalf("%v left files next to the document: %v", args, names)
				}
			}
			runOK(t, "scenario", "new", doc, "Plan A")
			if l := listJSON(t, doc); len(l.Scenarios) != 2 || l.Scenarios[1].Name != "Plan A" {
				t.Fatalf("the scenario was not made: %+v", l)
			}
		})
	}
}

// TestScenarioNameThatIsAnID: commands take a scenario's id or its name,
// so a name that is another scenario's id is refused, and a document where
// one scenario is named with another's id (made elsewhere) refuses the
// ambiguous key instead of deleting whichever it finds first.
func TestScenarioNameThatIsAnID(t *testing.T) {
	i18n.SetLanguage("en")
	dir := t.TempDir()
	doc := filepath.Join(dir, "t.orgdb")
	runOK(t, "new", doc)
	runOK(t, "scenario", "new", doc, "Plan A")
	runOK(t, "scenario", "new", doc, "Plan B")
	idA := listJSON(t, doc).Scenarios[1].ID
	before := snapshot(t, doc)
	for _, args := range [][]string{
		{"scenario", "new", doc, idA},
		{"scenario", "copy", doc, "Plan B", " " + strings.ToUpper(idA)},
		{"scenario", "rename", doc, "Plan B", idA},
	} {
		code, _, e := run(args...)
		if code != ExitRejected || !strings.Contains(e, doc) || !strings.Contains(e, `"Plan A"`) || !strings.Contains(e, "is the id of") {
			t.Fatalf("%v: exit %d\n%s", args, code, e)
		}
	}
	if !bytes.Equal(before, snapshot(t, doc)) {
		t.Fatal("a refused name changed the document")
	}

	// The GUI names scenarios without this rule: make "Plan B" take Plan
	// A's id as its name through the session.
	st, err := data.Open(doc)
	if err != nil {
		t.Fatal(err)
	}
	sess := app.NewSession(st)
	idB, _ := sess.FindScenario("Plan B")
	if err := sess.RenameScenario(idB, idA); err != nil {
		t.Fatal(err)
	}
	st.Close()
	before = snapshot(t, doc)
	for _, args := range [][]string{
		{"scenario", "delete", doc, idA}, {"scenario", "adopt", doc, idA}, {"show", doc, "--scenario", idA},
	} {
		code, _, e := run(args...)
		if code != ExitRejected || !strings.Contains(e, doc) || !strings.Contains(e, `"Plan A"`) || !strings.Contains(e, "give the id") {
			t.Fatalf("%v: exit %d\n%s", args, code, e)
		}
	}
	if !bytes.Equal(before, snapshot(t, doc)) {
		t.Fatal("an ambiguous scenario key changed the document")
	}
	runOK(t, "scenario", "delete", doc, string(idB)) // its own id is not ambiguous
	if l := listJSON(t, doc); len(l.Scenarios) != 2 || l.Scenarios[1].Name != "Plan A" {
		t.Fatalf("the wrong scenario was deleted: %+v", l)
	}
}

// TestScenarioNameIsOneLine: a name with a line break or tab (easy to
// pass on a command line, impossible to show in a toolbar) is refused.
func TestScenarioNameIsOneLine(t *testing.T) {
	i18n.SetLanguage("en")
	doc := filepath.Join(t.TempDir(), "t.orgdb")
	runOK(t, "new", doc)
	runOK(t, "scenario", "new", doc, "Plan A")
	before := snapshot(t, doc)
	for _, args := range [][]string{
		{"scenario", "new", doc, "a\nb"}, {"scenario", "copy", doc, "Plan A", "a\tb"}, {"scenario", "rename", doc, "Plan A", "x\x1b[31my"},
	} {
		if code, _, e := run(args...); code != ExitRejected || !strings.Contains(e, "one line") {
			t.Fatalf("%q: exit %d\n%s", args, code, e)
		}
	}
	if !bytes.Equal(before, snapshot(t, doc)) {
		t.Fatal("a refused name changed the document")
	}
}

// TestScenarioListCountsInEnglish: "1 scenario", not "1 scenarios".
func TestScenarioListCountsInEnglish(t *testing.T) {
	i18n.SetLanguage("en")
	doc := filepath.Join(t.TempDir(), "t.orgdb")
	runOK(t, "new", doc)
	for _, want := range []string{"; 0 scenarios.", "; 1 scenario.", "; 2 scenarios."} {
		if out := runOK(t, "scenario", "list", doc); !strings.Contains(out, want) {
			t.Errorf("the list does not end %q:\n%s", want, out)
		}
		runOK(t, "scenario", "new", doc, "Plan "+want[2:3])
	}
}
