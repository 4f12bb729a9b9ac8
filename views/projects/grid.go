package projects

import (
	"orgdesigner/data"
)

// GridRow is one row of the matrix: a department (Dept "" is the company
// level, for company-level roles) at its nesting depth.
type GridRow struct {
	Dept  data.ID
	Name  string
	Depth int
}

// Grid is the departments × project teams matrix as plain data: Cells[r][c]
// lists the members of team Teams[c] who belong to department Rows[r].
type Grid struct {
	Rows  []GridRow
	Teams []*data.ProjectTeam
	Cells [][][]string
}

// BuildGrid lays the document's project members out by department. Rows
// follow the department tree (parents before their sub-departments); a
// company-level row comes first when a member sits above all departments.
func BuildGrid(doc *data.Document, companyName string) Grid {
	g := Grid{}
	for i := range doc.Projects {
		g.Teams = append(g.Teams, &doc.Projects[i])
	}
	company := false
	for _, t := range g.Teams {
		for _, m := range t.Members {
			if MemberDepartment(doc, m) == "" {
				company = true
			}
		}
	}
	if company {
		g.Rows = append(g.Rows, GridRow{Dept: "", Name: companyName})
	}
	g.Rows = appendDepartments(doc, g.Rows, "", 0, map[data.ID]bool{})
	rowOf := make(map[data.ID]int, len(g.Rows))
	for i, r := range g.Rows {
		rowOf[r.Dept] = i
	}
	g.Cells = make([][][]string, len(g.Rows))
	for r := range g.Cells {
		g.Cells[r] = make([][]string, len(g.Teams))
	}
	for c, t := range g.Teams {
		for _, m := range t.Members {
			r, ok := rowOf[MemberDepartment(doc, m)]
			if !ok {
				continue // a department outside the tree; Validate refuses those
			}
			g.Cells[r][c] = append(g.Cells[r][c], memberLine(doc, m))
		}
	}
	return g
}

// appendDepartments walks the department tree depth first; seen guards
// against a malformed parent chain.
func appendDepartments(doc *data.Document, rows []GridRow, parent data.ID, depth int, seen map[data.ID]bool) []GridRow {
	for _, d := range doc.ChildDepartments(parent) {
		if seen[d.ID] {
			continue
		}
		seen[d.ID] = true
		rows = append(rows, GridRow{Dept: d.ID, Name: d.Name, Depth: depth})
		rows = appendDepartments(doc, rows, d.ID, depth+1, seen)
	}
	return rows
}

// Lines returns the largest number of member lines in row r (at least 1).
func (g Grid) Lines(r int) int {
	n := 1
	for _, cell := range g.Cells[r] {
		n = max(n, len(cell))
	}
	return n
}
