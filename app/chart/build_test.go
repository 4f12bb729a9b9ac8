package chart

import (
	"slices"
	"testing"

	"orgdesigner/data"
)

// sampleDoc is a small company exercising every placement rule: two
// company-level roles, a department under each of them, one under the
// company, sub-departments under a role and under a box, a role reporting
// across departments, a dotted line and a project team.
func sampleDoc() *data.Document {
	d := &data.Document{
		Org: data.Organisation{Name: "测试公司", Industry: "互联网", Lang: "zh"},
		Departments: []data.Department{
			{ID: "mkt", Name: "市场部", Head: "mkt-head", Color: "#E67E22", Motto: "洞察市场", Order: 1},
			{ID: "tech", Name: "技术部", Head: "tech-head", Order: 2},
			{ID: "hr", Name: "人力资源部", Order: 3},
			{ID: "dev", Name: "开发组", Parent: "tech", Head: "dev-lead", Order: 1},
			{ID: "qa", Name: "测试组", Parent: "tech", Head: "qa-lead", Order: 2},
		},
		Roles: []data.Role{
			{ID: "gm", Title: "总经理", Planned: 1},
			{ID: "vp", Title: "副总经理", ReportsTo: "gm", Planned: 1, Order: 1},
			{ID: "mkt-head", Title: "市场总监", Department: "mkt", ReportsTo: "gm", Planned: 1, Order: 1},
			{ID: "mkt-loose", Title: "市场助理", Department: "mkt", Planned: 2, Order: 3},
			{ID: "mkt-staff", Title: "市场专员", Department: "mkt", ReportsTo: "mkt-head", Planned: 3, Order: 2},
			{ID: "tech-head", Title: "技术总监", Department: "tech", ReportsTo: "vp", Planned: 1},
			{ID: "dev-lead", Title: "开发组长", Department: "dev", ReportsTo: "tech-head", Planned: 1},
			{ID: "dev-eng", Title: "开发工程师", Department: "dev", ReportsTo: "dev-lead", Planned: 4, Order: 1,
				Dotted: []data.DottedLine{{Manager: "mkt-head", Label: "项目汇报"}}},
			{ID: "qa-lead", Title: "测试组长", Department: "qa", Planned: 1},
			{ID: "hr-staff", Title: "人事专员", Department: "hr", ReportsTo: "gm", Planned: 1},
		},
		People: []data.Person{
			{ID: "p1", Name: "张三", Role: "gm", Department: ""},
			{ID: "p2", Name: "李四", Role: "mkt-staff", Department: "mkt"},
			{ID: "p3", Name: "王五", Role: "mkt-staff", Department: "mkt"},
			{ID: "p4", Name: "赵六", Role: "dev-eng", Department: "dev"},
			{ID: "p5", Name: "孙七", Role: "dev-eng", Department: "dev", Status: data.StatusLeft},
			{ID: "p6", Name: "周八", Department: "hr"},
		},
		Projects: []data.ProjectTeam{
			{ID: "p618", Name: "618大促项目组", OwnerRole: "mkt-head", Members: []data.Member{
				{Role: "mkt-staff", ProjectRole: "策划"},
				{Person: "p4", ProjectRole: "技术支持"},
				{Role: "dev-eng"},
			}},
			{ID: "pnew", Name: "新品项目组", OwnerPerson: "p2", Members: []data.Member{{Person: "p2"}}},
		},
	}
	d.Reindex()
	if err := data.Validate(d); err != nil {
		panic(err)
	}
	return d
}

// parentOf returns the id of the node's parent ("" also for the root, so
// callers check the kind or use it only on non-root nodes).
func parentOf(c *Chart, id data.ID) data.ID {
	i := c.Index(id)
	if i < 0 || c.Nodes[i].Parent < 0 {
		return "<none>"
	}
	return c.Nodes[c.Nodes[i].Parent].ID
}

func childIDs(c *Chart, id data.ID) []data.ID {
	var out []data.ID
	for _, k := range c.Nodes[c.Index(id)].Children {
		out = append(out, c.Nodes[k].ID)
	}
	return out
}

