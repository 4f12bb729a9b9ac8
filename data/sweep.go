package data

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"
)

// Temporary files the store writes next to a document: Create builds a new
// document in ".orgdb-new-*" and CopyTo a copy in ".orgdb-copy-*", then
// renames them into place. A process killed meanwhile leaves them behind;
// SweepTemporary removes them the next time a document in that folder is
// created or opened for editing.
const (
	tempNewPrefix  = ".orgdb-new-"
	tempCopyPrefix = ".orgdb-copy-"
)

// outputTemp matches the temporary files of atomically written outputs
// (".NAME.xlsx.123456.tmp", os.CreateTemp's pattern "."+base+".*.tmp").
var outputTemp = regexp.MustCompile(`^\..+\.(xlsx|pdf|csv|png|svg|docx)\.\d+\.tmp$`)

// staleOutput is how old an output's temporary file must be before it is
// taken for litter: nothing else marks it as in use, and no export or
// report takes an hour.
const staleOutput = time.Hour

// SweepTemporary removes the temporary files that killed OrgDesigner runs
// left in dir: a document's temporary file once no process holds it, an
// output's once it is an hour old. It returns the removed paths.
func SweepTemporary(dir string) []string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	var removed []string
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasPrefix(name, ".") {
			continue
		}
		path := filepath.Join(dir, name)
		switch {
		case strings.HasPrefix(name, tempNewPrefix), strings.HasPrefix(name, tempCopyPrefix):
			if inUse(path) {
				continue
			}
		case outputTemp.MatchString(name):
			fi, err := e.Info()
			if err != nil || time.Since(fi.ModTime()) < staleOutput {
				continue
			}
		default:
			continue
		}
		if os.Remove(path) == nil {
			removed = append(removed, path)
		}
	}
	return removed
}
