package app

import (
	"errors"
	"strings"
	"testing"
	"time"

	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

func mustDo(t *testing.T, s *Session, cmd Command) {
	t.Helper()
	if err := s.Do(cmd); err != nil {
		t.Fatal(err)
	}
}

func undo(t *testing.T, s *Session) {
	t.Helper()
	if err := s.Undo(); err != nil {
		t.Fatal(err)
	}
}

func redo(t *testing.T, s *Session) {
	t.Helper()
	if err := s.Redo(); err != nil {
		t.Fatal(err)
	}
}

// Each organisation keeps its own history: an edit in a scenario is undone
// there, not in the current organisation, and switching changes nothing.
func TestScenarioHistoriesAreSeparate(t *testing.T) {
	s := newSession(t)
	notified := 0
	s.OnChange(func() { notified++ })
	current := snapshot(t, s.Doc())
	id, err := s.NewScenario("成长期", "")
	if err != nil {
		t.Fatal(err)
	}
	if s.Scenario() != id || s.ScenarioName(id) != "成长期" || snapshot(t, s.Doc()) != current {
		t.Fatal("the new scenario is not open or not a copy")
	}
	s.Switch("")
	mustDo(t, s, RenameRole("r-mkt", "市场总监"))
	s.Switch(id)
	mustDo(t, s, RenameRole("r-seo", "搜索主管"))
	if ok, label := s.CanUndo(); !ok || !strings.Contains(label, i18n.L("Rename role")) {
		t.Fatalf("scenario undo = %v %q", ok, label)
	}
	if err := s.Switch(""); err != nil {
		t.Fatal(err)
	}
	if s.Doc().Role("r-seo").Title != "SEO优化师" {
		t.Fatal("the edit in the scenario reached the current organisation")
	}
	// undo here undoes the current organisation's own edit
	undo(t, s)
	if s.Doc().Role("r-mkt").Title != "市场经理" {
		t.Fatal("undo in the current organisation")
	}
	sd, _ := s.ScenarioDoc(id)
	if sd.Role("r-seo").Title != "搜索主管" {
		t.Fatal("undo in the current organisation touched the scenario")
	}
	s.Switch(id)
	undo(t, s)
	if s.Doc().Role("r-seo").Title != "SEO优化师" {
		t.Fatal("undo in the scenario")
	}
	// what is left is the creation, a document-wide step
	if ok, label := s.CanUndo(); !ok || !strings.Contains(label, "成长期") {
		t.Fatalf("last undo = %v %q", ok, label)
	}
	if notified < 5 {
		t.Fatalf("listeners notified %d times", notified)
	}
}

func TestNewScenarioUndoRedo(t *testing.T) {
	s := newSession(t)
	id, err := s.NewScenario("方案A", "")
	if err != nil {
		t.Fatal(err)
	}
	mustDo(t, s, DeleteRole("r-sem"))
	undo(t, s) // the edit
	undo(t, s) // the creation: the scenario is gone, the current one open
	if len(s.Scenarios()) != 0 || s.Scenario() != "" {
		t.Fatalf("after undoing the creation: %v open %q", s.Scenarios(), s.Scenario())
	}
	if ok, _ := s.CanRedo(); !ok {
		t.Fatal("the creation cannot be redone from where undo left the user")
	}
	redo(t, s)
	if s.Scenario() != id || s.ScenarioName(id) != "方案A" || s.Doc().Role("r-sem") == nil {
		t.Fatal("redo did not recreate the scenario")
	}
	// a copy of a scenario, and from a document
	mustDo(t, s, DeleteRole("r-sem"))
	dup, err := s.NewScenario("方案A 副本", id)
	if err != nil {
		t.Fatal(err)
	}
	if s.Doc().Role("r-sem") != nil || s.Scenario() != dup {
		t.Fatal("duplicate is not a copy of the scenario")
	}
	tpl := fixture()
	tpl.Departments = tpl.Departments[:1]
	tpl.Roles = tpl.Roles[:2]
	tpl.People, tpl.Projects = nil, nil
	tid, err := s.NewScenarioFromDoc(data.Scenario{Name: "初创期", Suggested: true}, tpl)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Doc().Departments) != 1 || s.Scenario() != tid {
		t.Fatal("scenario from a document")
	}
	for _, name := range []string{"方案a", "当前组织", "current", " "} {
		if _, err := s.NewScenario(name, ""); !errors.Is(err, data.ErrScenarioName) {
			t.Fatalf("name %q: %v", name, err)
		}
	}
	if err := s.RenameScenario(id, "Current organisation"); !errors.Is(err, data.ErrScenarioName) {
		t.Fatalf("rename to a reserved name: %v", err)
	}
}

