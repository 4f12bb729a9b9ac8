package sheets

import (
	"context"
	"fmt"
	"strings"

	"orgdesigner/data"
)

// PlanOptions change what Plan takes from the file.
type PlanOptions struct {
	// SkipLeavers leaves out rows whose status is 离职 (left); each is
	// listed as a problem so the preview says why.
	SkipLeavers bool
	// SkipStructure ignores a staffing sheet (Analysis.Structure).
	SkipStructure bool
	// SkipLink ignores a linked sheet (Analysis.Link).
	SkipLink bool
	// NewID makes ids for new departments, roles and people; nil uses
	// data.NewID ("d-…", "r-…", "p-…").
	NewID func(prefix string) data.ID
}

// planner holds the state of one dry run.
type planner struct {
	a       *Analysis
	doc     *data.Document
	opts    PlanOptions
	x       *index
	choices map[string]data.ID
	newID   func(string) data.ID
	sheet   string // the sheet problems are reported on

	newDepts  []*data.Department
	newRoles  []*data.Role
	isNew     map[data.ID]bool       // new roles
	roleEdits map[data.ID]*data.Role // clones of existing roles that change
	editOrder []data.ID
	// deptEdits are clones of existing departments that change (code,
	// head), in the order first changed.
	deptEdits     map[data.ID]*data.Department
	deptEditOrder []data.ID
	plannedFrom   map[data.ID]int                // role → row that set its planned headcount
	deptMemo      map[string]data.ID             // department value → id, once resolved
	roleMemo      map[data.ID]map[string]data.ID // department → title → role
	recs          []*record
	probs         []Problem
	layout        map[string]sheetLayout

	companyValues []string // department values placed at the company level
	derived       derived  // structure derived from the people's managers
	linked        bool     // join Analysis.Link (its postings are loaded)
	root          string   // the company at the top of the paths, the organisation's new name (orgname.go)
	joined        int      // rows given a department or role by the link
}

// Plan is the dry run of an import: it reads the analysed sheet with its
// mapping and value choices against doc (nil: the document given to
// Analyse) and returns what would change, every problem, and the change
// set that imports the valid rows. Nothing is written: the caller applies
// Preview.Changes in one transaction (Store.Apply or a session command).
// Plan honours ctx (cancel leaves nothing behind) and reports progress
// over the data rows.
func Plan(ctx context.Context, a *Analysis, doc *data.Document, opts PlanOptions, progress func(done, total int)) (*Preview, error) {
	if err := a.Check(); err != nil {
		return nil, err
	}
	if doc == nil {
		doc = a.doc
	}
	pl := newPlanner(a, doc, opts)
	if root := a.OrgRename(); companyRootFor(doc, root) {
		pl.root = root
	}
	for _, v := range a.Values {
		pl.choices[string(v.Kind)+"\x00"+v.Value] = v.Target
	}
	if a.Structure != "" && !opts.SkipStructure {
		if err := pl.structure(ctx); err != nil {
			return nil, err
		}
	}
	pl.sheet = a.Sheet
	if a.DepartmentsOnly() {
		if err := pl.departmentList(ctx, progress); err != nil {
			return nil, err
		}
	} else {
		if a.Link != nil && !opts.SkipLink {
			if _, err := a.linkedPostings(ctx); err != nil {
				return nil, err
			}
			pl.linked = true
		}
		if err := pl.readRows(ctx, progress); err != nil {
			return nil, err
		}
		pl.resolveManagers()
		pl.breakManagerCycles()
		pl.deriveStructure()
	}
	pl.readProblems()
	p := pl.build()
	p.RoleLines, p.DepartmentHeads, p.Conflicts = pl.derived.RoleLines, pl.derived.DepartmentHeads, pl.derived.Conflicts
	p.DepartmentList = a.DepartmentsOnly()
	if a.isCSV() {
		// A CSV file has no sheets: its texts name the file.
		p.CSV = true
		for i := range p.Problems {
			p.Problems[i].CSV = true
		}
	}
	if pl.linked {
		p.Link, p.LinkKey, p.Joined = a.Link.Sheet, a.Link.Key, pl.joined
	}
	if p.NoRole > 0 {
		for _, c := range a.RoleColumns() {
			p.RoleColumns = append(p.RoleColumns, c.Key())
		}
	}
	if err := pl.restoreOwn(ctx, p); err != nil { // our own workbook: cards, departments, teams (roundtrip.go)
		return nil, err
	}
	p.CompanyLevel = pl.companyValues
	pl.renameOrg(p)
	if err := data.Validate(doc.With(p.Changes)); err != nil {
		return nil, fmt.Errorf("import of %s would make the document invalid: %w", a.Source, err)
	}
	if progress != nil {
		progress(a.DataRows, a.DataRows)
	}
	return p, nil
}

