package chart

import (
	"fmt"
	"strings"
	"testing"

	"orgdesigner/data"
)

// foldDoc is a company with a general manager, two departments (one with
// a sub-department), staff under the heads, and people with a department
// but no role.
func foldDoc() *data.Document {
	return &data.Document{
		Org: data.Organisation{Name: "Acme", Lang: "en"},
		Departments: []data.Department{
			{ID: "d1", Name: "Sales", Head: "h1"},
			{ID: "d2", Name: "Ops", Head: "h2"},
			{ID: "d3", Name: "Ops team", Parent: "d2", Head: "h3"},
		},
		Roles: []data.Role{
			{ID: "gm", Title: "GM", Planned: 1},
			{ID: "h1", Title: "Sales head", Department: "d1", ReportsTo: "gm", Planned: 1},
			{ID: "s1", Title: "Seller", Department: "d1", ReportsTo: "h1", Planned: 3},
			{ID: "s2", Title: "Junior seller", Department: "d1", ReportsTo: "s1", Planned: 2},
			{ID: "h2", Title: "Ops head", Department: "d2", ReportsTo: "gm", Planned: 1},
			{ID: "h3", Title: "Team lead", Department: "d3", ReportsTo: "h2", Planned: 1},
			{ID: "o1", Title: "Operator", Department: "d3", ReportsTo: "h3", Planned: 4},
		},
		People: []data.Person{
			{ID: "p1", Name: "Ann", Role: "s1"},
			{ID: "p2", Name: "Bob", Role: "s1"},
			{ID: "p3", Name: "Cid", Role: "s2"},
			{ID: "p4", Name: "Dee", Role: "o1"},
			{ID: "p5", Name: "Eve", Department: "d1"},
			{ID: "p6", Name: "Fay", Department: "d1"},
			{ID: "p7", Name: "Gil", Department: "d1", Status: data.StatusLeft},
			{ID: "p8", Name: "Hal", Department: "d3"},
		},
	}
}

func shownIDs(c *Chart) map[string]bool {
	out := map[string]bool{}
	for _, n := range c.Nodes {
		out[n.Kind.String()+":"+string(n.ID)] = true
	}
	return out
}

func TestLevelFoldsBelowDepartmentHeads(t *testing.T) {
	doc := foldDoc()
	tests := []struct {
		level      int
		shown, not []string
	}{
		{1, []string{"role:gm", "department:d1", "role:h1", "department:d2", "role:h2"},
			[]string{"role:s1", "unassigned:d1", "department:d3", "role:h3"}},
		{2, []string{"role:s1", "unassigned:d1", "department:d3", "role:h3"},
			[]string{"role:s2", "role:o1", "unassigned:d3"}},
		{3, []string{"role:s2", "role:o1", "unassigned:d3"}, nil},
		{0, []string{"role:s2", "role:o1", "unassigned:d3"}, nil},
	}
	for _, tt := range tests {
		c := Build(doc, Options{Level: tt.level, Unassigned: true})
		got := shownIDs(c)
		for _, id := range tt.shown {
			if !got[id] {
				t.Errorf("level %d: %s not shown", tt.level, id)
			}
		}
		for _, id := range tt.not {
			if got[id] {
				t.Errorf("level %d: %s shown, want folded", tt.level, id)
			}
		}
	}
}

func TestFoldedNodesCountWhatTheyHide(t *testing.T) {
	c := Build(foldDoc(), Options{Level: 1, Unassigned: true})
	h1 := &c.Nodes[c.Index("h1")]
	// Under the sales head: Seller (2 people), Junior seller (1); the
	// department box holds the 未安排 group of Eve and Fay (Gil has left).
	if !h1.HasHidden || h1.HiddenRoles != 2 || h1.HiddenPeople != 3 {
		t.Errorf("sales head hides %d roles, %d people (hidden %v), want 2, 3", h1.HiddenRoles, h1.HiddenPeople, h1.HasHidden)
	}
	// People without a role are counted apart, so that a badge's people
	// add up to the 在岗 counts of the cards it folds.
	d1 := &c.Nodes[c.Index("d1")]
	if !d1.HasHidden || d1.HiddenRoles != 0 || d1.HiddenPeople != 0 || d1.HiddenUnassigned != 2 {
		t.Errorf("sales box hides %d roles, %d people, %d unassigned, want 0, 0, 2 (Eve, Fay)",
			d1.HiddenRoles, d1.HiddenPeople, d1.HiddenUnassigned)
	}
	h2 := &c.Nodes[c.Index("h2")]
	if h2.HiddenRoles != 2 || h2.HiddenPeople != 1 || h2.HiddenUnassigned != 1 {
		t.Errorf("ops head hides %d roles, %d people, %d unassigned, want 2 (team lead, operator), 1 (Dee), 1 (Hal)",
			h2.HiddenRoles, h2.HiddenPeople, h2.HiddenUnassigned)
	}
	if gm := &c.Nodes[c.Index("gm")]; gm.HasHidden {
		t.Errorf("the general manager's departments are shown, yet it reports hidden nodes")
	}
}

