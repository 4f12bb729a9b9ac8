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
func bigDoc() *data.Document {
	doc := &data.Document{Org: data.Organisation{Name: "大公司", Lang: "zh"}}
	for i := range 100 {
		doc.Departments = append(doc.Departments, data.Department{ID: data.ID(fmt.Sprintf("d%d", i)),
			Name: fmt.Sprintf("部门%d", i), Order: i})
	}
	for i := range 1000 {
		doc.Roles = append(doc.Roles, data.Role{ID: data.ID(fmt.Sprintf("r%d", i)), Title: fmt.Sprintf("岗位%d", i),
			Department: data.ID(fmt.Sprintf("d%d", i%100)), Planned: 10, Order: i})
	}
	for i := range 10000 {
		doc.People = append(doc.People, data.Person{ID: data.ID(fmt.Sprintf("p%d", i)), Number: fmt.Sprintf("E%05d", i),
			Name: fmt.Sprintf("员工%d", i), Role: data.ID(fmt.Sprintf("r%d", i%1000)), Status: data.StatusActive,
			Extra: []data.ExtraField{{Key: "籍贯", Value: fmt.Sprintf("城市%d", i%50)}}})
	}
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