func TestBuildFunctionalPlacement(t *testing.T) {
	c := Build(sampleDoc(), Options{})
	if c.Nodes[0].Kind != KindCompany || c.Nodes[0].Label != "测试公司" || c.Nodes[0].Parent != -1 {
		t.Fatalf("root = %+v", c.Nodes[0])
	}
	for _, tc := range []struct {
		id, parent data.ID
		why        string
	}{
		{"gm", "", "company-level role under the company"},
		{"vp", "gm", "company-level role under the company-level role it reports to"},
		{"mkt", "gm", "department under the role its head reports to"},
		{"tech", "vp", "department under the role its head reports to"},
		{"hr", "", "department without a head under the company"},
		{"mkt-head", "mkt", "head role under its department box"},
		{"mkt-staff", "mkt-head", "role under the role it reports to in its department"},
		{"mkt-loose", "mkt", "role reporting to no one under its department box"},
		{"hr-staff", "hr", "role reporting across departments under its department box"},
		{"dev", "tech-head", "sub-department under the parent department's role its head reports to"},
		{"qa", "tech", "sub-department whose head reports to no one under the parent box"},
		{"dev-lead", "dev", "head of a sub-department under its box"},
	} {
		if got := parentOf(c, tc.id); got != tc.parent {
			t.Errorf("%s: parent %q, want %q (%s)", tc.id, got, tc.parent, tc.why)
		}
	}
	if got, want := childIDs(c, "mkt"), []data.ID{"mkt-head", "mkt-loose"}; !slices.Equal(got, want) {
		t.Errorf("children of mkt = %v, want %v (head first)", got, want)
	}
	if got, want := childIDs(c, ""), []data.ID{"gm", "hr"}; !slices.Equal(got, want) {
		t.Errorf("children of company = %v, want %v (roles before departments)", got, want)
	}
	if got, want := childIDs(c, "tech"), []data.ID{"tech-head", "qa"}; !slices.Equal(got, want) {
		t.Errorf("children of tech = %v, want %v", got, want)
	}
	if len(c.Nodes) != 1+5+10 {
		t.Errorf("%d nodes, want 16", len(c.Nodes))
	}
	for _, e := range c.Edges {
		if e.Dotted {
			t.Errorf("functional mode drew a dotted edge %+v", e)
		}
	}
}

func TestBuildHeadcount(t *testing.T) {
	c := Build(sampleDoc(), Options{})
	for _, tc := range []struct {
		id              data.ID
		planned, filled int
		holders         []string
	}{
		{"mkt-staff", 3, 2, []string{"李四", "王五"}},
		{"dev-eng", 4, 1, []string{"赵六"}}, // 孙七 has left
		{"mkt-loose", 2, 0, nil},
		{"mkt", 6, 2, nil},
		{"tech", 7, 1, nil}, // with dev and qa
		{"", 16, 4, nil},
	} {
		n := c.Nodes[c.Index(tc.id)]
		if n.Planned != tc.planned || n.Filled != tc.filled || !slices.Equal(n.Holders, tc.holders) {
			t.Errorf("%q: planned %d filled %d holders %v; want %d %d %v", tc.id,
				n.Planned, n.Filled, n.Holders, tc.planned, tc.filled, tc.holders)
		}
	}
	if n := c.Nodes[c.Index("mkt-loose")]; n.Vacancy() != 2 {
		t.Errorf("vacancy %d, want 2", n.Vacancy())
	}
}

func TestBuildMatrixDottedEdges(t *testing.T) {
	c := Build(sampleDoc(), Options{Mode: data.ModeMatrix})
	var dotted []Edge
	for _, e := range c.Edges {
		if e.Dotted {
			dotted = append(dotted, e)
		}
	}
	if len(dotted) != 1 {
		t.Fatalf("%d dotted edges, want 1", len(dotted))
	}
	e := dotted[0]
	if c.Nodes[e.From].ID != "mkt-head" || c.Nodes[e.To].ID != "dev-eng" || e.Label != "项目汇报" {
		t.Errorf("dotted edge %s → %s %q", c.Nodes[e.From].ID, c.Nodes[e.To].ID, e.Label)
	}
	checkOrthogonal(t, e.Points)
	// Collapsing the manager's department hides the manager: the line
	// starts at the department it is folded into.
	c = Build(sampleDoc(), Options{Mode: data.ModeMatrix, Collapsed: map[data.ID]bool{"mkt": true}})
	dotted = dotted[:0]
	for _, e := range c.Edges {
		if e.Dotted {
			dotted = append(dotted, e)
		}
	}
	if len(dotted) != 1 || c.Nodes[dotted[0].From].ID != "mkt" || c.Nodes[dotted[0].From].Kind != KindDepartment ||
		c.Nodes[dotted[0].To].ID != "dev-eng" {
		t.Errorf("with the manager folded: %+v", dotted)
	}
	// Folding both ends into one node draws no line.
	c = Build(sampleDoc(), Options{Mode: data.ModeMatrix, Collapsed: map[data.ID]bool{"": true}})
	for _, e := range c.Edges {
		if e.Dotted {
			t.Errorf("dotted edge inside one folded node: %+v", e)
		}
	}
}

