package app

import (
	"errors"
	"os"
	"path/filepath"
	"strings"

	"orgdesigner/data"
)

// OutputProblem is why a path cannot take an output file (a workbook, a
// PDF, a picture, an annotated copy or a Save As copy).
type OutputProblem int

// The problems CheckOutput finds.
const (
	// OutputIsDocument: the path is the open document itself.
	OutputIsDocument OutputProblem = iota + 1
	// OutputIsOrgDocument: the path is an OrgDesigner document (.orgdb).
	OutputIsOrgDocument
	// OutputIsFolder: the path is a folder.
	OutputIsFolder
	// OutputNoFolder: the folder the file would go in does not exist.
	OutputNoFolder
)

// OutputError is CheckOutput's refusal; Describe turns it into a sentence
// naming the path.
type OutputError struct {
	Path    string
	Problem OutputProblem
}

func (e *OutputError) Error() string {
	switch e.Problem {
	case OutputIsDocument:
		return e.Path + ": the output would replace the open document"
	case OutputIsOrgDocument:
		return e.Path + ": the output would replace an OrgDesigner document"
	case OutputIsFolder:
		return e.Path + ": is a folder"
	}
	return filepath.Dir(e.Path) + ": the folder does not exist"
}

// CheckOutput refuses a path that an export, report, annotated copy or
// picture must never be written to: one of the documents docs (the open
// document, compared as files, so links and other spellings of the path
// count), any OrgDesigner document (.orgdb), a folder, or a file in a
// folder that does not exist. It returns nil or an *OutputError.
func CheckOutput(path string, docs ...string) error {
	if err := CheckNotDocument(path, docs...); err != nil {
		return err
	}
	if strings.EqualFold(filepath.Ext(path), data.Extension) {
		return &OutputError{Path: path, Problem: OutputIsOrgDocument}
	}
	return nil
}

// CheckNotDocument is CheckOutput for a Save As copy, which is itself a
// document: it refuses only the documents docs, a folder and a missing
// folder.
func CheckNotDocument(path string, docs ...string) error {
	fi, err := os.Stat(path)
	for _, doc := range docs {
		if doc == "" {
			continue
		}
		if sameFile(path, doc, fi) {
			return &OutputError{Path: path, Problem: OutputIsDocument}
		}
	}
	if err == nil && fi.IsDir() {
		return &OutputError{Path: path, Problem: OutputIsFolder}
	}
	if dir, err := os.Stat(filepath.Dir(path)); err != nil || !dir.IsDir() {
		if err == nil || errors.Is(err, os.ErrNotExist) {
			return &OutputError{Path: path, Problem: OutputNoFolder}
		}
	}
	return nil
}

// sameFile reports whether path (fi its Stat, may be nil) is doc.
func sameFile(path, doc string, fi os.FileInfo) bool {
	a, errA := filepath.Abs(path)
	b, errB := filepath.Abs(doc)
	if errA == nil && errB == nil && a == b {
		return true
	}
	if fi == nil {
		return false
	}
	di, err := os.Stat(doc)
	return err == nil && os.SameFile(fi, di)
}
