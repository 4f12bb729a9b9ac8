package sheets

import (
	"path/filepath"
	"strings"

	"orgdesigner/data"
)

// index answers "which existing department, role or person is this?" for
// one import. New departments and roles are added to it as the plan
// creates them, so later rows find them like existing ones.
type index struct {
	doc     *data.Document
	source  string
	orgName string
	// hasSub holds the department paths (normKey, without the company)
	// the file has deeper paths under: a 总经办 with teams of its own
	// is a department, not the company's office (see companyLike).
	hasSub map[string]bool

	depts                      map[data.ID]*data.Department      // existing and planned
	roles                      map[data.ID]*data.Role            // existing and planned
	children                   map[data.ID][]*data.Department    // parent → child departments
	deptsByName                map[string][]*data.Department     // normKey(name) → departments
	deptsByCode                map[string]*data.Department       // normKey(code) → department
	rolesIn                    map[data.ID]map[string]*data.Role // department → normKey(title) → role
	rolesByName                map[string][]*data.Role
	byNumber                   map[string]*data.Person
	byName                     map[string][]*data.Person
	valueMaps                  map[string]data.ValueMap // kind \x00 value → this file's remembered map
	paths                      map[data.ID]string
	nextOrder                  map[data.ID]int // department → next Order for a child department
	suggested                  map[ValueKind]int
	deptCands                  []Suggestion // suggestion candidates, built on first use
	roleCands                  []Suggestion
	deptProfiles, roleProfiles []profile
	nextRole                   map[data.ID]int // department → next Order for a role
}

func newIndex(doc *data.Document, source string) *index {
	x := &index{doc: doc, source: source, orgName: normKey(doc.Org.Name),
		depts: map[data.ID]*data.Department{}, roles: map[data.ID]*data.Role{},
		children: map[data.ID][]*data.Department{}, deptsByName: map[string][]*data.Department{},
		deptsByCode: map[string]*data.Department{},
		rolesIn:     map[data.ID]map[string]*data.Role{}, rolesByName: map[string][]*data.Role{},
		byNumber: map[string]*data.Person{}, byName: map[string][]*data.Person{},
		valueMaps: map[string]data.ValueMap{}, paths: map[data.ID]string{},
		nextOrder: map[data.ID]int{}, nextRole: map[data.ID]int{}, suggested: map[ValueKind]int{}}
	for i := range doc.Departments {
		x.addDept(&doc.Departments[i])
	}
	for i := range doc.Roles {
		x.addRole(&doc.Roles[i])
	}
	for i := range doc.People {
		p := &doc.People[i]
		if p.Number != "" {
			x.byNumber[p.Number] = p
		}
		k := normKey(p.Name)
		x.byName[k] = append(x.byName[k], p)
	}
	// Choices made for the same roster apply: those for this very file
	// win over those for its annotated copy (花名册-导入问题.xlsx, which
	// the user fixes and imports again) or the original of that copy.
	stem := sourceStem(source)
	for _, exact := range []bool{false, true} {
		for _, v := range doc.ValueMaps {
			if (v.Source == source) == exact && sourceStem(v.Source) == stem {
				x.valueMaps[v.Kind+"\x00"+v.Value] = v
			}
		}
	}
	return x
}

// sourceStem is a roster's file name without its extension and without
// the suffix WriteAnnotated's suggested name adds (in either language), so
// 员工花名册.xlsx, 员工花名册-导入问题.xlsx and 员工花名册.csv share
// their remembered choices.
func sourceStem(name string) string {
	stem := strings.TrimSuffix(name, filepath.Ext(name))
	suffixes := []string{tr("zh", "-import-problems"), tr("en", "-import-problems")}
	for trimmed := true; trimmed; {
		trimmed = false
		for _, s := range suffixes {
			if s != "" && strings.HasSuffix(stem, s) && len(stem) > len(s) {
				stem, trimmed = strings.TrimSuffix(stem, s), true
			}
		}
	}
	return stem
}

