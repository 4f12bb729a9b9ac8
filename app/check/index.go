package check

import (
	"orgdesigner/data"
)

// checker holds the document and the indexes every check shares, built once
// so each check is a single pass.
type checker struct {
	doc *data.Document
	t   Thresholds
	out []entry

	deptIdx map[data.ID]int
	roleIdx map[data.ID]int
	// filled[i] counts the people holding role i who have not left.
	filled []int
	// current counts people who have not left, with or without a role.
	current int
	// reports[i] counts the roles whose solid line goes to role i.
	reports []int
	// deptRoles and deptChildren count each department's roles and
	// sub-departments.
	deptRoles, deptChildren []int
	// enter and leave number a depth-first walk of the department tree:
	// department a contains department b when enter[a] <= enter[b] and
	// leave[b] <= leave[a].
	enter, leave []int
}

func newChecker(doc *data.Document, t Thresholds) *checker {
	c := &checker{doc: doc, t: t}
	c.indexDepartments()
	c.indexRoles()
	c.indexPeople()
	c.numberDepartments()
	return c
}

func (c *checker) indexDepartments() {
	depts := c.doc.Departments
	c.deptIdx = make(map[data.ID]int, len(depts))
	for i := range depts {
		if _, dup := c.deptIdx[depts[i].ID]; !dup {
			c.deptIdx[depts[i].ID] = i
		}
	}
	c.deptRoles = make([]int, len(depts))
	c.deptChildren = make([]int, len(depts))
	for i := range depts {
		if p, ok := c.deptIdx[depts[i].Parent]; ok && p != i {
			c.deptChildren[p]++
		}
	}
}

func (c *checker) indexRoles() {
	roles := c.doc.Roles
	c.roleIdx = make(map[data.ID]int, len(roles))
	for i := range roles {
		if _, dup := c.roleIdx[roles[i].ID]; !dup {
			c.roleIdx[roles[i].ID] = i
		}
	}
	c.reports = make([]int, len(roles))
	for i := range roles {
		if m, ok := c.roleIdx[roles[i].ReportsTo]; ok && m != i {
			c.reports[m]++
		}
		if d, ok := c.deptIdx[roles[i].Department]; ok {
			c.deptRoles[d]++
		}
	}
}

// indexPeople counts holders in one pass rather than calling
// Document.Holders per role, which would be quadratic.
func (c *checker) indexPeople() {
	c.filled = make([]int, len(c.doc.Roles))
	for i := range c.doc.People {
		p := &c.doc.People[i]
		if p.Status == data.StatusLeft {
			continue
		}
		c.current++
		if r, ok := c.roleIdx[p.Role]; ok && p.Role != "" {
			c.filled[r]++
		}
	}
}

// numberDepartments walks the department forest iteratively (no recursion
// limit, and a parent cycle in a damaged file cannot loop: each department
// is entered once).
func (c *checker) numberDepartments() {
	depts := c.doc.Departments
	n := len(depts)
	children := make([][]int, n)
	var roots []int
	for i := range depts {
		if p, ok := c.deptIdx[depts[i].Parent]; ok && p != i && depts[i].Parent != "" {
			children[p] = append(children[p], i)
		} else {
			roots = append(roots, i)
		}
	}
	c.enter = make([]int, n)
	c.leave = make([]int, n)
	seen := make([]bool, n)
	clock := 0
	walk := func(root int) {
		type frame struct{ node, next int }
		stack := []frame{{root, 0}}
		seen[root] = true
		c.enter[root] = clock
		clock++
		for len(stack) > 0 {
			top := &stack[len(stack)-1]
			if top.next < len(children[top.node]) {
				child := children[top.node][top.next]
				top.next++
				if !seen[child] {
					seen[child] = true
					c.enter[child] = clock
					clock++
					stack = append(stack, frame{child, 0})
				}
				continue
			}
			c.leave[top.node] = clock
			clock++
			stack = stack[:len(stack)-1]
		}
	}
	for _, r := range roots {
		walk(r)
	}
	// Departments on a parent cycle are reachable from no root; give each
	// its own interval so it contains only itself.
	for i := range depts {
		if !seen[i] {
			walk(i)
		}
	}
}

// within reports whether department dept lies in the subtree of department
// id: it is id itself or one of id's descendants. The company level ("")
// holds every department and company-level role.
func (c *checker) within(dept, id data.ID) bool {
	if id == "" {
		return true
	}
	a, ok := c.deptIdx[id]
	if !ok {
		return false
	}
	b, ok := c.deptIdx[dept]
	if !ok {
		return false
	}
	return c.enter[a] <= c.enter[b] && c.leave[b] <= c.leave[a]
}
