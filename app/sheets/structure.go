package sheets

import (
	"context"
	"strconv"
	"strings"

	"orgdesigner/data"
)

// structure imports the workbook's staffing sheet (编制汇总): departments
// (also those without roles), roles with planned headcount, role codes and
// the roles' reporting lines. It runs before the roster so the roster's
// people find these roles.
func (pl *planner) structure(ctx context.Context) error {
	info := pl.a.wb.sheet(pl.a.Structure)
	if info == nil || info.HeaderRow == 0 {
		return nil
	}
	sd, err := pl.a.wb.load(ctx, info.Name, nil)
	if err != nil {
		return err
	}
	sub := &Analysis{File: pl.a.File, Source: pl.a.Source, Sheet: info.Name, HeaderRow: info.HeaderRow,
		Columns: guessMapping(sd.rows[info.HeaderRow-1]), wb: pl.a.wb, sd: sd, doc: pl.doc}
	pl.sheet = info.Name
	pl.layout[info.Name] = layoutOf(sd, info.HeaderRow)
	m := newRowMapper(sub)
	plannedCol, _ := m.column(FieldPlanned)
	type link struct {
		role data.ID
		ref  string
		row  int
	}
	var links []link
	sub.eachRow(func(row int, cells []string) bool {
		// Export writes the department on every row, 公司级 for the
		// company level and on the subtotal rows too.
		title := m.cell(cells, FieldRole)
		if isTotalLabel(title) {
			return true
		}
		dept := CompanyLevel
		if v := m.deptValue(cells); !isCompanyLabel(v) {
			dept = pl.ensureDept(v) // also a department without roles
		}
		if title == "" {
			return true
		}
		role := pl.ensureRole(title, dept)
		if v := m.cell(cells, FieldPlanned); v != "" {
			if n, err := strconv.Atoi(tidyNumber(v)); err == nil && n >= 0 {
				pl.setPlanned(role, n, row, plannedCol)
			} else {
				pl.problem(newProblem(row, plannedCol, v, probBadPlanned))
			}
		}
		if code := m.cell(cells, FieldRoleCode); code != "" && pl.x.roles[role].Code != code {
			pl.editRole(role).Code = code
		}
		if ref := m.cell(cells, FieldReportsTo); ref != "" {
			links = append(links, link{role, ref, row})
		}
		return true
	})
	col, _ := m.column(FieldReportsTo)
	for _, l := range links {
		target := pl.findRole(l.ref)
		switch {
		case target == "":
			pl.problem(newProblem(l.row, col, l.ref, probUnknownReportsTo))
		case pl.wouldCycle(l.role, target):
			pl.problem(newProblem(l.row, col, l.ref, probReportsToCycle,
				pl.x.roles[l.role].Title+" → "+l.ref+" → "+pl.x.roles[l.role].Title))
		case pl.x.roles[l.role].ReportsTo != target:
			pl.editRole(l.role).ReportsTo = target
		}
	}
	return nil
}

// findRole reads a role reference as export writes it: "title（department
// path）", or a bare title for a company-level or uniquely named role.
func (pl *planner) findRole(ref string) data.ID {
	for _, pair := range [][2]string{{"（", "）"}, {"(", ")"}} {
		i := strings.LastIndex(ref, pair[0])
		if i <= 0 || !strings.HasSuffix(ref, pair[1]) {
			continue
		}
		title, path := ref[:i], ref[i+len(pair[0]):len(ref)-len(pair[1])]
		dept, missing := pl.x.walk(splitPath(path))
		if len(missing) == 0 {
			if r := pl.x.rolesIn[dept][normKey(title)]; r != nil {
				return r.ID
			}
		}
	}
	k := normKey(ref)
	if r := pl.x.rolesIn[""][k]; r != nil {
		return r.ID
	}
	if all := pl.x.rolesByName[k]; len(all) == 1 {
		return all[0].ID
	}
	return ""
}

// wouldCycle reports whether role reporting to target closes a circle.
func (pl *planner) wouldCycle(role, target data.ID) bool {
	seen := map[data.ID]bool{}
	for cur := target; cur != "" && !seen[cur]; {
		if cur == role {
			return true
		}
		seen[cur] = true
		r := pl.x.roles[cur]
		if r == nil {
			return false
		}
		cur = r.ReportsTo
	}
	return false
}
