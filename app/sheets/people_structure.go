package sheets

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"orgdesigner/data"
)

// Note is a sentence about the structure an import derives, such as a
// reporting line the file does not agree on; Text gives it in a language.
type Note struct {
	key  string
	args []any
}

// Text is the note in lang ("zh" or "en").
func (n Note) Text(lang string) string { return tr(lang, n.key, n.args...) }

// deriveStructure turns the people's managers into the structure the
// chart and the role sheets show: a role reports to the role of its
// holders' manager when more than half of the holders that have a manager
// agree, and a department's head is the role of the person in it whom the
// others in it (and below it) report to. Lines and heads the document
// already has are kept; disagreements are noted, never guessed.
func (pl *planner) deriveStructure() {
	p := &pl.derived
	// Each record's manager: another record of the file (by index), or a
	// person of the document.
	at := make(map[data.ID]int32, len(pl.recs))
	for i, r := range pl.recs {
		at[r.id] = int32(i)
	}
	mgr := make([]int32, len(pl.recs)) // -1: none in the file
	mgrRole := make([]data.ID, len(pl.recs))
	mgrDept := make([]data.ID, len(pl.recs))
	for i, r := range pl.recs {
		mgr[i] = -1
		if r.managerID == "" {
			continue
		}
		if j, ok := at[r.managerID]; ok {
			mgr[i] = j
			mgrRole[i], mgrDept[i] = pl.recRole(pl.recs[j]), pl.recDept(pl.recs[j])
		} else if q := pl.doc.Person(r.managerID); q != nil {
			mgrRole[i], mgrDept[i] = q.Role, q.Department
		}
	}
	// Role lines: tally the managers' roles of each role's holders.
	var order []data.ID
	votes := map[data.ID][]vote{}
	for i, r := range pl.recs {
		m := mgrRole[i]
		if r.roleID == "" || m == "" || m == r.roleID || r.status == data.StatusLeft {
			continue // no role or manager role, or a senior of the same title
		}
		if _, ok := votes[r.roleID]; !ok {
			order = append(order, r.roleID)
		}
		votes[r.roleID] = addVote(votes[r.roleID], m)
	}
	title := func(id data.ID) string {
		r := pl.x.roles[id]
		if d := pl.x.path(r.Department); d != "" {
			return r.Title + " · " + d
		}
		return r.Title
	}
	for _, role := range order {
		vs := votes[role]
		best, total := vs[0], 0
		for _, v := range vs {
			total += v.n
			if v.n > best.n {
				best = v
			}
		}
		cur := pl.x.roles[role].ReportsTo
		switch {
		case cur == best.id:
		case 2*best.n <= total:
			parts := make([]string, len(vs))
			for i, v := range vs {
				parts[i] = fmt.Sprintf("%s ×%d", title(v.id), v.n)
			}
			p.Conflicts = append(p.Conflicts, Note{structureProblemKeys[noteLineDisagrees],
				[]any{title(role), strings.Join(parts, "; ")}})
		case cur != "":
			p.Conflicts = append(p.Conflicts, Note{structureProblemKeys[noteLineKept],
				[]any{title(role), title(best.id), title(cur)}})
		case pl.wouldCycle(role, best.id):
			p.Conflicts = append(p.Conflicts, Note{structureProblemKeys[noteLineCycle],
				[]any{title(role), title(best.id)}})
		default:
			pl.editRole(role).ReportsTo = best.id
			p.RoleLines++
		}
	}
	if len(pl.newDepts) > 0 {
		pl.deriveHeads(mgr, mgrDept)
	}
}

// recRole and recDept are a record's role and department after the import.
func (pl *planner) recRole(r *record) data.ID {
	if r.roleID == "" && r.existing != nil {
		return r.existing.Role
	}
	return r.roleID
}

func (pl *planner) recDept(r *record) data.ID {
	switch {
	case r.roleID != "":
		return pl.x.roles[r.roleID].Department
	case r.deptID == "" && r.existing != nil:
		return r.existing.Department
	}
	return r.deptID
}

