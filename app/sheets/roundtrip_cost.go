package sheets

import (
	"math"
	"strconv"
	"strings"

	"orgdesigner/data"
)

// bands restores each role's grade and own monthly salary band from the
// staffing sheet's 职级, 月薪下限 and 月薪上限 columns. The sheet shows the
// band a role is paid by: its own, or its grade's from the grade table;
// the hidden meta sheet records which roles have a band of their own
// (metaRolePay). A band as exported comes back as it was stored; a band the
// user changed becomes the role's own band; one equal to its grade's band
// (or emptied) means the role takes its grade's band. A workbook without
// these columns (written before they existed) leaves bands alone.
func (r *restorer) bands(meta *sheetData) error {
	sd, col, err := r.sheet("Staffing", "Department", "Role", "Grade", "Pay min / month", "Pay max / month")
	if sd == nil {
		return err
	}
	grades := map[string]data.GradeBand{}
	own := map[data.ID][2]float64{}
	for _, row := range meta.rows[1:] {
		switch cellAt(row, 0) {
		case metaGrade:
			k := gradeKey(cellAt(row, 1))
			if _, dup := grades[k]; !dup {
				lo, _ := metaNumber(cellAt(row, 2))
				hi, _ := metaNumber(cellAt(row, 3))
				grades[k] = data.GradeBand{Grade: cellAt(row, 1), Min: lo, Max: hi}
			}
		case metaRolePay:
			if id := r.roleAt(cellAt(row, 1), cellAt(row, 2)); id != "" {
				lo, _ := metaNumber(cellAt(row, 3))
				hi, _ := metaNumber(cellAt(row, 4))
				own[id] = [2]float64{lo, hi}
			}
		}
	}
	for i, row := range sd.rows[1:] {
		n := i + 2
		title := cellAt(row, col["Role"])
		if title == "" || isTotalLabel(title) {
			continue
		}
		id := r.roleAt(cellAt(row, col["Department"]), title)
		if id == "" {
			continue // the staffing import reported it
		}
		x := r.role(id)
		if x == nil {
			continue
		}
		before := [3]any{x.Grade, x.PayMin, x.PayMax}
		x.Grade = cellAt(row, col["Grade"])
		lo, okLo := parsePay(cellAt(row, col["Pay min / month"]))
		hi, okHi := parsePay(cellAt(row, col["Pay max / month"]))
		switch {
		case !okLo:
			r.problem(sd, n, col["Pay min / month"], cellAt(row, col["Pay min / month"]), probBadPay)
		case !okHi:
			r.problem(sd, n, col["Pay max / month"], cellAt(row, col["Pay max / month"]), probBadPay)
		default:
			shown := [2]float64{lo, hi}
			g, graded := grades[gradeKey(x.Grade)]
			switch m, stored := own[id]; {
			case stored && sameBand(m, shown):
				x.PayMin, x.PayMax = m[0], m[1]
			case lo == 0 && hi == 0, !stored && graded && strings.TrimSpace(x.Grade) != "" && sameBand([2]float64{g.Min, g.Max}, shown):
				x.PayMin, x.PayMax = 0, 0
			default:
				x.PayMin, x.PayMax = lo, hi
			}
		}
		if before != [3]any{x.Grade, x.PayMin, x.PayMax} {
			r.p.Restored.Bands++
		}
	}
	return nil
}

// gradeKey matches grades as cost.Band does: trimmed, case-insensitive.
func gradeKey(g string) string { return strings.ToLower(strings.TrimSpace(g)) }

// sameBand compares two bands as cost.Band reads them: a missing end (≤ 0)
// is the other end, and the ends may be swapped.
func sameBand(a, b [2]float64) bool { return normBand(a) == normBand(b) }

func normBand(b [2]float64) [2]float64 {
	lo, hi := b[0], b[1]
	switch {
	case lo <= 0 && hi <= 0:
		return [2]float64{}
	case lo <= 0:
		lo = hi
	case hi <= 0:
		hi = lo
	}
	return [2]float64{min(lo, hi), max(lo, hi)}
}

// parsePay reads a monthly salary cell: empty is 0; thousands separators,
// a currency sign and 元 are allowed; negative, non-finite or other text
// is not.
func parsePay(s string) (float64, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, true
	}
	s = strings.NewReplacer(",", "", "，", "", "¥", "", "￥", "", "元", "", " ", "").Replace(s)
	v, err := strconv.ParseFloat(tidyNumber(s), 64)
	if err != nil || v < 0 || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, false
	}
	return v, true
}

// metaNumber reads a number the meta sheet holds (formatNumber).
func metaNumber(s string) (float64, bool) {
	v, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, false
	}
	return v, true
}
