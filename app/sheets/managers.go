package sheets

import (
	"strings"

	"orgdesigner/data"
)

// resolveManagers finds each row's manager by employee number, then by
// name, among the rows of the file and the people of the document. A name
// shared by several people is a problem, never a guess.
func (pl *planner) resolveManagers() {
	byNumber := map[string]*record{}
	var byName map[string][]*record // built on first use: most files give numbers
	for _, r := range pl.recs {
		if r.number != "" {
			byNumber[r.number] = r
		}
	}
	names := func() map[string][]*record {
		if byName == nil {
			byName = make(map[string][]*record, len(pl.recs))
			for _, r := range pl.recs {
				k := normKey(r.name)
				byName[k] = append(byName[k], r)
			}
		}
		return byName
	}
	m := newRowMapper(pl.a)
	col, _ := m.column(FieldManager)
	for _, r := range pl.recs {
		if r.manager == "" {
			continue
		}
		ids := pl.managerCandidates(r.manager, byNumber, names)
		switch {
		case len(ids) == 1:
			r.managerID = ids[0]
		case len(ids) == 0:
			pl.problem(newProblem(r.row, col, r.manager, probUnknownManager))
		default:
			pl.problem(newProblem(r.row, col, r.manager, probAmbiguousManager, len(ids)))
		}
	}
}

func (pl *planner) managerCandidates(v string, byNumber map[string]*record, byName func() map[string][]*record) []data.ID {
	byNum := func(n string) []data.ID {
		if r := byNumber[n]; r != nil {
			return []data.ID{r.id}
		}
		if p := pl.x.byNumber[n]; p != nil {
			return []data.ID{p.ID}
		}
		return nil
	}
	if ids := byNum(v); ids != nil {
		return ids
	}
	name := v
	if n, num, ok := splitNameNumber(v); ok {
		if ids := byNum(num); ids != nil {
			return ids
		}
		name = n
	}
	var ids []data.ID
	seen := map[data.ID]bool{}
	add := func(id data.ID) {
		if !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	k := normKey(name)
	for _, r := range byName()[k] {
		add(r.id)
	}
	for _, p := range pl.x.byName[k] {
		add(p.ID)
	}
	return ids
}

// splitNameNumber reads "张三(001)", "张三（001）" and "张三 001".
func splitNameNumber(v string) (name, number string, ok bool) {
	for _, pair := range [][2]string{{"(", ")"}, {"（", "）"}} {
		if i := strings.LastIndex(v, pair[0]); i > 0 && strings.HasSuffix(v, pair[1]) {
			return strings.TrimSpace(v[:i]), strings.TrimSpace(v[i+len(pair[0]) : len(v)-len(pair[1])]), true
		}
	}
	if i := strings.LastIndexByte(v, ' '); i > 0 && allDigits(v[i+1:]) {
		return strings.TrimSpace(v[:i]), v[i+1:], true
	}
	return "", "", false
}

// breakManagerCycles drops the manager links this import would make that
// close a circle (A reports to B reports to A), with a problem on each row.
func (pl *planner) breakManagerCycles() {
	// Number everyone once: the document's people, then the file's new people.
	at := make(map[data.ID]int32, len(pl.doc.People)+len(pl.recs))
	for i := range pl.doc.People {
		at[pl.doc.People[i].ID] = int32(i)
	}
	n := int32(len(pl.doc.People))
	rec := make([]*record, n, int(n)+len(pl.recs))
	for _, r := range pl.recs {
		i, ok := at[r.id]
		if !ok {
			i = n
			at[r.id] = i
			rec = append(rec, nil)
			n++
		}
		rec[i] = r
	}
	mgr := make([]int32, n)
	for i := range mgr {
		mgr[i] = -1
		if int(i) < len(pl.doc.People) {
			if j, ok := at[pl.doc.People[i].Manager]; ok && pl.doc.People[i].Manager != "" {
				mgr[i] = j
			}
		}
		if r := rec[i]; r != nil && r.managerID != "" {
			mgr[i] = at[r.managerID]
		}
	}
	m := newRowMapper(pl.a)
	col, _ := m.column(FieldManager)
	for _, cycle := range findCycles(mgr) {
		desc := pl.cycleText(cycle, rec)
		for _, i := range cycle {
			if r := rec[i]; r != nil && r.managerID != "" {
				pl.problem(newProblem(r.row, col, r.manager, probManagerCycle, desc))
				r.managerID = ""
			}
		}
	}
}

// cycleText names the people of a circle: 刘洋 → 赵敏 → 刘洋.
func (pl *planner) cycleText(cycle []int32, rec []*record) string {
	parts := make([]string, 0, len(cycle)+1)
	for _, i := range append(cycle, cycle[0]) {
		if r := rec[i]; r != nil {
			parts = append(parts, r.name)
		} else {
			parts = append(parts, pl.doc.People[i].Name)
		}
	}
	return strings.Join(parts, " → ")
}

// findCycles walks up every manager chain and returns each circle once;
// a circle found is cut in mgr so later walks do not find it again.
// Linear: every node is finished once.
func findCycles(mgr []int32) [][]int32 {
	state := make([]uint8, len(mgr)) // 1 on the current path, 2 finished
	var out [][]int32
	var path []int32
	for start := range mgr {
		if state[start] != 0 {
			continue
		}
		path = path[:0]
		cur := int32(start)
		for cur >= 0 && state[cur] == 0 {
			state[cur] = 1
			path = append(path, cur)
			cur = mgr[cur]
		}
		if cur >= 0 && state[cur] == 1 {
			for i, id := range path {
				if id == cur {
					cycle := append([]int32(nil), path[i:]...)
					out = append(out, cycle)
					for _, c := range cycle {
						mgr[c] = -1
					}
					break
				}
			}
		}
		for _, id := range path {
			state[id] = 2
		}
	}
	return out
}
