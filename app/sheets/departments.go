package sheets

import (
	"context"
	"strings"

	"orgdesigner/data"
)

// Problems of department lists and of the structure derived from people.
const (
	probMissingDeptName   problemCode = "missing-department-name"
	probDuplicateDeptCode problemCode = "duplicate-department-code"
	probUnknownParentDept problemCode = "unknown-parent-department"
	// Notes (Preview.Conflicts) rather than row problems.
	noteLineDisagrees problemCode = "role-line-disagrees"
	noteLineKept      problemCode = "role-line-kept"
	noteLineCycle     problemCode = "role-line-cycle"
)

func init() {
	for k, v := range structureProblemKeys {
		problemKeys[k] = v
	}
}

// structureProblemKeys are the messages of the problems above.
var structureProblemKeys = map[problemCode]string{
	probMissingDeptName:   "The department name is empty; the row was not imported.",
	probDuplicateDeptCode: "Department code %s is also on row %d; this row was not imported.",
	probUnknownParentDept: "No department with this code or name is in the file or the document; the department was put at the top.",
	noteLineDisagrees:     "The holders of %s report to different roles (%s); no reporting line was set.",
	noteLineKept:          "Most holders of %s report to %s, but the document has it report to %s; the document was kept.",
	noteLineCycle:         "%s would report to %s, which reports to it; no reporting line was set.",
}

// deptRow is one row of a department list.
type deptRow struct {
	row          int
	value        string // the department's name or path
	code, parent string // 部门编码, 上级部门编码 (or the parent's name)
	head         string // 部门负责人, a person's name or number
	done         bool
}

// departmentList imports a sheet of departments (Analysis.DepartmentsOnly):
// each row is a department, named by its columns (levels or a path) and
// placed under its parent: the parent column (a code, else a name) when
// there is one, else the path. Codes are kept on the departments so later
// rosters that give only a code find them.
func (pl *planner) departmentList(ctx context.Context, progress func(done, total int)) error {
	m := newRowMapper(pl.a)
	col, _ := m.column(FieldDepartment)
	codeCol, _ := m.column(FieldDeptCode)
	parentCol, hasParent := m.column(FieldParentDept)
	// A list of units in people's clothes (name, id, parentId): the name
	// is the department, the number its code, the manager its parent.
	units := pl.a.unitNames
	if units {
		col, _ = m.column(FieldName)
		if !m.mapped(FieldDeptCode) {
			codeCol, _ = m.column(FieldNumber)
		}
		if !hasParent {
			parentCol, hasParent = m.column(FieldManager)
		}
	}
	var rows []*deptRow
	byCode := map[string]*deptRow{}
	done := 0
	var err error
	pl.a.eachRow(func(row int, cells []string) bool {
		if done++; done&255 == 0 {
			if err = ctx.Err(); err != nil {
				return false
			}
			if progress != nil {
				progress(done, pl.a.DataRows)
			}
		}
		if pl.a.sd.refusedRow(row) {
			return true // listed by readProblems
		}
		r := m.deptListRow(row, cells, units)
		if r.value == "" {
			p := newProblem(row, col, "", probMissingDeptName)
			p.Skipped = true
			pl.problem(p)
			return true
		}
		if r.code != "" {
			k := normKey(r.code)
			if prev, dup := byCode[k]; dup {
				p := newProblem(row, codeCol, r.code, probDuplicateDeptCode, r.code, prev.row)
				p.Skipped = true
				pl.problem(p)
				return true
			}
			byCode[k] = r
		}
		rows = append(rows, r)
		return true
	})
	if err != nil {
		return err
	}
	if !hasParent {
		for _, r := range rows {
			pl.placeDept(r, pl.ensureDept(r.value))
		}
		return nil
	}
	// With a parent column a row can come before its parent: place the
	// rows whose parent is placed, in passes, until none moves.
	var placeRow func(r *deptRow, depth int) data.ID
	placeRow = func(r *deptRow, depth int) data.ID {
		if r.done {
			return pl.deptMemo[r.value+"\x00"+r.code]
		}
		r.done = true // also guards against a circle of parents
		if r.parent == "" && pl.x.namesCompany(r.value) {
			pl.deptMemo[r.value+"\x00"+r.code] = "" // the company: its children are at the top
			return ""
		}
		parent := data.ID("")
		if r.parent != "" {
			switch p := byCode[normKey(r.parent)]; {
			case p != nil && p != r && depth < maxDepth*4:
				parent = placeRow(p, depth+1)
			case pl.x.deptsByCode[normKey(r.parent)] != nil:
				parent = pl.x.deptsByCode[normKey(r.parent)].ID
			case pl.x.namesCompany(r.parent):
				// the company by name: the row is a top-level department
			default:
				if id, missing := pl.x.walk(splitPath(r.parent)); len(missing) == 0 && id != "" {
					parent = id
				} else {
					pl.problem(newProblem(r.row, parentCol, r.parent, probUnknownParentDept))
				}
			}
		}
		id := pl.childDept(parent, r.value)
		pl.deptMemo[r.value+"\x00"+r.code] = id
		pl.placeDept(r, id)
		return id
	}
	for _, r := range rows {
		placeRow(r, 0)
	}
	return nil
}

