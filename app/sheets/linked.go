package sheets

import "context"

// Link is another sheet of the workbook that shares a key column with the
// roster sheet (员工主表 + 任职记录 by 身份证号) and holds the people's
// departments or roles. Plan joins it: the people come from the roster
// sheet, their department and role (where the roster leaves them empty)
// from the linked sheet's row for the same key, the current one when the
// rows are dated (an empty end date is current, else the latest).
type Link struct {
	Sheet string // the linked sheet
	Key   string // the key column's header, as the roster sheet writes it

	keyCol   int // the key column in the roster sheet
	otherKey int // the key column in the linked sheet
}

// keyHeaders are the headers, as normHeader folds them, that identify a
// person across sheets.
var keyHeaders = map[string]bool{
	"身份证号": true, "身份证号码": true, "身份证": true, "证件号": true, "证件号码": true,
	"工号": true, "员工编号": true, "员工工号": true, "人员编号": true, "职工号": true, "职工编号": true,
	"员工id": true, "id": true, "employeeid": true, "empid": true, "employeeno": true, "staffid": true,
	"idnumber": true, "idno": true,
}

// startHeaders and endHeaders name the date columns of dated rows.
var (
	startHeaders = map[string]bool{"开始日期": true, "起始日期": true, "生效日期": true, "任职开始日期": true,
		"开始时间": true, "任职日期": true, "startdate": true, "from": true, "effectivedate": true, "validfrom": true}
	endHeaders = map[string]bool{"结束日期": true, "截止日期": true, "终止日期": true, "失效日期": true,
		"任职结束日期": true, "结束时间": true, "enddate": true, "to": true, "validto": true}
)

// keyOf returns the key a header names: its folded text when it is a
// key header, else "" (工号 and 员工编号 both fold to the number field).
func keyOf(h string) string {
	k := normHeader(h)
	if !keyHeaders[k] {
		return ""
	}
	if s, ok := lookupHeader(h); ok && s.field == FieldNumber {
		return "number"
	}
	return k
}

// findLink looks for a sheet other than the roster sheet that has a
// department or role column, no name column, and a key column the
// roster sheet has too, whose values are mostly the roster's.
func (a *Analysis) findLink(ctx context.Context) *Link {
	if a.HeaderRow == 0 || a.DepartmentsOnly() {
		return nil
	}
	mine := map[string]int{}
	for i, h := range a.sd.rows[a.HeaderRow-1] {
		if k := keyOf(h); k != "" {
			if _, dup := mine[k]; !dup {
				mine[k] = i
			}
		}
	}
	if len(mine) == 0 {
		return nil
	}
	for _, s := range a.wb.sheets {
		if s.Name == a.Sheet || s.HeaderRow == 0 || s.HasName || s.Name == a.Structure {
			continue
		}
		header := s.top[s.HeaderRow-1]
		var dept, role bool
		for _, c := range guessMapping(header) {
			dept = dept || c.Field == FieldDepartment
			role = role || c.Field == FieldRole
		}
		if !dept && !role {
			continue
		}
		for j, h := range header {
			i, ok := mine[keyOf(h)]
			if !ok || keyOf(h) == "" {
				continue
			}
			l := &Link{Sheet: s.Name, Key: a.sd.rows[a.HeaderRow-1][i], keyCol: i, otherKey: j}
			if a.linkOverlaps(ctx, l) {
				return l
			}
		}
	}
	return nil
}

// linkOverlaps checks that most keys of the linked sheet are the roster's.
func (a *Analysis) linkOverlaps(ctx context.Context, l *Link) bool {
	sd, err := a.wb.load(ctx, l.Sheet, nil)
	info := a.wb.sheet(l.Sheet)
	if err != nil || info == nil {
		return false
	}
	keys := map[string]bool{}
	a.eachRow(func(_ int, cells []string) bool {
		if l.keyCol < len(cells) && cells[l.keyCol] != "" {
			keys[cells[l.keyCol]] = true
		}
		return true
	})
	seen, hit := 0, 0
	for _, cells := range sd.rows[info.HeaderRow:] {
		if l.otherKey < len(cells) && cells[l.otherKey] != "" {
			seen++
			if keys[cells[l.otherKey]] {
				hit++
			}
		}
	}
	return seen > 0 && 2*hit > seen
}

// linkedValue is a person's department and role from the linked sheet.
type linkedValue struct {
	dept, role string
	start, end string // YYYY-MM-DD, "" when empty
	row        int
}

// later reports whether v describes a later posting than w: a current
// row (no end date) over an ended one, then the later start, then the
// later end, then the lower row.
func (v linkedValue) later(w linkedValue) bool {
	switch {
	case (v.end == "") != (w.end == ""):
		return v.end == ""
	case v.start != w.start:
		return v.start > w.start
	case v.end != w.end:
		return v.end > w.end
	}
	return v.row > w.row
}

// linkedPostings reads the linked sheet into key → the person's current
// posting, once per link.
func (a *Analysis) linkedPostings(ctx context.Context) (map[string]linkedValue, error) {
	l := a.Link
	if a.postings != nil && a.postingsOf == l {
		return a.postings, nil
	}
	info := a.wb.sheet(l.Sheet)
	sd, err := a.wb.load(ctx, l.Sheet, nil)
	if err != nil {
		return nil, err
	}
	sub := &Analysis{File: a.File, Source: a.Source, Sheet: info.Name, HeaderRow: info.HeaderRow,
		Columns: guessMapping(sd.rows[info.HeaderRow-1]), wb: a.wb, sd: sd, doc: a.doc}
	sub.ProposeLevels()
	m := newRowMapper(sub)
	startCol, endCol := -1, -1
	for i, h := range sd.rows[info.HeaderRow-1] {
		switch k := normHeader(h); {
		case startHeaders[k] && startCol < 0:
			startCol = i
		case endHeaders[k] && endCol < 0:
			endCol = i
		}
	}
	date := func(cells []string, col int) string {
		if col < 0 || col >= len(cells) || cells[col] == "" {
			return ""
		}
		if d, res := parseDate(cells[col], a.wb.date1904); res == dateOK {
			return d
		}
		return cells[col] // not a date: still "not empty"
	}
	postings := map[string]linkedValue{}
	sub.eachRow(func(row int, cells []string) bool {
		if l.otherKey >= len(cells) || cells[l.otherKey] == "" {
			return true
		}
		v := linkedValue{dept: m.deptValue(cells), role: m.get(cells, slotRole),
			start: date(cells, startCol), end: date(cells, endCol), row: row}
		if v.dept == "" && v.role == "" {
			return true
		}
		k := cells[l.otherKey]
		if old, ok := postings[k]; !ok || v.later(old) {
			postings[k] = v
		}
		return true
	})
	a.postings, a.postingsOf = postings, l
	return postings, nil
}

// posting is the linked sheet's current posting for a roster row.
func (a *Analysis) posting(cells []string) (linkedValue, bool) {
	if a.Link == nil || a.postingsOf != a.Link || a.Link.keyCol >= len(cells) || cells[a.Link.keyCol] == "" {
		return linkedValue{}, false
	}
	v, ok := a.postings[cells[a.Link.keyCol]]
	return v, ok
}

// join fills a record's empty department and role from the linked sheet.
func (pl *planner) join(r *record, cells []string) {
	if !pl.linked {
		return
	}
	v, ok := pl.a.posting(cells)
	if !ok {
		return
	}
	filled := false
	if r.dept == "" && v.dept != "" {
		r.dept, filled = v.dept, true
	}
	if r.role == "" && v.role != "" {
		r.role, filled = v.role, true
	}
	if filled {
		pl.joined++
	}
}
