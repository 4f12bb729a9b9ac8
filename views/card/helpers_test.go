package card

import (
	odtheme "orgdesigner/views/theme"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"orgdesigner/app"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
	"orgdesigner/views/card/field"
)

func TestMain(m *testing.M) {
	// Only explicit flushes (focus loss, Enter, Flush) save in these tests;
	// the debounce itself is tested in package field.
	field.Delay = time.Hour
	i18n.SetLanguage(i18n.Chinese)
	os.Exit(m.Run())
}

// fixture is a small organisation: a general manager over two departments,
// one with a sub-department, and a few people.
func fixture() *data.Document {
	return &data.Document{
		Org: data.Organisation{Name: "测试公司", Lang: "zh", Mode: data.ModeFunctional, Stage: data.StageStartup},
		Departments: []data.Department{
			{ID: "d-mkt", Name: "市场部", Head: "r-mkt", Order: 1, Color: "#1E88E5"},
			{ID: "d-ops", Name: "运营部", Head: "r-ops", Order: 2},
			{ID: "d-seo", Name: "搜索组", Parent: "d-ops", Order: 3},
		},
		Roles: []data.Role{
			{ID: "r-gm", Title: "总经理", Planned: 1, Order: 0},
			{ID: "r-mkt", Title: "市场经理", Department: "d-mkt", ReportsTo: "r-gm", Planned: 1, Order: 1,
				Responsibilities: []data.Responsibility{{Text: "制定营销战略"}}},
			{ID: "r-ops", Title: "运营经理", Department: "d-ops", ReportsTo: "r-gm", Planned: 1, Order: 2},
			{ID: "r-seo", Title: "SEO优化师", Department: "d-seo", ReportsTo: "r-ops", Planned: 3, Order: 3,
				Dotted: []data.DottedLine{{Manager: "r-mkt", Label: "项目汇报"}},
				Responsibilities: []data.Responsibility{
					{Text: "研究搜索引擎算法", Weight: 40, Examples: []string{"百度清风算法"}},
					{Text: "优化网站关键词", Weight: 30},
					{Text: "提交月度排名报告", Weight: 30},
				},
				KPIs:      []data.KPI{{Indicator: "核心词排名", Target: "前三", Cycle: "月", Weight: 100}},
				Purpose:   "提升自然搜索流量",
				Suggested: []string{data.FieldPurpose, data.FieldKPIs}},
			{ID: "r-sem", Title: "SEM专员", Department: "d-seo", ReportsTo: "r-seo", Planned: 1, Order: 4},
		},
		People: []data.Person{
			{ID: "p-1", Number: "001", Name: "张三", Role: "r-seo", Status: data.StatusActive},
			{ID: "p-2", Number: "002", Name: "李四", Role: "r-seo", Status: data.StatusProbation},
			{ID: "p-3", Number: "003", Name: "王五", Role: "r-mkt", Status: data.StatusLeft},
		},
	}
}

// env is a session over a temp-dir store, reopenable to prove persistence.
type env struct {
	t    testing.TB
	path string
	st   *data.Store
	s    *app.Session
}

func newEnv(t testing.TB, doc *data.Document) *env {
	t.Helper()
	path := filepath.Join(t.TempDir(), "card.orgdb")
	st, err := data.Create(path, doc)
	if err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, path: path, st: st, s: app.NewSession(st)}
	t.Cleanup(func() {
		if e.st != nil {
			e.st.Close()
		}
	})
	return e
}

// reopen closes the store and reads the document back from the file.
func (e *env) reopen() *data.Document {
	e.t.Helper()
	if err := e.st.Close(); err != nil {
		e.t.Fatal(err)
	}
	e.st = nil
	st, err := data.Open(e.path)
	if err != nil {
		e.t.Fatal(err)
	}
	defer st.Close()
	return st.Doc()
}

// newWindow shows obj in a test window of a pinned theme and size.
func newWindow(t *testing.T, obj fyne.CanvasObject, size fyne.Size) fyne.Window {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(odtheme.WithFont(test.Theme()))
	w := test.NewTempWindow(t, obj)
	w.Resize(size)
	return w
}

// typeInto replaces an entry's text as a user would: focus, select all,
// type, leave the field.
func typeInto(t *testing.T, w fyne.Window, en *field.Entry, text string) {
	t.Helper()
	w.Canvas().Focus(en)
	en.SetText("") // a user would select all and type over it
	test.Type(en, text)
	w.Canvas().Unfocus()
}

func deleteRole(id data.ID) app.Command { return app.DeleteRole(id) }

// relayout resizes the window away and back, laying the whole tree out as
// the real driver does on every frame (the test canvas does not).
func relayout(w fyne.Window) {
	size := w.Canvas().Size()
	w.Resize(size.AddWidthHeight(1, 0))
	w.Resize(size)
}