func (x *index) addDept(d *data.Department) {
	x.depts[d.ID] = d
	x.children[d.Parent] = append(x.children[d.Parent], d)
	k := normKey(d.Name)
	x.deptsByName[k] = append(x.deptsByName[k], d)
	x.addCode(d)
	x.nextOrder[d.Parent] = max(x.nextOrder[d.Parent], d.Order+1)
}

// addCode indexes a department's code; the first department with a code
// keeps it.
func (x *index) addCode(d *data.Department) {
	if d.Code == "" {
		return
	}
	if k := normKey(d.Code); x.deptsByCode[k] == nil {
		x.deptsByCode[k] = d
	}
}

func (x *index) addRole(r *data.Role) {
	x.roles[r.ID] = r
	m := x.rolesIn[r.Department]
	if m == nil {
		m = map[string]*data.Role{}
		x.rolesIn[r.Department] = m
	}
	k := normKey(r.Title)
	if _, dup := m[k]; !dup {
		m[k] = r
	}
	x.rolesByName[k] = append(x.rolesByName[k], r)
	x.nextRole[r.Department] = max(x.nextRole[r.Department], r.Order+1)
}

// path is a department's path from the top, "数字运营部/SEO组".
func (x *index) path(id data.ID) string {
	if id == "" {
		return ""
	}
	if p, ok := x.paths[id]; ok {
		return p
	}
	var parts []string
	seen := map[data.ID]bool{}
	for cur := id; cur != "" && !seen[cur]; {
		seen[cur] = true
		d := x.depts[cur]
		if d == nil {
			break
		}
		parts = append([]string{d.Name}, parts...)
		cur = d.Parent
	}
	p := strings.Join(parts, "/")
	x.paths[id] = p
	return p
}

// Bounds on department paths, so a hostile cell ("a/a/a/…" ten thousand
// times) costs neither quadratic time nor a ten-thousand-level chart.
const (
	maxDepth   = 16 // levels; deeper segments are kept in the last name
	maxNameRun = 4  // segments a single department name may span ("SEO/SEM组")
)

// splitPath splits a department value on /, \ and > (公司/中心/部门,
// 公司 > 中心 > 部门). "-" is split earlier, by the row mapper, only when
// the data shows it separates levels (see dashPaths).
func splitPath(v string) []string {
	f := strings.FieldsFunc(v, func(r rune) bool {
		return r == '/' || r == '／' || r == '\\' || r == '>' || r == '＞'
	})
	out := f[:0]
	for _, s := range f {
		if s = cleanCell(s); s != "" {
			out = append(out, s)
		}
	}
	if len(out) > maxDepth {
		out = append(out[:maxDepth-1], strings.Join(out[maxDepth-1:], "/"))
	}
	return out
}

// walk follows a department path as far as existing departments go and
// returns the deepest match and the segments below it that do not exist.
// The first segment may name a department at any depth when the name is
// unique (rosters often give only the team); a name containing "/" is
// matched by trying the longest run of segments first.
func (x *index) walk(segs []string) (data.ID, []string) {
	segs = x.stripOrg(segs)
	cur := data.ID("")
	for i := 0; i < len(segs); {
		d, n := x.matchChild(cur, segs[i:], i == 0)
		if d == nil {
			return cur, segs[i:]
		}
		cur, i = d.ID, i+n
	}
	return cur, nil
}

// stripOrg drops a first segment that names the organisation itself: the
// company is the top of the chart, not a department.
func (x *index) stripOrg(segs []string) []string {
	if len(segs) > 0 && x.orgName != "" && normKey(segs[0]) == x.orgName {
		return segs[1:]
	}
	return segs
}

