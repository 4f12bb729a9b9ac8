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

// sampleValues calls fn with the cells of up to levelSampleRows data rows.
func (a *Analysis) sampleValues(fn func(cells []string)) {
	n := 0
	a.eachRow(func(_ int, cells []string) bool {
		fn(cells)
		n++
		return n < levelSampleRows
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
	same := make([]int, len(cols)) // rows where column i equals an earlier column
	rows := 0
	a.sampleValues(func(cells []string) {
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
	})
	// nests reports that every value of column c lies in one value of
	// column p (95 % of them, for typing slips) while p spans several c.
	nests := func(p, c int) bool {
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
		return float64(one) >= 0.95*float64(len(m)) && len(distinct[p]) < len(distinct[c])
	}
	order := make([]int, 0, len(cols))
	for i := range cols {
		if rows > 0 && float64(same[i]) >= 0.95*float64(rows) {
			a.Columns[cols[i]].Field = FieldExtra // a copy of another department column
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
	a.sampleValues(func(cells []string) {
		for _, c := range cols {
			if c < len(cells) && cells[c] != "" {
				values[cells[c]] = true
			}
		}
	})
	dashed, spaced, prefix := 0, 0, 0
	for v := range values {
		if strings.ContainsAny(v, "/／\\>＞") {
			return false
		}
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
