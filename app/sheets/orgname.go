package sheets

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"orgdesigner/app/templates"
	"orgdesigner/data"
)

// A roster exported from an HR system usually writes the company itself as
// the top of every department path (北京睿和良木管理咨询有限公司/猎头业务/
// 南京/南京-黄宁辉组), or in the first of the level columns, or as the
// root of an org-unit list. Imported into a document whose organisation has
// no name yet (新公司), that root would become a department under 新公司:
// every chart, cover and page header would say 新公司 over a useless
// extra level. The import proposes instead to name the organisation after
// the root and drop that level (Analysis.CompanyRoot): its children are
// top-level departments and rows in the root itself are at company level.
// Once the organisation bears the name, walk strips it from the paths, so
// importing the same roster again finds the same departments.

// blankOrgNames are the organisation names (normKey) of the blank template
// in each language: a document still named so has no name of its own.
var blankOrgNames = sync.OnceValue(func() []string {
	var out []string
	for _, lang := range []string{"zh", "en"} {
		if doc, err := templates.Load(templates.Blank, lang); err == nil && doc.Org.Name != "" {
			out = append(out, normKey(doc.Org.Name))
		}
	}
	return out
})

// unnamedOrg reports an organisation name nobody chose: empty, or the
// blank template's default (新公司, New Company).
func unnamedOrg(name string) bool {
	k := normKey(name)
	return k == "" || slices.Contains(blankOrgNames(), k)
}

// companyRootFor reports whether root may name doc's organisation: the
// organisation is unnamed and no department of the document is called
// root already (a document that holds the company as a department from an
// earlier import keeps matching it there).
func companyRootFor(doc *data.Document, root string) bool {
	if root == "" || !unnamedOrg(doc.Org.Name) {
		return false
	}
	k := normKey(root)
	for i := range doc.Departments {
		if normKey(doc.Departments[i].Name) == k {
			return false
		}
	}
	return true
}

// Company names end with a legal form. Chinese ones are compared on the
// normKey form; 有限公司, 股份有限公司 and 有限责任公司 all end with 公司.
var zhCompanySuffixes = []string{"公司", "集团", "控股", "事务所", "银行"}

// zhBranchSuffixes end a branch's name: 上海分公司 alone is a department
// of the company, 星辰科技有限公司上海分公司 names a company of its own.
var zhBranchSuffixes = []string{"分公司", "子公司"}

// companyMarks are what a trailing bracket may hold to mark a company:
// a legal form (某某投资中心(有限合伙)) always, the country (西门子(中国),
// Acme (China)) after a name that is not a unit's.
var companyMarks = map[string]bool{"有限合伙": true, "普通合伙": true, "特殊普通合伙": true,
	"中国": false, "中国区": false, "china": false, "prc": false}

// enCompanySuffixes are the legal forms that end a company name in Latin
// script, as words (punctuation split off): Co., Ltd. → co ltd; L.L.C. →
// l l c. "Group" is left out: Sales Group is a department.
var enCompanySuffixes = [][]string{
	{"co"}, {"company"}, {"ltd"}, {"limited"}, {"inc"}, {"incorporated"}, {"corp"}, {"corporation"},
	{"llc"}, {"l", "l", "c"}, {"llp"}, {"lp"}, {"plc"}, {"gmbh"}, {"ag"}, {"kg"}, {"sa"}, {"s", "a"},
	{"sas"}, {"sarl"}, {"nv"}, {"n", "v"}, {"bv"}, {"b", "v"}, {"srl"}, {"s", "r", "l"}, {"spa"},
	{"s", "p", "a"}, {"sro"}, {"s", "r", "o"}, {"a", "s"}, {"kk"}, {"k", "k"}, {"oy"}, {"ab"}, {"holdings"},
}

