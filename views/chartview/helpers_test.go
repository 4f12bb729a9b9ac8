package chartview

import (
	"fmt"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"orgdesigner/app"
	"orgdesigner/app/chart"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
	"orgdesigner/views/internal/uitest"
)

// fixture is a small company: a general manager, two departments with a
// sub-department, people, a dotted line and a project team.
func fixture() *data.Document {
	return &data.Document{
		Org: data.Organisation{Name: "Acme", Lang: "en", Mode: data.ModeFunctional},
		Departments: []data.Department{
			{ID: "d-mkt", Name: "Marketing", Head: "r-mkt", Order: 1},
			{ID: "d-ops", Name: "Operations", Head: "r-ops", Order: 2},
			{ID: "d-seo", Name: "Search", Parent: "d-ops", Head: "r-seo", Order: 3},
		},
		Roles: []data.Role{
			{ID: "r-gm", Title: "General manager", Planned: 1, Order: 0},
			{ID: "r-mkt", Title: "Marketing manager", Department: "d-mkt", ReportsTo: "r-gm", Planned: 1, Order: 1},
			{ID: "r-ana", Title: "Analyst", Department: "d-mkt", ReportsTo: "r-mkt", Planned: 2, Order: 2},
			{ID: "r-ops", Title: "Operations manager", Department: "d-ops", ReportsTo: "r-gm", Planned: 1, Order: 3},
			{ID: "r-seo", Title: "SEO specialist", Department: "d-seo", ReportsTo: "r-ops", Planned: 3, Order: 4,
				Dotted: []data.DottedLine{{Manager: "r-mkt", Label: "Project"}}},
			{ID: "r-sem", Title: "SEM specialist", Department: "d-seo", ReportsTo: "r-seo", Planned: 1, Order: 5},
		},
		People: []data.Person{
			{ID: "p-1", Number: "001", Name: "Ann", Role: "r-seo", Status: data.StatusActive},
			{ID: "p-2", Number: "002", Name: "Bob", Role: "r-seo", Status: data.StatusProbation},
			{ID: "p-3", Number: "003", Name: "Cid", Role: "r-mkt", Status: data.StatusActive},
			{ID: "p-4", Number: "004", Name: "Dee", Role: "r-gm", Status: data.StatusActive},
		},
		Projects: []data.ProjectTeam{{ID: "t-618", Name: "Summer sale", OwnerRole: "r-mkt",
			Members: []data.Member{{Role: "r-seo", ProjectRole: "Search ads"}, {Person: "p-3"}}}},
	}
}

// bigDoc generates a company with n roles: departments of 25 roles each,
// every department a small hierarchy under its head.
func bigDoc(n int) *data.Document {
	doc := &data.Document{Org: data.Organisation{Name: "Big Co", Lang: "en"}}
	doc.Roles = append(doc.Roles, data.Role{ID: "gm", Title: "General manager", Planned: 1})
	const perDept = 25
	for d := 0; len(doc.Roles) < n; d++ {
		did := data.ID(fmt.Sprintf("d%d", d))
		head := data.ID(fmt.Sprintf("d%d-r0", d))
		doc.Departments = append(doc.Departments, data.Department{ID: did, Name: fmt.Sprintf("Department %d", d), Head: head, Order: d})
		for r := 0; r < perDept && len(doc.Roles) < n; r++ {
			role := data.Role{ID: data.ID(fmt.Sprintf("d%d-r%d", d, r)), Title: fmt.Sprintf("Role %d.%d", d, r),
				Department: did, Planned: 1 + r%3, Order: len(doc.Roles)}
			switch {
			case r == 0:
				role.ReportsTo = "gm"
			case r < 5:
				role.ReportsTo = head
			default:
				role.ReportsTo = data.ID(fmt.Sprintf("d%d-r%d", d, 1+r%4))
			}
			doc.Roles = append(doc.Roles, role)
		}
	}
	return doc
}

// newSession opens doc in a temp-dir store.
func newSession(t testing.TB, doc *data.Document) *app.Session {
	t.Helper()
	st, err := data.Create(filepath.Join(t.TempDir(), "chart.orgdb"), doc)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return app.NewSession(st)
}

// setup shows a chart of doc in a test window of the given size, in
// English with the test theme pinned.
func setup(t testing.TB, doc *data.Document, size fyne.Size) (*Chart, *app.Session, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	i18n.SetLanguage("en")
	sess := newSession(t, doc)
	c := New(sess)
	w := test.NewTempWindow(t, c)
	w.SetPadded(false)
	w.Resize(size)
	return c, sess, w
}

// center returns the widget position of the middle of the node with id.
func center(t testing.TB, c *Chart, id data.ID, kind chart.Kind) fyne.Position {
	t.Helper()
	i := c.findNode(id, kind, -1)
	if i < 0 {
		t.Fatalf("no %v node %q in the chart", kind, id)
	}
	return c.view.toScreen(c.lay.Nodes[i].Rect.Center())
}

// countObjects counts the canvas objects under o, and those visible (they
// and all that hold them shown).
func countObjects(o fyne.CanvasObject) (all, visible int) {
	uitest.Walk(o, func(fyne.CanvasObject) bool { all++; return true })
	uitest.Walk(o, func(x fyne.CanvasObject) bool {
		if !x.Visible() {
			return false
		}
		visible++
		return true
	})
	return all, visible
}
