package checks

import (
	"fmt"
	odtheme "orgdesigner/views/theme"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"orgdesigner/app"
	"orgdesigner/app/check"
	"orgdesigner/app/i18n"
	"orgdesigner/app/i18n/i18ntest"
	"orgdesigner/data"
)

func TestMain(m *testing.M) {
	i18n.SetLanguage(i18n.Chinese)
	os.Exit(m.Run())
}

// role is a complete role card: weights 50/50, one KPI at 100.
func role(id, title string, dept, reportsTo data.ID, planned int) data.Role {
	return data.Role{
		ID: data.ID(id), Title: title, Department: dept, ReportsTo: reportsTo, Planned: planned,
		Responsibilities: []data.Responsibility{{Text: title + "职责一", Weight: 50}, {Text: title + "职责二", Weight: 50}},
		KPIs:             []data.KPI{{Indicator: title + "指标", Weight: 100}},
	}
}

func person(id, name string, r data.ID) data.Person {
	return data.Person{ID: data.ID(id), Number: "E" + id, Name: name, Role: r, Status: data.StatusActive}
}

// clean is a problem-free organisation (no finding at all).
func clean() *data.Document {
	return &data.Document{
		Org: data.Organisation{Name: "测试公司", Lang: "zh"},
		Departments: []data.Department{
			{ID: "mkt", Name: "市场部", Head: "mkt-mgr", Order: 1},
			{ID: "ops", Name: "运营部", Head: "ops-mgr", Order: 2},
		},
		Roles: []data.Role{
			role("gm", "总经理", "", "", 1),
			role("mkt-mgr", "市场经理", "mkt", "gm", 1),
			role("mkt-spec", "市场专员", "mkt", "mkt-mgr", 1),
			role("ops-mgr", "运营经理", "ops", "gm", 1),
			role("ops-spec", "运营专员", "ops", "ops-mgr", 1),
		},
		People: []data.Person{
			person("1", "王总", "gm"), person("2", "李市场", "mkt-mgr"), person("3", "张专员", "mkt-spec"),
			person("4", "赵运营", "ops-mgr"), person("5", "钱专员", "ops-spec"),
		},
	}
}

func roleOf(d *data.Document, id data.ID) *data.Role {
	for i := range d.Roles {
		if d.Roles[i].ID == id {
			return &d.Roles[i]
		}
	}
	panic("no role " + id)
}