func TestExpandedUnfoldsOneBranch(t *testing.T) {
	c := Build(foldDoc(), Options{Level: 1, Unassigned: true, Expanded: map[data.ID]bool{"h2": true}})
	got := shownIDs(c)
	for _, id := range []string{"department:d3", "role:h3", "role:o1", "unassigned:d3"} {
		if !got[id] {
			t.Errorf("%s not shown under the unfolded ops head", id)
		}
	}
	if got["role:s1"] {
		t.Errorf("the sales branch unfolded too")
	}
	// Collapsed wins inside an unfolded branch.
	c = Build(foldDoc(), Options{Level: 1, Expanded: map[data.ID]bool{"h2": true}, Collapsed: map[data.ID]bool{"h3": true}})
	if got := shownIDs(c); got["role:o1"] || !got["role:h3"] {
		t.Errorf("collapsed team lead inside an unfolded branch: %v", got)
	}
}

func TestUnassignedGroup(t *testing.T) {
	c := Build(foldDoc(), Options{Unassigned: true})
	i := -1
	for k, n := range c.Nodes {
		if n.Kind == KindUnassigned && n.ID == "d1" {
			i = k
		}
	}
	if i < 0 {
		t.Fatal("no 未安排 group on Sales")
	}
	n := c.Nodes[i]
	if fmt.Sprint(n.Holders) != "[Eve Fay]" || fmt.Sprint(n.People) != "[p5 p6]" || c.Nodes[n.Parent].ID != "d1" {
		t.Errorf("group %+v under %q", n, c.Nodes[n.Parent].ID)
	}
	if c.Index("d1") >= 0 && c.Nodes[c.Index("d1")].Kind != KindDepartment {
		t.Errorf("Index of a department id finds its 未安排 group, not the department")
	}
	if c := Build(foldDoc(), Options{}); len(c.Nodes) != 1+3+7 {
		t.Errorf("without Unassigned the chart has %d nodes, want 11", len(c.Nodes))
	}
}

// BenchmarkUnfoldBranch folds a 5,000-role, 10,000-person document to
// level 1 and unfolds one department of 500 roles: the Build a click on
// its badge runs.
func BenchmarkUnfoldBranch(b *testing.B) {
	doc := genDoc(5000, 3)
	big := data.ID("big")
	doc.Departments = append(doc.Departments, data.Department{ID: big, Name: "大部门", Head: "big-head"})
	doc.Roles = append(doc.Roles, data.Role{ID: "big-head", Title: "负责人", Department: big, ReportsTo: "gm", Planned: 1})
	for j := 1; len(doc.Roles) < 5500; j++ {
		boss := data.ID("big-head")
		if j > 20 {
			boss = data.ID(fmt.Sprintf("big-%d", 1+j%20))
		}
		doc.Roles = append(doc.Roles, data.Role{ID: data.ID(fmt.Sprintf("big-%d", j)), Title: "专员", Department: big, ReportsTo: boss, Planned: 2})
	}
	for i := len(doc.People); i < 10000; i++ {
		doc.People = append(doc.People, data.Person{ID: data.ID(fmt.Sprintf("q%d", i)), Name: "员工", Department: doc.Departments[i%len(doc.Departments)].ID})
	}
	doc.Reindex()
	for _, tc := range []struct {
		name     string
		expanded map[data.ID]bool
	}{{"fold", nil}, {"unfold", map[data.ID]bool{"big-head": true}}} {
		b.Run(tc.name, func(b *testing.B) {
			for b.Loop() {
				c := Build(doc, Options{Compact: true, Level: 1, Unassigned: true, Expanded: tc.expanded})
				if len(c.Nodes) == 0 {
					b.Fatal("empty chart")
				}
			}
		})
	}
}

func TestPeopleView(t *testing.T) {
	doc := foldDoc()
	doc.Roles = append(doc.Roles, data.Role{ID: "loose", Title: "Tester", Department: "d3", Planned: 1})
	doc.People = append(doc.People, data.Person{ID: "p0", Name: "Zed", Role: "gm"}, data.Person{ID: "p9", Name: "Ivy", Role: "h1"},
		data.Person{ID: "pl", Name: "Lou", Role: "loose"})
	c := Build(doc, Options{People: true})
	under := func(id data.ID) string {
		i := c.Index(id)
		if i < 0 {
			return "missing"
		}
		if p := c.Nodes[i].Parent; p > 0 {
			return string(c.Nodes[p].ID)
		}
		return "company"
	}
	tests := []struct{ person, boss string }{
		{"p0", "company"}, // the general manager
		{"p9", "p0"},      // sales head → GM's holder
		{"p1", "p9"},      // seller → sales head's holder
		{"p3", "p1"},      // junior seller → first seller
		{"p4", "p0"},      // operator: team lead and ops head are vacant, so up to the GM
		{"p5", "p9"},      // unassigned in sales → the sales head's holder
		{"p7", "missing"}, // left
		{"pl", "d3"},      // no manager: in the department's box
		{"d3", "d2"},      // departments nest as in the department chart
	}
	for _, tt := range tests {
		if got := under(data.ID(tt.person)); got != tt.boss {
			t.Errorf("%s is under %s, want %s", tt.person, got, tt.boss)
		}
	}
	if n := c.Nodes[c.Index("p1")]; n.Kind != KindPerson || n.Label != "Ann" || n.Note != "Seller" || n.Dept != "d1" {
		t.Errorf("Ann's card %+v", n)
	}
	if n := c.Nodes[c.Index("p5")]; n.Note != "Unassigned" {
		t.Errorf("Eve's note %q", n.Note)
	}
	// Levels fold by depth: level 1 shows the top people and departments
	// only (Lou sits in a department box, not under the GM).
	c = Build(doc, Options{People: true, Level: 1})
	if c.Index("p0") < 0 || c.Index("p9") >= 0 || c.Nodes[c.Index("p0")].HiddenPeople != 8 {
		t.Errorf("level 1 of the people view: %d nodes, GM hides %d", len(c.Nodes), c.Nodes[c.Index("p0")].HiddenPeople)
	}
}