func TestRenameAndDeleteScenarioUndo(t *testing.T) {
	s := newSession(t)
	id, _ := s.NewScenario("方案A", "")
	mustDo(t, s, DeleteRole("r-sem"))
	if err := s.RenameScenario(id, "方案B"); err != nil {
		t.Fatal(err)
	}
	undo(t, s)
	if s.ScenarioName(id) != "方案A" {
		t.Fatal("rename not undone")
	}
	redo(t, s)
	if err := s.DeleteScenario(id); err != nil {
		t.Fatal(err)
	}
	if s.Scenario() != "" || len(s.Scenarios()) != 0 {
		t.Fatal("delete")
	}
	undo(t, s)
	if s.Scenario() != id || s.ScenarioName(id) != "方案B" || s.Doc().Role("r-sem") != nil {
		t.Fatal("undoing the delete did not restore the open scenario with its content")
	}
	// its own history came back with it
	undo(t, s) // rename
	undo(t, s) // the role's deletion
	if s.Doc().Role("r-sem") == nil {
		t.Fatal("the scenario's history was lost by delete + undo")
	}
}

func TestAdoptUndoRedo(t *testing.T) {
	s := newSession(t)
	current := snapshot(t, s.Doc())
	id, _ := s.NewScenario("成长期", "")
	mustDo(t, s, RenameRole("r-mkt", "市场总监"))
	grown := snapshot(t, s.Doc())
	before, err := s.Adopt(id)
	if err != nil {
		t.Fatal(err)
	}
	// the scenario is the current organisation, the old one kept by date
	if s.Scenario() != "" || snapshot(t, s.Doc()) != grown {
		t.Fatal("adopted content is not current")
	}
	if want := s.BeforeName(time.Now()); s.ScenarioName(before) != want {
		t.Fatalf("old organisation kept as %q, want %q", s.ScenarioName(before), want)
	}
	if d, _ := s.ScenarioDoc(before); snapshot(t, d) != current {
		t.Fatal("the old current organisation was not kept")
	}
	if len(s.Scenarios()) != 1 {
		t.Fatalf("scenarios after adopt: %+v", s.Scenarios())
	}
	// the adopted content's history came with it
	if ok, label := s.CanUndo(); !ok || !strings.Contains(label, "成长期") {
		t.Fatalf("undo after adopt = %v %q", ok, label)
	}
	undo(t, s)
	if s.Scenario() != id || s.ScenarioName(id) != "成长期" || snapshot(t, s.Doc()) != grown {
		t.Fatal("undo did not reopen the scenario")
	}
	s.Switch("")
	if snapshot(t, s.Doc()) != current || len(s.Scenarios()) != 1 {
		t.Fatal("undo did not restore the current organisation")
	}
	s.Switch(id)
	redo(t, s)
	if s.Scenario() != "" || snapshot(t, s.Doc()) != grown {
		t.Fatal("redo adopt")
	}
	// an edit after adopting is undone in the (new) current organisation,
	// then the adoption, then the scenario's own edit
	mustDo(t, s, RenameRole("r-ops", "运营总监"))
	undo(t, s)
	undo(t, s)
	undo(t, s)
	if s.Scenario() != id || s.Doc().Role("r-mkt").Title != "市场经理" {
		t.Fatal("history order after adopt")
	}
}

func TestAdoptNamesTheKeptOrganisationUniquely(t *testing.T) {
	s := newSession(t)
	a, _ := s.NewScenario("A", "")
	s.NewScenario(s.BeforeName(time.Now()), "")
	before, err := s.Adopt(a)
	if err != nil {
		t.Fatal(err)
	}
	if got := s.ScenarioName(before); got != s.BeforeName(time.Now())+" (2)" {
		t.Fatalf("kept as %q", got)
	}
}

func TestFindScenario(t *testing.T) {
	s := newSession(t)
	id, _ := s.NewScenario("Growth", "")
	for key, want := range map[string]data.ID{"": "", "current": "", "当前组织": "", "growth": id, string(id): id} {
		if got, ok := s.FindScenario(key); !ok || got != want {
			t.Errorf("FindScenario(%q) = %q %v", key, got, ok)
		}
	}
	if _, ok := s.FindScenario("nope"); ok {
		t.Error("found a missing scenario")
	}
}

func TestScenarioNameProblem(t *testing.T) {
	for name, bad := range map[string]bool{
		"成长期": false, "  ": true, "current": true, "当前组织": true, "Current Organisation": true,
		"a\nb": true, strings.Repeat("长", data.MaxScenarioName): false, strings.Repeat("长", data.MaxScenarioName+1): true,
	} {
		if got := ScenarioNameProblem(name) != ""; got != bad {
			t.Errorf("ScenarioNameProblem(%q) = %q", name, ScenarioNameProblem(name))
		}
	}
}

