package compare

import (
	"math/rand/v2"
	"slices"
	"testing"

	"orgdesigner/app/templates"
	"orgdesigner/data"
)

// TestRandomEdits: for random edits of a generated company, the numbers of
// additions and removals are the set differences of the ids, every change
// is listed once under a group, moves are moves, and the reverse
// comparison swaps additions and removals.
func TestRandomEdits(t *testing.T) {
	for seed := range uint64(20) {
		rng := rand.New(rand.NewPCG(seed, 7))
		a := bigDoc(300, 600)
		b := clone(t, a)
		for range 30 {
			switch rng.IntN(6) {
			case 0: // remove a role and its holders
				i := 1 + rng.IntN(len(b.Roles)-1)
				id := b.Roles[i].ID
				b.Roles = slices.Delete(b.Roles, i, i+1)
				b.People = slices.DeleteFunc(b.People, func(p data.Person) bool { return p.Role == id })
				for j := range b.Departments {
					if b.Departments[j].Head == id {
						b.Departments[j].Head = ""
					}
				}
				for j := range b.Roles {
					if b.Roles[j].ReportsTo == id {
						b.Roles[j].ReportsTo = ""
					}
				}
			case 1: // add a role
				b.Roles = append(b.Roles, data.Role{ID: data.ID("x" + itoa(rng.IntN(1e6))), Title: "新", Department: b.Departments[rng.IntN(len(b.Departments))].ID, Planned: 1})
			case 2: // move a role
				b.Roles[rng.IntN(len(b.Roles))].Department = b.Departments[rng.IntN(len(b.Departments))].ID
			case 3: // move a person
				b.People[rng.IntN(len(b.People))].Role = b.Roles[rng.IntN(len(b.Roles))].ID
			case 4: // a person leaves
				b.People[rng.IntN(len(b.People))].Status = data.StatusLeft
			case 5: // 编制
				b.Roles[rng.IntN(len(b.Roles))].Planned += 1 + rng.IntN(3)
			}
		}
		b.Sort()
		r := Compare(a, b)
		n := 0
		for _, g := range r.Groups {
			n += len(g.Changes)
		}
		if n != len(r.Changes) {
			t.Fatalf("seed %d: groups hold %d of %d changes", seed, n, len(r.Changes))
		}
		count := func(r *Result, k Kind) int {
			c := 0
			for _, ch := range r.Changes {
				if ch.Kind == k {
					c++
				}
			}
			return c
		}
		roleIDs := func(d *data.Document) map[data.ID]bool {
			m := map[data.ID]bool{}
			for _, x := range d.Roles {
				m[x.ID] = true
			}
			return m
		}
		ra, rb := roleIDs(a), roleIDs(b)
		added, removed := 0, 0
		for id := range rb {
			if !ra[id] {
				added++
			}
		}
		for id := range ra {
			if !rb[id] {
				removed++
			}
		}
		if count(r, RoleAdded) != added || count(r, RoleRemoved) != removed {
			t.Errorf("seed %d: %d/%d roles added/removed listed, want %d/%d", seed, count(r, RoleAdded), count(r, RoleRemoved), added, removed)
		}
		back := Compare(b, a)
		for _, pair := range [][2]Kind{{RoleAdded, RoleRemoved}, {PersonAdded, PersonRemoved}, {DeptAdded, DeptRemoved}} {
			if count(r, pair[0]) != count(back, pair[1]) || count(r, pair[1]) != count(back, pair[0]) {
				t.Errorf("seed %d: kinds %v not swapped by the reverse comparison", seed, pair)
			}
		}
		if count(r, RoleMoved) != count(back, RoleMoved) || count(r, PersonMoved) != count(back, PersonMoved) || count(r, PlannedChanged) != count(back, PlannedChanged) {
			t.Errorf("seed %d: moves differ in the reverse comparison", seed)
		}
		_, ghosts := r.Removed()
		if len(ghosts) != removed {
			t.Errorf("seed %d: %d ghosts, want %d", seed, len(ghosts), removed)
		}
		for _, g := range ghosts {
			if r.Mark(g.ID) != MarkRemoved {
				t.Errorf("seed %d: ghost %s marked %v", seed, g.ID, r.Mark(g.ID))
			}
		}
	}
}

// TestTemplateStartupScenario: the built-in template against a 初创期
// version with four departments (the rest closed, their roles gone, their
// people leaving) lists each closed department once with its roles under
// it, and the company's headcount falls by what they had.
func TestTemplateStartupScenario(t *testing.T) {
	a, err := templates.Load("internet-marketing", "zh")
	if err != nil {
		t.Skipf("template: %v", err)
	}
	a.Reindex()
	b := clone(t, a)
	keep := map[data.ID]bool{}
	for _, d := range TreeOrder(b) {
		if d.Parent == "" && len(keep) < 4 {
			keep[d.ID] = true
		}
	}
	inKept := func(id data.ID) bool {
		for n := 0; id != "" && n < 50; n++ {
			if keep[id] {
				return true
			}
			d := b.Department(id)
			if d == nil {
				return false
			}
			id = d.Parent
		}
		return false
	}
	closed := map[data.ID]bool{}
	for _, d := range b.Departments {
		if !inKept(d.ID) {
			closed[d.ID] = true
		}
	}
	gone := map[data.ID]bool{}
	for _, r := range b.Roles {
		if closed[r.Department] {
			gone[r.ID] = true
		}
	}
	b.Departments = slices.DeleteFunc(b.Departments, func(d data.Department) bool { return closed[d.ID] })
	b.Roles = slices.DeleteFunc(b.Roles, func(r data.Role) bool { return gone[r.ID] })
	for i := range b.Roles {
		if gone[b.Roles[i].ReportsTo] {
			b.Roles[i].ReportsTo = ""
		}
	}
	b.Projects = nil
	b.Sort()
	r := Compare(a, b)
	seen := map[data.ID]int{}
	wantHeads := r.HeadsA.Company.Planned
	for _, g := range r.Groups {
		for _, c := range g.Changes {
			if c.Kind == DeptRemoved {
				seen[c.ID]++
				if g.Department != c.ID {
					t.Errorf("department %s removed listed under %s", c.Name, g.Department)
				}
			}
			if c.Kind == RoleRemoved {
				if g.Department != c.Department || !closed[g.Department] {
					t.Errorf("role %s removed listed under %s", c.Name, g.Department)
				}
				wantHeads -= c.Before
			}
		}
	}
	if len(seen) != len(closed) {
		t.Errorf("%d departments listed as removed, want %d", len(seen), len(closed))
	}
	for id, n := range seen {
		if n != 1 {
			t.Errorf("department %s listed %d times", id, n)
		}
	}
	if r.HeadsB.Company.Planned != wantHeads || wantHeads >= r.HeadsA.Company.Planned {
		t.Errorf("company 编制 %d → %d, want %d", r.HeadsA.Company.Planned, r.HeadsB.Company.Planned, wantHeads)
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}
