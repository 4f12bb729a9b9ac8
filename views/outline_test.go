package views

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"orgdesigner/app"
	"orgdesigner/app/chart"
	"orgdesigner/data"
)

func TestRankHits(t *testing.T) {
	hit := func(k app.HitKind, id, field string) app.Hit { return app.Hit{Kind: k, ID: data.ID(id), Field: field} }
	tests := []struct {
		name string
		in   []app.Hit
		want []app.Hit
	}{
		{"empty", nil, []app.Hit{}},
		{
			"titles before text, document order kept",
			[]app.Hit{hit(app.HitRole, "a", "responsibility"), hit(app.HitRole, "b", "title"), hit(app.HitDepartment, "d", "name"), hit(app.HitPerson, "p", "number")},
			[]app.Hit{hit(app.HitRole, "b", "title"), hit(app.HitDepartment, "d", "name"), hit(app.HitPerson, "p", "number"), hit(app.HitRole, "a", "responsibility")},
		},
		{
			"one hit per object, its best",
			[]app.Hit{hit(app.HitRole, "a", "purpose"), hit(app.HitRole, "a", "title"), hit(app.HitRole, "a", "responsibility")},
			[]app.Hit{hit(app.HitRole, "a", "title")},
		},
		{
			"a department and a role may share an id",
			[]app.Hit{hit(app.HitRole, "x", "title"), hit(app.HitDepartment, "x", "name")},
			[]app.Hit{hit(app.HitRole, "x", "title"), hit(app.HitDepartment, "x", "name")},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := rankHits(append([]app.Hit(nil), tt.in...))
			if len(got) == 0 && len(tt.want) == 0 {
				return
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v\nwant %v", got, tt.want)
			}
		})
	}
}

// People with a department but no role hang in a 未安排 branch inside
// their department, after its roles and before its sub-departments (those
// without a department in the company's, at the root); selecting one
// selects the person.
func TestOutlineUnassignedBranch(t *testing.T) {
	doc := templateDoc(t)
	d := doc.Departments[0]
	doc.People = append(doc.People,
		data.Person{ID: "u-p3", Number: "903", Name: "王五", Department: d.ID, Status: data.StatusActive},
		data.Person{ID: "u-p4", Number: "904", Name: "赵六", Department: d.ID, Status: data.StatusLeft})
	doc.Reindex()
	m, _ := newTestWindow(t, doc)
	o := m.outline
	group := unassignedPrefix + string(d.ID)
	kids := o.children[deptPrefix+string(d.ID)]
	at := -1
	for k, uid := range kids {
		if uid == group {
			at = k
		}
	}
	if at < 0 {
		t.Fatalf("no 未安排 branch in %s: %v", d.Name, kids)
	}
	for _, uid := range kids[at+1:] {
		if len(uid) > 2 && uid[:2] == rolePrefix {
			t.Errorf("role %s listed after the 未安排 branch", uid)
		}
	}
	if got := o.children[group]; !reflect.DeepEqual(got, []string{personPrefix + "u-p3"}) {
		t.Errorf("未安排 lists %v, want only 王五 (赵六 has left; 李四 has no department)", got)
	}
	if !o.tree.IsBranch(group) || o.tree.IsBranch(personPrefix+"p3") {
		t.Error("the 未安排 node must be a branch and a person a leaf")
	}
	row := newOutlineRow()
	o.updateNode(group, true, row)
	if row.name.Text != "未安排" || row.count.Text != "1 人" {
		t.Errorf("未安排 row %q %q", row.name.Text, row.count.Text)
	}
	var picked Selection
	o.onSelect = func(s Selection) { picked = s }
	o.tree.Select(personPrefix + "u-p3")
	if picked.ID != "u-p3" {
		t.Errorf("selecting 王五 selected %+v", picked)
	}
	o.show(Selection{Kind: picked.Kind, ID: "u-p3"})
	if o.current != personPrefix+"u-p3" {
		t.Errorf("showing 王五 selected tree node %q", o.current)
	}

	// 李四 has neither role nor department: he is in the company's own
	// 未安排 branch at the root, as on the chart's company card.
	if got := o.children[unassignedPrefix]; !reflect.DeepEqual(got, []string{personPrefix + "p2"}) {
		t.Errorf("the company's 未安排 lists %v, want 李四", got)
	}
	if !slices.Contains(o.children[""], unassignedPrefix) {
		t.Errorf("no company 未安排 branch at the root: %v", o.children[""])
	}
	o.show(Selection{Kind: chart.KindPerson, ID: "p2"})
	if o.current != personPrefix+"p2" {
		t.Errorf("showing 李四 selected tree node %q", o.current)
	}
}

// A person of a 未安排 branch dragged from the outline onto a role card on
// the chart takes that role.
func TestOutlineDragPersonOntoChartRole(t *testing.T) {
	doc := templateDoc(t)
	d := doc.Departments[0]
	doc.People = append(doc.People, data.Person{ID: "u-p3", Number: "903", Name: "王五", Department: d.ID, Status: data.StatusActive})
	doc.Reindex()
	m, sess := newTestWindow(t, doc)
	m.chart.SetLevel(0)
	m.Window().Canvas().Capture()
	// Find a role card on screen.
	drv := fyne.CurrentApp().Driver()
	origin, size := drv.AbsolutePositionForObject(m.chart), m.chart.Size()
	var at fyne.Position
	var role data.ID
	for y := float32(60); y < size.Height && role == ""; y += 8 {
		for x := float32(8); x < size.Width && role == ""; x += 8 {
			at = origin.AddXY(x, y)
			role = m.chart.RoleAt(at)
		}
	}
	if role == "" {
		t.Fatal("no role card on the chart")
	}
	row := newOutlineRow()
	m.outline.updateNode(personPrefix+"u-p3", false, row)
	row.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{AbsolutePosition: at}})
	row.DragEnd()
	if got := sess.Doc().Person("u-p3").Role; got != role {
		t.Fatalf("王五 has role %q after the drop, want %q", got, role)
	}
	if !strings.Contains(m.status.message.Text, "王五") {
		t.Errorf("status %q", m.status.message.Text)
	}
	// Rows that are not people do not drag.
	group := newOutlineRow()
	m.outline.updateNode(deptPrefix+string(d.ID), true, group)
	group.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{AbsolutePosition: at}})
	group.DragEnd()
}
