package sheets

import (
	"strconv"

	"orgdesigner/data"
)

// ensureDept returns the department a value means, creating the missing
// levels of its path (under the deepest existing one) when needed, or
// CompanyLevel for a value placed at the company level.
func (pl *planner) ensureDept(value string) data.ID {
	if value == "" {
		return ""
	}
	if id, ok := pl.deptMemo[value]; ok {
		return id
	}
	id := pl.resolveDept(value)
	pl.deptMemo[value] = id
	return id
}

// resolveDept follows the user's choice; without one (a value of the
// staffing sheet only) a company-level office is put at the company
// level as Analyse suggests, and a value naming only the company is.
func (pl *planner) resolveDept(value string) data.ID {
	t, chosen := pl.choices[string(KindDepartment)+"\x00"+value]
	switch {
	case t == CompanyLevel:
		return pl.companyLevel(value)
	case t != "" && pl.x.depts[t] != nil:
		return t
	}
	cur, missing := pl.x.walk(splitPath(value))
	switch {
	case len(missing) > 0 && !chosen && pl.x.companyLike(value):
		return pl.companyLevel(value)
	case cur == "" && len(missing) == 0 && pl.x.namesCompany(value):
		return CompanyLevel
	}
	for _, name := range missing {
		d := &data.Department{ID: pl.newID("d"), Name: name, Parent: cur, Order: pl.x.nextOrder[cur]}
		pl.x.addDept(d)
		pl.newDepts = append(pl.newDepts, d)
		cur = d.ID
	}
	return cur
}

// ensureRole returns the role a title means in a department: the user's
// choice, the role of that title in the department, for a row without a
// department the only role of that title, or else a new role. dept
// CompanyLevel looks among the company-level roles only and makes a new
// role company-level.
func (pl *planner) ensureRole(title string, dept data.ID) data.ID {
	if title == "" {
		return ""
	}
	memo := pl.roleMemo[dept]
	if memo == nil {
		memo = map[string]data.ID{}
		pl.roleMemo[dept] = memo
	}
	if id, ok := memo[title]; ok {
		return id
	}
	id := pl.resolveRole(title, dept)
	memo[title] = id
	return id
}

func (pl *planner) resolveRole(title string, dept data.ID) data.ID {
	if t := pl.choices[string(KindRole)+"\x00"+title]; t != "" && pl.x.roles[t] != nil {
		return t
	}
	k := normKey(title)
	company := dept == CompanyLevel
	if company {
		dept = ""
	}
	if r := pl.x.rolesIn[dept][k]; r != nil {
		return r.ID
	}
	if all := pl.x.rolesByName[k]; dept == "" && !company && len(all) == 1 {
		return all[0].ID
	}
	r := &data.Role{ID: pl.newID("r"), Title: title, Department: dept, Order: pl.x.nextRole[dept]}
	pl.x.addRole(r)
	pl.newRoles = append(pl.newRoles, r)
	pl.isNew[r.ID] = true
	return r.ID
}

// editRole returns a role the plan may change: a new role itself, or a
// clone of an existing one that goes into the change set.
func (pl *planner) editRole(id data.ID) *data.Role {
	if pl.isNew[id] {
		return pl.x.roles[id]
	}
	if r := pl.roleEdits[id]; r != nil {
		return r
	}
	orig := pl.doc.Role(id)
	if orig == nil {
		return nil
	}
	c := data.CloneRole(*orig)
	pl.roleEdits[id] = &c
	pl.editOrder = append(pl.editOrder, id)
	pl.x.roles[id] = &c
	return &c
}

// setPlanned sets a role's planned headcount from a row; the first row
// that gives one wins and a different value later is a problem.
func (pl *planner) setPlanned(role data.ID, n, row int, col Column) {
	r := pl.x.roles[role]
	if _, ok := pl.plannedFrom[role]; ok {
		if r.Planned != n {
			pl.problem(newProblem(row, col, strconv.Itoa(n), probPlannedConflict, r.Title, r.Planned))
		}
		return
	}
	pl.plannedFrom[role] = row
	if r.Planned != n || pl.isNew[role] {
		pl.editRole(role).Planned = n
	}
}

// companyLevel notes a department value placed at the company level, for
// the preview, and returns CompanyLevel.
func (pl *planner) companyLevel(value string) data.ID {
	pl.companyValues = append(pl.companyValues, value)
	return CompanyLevel
}
