package app

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// Describe turns an error from the store or a command into a sentence the
// user can act on, in the current UI language.
func Describe(err error) string {
	if err == nil {
		return ""
	}
	var ve *data.ValidationError
	var oe *OutputError
	switch {
	case errors.As(err, &ve):
		return describeValidation(ve)
	case errors.As(err, &oe):
		return describeOutput(oe)
	case errors.Is(err, data.ErrFolder):
		return i18n.L("This is a folder, not an OrgDesigner document. Choose a .orgdb file.")
	case errors.Is(err, data.ErrReadOnly):
		return i18n.L("This document is read-only: you can view, check, print and export it, but not change it. To edit it, save a copy (File → Save As).")
	case errors.Is(err, data.ErrLocked):
		return i18n.L("This document is in use by another OrgDesigner window or command (such as an import). Close it there or wait for the command to finish, then try again.")
	case errors.Is(err, data.ErrNewerSchema):
		return i18n.L("This document was made by a newer version of OrgDesigner. Update OrgDesigner to open it.")
	case errors.Is(err, data.ErrForeign):
		return i18n.L("This file belongs to another program; it is not an OrgDesigner document.")
	case errors.Is(err, data.ErrDamaged):
		return i18n.L("This file is damaged or is not an OrgDesigner document. Open one of its daily backups instead: they are in the .backups folder next to it (File → Restore from backup).")
	case errors.Is(err, data.ErrExists):
		return i18n.L("A file with that name already exists. Choose another name.")
	case errors.Is(err, syscall.ENOSPC) || strings.Contains(err.Error(), syscall.ENOSPC.Error()):
		// (bbolt's copy wraps the write error as text, so the chain is lost)
		return i18n.L("The disk is full: nothing was saved. Free some space and try again.")
	case errors.Is(err, syscall.EROFS):
		return i18n.L("The disk or folder is read-only: nothing can be saved there.")
	case errors.Is(err, os.ErrNotExist):
		return i18n.L("The file does not exist or was moved.")
	case errors.Is(err, os.ErrPermission):
		return i18n.L("You do not have permission to use this file.")
	case errors.Is(err, data.ErrNotFound):
		return i18n.L("The item no longer exists.")
	}
	return err.Error()
}

func describeOutput(e *OutputError) string {
	switch e.Problem {
	case OutputIsDocument:
		return i18n.L("%s is the open document: an export, report or copy never replaces it. Choose another file name.", e.Path)
	case OutputIsOrgDocument:
		return i18n.L("%s is an OrgDesigner document (.orgdb): an export or report never replaces a document. Choose another file name.", e.Path)
	case OutputIsFolder:
		return i18n.L("%s is a folder. Give a file name for the output.", e.Path)
	}
	return i18n.L("The folder %s does not exist.", filepath.Dir(e.Path))
}

// DescribeFile is Describe with the file name in front. A missing file
// whose folder is missing too is described by its folder.
func DescribeFile(path string, err error) string {
	return filepath.Base(path) + ": " + describePath(path, err)
}

// DescribePath is Describe with the whole path in front (command line
// messages name the file as the user typed it).
func DescribePath(path string, err error) string {
	return path + ": " + describePath(path, err)
}

func describePath(path string, err error) string {
	var oe *OutputError
	if errors.Is(err, os.ErrNotExist) && !errors.As(err, &oe) {
		if dir := filepath.Dir(path); dir != "" {
			if _, serr := os.Stat(dir); errors.Is(serr, os.ErrNotExist) {
				return i18n.L("The folder %s does not exist.", dir)
			}
		}
	}
	return Describe(err)
}

var validationText = map[string]string{
	"empty-title":        "A role needs a title.",
	"empty-name":         "A name cannot be empty.",
	"missing-parent":     "The parent department does not exist.",
	"parent-cycle":       "A department cannot be moved inside itself or its own sub-department.",
	"missing-head":       "The head role does not exist.",
	"bad-color":          "The colour must look like #RRGGBB.",
	"missing-department": "The department does not exist.",
	"missing-reports-to": "The manager role does not exist.",
	"reports-to-cycle":   "That would make a reporting cycle: a role cannot report to itself or to someone who reports to it.",
	"missing-dotted":     "A dotted-line manager does not exist.",
	"self-dotted":        "A role cannot have a dotted line to itself.",
	"negative-planned":   "Planned headcount cannot be negative.",
	"bad-weight":         "A weight must be between 0 and 100.",
	"empty-text":         "A responsibility or KPI needs some text.",
	"missing-role":       "The role does not exist.",
	"bad-status":         "The status must be active, probation or left.",
	"missing-manager":    "The manager does not exist.",
	"manager-cycle":      "That would make a management cycle.",
	"duplicate-number":   "Another person already has this employee number.",
	"missing-owner":      "The project owner does not exist.",
	"missing-member":     "A project member does not exist.",
	"bad-mode":           "Unknown organisation mode.",
	"bad-stage":          "Unknown business stage.",
	"duplicate-id":       "Two items have the same id.",
	"empty-id":           "An item has no id.",
}

func describeValidation(ve *data.ValidationError) string {
	text, ok := validationText[ve.Code]
	if !ok {
		return ve.Error()
	}
	msg := i18n.L(text)
	if ve.Name != "" {
		msg = i18n.L("%s: %s", ve.Name, msg)
	}
	return msg
}
