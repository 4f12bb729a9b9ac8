package sheets

import (
	"cmp"
	"context"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"orgdesigner/data"
)

// Analysis is an import's settings for one sheet: where the header is,
// what each column means and how department and role values that match
// nothing in the document are mapped. Analyse guesses all of it; a wizard
// shows it and lets the user change it with SetHeaderRow, SetField and
// ValueChoice.Target before calling Plan.
type Analysis struct {
	File      string // the file's path
	Source    string // the file's base name: the key of remembered value maps
	Sheet     string
	HeaderRow int // 1-based; 0 when no header was found (see Check)
	Columns   []Column
	// Values are the department and role values of the sheet that match
	// nothing in the document (or were mapped by an earlier import of the
	// same file), each with the closest existing matches.
	Values []ValueChoice
	// DataRows counts the non-blank rows below the header, footers excluded.
	DataRows int
	// Structure names a staffing sheet (编制汇总: department, role, planned
	// headcount) of the same workbook that Plan imports along with the
	// roster, so vacant roles and planned headcount come along; "" if none.
	Structure string
	// Link is a sheet of the same workbook linked to this one by a key
	// column (任职记录 by 身份证号) that Plan takes departments and roles
	// from; nil if none.
	Link *Link
	// CompanyRoot is the company at the top of every department value of
	// the sheet (北京睿和良木管理咨询有限公司/猎头业务/…) when the
	// document's organisation has no name of its own yet (新公司): Plan
	// names the organisation after it and drops that level, so its
	// children are top-level departments, unless KeepOrgName declines it.
	// "" when there is none (see orgname.go).
	CompanyRoot string

	wb       *Workbook
	sd       *sheetData
	doc      *data.Document
	dateCols map[int]bool
	dashPath bool // department values are paths written with "-"
	// unitNames: the name column holds organisational units (Science
	// Mission Directorate, 市场部), not people: see namesAreUnits.
	unitNames bool
	// postings are the linked sheet's current postings by key, read for
	// postingsOf (see linkedPostings).
	postings   map[string]linkedValue
	postingsOf *Link
	keepName   bool // the user declined CompanyRoot (KeepOrgName)
	// deptValues are the distinct department values of the sheet, in
	// order (see distinctDeptValues).
	deptValues []string
}

// ValueKind is what a mapped value names.
type ValueKind string

// Value kinds, as stored in data.ValueMap.Kind.
const (
	KindDepartment ValueKind = "department"
	KindRole       ValueKind = "role"
)

// ValueChoice is a department or role value from the file and what it
// becomes: Target "" creates it, an existing id maps it onto that one,
// and CompanyLevel (departments only) puts its rows at the company level.
type ValueChoice struct {
	Kind  ValueKind
	Value string // as written; department levels joined with "/"
	Rows  int    // how many rows use it
	// Suggestions are the closest existing departments or roles, best first.
	Suggestions []Suggestion
	// Company: the department value looks like the company-level office
	// (总经办, 董事会, Management …), so CompanyLevel is suggested first
	// and is the Target unless an earlier import remembered another.
	Company bool
	Target  data.ID
	// Remembered: Target comes from an earlier import of the same file.
	Remembered bool
}

// Suggestion is an existing department or role a value may be mapped to.
type Suggestion struct {
	ID    data.ID
	Label string  // department path, or role title with its department
	Score float64 // 0..1, higher is closer
}

// Analyse reads the sheet once (streaming; later calls reuse it), finds
// the header, guesses the column mapping and lists the values that need a
// decision. Read errors are returned; a sheet without a usable header or
// name column still gives an Analysis, whose Check says what is missing so
// a wizard can let the user pick the header row or the name column.
// progress, if not nil, is called as rows are read; total is the sheet's
// row count, or 0 when it is not known in advance.
func (w *Workbook) Analyse(ctx context.Context, sheet string, doc *data.Document, progress func(done, total int)) (*Analysis, error) {
	info := w.sheet(sheet)
	if info == nil {
		return nil, &OpenError{Kind: ErrNoSheet, Path: w.path, Sheet: sheet}
	}
	sd, err := w.load(ctx, info.Name, progress)
	if err != nil {
		return nil, err
	}
	if doc == nil {
		doc = &data.Document{}
	}
	a := &Analysis{File: w.path, Source: filepath.Base(w.path), Sheet: info.Name,
		wb: w, sd: sd, doc: doc}
	a.Structure = w.structureSheet(info.Name)
	a.setHeader(info.HeaderRow)
	if err := a.setLink(ctx); err != nil {
		return nil, err
	}
	return a, nil
}

// isCSV reports an analysis of a CSV file.
func (a *Analysis) isCSV() bool { return a.wb != nil && a.wb.IsCSV() }

