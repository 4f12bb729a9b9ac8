//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package data

import (
	"os"
	"time"
)

// lockTemp does nothing here: Windows keeps a file that is open from being
// removed, which protects a temporary file being written.
func lockTemp(*os.File) {}

// inUse: a temporary file changed within the last hour may be one another
// process is writing.
func inUse(path string) bool {
	fi, err := os.Stat(path)
	return err != nil || time.Since(fi.ModTime()) < time.Hour
}