// childDept finds or creates the department of a path under parent.
func (pl *planner) childDept(parent data.ID, value string) data.ID {
	cur := parent
	for _, name := range splitPath(value) {
		var found data.ID
		for _, d := range pl.x.children[cur] {
			if normKey(d.Name) == normKey(name) {
				found = d.ID
				break
			}
		}
		if found == "" {
			d := &data.Department{ID: pl.newID("d"), Name: name, Parent: cur, Order: pl.x.nextOrder[cur]}
			pl.x.addDept(d)
			pl.newDepts = append(pl.newDepts, d)
			found = d.ID
		}
		cur = found
	}
	return cur
}

// placeDept keeps a row's code on its department and, when the head is a
// person of the document holding a role in that department, makes that
// role the department's head (import the roster first, then the list).
func (pl *planner) placeDept(r *deptRow, id data.ID) {
	if id == "" || id == CompanyLevel {
		return
	}
	if d := pl.x.depts[id]; d != nil && r.code != "" && d.Code != r.code {
		if e := pl.editDept(id); e != nil {
			e.Code = r.code
			pl.x.addCode(e)
		}
	}
	if d := pl.x.depts[id]; d != nil && d.Head == "" && r.head != "" {
		if role := pl.headRole(r.head, id); role != "" {
			if e := pl.editDept(id); e != nil {
				e.Head = role
				pl.derived.DepartmentHeads++
			}
		}
	}
}

// headRole is the role, in department dept, of the one person of the
// document named (or numbered) head; "" when there is none or several.
func (pl *planner) headRole(head string, dept data.ID) data.ID {
	people := pl.x.byName[normKey(head)]
	if p := pl.x.byNumber[head]; p != nil {
		people = []*data.Person{p}
	}
	if len(people) != 1 || people[0].Role == "" {
		return ""
	}
	if r := pl.x.roles[people[0].Role]; r != nil && r.Department == dept {
		return r.ID
	}
	return ""
}

// editDept returns a department the plan may change: a new department
// itself, or a clone of an existing one that goes into the change set.
func (pl *planner) editDept(id data.ID) *data.Department {
	if d := pl.deptEdits[id]; d != nil {
		return d
	}
	orig := pl.doc.Department(id)
	if orig == nil {
		return pl.x.depts[id] // a new department
	}
	c := data.CloneDepartment(*orig)
	if pl.deptEdits == nil {
		pl.deptEdits = map[data.ID]*data.Department{}
	}
	pl.deptEdits[id] = &c
	pl.deptEditOrder = append(pl.deptEditOrder, id)
	pl.x.depts[id] = &c
	return &c
}

// unitWords end the names of organisational units, as normKey folds them.
var unitWords = []string{"administration", "directorate", "program", "programme", "office", "division",
	"department", "dept", "center", "centre", "unit", "branch", "bureau", "committee", "board", "agency",
	"institute", "laboratory", "section", "services", "headquarters", "team", "group",
	"部", "部门", "中心", "处", "科", "室", "办", "办公室", "事业部", "委员会", "分公司", "公司", "集团",
	"团队", "小组", "组", "局", "大区", "区域", "战队", "门店"}

// namesAreUnits reports a name column that lists organisational units
// (an org chart of units by id and parentId, such as NASA's directorates)
// rather than people: no role values, and at least 80 % of at least three
// names end with a unit word (Directorate, Program, 部, 中心 …).
func (a *Analysis) namesAreUnits() bool {
	name, role := -1, -1
	for i, c := range a.Columns {
		switch {
		case c.Field == FieldName && name < 0:
			name = i
		case c.Field == FieldRole && role < 0:
			role = i
		case c.Field == FieldGivenName || c.Field == FieldFamilyName:
			return false
		}
	}
	if name < 0 {
		return false
	}
	n, units, roles := 0, 0, 0
	a.sampleValues(func(cells []string) bool {
		if v := cellAt(cells, role); role >= 0 && v != "" {
			roles++
			return false
		}
		v := cellAt(cells, name)
		if v == "" {
			return true
		}
		n++
		k := normKey(v)
		for _, w := range unitWords {
			if strings.HasSuffix(k, w) && len(k) > len(w) {
				units++
				break
			}
		}
		return n-units <= 20 || 5*units >= 4*n // a roster of people is told after a few rows
	})
	return roles == 0 && n >= 3 && 5*units >= 4*n
}
