package sheets

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"orgdesigner/data"
)

// Slots of the single-column fields, so reading a row's fields is array
// indexing rather than a map lookup per cell.
const (
	slotNumber = iota
	slotName
	slotGiven
	slotFamily
	slotRole
	slotManager
	slotHire
	slotPhone
	slotEmail
	slotStatus
	slotPlanned
	slotRoleCode
	slotReportsTo
	slotDeptCode
	slotParentDept
	slotDeptHead
	numSlots
)

var fieldSlot = map[Field]int{FieldNumber: slotNumber, FieldName: slotName, FieldGivenName: slotGiven,
	FieldFamilyName: slotFamily, FieldRole: slotRole, FieldManager: slotManager, FieldHireDate: slotHire,
	FieldPhone: slotPhone, FieldEmail: slotEmail, FieldStatus: slotStatus, FieldPlanned: slotPlanned,
	FieldRoleCode: slotRoleCode, FieldReportsTo: slotReportsTo, FieldDeptCode: slotDeptCode,
	FieldParentDept: slotParentDept, FieldDeptHead: slotDeptHead}

// rowMapper reads the mapped fields of a row.
type rowMapper struct {
	cols     []Column
	at       [numSlots]int // the column of each single-column field, -1 if unmapped
	depts    []int         // department columns, top level first
	extras   []int         // extra-field columns, in column order
	date1904 bool
	// dash: the department columns write paths with "-" (销售部-华东组),
	// decided from the data by dashPaths.
	dash bool
	// Rosters repeat the same few statuses and dates thousands of times.
	statuses map[string]statusMemo
	dates    map[string]dateMemo
}

type statusMemo struct {
	status data.Status
	ok     bool
}

type dateMemo struct {
	date string
	res  dateResult
}

func newRowMapper(a *Analysis) *rowMapper {
	m := &rowMapper{cols: a.Columns, date1904: a.wb.date1904, dash: a.dashPath,
		statuses: map[string]statusMemo{}, dates: map[string]dateMemo{}}
	people := !a.DepartmentsOnly()
	for i := range m.at {
		m.at[i] = -1
	}
	for i, c := range a.Columns {
		switch c.Field {
		case FieldDepartment:
			m.depts = append(m.depts, i)
		case FieldExtra:
			m.extras = append(m.extras, i)
		case FieldParentDept, FieldDeptHead:
			if people { // a roster's 上级部门 or 负责人 column is kept with each person
				m.extras = append(m.extras, i)
			}
			fallthrough
		default:
			if s, ok := fieldSlot[c.Field]; ok && m.at[s] < 0 {
				m.at[s] = i
			}
		}
	}
	slices.SortStableFunc(m.depts, func(p, q int) int { return a.Columns[p].Level - a.Columns[q].Level })
	return m
}

// get returns the cell of a slot's column ("" when unmapped or absent).
func (m *rowMapper) get(cells []string, slot int) string {
	if i := m.at[slot]; i >= 0 && i < len(cells) {
		return cells[i]
	}
	return ""
}

func (m *rowMapper) cell(cells []string, f Field) string {
	if s, ok := fieldSlot[f]; ok {
		return m.get(cells, s)
	}
	return ""
}

func (m *rowMapper) mapped(f Field) bool {
	s, ok := fieldSlot[f]
	return ok && m.at[s] >= 0
}

func (m *rowMapper) column(f Field) (Column, bool) {
	if s, ok := fieldSlot[f]; ok && m.at[s] >= 0 {
		return m.cols[m.at[s]], true
	}
	if f == FieldDepartment && len(m.depts) > 0 {
		return m.cols[m.depts[len(m.depts)-1]], true
	}
	return Column{}, false
}

// deptValue joins the department columns, top level first, with "/";
// each may itself be a path (/, \, > or, when the data says so, -). A
// row without a department name but with a department code gives the
// code, which matches a department imported from a department list.
func (m *rowMapper) deptValue(cells []string) string {
	var parts []string
	for _, i := range m.depts {
		if i < len(cells) && cells[i] != "" {
			v := cells[i]
			if m.dash {
				v = dashToSlash(v)
			}
			parts = append(parts, v)
		}
	}
	if len(parts) == 0 {
		return m.get(cells, slotDeptCode)
	}
	if len(parts) == 1 {
		return parts[0]
	}
	return strings.Join(parts, "/")
}

// record is one roster row as read, before it is matched to the document.
type record struct {
	row                   int
	name, number, manager string
	dept, role            string
	hire, phone, email    string
	status                data.Status
	planned               int
	hasPlanned            bool
	roleCode, reportsTo   string
	extras                []data.ExtraField

	// Filled in by the plan.
	deptID, roleID data.ID
	existing       *data.Person
	// cands are the people of the same name the row may be when nothing
	// decided at once (matchByName); resolveDeferred chooses.
	cands     []*data.Person
	id        data.ID
	managerID data.ID
	skip      bool
}