func TestBuildProjectMode(t *testing.T) {
	c := Build(sampleDoc(), Options{Mode: data.ModeProject})
	if got, want := childIDs(c, ""), []data.ID{"p618", "pnew"}; !slices.Equal(got, want) {
		t.Fatalf("teams %v, want %v", got, want)
	}
	p := c.Nodes[c.Index("p618")]
	if p.Kind != KindProject || p.Note != "市场总监" {
		t.Errorf("team node %+v, want the owner role as note", p)
	}
	var got []string
	for _, k := range p.Children {
		n := c.Nodes[k]
		got = append(got, n.Kind.String()+":"+n.Label+":"+n.Note)
	}
	want := []string{"role:市场专员:策划", "person:赵六:技术支持", "role:开发工程师:"}
	if !slices.Equal(got, want) {
		t.Errorf("members %v, want %v", got, want)
	}
	if n := c.Nodes[c.Index("pnew")]; n.Note != "李四" {
		t.Errorf("owner person %q", n.Note)
	}
	if n := c.Nodes[c.Index("p2")]; n.Kind != KindPerson || n.Note != "市场专员" || n.Dept != "mkt" {
		t.Errorf("person member %+v, want the role title as note and the role's department", n)
	}
}

func TestBuildCollapse(t *testing.T) {
	doc := sampleDoc()
	full := Build(doc, Options{})
	c := Build(doc, Options{Collapsed: map[data.ID]bool{"tech": true, "mkt-loose": true}})
	tech := c.Nodes[c.Index("tech")]
	if !tech.HasHidden || len(tech.Children) != 0 {
		t.Errorf("collapsed tech: %+v", tech)
	}
	if n := c.Nodes[c.Index("mkt-loose")]; n.HasHidden {
		t.Error("a collapsed leaf claims hidden children")
	}
	for _, id := range []data.ID{"tech-head", "dev", "dev-lead", "dev-eng", "qa", "qa-lead"} {
		if c.Index(id) >= 0 {
			t.Errorf("%s visible under a collapsed department", id)
		}
	}
	if len(c.Nodes) != len(full.Nodes)-6 || len(c.Edges) != len(c.Nodes)-1 {
		t.Errorf("%d nodes %d edges", len(c.Nodes), len(c.Edges))
	}
	c = Build(doc, Options{Collapsed: map[data.ID]bool{"": true}})
	if len(c.Nodes) != 1 || !c.Nodes[0].HasHidden || len(c.Edges) != 0 {
		t.Errorf("collapsed root: %d nodes", len(c.Nodes))
	}
}

func TestBuildInvalidDocumentStillDraws(t *testing.T) {
	d := &data.Document{
		Departments: []data.Department{{ID: "a", Name: "A", Parent: "b"}, {ID: "b", Name: "B", Parent: "a"}},
		Roles: []data.Role{
			{ID: "x", Title: "X", Department: "a", ReportsTo: "y"},
			{ID: "y", Title: "Y", Department: "a", ReportsTo: "x"},
			{ID: "z", Title: "Z", Department: "gone"},
		},
	}
	c := Build(d, Options{})
	if len(c.Nodes) != 1+2+3 {
		t.Fatalf("%d nodes, want every department and role", len(c.Nodes))
	}
	if c.Nodes[0].Label != "公司" && c.Nodes[0].Label != "Company" {
		t.Errorf("unnamed company labelled %q", c.Nodes[0].Label)
	}
	if got := parentOf(c, "z"); got != "" {
		t.Errorf("role of a missing department under %q, want the company", got)
	}
}