// noteSubs records which department paths of values have deeper paths
// under them among values (hasSub).
func (x *index) noteSubs(values []string) {
	x.hasSub = map[string]bool{}
	for _, v := range values {
		segs := x.stripOrg(splitPath(v))
		for i := 1; i < len(segs); i++ {
			x.hasSub[normKey(strings.Join(segs[:i], "/"))] = true
		}
	}
}

func (x *index) matchChild(parent data.ID, segs []string, anywhere bool) (*data.Department, int) {
	for n := min(len(segs), maxNameRun); n >= 1; n-- {
		k := normKey(strings.Join(segs[:n], "/"))
		for _, d := range x.children[parent] {
			if normKey(d.Name) == k {
				return d, n
			}
		}
		if anywhere {
			if all := x.deptsByName[k]; len(all) == 1 {
				return all[0], n
			}
			if d := x.deptsByCode[k]; d != nil && n == 1 {
				return d, n
			}
		}
	}
	return nil, 0
}

// remembered returns this file's stored choice for a value.
func (x *index) remembered(kind ValueKind, value string) (data.ValueMap, bool) {
	v, ok := x.valueMaps[string(kind)+"\x00"+value]
	return v, ok
}

func (x *index) exists(kind ValueKind, id data.ID) bool {
	if kind == KindDepartment {
		return id == CompanyLevel || x.doc.Department(id) != nil
	}
	return x.doc.Role(id) != nil
}

// valueChoice decides whether a value needs the user: a remembered map
// to a department or role that still exists (or to the company level) is
// listed (so it can be changed); a value that matches an existing one is
// not; an unmatched value is listed with suggestions when the document
// has anything to map it to, or when it looks like the company-level
// office, for which company level is the suggested choice.
func (x *index) valueChoice(kind ValueKind, value string) (ValueChoice, bool) {
	vc := ValueChoice{Kind: kind, Value: value, Rows: 1}
	vc.Company = kind == KindDepartment && x.companyLike(value)
	vm, rem := x.remembered(kind, value)
	if rem && vm.Target != "" && x.exists(kind, vm.Target) {
		vc.Target, vc.Remembered = vm.Target, true
		vc.Suggestions = x.suggestions(kind, value)
		return vc, true
	}
	switch kind {
	case KindDepartment:
		_, missing := x.walk(splitPath(value))
		if len(missing) == 0 || len(x.doc.Departments) == 0 && !vc.Company {
			return vc, false
		}
		if vc.Company && !rem {
			vc.Target = CompanyLevel // a suggestion: the user may pick another
		}
	case KindRole:
		if len(x.rolesByName[normKey(value)]) > 0 || len(x.doc.Roles) == 0 {
			return vc, false
		}
	}
	vc.Remembered = rem
	vc.Suggestions = x.suggestions(kind, value)
	return vc, true
}

func (x *index) suggestions(kind ValueKind, value string) []Suggestion {
	if x.suggested[kind]++; x.suggested[kind] > maxSuggested {
		return nil
	}
	if kind == KindDepartment {
		if x.deptCands == nil {
			for i := range x.doc.Departments {
				d := &x.doc.Departments[i]
				x.deptCands = append(x.deptCands, Suggestion{ID: d.ID, Label: x.path(d.ID)})
				x.deptProfiles = append(x.deptProfiles, profileOf(d.Name))
			}
		}
		segs := splitPath(value)
		leaf := value
		if len(segs) > 0 {
			leaf = segs[len(segs)-1]
		}
		return suggest(leaf, x.deptCands, x.deptProfiles)
	}
	if x.roleCands == nil {
		for i := range x.doc.Roles {
			r := &x.doc.Roles[i]
			label := r.Title
			if p := x.path(r.Department); p != "" {
				label += "（" + p + "）"
			}
			x.roleCands = append(x.roleCands, Suggestion{ID: r.ID, Label: label})
			x.roleProfiles = append(x.roleProfiles, profileOf(r.Title))
		}
	}
	return suggest(value, x.roleCands, x.roleProfiles)
}
