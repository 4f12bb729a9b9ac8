package chart

import (
	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// Build turns the document into a laid-out chart.
//
// Functional mode (and the tree of matrix mode) hangs, from the top:
//   - the company (root), labelled with the organisation's name;
//   - company-level roles (Role.Department == ""), under the company-level
//     role they report to, else under the company;
//   - top-level departments, under the company-level role their head role
//     reports to, else under the company;
//   - a department's roles: a role reporting to a role of the same
//     department hangs under it, any other under the department box, the
//     head role first — so a department reads box → head → staff;
//   - sub-departments, under the parent department's role their head
//     reports to (so a team sits under the manager it answers to), else
//     under the parent department box.
//
// Under a node, roles come before departments, each in document order.
// Matrix mode adds a dashed edge for every dotted line whose two roles are
// visible. Project mode hangs project teams under the company and their
// members (roles or people) under each team.
//
// Nodes in opts.Collapsed keep their box but hide their descendants. A
// document that fails data.Validate still builds: a cycle of departments or
// roles is cut by hanging one of its members under the company, and a role
// of a missing department counts as company-level. Build reads doc's slices
// only (not its lazy lookup index), so it may run beside other readers.
func Build(doc *data.Document, opts Options) *Chart { return build(doc, opts, nil) }

// build is Build, with the tree of shared when it is doc's for opts.
func build(doc *data.Document, opts Options, shared *Tree) *Chart {
	if doc == nil {
		doc = &data.Document{}
	}
	opts = opts.withDefaults()
	c := buildTree(doc, shared.of(doc, opts), opts)
	c.finish()
	return c
}

// buildTree folds and lays out t, the tree of doc for opts (with
// defaults), which it only reads: Unfold builds many charts of one tree.
// The chart has its Index and Bounds; finish adds the spatial indexes
// the caller needs for a chart it keeps.
func buildTree(doc *data.Document, t *entityTree, opts Options) *Chart {
	return tryTree(doc, t, opts, 0)
}

// tryTree is buildTree, but returns nil, laying nothing out, when the
// chart has more than maxCards cards (0: no limit): a search knows such a
// chart cannot fit (see cardsWithin).
func tryTree(doc *data.Document, t *entityTree, opts Options, maxCards int) *Chart {
	c := &Chart{Opts: opts}
	shown := t.visible(c, opts)
	if maxCards > 0 && len(c.Nodes) > maxCards {
		return nil
	}
	c.layout()
	if opts.Mode == data.ModeMatrix && !opts.People {
		d := &dottedSet{c: c, t: t, shown: shown, seen: map[[2]int32]bool{}}
		c.addDottedEdges(d)
		c.addProjectEdges(doc, d)
	}
	c.bound()
	return c
}

// treeOf builds the full tree Build lays out for opts.
func treeOf(doc *data.Document, opts Options) *entityTree {
	switch {
	case opts.People:
		return peopleTree(doc)
	case opts.Mode == data.ModeProject:
		return projectTree(doc)
	}
	return functionalTree(doc, opts.Unassigned)
}

// entity is a node of the full (uncollapsed) tree.
type entity struct {
	node Node // ID, Kind, Label, Dept, Note, headcount and holders
	role *data.Role
}

// entityTree is the full tree before collapsing: entity 0 is the company.
type entityTree struct {
	ents []entity
	f    forest // children in display order

	roleAt map[data.ID]int32 // role id → entity (functional tree only)
	// rank is each entity's level for Options.Level (nil: tree depth).
	rank []int32
	// subRoles, subPeople and subUnassigned cache subtreeCounts.
	subRoles, subPeople, subUnassigned []int32
	// byID lists the entities of each id (indexIDs); nil until asked for.
	byID map[data.ID][]int32
}

// visible copies the entities that are not below a collapsed or folded
// node into c.Nodes in pre-order and returns, for each entity, its node
// index or -1. It walks the tree first and copies the nodes after, so
// c.Nodes is allocated once at its size: a chart folded to a few hundred
// cards of a 5,000-role tree (what Unfold builds again and again) does
// not pay for 5,000.
func (t *entityTree) visible(c *Chart, opts Options) []int32 {
	shown := make([]int32, len(t.ents))
	for i := range shown {
		shown[i] = -1
	}
	var subRoles, subPeople, subUnassigned []int32
	if opts.Level > 0 || len(opts.Collapsed) > 0 {
		subRoles, subPeople, subUnassigned = t.subtreeCounts()
	}
	onPath := t.paths(opts.Reveal)
	// seen is a shown entity and what its fold hides.
	type seen struct {
		ent, parent               int32
		hidden                    bool
		roles, people, unassigned int
	}
	var order []seen
	type frame struct {
		ent, parent int32
		depth       int32
		limit       int32 // the deepest level shown below: Level, or deeper under an open node
		free        bool  // under an expanded node: Level does not apply
	}
	stack := []frame{{0, -1, 0, int32(opts.Level), opts.Level <= 0}}
	for len(stack) > 0 {
		fr := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		id := t.ents[fr.ent].node.ID
		idx := int32(len(order))
		shown[fr.ent] = idx
		order = append(order, seen{ent: fr.ent, parent: fr.parent})
		s := &order[idx]
		children := t.f.children(fr.ent)
		free := fr.free || opts.Expanded[id]
		limit := fr.limit
		if opts.Open[id] {
			limit = max(limit, t.rankOf(fr.ent, fr.depth)+1)
		}
		hide := func(e int32) {
			s.hidden = true
			s.roles += int(subRoles[e])
			s.people += int(subPeople[e])
			s.unassigned += int(subUnassigned[e])
		}
		if len(children) > 0 && opts.Collapsed[id] {
			for _, e := range children {
				hide(e)
			}
			children = nil
		}
		for i := len(children) - 1; i >= 0; i-- {
			e := children[i]
			if !free && (onPath == nil || !onPath[e]) && t.rankOf(e, fr.depth+1) > limit {
				hide(e)
				continue
			}
			stack = append(stack, frame{e, idx, fr.depth + 1, limit, free})
		}
	}
	c.Nodes = make([]Node, len(order))
	for i := range order {
		s, n := &order[i], &c.Nodes[i]
		*n = t.ents[s.ent].node
		n.Parent = int(s.parent)
		if s.parent >= 0 {
			n.Depth = c.Nodes[s.parent].Depth + 1
		}
		if s.hidden {
			n.HasHidden = true
			n.HiddenRoles += s.roles
			n.HiddenPeople += s.people
			n.HiddenUnassigned += s.unassigned
		}
	}
	// Children lists share one backing array; a pre-order numbering makes
	// each parent's children appear in order as their nodes are appended.
	counts := make([]int, len(c.Nodes)+1)
	for i := 1; i < len(c.Nodes); i++ {
		counts[c.Nodes[i].Parent+1]++
	}
	for i := 1; i <= len(c.Nodes); i++ {
		counts[i] += counts[i-1]
	}
	kids := make([]int, max(len(c.Nodes)-1, 0))
	fill := counts[:len(c.Nodes)]
	for i := 1; i < len(c.Nodes); i++ {
		p := c.Nodes[i].Parent
		kids[fill[p]] = i
		fill[p]++
	}
	start := 0
	for i := range c.Nodes {
		end := fill[i]
		if end > start {
			c.Nodes[i].Children = kids[start:end:end]
		}
		start = end
	}
	return shown
}

// paths marks the entities with an id in ids and their ancestors; nil
// when ids is empty. With the tree's id index (indexIDs) it visits only
// those entities, not every one.
func (t *entityTree) paths(ids map[data.ID]bool) []bool {
	if len(ids) == 0 {
		return nil
	}
	on := make([]bool, len(t.ents))
	mark := func(e int32) {
		for p := e; p >= 0 && !on[p]; p = t.f.parent[p] {
			on[p] = true
		}
	}
	if t.byID != nil {
		for id, ok := range ids {
			if !ok {
				continue
			}
			for _, e := range t.byID[id] {
				if e != 0 {
					mark(e)
				}
			}
		}
		return on
	}
	for e := range t.ents {
		if !ids[t.ents[e].node.ID] || e == 0 {
			continue
		}
		mark(int32(e))
	}
	return on
}

// indexIDs gives the tree its id → entities index, for callers that
// build many charts of it.
func (t *entityTree) indexIDs() {
	t.byID = make(map[data.ID][]int32, len(t.ents))
	for e := range t.ents {
		id := t.ents[e].node.ID
		t.byID[id] = append(t.byID[id], int32(e))
	}
}

// rankOf is entity e's level for Options.Level; depth is its tree depth.
func (t *entityTree) rankOf(e, depth int32) int32 {
	if t.rank == nil {
		return depth
	}
	return t.rank[e]
}

// subtreeCounts returns, for every entity, the roles, the people (role
// holders, or people view and project members) and the people without a
// role (未安排 groups) in its subtree (itself included).
func (t *entityTree) subtreeCounts() (roles, people, unassigned []int32) {
	if t.subRoles != nil {
		return t.subRoles, t.subPeople, t.subUnassigned
	}
	defer func() { t.subRoles, t.subPeople, t.subUnassigned = roles, people, unassigned }()
	n := len(t.ents)
	roles, people, unassigned = make([]int32, n), make([]int32, n), make([]int32, n)
	order := make([]int32, 0, n)
	order = append(order, 0)
	for i := 0; i < len(order); i++ {
		order = append(order, t.f.children(order[i])...)
	}
	for i := len(order) - 1; i >= 0; i-- {
		e := order[i]
		nd := &t.ents[e].node
		switch nd.Kind {
		case KindRole:
			roles[e]++
			people[e] += int32(nd.Filled)
		case KindUnassigned:
			unassigned[e] += int32(len(nd.Holders))
		case KindPerson:
			people[e] += int32(max(len(nd.Holders), 1))
		}
		if p := t.f.parent[e]; p >= 0 {
			roles[p] += roles[e]
			people[p] += people[e]
			unassigned[p] += unassigned[e]
		}
	}
	return roles, people, unassigned
}

// functionalTree builds the company → roles and departments tree, with
// each department's 未安排 group when unassigned is set.
func functionalTree(doc *data.Document, unassigned bool) *entityTree {
	lang := doc.Org.Lang
	nd, nr := len(doc.Departments), len(doc.Roles)
	deptAt := make(map[data.ID]int32, nd) // id → entity index
	roleAt := make(map[data.ID]int32, nr)
	for i := range doc.Departments {
		deptAt[doc.Departments[i].ID] = int32(1 + i)
	}
	for i := range doc.Roles {
		roleAt[doc.Roles[i].ID] = int32(1 + nd + i)
	}
	hc := countHeads(doc, roleAt)
	t := &entityTree{ents: make([]entity, 1+nd+nr), roleAt: roleAt}
	t.ents[0].node = companyNode(doc, lang, hc)
	for i := range doc.Departments {
		d := &doc.Departments[i]
		t.ents[1+i].node = Node{ID: d.ID, Kind: KindDepartment, Label: d.Name, Dept: d.ID, Note: d.Motto,
			Planned: hc.deptPlanned[i], Filled: hc.deptFilled[i]}
	}
	for i := range doc.Roles {
		r := &doc.Roles[i]
		dept := r.Department
		if _, ok := deptAt[dept]; !ok {
			dept = ""
		}
		t.ents[1+nd+i] = entity{role: r, node: Node{ID: r.ID, Kind: KindRole, Label: r.Title, Dept: dept,
			Planned: r.Planned, Filled: len(hc.holders(i)), Holders: hc.holders(i)}}
	}
	parent := functionalParents(doc, t, deptAt, roleAt)
	var groups []int32
	if unassigned {
		parent, groups = t.addUnassigned(doc, parent, deptAt)
	}
	breakCycles(parent)
	seq := functionalOrder(doc, parent, deptAt, roleAt)
	seq = append(seq[:len(seq)-nd], append(groups, seq[len(seq)-nd:]...)...)
	t.f = groupChildren(parent, seq)
	t.rank = functionalRanks(doc, t, parent)
	return t
}

// addUnassigned appends one 未安排 entity per department that has people
// (not left) without a role, hung under the department box, and one under
// the company for the people without a role at company level (no
// department, or one that does not exist: a roster's 总裁办 mapped to the
// company, a row with no 部门), so every person is on the chart. The
// company's group has the company's (empty) id and department. It returns
// the grown parent array and the new entities.
func (t *entityTree) addUnassigned(doc *data.Document, parent []int32, deptAt map[data.ID]int32) ([]int32, []int32) {
	groupOf := map[int32]int32{} // department entity (0: the company) → its group entity
	var groups []int32
	label := i18n.In(doc.Org.Lang, "Unassigned")
	for i := range doc.People {
		p := &doc.People[i]
		if p.Status == data.StatusLeft || p.Role != "" {
			continue
		}
		d, dept := deptAt[p.Department], p.Department // d 0: company level
		if d == 0 {
			dept = ""
		}
		g, ok := groupOf[d]
		if !ok {
			g = int32(len(t.ents))
			t.ents = append(t.ents, entity{node: Node{ID: dept, Kind: KindUnassigned, Label: label, Dept: dept}})
			parent = append(parent, d)
			groupOf[d] = g
			groups = append(groups, g)
		}
		n := &t.ents[g].node
		n.Holders = append(n.Holders, p.Name)
		n.People = append(n.People, p.ID)
		n.Filled++
	}
	return parent, groups
}

// functionalRanks gives every entity its level for Options.Level: a
// department its depth among departments (top level 1), its head the
// same, other roles one more than their manager (or than their
// department, when they hang under its box), a 未安排 group one more than
// its department; company-level roles 0.
func functionalRanks(doc *data.Document, t *entityTree, parent []int32) []int32 {
	heads := make(map[data.ID]bool, len(doc.Departments))
	for i := range doc.Departments {
		heads[doc.Departments[i].Head] = true
	}
	rank := make([]int32, len(t.ents))
	order := make([]int32, 0, len(t.ents))
	order = append(order, 0)
	for i := 0; i < len(order); i++ {
		order = append(order, t.f.children(order[i])...)
	}
	for _, e := range order[1:] {
		n := &t.ents[e].node
		p := parent[e]
		pk := t.ents[p].node.Kind
		switch {
		case n.Kind == KindDepartment:
			if pk == KindDepartment {
				rank[e] = rank[p] + 1
			} else {
				rank[e] = rank[t.deptEntity(p, parent)] + 1
			}
		case n.Kind == KindUnassigned:
			rank[e] = rank[p] + 1
		case n.Dept == "":
			rank[e] = 0
		case pk == KindDepartment && heads[n.ID]:
			rank[e] = rank[p]
		default:
			rank[e] = rank[p] + 1
		}
	}
	return rank
}

// deptEntity returns the nearest department entity at or above e whose
// rank is known (the company, 0, when there is none).
func (t *entityTree) deptEntity(e int32, parent []int32) int32 {
	for ; e > 0; e = parent[e] {
		if t.ents[e].node.Kind == KindDepartment {
			return e
		}
	}
	return 0
}

// companyNode is the root: the organisation's name, industry and totals.
func companyNode(doc *data.Document, lang string, hc *headcount) Node {
	name := doc.Org.Name
	if name == "" {
		name = i18n.In(lang, "Company")
	}
	return Node{Kind: KindCompany, Label: name, Note: doc.Org.Industry,
		Planned: hc.totalPlanned, Filled: hc.totalFilled}
}

// functionalParents applies Build's placement rules.
func functionalParents(doc *data.Document, t *entityTree, deptAt, roleAt map[data.ID]int32) []int32 {
	nd := len(doc.Departments)
	parent := make([]int32, len(t.ents))
	parent[0] = -1
	// companyRole returns the entity of a company-level role, or -1.
	companyRole := func(id data.ID) int32 {
		if e, ok := roleAt[id]; ok && t.ents[e].node.Dept == "" {
			return e
		}
		return -1
	}
	for i := range doc.Roles {
		r, e := &doc.Roles[i], int32(1+nd+i)
		dept := t.ents[e].node.Dept
		parent[e] = 0
		if m, ok := roleAt[r.ReportsTo]; ok && m != e && t.ents[m].node.Dept == dept {
			parent[e] = m // same department, or both company-level
		} else if dept != "" {
			parent[e] = deptAt[dept]
		}
	}
	for i := range doc.Departments {
		d, e := &doc.Departments[i], int32(1+i)
		var manager data.ID
		if h, ok := roleAt[d.Head]; ok {
			manager = t.ents[h].role.ReportsTo
		}
		parent[e] = 0
		if p, ok := deptAt[d.Parent]; ok && p != e {
			parent[e] = p
			if m, ok := roleAt[manager]; ok && t.ents[m].node.Dept == d.Parent {
				parent[e] = m
			}
		} else if m := companyRole(manager); m >= 0 {
			parent[e] = m
		}
	}
	return parent
}

// functionalOrder lists every non-root entity in the order children should
// appear: department heads, other roles, then departments.
func functionalOrder(doc *data.Document, parent []int32, deptAt, roleAt map[data.ID]int32) []int32 {
	nd := len(doc.Departments)
	seq := make([]int32, 0, len(parent)-1)
	isHead := make([]bool, len(parent))
	for i := range doc.Departments {
		if h, ok := roleAt[doc.Departments[i].Head]; ok && parent[h] == int32(1+i) {
			isHead[h] = true
			seq = append(seq, h)
		}
	}
	for i := range doc.Roles {
		if e := int32(1 + nd + i); !isHead[e] {
			seq = append(seq, e)
		}
	}
	for i := range doc.Departments {
		seq = append(seq, int32(1+i))
	}
	return seq
}

// groupChildren builds child lists from a parent array (parent[0] = -1,
// acyclic), keeping each parent's children in the order of seq, which lists
// every non-root node once.
func groupChildren(parent []int32, seq []int32) forest {
	n := len(parent)
	f := forest{parent: parent, first: make([]int32, n+1), kids: make([]int32, len(seq))}
	for _, v := range seq {
		f.first[parent[v]+1]++
	}
	for i := 0; i < n; i++ {
		f.first[i+1] += f.first[i]
	}
	fill := make([]int32, n)
	copy(fill, f.first[:n])
	for _, v := range seq {
		p := parent[v]
		f.kids[fill[p]] = v
		fill[p]++
	}
	return f
}