// The kept organisation is named in the document's language, whatever the
// interface's, so the name is the same whoever adopts.
func TestBeforeNameFollowsTheContent(t *testing.T) {
	s := newSession(t) // Chinese content
	was := i18n.Language()
	i18n.SetLanguage("en")
	defer i18n.SetLanguage(was)
	day := time.Date(2026, 12, 4, 9, 0, 0, 0, time.Local)
	if got := s.BeforeName(day); got != "2026-12-04 之前" {
		t.Fatalf("BeforeName = %q", got)
	}
}

// Adopting back the organisation an adoption kept keeps the other side as
// the scenario adopted then: same id, name, note, creation time and place;
// undo and redo of both adoptions restore every description exactly.
func TestAdoptBackRestoresTheAdoptedScenario(t *testing.T) {
	s := newSession(t)
	current := snapshot(t, s.Doc())
	s.NewScenario("先行方案", "")
	id, _ := s.NewScenario("成长期", "")
	mustDo(t, s, RenameRole("r-mkt", "市场总监"))
	grown := snapshot(t, s.Doc())
	sc, _ := s.store.Scenario(id)
	sc.Note = "合并市场与品牌"
	if err := s.store.PutScenario(sc); err != nil {
		t.Fatal(err)
	}
	if got, want := s.KeptName(id), s.BeforeName(time.Now()); got != want {
		t.Fatalf("KeptName before adopting = %q, want %q", got, want)
	}
	kept, err := s.Adopt(id)
	if err != nil {
		t.Fatal(err)
	}
	if got := s.KeptName(kept); got != "成长期" {
		t.Fatalf("KeptName of the kept organisation = %q, want 成长期", got)
	}
	k, _ := s.store.Scenario(kept)
	if k.Adopted == nil || *k.Adopted != sc {
		t.Fatalf("the kept scenario remembers %+v, want %+v", k.Adopted, sc)
	}
	listAfterAdopt := s.Scenarios()

	back, err := s.Adopt(kept)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := s.store.Scenario(back)
	want := sc
	want.Adopted = &data.Scenario{}
	*want.Adopted = k
	want.Adopted.Adopted = nil
	if got.Adopted == nil || *got.Adopted != *want.Adopted {
		t.Fatalf("the restored scenario remembers %+v, want %+v", got.Adopted, want.Adopted)
	}
	got.Adopted, want.Adopted = nil, nil
	if got != want {
		t.Fatalf("adopted back, the scenario is %+v, want %+v", got, want)
	}
	if names := scenarioNames(s); names != "先行方案, 成长期" {
		t.Fatalf("scenarios after adopting back: %s", names)
	}
	if snapshot(t, s.Doc()) != current {
		t.Fatal("adopting back did not make the old organisation current")
	}
	if d, _ := s.ScenarioDoc(back); snapshot(t, d) != grown {
		t.Fatal("the adopted organisation was not kept")
	}

	undo(t, s) // the second adoption
	if !sameScenarios(s.Scenarios(), listAfterAdopt) || snapshot(t, s.Doc()) != grown {
		t.Fatalf("undo of adopting back: %+v", s.Scenarios())
	}
	undo(t, s) // the first
	s.Switch("")
	if l := s.Scenarios(); len(l) != 2 || l[1] != sc || snapshot(t, s.Doc()) != current {
		t.Fatalf("undo of adopting: %+v", l)
	}
	redo(t, s)
	redo(t, s)
	if names := scenarioNames(s); names != "先行方案, 成长期" || snapshot(t, s.Doc()) != current {
		t.Fatalf("redo: %s", names)
	}
}

// When another scenario has taken the adopted scenario's name, adopting
// back numbers it.
func TestAdoptBackWhenTheNameIsTaken(t *testing.T) {
	s := newSession(t)
	id, _ := s.NewScenario("成长期", "")
	kept, _ := s.Adopt(id)
	s.NewScenario("成长期", "")
	if got := s.KeptName(kept); got != "成长期 (2)" {
		t.Fatalf("KeptName = %q", got)
	}
	back, err := s.Adopt(kept)
	if err != nil {
		t.Fatal(err)
	}
	if got := s.ScenarioName(back); got != "成长期 (2)" {
		t.Fatalf("kept as %q", got)
	}
}

func scenarioNames(s *Session) string {
	var names []string
	for _, sc := range s.Scenarios() {
		names = append(names, sc.Name)
	}
	return strings.Join(names, ", ")
}

// sameScenarios compares descriptions, with what Adopted points to.
func sameScenarios(a, b []data.Scenario) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, y := a[i], b[i]
		if (x.Adopted == nil) != (y.Adopted == nil) || x.Adopted != nil && *x.Adopted != *y.Adopted {
			return false
		}
		x.Adopted, y.Adopted = nil, nil
		if x != y {
			return false
		}
	}
	return true
}