func newPlanner(a *Analysis, doc *data.Document, opts PlanOptions) *planner {
	pl := &planner{a: a, doc: doc, opts: opts, x: a.newIndex(doc), newID: opts.NewID,
		choices:     map[string]data.ID{},
		layout:      map[string]sheetLayout{a.Sheet: layoutOf(a.sd, a.HeaderRow)},
		roleEdits:   map[data.ID]*data.Role{},
		isNew:       map[data.ID]bool{},
		deptMemo:    map[string]data.ID{},
		roleMemo:    map[data.ID]map[string]data.ID{},
		plannedFrom: map[data.ID]int{},
	}
	if pl.newID == nil {
		pl.newID = data.NewID
	}
	return pl
}

func (pl *planner) problem(pr Problem) {
	pr.File, pr.Sheet = pl.a.Source, pl.sheet
	pl.probs = append(pl.probs, pr)
}

// readRows turns every data row into a record matched to the document.
func (pl *planner) readRows(ctx context.Context, progress func(done, total int)) error {
	m := newRowMapper(pl.a)
	nameCol, _ := m.column(FieldName)
	if !m.mapped(FieldName) {
		nameCol, _ = m.column(FieldGivenName)
	}
	numCol, _ := m.column(FieldNumber)
	numberRow := map[string]int{}
	existingRow := map[string]int{}
	nameRow := map[string]int{}
	done := 0
	var err error
	pl.a.eachRow(func(row int, cells []string) bool {
		if done++; done&255 == 0 {
			if err = ctx.Err(); err != nil {
				return false
			}
			if progress != nil {
				progress(done, pl.a.DataRows)
			}
		}
		if pl.a.sd.refusedRow(row) {
			return true // listed by readProblems
		}
		r, probs := m.parseRecord(row, cells)
		pl.join(&r, cells)
		skip := func(col Column, value string, code problemCode, args ...any) {
			p := newProblem(row, col, value, code, args...)
			p.Skipped = true
			pl.problem(p)
		}
		switch {
		case r.name == "":
			skip(nameCol, "", probMissingName)
			return true
		case nameTooLong(r.name):
			skip(nameCol, shorten(r.name), probNameTooLong)
			return true
		case strings.ContainsAny(r.name, ";\""):
			// No one is named Joe;"Smith": the line was not split
			// into its columns.
			skip(nameCol, shorten(r.name), probSplitName)
			return true
		case pl.opts.SkipLeavers && r.status == data.StatusLeft:
			skip(Column{}, r.name, probLeaverSkipped)
			return true
		}
		if r.number != "" {
			if prev, dup := numberRow[r.number]; dup {
				skip(numCol, r.number, probDuplicateNumber, r.number, prev)
				return true
			}
			numberRow[r.number] = row
		}
		pl.place(&r)
		// The same person twice: matched to one existing person, or (with
		// no 工号 to tell them apart) the same name in the same department.
		var seen map[string]int
		var key string
		switch {
		case r.existing != nil:
			seen, key = existingRow, string(r.existing.ID)
		case r.number == "":
			seen, key = nameRow, normKey(r.name)+"\x00"+string(r.deptID)
		}
		if seen != nil {
			if prev, dup := seen[key]; dup {
				skip(nameCol, r.name, probDuplicatePerson, r.name, prev)
				return true
			}
			seen[key] = row
		}
		for _, p := range probs { // a skipped row reports only why it was skipped
			pl.problem(p)
		}
		if r.hasPlanned && r.roleID != "" {
			col, _ := m.column(FieldPlanned)
			pl.setPlanned(r.roleID, r.planned, row, col)
		}
		pl.recs = append(pl.recs, &r)
		return true
	})
	if err == nil {
		pl.resolveDeferred(nameCol)
	}
	return err
}

// place resolves the record's department and role (creating them when
// needed) and matches it to an existing person: by 工号, else by name
// with an identifier or the department (matchByName).
func (pl *planner) place(r *record) {
	dept := pl.ensureDept(r.dept)
	r.roleID = pl.ensureRole(r.role, dept)
	if dept == CompanyLevel {
		dept = "" // a person at the company level has no department
	}
	r.deptID = dept
	if r.roleID != "" {
		r.deptID = pl.x.roles[r.roleID].Department
	}
	if r.number != "" {
		r.existing = pl.x.byNumber[r.number]
	}
	if r.existing == nil {
		pl.matchByName(r)
	}
	switch {
	case r.existing != nil:
		r.id = r.existing.ID
	case r.cands == nil:
		r.id = pl.newID("p")
	} // else resolveDeferred decides
}

func layoutOf(sd *sheetData, header int) sheetLayout {
	w := 0
	for _, r := range sd.rows {
		w = max(w, len(r))
	}
	return sheetLayout{header: header, width: w}
}
