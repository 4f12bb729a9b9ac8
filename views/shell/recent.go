package shell

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"

	"fyne.io/fyne/v2"
)

// keyRecent is the preference views.OpenFile records opened documents
// in, most recent first.
const keyRecent = "recentDocuments"

// RecentDocuments returns the recently opened documents, most recent
// first. Files that no longer exist are dropped from the list (and the
// list saved without them); files that exist but cannot be read right now
// stay, because a USB stick or a network share may come back.
func RecentDocuments(p fyne.Preferences) []string {
	list := p.StringList(keyRecent)
	kept := slices.DeleteFunc(slices.Clone(list), func(path string) bool {
		_, err := os.Stat(path)
		return errors.Is(err, fs.ErrNotExist)
	})
	if len(kept) != len(list) {
		p.SetStringList(keyRecent, kept)
	}
	return kept
}

// absPath cleans path and makes it absolute, so one file has one entry
// however it was named on the command line.
func absPath(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		return abs
	}
	return filepath.Clean(path)
}