// cases builds one document per kind of finding, with the item a click on
// the finding must select.
var cases = []struct {
	kind   string
	object string
	id     data.ID
	edit   func(d *data.Document)
}{
	{check.KindNoRoles, check.ObjectOrganisation, "", func(d *data.Document) {
		d.Roles, d.People = nil, nil
		for i := range d.Departments {
			d.Departments[i].Head = ""
		}
	}},
	{check.KindNoPeople, check.ObjectOrganisation, "", func(d *data.Document) { d.People = nil }},
	{check.KindNoResponsibilities, check.ObjectRole, "ops-spec", func(d *data.Document) {
		roleOf(d, "ops-spec").Responsibilities = nil
	}},
	{check.KindNoKPIs, check.ObjectRole, "mkt-spec", func(d *data.Document) { roleOf(d, "mkt-spec").KPIs = nil }},
	{check.KindWeights, check.ObjectRole, "mkt-mgr", func(d *data.Document) {
		roleOf(d, "mkt-mgr").Responsibilities[0].Weight = 30
	}},
	{check.KindKPIWeights, check.ObjectRole, "gm", func(d *data.Document) { roleOf(d, "gm").KPIs[0].Weight = 80 }},
	{check.KindVacancy, check.ObjectRole, "ops-spec", func(d *data.Document) { roleOf(d, "ops-spec").Planned = 3 }},
	{check.KindOverstaffed, check.ObjectRole, "mkt-spec", func(d *data.Document) {
		d.People = append(d.People, person("6", "孙专员", "mkt-spec"))
	}},
	{check.KindNoManager, check.ObjectRole, "ops-mgr", func(d *data.Document) { roleOf(d, "ops-mgr").ReportsTo = "" }},
	{check.KindSpan, check.ObjectRole, "ops-mgr", func(d *data.Document) {
		for i := range 11 {
			r := role(fmt.Sprintf("ops-x%d", i), fmt.Sprintf("运营助理%d", i), "ops", "ops-mgr", 0)
			r.Responsibilities = []data.Responsibility{{Text: fmt.Sprintf("独有职责%d", i)}}
			d.Roles = append(d.Roles, r)
		}
	}},
	// 总经理 → 运营经理 → 运营专员 → l1 … l4: l4 is the seventh level.
	{check.KindDepth, check.ObjectRole, "ops-l4", func(d *data.Document) {
		boss := data.ID("ops-spec")
		for i := 1; i <= 4; i++ {
			id := data.ID(fmt.Sprintf("ops-l%d", i))
			r := role(string(id), fmt.Sprintf("层级%d", i), "ops", boss, 0)
			d.Roles = append(d.Roles, r)
			boss = id
		}
	}},
	{check.KindCrossReport, check.ObjectRole, "mkt-spec", func(d *data.Document) {
		roleOf(d, "mkt-spec").ReportsTo = "ops-mgr"
	}},
	{check.KindOverlap, check.ObjectRole, "mkt-spec", func(d *data.Document) {
		roleOf(d, "ops-spec").Responsibilities[0].Text = "市场专员职责一"
	}},
	{check.KindNoHead, check.ObjectDepartment, "ops", func(d *data.Document) { d.Departments[1].Head = "" }},
	{check.KindHeadOutside, check.ObjectDepartment, "mkt", func(d *data.Document) { d.Departments[0].Head = "gm" }},
	{check.KindEmptyDepartment, check.ObjectDepartment, "hr", func(d *data.Document) {
		d.Departments = append(d.Departments, data.Department{ID: "hr", Name: "人事部", Order: 3})
	}},
	{check.KindUnassignedPerson, check.ObjectPerson, "6", func(d *data.Document) {
		d.People = append(d.People, data.Person{ID: "6", Name: "周新人", Department: "ops", Status: data.StatusActive})
	}},
}

func newSession(t *testing.T, doc *data.Document) *app.Session {
	t.Helper()
	st, err := data.Create(filepath.Join(t.TempDir(), "checks.orgdb"), doc)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return app.NewSession(st)
}

// fakeSession serves a document the store would refuse.
type fakeSession struct{ doc *data.Document }

func (f fakeSession) Doc() *data.Document { return f.doc }
func (f fakeSession) OnChange(func())     {}

type selection struct {
	object string
	id     data.ID
}

// tapKind taps the first row of a kind and returns what it selected.
func tapKind(t *testing.T, p *Panel, kind string) (selection, bool) {
	t.Helper()
	var got selection
	p.OnSelect = func(object string, id data.ID) { got = selection{object, id} }
	for _, o := range p.list.Objects {
		if r, ok := o.(*Row); ok && r.Finding.Kind == kind {
			test.Tap(r)
			return got, true
		}
	}
	return got, false
}

func TestCleanDocumentHasNoFindings(t *testing.T) {
	test.NewTempApp(t)
	p := NewPanel(newSession(t, clean()), nil)
	if len(p.Findings()) != 0 {
		t.Fatalf("findings on the clean document: %+v", p.Findings())
	}
	if p.summary.Text != "没有发现问题。" {
		t.Errorf("summary = %q", p.summary.Text)
	}
}

