package card

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"orgdesigner/app"
	"orgdesigner/data"
)

// bigDoc is a 5,000-role, 10,000-person organisation in 100 departments
// (ten with ten sub-departments each), every card with five
// responsibilities and two KPIs.
func bigDoc() *data.Document {
	doc := &data.Document{Org: data.Organisation{Name: "大公司", Lang: "zh"}}
	doc.Roles = append(doc.Roles, data.Role{ID: "gm", Title: "总经理", Planned: 1})
	for i := range 100 {
		d := data.Department{ID: data.ID(fmt.Sprintf("d%d", i)), Name: fmt.Sprintf("部门%d", i), Order: i}
		if i >= 10 {
			d.Parent = data.ID(fmt.Sprintf("d%d", i/10-1))
		}
		doc.Departments = append(doc.Departments, d)
	}
	for i := range 4999 {
		dept := data.ID(fmt.Sprintf("d%d", i%100))
		boss := data.ID("gm")
		if i >= 100 {
			boss = data.ID(fmt.Sprintf("r%d", i%100))
		}
		r := data.Role{ID: data.ID(fmt.Sprintf("r%d", i)), Title: fmt.Sprintf("岗位%d", i), Department: dept,
			ReportsTo: boss, Planned: 2, Order: i, Purpose: "负责本岗位的全部工作"}
		for j := range 5 {
			r.Responsibilities = append(r.Responsibilities, data.Responsibility{Text: fmt.Sprintf("职责%d-%d", i, j), Weight: 20})
		}
		r.KPIs = []data.KPI{{Indicator: "指标一", Cycle: "月", Weight: 50}, {Indicator: "指标二", Cycle: "季", Weight: 50}}
		doc.Roles = append(doc.Roles, r)
	}
	for i := range 10000 {
		doc.People = append(doc.People, data.Person{ID: data.ID(fmt.Sprintf("p%d", i)), Number: fmt.Sprintf("E%05d", i),
			Name: fmt.Sprintf("员工%d", i), Role: data.ID(fmt.Sprintf("r%d", i%4999)), Status: data.StatusActive})
	}
	return doc
}

// BenchmarkCardEdit measures one saved field edit of a card in a
// 5,000-role, 10,000-person document: the command, the transaction on
// disk and the editor's reload (target: one edit applied and on disk in
// ≤ 10 ms).
func BenchmarkCardEdit(b *testing.B) {
	env := newEnv(b, bigDoc())
	ed := NewRoleEditor(env.s)
	a := test.NewApp()
	defer a.Quit()
	w := test.NewWindow(ed)
	defer w.Close()
	w.Resize(fyne.NewSize(560, 900))
	ed.SetRole("r2500")
	purpose := ed.texts.byName["purpose"].entry
	b.ResetTimer()
	for i := range b.N {
		w.Canvas().Focus(purpose)
		purpose.TypedRune(rune('a' + i%26))
		w.Canvas().Unfocus() // saves
	}
}

// BenchmarkShowRole measures opening a card in the large document.
func BenchmarkShowRole(b *testing.B) {
	env := newEnv(b, bigDoc())
	ed := NewRoleEditor(env.s)
	a := test.NewApp()
	defer a.Quit()
	w := test.NewWindow(ed)
	defer w.Close()
	b.ResetTimer()
	for i := range b.N {
		ed.SetRole(data.ID(fmt.Sprintf("r%d", i%4999)))
	}
}

// BenchmarkSessionEdit is the same edit without the editor, for
// comparison: what the store and session cost on their own.
func BenchmarkSessionEdit(b *testing.B) {
	env := newEnv(b, bigDoc())
	b.ResetTimer()
	for i := range b.N {
		if err := env.s.Do(app.EditRole("r2500", "edit", func(r *data.Role) { r.Purpose = fmt.Sprint(i) })); err != nil {
			b.Fatal(err)
		}
	}
}
