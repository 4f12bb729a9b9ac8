package people

import (
	"fmt"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"orgdesigner/app"
	"orgdesigner/data"
)

// bigDoc has 1,000 roles in 100 departments and 10,000 people.
func bigDoc() *data.Document { return genDoc(100, 1000, 10, false) }

// genDoc makes a document of depts departments, roles roles (planned
// heads each) and 10,000 active people spread over the roles, each with a
// 籍贯 field and, with degree, a 学历 field too.
func genDoc(depts, roles, planned int, degree bool) *data.Document {
	doc := &data.Document{Org: data.Organisation{Name: "大公司", Lang: "zh"}}
	for i := range depts {
		doc.Departments = append(doc.Departments, data.Department{ID: data.ID(fmt.Sprintf("d%d", i)),
			Name: fmt.Sprintf("部门%d", i), Order: i})
	}
	for i := range roles {
		doc.Roles = append(doc.Roles, data.Role{ID: data.ID(fmt.Sprintf("r%d", i)), Title: fmt.Sprintf("岗位%d", i),
			Department: data.ID(fmt.Sprintf("d%d", i%depts)), Planned: planned, Order: i})
	}
	for i := range 10000 {
		extra := []data.ExtraField{{Key: "籍贯", Value: fmt.Sprintf("城市%d", i%50)}}
		if degree {
			extra = append(extra, data.ExtraField{Key: "学历", Value: "本科"})
		}
		doc.People = append(doc.People, data.Person{ID: data.ID(fmt.Sprintf("p%d", i)), Number: fmt.Sprintf("E%05d", i),
			Name: fmt.Sprintf("员工%d", i), Role: data.ID(fmt.Sprintf("r%d", i%roles)), Status: data.StatusActive, Extra: extra})
	}
	doc.Sort()
	return doc
}

// BenchmarkFilter filters 10,000 people by department and search text.
func BenchmarkFilter(b *testing.B) {
	doc := bigDoc()
	doc.Sort()
	f := Filter{Department: "d7", Text: "城市7"}
	b.ResetTimer()
	for range b.N {
		f.Apply(doc)
	}
}

// BenchmarkListReload measures the list's refresh after a change in a
// 10,000-person document (filters, list and form).
func BenchmarkListReload(b *testing.B) {
	st, err := data.Create(filepath.Join(b.TempDir(), "big.orgdb"), bigDoc())
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	test.NewTempApp(b)
	l := NewList(app.NewSession(st), nil)
	w := test.NewTempWindow(b, l)
	w.Resize(fyne.NewSize(520, 900))
	l.SelectPerson("p5000")
	b.ResetTimer()
	for range b.N {
		l.reload()
	}
}
