package app

import (
	"errors"
	"path/filepath"
	"testing"
	"time"

	"orgdesigner/data"
)

func TestDailyBackupsRollAndRestore(t *testing.T) {
	// given a document
	path := filepath.Join(t.TempDir(), "team.orgdb")
	st, err := data.Create(path, fixture())
	if err != nil {
		t.Fatal(err)
	}
	day := time.Date(2026, 11, 1, 9, 0, 0, 0, time.Local)
	// when backed up on 14 days with keep = 10
	for i := 0; i < 14; i++ {
		if _, err := DailyBackup(st, 10, day.AddDate(0, 0, i)); err != nil {
			t.Fatal(err)
		}
		// a second backup on the same day does nothing
		if _, err := DailyBackup(st, 10, day.AddDate(0, 0, i).Add(time.Hour)); err != nil {
			t.Fatal(err)
		}
	}
	// then the newest 10 are kept, newest first
	list, err := ListBackups(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 10 || list[0].Time.Format(backupDay) != day.AddDate(0, 0, 13).Format(backupDay) || list[9].Time.Format(backupDay) != day.AddDate(0, 0, 4).Format(backupDay) {
		t.Fatalf("backups %+v", list)
	}
	// when the document changes and is restored from the oldest backup
	sess := NewSession(st)
	if err := sess.Do(RenameRole("r-gm", "CEO")); err != nil {
		t.Fatal(err)
	}
	if err := Restore(list[9].Path, path, day.AddDate(0, 0, 20)); !errors.Is(err, data.ErrLocked) {
		t.Fatalf("restore over an open document: %v", err)
	}
	st.Close()
	if err := Restore(list[9].Path, path, day.AddDate(0, 0, 20)); err != nil {
		t.Fatal(err)
	}
	// then the document is the backup, and the replaced version is kept
	st2, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st2.Close()
	if st2.Doc().Role("r-gm").Title != "总经理" {
		t.Fatal("not restored")
	}
	list, _ = ListBackups(path)
	if len(list) != 11 {
		t.Fatalf("want the before-restore copy kept, got %d backups", len(list))
	}
	kept, err := data.Open(list[0].Path)
	if err != nil {
		t.Fatal(err)
	}
	defer kept.Close()
	if kept.Doc().Role("r-gm").Title != "CEO" {
		t.Fatal("before-restore copy is not the replaced document")
	}
}

func TestRestoreRefusesDamagedBackup(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "team.orgdb")
	st, err := data.Create(path, fixture())
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	bad := filepath.Join(dir, "bad.orgdb")
	if err := Restore(bad, path, time.Now()); err == nil {
		t.Fatal("restored from a missing backup")
	}
	st2, err := data.Open(path)
	if err != nil {
		t.Fatal("document harmed by a failed restore")
	}
	st2.Close()
}
