package chart

import "orgdesigner/data"

// headcount holds the derived numbers of a document: each role's holders,
// each department's totals (sub-departments included) and the company's.
type headcount struct {
	start        []int32  // holders of role i: names[start[i]:start[i+1]]
	names        []string // one backing array for every role's holder list
	deptPlanned  []int
	deptFilled   []int
	totalPlanned int
	totalFilled  int
}

// holders returns the names of role i's holders (nil when none).
func (h *headcount) holders(i int) []string {
	s, e := h.start[i], h.start[i+1]
	if s == e {
		return nil
	}
	return h.names[s:e:e]
}

// countHeads counts, in two passes over the people, who holds which role.
func countHeads(doc *data.Document, roleAt map[data.ID]int32) *headcount {
	nd, nr := len(doc.Departments), len(doc.Roles)
	h := &headcount{start: make([]int32, nr+1), deptPlanned: make([]int, nd), deptFilled: make([]int, nd)}
	roleOf := func(p *data.Person) int {
		if p.Status == data.StatusLeft {
			return -1
		}
		if e, ok := roleAt[p.Role]; ok {
			return int(e) - 1 - nd
		}
		return -1
	}
	for i := range doc.People {
		if r := roleOf(&doc.People[i]); r >= 0 {
			h.start[r+1]++
		}
	}
	for i := 0; i < nr; i++ {
		h.start[i+1] += h.start[i]
	}
	h.names = make([]string, h.start[nr])
	fill := make([]int32, nr)
	copy(fill, h.start[:nr])
	for i := range doc.People {
		if r := roleOf(&doc.People[i]); r >= 0 {
			h.names[fill[r]] = doc.People[i].Name
			fill[r]++
		}
	}
	h.addTotals(doc)
	return h
}

// addTotals adds each role's numbers to its department and that
// department's ancestors, and to the company.
func (h *headcount) addTotals(doc *data.Document) {
	nd := len(doc.Departments)
	deptAt := make(map[data.ID]int, nd)
	for i := range doc.Departments {
		deptAt[doc.Departments[i].ID] = i
	}
	ownPlanned, ownFilled := make([]int, nd), make([]int, nd)
	for i := range doc.Roles {
		r := &doc.Roles[i]
		filled := int(h.start[i+1] - h.start[i])
		h.totalPlanned += r.Planned
		h.totalFilled += filled
		if d, ok := deptAt[r.Department]; ok {
			ownPlanned[d] += r.Planned
			ownFilled[d] += filled
		}
	}
	for i := range doc.Departments {
		// Walk up at most nd steps, so a parent cycle cannot loop forever.
		d, ok := i, true
		for steps := 0; ok && steps < nd; steps++ {
			h.deptPlanned[d] += ownPlanned[i]
			h.deptFilled[d] += ownFilled[i]
			d, ok = deptAt[doc.Departments[d].Parent]
			if d == i {
				break
			}
		}
	}
}