func TestPanelFindsEachKind(t *testing.T) {
	for _, tc := range cases {
		t.Run(tc.kind, func(t *testing.T) {
			a := test.NewTempApp(t)
			a.Settings().SetTheme(odtheme.WithFont(test.Theme()))
			doc := clean()
			tc.edit(doc)
			p := NewPanel(newSession(t, doc), nil)
			w := test.NewTempWindow(t, p)
			w.Resize(fyne.NewSize(400, 600))
			got, ok := tapKind(t, p, tc.kind)
			if !ok {
				t.Fatalf("no %s finding in %+v", tc.kind, p.Findings())
			}
			if want := (selection{tc.object, tc.id}); got != want {
				t.Errorf("tapping the finding selected %+v, want %+v", got, want)
			}
		})
	}
}

func TestPanelShowsInvalidData(t *testing.T) {
	test.NewTempApp(t)
	doc := clean()
	roleOf(doc, "ops-spec").Title = ""
	doc.Reindex()
	p := NewPanel(fakeSession{doc}, nil)
	got, ok := tapKind(t, p, check.KindInvalid)
	if !ok {
		t.Fatal("no finding for data the store would refuse")
	}
	if got != (selection{"role", "ops-spec"}) {
		t.Errorf("selected %+v", got)
	}
	if errs, _, _ := check.Summary(p.Findings()); errs != 1 || !strings.HasPrefix(p.summary.Text, "1 个错误") {
		t.Errorf("summary = %q", p.summary.Text)
	}
}

func TestPanelHidesNotes(t *testing.T) {
	test.NewTempApp(t)
	doc := clean()
	roleOf(doc, "ops-spec").Planned = 3 // a vacancy: a note
	p := NewPanel(newSession(t, doc), nil)
	if _, ok := tapKind(t, p, check.KindVacancy); !ok {
		t.Fatal("the vacancy note is not listed")
	}
	p.info.SetChecked(false)
	if _, ok := tapKind(t, p, check.KindVacancy); ok {
		t.Error("notes listed with “show notes” off")
	}
}

// TestPanelFollowsChanges edits the document and waits for the debounced
// check, which runs off the UI goroutine.
func TestPanelFollowsChanges(t *testing.T) {
	test.NewTempApp(t)
	old := Delay
	Delay = 10 * time.Millisecond
	t.Cleanup(func() { Delay = old })
	s := newSession(t, clean())
	p := NewPanel(s, nil)
	shown := make(chan []check.Finding, 8)
	p.onShown = func(fs []check.Finding) { shown <- fs }
	if err := s.Do(app.EditRole("gm", "test", func(r *data.Role) { r.KPIs = nil })); err != nil {
		t.Fatal(err)
	}
	select {
	case fs := <-shown:
		if len(fs) != 1 || fs[0].Kind != check.KindNoKPIs {
			t.Errorf("after the edit: %+v", fs)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the panel did not check the changed document")
	}
}

func TestPanelKeyboard(t *testing.T) {
	test.NewTempApp(t)
	doc := clean()
	doc.Departments[1].Head = ""
	p := NewPanel(newSession(t, doc), nil)
	w := test.NewTempWindow(t, p)
	var got data.ID
	p.OnSelect = func(_ string, id data.ID) { got = id }
	row := p.list.Objects[0].(*Row)
	w.Canvas().Focus(row)
	row.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if got != "ops" {
		t.Errorf("Enter on a finding selected %q", got)
	}
}

func TestTranslations(t *testing.T) {
	i18ntest.Check(t, "checks_view", []string{"."})
}

func TestPanelRelabel(t *testing.T) {
	test.NewTempApp(t)
	doc := clean()
	doc.Departments[1].Head = ""
	p := NewPanel(newSession(t, doc), nil)
	i18n.SetLanguage(i18n.English)
	t.Cleanup(func() { i18n.SetLanguage(i18n.Chinese) })
	p.Relabel()
	if p.summary.Text != "0 error(s), 1 warning(s), 0 note(s)" || p.info.Text != "Show notes" {
		t.Errorf("summary %q, check %q", p.summary.Text, p.info.Text)
	}
	if r := p.list.Objects[0].(*Row); !strings.Contains(r.Finding.Message, "has no head") {
		t.Errorf("finding not in English: %q", r.Finding.Message)
	}
}
