package app

import (
	"encoding/json"
	"errors"
	"path/filepath"
	"testing"

	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

func fixture() *data.Document {
	return &data.Document{
		Org: data.Organisation{Name: "测试公司", Lang: "zh"},
		Departments: []data.Department{
			{ID: "d-mkt", Name: "市场部", Head: "r-mkt", Order: 1},
			{ID: "d-ops", Name: "运营部", Head: "r-ops", Order: 2},
			{ID: "d-seo", Name: "搜索组", Parent: "d-ops", Order: 3},
		},
		Roles: []data.Role{
			{ID: "r-gm", Title: "总经理", Planned: 1, Order: 0},
			{ID: "r-mkt", Title: "市场经理", Department: "d-mkt", ReportsTo: "r-gm", Planned: 1, Order: 1,
				Responsibilities: []data.Responsibility{{Text: "制定营销战略"}}},
			{ID: "r-ops", Title: "运营经理", Department: "d-ops", ReportsTo: "r-gm", Planned: 1, Order: 2},
			{ID: "r-seo", Title: "SEO优化师", Department: "d-seo", ReportsTo: "r-ops", Planned: 3, Order: 3,
				Dotted:           []data.DottedLine{{Manager: "r-mkt", Label: "项目汇报"}},
				Responsibilities: []data.Responsibility{{Text: "研究搜索引擎算法", Examples: []string{"百度清风算法"}}}},
			{ID: "r-sem", Title: "SEM专员", Department: "d-seo", ReportsTo: "r-seo", Planned: 1, Order: 4},
		},
		People: []data.Person{
			{ID: "p-1", Number: "001", Name: "张三", Role: "r-seo", Status: data.StatusActive},
			{ID: "p-2", Number: "002", Name: "李四", Role: "r-seo", Status: data.StatusProbation},
			{ID: "p-3", Number: "003", Name: "王五", Role: "r-mkt", Status: data.StatusLeft},
			{ID: "p-4", Number: "004", Name: "赵六", Status: data.StatusActive, Manager: "p-1"},
		},
		Projects: []data.ProjectTeam{{ID: "t-618", Name: "618大促项目组", OwnerRole: "r-mkt",
			Members: []data.Member{{Role: "r-seo", ProjectRole: "搜索投放"}, {Person: "p-1"}}}},
	}
}

func newSession(t testing.TB) *Session {
	t.Helper()
	st, err := data.Create(filepath.Join(t.TempDir(), "s.orgdb"), fixture())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return NewSession(st)
}

func snapshot(t testing.TB, d *data.Document) string {
	t.Helper()
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// Every command, applied then undone, restores the document exactly; redo
// gives the same result again; and the file on disk agrees.
func TestCommandsUndoRedo(t *testing.T) {
	var newID data.ID
	cases := []struct {
		name  string
		cmd   Command
		check func(t *testing.T, d *data.Document)
	}{
		{"add department", AddDepartment(data.Department{Name: "客服部"}, &newID), func(t *testing.T, d *data.Document) {
			if d.Department(newID) == nil || d.Department(newID).Name != "客服部" {
				t.Fatal("not added")
			}
		}},
		{"rename department", RenameDepartment("d-mkt", " 品牌部 "), func(t *testing.T, d *data.Document) {
			if d.Department("d-mkt").Name != "品牌部" {
				t.Fatal("not renamed")
			}
		}},
		{"move department", MoveDepartment("d-seo", "d-mkt", ""), func(t *testing.T, d *data.Document) {
			if d.Department("d-seo").Parent != "d-mkt" {
				t.Fatal("not moved")
			}
		}},
		{"delete department cascades", DeleteDepartment("d-ops"), func(t *testing.T, d *data.Document) {
			if d.Department("d-ops") != nil || d.Department("d-seo") != nil || d.Role("r-seo") != nil || d.Role("r-ops") != nil {
				t.Fatal("subtree not deleted")
			}
			if p := d.Person("p-1"); p.Role != "" || p.Department != "" {
				t.Fatalf("holder not unassigned: %+v", p)
			}
			if len(d.Project("t-618").Members) != 1 {
				t.Fatal("project membership of deleted role kept")
			}
		}},
		{"add role", AddRole(data.Role{Title: "内容运营", Department: "d-mkt", ReportsTo: "r-mkt", Planned: 2}, &newID), func(t *testing.T, d *data.Document) {
			if r := d.Role(newID); r == nil || r.ReportsTo != "r-mkt" {
				t.Fatal("not added")
			}
		}},
		{"edit role card", EditRole("r-seo", "edit", func(r *data.Role) {
			r.Purpose = "提升自然搜索流量"
			r.KPIs = append(r.KPIs, data.KPI{Indicator: "自然流量", Target: "+20%", Cycle: "季", Weight: 100})
			r.Responsibilities[0].Examples = append(r.Responsibilities[0].Examples, "TDK")
		}), func(t *testing.T, d *data.Document) {
			r := d.Role("r-seo")
			if r.Purpose == "" || len(r.KPIs) != 1 || len(r.Responsibilities[0].Examples) != 2 {
				t.Fatal("card edit lost")
			}
		}},
		{"rename role", RenameRole("r-sem", "SEM优化师"), func(t *testing.T, d *data.Document) {
			if d.Role("r-sem").Title != "SEM优化师" {
				t.Fatal("not renamed")
			}
		}},
		{"set reports-to", SetReportsTo("r-sem", "r-ops"), func(t *testing.T, d *data.Document) {
			if d.Role("r-sem").ReportsTo != "r-ops" {
				t.Fatal("not set")
			}
		}},
		{"set dotted lines", SetDottedLines("r-sem", []data.DottedLine{{Manager: "r-mkt", Label: "职能指导"}}), func(t *testing.T, d *data.Document) {
			if len(d.Role("r-sem").Dotted) != 1 {
				t.Fatal("not set")
			}
		}},
		{"move role", MoveRole("r-seo", "d-mkt", "r-mkt", ""), func(t *testing.T, d *data.Document) {
			if r := d.Role("r-seo"); r.Department != "d-mkt" || r.ReportsTo != "r-mkt" {
				t.Fatal("not moved")
			}
			if d.Person("p-1").Department != "d-mkt" {
				t.Fatal("holder did not follow")
			}
		}},
		{"delete role reattaches reports", DeleteRole("r-seo"), func(t *testing.T, d *data.Document) {
			if d.Role("r-seo") != nil || d.Role("r-sem").ReportsTo != "r-ops" || d.Person("p-2").Role != "" {
				t.Fatal("delete role did not repair references")
			}
		}},
		{"duplicate role", DuplicateRole("r-seo", &newID), func(t *testing.T, d *data.Document) {
			r := d.Role(newID)
			if r == nil || len(r.Responsibilities) != 1 || len(d.Holders(newID)) != 0 {
				t.Fatalf("bad duplicate %+v", r)
			}
		}},
		{"add person", AddPerson(data.Person{Name: "孙七", Role: "r-sem"}, &newID), func(t *testing.T, d *data.Document) {
			if p := d.Person(newID); p == nil || p.Department != "d-seo" || p.Status != data.StatusActive {
				t.Fatalf("bad person %+v", p)
			}
		}},
		{"assign person", AssignPerson("p-4", "r-sem"), func(t *testing.T, d *data.Document) {
			if d.Person("p-4").Role != "r-sem" {
				t.Fatal("not assigned")
			}
		}},
		{"move holders", MoveHolders("r-seo", "r-sem"), func(t *testing.T, d *data.Document) {
			if len(d.Holders("r-sem")) != 2 || len(d.Holders("r-seo")) != 0 {
				t.Fatal("holders not moved")
			}
		}},
		{"delete person", DeletePerson("p-1"), func(t *testing.T, d *data.Document) {
			if d.Person("p-1") != nil || d.Person("p-4").Manager != "" || len(d.Project("t-618").Members) != 1 {
				t.Fatal("references to deleted person kept")
			}
		}},
		{"add project", AddProject(data.ProjectTeam{Name: "双11", Members: []data.Member{{Role: "r-ops"}}}, &newID), func(t *testing.T, d *data.Document) {
			if d.Project(newID) == nil {
				t.Fatal("not added")
			}
		}},
		{"delete project", DeleteProject("t-618"), func(t *testing.T, d *data.Document) {
			if d.Project("t-618") != nil {
				t.Fatal("not deleted")
			}
		}},
		{"update org", UpdateOrg(data.Organisation{Name: "新名字", Mode: data.ModeMatrix, Stage: data.StageGrowth}), func(t *testing.T, d *data.Document) {
			if d.Org.Mode != data.ModeMatrix {
				t.Fatal("not set")
			}
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			// given
			s := newSession(t)
			before := snapshot(t, s.Doc())
			// when
			if err := s.Do(tc.cmd); err != nil {
				t.Fatal(err)
			}
			// then
			tc.check(t, s.Doc())
			after := snapshot(t, s.Doc())
			if ok, label := s.CanUndo(); !ok || label == "" {
				t.Fatal("not undoable")
			}
			if err := s.Undo(); err != nil {
				t.Fatal(err)
			}
			if got := snapshot(t, s.Doc()); got != before {
				t.Fatalf("undo did not restore:\n got %s\nwant %s", got, before)
			}
			if err := s.Redo(); err != nil {
				t.Fatal(err)
			}
			if got := snapshot(t, s.Doc()); got != after {
				t.Fatalf("redo differs:\n got %s\nwant %s", got, after)
			}
			// and the file agrees with the session
			path := s.Path()
			s.Store().Close()
			st, err := data.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			if got := snapshot(t, st.Doc()); got != after {
				t.Fatalf("file differs from session:\n got %s\nwant %s", got, after)
			}
		})
	}
}

func TestRefusedCommandChangesNothing(t *testing.T) {
	s := newSession(t)
	before := snapshot(t, s.Doc())
	err := s.Do(SetReportsTo("r-gm", "r-sem"))
	var ve *data.ValidationError
	if !errors.As(err, &ve) || !errors.Is(err, data.ErrCycle) {
		t.Fatalf("want cycle error, got %v", err)
	}
	if msg := Describe(err); msg == "" || msg == err.Error() {
		t.Fatalf("no sentence for cycle: %q", msg)
	}
	if snapshot(t, s.Doc()) != before {
		t.Fatal("document changed")
	}
	if ok, _ := s.CanUndo(); ok {
		t.Fatal("refused command recorded for undo")
	}
}

func TestUnlimitedUndoAndRedoCleared(t *testing.T) {
	s := newSession(t)
	before := snapshot(t, s.Doc())
	for i := 0; i < 200; i++ {
		if err := s.Do(EditRole("r-sem", "plan", func(r *data.Role) { r.Planned++ })); err != nil {
			t.Fatal(err)
		}
	}
	if s.Doc().Role("r-sem").Planned != 201 {
		t.Fatal("edits lost")
	}
	for i := 0; i < 150; i++ {
		if err := s.Undo(); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Do(RenameRole("r-sem", "X")); err != nil {
		t.Fatal(err)
	}
	if err := s.Redo(); !errors.Is(err, ErrNothingToRedo) {
		t.Fatalf("redo after new action: %v", err)
	}
	for s.Undo() == nil {
	}
	if snapshot(t, s.Doc()) != before {
		t.Fatal("undo all did not restore the start")
	}
}

func TestListenersNotified(t *testing.T) {
	s := newSession(t)
	n := 0
	s.OnChange(func() { n++ })
	s.Do(RenameRole("r-sem", "X"))
	s.Undo()
	s.Redo()
	if n != 3 {
		t.Fatalf("notified %d times, want 3", n)
	}
}

func TestCountHeads(t *testing.T) {
	h := CountHeads(fixture().With(&data.ChangeSet{}))
	if c := h.Role["r-seo"]; c != (Count{Planned: 3, Filled: 2, Vacancy: 1}) {
		t.Fatalf("r-seo %+v", c)
	}
	if c := h.Role["r-mkt"]; c.Filled != 0 || c.Vacancy != 1 {
		t.Fatalf("leaver counted: %+v", c)
	}
	// d-ops rolls up its sub-department d-seo.
	if c := h.Department["d-ops"]; c.Planned != 5 || c.Filled != 2 {
		t.Fatalf("d-ops %+v", c)
	}
	if h.Company.Planned != 7 || h.Company.Filled != 2 || h.Company.Vacancy != 5 || h.Unassigned != 1 {
		t.Fatalf("company %+v unassigned %d", h.Company, h.Unassigned)
	}
}

func TestSearch(t *testing.T) {
	d := fixture().With(&data.ChangeSet{})
	cases := []struct {
		q    string
		want []data.ID
	}{
		{"seo", []data.ID{"r-seo"}},
		{"ＳＥＯ", []data.ID{"r-seo"}},
		{"搜索", []data.ID{"d-seo", "r-seo"}},
		{"张三", []data.ID{"p-1"}},
		{"003", []data.ID{"p-3"}},
		{"618", []data.ID{"t-618"}},
		{"   ", nil},
		{"不存在", nil},
	}
	for _, tc := range cases {
		var got []data.ID
		for _, h := range Search(d, tc.q) {
			got = append(got, h.ID)
		}
		if len(got) != len(tc.want) {
			t.Errorf("%q: got %v want %v", tc.q, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%q: got %v want %v", tc.q, got, tc.want)
			}
		}
	}
}

func TestValidationMessagesTranslated(t *testing.T) {
	for code, text := range validationText {
		for _, lang := range []string{i18n.Chinese, i18n.English} {
			if !i18n.Has(lang, text) {
				t.Errorf("%s: %q has no %s translation", code, text, lang)
			}
		}
	}
}

func BenchmarkEditApplied(b *testing.B) {
	s := newSession(b)
	for i := 0; i < b.N; i++ {
		if err := s.Do(EditRole("r-sem", "plan", func(r *data.Role) { r.Planned = i % 10 })); err != nil {
			b.Fatal(err)
		}
	}
}
