package app

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// tempPrefix names the private temporary folders: orgdesigner-PID-RANDOM.
const tempPrefix = "orgdesigner-"

// staleTemp is how old another run's temporary folder must be before it
// is swept (when its process cannot be seen to be still running).
const staleTemp = 24 * time.Hour

// UseOwnTempDir gives this process a private temporary folder under the
// system's one and makes it the process's temporary folder (TMPDIR, TMP
// and TEMP, which os.TempDir reads), so every temporary file — excelize's
// unpacked worksheets included — goes there. It first sweeps the folders
// earlier runs left behind (killed runs cannot clean up). The returned
// function removes the folder; call it on exit.
func UseOwnTempDir(now time.Time) (func(), error) {
	dir, err := OwnTempDir(os.TempDir(), now)
	if err != nil {
		return func() {}, err
	}
	for _, v := range []string{"TMPDIR", "TMP", "TEMP"} {
		os.Setenv(v, dir)
	}
	return func() { os.RemoveAll(dir) }, nil
}

// OwnTempDir sweeps base of stale private folders (SweepTempDirs) and
// makes a new one for this process.
func OwnTempDir(base string, now time.Time) (string, error) {
	SweepTempDirs(base, now)
	dir, err := os.MkdirTemp(base, tempPrefix+strconv.Itoa(os.Getpid())+"-*")
	if err != nil {
		return "", fmt.Errorf("temporary folder: %w", err)
	}
	return dir, nil
}

// SweepTempDirs removes the private temporary folders in base that earlier
// runs left: those whose process is gone where processes can be seen
// (Unix), else those last changed more than a day ago. It returns the
// removed folders.
func SweepTempDirs(base string, now time.Time) []string {
	entries, err := os.ReadDir(base)
	if err != nil {
		return nil
	}
	var removed []string
	for _, e := range entries {
		name := e.Name()
		if !e.IsDir() || !strings.HasPrefix(name, tempPrefix) {
			continue
		}
		pidText, _, ok := strings.Cut(strings.TrimPrefix(name, tempPrefix), "-")
		pid, err := strconv.Atoi(pidText)
		if !ok || err != nil {
			continue // not one of ours
		}
		if pid == os.Getpid() {
			continue
		}
		if canSeeProcesses {
			if processAlive(pid) {
				continue
			}
		} else if fi, err := e.Info(); err != nil || now.Sub(fi.ModTime()) < staleTemp {
			continue
		}
		path := filepath.Join(base, name)
		if os.RemoveAll(path) == nil {
			removed = append(removed, path)
		}
	}
	return removed
}