// companyName reports whether a department path's top segment names a
// company rather than a department: it ends with a legal form (有限公司,
// 集团, Co., Ltd., Inc., GmbH …) after at least two characters of name, or
// with a bracketed (中国) after a name that is not a unit's (市场部(中国)).
func companyName(name string) bool {
	s := strings.ToLower(foldWidth(cleanCell(name)))
	for {
		t := strings.TrimRightFunc(s, isSpace)
		open := strings.LastIndexByte(t, '(')
		if !strings.HasSuffix(t, ")") || open < 0 {
			break
		}
		inner := normKey(t[open+1 : len(t)-1])
		s = strings.TrimRightFunc(t[:open], isSpace)
		if legal, ok := companyMarks[inner]; ok {
			stem := normKey(s)
			return utf8.RuneCountInString(stem) >= 2 && (legal || !endsWithUnit(stem) || companyName(s))
		}
	}
	k := normKey(s)
	for _, b := range zhBranchSuffixes {
		if stem, ok := strings.CutSuffix(k, b); ok {
			return strings.Contains(stem, "公司") || strings.Contains(stem, "集团")
		}
	}
	for _, suf := range zhCompanySuffixes {
		if stem, ok := strings.CutSuffix(k, suf); ok && utf8.RuneCountInString(stem) >= 2 {
			return true
		}
	}
	words := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for _, suf := range enCompanySuffixes {
		if len(words) > len(suf) && slices.Equal(words[len(words)-len(suf):], suf) {
			return true
		}
	}
	return false
}

// endsWithUnit reports a name (normKey) ending with the word of an
// organisational unit (部, 中心, Department …) other than a company's.
func endsWithUnit(k string) bool {
	for _, w := range unitWords {
		if w != "公司" && w != "集团" && strings.HasSuffix(k, w) {
			return true
		}
	}
	return false
}

// rootScan finds the top segment shared by every department value.
type rootScan struct {
	root, key string
	mixed     bool
}

// add takes a department value; false once two values disagree.
func (s *rootScan) add(v string) bool {
	segs := splitPath(v)
	if len(segs) == 0 {
		return true
	}
	switch k := normKey(segs[0]); {
	case s.key == "":
		s.root, s.key = segs[0], k
	case k != s.key:
		s.mixed = true
	}
	return !s.mixed
}

// findCompanyRoot is the company every department value of the sheet sits
// under, when the document's organisation has no name yet and the shared
// top segment names a company (see companyName); "" otherwise. Our own
// workbook is left out: it carries the organisation's settings itself.
func (a *Analysis) findCompanyRoot() string {
	if a.HeaderRow == 0 || !unnamedOrg(a.doc.Org.Name) || a.wb.sheet(metaSheet) != nil {
		return ""
	}
	if m := newRowMapper(a); a.DepartmentsOnly() && a.deptListHasParent(m) {
		return a.deptListRoot(m)
	}
	var s rootScan
	for _, v := range a.deptValues {
		if !s.add(v) {
			break
		}
	}
	if s.mixed || s.key == "" || !companyName(s.root) || !companyRootFor(a.doc, s.root) {
		return ""
	}
	return s.root
}

// distinctDeptValues are the sheet's department values, each once, in
// the order of the rows: a roster's department columns (or the linked
// sheet's department), a department list's names or paths.
func (a *Analysis) distinctDeptValues() []string {
	m := newRowMapper(a)
	list := a.DepartmentsOnly()
	if !list && len(m.depts) == 0 && !m.mapped(FieldDeptCode) && a.Link == nil {
		return nil
	}
	seen := map[string]bool{}
	var out []string
	a.eachRow(func(row int, cells []string) bool {
		var v string
		if list {
			if a.sd.refusedRow(row) {
				return true
			}
			v = m.deptListRow(row, cells, a.unitNames).value
		} else {
			v = m.deptValue(cells)
			if link, ok := a.posting(cells); ok && v == "" {
				v = link.dept
			}
		}
		if v != "" && !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
		return true
	})
	return out
}

// newIndex is the index of doc for this sheet: the company at the top of
// the paths (OrgRename) is stripped like the organisation's own name, and
// offices with teams of their own are departments.
func (a *Analysis) newIndex(doc *data.Document) *index {
	x := newIndex(doc, a.Source)
	if root := a.OrgRename(); companyRootFor(doc, root) {
		x.orgName = normKey(root)
	}
	x.noteSubs(a.deptValues)
	return x
}

