package people

import (
	"orgdesigner/app"
	"orgdesigner/data"
)

// Filter selects the people the list shows. Zero values match everyone.
type Filter struct {
	// Department matches people in it or in one of its sub-departments.
	Department data.ID
	// Role matches the role's holders; NoRole matches people in no role.
	Role   data.ID
	NoRole bool
	// Status matches one employment status.
	Status data.Status
	// Text is searched like the app's search box (name, number, extra
	// fields), ignoring case and full-width letters.
	Text string
}

// Apply returns the ids of the people of doc that match f, in document
// order (by employee number).
func (f Filter) Apply(doc *data.Document) []data.ID {
	var hits map[data.ID]bool
	if f.Text != "" {
		hits = map[data.ID]bool{}
		for _, h := range app.Search(doc, f.Text) {
			if h.Kind == app.HitPerson {
				hits[h.ID] = true
			}
		}
	}
	var within map[data.ID]bool
	if f.Department != "" {
		within = subtree(doc, f.Department)
	}
	var out []data.ID
	for i := range doc.People {
		p := &doc.People[i]
		switch {
		case hits != nil && !hits[p.ID]:
		case within != nil && !within[departmentOf(doc, p)]:
		case f.NoRole && p.Role != "":
		case f.Role != "" && p.Role != f.Role:
		case f.Status != "" && status(p) != f.Status:
		default:
			out = append(out, p.ID)
		}
	}
	return out
}

// departmentOf is the person's role's department, or their own when they
// hold no role.
func departmentOf(doc *data.Document, p *data.Person) data.ID {
	if r := doc.Role(p.Role); r != nil {
		return r.Department
	}
	return p.Department
}

// status treats an unset status as active, as the store does for new
// people.
func status(p *data.Person) data.Status {
	if p.Status == "" {
		return data.StatusActive
	}
	return p.Status
}

// subtree returns the department and all departments below it.
func subtree(doc *data.Document, id data.ID) map[data.ID]bool {
	in := map[data.ID]bool{id: true}
	for changed := true; changed; {
		changed = false
		for _, d := range doc.Departments {
			if !in[d.ID] && in[d.Parent] && d.Parent != "" {
				in[d.ID], changed = true, true
			}
		}
	}
	return in
}
