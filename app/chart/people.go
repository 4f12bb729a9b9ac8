package chart

import (
	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// peopleTree builds the people view: company → people, each person under
// a holder of the role their role reports to (for HR users who think in
// people rather than posts). A person's card is their name with their
// role's title as its note. When the manager role is vacant, the person
// goes under the holder of the next role up. People with no manager in
// the chain (a roster that names no managers) hang under their
// department's box, the departments nested as in the department chart, or
// under the company. People with a department but no role hang under a
// holder of their department's head role (noted 未安排), people with
// neither role nor department under the company. Co-holders of one
// role stand side by side; people who left are left out.
func peopleTree(doc *data.Document) *entityTree {
	nd, nr := len(doc.Departments), len(doc.Roles)
	roleAt := make(map[data.ID]int32, nr) // entity numbering of functionalTree, for countHeads
	roleIdx := make(map[data.ID]int, nr)
	for i := range doc.Roles {
		roleAt[doc.Roles[i].ID] = int32(1 + nd + i)
		roleIdx[doc.Roles[i].ID] = i
	}
	heads := make(map[data.ID]data.ID, nd)
	for i := range doc.Departments {
		heads[doc.Departments[i].ID] = doc.Departments[i].Head
	}
	hc := countHeads(doc, roleAt)
	t := &entityTree{ents: []entity{{node: companyNode(doc, doc.Org.Lang, hc)}}}
	parent := []int32{-1}
	deptAt := make(map[data.ID]int32, nd)
	for i := range doc.Departments {
		d := &doc.Departments[i]
		deptAt[d.ID] = int32(1 + i)
		t.ents = append(t.ents, entity{node: Node{ID: d.ID, Kind: KindDepartment, Label: d.Name, Dept: d.ID, Note: d.Motto,
			Planned: hc.deptPlanned[i], Filled: hc.deptFilled[i]}})
		parent = append(parent, 0)
	}
	for i := range doc.Departments {
		if p, ok := deptAt[doc.Departments[i].Parent]; ok && p != int32(1+i) {
			parent[1+i] = p
		}
	}
	holderOf := make([]int32, nr) // role → entity of its first holder, 0 for none
	type pending struct {
		ent  int32
		boss data.ID // the role whose holder the person goes under
	}
	var later []pending
	unassigned := i18n.In(doc.Org.Lang, "Unassigned")
	for i := range doc.People {
		p := &doc.People[i]
		if p.Status == data.StatusLeft {
			continue
		}
		n := Node{ID: p.ID, Kind: KindPerson, Label: p.Name}
		var boss data.ID
		if ri, ok := roleIdx[p.Role]; ok {
			r := &doc.Roles[ri]
			n.Note, n.Dept, boss = r.Title, r.Department, r.ReportsTo
			if _, ok := heads[r.Department]; !ok {
				n.Dept = ""
			}
			e := int32(len(t.ents))
			if holderOf[ri] == 0 {
				holderOf[ri] = e
			}
		} else if head, ok := heads[p.Department]; ok && p.Role == "" {
			n.Note, n.Dept, boss = unassigned, p.Department, head
		} else if p.Role == "" {
			n.Note = unassigned // company level (no department): under the company
		} else {
			continue // a role that does not exist: nothing to place them by
		}
		e := int32(len(t.ents))
		t.ents = append(t.ents, entity{node: n})
		parent = append(parent, deptAt[n.Dept]) // 0 (the company) for ""
		later = append(later, pending{e, boss})
	}
	for _, pd := range later {
		// Walk up vacant roles (at most nr steps, so a cycle cannot loop).
		id := pd.boss
		for steps := 0; id != "" && steps <= nr; steps++ {
			ri, ok := roleIdx[id]
			if !ok {
				break
			}
			if h := holderOf[ri]; h != 0 && h != pd.ent {
				parent[pd.ent] = h
				break
			}
			id = doc.Roles[ri].ReportsTo
		}
	}
	breakCycles(parent)
	seq := make([]int32, len(parent)-1)
	for i := range seq {
		seq[i] = int32(i + 1)
	}
	t.f = groupChildren(parent, seq)
	return t
}
