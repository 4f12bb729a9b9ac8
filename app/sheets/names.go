package sheets

import (
	"path/filepath"
	"strings"
)

// IsRosterName reports whether a file name has the extension of a file
// the import reads (or refuses with a sentence, as legacy .xls): what a
// file dropped on the window or given after a document must look like.
func IsRosterName(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".xlsx", ".xlsm", ".xltx", ".xltm", ".csv", ".txt", ".tsv", ".xls":
		return true
	}
	return false
}
