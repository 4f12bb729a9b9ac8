package chart

import "orgdesigner/data"

// projectTree builds the company → project teams → members tree. A member
// naming a person shows the person (with the project role, or else the
// person's role title, as its note); a member naming only a role shows the
// role with its holders. Members whose role or person is missing are left
// out.
func projectTree(doc *data.Document) *entityTree {
	roleAt := make(map[data.ID]int32, len(doc.Roles))
	for i := range doc.Roles {
		// countHeads expects entity numbers laid out as in functionalTree.
		roleAt[doc.Roles[i].ID] = int32(1 + len(doc.Departments) + i)
	}
	personAt := make(map[data.ID]int, len(doc.People))
	for i := range doc.People {
		personAt[doc.People[i].ID] = i
	}
	hc := countHeads(doc, roleAt)
	role := func(id data.ID) (*data.Role, int) {
		if e, ok := roleAt[id]; ok {
			i := int(e) - 1 - len(doc.Departments)
			return &doc.Roles[i], i
		}
		return nil, -1
	}
	t := &entityTree{}
	parent := []int32{-1}
	t.ents = append(t.ents, entity{node: companyNode(doc, doc.Org.Lang, hc)})
	for pi := range doc.Projects {
		p := &doc.Projects[pi]
		pe := int32(len(t.ents))
		t.ents = append(t.ents, entity{node: Node{ID: p.ID, Kind: KindProject, Label: p.Name,
			Note: projectOwner(doc, p, personAt, role)}})
		parent = append(parent, 0)
		for _, m := range p.Members {
			var n Node
			if i, ok := personAt[m.Person]; ok {
				n = personMember(doc, &doc.People[i], m, role)
			} else if r, ri := role(m.Role); r != nil {
				n = Node{ID: r.ID, Kind: KindRole, Label: r.Title, Dept: r.Department, Note: m.ProjectRole,
					Planned: r.Planned, Filled: len(hc.holders(ri)), Holders: hc.holders(ri)}
			} else {
				continue
			}
			t.ents = append(t.ents, entity{node: n})
			parent = append(parent, pe)
		}
	}
	seq := make([]int32, len(parent)-1)
	for i := range seq {
		seq[i] = int32(i + 1)
	}
	t.f = groupChildren(parent, seq)
	return t
}

// personMember is the node of a person in a project team.
func personMember(doc *data.Document, p *data.Person, m data.Member, role func(data.ID) (*data.Role, int)) Node {
	n := Node{ID: p.ID, Kind: KindPerson, Label: p.Name, Dept: p.Department, Note: m.ProjectRole}
	if r, _ := role(p.Role); r != nil {
		n.Dept = r.Department
		if n.Note == "" {
			n.Note = r.Title
		}
	}
	return n
}

// projectOwner names a team's owner: the owning person, else the owning
// role's title.
func projectOwner(doc *data.Document, p *data.ProjectTeam, personAt map[data.ID]int, role func(data.ID) (*data.Role, int)) string {
	if i, ok := personAt[p.OwnerPerson]; ok {
		return doc.People[i].Name
	}
	if r, _ := role(p.OwnerRole); r != nil {
		return r.Title
	}
	return ""
}
