package app

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"orgdesigner/data"
)

// DefaultBackupCount is how many daily backups are kept when the user has
// not chosen a number.
const DefaultBackupCount = 10

// DefaultDocumentPath is the document opened when the app starts without
// a file: <user config dir>/OrgDesigner/default.orgdb.
func DefaultDocumentPath() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "OrgDesigner", "default"+data.Extension), nil
}

// BackupDir is the folder next to a document that holds its backups:
// team.orgdb → team.backups/.
func BackupDir(docPath string) string {
	return strings.TrimSuffix(docPath, filepath.Ext(docPath)) + ".backups"
}

// Backup is one backup copy of a document.
type Backup struct {
	Path string
	Time time.Time // the day it was taken (daily) or the moment (before restore)
}

const backupDay = "20060102"

// DailyBackup makes today's backup of the open document unless it exists,
// then removes all but the newest keep daily backups. It returns the path
// of today's backup. Backups are consistent copies taken while the
// document stays open (a read transaction).
func DailyBackup(st *data.Store, keep int, now time.Time) (string, error) {
	if keep <= 0 {
		return "", nil
	}
	dir := BackupDir(st.Path())
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("backup: %w", err)
	}
	base := strings.TrimSuffix(filepath.Base(st.Path()), filepath.Ext(st.Path()))
	path := filepath.Join(dir, base+"-"+now.Format(backupDay)+data.Extension)
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		if err := st.CopyTo(path); err != nil {
			return "", fmt.Errorf("backup: %w", err)
		}
	}
	list, err := ListBackups(st.Path())
	if err != nil {
		return path, err
	}
	daily := 0
	for _, b := range list { // newest first
		if !strings.Contains(filepath.Base(b.Path), "-before-restore-") {
			daily++
			if daily > keep {
				os.Remove(b.Path)
			}
		}
	}
	return path, nil
}

// ListBackups returns the backups of a document, newest first.
func ListBackups(docPath string) ([]Backup, error) {
	dir := BackupDir(docPath)
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	base := strings.TrimSuffix(filepath.Base(docPath), filepath.Ext(docPath))
	var out []Backup
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasPrefix(name, base+"-") || filepath.Ext(name) != data.Extension {
			continue
		}
		stamp := strings.TrimSuffix(strings.TrimPrefix(name, base+"-"), data.Extension)
		var t time.Time
		if s, ok := strings.CutPrefix(stamp, "before-restore-"); ok {
			t, err = time.ParseInLocation("20060102-150405", s, time.Local)
		} else {
			t, err = time.ParseInLocation(backupDay, stamp, time.Local)
		}
		if err != nil {
			continue
		}
		out = append(out, Backup{Path: filepath.Join(dir, name), Time: t})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Time.After(out[j].Time) })
	return out, nil
}

// KeepBeforeRestore is how many "before-restore" copies a document keeps.
const KeepBeforeRestore = 5

// Restore replaces the document at docPath (which must be closed) with a
// backup. The backup is checked to open first (read-only: an old backup
// is not upgraded on disk); a symbolic link at docPath is followed, so the
// real file is replaced; the current file is kept as a "before-restore"
// backup (the newest KeepBeforeRestore are kept), or, when it is damaged,
// copied aside as NAME.damaged-DATE.orgdb next to it; the replacement is
// a rename, so the document is never half-written, and it keeps the
// document's permissions.
func Restore(backupPath, docPath string, now time.Time) error {
	if real, err := filepath.EvalSymlinks(docPath); err == nil {
		docPath = real
	}
	st, err := data.OpenReadOnly(backupPath)
	if err != nil {
		return fmt.Errorf("restore from %s: %w", filepath.Base(backupPath), err)
	}
	defer st.Close()
	if _, err := os.Stat(docPath); err == nil {
		cur, err := data.OpenReadOnly(docPath)
		switch {
		case err == nil:
			base := strings.TrimSuffix(filepath.Base(docPath), filepath.Ext(docPath))
			keep := filepath.Join(BackupDir(docPath), base+"-before-restore-"+now.Format("20060102-150405")+data.Extension)
			err = os.MkdirAll(BackupDir(docPath), 0o755)
			if err == nil {
				err = cur.CopyTo(keep)
			}
			cur.Close()
			if err != nil {
				return fmt.Errorf("restore: keep current document: %w", err)
			}
			pruneBeforeRestore(docPath)
		case errors.Is(err, data.ErrDamaged), errors.Is(err, data.ErrForeign), errors.Is(err, data.ErrNewerSchema):
			if err := copyFile(docPath, DamagedPath(docPath, now)); err != nil {
				return fmt.Errorf("restore: keep the damaged document: %w", err)
			}
		default: // locked by another window, no permission …
			return fmt.Errorf("restore: %w", err)
		}
	}
	if err := st.CopyTo(docPath); err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	return nil
}

// DamagedPath is where Restore keeps a damaged document before replacing
// it: team.orgdb → team.damaged-20261204-113000.orgdb, next to it.
func DamagedPath(docPath string, now time.Time) string {
	return strings.TrimSuffix(docPath, filepath.Ext(docPath)) + ".damaged-" + now.Format("20060102-150405") + data.Extension
}

// pruneBeforeRestore removes all but the newest KeepBeforeRestore
// "before-restore" copies of a document.
func pruneBeforeRestore(docPath string) {
	list, err := ListBackups(docPath)
	if err != nil {
		return
	}
	n := 0
	for _, b := range list { // newest first
		if strings.Contains(filepath.Base(b.Path), "-before-restore-") {
			n++
			if n > KeepBeforeRestore {
				os.Remove(b.Path)
			}
		}
	}
}

// copyFile copies src to a new file dst with src's permissions, through a
// temporary file, so dst is complete or absent.
func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	fi, err := in.Stat()
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(dst), ".orgdb-copy-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	_, err = io.Copy(tmp, in)
	if err == nil {
		err = tmp.Chmod(fi.Mode().Perm())
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	return os.Rename(tmp.Name(), dst)
}
