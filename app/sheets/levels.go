package sheets

import (
	"slices"
	"strings"
)

// levelSampleRows bounds the rows read to measure how department columns
// nest and how paths are written: enough to decide, cheap on 10,000 rows.
const levelSampleRows = 5000

// deptColumns returns the indexes of the columns mapped to departments.
func (a *Analysis) deptColumns() []int {
	var out []int
	for i, c := range a.Columns {
		if c.Field == FieldDepartment {
			out = append(out, i)
		}
	}
	return out
}

// sampleValues calls fn with the cells of up to levelSampleRows data
// rows, until fn returns false.
func (a *Analysis) sampleValues(fn func(cells []string) bool) {
	n := 0
	a.eachRow(func(_ int, cells []string) bool {
		n++
		return fn(cells) && n < levelSampleRows
	})
}

// ProposeLevels orders the department columns by how their values nest in
// the data (片区 above 社区 when every 社区 lies in one 片区), the header's
// level breaking ties, and numbers them 0, 1, 2 …. A column that repeats
// another department column's values is set aside as an extra field.
// Analyse calls it; a wizard calls it again after the user maps another
// column to a department.
func (a *Analysis) ProposeLevels() {
	switch cols := a.deptColumns(); len(cols) {
	case 0:
	case 1:
		a.Columns[cols[0]].Level = 0 // one column (or a path) starts at the top
	default:
		a.orderLevels(cols)
	}
	a.dashPath = a.dashPaths()
	a.computeValues()
}

func (a *Analysis) orderLevels(cols []int) {
	// parentOf[p][c]: values of c seen with each value of p, and the p
	// values each c value was seen with.
	type pair struct{ p, c int }
	under := map[pair]map[string]map[string]bool{} // c value → p values
	distinct := make([]map[string]bool, len(cols))
	for i := range distinct {
		distinct[i] = map[string]bool{}
	}
	same := make([]int, len(cols))    // rows where column i equals an earlier column
	runes := make([]int, len(cols))   // total length of the values, for copies
	filledN := make([]int, len(cols)) // non-empty values
	rows := 0
	a.sampleValues(func(cells []string) bool {
		rows++
		get := func(i int) string {
			if c := cols[i]; c < len(cells) {
				return cells[c]
			}
			return ""
		}
		for i := range cols {
			vi := get(i)
			if vi == "" {
				continue
			}
			distinct[i][vi] = true
			runes[i] += len(vi)
			filledN[i]++
			for j := range cols {
				vj := get(j)
				if j == i || vj == "" {
					continue
				}
				if j < i && vj == vi {
					same[i]++
				}
				k := pair{j, i}
				m := under[k]
				if m == nil {
					m = map[string]map[string]bool{}
					under[k] = m
				}
				s := m[vi]
				if s == nil {
					s = map[string]bool{}
					m[vi] = s
				}
				if len(s) < 2 {
					s[vj] = true
				}
			}
		}
		return true
	})
	// within reports that every value of column c lies in one value of
	// column p (95 % of them, for typing slips).
	within := func(p, c int) bool {
		m := under[pair{p, c}]
		if len(m) == 0 {
			return false
		}
		one := 0
		for _, s := range m {
			if len(s) == 1 {
				one++
			}
		}
		return float64(one) >= 0.95*float64(len(m))
	}
	// nests: c lies within p, and p spans several values of c.
	nests := func(p, c int) bool { return within(p, c) && len(distinct[p]) < len(distinct[c]) }
	mean := func(i int) float64 { return float64(runes[i]) / float64(max(filledN[i], 1)) }
	dropped := make([]bool, len(cols))
	for i := range cols {
		if rows > 0 && float64(same[i]) >= 0.95*float64(rows) {
			dropped[i] = true // a copy of another department column
		}
		// The same departments twice, as 部门 and 部门全称 (a path): one
		// to one both ways, over enough values to tell (a company column
		// with one value next to a department with one value is not a
		// copy). Keep the longer, fuller values.
		for j := 0; j < i && !dropped[i]; j++ {
			if !dropped[j] && len(distinct[i]) >= 3 && len(distinct[i]) == len(distinct[j]) && within(i, j) && within(j, i) {
				if mean(i) > mean(j) {
					dropped[j] = true
				} else {
					dropped[i] = true
				}
			}
		}
	}
	order := make([]int, 0, len(cols))
	for i := range cols {
		if dropped[i] {
			a.Columns[cols[i]].Field = FieldExtra
			continue
		}
		order = append(order, i)
	}
	slices.SortStableFunc(order, func(x, y int) int {
		switch {
		case nests(x, y):
			return -1
		case nests(y, x):
			return 1
		}
		if d := a.Columns[cols[x]].Level - a.Columns[cols[y]].Level; d != 0 {
			return d
		}
		return len(distinct[x]) - len(distinct[y])
	})
	for lvl, i := range order {
		a.Columns[cols[i]].Level = lvl
	}
}

// dashPaths decides from the data whether the department columns write
// levels with "-": only when no value uses /, \ or >, at least half the
// values hold a "-", and the dash clearly separates levels: written
// " - ", or the part before it is itself a value of the column (销售部
// and 销售部-华东组). A team named 南京-黄宁辉组 among plain names stays
// one department.
func (a *Analysis) dashPaths() bool {
	cols := a.deptColumns()
	if len(cols) == 0 {
		return false
	}
	values := map[string]bool{}
	slashed := false
	a.sampleValues(func(cells []string) bool {
		for _, c := range cols {
			if v := cellAt(cells, c); v != "" && !values[v] {
				if strings.ContainsAny(v, "/／\\>＞") {
					slashed = true // paths use another separator: "-" is inside names
					return false
				}
				values[v] = true
			}
		}
		return true
	})
	if slashed {
		return false
	}
	dashed, spaced, prefix := 0, 0, 0
	for v := range values {
		if !strings.Contains(v, "-") {
			continue
		}
		dashed++
		if strings.Contains(v, " - ") {
			spaced++
		}
		if i := strings.LastIndex(v, "-"); values[strings.TrimSpace(v[:i])] {
			prefix++
		}
	}
	return dashed > 0 && 2*dashed >= len(values) && (spaced > 0 || prefix > 0)
}

// dashToSlash rewrites a dash path (销售部 - 华东组) as a slash path.
func dashToSlash(v string) string {
	parts := strings.Split(v, "-")
	out := parts[:0]
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, "/")
}

// cellAt is cell c of a row, "" when the row is shorter or c is -1.
func cellAt(cells []string, c int) string {
	if c >= 0 && c < len(cells) {
		return cells[c]
	}
	return ""
}
