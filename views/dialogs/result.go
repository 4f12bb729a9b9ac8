package dialogs

import (
	"context"
	"errors"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/i18n"
	"orgdesigner/views/wrapped"
)

// runInDialog runs work in the background under a modal progress dialog
// (with Cancel when cancellable) and then calls done on the UI goroutine;
// a cancelled run gives context.Canceled.
func runInDialog(parent fyne.Window, title, status string, cancellable bool,
	work func(ctx context.Context, progress func(done, total int)) error, done func(error)) *runner {
	r := &runner{}
	pv := newProgressView(r.stop)
	pv.start(status, cancellable)
	box := container.NewGridWrap(fyne.NewSize(30*theme.TextSize(), pv.content.MinSize().Height), pv.content)
	d := dialog.NewCustomWithoutButtons(title, box, parent)
	d.Show()
	prog := pv.reporter()
	runTask(r, func(ctx context.Context) (struct{}, error) {
		return struct{}{}, work(ctx, prog)
	}, func(_ struct{}, err error) {
		pv.stop()
		d.Hide()
		done(err)
	})
	return r
}

// showSaved tells the user a file was written and offers to open it or
// the folder it is in; notes (warnings, hints) are listed below.
func showSaved(parent fyne.Window, title, path string, notes ...string) {
	msg := wrapped.NewLabel(i18n.L("Saved %s in %s.", filepath.Base(path), filepath.Dir(path)))
	items := []fyne.CanvasObject{msg}
	for _, n := range notes {
		if n == "" {
			continue
		}
		l := wrapped.NewLabel(n)
		items = append(items, l)
	}
	var d *dialog.CustomDialog
	folder := widget.NewButtonWithIcon(i18n.L("Open folder"), theme.FolderOpenIcon(), func() {
		openPath(parent, filepath.Dir(path))
	})
	file := widget.NewButtonWithIcon(i18n.L("Open file"), theme.FileIcon(), func() {
		d.Hide()
		openPath(parent, path)
	})
	file.Importance = widget.HighImportance
	closeBtn := widget.NewButton(i18n.L("Close"), func() { d.Hide() })
	d = dialog.NewCustomWithoutButtons(title, container.NewVBox(items...), parent)
	d.SetButtons([]fyne.CanvasObject{closeBtn, folder, file})
	d.Resize(fitSize(parent, fyne.NewSize(36*theme.TextSize(), d.MinSize().Height)))
	d.Show()
}

// showFileError says why a file could not be written or read.
func showFileError(parent fyne.Window, err error) {
	wrapped.ShowError(errors.New(errorText(err)), parent)
}
