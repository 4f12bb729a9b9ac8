package checks

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2/test"

	"orgdesigner/data"
)

// bigDoc has 5,000 roles in 100 departments and 10,000 people, with one
// role in ten missing its KPIs and every fifth one understaffed, so the
// panel has a long list to show.
func bigDoc() *data.Document {
	doc := &data.Document{Org: data.Organisation{Name: "大公司", Lang: "zh"}}
	doc.Roles = append(doc.Roles, role("gm", "总经理", "", "", 1))
	for i := range 100 {
		doc.Departments = append(doc.Departments, data.Department{ID: data.ID(fmt.Sprintf("d%d", i)),
			Name: fmt.Sprintf("部门%d", i), Head: data.ID(fmt.Sprintf("r%d", i)), Order: i})
	}
	for i := range 4999 {
		boss := data.ID("gm")
		if i >= 100 {
			boss = data.ID(fmt.Sprintf("r%d", i%100))
		}
		r := role(fmt.Sprintf("r%d", i), fmt.Sprintf("岗位%d", i), data.ID(fmt.Sprintf("d%d", i%100)), boss, 2)
		if i%10 == 0 {
			r.KPIs = nil
		}
		if i%5 == 0 {
			r.Planned = 3
		}
		doc.Roles = append(doc.Roles, r)
	}
	for i := range 10000 {
		doc.People = append(doc.People, person(fmt.Sprint(i), fmt.Sprintf("员工%d", i), data.ID(fmt.Sprintf("r%d", i%4999))))
	}
	return doc
}

// BenchmarkPanelUpdate measures checking a 5,000-role, 10,000-person
// document and listing its findings.
func BenchmarkPanelUpdate(b *testing.B) {
	test.NewTempApp(b)
	doc := bigDoc()
	doc.Reindex()
	p := NewPanel(fakeSession{doc}, nil)
	b.ResetTimer()
	for range b.N {
		p.Update()
	}
	b.ReportMetric(float64(len(p.Findings())), "findings")
}
