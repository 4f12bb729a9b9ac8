package app

import (
	"cmp"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"orgdesigner/data"
)

// canonical is a document as comparable JSON: every list sorted by id, so
// the order records were added in (memory) and the store's key order
// (disk) compare equal.
func canonical(t testing.TB, d *data.Document) string {
	t.Helper()
	c := data.Document{Org: d.Org}
	c.Departments = slices.SortedFunc(slices.Values(d.Departments), func(a, b data.Department) int { return cmp.Compare(a.ID, b.ID) })
	c.Roles = slices.SortedFunc(slices.Values(d.Roles), func(a, b data.Role) int { return cmp.Compare(a.ID, b.ID) })
	c.People = slices.SortedFunc(slices.Values(d.People), func(a, b data.Person) int { return cmp.Compare(a.ID, b.ID) })
	c.Projects = slices.SortedFunc(slices.Values(d.Projects), func(a, b data.ProjectTeam) int { return cmp.Compare(a.ID, b.ID) })
	c.ValueMaps = slices.SortedFunc(slices.Values(d.ValueMaps), func(a, b data.ValueMap) int {
		return cmp.Or(cmp.Compare(a.Source, b.Source), cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.Value, b.Value))
	})
	b, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// soakEdit picks a random edit of the current document.
func soakEdit(rng *rand.Rand, doc *data.Document, n int) Command {
	pickDept := func() data.ID {
		if len(doc.Departments) == 0 {
			return ""
		}
		return doc.Departments[rng.Intn(len(doc.Departments))].ID
	}
	pickRole := func() data.ID {
		if len(doc.Roles) == 0 {
			return ""
		}
		return doc.Roles[rng.Intn(len(doc.Roles))].ID
	}
	pickPerson := func() data.ID {
		if len(doc.People) == 0 {
			return ""
		}
		return doc.People[rng.Intn(len(doc.People))].ID
	}
	switch rng.Intn(16) {
	case 0:
		return AddDepartment(data.Department{Name: fmt.Sprintf("部门%d", n), Parent: pickDept()}, nil)
	case 1:
		return RenameDepartment(pickDept(), fmt.Sprintf("改名部门%d", n))
	case 2:
		return MoveDepartment(pickDept(), pickDept(), "")
	case 3:
		if len(doc.Departments) > 4 {
			return DeleteDepartment(pickDept())
		}
		return AddDepartment(data.Department{Name: fmt.Sprintf("部门%d", n)}, nil)
	case 4, 5:
		return AddRole(data.Role{Title: fmt.Sprintf("岗位%d", n), Department: pickDept(), ReportsTo: pickRole(), Planned: rng.Intn(4)}, nil)
	case 6:
		return RenameRole(pickRole(), fmt.Sprintf("改名岗位%d", n))
	case 7:
		return SetReportsTo(pickRole(), pickRole())
	case 8:
		return MoveRole(pickRole(), pickDept(), pickRole(), "")
	case 9:
		if len(doc.Roles) > 6 {
			return DeleteRole(pickRole())
		}
		return DuplicateRole(pickRole(), nil)
	case 10:
		return DuplicateRole(pickRole(), nil)
	case 11, 12:
		return AddPerson(data.Person{Name: fmt.Sprintf("员工%d", n), Number: fmt.Sprintf("E%06d", n), Role: pickRole()}, nil)
	case 13:
		return AssignPerson(pickPerson(), pickRole())
	case 14:
		if len(doc.People) > 5 {
			return DeletePerson(pickPerson())
		}
		return AddPerson(data.Person{Name: fmt.Sprintf("员工%d", n)}, nil)
	default:
		if len(doc.Projects) > 3 {
			return DeleteProject(doc.Projects[rng.Intn(len(doc.Projects))].ID)
		}
		return AddProject(data.ProjectTeam{Name: fmt.Sprintf("项目%d", n), OwnerRole: pickRole()}, nil)
	}
}

