package app

import (
	"strings"
	"unicode"

	"orgdesigner/data"
)

// Count is a headcount triple. Vacancy is planned − filled and is never
// negative; Over counts filled beyond plan.
type Count struct {
	Planned, Filled, Vacancy, Over int
}

func (c *Count) add(o Count) {
	c.Planned += o.Planned
	c.Filled += o.Filled
	c.Vacancy += o.Vacancy
	c.Over += o.Over
}

// Headcounts holds the roll-ups of a document: per role, per department
// (including its sub-departments) and for the company.
type Headcounts struct {
	Role       map[data.ID]Count
	Department map[data.ID]Count
	Company    Count
	// Unassigned counts people (not left) who hold no role.
	Unassigned int
}

// CountHeads computes every headcount roll-up in one linear pass.
func CountHeads(doc *data.Document) Headcounts {
	h := Headcounts{Role: make(map[data.ID]Count, len(doc.Roles)), Department: make(map[data.ID]Count, len(doc.Departments))}
	filled := make(map[data.ID]int, len(doc.Roles))
	for i := range doc.People {
		p := &doc.People[i]
		if p.Status == data.StatusLeft {
			continue
		}
		if p.Role == "" || doc.Role(p.Role) == nil {
			h.Unassigned++
			continue
		}
		filled[p.Role]++
	}
	for i := range doc.Roles {
		r := &doc.Roles[i]
		c := Count{Planned: r.Planned, Filled: filled[r.ID]}
		c.Vacancy = max(0, c.Planned-c.Filled)
		c.Over = max(0, c.Filled-c.Planned)
		h.Role[r.ID] = c
		h.Company.add(c)
		for d := range doc.Chain(r.Department) { // the department and those above it
			dc := h.Department[d]
			dc.add(c)
			h.Department[d] = dc
		}
	}
	return h
}

// HitKind says what a search hit is.
type HitKind int

// Kinds of search hits.
const (
	HitDepartment HitKind = iota
	HitRole
	HitPerson
	HitProject
)

// Hit is one search result: the object and the field that matched.
type Hit struct {
	Kind  HitKind
	ID    data.ID
	Field string // "name", "title", "positioning", "responsibility", "number", ...
	Text  string // the matching text
}

// Search finds text (case- and width-insensitive, trimmed) in department
// names and positioning, role titles, codes, purposes and responsibilities,
// people's names, numbers and extra fields, and project team names. Hits
// come in document order, one per object and field.
func Search(doc *data.Document, text string) []Hit {
	q := fold(text)
	if q == "" {
		return nil
	}
	var hits []Hit
	try := func(k HitKind, id data.ID, field, s string) bool {
		if s != "" && strings.Contains(fold(s), q) {
			hits = append(hits, Hit{k, id, field, s})
			return true
		}
		return false
	}
	for _, d := range doc.Departments {
		try(HitDepartment, d.ID, "name", d.Name)
		try(HitDepartment, d.ID, "positioning", d.Positioning)
	}
	for _, r := range doc.Roles {
		try(HitRole, r.ID, "title", r.Title)
		try(HitRole, r.ID, "code", r.Code)
		try(HitRole, r.ID, "purpose", r.Purpose)
		for _, x := range r.Responsibilities {
			if try(HitRole, r.ID, "responsibility", x.Text) {
				break
			}
		}
	}
	for _, p := range doc.People {
		try(HitPerson, p.ID, "name", p.Name)
		try(HitPerson, p.ID, "number", p.Number)
		for _, e := range p.Extra {
			if try(HitPerson, p.ID, "extra", e.Value) {
				break
			}
		}
	}
	for _, t := range doc.Projects {
		try(HitProject, t.ID, "name", t.Name)
	}
	return hits
}

// fold lowercases and turns full-width ASCII into half-width, so 'ＳＥＯ'
// finds 'seo'.
func fold(s string) string {
	s = strings.TrimSpace(s)
	return strings.Map(func(r rune) rune {
		if r >= 0xFF01 && r <= 0xFF5E {
			r -= 0xFEE0
		}
		if r == 0x3000 {
			r = ' '
		}
		return unicode.ToLower(r)
	}, s)
}

// DirectReports returns the roles whose solid line goes to id.
func DirectReports(doc *data.Document, id data.ID) []*data.Role {
	var out []*data.Role
	for i := range doc.Roles {
		if doc.Roles[i].ReportsTo == id {
			out = append(out, &doc.Roles[i])
		}
	}
	return out
}