// oneColumn reports a sheet whose rows hold at most one value each.
func (a *Analysis) oneColumn() bool {
	for _, row := range a.sd.rows {
		n := 0
		for _, v := range row {
			if v != "" {
				n++
			}
		}
		if n > 1 {
			return false
		}
	}
	return true
}

// Check reports what keeps the analysis from being imported: no header
// row (ErrNoHeader) or no column mapped to the name (ErrNoNameColumn),
// unless the sheet is a list of departments (DepartmentsOnly).
func (a *Analysis) Check() error {
	switch {
	case a.HeaderRow == 0:
		return &OpenError{Kind: ErrNoHeader, Path: a.File, Sheet: a.Sheet, CSV: a.isCSV(), OneColumn: a.isCSV() && a.oneColumn()}
	case !a.hasName() && !a.DepartmentsOnly():
		return &OpenError{Kind: ErrNoNameColumn, Path: a.File, Sheet: a.Sheet, CSV: a.isCSV()}
	}
	return nil
}

func (a *Analysis) hasName() bool {
	return a.has(FieldName) || a.has(FieldGivenName) || a.has(FieldFamilyName)
}

// DepartmentsOnly reports a sheet that lists departments rather than
// people: no name and no role column, but department names, a path or
// department codes. Plan imports it as the department tree (see
// departments.go); its other columns are not imported.
func (a *Analysis) DepartmentsOnly() bool {
	return a.HeaderRow > 0 && (a.unitNames || !a.hasName() && !a.has(FieldRole) &&
		(a.has(FieldDepartment) || a.has(FieldDeptCode)))
}

func (a *Analysis) has(f Field) bool {
	return slices.ContainsFunc(a.Columns, func(c Column) bool { return c.Field == f })
}

// Rows returns up to n rows from the top of the sheet (cleaned raw values),
// for a wizard's header-row picker. The rows are shared: do not modify them.
func (a *Analysis) Rows(n int) [][]string {
	return a.sd.rows[:min(n, len(a.sd.rows))]
}

// SetHeaderRow makes row (1-based) the header and guesses the mapping
// again. Choices already made for values are kept where they still apply.
func (a *Analysis) SetHeaderRow(row int) {
	if row < 1 || row > len(a.sd.rows) {
		row = 0
	}
	a.setHeader(row)
	// The linked sheet was read by Analyse: nothing long to cancel. A
	// read error leaves the roster without its link.
	if a.setLink(context.Background()) != nil {
		a.Link = nil
	}
}

// setLink looks for a linked sheet and, when there is one, reads its
// postings and lists their department and role values too.
func (a *Analysis) setLink(ctx context.Context) error {
	if a.Link = a.findLink(ctx); a.Link == nil {
		return nil
	}
	if _, err := a.linkedPostings(ctx); err != nil {
		return err
	}
	a.computeValues()
	return nil
}

// SetField maps column col (0-based) to a field; level orders department
// columns. Another column holding the same field (other than a department
// level) becomes an extra field. The value list is recomputed.
func (a *Analysis) SetField(col int, f Field, level int) {
	if col < 0 || col >= len(a.Columns) {
		return
	}
	if f != FieldExtra && f != FieldIgnore {
		for i := range a.Columns {
			c := &a.Columns[i]
			if i != col && c.Field == f && (f != FieldDepartment || c.Level == level) {
				c.Field = FieldExtra
			}
		}
	}
	dept := a.Columns[col].Field == FieldDepartment || f == FieldDepartment
	a.Columns[col].Field, a.Columns[col].Level = f, level
	if dept {
		a.dashPath = a.dashPaths()
	}
	a.unitNames = a.namesAreUnits()
	a.computeValues()
}

// Choose sets the target of a listed value ("" = create it, CompanyLevel =
// a department value's rows at the company level).
func (a *Analysis) Choose(kind ValueKind, value string, target data.ID) {
	for i := range a.Values {
		if a.Values[i].Kind == kind && a.Values[i].Value == value {
			a.Values[i].Target, a.Values[i].Remembered = target, false
		}
	}
}

func (a *Analysis) setHeader(row int) {
	a.HeaderRow, a.Columns = row, nil
	if row > 0 {
		a.Columns = guessMapping(a.sd.rows[row-1])
		// Cells right of the last header cell are data too: kept as extra
		// fields named by their column letter.
		for i := len(a.Columns); i < dataWidth(a.sd.rows[row:]); i++ {
			a.Columns = append(a.Columns, Column{Index: i, Letter: columnLetter(i + 1)})
		}
		if info := a.wb.sheet(a.Sheet); info != nil && info.topFmt != nil {
			a.dateCols = dateColumns(info.top, info.topFmt, row, a.wb.date1904)
		}
		for i := range a.Columns {
			a.Columns[i].Date = a.dateCols[i]
		}
		a.unitNames = a.namesAreUnits()
		a.ProposeLevels() // computes the values
		return
	}
	a.computeValues()
}

