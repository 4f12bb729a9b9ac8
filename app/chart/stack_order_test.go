package chart

import (
	"fmt"
	"testing"

	"orgdesigner/data"
)

// TestOpeningOneStackedLeafKeepsSiblingOrder opens the second of six
// stacked departments (its badge clicked): the others must not move ahead
// of it, left to right then top to bottom, as in the structure tree.
func TestOpeningOneStackedLeafKeepsSiblingOrder(t *testing.T) {
	doc := &data.Document{Org: data.Organisation{Name: "Co", Lang: "zh"}}
	var names []data.ID
	for i, name := range []string{"市场部", "人事部", "财务部", "行政部", "技术部", "运营部"} {
		id := data.ID(fmt.Sprintf("d%d", i))
		names = append(names, id)
		doc.Departments = append(doc.Departments, data.Department{ID: id, Name: name, Order: i})
		doc.People = append(doc.People, data.Person{ID: data.ID(fmt.Sprintf("p%d", i)), Name: "某人", Department: id})
	}
	for _, open := range []data.ID{"", "d1", "d4"} {
		c := Build(doc, Options{Compact: true, Level: 1, Unassigned: true, Open: map[data.ID]bool{open: open != ""}})
		// Reading order: columns left to right, each top to bottom.
		prev := Rect{X: -1e9}
		for k, id := range names {
			i := c.Index(id)
			if i < 0 {
				t.Fatalf("open %q: %s not shown", open, id)
			}
			r := c.Nodes[i].Rect
			if k > 0 && !(r.X > prev.X+1 || (r.X > prev.X-1 && r.Y > prev.Y)) {
				t.Errorf("open %q: %s at (%.0f,%.0f) comes before %s at (%.0f,%.0f)", open, id, r.X, r.Y, names[k-1], prev.X, prev.Y)
			}
			prev = r
		}
		if open != "" && len(c.Nodes[c.Index(open)].Children) != 1 {
			t.Errorf("open %q: its 未安排 group is not shown", open)
		}
	}
}