// deptListRoot is the root of a department list that places each unit
// under its parent (上级部门, parentId): the one row without a parent,
// when it names a company and every other row descends from it.
func (a *Analysis) deptListRoot(m *rowMapper) string {
	var rows []*deptRow
	byCode, byName := map[string]*deptRow{}, map[string]*deptRow{}
	var root *deptRow
	roots := 0
	a.eachRow(func(row int, cells []string) bool {
		if a.sd.refusedRow(row) {
			return true
		}
		r := m.deptListRow(row, cells, a.unitNames)
		if r.value == "" {
			return true
		}
		if r.parent == "" {
			if roots++; roots > 1 {
				return false
			}
			root = r
		}
		rows = append(rows, r)
		if k := normKey(r.code); k != "" && byCode[k] == nil {
			byCode[k] = r
		}
		if k := normKey(r.value); byName[k] == nil {
			byName[k] = r
		}
		return true
	})
	if roots != 1 || len(splitPath(root.value)) != 1 || !companyName(root.value) || !companyRootFor(a.doc, root.value) {
		return ""
	}
	// Every row must reach the root through its parents; rows found to
	// reach it are marked so each chain is followed once.
	under := map[*deptRow]bool{root: true}
	for _, r := range rows {
		var chain []*deptRow
		for cur := r; !under[cur]; {
			if cur.parent == "" || len(chain) > len(rows) {
				return ""
			}
			chain = append(chain, cur)
			next := byCode[normKey(cur.parent)]
			if next == nil {
				next = byName[normKey(cur.parent)]
			}
			if next == nil {
				return ""
			}
			cur = next
		}
		for _, c := range chain {
			under[c] = true
		}
	}
	return root.value
}

// deptListHasParent reports a department list with a parent column (or,
// for a list of units, a manager column naming the parent unit).
func (a *Analysis) deptListHasParent(m *rowMapper) bool {
	return m.mapped(FieldParentDept) || a.unitNames && m.mapped(FieldManager)
}

// deptListRow reads one row of a department list: its name or path, code,
// parent and head. units: the name column holds the units
// (Analysis.namesAreUnits), the number column their codes and the
// manager column their parents.
func (m *rowMapper) deptListRow(row int, cells []string, units bool) *deptRow {
	r := &deptRow{row: row, value: m.deptValue(cells), code: m.get(cells, slotDeptCode),
		parent: m.get(cells, slotParentDept), head: m.get(cells, slotDeptHead)}
	if r.value == r.code && len(m.depts) > 0 {
		r.value = "" // deptValue fell back on the code: the name is missing
	}
	if units {
		r.value = m.get(cells, slotName)
		r.code = cmp.Or(r.code, m.get(cells, slotNumber))
		r.parent = cmp.Or(r.parent, m.get(cells, slotManager))
	}
	return r
}

// KeepOrgName declines (true) or accepts (false, the default) naming the
// organisation after CompanyRoot; declined, the root is imported as a
// department as any other. The values are listed again.
func (a *Analysis) KeepOrgName(keep bool) {
	if a.keepName != keep {
		a.keepName = keep
		a.computeValues()
	}
}

// OrgRename is the name Plan gives the organisation: CompanyRoot unless
// the user declined it (KeepOrgName); "" for none.
func (a *Analysis) OrgRename() string {
	if a.keepName {
		return ""
	}
	return a.CompanyRoot
}

// renameOrg names the organisation after the company at the top of the
// file's departments, as part of the import's change set (one
// transaction, one undo), and says so in the preview.
func (pl *planner) renameOrg(p *Preview) {
	if pl.root == "" {
		return
	}
	org := pl.doc.Org
	if p.Changes.Org != nil {
		org = *p.Changes.Org
	}
	if !unnamedOrg(org.Name) {
		return
	}
	org.Grades = slices.Clone(org.Grades)
	org.Name = pl.root
	p.Changes.Org = &org
	p.OrgNameBefore, p.OrgName = pl.doc.Org.Name, pl.root
}
