package sheets

import (
	"cmp"
	"context"
	"maps"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// Reading our own staffing workbook back. Export writes, besides the
// staffing sheet and the roster that any import reads, the sheets 部门
// (department attributes), 岗位职责 (every section of every role card) and
// 项目组 (project teams), and a hidden sheet (metaSheet) with the
// organisation's settings, dotted lines and template-suggestion marks.
// When Plan imports such a workbook together with its staffing sheet,
// restoreOwn adds all of it to the plan, so importing the workbook into a
// blank document gives back the document it was exported from.
//
// What the user edited in those sheets is imported as edited: a card is
// rebuilt from its rows (a role without rows keeps its card), a department
// from its row, a team from its rows. References that find nothing are
// left out and listed as problems with their sheet, row and column.

// Restored counts what restoreOwn changed: role cards, departments'
// attributes, project teams, grades and salary bands, and whether the
// organisation's settings were taken (into a blank document).
type Restored struct {
	Cards, Departments, Projects int
	// Bands counts roles whose grade or own salary band changed.
	Bands        int
	Organisation bool
}

// restorer holds one restore: the preview's change set and the records it
// changes, by id.
type restorer struct {
	pl    *planner
	p     *Preview
	ctx   context.Context
	lang  string
	roles map[data.ID]*data.Role       // roles in the change set (or cloned to join it)
	depts map[data.ID]*data.Department // departments likewise
	added map[string]bool              // "role"/"dept" + id cloned here: join the change set only if changed
}

// restoreOwn is Plan's hook for our own workbook (see above); it does
// nothing for any other file or when the staffing sheet is skipped.
func (pl *planner) restoreOwn(ctx context.Context, p *Preview) error {
	if pl.a.Structure == "" || pl.opts.SkipStructure || pl.a.wb.IsCSV() {
		return nil
	}
	info := pl.a.wb.sheet(metaSheet)
	if info == nil {
		return nil
	}
	meta, err := pl.a.wb.loadWide(ctx, info.Name)
	if err != nil {
		return err
	}
	if len(meta.rows) == 0 || cellAt(meta.rows[0], 0) != metaMarker {
		return nil
	}
	r := &restorer{pl: pl, p: p, ctx: ctx, roles: map[data.ID]*data.Role{}, depts: map[data.ID]*data.Department{},
		added: map[string]bool{}}
	for _, lang := range []string{i18n.Chinese, i18n.English} {
		if pl.a.wb.sheet(tr(lang, "Responsibilities")) != nil {
			r.lang = lang
		}
	}
	if r.lang == "" {
		return nil
	}
	cs := p.Changes
	for i := range cs.PutRoles {
		r.roles[cs.PutRoles[i].ID] = &cs.PutRoles[i]
	}
	for i := range cs.PutDepartments {
		r.depts[cs.PutDepartments[i].ID] = &cs.PutDepartments[i]
	}
	for _, step := range []func() error{r.departments, r.cards, func() error { return r.bands(meta) },
		func() error { return r.meta(meta) }, r.projects} {
		if err := step(); err != nil {
			return err
		}
	}
	r.finish()
	return nil
}

// sheet loads one of our sheets by its English key and maps its header
// cells to the keys given; nil when the sheet or a column is missing (the
// user removed it: that part is not restored).
func (r *restorer) sheet(name string, keys ...string) (*sheetData, map[string]int, error) {
	info := r.pl.a.wb.sheet(tr(r.lang, name))
	if info == nil {
		return nil, nil, nil
	}
	sd, err := r.pl.a.wb.load(r.ctx, info.Name, nil)
	if err != nil || len(sd.rows) == 0 {
		return nil, nil, err
	}
	col := map[string]int{}
	for _, k := range keys {
		i := slices.Index(sd.rows[0], tr(r.lang, k))
		if i < 0 {
			return nil, nil, nil
		}
		col[k] = i
	}
	r.pl.sheet = info.Name
	r.pl.layout[info.Name] = layoutOf(sd, 1)
	return sd, col, nil
}

// problem reports a value of row (1-based) in column c of the sheet.
func (r *restorer) problem(sd *sheetData, row, c int, value string, code problemCode) {
	r.pl.problem(newProblem(row, Column{Index: c, Letter: columnLetter(c + 1), Header: cellAt(sd.rows[0], c)}, value, code))
}

// role returns the role to change: the change set's copy, or a clone of
// the document's role that joins the change set if it ends up different.
func (r *restorer) role(id data.ID) *data.Role {
	if x := r.roles[id]; x != nil {
		return x
	}
	orig := r.pl.doc.Role(id)
	if orig == nil {
		return nil
	}
	c := data.CloneRole(*orig)
	r.roles[id], r.added["role"+string(id)] = &c, true
	return &c
}

// dept is role for departments.
func (r *restorer) dept(id data.ID) *data.Department {
	if x := r.depts[id]; x != nil {
		return x
	}
	orig := r.pl.doc.Department(id)
	if orig == nil {
		return nil
	}
	c := *orig
	c.Suggested = slices.Clone(orig.Suggested)
	r.depts[id], r.added["dept"+string(id)] = &c, true
	return &c
}

// deptAt finds a department by the path the workbook writes; "company
// level" (or nothing) is "", ok false when nothing matches.
func (r *restorer) deptAt(path string) (data.ID, bool) {
	if path == "" || isCompanyLabel(path) {
		return "", true
	}
	if id, ok := r.pl.deptMemo[path]; ok { // as the staffing sheet resolved it
		if id == CompanyLevel {
			id = ""
		}
		return id, true
	}
	id, missing := r.pl.x.walk(splitPath(path))
	return id, len(missing) == 0
}

// roleAt finds a role by department path and title.
func (r *restorer) roleAt(path, title string) data.ID {
	dept, ok := r.deptAt(path)
	if !ok {
		return ""
	}
	memo := []data.ID{dept} // how the staffing sheet resolved the title
	if dept == "" {
		memo = append(memo, CompanyLevel)
	}
	for _, d := range memo {
		if id := r.pl.roleMemo[d][title]; id != "" {
			return id
		}
	}
	if x := r.pl.x.rolesIn[dept][normKey(title)]; x != nil {
		return x.ID
	}
	return ""
}

// departments restores positioning, motto, colour and head from 部门.
func (r *restorer) departments() error {
	sd, col, err := r.sheet("Departments", "Department", "Head", "Positioning", "Motto", "Colour")
	if sd == nil {
		return err
	}
	for i, row := range sd.rows[1:] {
		n := i + 2
		path := cellAt(row, col["Department"])
		if path == "" {
			continue
		}
		id, ok := r.deptAt(path)
		d := r.dept(id)
		if !ok || d == nil {
			r.problem(sd, n, col["Department"], path, probUnknownDepartment)
			continue
		}
		before := normDept(*d)
		d.Positioning, d.Motto = cellAt(row, col["Positioning"]), cellAt(row, col["Motto"])
		switch c := cellAt(row, col["Colour"]); {
		case c == "" || colourRe.MatchString(c):
			d.Color = c
		default:
			r.problem(sd, n, col["Colour"], c, probBadColour)
		}
		d.Head = ""
		if ref := cellAt(row, col["Head"]); ref != "" {
			if d.Head = r.pl.findRole(ref); d.Head == "" {
				r.problem(sd, n, col["Head"], ref, probUnknownRole)
			}
		}
		if !reflect.DeepEqual(before, normDept(*d)) {
			r.p.Restored.Departments++
		}
	}
	return nil
}

// colourRe is a colour as data.Validate accepts it.
var colourRe = regexp.MustCompile(`^#[0-9A-Fa-f]{6}$`)

// cardKeys are the sections of 岗位职责 (English keys, see responsibilities).
var cardKeys = []string{"Grade", "Purpose", "Responsibility", "Example", "KPI", "Education", "Major", "Experience",
	"Skills and competencies", "Certificates", "Authority", "Internal contacts", "External contacts",
	"Working conditions", "Career path", "Notes"}

// cards rebuilds the role cards from 岗位职责: every role with rows gets
// the card its rows describe.
func (r *restorer) cards() error {
	sd, col, err := r.sheet("Responsibilities", "Department", "Role", "Role card section", "Item No.",
		"Responsibility or KPI", "Weight (%)", "KPI target", "KPI cycle")
	if sd == nil {
		return err
	}
	section := map[string]string{}
	for _, k := range cardKeys {
		section[tr(r.lang, k)] = k
	}
	cards := map[data.ID]*data.Role{}
	graded := map[data.ID]bool{}
	var order []data.ID
	for i, row := range sd.rows[1:] {
		n := i + 2
		path, title, text := cellAt(row, col["Department"]), cellAt(row, col["Role"]), cellAt(row, col["Responsibility or KPI"])
		key, known := section[cellAt(row, col["Role card section"])]
		if title == "" || text == "" || !known {
			continue
		}
		id := r.roleAt(path, title)
		if id == "" {
			r.problem(sd, n, col["Role"], title, probUnknownRole)
			continue
		}
		c := cards[id]
		if c == nil {
			c = &data.Role{}
			cards[id] = c
			order = append(order, id)
		}
		if key == "Grade" {
			graded[id] = true
		}
		wt := parseWeight(cellAt(row, col["Weight (%)"]))
		q := &c.Qualifications
		switch key {
		case "Responsibility":
			c.Responsibilities = append(c.Responsibilities, data.Responsibility{Text: text, Weight: wt})
		case "Example":
			if k := len(c.Responsibilities); k > 0 {
				c.Responsibilities[k-1].Examples = append(c.Responsibilities[k-1].Examples, text)
			}
		case "KPI":
			c.KPIs = append(c.KPIs, data.KPI{Indicator: text, Target: cellAt(row, col["KPI target"]),
				Cycle: cellAt(row, col["KPI cycle"]), Weight: wt})
		default:
			*map[string]*string{"Grade": &c.Grade, "Purpose": &c.Purpose, "Education": &q.Education, "Major": &q.Major,
				"Experience": &q.Experience, "Skills and competencies": &q.Skills, "Certificates": &q.Certificates,
				"Authority": &c.Authority, "Internal contacts": &c.InternalContacts, "External contacts": &c.ExternalContacts,
				"Working conditions": &c.Conditions, "Career path": &c.CareerPath, "Notes": &c.Notes}[key] = text
		}
	}
	for _, id := range order {
		c, x := cards[id], r.role(id)
		if x == nil {
			continue
		}
		before := *x
		// The grade is on the staffing sheet now (restoreBands); a Grade
		// row comes from a workbook written before it moved there.
		if graded[id] {
			x.Grade = c.Grade
		}
		x.Purpose, x.Responsibilities, x.KPIs, x.Qualifications = c.Purpose, c.Responsibilities, c.KPIs, c.Qualifications
		x.Authority, x.InternalContacts, x.ExternalContacts = c.Authority, c.InternalContacts, c.ExternalContacts
		x.Conditions, x.CareerPath, x.Notes = c.Conditions, c.CareerPath, c.Notes
		if !equalCard(before, *x) {
			r.p.Restored.Cards++
		}
	}
	return nil
}

// parseWeight reads a weight cell ("30", "12.5", "30%"); 0 when empty or
// not a number between 0 and 100.
func parseWeight(s string) float64 {
	v, err := strconv.ParseFloat(strings.TrimSpace(strings.TrimSuffix(tidyNumber(s), "%")), 64)
	if err != nil || v < 0 || v > 100 {
		return 0
	}
	return v
}

// meta restores what the hidden sheet holds: template-suggestion marks,
// dotted lines and, into a blank document, the organisation's settings.
func (r *restorer) meta(sd *sheetData) error {
	org, orgSet, gradesSeen := r.pl.doc.Org, false, false
	org.Grades = slices.Clone(org.Grades)
	dotted := map[data.ID][]data.DottedLine{}
	var dottedOrder []data.ID
	for i, row := range sd.rows[1:] {
		n := i + 2
		switch cellAt(row, 0) {
		case metaOrg:
			v := cellAt(row, 2)
			if f := map[string]*string{"name": &org.Name, "industry": &org.Industry, "lang": &org.Lang,
				"notes": &org.Notes, "template": &org.Template}[cellAt(row, 1)]; f != nil {
				*f, orgSet = v, true
			}
			switch cellAt(row, 1) {
			case "mode":
				org.Mode, orgSet = data.Mode(v), true
			case "stage":
				org.Stage, orgSet = data.Stage(v), true
			case "onCostPercent":
				if f, ok := metaNumber(v); ok {
					org.OnCostPercent, orgSet = &f, true
				}
			case "monthsPerYear":
				if f, ok := metaNumber(v); ok {
					org.MonthsPerYear, orgSet = f, true
				}
			}
		case metaGrade:
			if !gradesSeen { // the workbook's table replaces the document's
				org.Grades, gradesSeen = nil, true
			}
			lo, _ := metaNumber(cellAt(row, 2))
			hi, _ := metaNumber(cellAt(row, 3))
			org.Grades, orgSet = append(org.Grades, data.GradeBand{Grade: cellAt(row, 1), Min: lo, Max: hi}), true
		case metaDeptSuggested:
			if id, ok := r.deptAt(cellAt(row, 1)); ok && id != "" {
				if d := r.dept(id); d != nil {
					d.Suggested = splitList(cellAt(row, 2))
				}
			}
		case metaRoleSuggested:
			if x := r.role(r.roleAt(cellAt(row, 1), cellAt(row, 2))); x != nil {
				x.Suggested = splitList(cellAt(row, 3))
			}
		case metaDotted:
			id := r.roleAt(cellAt(row, 1), cellAt(row, 2))
			mgr := r.pl.findRole(cellAt(row, 3))
			if id == "" || mgr == "" || mgr == id {
				r.pl.sheet = metaSheet
				r.problem(sd, n, 3, cellAt(row, 3), probUnknownRole)
				continue
			}
			if _, seen := dotted[id]; !seen {
				dottedOrder = append(dottedOrder, id)
			}
			dotted[id] = append(dotted[id], data.DottedLine{Manager: mgr, Label: cellAt(row, 4)})
		}
	}
	for _, id := range dottedOrder {
		if x := r.role(id); x != nil {
			x.Dotted = dotted[id]
		}
	}
	// The organisation's settings are taken into a blank document only: a
	// workbook imported into another company's document does not rename it.
	doc := r.pl.doc
	blank := len(doc.Departments) == 0 && len(doc.Roles) == 0 && len(doc.People) == 0
	if orgSet && blank && !org.Equal(doc.Org) {
		if !slices.Contains([]data.Mode{"", data.ModeFunctional, data.ModeProject, data.ModeMatrix}, org.Mode) {
			org.Mode = doc.Org.Mode
		}
		if !slices.Contains([]data.Stage{"", data.StageStartup, data.StageGrowth, data.StageMature}, org.Stage) {
			org.Stage = doc.Org.Stage
		}
		r.p.Changes.Org = &org
		r.p.Restored.Organisation = true
	}
	return nil
}

func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// projects restores the project teams of 项目组: a team of the same name
// is updated, others are created.
func (r *restorer) projects() error {
	sd, col, err := r.sheet("Project teams", "Project team", "Owner role", "Team owner", "Start date", "End date",
		"Project goal", "Member", "Member type", "Project role")
	if sd == nil {
		return err
	}
	existing := map[string]*data.ProjectTeam{}
	next := 0
	for i := range r.pl.doc.Projects {
		t := &r.pl.doc.Projects[i]
		existing[normKey(t.Name)] = t
		next = max(next, t.Order+1)
	}
	people := r.personIndex()
	teams := map[string]*data.ProjectTeam{}
	var order []string
	personType := tr(r.lang, "Member: person")
	for i, row := range sd.rows[1:] {
		n := i + 2
		name := cellAt(row, col["Project team"])
		if name == "" {
			continue
		}
		k := normKey(name)
		t := teams[k]
		if t == nil {
			t = &data.ProjectTeam{Name: name, Start: cellAt(row, col["Start date"]), End: cellAt(row, col["End date"]),
				Goal: cellAt(row, col["Project goal"])}
			if old := existing[k]; old != nil {
				t.ID, t.Order = old.ID, old.Order
			} else {
				t.ID, t.Order = r.pl.newID("t"), next
				next++
			}
			if ref := cellAt(row, col["Owner role"]); ref != "" {
				if t.OwnerRole = r.pl.findRole(ref); t.OwnerRole == "" {
					r.problem(sd, n, col["Owner role"], ref, probUnknownRole)
				}
			}
			if ref := cellAt(row, col["Team owner"]); ref != "" {
				if t.OwnerPerson = people(ref); t.OwnerPerson == "" {
					r.problem(sd, n, col["Team owner"], ref, probUnknownPerson)
				}
			}
			teams[k] = t
			order = append(order, k)
		}
		ref := cellAt(row, col["Member"])
		if ref == "" {
			continue
		}
		m := data.Member{ProjectRole: cellAt(row, col["Project role"])}
		if cellAt(row, col["Member type"]) == personType {
			if m.Person = people(ref); m.Person == "" {
				r.problem(sd, n, col["Member"], ref, probUnknownPerson)
				continue
			}
		} else if m.Role = r.pl.findRole(ref); m.Role == "" {
			r.problem(sd, n, col["Member"], ref, probUnknownRole)
			continue
		}
		t.Members = append(t.Members, m)
	}
	for _, k := range order {
		t := teams[k]
		if old := existing[k]; old != nil && reflect.DeepEqual(normTeam(*old), normTeam(*t)) {
			continue
		}
		r.p.Changes.PutProjects = append(r.p.Changes.PutProjects, *t)
		r.p.Restored.Projects++
	}
	return nil
}

func normTeam(t data.ProjectTeam) data.ProjectTeam {
	if len(t.Members) == 0 {
		t.Members = nil
	}
	return t
}

// personIndex finds a person by the reference export writes: "name（工号）"
// or a name that only one person has, among the file's and the
// document's people.
func (r *restorer) personIndex() func(ref string) data.ID {
	byNumber, byName := map[string]data.ID{}, map[string][]data.ID{}
	add := func(p *data.Person) {
		if p.Number != "" {
			byNumber[p.Number] = p.ID
		}
		k := normKey(p.Name)
		if !slices.Contains(byName[k], p.ID) {
			byName[k] = append(byName[k], p.ID)
		}
	}
	for i := range r.pl.doc.People {
		add(&r.pl.doc.People[i])
	}
	for i := range r.p.Changes.PutPeople {
		add(&r.p.Changes.PutPeople[i])
	}
	return func(ref string) data.ID {
		for _, pair := range [][2]string{{"（", "）"}, {"(", ")"}} {
			if i := strings.LastIndex(ref, pair[0]); i > 0 && strings.HasSuffix(ref, pair[1]) {
				if id := byNumber[ref[i+len(pair[0]):len(ref)-len(pair[1])]]; id != "" {
					return id
				}
			}
		}
		if ids := byName[normKey(ref)]; len(ids) == 1 {
			return ids[0]
		}
		return ""
	}
}

// finish puts the records cloned here into the change set when they
// changed, and refreshes the preview's copies of the changed records.
func (r *restorer) finish() {
	cs, p := r.p.Changes, r.p
	keys := slices.Sorted(maps.Keys(r.added))
	for _, k := range keys {
		kind, id := k[:4], data.ID(k[4:])
		if x := r.roles[id]; kind == "role" && !equalCard(*x, *r.pl.doc.Role(id)) {
			cs.PutRoles = append(cs.PutRoles, *x)
			p.UpdatedRoles = append(p.UpdatedRoles, *x)
		}
		if d := r.depts[id]; kind == "dept" && !reflect.DeepEqual(normDept(*d), normDept(*r.pl.doc.Department(id))) {
			cs.PutDepartments = append(cs.PutDepartments, *d)
		}
	}
	for i := range p.NewRoles {
		if x := r.roles[p.NewRoles[i].ID]; x != nil {
			p.NewRoles[i].Role = *x
		}
	}
	for i := range p.UpdatedRoles {
		if x := r.roles[p.UpdatedRoles[i].ID]; x != nil {
			p.UpdatedRoles[i] = *x
		}
	}
	for i := range p.NewDepartments {
		if d := r.depts[p.NewDepartments[i].ID]; d != nil {
			p.NewDepartments[i].Department = *d
		}
	}
	// build listed the problems found so far; the ones found here go
	// before the roster's, as build orders them.
	p.Problems = r.pl.probs
	slices.SortStableFunc(p.Problems, func(a, b Problem) int {
		return cmp.Compare(sheetRank(a.Sheet, r.pl.a.Sheet), sheetRank(b.Sheet, r.pl.a.Sheet))
	})
}

// equalCard compares two roles as the document stores them (nil and empty
// lists alike).
func equalCard(a, b data.Role) bool {
	return reflect.DeepEqual(normRole(a), normRole(b))
}

func normRole(r data.Role) data.Role {
	r = data.CloneRole(r)
	if len(r.Dotted) == 0 {
		r.Dotted = nil
	}
	if len(r.Responsibilities) == 0 {
		r.Responsibilities = nil
	}
	for i := range r.Responsibilities {
		if len(r.Responsibilities[i].Examples) == 0 {
			r.Responsibilities[i].Examples = nil
		}
	}
	if len(r.KPIs) == 0 {
		r.KPIs = nil
	}
	if len(r.Suggested) == 0 {
		r.Suggested = nil
	}
	return r
}

func normDept(d data.Department) data.Department {
	if len(d.Suggested) == 0 {
		d.Suggested = nil
	}
	return d
}

// isCompanyLabel reports the staffing sheet's name for the company level
// (公司级, Company level), in either language.
func isCompanyLabel(v string) bool {
	return v == tr(i18n.Chinese, "Company level") || strings.EqualFold(v, tr(i18n.English, "Company level"))
}

// isTotalLabel reports a subtotal or total row's label as export writes
// it (小计（市场部）, 合计, Subtotal (Sales), Grand total): not a role.
// Other footer words begin real titles (审核专员, 总计划师).
func isTotalLabel(v string) bool {
	low := strings.ToLower(strings.TrimSpace(v))
	switch low {
	case "小计", "合计", "总计", "共计", "subtotal", "total", "grand total":
		return true
	}
	for _, p := range []string{"小计（", "小计(", "subtotal (", "subtotal("} {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	return false
}
