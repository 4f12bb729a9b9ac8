package views

import (
	"fmt"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"orgdesigner/app"
	"orgdesigner/data"
	odtheme "orgdesigner/views/theme"
)

// bigDoc has depts departments with roles each (the first reporting to
// nobody, the rest to it) and two people per role.
func bigDoc(depts, roles int) *data.Document {
	doc := &data.Document{Org: data.Organisation{Name: "大公司", Mode: data.ModeFunctional}}
	for d := 0; d < depts; d++ {
		did := data.ID(fmt.Sprintf("d%d", d))
		doc.Departments = append(doc.Departments, data.Department{ID: did, Name: fmt.Sprintf("部门%d", d), Order: d})
		for r := 0; r < roles; r++ {
			rid := data.ID(fmt.Sprintf("r%d-%d", d, r))
			role := data.Role{ID: rid, Title: fmt.Sprintf("岗位%d-%d", d, r), Department: did, Planned: 3, Order: d*roles + r}
			if r > 0 {
				role.ReportsTo = data.ID(fmt.Sprintf("r%d-0", d))
			}
			doc.Roles = append(doc.Roles, role)
			for p := 0; p < 2; p++ {
				doc.People = append(doc.People, data.Person{ID: data.ID(fmt.Sprintf("p%d-%d-%d", d, r, p)),
					Number: fmt.Sprintf("%d-%d-%d", d, r, p), Name: fmt.Sprintf("员工%d-%d-%d", d, r, p),
					Role: rid, Department: did, Status: data.StatusActive})
			}
		}
	}
	doc.Sort()
	return doc
}

func benchWindow(b *testing.B, doc *data.Document) *MainWindow {
	b.Helper()
	a := test.NewTempApp(b)
	a.Settings().SetTheme(odtheme.New(odtheme.Light))
	st, err := data.Create(filepath.Join(b.TempDir(), "big.orgdb"), doc)
	if err != nil {
		b.Fatal(err)
	}
	m := NewMainWindow(a, app.NewSession(st))
	m.Window().Resize(fyne.NewSize(1920, 1080))
	b.Cleanup(func() { m.Window().Close() })
	return m
}

// BenchmarkRefresh5000 measures what the window's own panels do after an
// edit of a 5,000-role, 10,000-person document (outline, counts, status,
// menus); the chart's relayout is chartview's and measured there.
func BenchmarkRefresh5000(b *testing.B) {
	m := benchWindow(b, bigDoc(50, 100))
	b.ResetTimer()
	for b.Loop() {
		m.doc = nil // as if the session had a new snapshot
		m.refresh()
	}
}

// BenchmarkSearch5000 measures one keystroke in the search box.
func BenchmarkSearch5000(b *testing.B) {
	m := benchWindow(b, bigDoc(50, 100))
	b.ResetTimer()
	for b.Loop() {
		m.outline.onQuery("岗位4")
	}
}

// BenchmarkOpenWindow5000 measures building the whole window on a
// 5,000-role document (part of the cold start).
func BenchmarkOpenWindow5000(b *testing.B) {
	doc := bigDoc(50, 100)
	a := test.NewTempApp(b)
	st, err := data.Create(filepath.Join(b.TempDir(), "big.orgdb"), doc)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	sess := app.NewSession(st)
	b.ResetTimer()
	for b.Loop() {
		m := NewMainWindow(a, sess)
		m.closed = true // keep the store open for the next round
		unregister(m)
		m.Window().Close()
	}
}
