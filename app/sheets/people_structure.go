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
	roleOf := make(map[data.ID]data.ID, len(pl.doc.People)+len(pl.recs))
	deptOf := make(map[data.ID]data.ID, len(pl.doc.People)+len(pl.recs))
	for i := range pl.doc.People {
		q := &pl.doc.People[i]
		roleOf[q.ID], deptOf[q.ID] = q.Role, q.Department
	}
	for _, r := range pl.recs {
		if r.roleID != "" || r.existing == nil {
			roleOf[r.id] = r.roleID
		}
		if r.roleID != "" {
			deptOf[r.id] = pl.x.roles[r.roleID].Department
		} else if r.deptID != "" || r.existing == nil {
			deptOf[r.id] = r.deptID
		}
	}
	// Role lines: tally the managers' roles of each role's holders.
	var order []data.ID
	votes := map[data.ID][]vote{}
	for _, r := range pl.recs {
		if r.roleID == "" || r.managerID == "" || r.status == data.StatusLeft {
			continue
		}
		m := roleOf[r.managerID]
		if m == "" || m == r.roleID {
			continue // a manager without a role, or a senior of the same title
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
	pl.deriveHeads(p, roleOf, deptOf)
}

// derived is what deriveStructure found, for the preview.
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
// among the people in the department whose manager is outside it
// (or who have none), the one most people in and below the department
// report to directly.
func (pl *planner) deriveHeads(p *derived, roleOf, deptOf map[data.ID]data.ID) {
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
	mgrOf := make(map[data.ID]data.ID, len(pl.recs))
	for i := range pl.doc.People {
		mgrOf[pl.doc.People[i].ID] = pl.doc.People[i].Manager
	}
	for _, r := range pl.recs {
		if r.managerID != "" {
			mgrOf[r.id] = r.managerID
		}
	}
	// reports[m] counts the people reporting directly to m, by their department.
	reports := map[data.ID][]vote{}
	for _, r := range pl.recs {
		if m := mgrOf[r.id]; m != "" && deptOf[r.id] != "" {
			reports[m] = addVote(reports[m], deptOf[r.id])
		}
	}
	var order []data.ID
	best := map[data.ID]vote{} // department → person and how many report to them
	for _, r := range pl.recs {
		d, role := deptOf[r.id], roleOf[r.id]
		if d == "" || role == "" || pl.x.roles[role] == nil || pl.x.roles[role].Department != d {
			continue
		}
		if m := mgrOf[r.id]; m != "" && under(deptOf[m], d) {
			continue // reports to someone in the department: not its head
		}
		n := 0
		for _, v := range reports[r.id] {
			if under(v.id, d) {
				n += v.n
			}
		}
		if n == 0 {
			continue
		}
		b, seen := best[d]
		if !seen {
			order = append(order, d)
		}
		if n > b.n {
			best[d] = vote{r.id, n}
		}
	}
	for _, d := range order {
		dept := pl.x.depts[d]
		if dept == nil || dept.Head != "" || pl.doc.Department(d) != nil {
			continue // a department of the document keeps the head it has, or none
		}
		if e := pl.editDept(d); e != nil {
			e.Head = roleOf[best[d].id]
			p.DepartmentHeads++
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
	a.sampleValues(func(cells []string) {
		for i, c := range cand {
			if c.Index < len(cells) && cells[c.Index] != "" {
				filled[i]++
				if utf8.RuneCountInString(cells[c.Index]) > 40 {
					long[i]++
				}
			}
		}
	})
	out := cand[:0]
	for i, c := range cand {
		if filled[i] > 0 && 2*long[i] < filled[i] {
			out = append(out, c)
		}
	}
	return out
}
