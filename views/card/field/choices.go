package field

import (
	"fmt"
	"strings"

	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// Choices maps the labels of a select to the ids they stand for. Labels
// are made unique ("专员 (2)") so two items with the same name stay
// distinguishable and selectable.
type Choices struct {
	Labels []string
	IDs    []data.ID
	seen   map[string]int
}

// Add appends an item; "" is a valid id (none, company level, …).
func (c *Choices) Add(id data.ID, label string) {
	if c.seen == nil {
		c.seen = map[string]int{}
	}
	c.seen[label]++
	if n := c.seen[label]; n > 1 {
		label = fmt.Sprintf("%s (%d)", label, n)
	}
	c.Labels = append(c.Labels, label)
	c.IDs = append(c.IDs, id)
}

// Label returns the label of id, or "" when it is not a choice.
func (c *Choices) Label(id data.ID) string {
	for i, x := range c.IDs {
		if x == id {
			return c.Labels[i]
		}
	}
	return ""
}

// ID returns the id behind a label.
func (c *Choices) ID(label string) (data.ID, bool) {
	for i, x := range c.Labels {
		if x == label {
			return c.IDs[i], true
		}
	}
	return "", false
}

// DeptPath names a department with its parents, "市场部 / 调研组".
func DeptPath(doc *data.Document, id data.ID) string {
	var parts []string
	for up := range doc.Chain(id) {
		d := doc.Department(up)
		if d == nil {
			break
		}
		parts = append([]string{d.Name}, parts...)
	}
	return strings.Join(parts, " / ")
}

// RoleLabel names a role with its department, "内容运营专员 · 品牌与内容营销部".
func RoleLabel(doc *data.Document, r *data.Role) string {
	if r.Department == "" {
		return r.Title + " · " + i18n.L("Company level")
	}
	if d := doc.Department(r.Department); d != nil {
		return r.Title + " · " + d.Name
	}
	return r.Title
}

// DepartmentChoices lists departments in chart order (parents before their
// sub-departments), after an entry for none labelled none. It runs in
// linear time: the panels rebuild it on every change of large documents.
func DepartmentChoices(doc *data.Document, none string) *Choices {
	c := &Choices{}
	c.Add("", none)
	children := map[data.ID][]*data.Department{}
	for i := range doc.Departments {
		d := &doc.Departments[i]
		children[d.Parent] = append(children[d.Parent], d)
	}
	seen := map[data.ID]bool{}
	var walk func(parent data.ID, path string)
	walk = func(parent data.ID, path string) {
		for _, d := range children[parent] {
			if seen[d.ID] {
				continue // a cycle in a damaged file
			}
			seen[d.ID] = true
			p := d.Name
			if path != "" {
				p = path + " / " + d.Name
			}
			c.Add(d.ID, p)
			walk(d.ID, p)
		}
	}
	walk("", "")
	return c
}

// RoleChoices lists the roles (but skip) in department order, after an
// entry for none labelled none ("" leaves it out). Linear time.
func RoleChoices(doc *data.Document, none string, skip data.ID) *Choices {
	c := &Choices{}
	if none != "" {
		c.Add("", none)
	}
	byDept := map[data.ID][]*data.Role{}
	for i := range doc.Roles {
		r := &doc.Roles[i]
		if r.ID != skip {
			byDept[r.Department] = append(byDept[r.Department], r)
		}
	}
	for _, dept := range append([]data.ID{""}, DepartmentChoices(doc, "").IDs[1:]...) {
		for _, r := range byDept[dept] {
			c.Add(r.ID, RoleLabel(doc, r))
		}
	}
	return c
}
