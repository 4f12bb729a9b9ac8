package people

import (
	"strings"

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
	var idx *searchIndex
	if f.Text != "" {
		idx = newSearchIndex(doc)
	}
	return f.apply(doc, idx)
}

// apply is Apply with the text index of doc (needed when f.Text is set),
// which the list keeps from one keystroke to the next.
func (f Filter) apply(doc *data.Document, idx *searchIndex) []data.ID {
	q := app.Fold(f.Text)
	var within map[data.ID]bool
	if f.Department != "" {
		within = subtree(doc, f.Department)
	}
	out := make([]data.ID, 0, len(doc.People))
	for i := range doc.People {
		p := &doc.People[i]
		switch {
		case q != "" && !strings.Contains(idx.keys[i], q):
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

// searchIndex holds, for each person of a document snapshot, the fields
// the filter text is searched in (name, number, extra values; those
// app.Search looks at) folded and joined by NULs. Folding 10,000 people's
// fields on every keystroke cost more than the search itself; snapshots
// are immutable, so the index stays valid until the document changes.
type searchIndex struct {
	doc  *data.Document
	keys []string // parallel to doc.People
}

func newSearchIndex(doc *data.Document) *searchIndex {
	idx := &searchIndex{doc: doc, keys: make([]string, len(doc.People))}
	var b strings.Builder
	for i := range doc.People {
		p := &doc.People[i]
		b.Reset()
		b.WriteString(app.Fold(p.Name))
		b.WriteByte(0)
		b.WriteString(app.Fold(p.Number))
		for _, e := range p.Extra {
			b.WriteByte(0)
			b.WriteString(app.Fold(e.Value))
		}
		idx.keys[i] = b.String()
	}
	return idx
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