func TestExportDrawsUnassignedGroup(t *testing.T) {
	doc := foldDoc()
	c := Build(doc, Options{Unassigned: true})
	var b strings.Builder
	if err := WriteSVG(&b, c, doc, nil, DefaultStyle()); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Unassigned", "Eve", "Fay"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("the SVG lacks %q", want)
		}
	}
	if strings.Contains(b.String(), "planned 0") {
		t.Error("the 未安排 group is drawn as a role with a headcount")
	}
}

// A wide group of leaves stacks in several columns under its parent.
func TestCompactStacksInColumns(t *testing.T) {
	for _, leaves := range []int{2, 4, 5, 20, 76} {
		// The root has a non-leaf child (node 1, over node 2) and the
		// leaves 3…
		parent := []int{-1, 0, 1}
		for range leaves {
			parent = append(parent, 0)
		}
		pos := Layout(parent, nil, Options{Compact: true})
		xs := map[float64]bool{}
		for i := 3; i < len(parent); i++ {
			xs[pos[i].X] = true
		}
		if want := stackCols(leaves); len(xs) != want {
			t.Errorf("%d leaves stacked in %d columns, want %d", leaves, len(xs), want)
		}
		if i, j := overlap(boxes(pos, nil, Options{})); i >= 0 {
			t.Errorf("%d leaves: boxes %d and %d overlap", leaves, i, j)
		}
	}
	if stackCols(20) != 3 || stackCols(4) != 1 || stackCols(5) != 2 {
		t.Errorf("columns for 20, 4, 5 leaves: %d %d %d", stackCols(20), stackCols(4), stackCols(5))
	}
}

func TestOpenShowsOneLevelMore(t *testing.T) {
	doc := foldDoc()
	tests := []struct {
		name       string
		open       []data.ID
		collapsed  []data.ID
		shown, not []string
	}{
		// The Ops head opened at level 1: its team and the team's lead
		// (level 2), the team's operator and 未安排 group (level 3) folded
		// into the lead's and the team's badges; Sales stays folded.
		{"one level", []data.ID{"h2"}, nil,
			[]string{"department:d3", "role:h3"},
			[]string{"role:o1", "unassigned:d3", "role:s1", "unassigned:d1"}},
		// Opening the lead too walks one level further down.
		{"two clicks", []data.ID{"h2", "h3"}, nil,
			[]string{"department:d3", "role:h3", "role:o1"},
			[]string{"role:s1"}},
		// A department folded as a leaf (as the start view folds wide
		// charts) opened: its head and the level below, no deeper.
		{"folded department", []data.ID{"d2"}, []data.ID{"d1"},
			[]string{"role:h2", "department:d3", "role:h3"},
			[]string{"role:o1", "role:h1"}},
		{"collapsed wins", []data.ID{"h2"}, []data.ID{"h2"},
			[]string{"role:h2"}, []string{"department:d3"}},
	}
	set := func(ids []data.ID) map[data.ID]bool {
		m := map[data.ID]bool{}
		for _, id := range ids {
			m[id] = true
		}
		return m
	}
	for _, tt := range tests {
		c := Build(doc, Options{Level: 1, Unassigned: true, Open: set(tt.open), Collapsed: set(tt.collapsed)})
		got := shownIDs(c)
		for _, id := range tt.shown {
			if !got[id] {
				t.Errorf("%s: %s not shown", tt.name, id)
			}
		}
		for _, id := range tt.not {
			if got[id] {
				t.Errorf("%s: %s shown, want folded", tt.name, id)
			}
		}
	}
	// What stays folded below the opened level keeps its badge.
	c := Build(doc, Options{Level: 1, Unassigned: true, Open: map[data.ID]bool{"h2": true}})
	if h3 := &c.Nodes[c.Index("h3")]; !h3.HasHidden || h3.HiddenRoles != 1 || h3.HiddenPeople != 1 {
		t.Errorf("the team lead's badge: hidden %v, %d roles, %d people; want 1 role (operator), 1 person (Dee)",
			h3.HasHidden, h3.HiddenRoles, h3.HiddenPeople)
	}
}
