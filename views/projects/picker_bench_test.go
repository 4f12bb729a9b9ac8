package projects

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"orgdesigner/data"
	"orgdesigner/views/internal/uitest"
)

// hugeDoc has 5,000 roles in 250 departments and 10,000 people.
func hugeDoc() *data.Document {
	doc := &data.Document{Org: data.Organisation{Name: "大公司", Lang: "zh"}}
	for i := range 250 {
		doc.Departments = append(doc.Departments, data.Department{ID: data.ID(fmt.Sprintf("d%d", i)),
			Name: fmt.Sprintf("部门%d", i), Order: i})
	}
	for i := range 5000 {
		doc.Roles = append(doc.Roles, data.Role{ID: data.ID(fmt.Sprintf("r%d", i)), Title: fmt.Sprintf("岗位%d", i),
			Department: data.ID(fmt.Sprintf("d%d", i%250)), Planned: 2, Order: i})
	}
	for i := range 10000 {
		doc.People = append(doc.People, data.Person{ID: data.ID(fmt.Sprintf("p%d", i)), Number: fmt.Sprintf("E%05d", i),
			Name: fmt.Sprintf("员工%d", i), Role: data.ID(fmt.Sprintf("r%d", i%5000)), Status: data.StatusActive})
	}
	doc.Sort()
	return doc
}

// BenchmarkPickerKeystroke measures one key typed into the project-owner
// picker over 5,000 roles and 10,000 people: "handler" is the filter and the
// list's refresh, "painted" adds a software render of the window (an upper
// bound of the GL driver's paint). BenchmarkPickerOpen is opening it.
func BenchmarkPickerKeystroke(b *testing.B) {
	doc := hugeDoc()
	test.NewTempApp(b)
	w := test.NewTempWindow(b, nil)
	w.Resize(fyne.NewSize(800, 700))
	p := showPicker("负责人", doc, nil, w, nil, func(data.Member) {})
	keys := []string{"员", "工", "1", "2"}
	uitest.Keystrokes(b, w, p.search, keys)
}

func BenchmarkPickerOpen(b *testing.B) {
	doc := hugeDoc()
	test.NewTempApp(b)
	w := test.NewTempWindow(b, nil)
	w.Resize(fyne.NewSize(800, 700))
	for b.Loop() {
		p := showPicker("负责人", doc, nil, w, nil, func(data.Member) {})
		p.pop.Hide()
	}
}