// dataWidth is the number of columns up to the last non-empty cell.
func dataWidth(rows [][]string) int {
	w := 0
	for _, r := range rows {
		for i := len(r) - 1; i >= w; i-- {
			if r[i] != "" {
				w = i + 1
				break
			}
		}
	}
	return w
}

// structureSheet finds a staffing sheet (department, role and planned
// headcount but no names) other than the roster sheet.
func (w *Workbook) structureSheet(roster string) string {
	for _, s := range w.sheets {
		if s.Name == roster || s.HeaderRow == 0 || s.HasName {
			continue
		}
		cols := guessMapping(s.top[s.HeaderRow-1])
		var dept, role, planned bool
		for _, c := range cols {
			dept = dept || c.Field == FieldDepartment
			role = role || c.Field == FieldRole
			planned = planned || c.Field == FieldPlanned
		}
		if dept && role && planned {
			return s.Name
		}
	}
	return ""
}

// eachRow calls fn for every data row below the header: blank rows,
// footer rows (制表人, 备注, 合计 …) and repeated header rows are skipped.
func (a *Analysis) eachRow(fn func(row int, cells []string) bool) {
	if a.HeaderRow == 0 {
		return
	}
	header := a.sd.rows[a.HeaderRow-1]
	for i := a.HeaderRow; i < len(a.sd.rows); i++ {
		cells := a.sd.rows[i]
		if skipRow(cells, header, a.Columns) {
			continue
		}
		if !fn(i+1, cells) {
			return
		}
	}
}

// footerWords start the rows under a table that are not data.
var footerWords = []string{"制表人", "制表", "填表人", "填表", "审核", "审批", "备注", "说明", "注：", "注:",
	"合计", "总计", "小计", "共计", "签字", "签名", "total", "subtotal", "prepared by", "note:", "notes:"}

func skipRow(cells, header []string, cols []Column) bool {
	first, content := "", false
	for i, c := range cells {
		if c == "" {
			continue
		}
		if first == "" {
			first = c
		}
		if i >= len(cols) || cols[i].Field != FieldIgnore {
			content = true
		}
	}
	if !content {
		return true // blank, or only a 序号
	}
	if isFooter(first) {
		return true
	}
	// A header repeated on every printed page.
	same := 0
	for i, c := range cells {
		if c != "" && i < len(header) && c == header[i] {
			same++
		}
	}
	return same >= 2
}

// isFooter reports a footer cell: 制表人：王经理, 合计, "Total: 12". An
// English word must end there ("Totalis" is a name, not a total).
func isFooter(cell string) bool {
	low := strings.ToLower(cell)
	for _, w := range footerWords {
		if !strings.HasPrefix(low, w) {
			continue
		}
		rest := low[len(w):]
		if w[0] >= utf8.RuneSelf || rest == "" || !unicode.IsLetter([]rune(rest)[0]) {
			return true
		}
	}
	return false
}

// computeValues lists the department and role values that match nothing
// in the document, keeping choices already made.
func (a *Analysis) computeValues() {
	old := a.Values
	a.Values, a.DataRows = nil, 0
	a.CompanyRoot, a.deptValues = "", nil
	if a.HeaderRow == 0 {
		return
	}
	a.deptValues = a.distinctDeptValues()
	a.CompanyRoot = a.findCompanyRoot()
	if a.DepartmentsOnly() {
		// A department list builds the tree itself: no values to map.
		a.eachRow(func(int, []string) bool { a.DataRows++; return true })
		return
	}
	x := a.newIndex(a.doc)
	m := newRowMapper(a)
	seen := map[ValueKind]map[string]int{KindDepartment: {}, KindRole: {}}
	add := func(kind ValueKind, value string) {
		if i, ok := seen[kind][value]; ok {
			if i >= 0 {
				a.Values[i].Rows++
			}
			return
		}
		vc, listed := x.valueChoice(kind, value)
		if !listed {
			seen[kind][value] = -1
			return
		}
		seen[kind][value] = len(a.Values)
		for _, o := range old {
			if o.Kind == kind && o.Value == value {
				vc.Target, vc.Remembered = o.Target, o.Remembered
			}
		}
		a.Values = append(a.Values, vc)
	}
	a.eachRow(func(row int, cells []string) bool {
		a.DataRows++
		dept, role := m.deptValue(cells), m.get(cells, slotRole)
		if link, ok := a.posting(cells); ok {
			dept, role = cmp.Or(dept, link.dept), cmp.Or(role, link.role)
		}
		if dept != "" {
			add(KindDepartment, dept)
		}
		if role != "" {
			add(KindRole, role)
		}
		return true
	})
	slices.SortStableFunc(a.Values, func(p, q ValueChoice) int {
		return strings.Compare(string(p.Kind), string(q.Kind))
	})
}
