package dialogs

import (
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// The Print / Export PDF dialog and the Word dialog choose the same
// things: which roles (from what the main window has selected), a
// department, paper and orientation. These are their shared parts.

// splitSelection sorts the main window's selection into the selected roles
// and the first selected department ("" when none).
func splitSelection(doc *data.Document, selected []data.ID) (roles []data.ID, dept data.ID) {
	for _, id := range selected {
		switch {
		case doc.Role(id) != nil:
			roles = append(roles, id)
		case doc.Department(id) != nil && dept == "":
			dept = id
		}
	}
	return roles, dept
}

// newDepartmentSelect lists every department by its path, preselects
// selected, and calls changed when the choice changes; ids maps each
// label back to its department.
func newDepartmentSelect(doc *data.Document, selected data.ID, changed func()) (sel *widget.Select, ids map[string]data.ID) {
	labels := departmentLabels(doc)
	ids = map[string]data.ID{}
	var opts []string
	for _, id := range labels.order {
		opts = append(opts, labels.label[id])
		ids[labels.label[id]] = id
	}
	sel = widget.NewSelect(opts, func(string) { changed() })
	sel.PlaceHolder = i18n.L("Choose a department")
	if l, ok := labels.label[selected]; ok {
		sel.SetSelected(l)
	}
	return sel, ids
}

// newOrientation is the Portrait / Landscape choice, portrait chosen.
func newOrientation() *widget.RadioGroup {
	r := widget.NewRadioGroup([]string{i18n.L("Portrait"), i18n.L("Landscape")}, nil)
	r.Horizontal = true
	r.Required = true
	r.SetSelected(i18n.L("Portrait"))
	return r
}

// landscape reports whether an orientation choice is Landscape.
func landscape(r *widget.RadioGroup) bool { return r.Selected == i18n.L("Landscape") }

// scopeIndex is the position of scope s among a dialog's radio options
// (0 when it is not offered).
func scopeIndex[S comparable](scopes []S, s S) int {
	for i, x := range scopes {
		if x == s {
			return i
		}
	}
	return 0
}

// chosenScope is the scope of the chosen radio option, or def.
func chosenScope[S any](options []string, scopes []S, chosen string, def S) S {
	for i, o := range options {
		if o == chosen {
			return scopes[i]
		}
	}
	return def
}
