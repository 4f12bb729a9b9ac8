package views

import (
	"testing"

	"orgdesigner/app"
	"orgdesigner/app/chart"
	"orgdesigner/data"
)

// TestSidebarPeopleAndChecks: the people list and the checks panel are
// reachable from the window, and choosing a finding or a person selects
// the item on the chart.
func TestSidebarPeopleAndChecks(t *testing.T) {
	m, sess := newTestWindow(t, templateDoc(t))
	role := roleByTitle(t, sess.Doc(), "电商运营")
	var pid data.ID
	if err := sess.Do(app.AddPerson(data.Person{Name: "王小明", Role: role.ID}, &pid)); err != nil {
		t.Fatal(err)
	}

	m.showPeople()
	if m.side.tabs.Selected() != m.side.staff {
		t.Fatal("View → People list did not show the people tab")
	}
	m.onPerson(pid)
	if m.Selected() != (Selection{chart.KindRole, role.ID}) {
		t.Fatalf("choosing a person selected %+v, want their role", m.Selected())
	}

	m.showChecks()
	if m.side.tabs.Selected() != m.side.review {
		t.Fatal("View → Checks did not show the checks tab")
	}
	m.side.checks.Update()
	if len(m.side.checks.Findings()) == 0 {
		t.Fatal("the template has findings (vacancies at least)")
	}
	dept := sess.Doc().Departments[0].ID
	m.onFinding("department", dept)
	if m.Selected() != (Selection{chart.KindDepartment, dept}) {
		t.Fatalf("choosing a finding selected %+v", m.Selected())
	}
	m.onFinding("person", pid)
	if m.side.tabs.Selected() != m.side.staff {
		t.Fatal("a finding about a person did not open the people list")
	}
}