// derived is what deriveStructure (and a department list's heads) found,
// for the preview.
type derived struct {
	RoleLines, DepartmentHeads int
	Conflicts                  []Note
}

// vote is one manager role and how many holders report to it.
type vote struct {
	id data.ID
	n  int
}

func addVote(vs []vote, id data.ID) []vote {
	for i := range vs {
		if vs[i].id == id {
			vs[i].n++
			return vs
		}
	}
	return append(vs, vote{id, 1})
}

// deriveHeads sets the head role of each department the import creates:
// among the people in the department whose manager is outside it (or who
// have none), the one most people in and below the department report to
// directly. mgr and mgrDept are each record's manager (index, -1 when not
// in the file) and the manager's department.
func (pl *planner) deriveHeads(mgr []int32, mgrDept []data.ID) {
	under := func(d, top data.ID) bool {
		for i := 0; d != "" && i < 64; i++ {
			if d == top {
				return true
			}
			dd := pl.x.depts[d]
			if dd == nil {
				return false
			}
			d = dd.Parent
		}
		return false
	}
	dept := make([]data.ID, len(pl.recs))
	for i, r := range pl.recs {
		dept[i] = pl.recDept(r)
	}
	// reports[x]: people in or below x's department reporting to x.
	reports := make([]int32, len(pl.recs))
	for i, m := range mgr {
		if m >= 0 && dept[i] != "" && dept[m] != "" && under(dept[i], dept[m]) {
			reports[m]++
		}
	}
	type best struct {
		rec int
		n   int32
	}
	var order []data.ID
	heads := map[data.ID]best{}
	for i, r := range pl.recs {
		d, role := dept[i], pl.recRole(r)
		if reports[i] == 0 || d == "" || role == "" || pl.x.roles[role] == nil || pl.x.roles[role].Department != d {
			continue
		}
		if mgrDept[i] != "" && under(mgrDept[i], d) {
			continue // reports to someone in the department: not its head
		}
		b, seen := heads[d]
		if !seen {
			order = append(order, d)
		}
		if reports[i] > b.n {
			heads[d] = best{i, reports[i]}
		}
	}
	for _, d := range order {
		dd := pl.x.depts[d]
		if dd == nil || dd.Head != "" || pl.doc.Department(d) != nil {
			continue // a department of the document keeps the head it has, or none
		}
		if e := pl.editDept(d); e != nil {
			e.Head = pl.recRole(pl.recs[heads[d].rec])
			pl.derived.DepartmentHeads++
		}
	}
}

// titleWords mark a header as a job title that may give roles.
var titleWords = []string{"职务", "职位", "岗位", "职称", "头衔", "title", "position", "job", "role", "post"}

// RoleColumns are the columns not mapped to anything (kept as extra
// fields) whose header looks like a job title (职务, 职位名称,
// positionNameENG …) and whose values are short, as titles are: when no
// column is mapped to Role, a wizard offers to map one of them.
func (a *Analysis) RoleColumns() []Column {
	if a.has(FieldRole) || a.DepartmentsOnly() {
		return nil
	}
	var cand []Column
	for _, c := range a.Columns {
		low := strings.ToLower(c.Header)
		if c.Field != FieldExtra || c.Header == "" {
			continue
		}
		for _, w := range titleWords {
			if strings.Contains(low, w) {
				cand = append(cand, c)
				break
			}
		}
	}
	if len(cand) == 0 {
		return nil
	}
	// Keep the columns that have values, short as titles are.
	filled := make([]int, len(cand))
	long := make([]int, len(cand))
	a.sampleValues(func(cells []string) bool {
		for i, c := range cand {
			if c.Index < len(cells) && cells[c.Index] != "" {
				filled[i]++
				if utf8.RuneCountInString(cells[c.Index]) > 40 {
					long[i]++
				}
			}
		}
		return true
	})
	out := cand[:0]
	for i, c := range cand {
		if filled[i] > 0 && 2*long[i] < filled[i] {
			out = append(out, c)
		}
	}
	return out
}
