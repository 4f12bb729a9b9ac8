package projects

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
	"orgdesigner/views/internal/uitest"
	odtheme "orgdesigner/views/theme"
)

// smallDoc is a company with a general manager at company level, a
// marketing department with a sub-department, an IT department, people
// and one project team.
func smallDoc() *data.Document {
	doc := &data.Document{
		Org: data.Organisation{Name: "示例公司", Mode: data.ModeMatrix, Lang: "zh"},
		Departments: []data.Department{
			{ID: "mkt", Name: "市场部", Order: 0},
			{ID: "brand", Name: "品牌组", Parent: "mkt", Order: 0},
			{ID: "it", Name: "技术部", Order: 1},
		},
		Roles: []data.Role{
			{ID: "gm", Title: "总经理", Planned: 1, Order: 0},
			{ID: "mm", Title: "市场经理", Department: "mkt", ReportsTo: "gm", Planned: 1, Order: 1},
			{ID: "designer", Title: "设计师", Department: "brand", ReportsTo: "mm", Planned: 2, Order: 2},
			{ID: "dev", Title: "开发工程师", Department: "it", ReportsTo: "gm", Planned: 3, Order: 3},
		},
		People: []data.Person{
			{ID: "p1", Number: "001", Name: "张三", Role: "dev", Department: "it", Status: data.StatusActive},
			{ID: "p2", Number: "002", Name: "李四", Role: "designer", Department: "brand", Status: data.StatusActive},
		},
		Projects: []data.ProjectTeam{{
			ID: "t618", Name: "618大促项目组", OwnerRole: "mm", Start: "2027-04-20", End: "2027-06-30", Goal: "完成GMV目标",
			Members: []data.Member{
				{Role: "mm", ProjectRole: "项目负责人"},
				{Role: "designer", ProjectRole: "设计支持"},
				{Person: "p1", ProjectRole: "技术保障"},
			},
		}},
	}
	doc.Sort()
	return doc
}

// newSession stores doc in a temporary file and starts a session on it.
func newSession(t *testing.T, doc *data.Document) *app.Session {
	t.Helper()
	st, err := data.Create(filepath.Join(t.TempDir(), "t.orgdb"), doc)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return app.NewSession(st)
}

// newTestApp pins the language and the light theme for stable output.
func newTestApp(t *testing.T) fyne.App {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(odtheme.New(odtheme.Light))
	i18n.SetLanguage(i18n.Chinese)
	return a
}

// findButton returns the shown button with the text anywhere on the
// canvas, overlays (dialogs) first.
func findButton(c fyne.Canvas, text string) *widget.Button {
	return uitest.Find(uitest.Canvas(c), func(b *widget.Button) bool { return b.Text == text && b.Visible() })
}
