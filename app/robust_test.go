package app

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// TestRestoreKeepsModeFollowsLinksAndPrunes: a restore replaces the real
// file behind a link (the link stays), keeps the document's mode, and
// keeps only the newest KeepBeforeRestore before-restore copies.
func TestRestoreKeepsModeFollowsLinksAndPrunes(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real", "team.orgdb")
	os.Mkdir(filepath.Dir(real), 0o755)
	st, err := data.Create(real, fixture())
	if err != nil {
		t.Fatal(err)
	}
	os.Chmod(real, 0o640)
	backup, err := DailyBackup(st, 10, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	if fi, _ := os.Stat(backup); fi.Mode().Perm() != 0o640 {
		t.Fatalf("backup mode %v, want the document's 0640", fi.Mode().Perm())
	}
	link := filepath.Join(dir, "team.orgdb")
	if err := os.Symlink(real, link); err != nil {
		t.Fatal(err)
	}
	day := time.Date(2026, 12, 1, 9, 0, 0, 0, time.Local)
	for i := range KeepBeforeRestore + 3 {
		if err := Restore(backup, link, day.Add(time.Duration(i)*time.Minute)); err != nil {
			t.Fatal(err)
		}
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Fatal("the link was replaced by a file")
	}
	if fi, _ := os.Stat(real); fi.Mode().Perm() != 0o640 {
		t.Fatalf("restored document mode %v, want 0640", fi.Mode().Perm())
	}
	list, _ := ListBackups(real)
	var before []string
	for _, b := range list {
		if strings.Contains(b.Path, "-before-restore-") {
			before = append(before, filepath.Base(b.Path))
			if fi, _ := os.Stat(b.Path); fi.Mode().Perm() != 0o640 {
				t.Errorf("%s: mode %v", b.Path, fi.Mode().Perm())
			}
		}
	}
	if len(before) != KeepBeforeRestore || !strings.Contains(before[0], day.Add(time.Duration(KeepBeforeRestore+2)*time.Minute).Format("150405")) {
		t.Fatalf("before-restore copies: %v", before)
	}
}

// TestRestoreKeepsDamagedDocumentAside: restoring over a damaged document
// keeps its bytes as NAME.damaged-DATE.orgdb.
func TestRestoreKeepsDamagedDocumentAside(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "team.orgdb")
	st, err := data.Create(path, fixture())
	if err != nil {
		t.Fatal(err)
	}
	backup, err := DailyBackup(st, 10, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	damaged := []byte("not a database any more, but somebody's work")
	os.WriteFile(path, damaged, 0o644)
	now := time.Date(2026, 12, 4, 11, 30, 0, 0, time.Local)
	if err := Restore(backup, path, now); err != nil {
		t.Fatal(err)
	}
	aside := DamagedPath(path, now)
	if filepath.Base(aside) != "team.damaged-20261204-113000.orgdb" {
		t.Fatalf("aside name %s", aside)
	}
	if b, err := os.ReadFile(aside); err != nil || string(b) != string(damaged) {
		t.Fatalf("damaged document not kept aside: %v", err)
	}
	st2, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	st2.Close()
}

// TestDescribeMistakes: permission, disk full, read-only and lock errors
// are sentences that never call the file damaged; a missing folder is
// named.
func TestDescribeMistakes(t *testing.T) {
	i18n.SetLanguage("en")
	dir := t.TempDir()
	cases := []struct {
		err  error
		path string
		want string
	}{
		{fmt.Errorf("open x: %w", &os.PathError{Op: "open", Path: "x", Err: syscall.EACCES}), "x.orgdb", "permission"},
		{fmt.Errorf("save x: %w", &os.PathError{Op: "write", Path: "x", Err: syscall.ENOSPC}), "x.orgdb", "disk is full"},
		{fmt.Errorf("save x: %w", data.ErrReadOnly), "x.orgdb", "read-only"},
		{fmt.Errorf("open x: %w", data.ErrLocked), "x.orgdb", "another OrgDesigner window or command"},
		{&os.PathError{Op: "open", Path: "x", Err: syscall.ENOENT}, filepath.Join(dir, "nodir", "x.orgdb"), "The folder " + filepath.Join(dir, "nodir") + " does not exist."},
		{CheckOutput(filepath.Join(dir, "a.orgdb")), "", "a.orgdb is an OrgDesigner document"},
		{CheckOutput(dir), "", "is a folder"},
	}
	for _, tc := range cases {
		got := DescribePath(tc.path, tc.err)
		if !strings.Contains(got, tc.want) || strings.Contains(got, "damaged") {
			t.Errorf("%v: %q, want %q", tc.err, got, tc.want)
		}
	}
}

// TestCheckOutput refuses the document (also through a link), any .orgdb,
// a folder and a missing folder, and accepts an ordinary new file.
func TestCheckOutput(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "team.orgdb")
	os.WriteFile(doc, []byte("x"), 0o644)
	link := filepath.Join(dir, "link.pdf")
	os.Symlink(doc, link)
	want := map[string]OutputProblem{
		doc:                                    OutputIsDocument,
		link:                                   OutputIsDocument,
		filepath.Join(dir, "other.ORGDB"):      OutputIsOrgDocument,
		dir:                                    OutputIsFolder,
		filepath.Join(dir, "none", "out.xlsx"): OutputNoFolder,
		filepath.Join(dir, "out.xlsx"):         0,
	}
	for path, problem := range want {
		err := CheckOutput(path, doc)
		var oe *OutputError
		switch {
		case problem == 0 && err != nil:
			t.Errorf("%s refused: %v", path, err)
		case problem != 0 && (!errors.As(err, &oe) || oe.Problem != problem):
			t.Errorf("%s: %v, want problem %d", path, err, problem)
		}
	}
}