// parseRecord reads a row; problems with single cells are returned and
// the cell is left out, the row itself is still imported.
func (m *rowMapper) parseRecord(row int, cells []string) (record, []Problem) {
	r := record{row: row, number: m.get(cells, slotNumber), manager: m.get(cells, slotManager),
		dept: m.deptValue(cells), role: m.get(cells, slotRole), phone: m.get(cells, slotPhone),
		email: m.get(cells, slotEmail), roleCode: m.get(cells, slotRoleCode),
		reportsTo: m.get(cells, slotReportsTo)}
	r.name = joinName(m.get(cells, slotName), m.get(cells, slotGiven), m.get(cells, slotFamily))
	var probs []Problem
	bad := func(f Field, value string, code problemCode, args ...any) {
		col, _ := m.column(f)
		probs = append(probs, newProblem(row, col, value, code, args...))
	}
	if v := m.get(cells, slotHire); v != "" {
		d, res := m.hireDate(v)
		switch res {
		case dateOK:
			r.hire = d
		case dateAmbiguous:
			bad(FieldHireDate, v, probAmbiguousDate)
		default:
			bad(FieldHireDate, v, probBadDate)
		}
	}
	if v := m.get(cells, slotStatus); v != "" {
		st, ok := m.statuses[v]
		if !ok {
			st.status, st.ok = parseStatus(v)
			m.statuses[v] = st
		}
		if st.ok {
			r.status = st.status
		} else {
			bad(FieldStatus, v, probBadStatus)
		}
	}
	if v := m.get(cells, slotPlanned); v != "" {
		if n, err := strconv.Atoi(tidyNumber(v)); err == nil && n >= 0 {
			r.planned, r.hasPlanned = n, true
		} else {
			bad(FieldPlanned, v, probBadPlanned)
		}
	}
	for _, i := range m.extras {
		if i >= len(cells) || cells[i] == "" {
			continue
		}
		if r.extras == nil {
			r.extras = make([]data.ExtraField, 0, len(m.extras))
		}
		v := cells[i]
		if m.cols[i].Date && isPlainNumber(v) {
			if d, res := parseDate(v, m.date1904); res == dateOK {
				v = d
			}
		}
		r.extras = append(r.extras, data.ExtraField{Key: m.cols[i].Key(), Value: v})
	}
	return r, probs
}

// hireDate parses a hire date cell (memoised).
func (m *rowMapper) hireDate(v string) (string, dateResult) {
	if d, ok := m.dates[v]; ok {
		return d.date, d.res
	}
	d, res := parseDate(v, m.date1904)
	if res == dateOK && isPlainNumber(v) && atoi(d[:4]) < 1910 {
		d, res = "", dateBad // a small number is not a hire date
	}
	m.dates[v] = dateMemo{d, res}
	return d, res
}

// joinName builds the full name from a name column and/or given and
// family name columns: 张 + 三 → 张三, Jana + Nováková → Jana Nováková.
// A lone "name" column next to a surname column is the given name.
func joinName(name, given, family string) string {
	if family == "" {
		if name == "" {
			return given
		}
		return name
	}
	if given == "" {
		given = name
	}
	if given == "" {
		return family
	}
	if hasHan(family) || hasHan(given) {
		return family + given
	}
	return given + " " + family
}

func hasHan(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return unicode.Is(unicode.Han, r) })
}

// statusWords maps the status values rosters use.
var statusWords = map[string]data.Status{
	"在职": data.StatusActive, "正式": data.StatusActive, "正式员工": data.StatusActive,
	"转正": data.StatusActive, "已转正": data.StatusActive, "在岗": data.StatusActive,
	"实习": data.StatusActive, "实习生": data.StatusActive, "全职": data.StatusActive,
	"active": data.StatusActive, "employed": data.StatusActive, "current": data.StatusActive,
	"regular": data.StatusActive, "permanent": data.StatusActive,
	"试用": data.StatusProbation, "试用期": data.StatusProbation, "试用中": data.StatusProbation,
	"待转正": data.StatusProbation, "probation": data.StatusProbation,
	"probationary": data.StatusProbation, "onprobation": data.StatusProbation,
	"离职": data.StatusLeft, "已离职": data.StatusLeft, "离岗": data.StatusLeft,
	"退休": data.StatusLeft, "已退休": data.StatusLeft, "辞职": data.StatusLeft,
	"辞退": data.StatusLeft, "解聘": data.StatusLeft, "left": data.StatusLeft,
	"terminated": data.StatusLeft, "resigned": data.StatusLeft, "former": data.StatusLeft,
	"inactive": data.StatusLeft, "retired": data.StatusLeft,
}

func parseStatus(v string) (data.Status, bool) {
	st, ok := statusWords[normHeader(v)]
	return st, ok
}

// statusText is how export writes a status, in the content language.
func statusText(lang string, s data.Status) string {
	switch s {
	case data.StatusActive:
		return tr(lang, "Active (status)")
	case data.StatusProbation:
		return tr(lang, "Probation (status)")
	case data.StatusLeft:
		return tr(lang, "Left (status)")
	}
	return ""
}