// TestSoakRandomEditsUndoRedo runs 10,000 random edits through a session
// with undo and redo interleaved. Every undo must give back exactly the
// document before the edit (and every redo the one after); every 1,000
// steps the document on disk, read again, must equal the one in memory
// and validate; at the end the file is closed, reopened and compared.
func TestSoakRandomEditsUndoRedo(t *testing.T) {
	steps := 10000
	if testing.Short() {
		steps = 1000
	}
	seed := int64(20261204)
	rng := rand.New(rand.NewSource(seed))
	dir := t.TempDir()
	path := filepath.Join(dir, "soak.orgdb")
	st, err := data.Create(path, fixture())
	if err != nil {
		t.Fatal(err)
	}
	sess := NewSession(st)
	// before[i] / after[i]: the documents around the i-th undoable step.
	type around struct{ before, after string }
	var undo, redo []around
	var edits, undos, redos, refused int
	for n := 1; n <= steps; n++ {
		cur := canonical(t, sess.Doc())
		switch r := rng.Intn(10); {
		case r < 2 && len(undo) > 0:
			if err := sess.Undo(); err != nil {
				t.Fatalf("step %d (seed %d): undo: %v", n, seed, err)
			}
			a := undo[len(undo)-1]
			undo, redo = undo[:len(undo)-1], append(redo, a)
			if got := canonical(t, sess.Doc()); got != a.before {
				t.Fatalf("step %d (seed %d): undo did not restore the document: %s", n, seed, firstDiff(got, a.before))
			}
			undos++
		case r < 3 && len(redo) > 0:
			if err := sess.Redo(); err != nil {
				t.Fatalf("step %d (seed %d): redo: %v", n, seed, err)
			}
			a := redo[len(redo)-1]
			redo, undo = redo[:len(redo)-1], append(undo, a)
			if got := canonical(t, sess.Doc()); got != a.after {
				t.Fatalf("step %d (seed %d): redo did not repeat the edit", n, seed)
			}
			redos++
		default:
			cmd := soakEdit(rng, sess.Doc(), n)
			cs, _ := cmd.Changes(sess.Doc())
			recorded := cs != nil && !cs.IsEmpty()
			if err := sess.Do(cmd); err != nil {
				// a cycle, a missing parent …: refused, nothing changed
				if got := canonical(t, sess.Doc()); got != cur {
					t.Fatalf("step %d (seed %d): a refused edit (%v) changed the document", n, seed, err)
				}
				refused++
				continue
			}
			// The session records every edit with a change set, even one
			// that leaves the document as it was (a move to the same place).
			if recorded {
				undo, redo = append(undo, around{cur, canonical(t, sess.Doc())}), nil
			}
			edits++
		}
		if n%1000 == 0 {
			checkOnDisk(t, sess, dir, n)
		}
	}
	want := canonical(t, sess.Doc())
	st.Close()
	again, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	if canonical(t, again.Doc()) != want {
		t.Fatal("the reopened document differs from the last one in memory")
	}
	t.Logf("%d edits (%d refused), %d undos, %d redos; %d departments, %d roles, %d people at the end",
		edits, refused, undos, redos, len(again.Doc().Departments), len(again.Doc().Roles), len(again.Doc().People))
	if edits < steps/2 || undos < steps/20 || redos < steps/50 {
		t.Fatalf("the mix did not exercise the session: %d edits, %d undos, %d redos", edits, undos, redos)
	}
}

// checkOnDisk reads the committed file (a consistent copy, since the
// session keeps the document open) and compares it with memory.
func checkOnDisk(t *testing.T, sess *Session, dir string, n int) {
	t.Helper()
	cp := filepath.Join(dir, fmt.Sprintf("check-%d.orgdb", n))
	if err := sess.Store().CopyTo(cp); err != nil {
		t.Fatal(err)
	}
	defer os.Remove(cp)
	st, err := data.OpenReadOnly(cp)
	if err != nil {
		t.Fatalf("step %d: the file does not open: %v", n, err)
	}
	defer st.Close()
	if err := data.Validate(st.Doc()); err != nil {
		t.Fatalf("step %d: the file does not validate: %v", n, err)
	}
	if canonical(t, st.Doc()) != canonical(t, sess.Doc()) {
		t.Fatalf("step %d: the document on disk differs from the one in memory", n)
	}
}

// firstDiff shows where two canonical documents part.
func firstDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	from := max(0, i-200)
	return fmt.Sprintf("\n got: …%s…\nwant: …%s…", a[from:min(len(a), i+200)], b[from:min(len(b), i+200)])
}