// TestOwnTempDirSweepsDeadRuns: the folder of a process that is gone is
// removed at the next start; a live process's and foreign folders stay.
func TestOwnTempDirSweepsDeadRuns(t *testing.T) {
	base := t.TempDir()
	dead := filepath.Join(base, "orgdesigner-999999999-123")
	os.MkdirAll(filepath.Join(dead, "excelize-1"), 0o700)
	os.WriteFile(filepath.Join(dead, "excelize-1", "sheet1.xml"), []byte("x"), 0o600)
	old := time.Now().Add(-48 * time.Hour)
	os.Chtimes(dead, old, old)
	live := filepath.Join(base, fmt.Sprintf("orgdesigner-%d-456", os.Getppid()))
	os.Mkdir(live, 0o700)
	os.Chtimes(live, old, old)
	foreign := filepath.Join(base, "orgdesigner-notes")
	os.Mkdir(foreign, 0o700)
	dir, err := OwnTempDir(base, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(dead); !errors.Is(err, os.ErrNotExist) {
		t.Error("a dead run's folder was not swept")
	}
	for _, keep := range []string{live, foreign, dir} {
		if _, err := os.Stat(keep); err != nil {
			t.Errorf("%s was removed", keep)
		}
	}
	if fi, _ := os.Stat(dir); fi.Mode().Perm() != 0o700 || !strings.HasPrefix(filepath.Base(dir), fmt.Sprintf("orgdesigner-%d-", os.Getpid())) {
		t.Errorf("own folder %s mode %v", dir, fi.Mode().Perm())
	}
}

// TestUseOwnTempDir: after UseOwnTempDir every temporary file of the
// process — excelize's use os.CreateTemp("", "excelize-") — lands in the
// private folder, and the returned function removes it.
func TestUseOwnTempDir(t *testing.T) {
	base := t.TempDir()
	for _, v := range []string{"TMPDIR", "TMP", "TEMP"} {
		t.Setenv(v, base)
	}
	cleanup, err := UseOwnTempDir(time.Now())
	if err != nil {
		t.Fatal(err)
	}
	own := os.TempDir()
	if filepath.Dir(own) != base || !strings.HasPrefix(filepath.Base(own), "orgdesigner-") {
		t.Fatalf("temporary folder %s, want a private one in %s", own, base)
	}
	f, err := os.CreateTemp("", "excelize-")
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
	if filepath.Dir(f.Name()) != own {
		t.Fatalf("temporary file %s is outside %s", f.Name(), own)
	}
	cleanup()
	if left, _ := os.ReadDir(base); len(left) != 0 {
		t.Fatalf("left after exit: %v", left)
	}
}
