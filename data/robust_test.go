package data

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// TestReadOnlyFileOpensReadOnly: a file without write permission opens
// read-only (never "damaged"), shows its content and refuses changes
// without touching the file.
func TestReadOnlyFileOpensReadOnly(t *testing.T) {
	s, path := newStore(t)
	s.Close()
	os.Chmod(path, 0o444)
	before, _ := os.ReadFile(path)
	st, err := Open(path)
	if err != nil {
		t.Fatalf("a read-only document did not open: %v", err)
	}
	defer st.Close()
	if !st.ReadOnly() || len(st.Doc().Roles) == 0 {
		t.Fatalf("read-only %v, roles %d", st.ReadOnly(), len(st.Doc().Roles))
	}
	err = st.Apply(&ChangeSet{PutValueMaps: []ValueMap{{Source: "x", Kind: "role", Value: "a"}}})
	if !errors.Is(err, ErrReadOnly) {
		t.Fatalf("apply on a read-only document: %v", err)
	}
	// a second reader shares the file
	st2, err := OpenReadOnly(path)
	if err != nil {
		t.Fatalf("second reader: %v", err)
	}
	st2.Close()
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Fatal("the file changed")
	}
}

// TestOpenReadOnlyUpgradesInMemory: an older schema opened read-only is
// upgraded in memory: the file, its folder and its schema stay as they
// were.
func TestOpenReadOnlyUpgradesInMemory(t *testing.T) {
	src, err := os.ReadFile(v1Fixture)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "old.orgdb")
	os.WriteFile(path, src, 0o644)
	st, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	r := st.Doc().Role("r-1")
	if r == nil || len(r.Responsibilities) != 2 {
		t.Fatalf("not upgraded in memory: %+v", r)
	}
	st.Close()
	if after, _ := os.ReadFile(path); !bytes.Equal(src, after) {
		t.Fatal("the file was written")
	}
	if names, _ := os.ReadDir(dir); len(names) != 1 {
		t.Fatalf("files appeared: %v", names)
	}
}

// TestSweepTemporary: a killed Create's and CopyTo's temporary files are
// removed at the next create or open for editing; a file another process
// is building (locked) stays.
func TestSweepTemporary(t *testing.T) {
	s, path := newStore(t)
	dir := filepath.Dir(path)
	litter := []string{filepath.Join(dir, ".orgdb-new-123"), filepath.Join(dir, ".orgdb-copy-456")}
	for _, l := range litter {
		os.WriteFile(l, []byte("half"), 0o600)
	}
	held := filepath.Join(dir, ".orgdb-new-789")
	f, _ := os.Create(held)
	lockTemp(f)
	defer f.Close()
	s.Close()
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	for _, l := range litter {
		if _, err := os.Stat(l); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("%s left behind", l)
		}
	}
	if _, err := os.Stat(held); err != nil {
		t.Error("a temporary file in use was removed")
	}
	// Create in a folder that does not exist leaves nothing
	if _, err := Create(filepath.Join(dir, "nodir", "x.orgdb"), sampleDoc()); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("create in a missing folder: %v", err)
	}
}

// TestCopyToKeepsModeAndLinks: a copy gets the mode of the file it
// replaces (else the document's), and a link at the target is followed.
func TestCopyToKeepsModeAndLinks(t *testing.T) {
	s, path := newStore(t)
	os.Chmod(path, 0o640)
	dir := t.TempDir()
	fresh := filepath.Join(dir, "fresh.orgdb")
	if err := s.CopyTo(fresh); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(fresh); fi.Mode().Perm() != 0o640 {
		t.Errorf("new copy mode %v", fi.Mode().Perm())
	}
	target := filepath.Join(dir, "target.orgdb")
	os.WriteFile(target, []byte("old"), 0o604)
	link := filepath.Join(dir, "link.orgdb")
	os.Symlink(target, link)
	if err := s.CopyTo(link); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Fatal("the link was replaced")
	}
	if fi, _ := os.Stat(target); fi.Mode().Perm() != 0o604 || fi.Size() < 100 {
		t.Errorf("target mode %v size %d", fi.Mode().Perm(), fi.Size())
	}
}

// BenchmarkOpen: opening for editing (with the write check and the sweep
// of the folder) against opening read-only, and an older schema upgraded
// in memory (a private copy is upgraded and read).
func BenchmarkOpen(b *testing.B) {
	dir := b.TempDir()
	path := filepath.Join(dir, "doc.orgdb")
	s, err := Create(path, sampleDoc())
	if err != nil {
		b.Fatal(err)
	}
	s.Close()
	old := filepath.Join(dir, "old.orgdb")
	src, err := os.ReadFile(v1Fixture)
	if err != nil {
		b.Fatal(err)
	}
	os.WriteFile(old, src, 0o644)
	for _, bc := range []struct {
		name string
		open func(string) (*Store, error)
		path string
	}{{"editing", Open, path}, {"read-only", OpenReadOnly, path}, {"read-only schema 1", OpenReadOnly, old}} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				st, err := bc.open(bc.path)
				if err != nil {
					b.Fatal(err)
				}
				st.Close()
			}
		})
	}
}
