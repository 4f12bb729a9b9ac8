package dialogs

import (
	"context"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
	"orgdesigner/views/wrapped"
)

// prefLastFolder remembers the folder a file was last chosen from.
const prefLastFolder = "dialogs.lastFolder"

// chooseFile asks the user for a file to read (filtered to exts, e.g.
// ".xlsx") and calls then with its path; then is not called when the user
// cancels. Tests replace it so no Fyne file dialog has to be driven.
var chooseFile = func(parent fyne.Window, exts []string, then func(path string)) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			wrapped.ShowError(err, parent)
			return
		}
		if r == nil {
			return
		}
		path := r.URI().Path()
		_ = r.Close() // only the path is wanted; sheets.Open reads the file itself
		rememberFolder(filepath.Dir(path))
		then(path)
	}, parent)
	d.SetFilter(storage.NewExtensionFileFilter(exts))
	startIn(d, lastFolder(""))
	showFileDialog(d, parent)
}

// chooseFolder asks the user for a folder and calls then with its path.
// Saving goes through a folder and a name rather than Fyne's save dialog
// because that dialog truncates an existing file as soon as it is chosen;
// here the old file stays whole until the new one is complete.
var chooseFolder = func(parent fyne.Window, start string, then func(dir string)) {
	d := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
		if err != nil {
			wrapped.ShowError(err, parent)
			return
		}
		if u == nil {
			return
		}
		rememberFolder(u.Path())
		then(u.Path())
	}, parent)
	startIn(d, start)
	showFileDialog(d, parent)
}

// openURL opens a file or folder with the system's default program.
// Tests replace it to see what would be opened.
var openURL = func(u *url.URL) error { return fyne.CurrentApp().OpenURL(u) }

// openPath opens path (a file or a folder) with the system's default
// program. When the system has no program for it (no opener installed),
// it says where the file is, with a button that copies the path — never
// the system's raw error.
func openPath(parent fyne.Window, path string) {
	if err := openURL(fileURL(path)); err != nil {
		fyne.LogError("open "+path, err)
		showNotOpened(parent, path)
	}
}

// showNotOpened says that path could not be opened and where it is, with
// Copy path.
func showNotOpened(parent fyne.Window, path string) {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	var text string
	if isDir(abs) {
		text = i18n.L("The system has no program to show the folder %s. Open it in your file manager; Copy path puts its path on the clipboard.", abs)
	} else {
		text = i18n.L("The system has no program to open %s. It is saved in %s; Copy path puts its full path on the clipboard.", filepath.Base(abs), filepath.Dir(abs))
	}
	msg := wrapped.NewLabel(text)
	where := widget.NewEntry()
	where.SetText(abs)
	var d *dialog.CustomDialog
	copyPath := widget.NewButtonWithIcon(i18n.L("Copy path"), theme.ContentCopyIcon(), func() {
		if a := fyne.CurrentApp(); a != nil {
			a.Clipboard().SetContent(abs)
		}
		d.Hide()
	})
	copyPath.Importance = widget.HighImportance
	closeBtn := widget.NewButton(i18n.L("Close"), func() { d.Hide() })
	d = dialog.NewCustomWithoutButtons(i18n.L("Could not open the file"), container.NewVBox(msg, where), parent)
	d.SetButtons([]fyne.CanvasObject{closeBtn, copyPath})
	d.Resize(fitSize(parent, fyne.NewSize(40*theme.TextSize(), d.MinSize().Height)))
	d.Show()
}

// fileURL is the file:// URL of a local path, with the path escaped so
// spaces and Chinese names survive.
func fileURL(path string) *url.URL {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	p := filepath.ToSlash(abs)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // Windows: /C:/Users/…
	}
	return &url.URL{Scheme: "file", Path: p}
}

func startIn(d *dialog.FileDialog, dir string) {
	if dir == "" {
		return
	}
	if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
		d.SetLocation(l)
	}
}

// showFileDialog shows d, sized to fit parent. Fyne 2.8's FileDialog
// dereferences its window in Resize until Show has built it, so resizing
// first crashes the app: show, then resize.
func showFileDialog(d *dialog.FileDialog, parent fyne.Window) {
	d.Show()
	d.Resize(fileDialogSize(parent))
}

// fileDialogSize is large: Fyne's default file dialog is too small to
// read long Chinese file names.
func fileDialogSize(parent fyne.Window) fyne.Size {
	return fitSize(parent, fyne.NewSize(900, 620))
}

// fitSize is want, shrunk to fit inside the parent window.
func fitSize(parent fyne.Window, want fyne.Size) fyne.Size {
	if parent == nil || parent.Canvas() == nil {
		return want
	}
	have := parent.Canvas().Size()
	if have.Width <= 0 || have.Height <= 0 {
		return want
	}
	return fyne.NewSize(min(want.Width, have.Width*0.96), min(want.Height, have.Height*0.96))
}

func rememberFolder(dir string) {
	if a := fyne.CurrentApp(); a != nil && dir != "" {
		a.Preferences().SetString(prefLastFolder, dir)
	}
}

// lastFolder is the folder a file was last chosen from, else fallback,
// else the user's documents folder.
func lastFolder(fallback string) string {
	if a := fyne.CurrentApp(); a != nil {
		if dir := a.Preferences().String(prefLastFolder); isDir(dir) {
			return dir
		}
	}
	if isDir(fallback) {
		return fallback
	}
	return app.DocumentsFolder()
}

// saveFolder is where a file made from the document goes by default: the
// document's own folder, or the user's documents folder when the document
// lives in the configuration folder (the default document).
func saveFolder(sess Session) string { return app.SaveFolder(sess.Path()) }

func isDir(dir string) bool {
	if dir == "" {
		return false
	}
	st, err := os.Stat(dir)
	return err == nil && st.IsDir()
}

// safeFileName turns a document or role name into a file name: characters
// Windows and macOS refuse become "_".
func safeFileName(name string) string {
	name = strings.Map(func(r rune) rune {
		if r < 0x20 || strings.ContainsRune(`<>:"/\|?*`, r) {
			return '_'
		}
		return r
	}, strings.TrimSpace(name))
	name = strings.Trim(name, ". ")
	if name == "" {
		return "OrgDesigner"
	}
	return name
}

// writeAtomic writes path through a temporary file in the same folder and
// renames it into place only when write succeeded, so path is always
// either the old file or the complete new one. A cancelled ctx stops the
// writing (through the writer) and removes the temporary file.
func writeAtomic(ctx context.Context, path string, write func(w io.Writer) error) (err error) {
	data.SweepTemporary(filepath.Dir(path)) // what a killed export left there
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	name := tmp.Name()
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(name)
		}
	}()
	if err = write(&ctxWriter{ctx: ctx, w: tmp}); err != nil {
		return err
	}
	if err = ctx.Err(); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	// CreateTemp makes the file private; a saved document is an ordinary file.
	_ = os.Chmod(name, 0o644)
	if err = os.Rename(name, path); err != nil {
		return fmt.Errorf("save %s: %w", filepath.Base(path), err)
	}
	return nil
}

// ctxWriter fails every write once ctx is cancelled, which stops a
// library that writes a whole file in one call (excelize, fpdf).
type ctxWriter struct {
	ctx context.Context
	w   io.Writer
}

func (c *ctxWriter) Write(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.w.Write(p)
}
