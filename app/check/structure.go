package check

import (
	"strings"

	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// checkStructure reports the reporting-line problems: more than one top of
// the chart, spans and depths above the thresholds, and solid lines that
// cross into another department's line without a labelled dotted line home.
func (c *checker) checkStructure() {
	parent := c.parents()
	c.checkTops(parent)
	c.checkSpans()
	c.checkDepth(parent)
	c.checkCrossReports(parent)
}

// parents maps each role to the index of its reports-to role, or -1 when it
// has none (or, in a damaged file, names a missing role or itself).
func (c *checker) parents() []int {
	parent := make([]int, len(c.doc.Roles))
	for i := range c.doc.Roles {
		parent[i] = -1
		if m, ok := c.roleIdx[c.doc.Roles[i].ReportsTo]; ok && m != i && c.doc.Roles[i].ReportsTo != "" {
			parent[i] = m
		}
	}
	return parent
}

// checkTops flags department roles that report to no one when the chart has
// more than one top: each such role starts a separate chart. Several
// company-level tops (a chairman and a general manager) are left alone.
func (c *checker) checkTops(parent []int) {
	tops := 0
	for _, p := range parent {
		if p < 0 {
			tops++
		}
	}
	if tops < 2 {
		return
	}
	for i, p := range parent {
		if r := &c.doc.Roles[i]; p < 0 && r.Department != "" {
			c.add(Warning, KindNoManager, ObjectRole, r.ID, i, 0,
				i18n.L("Role %s reports to no one, so the chart has %d tops.", c.roleName(r), tops))
		}
	}
}

func (c *checker) checkSpans() {
	for i, n := range c.reports {
		if n > c.t.MaxSpan {
			r := &c.doc.Roles[i]
			c.add(Warning, KindSpan, ObjectRole, r.ID, i, 0,
				i18n.L("Role %s has %d roles reporting directly to it, more than %d.", c.roleName(r), n, c.t.MaxSpan))
		}
	}
}

// checkDepth flags each role at level MaxDepth+1 (the top is level 1): it is
// where a line first goes too deep, so one finding covers its whole subtree,
// and the message gives the longest line through it.
func (c *checker) checkDepth(parent []int) {
	level := levels(parent)
	below := heights(parent, level)
	limit := c.t.MaxDepth
	for i := range c.doc.Roles {
		if level[i] == limit+1 {
			r := &c.doc.Roles[i]
			c.add(Warning, KindDepth, ObjectRole, r.ID, i, 0,
				i18n.L("Role %s is at reporting level %d, deeper than %d levels; the longest line through it has %d levels.",
					c.roleName(r), level[i], limit, level[i]+below[i]))
		}
	}
}

// levels numbers each role's reporting level, 1 for a top. Each role is
// visited once; a cycle in a damaged file is cut where it closes.
func levels(parent []int) []int {
	level := make([]int, len(parent))
	onPath := make([]bool, len(parent))
	var path []int
	for i := range parent {
		j := i
		for j >= 0 && level[j] == 0 && !onPath[j] {
			onPath[j] = true
			path = append(path, j)
			j = parent[j]
		}
		base := 0
		if j >= 0 && level[j] > 0 {
			base = level[j]
		}
		for k := len(path) - 1; k >= 0; k-- {
			base++
			level[path[k]] = base
			onPath[path[k]] = false
		}
		path = path[:0]
	}
	return level
}

// heights returns, for each role, how many levels lie beneath it (0 for a
// role nobody reports to), visiting roles deepest level first.
func heights(parent, level []int) []int {
	maxLevel := 0
	for _, l := range level {
		maxLevel = max(maxLevel, l)
	}
	byLevel := make([][]int, maxLevel+1)
	for i, l := range level {
		byLevel[l] = append(byLevel[l], i)
	}
	below := make([]int, len(parent))
	for l := maxLevel; l > 0; l-- {
		for _, i := range byLevel[l] {
			if p := parent[i]; p >= 0 && level[p] < l {
				below[p] = max(below[p], below[i]+1)
			}
		}
	}
	return below
}

// checkCrossReports applies the cross-reporting rule. A role's solid line
// stays at home when the manager is company-level or sits in the role's own
// department or one of its ancestors. Any other manager — in a sibling
// department, a department elsewhere in the tree, or one of the role's own
// sub-departments — is a cross report, and it is explained only by a dotted
// line with a non-empty label to a manager at home (same rule), which keeps
// the role's link to its own department visible and says what the
// arrangement is (项目汇报, 职能指导 …). A company-level role's only home is
// the company level.
func (c *checker) checkCrossReports(parent []int) {
	for i, p := range parent {
		if p < 0 {
			continue
		}
		r, m := &c.doc.Roles[i], &c.doc.Roles[p]
		if c.atHome(r, m.ID) || c.labelledHomeLine(r) {
			continue
		}
		c.add(Warning, KindCrossReport, ObjectRole, r.ID, i, 0, c.crossMessage(r, m))
	}
}

// atHome reports whether the manager role lies on the role's home line.
func (c *checker) atHome(r *data.Role, manager data.ID) bool {
	k, ok := c.roleIdx[manager]
	if !ok {
		return false
	}
	return c.within(r.Department, c.doc.Roles[k].Department)
}

func (c *checker) labelledHomeLine(r *data.Role) bool {
	for _, dl := range r.Dotted {
		if strings.TrimSpace(dl.Label) != "" && dl.Manager != r.ID && c.atHome(r, dl.Manager) {
			return true
		}
	}
	return false
}

func (c *checker) crossMessage(r, m *data.Role) string {
	if d, ok := c.deptIdx[r.Department]; ok && r.Department != "" {
		return i18n.L("Role %s reports to %s outside its department's line, with no labelled dotted line back to %s.",
			c.roleName(r), c.roleName(m), deptName(&c.doc.Departments[d]))
	}
	return i18n.L("Company-level role %s reports to %s inside a department, with no labelled dotted line to a company-level role.",
		c.roleName(r), c.roleName(m))
}