// TestBuildGeometry checks the laid-out chart of every mode and
// orientation: no overlapping cards, orthogonal edges that start and end on
// their nodes, bounds that hold everything.
func TestBuildGeometry(t *testing.T) {
	for _, o := range []Options{
		{}, {Compact: true}, {Orientation: LeftRight}, {Mode: data.ModeMatrix, Compact: true},
		{Mode: data.ModeProject}, {Mode: data.ModeMatrix, Orientation: LeftRight},
	} {
		c := Build(sampleDoc(), o)
		rs := make([]Rect, len(c.Nodes))
		for i, n := range c.Nodes {
			rs[i] = n.Rect
			if !contains(c.Bounds, n.Rect) {
				t.Errorf("%+v: node %s outside bounds", o, n.ID)
			}
		}
		if i, j := overlap(rs); i >= 0 {
			t.Errorf("%+v: %s and %s overlap", o, c.Nodes[i].ID, c.Nodes[j].ID)
		}
		for _, e := range c.Edges {
			checkOrthogonal(t, e.Points)
			if !onBorder(c.Nodes[e.From].Rect, e.Points[0]) || !onBorder(c.Nodes[e.To].Rect, e.Points[len(e.Points)-1]) {
				t.Errorf("%+v: edge %d→%d %v does not join its nodes", o, e.From, e.To, e.Points)
			}
			if !contains(c.Bounds, boundsOf(e.Points)) {
				t.Errorf("%+v: edge outside bounds", o)
			}
		}
	}
}

func checkOrthogonal(t *testing.T, pts []Point) {
	t.Helper()
	if len(pts) < 2 {
		t.Fatalf("edge with %d points", len(pts))
	}
	for i := 1; i < len(pts); i++ {
		if pts[i].X != pts[i-1].X && pts[i].Y != pts[i-1].Y {
			t.Errorf("diagonal segment %v → %v", pts[i-1], pts[i])
		}
	}
}

func onBorder(r Rect, p Point) bool {
	return r.Inset(eps).Contains(p) && !r.Inset(-eps).Contains(p)
}

func contains(outer, inner Rect) bool {
	return inner.X >= outer.X-eps && inner.Y >= outer.Y-eps &&
		inner.Right() <= outer.Right()+eps && inner.Bottom() <= outer.Bottom()+eps
}

// A project team made in the UI gets dotted project-reporting lines from
// its member roles to its owner in matrix mode, without typed dotted lines.
func TestMatrixDrawsProjectTeamReporting(t *testing.T) {
	doc := &data.Document{
		Org:         data.Organisation{Name: "X"},
		Departments: []data.Department{{ID: "d-a", Name: "A"}, {ID: "d-b", Name: "B"}},
		Roles: []data.Role{
			{ID: "r-top", Title: "Top"},
			{ID: "r-a", Title: "A lead", Department: "d-a", ReportsTo: "r-top"},
			{ID: "r-b", Title: "B lead", Department: "d-b", ReportsTo: "r-top"},
			{ID: "r-b2", Title: "B member", Department: "d-b", ReportsTo: "r-b",
				Dotted: []data.DottedLine{{Manager: "r-a", Label: "typed"}}},
		},
		Projects: []data.ProjectTeam{{ID: "t-1", Name: "Launch", OwnerRole: "r-a",
			Members: []data.Member{{Role: "r-a"}, {Role: "r-b"}, {Role: "r-b2"}, {Role: "r-b"}}}},
	}
	doc.Reindex()
	labels := func(mode data.Mode) map[string]int {
		c := Build(doc, Options{Mode: mode})
		out := map[string]int{}
		for _, e := range c.Edges {
			if e.Dotted {
				out[c.Nodes[e.To].Label+"←"+c.Nodes[e.From].Label+":"+e.Label]++
			}
		}
		return out
	}
	got := labels(data.ModeMatrix)
	want := map[string]int{"B lead←A lead:Launch": 1, "B member←A lead:typed": 1}
	if len(got) != len(want) {
		t.Fatalf("dotted edges %v, want %v", got, want)
	}
	for k, n := range want {
		if got[k] != n {
			t.Fatalf("dotted edges %v, want %v", got, want)
		}
	}
	if n := len(labels(data.ModeFunctional)); n != 0 {
		t.Fatalf("functional mode drew %d dotted edges", n)
	}
}
