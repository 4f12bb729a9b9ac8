package dialogs

import (
	"context"
	"errors"
	"io"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/i18n"
	"orgdesigner/data"
	"orgdesigner/views/wrapped"
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

// submit is the Export/Print button of both dialogs: the roles of the
// chosen scope and the target path, or the problem shown under the form;
// then, once a replaced file is confirmed, the dialog closes and write
// runs.
func submit(parent fyne.Window, dlg dialog.Dialog, target *pathField, problem *wrapped.Label,
	roles func() ([]data.ID, error), write func(path string, roles []data.ID)) {
	ids, err := roles()
	if err == nil {
		var path string
		if path, err = target.path(); err == nil {
			problem.Hide()
			confirmReplace(parent, path, func() {
				dlg.Hide()
				write(path, ids)
			})
			return
		}
	}
	problem.SetText(err.Error())
	problem.Show()
}

// writeInBackground writes path atomically in the background with a
// cancellable progress dialog (Cancel leaves no file); on success, done
// gives the notes for the "saved" message, which offers to open the file
// when open is set.
func writeInBackground(parent fyne.Window, title, path string, open bool,
	write func(ctx context.Context, w io.Writer, progress func(int, int)) error, done func() []string) *runner {
	return runInDialog(parent, title, i18n.L("Writing %s…", filepath.Base(path)), true,
		func(ctx context.Context, progress func(int, int)) error {
			return writeAtomic(ctx, path, func(w io.Writer) error { return write(ctx, w, progress) })
		}, func(err error) {
			switch {
			case errors.Is(err, context.Canceled):
				return
			case err != nil:
				showFileError(parent, err)
				return
			}
			showSaved(parent, title, path, done()...)
			if open {
				openPath(parent, path)
			}
		})
}
