package app

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
)

// DocumentsFolder is the user's documents folder: XDG_DOCUMENTS_DIR on
// Linux desktops (often 文档 on a Chinese system), else ~/Documents, else
// the home folder.
func DocumentsFolder() string {
	home, err := os.UserHomeDir()
	if err != nil {
		return ""
	}
	if dir := xdgDocuments(home); isDir(dir) {
		return dir
	}
	for _, name := range []string{"Documents", "文档"} {
		if dir := filepath.Join(home, name); isDir(dir) {
			return dir
		}
	}
	return home
}

// xdgDocuments reads XDG_DOCUMENTS_DIR from user-dirs.dirs, or "".
func xdgDocuments(home string) string {
	conf := os.Getenv("XDG_CONFIG_HOME")
	if conf == "" {
		conf = filepath.Join(home, ".config")
	}
	f, err := os.Open(filepath.Join(conf, "user-dirs.dirs"))
	if err != nil {
		return ""
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		v, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), "XDG_DOCUMENTS_DIR=")
		if !ok {
			continue
		}
		v = strings.Trim(v, `"`)
		v = strings.Replace(v, "$HOME", home, 1)
		if filepath.Clean(v) == filepath.Clean(home) {
			return "" // "no documents folder" in XDG terms
		}
		return v
	}
	return ""
}

// SaveFolder is where a save dialog starts for a file made from the
// document at docPath (a copy, a workbook, a PDF, a picture): the
// document's own folder, unless that is inside the configuration folder
// (the default document lives there, hidden from the user) or gone; then
// the user's documents folder.
func SaveFolder(docPath string) string {
	if docPath != "" {
		dir := filepath.Dir(docPath)
		if abs, err := filepath.Abs(dir); err == nil {
			dir = abs
		}
		if isDir(dir) && !inConfigFolder(dir) {
			return dir
		}
	}
	return DocumentsFolder()
}

// inConfigFolder reports whether dir is in the user's configuration folder.
func inConfigFolder(dir string) bool {
	conf, err := os.UserConfigDir()
	if err != nil || conf == "" {
		return false
	}
	rel, err := filepath.Rel(conf, dir)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

func isDir(dir string) bool {
	if dir == "" {
		return false
	}
	fi, err := os.Stat(dir)
	return err == nil && fi.IsDir()
}
