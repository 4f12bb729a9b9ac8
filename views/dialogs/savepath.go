package dialogs

import (
	"errors"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
	"orgdesigner/views/wrapped"
)

// pathField is where a file will be saved: the full path in an entry the
// user may edit and a Browse button to pick the folder.
type pathField struct {
	parent  fyne.Window
	ext     string // ".xlsx", ".pdf"
	entry   *widget.Entry
	browse  *widget.Button
	content fyne.CanvasObject
	auto    string // the path last suggested
	// document is the open document's file, never written over ("" when
	// the output is not made from a document).
	document string
}

func newPathField(parent fyne.Window, path, ext string) *pathField {
	f := &pathField{parent: parent, ext: ext, entry: widget.NewEntry(), auto: path}
	f.entry.SetText(path)
	f.browse = widget.NewButtonWithIcon(i18n.L("Browse…"), theme.FolderOpenIcon(), f.onBrowse)
	f.content = container.NewBorder(nil, nil, nil, f.browse, f.entry)
	return f
}

// suggest replaces the path with a new suggestion unless the user has
// typed or chosen another one.
func (f *pathField) suggest(path string) {
	if f.entry.Text == f.auto {
		f.entry.SetText(path)
	}
	f.auto = path
}

func (f *pathField) onBrowse() {
	cur := strings.TrimSpace(f.entry.Text)
	chooseFolder(f.parent, filepath.Dir(cur), func(dir string) {
		name := filepath.Base(cur)
		if cur == "" || name == "." || name == string(filepath.Separator) {
			name = filepath.Base(f.auto)
		}
		f.entry.SetText(filepath.Join(dir, name))
	})
}

// path returns the chosen file, with the extension added when missing, or
// a sentence saying what is wrong with it. An output never goes onto an
// OrgDesigner document: a name typed with .orgdb is refused, not turned
// into NAME.orgdb.xlsx behind the user's back.
func (f *pathField) path() (string, error) {
	p := strings.TrimSpace(f.entry.Text)
	if p == "" || strings.HasSuffix(p, string(filepath.Separator)) {
		return "", errors.New(i18n.L("Enter a file name."))
	}
	if !strings.EqualFold(filepath.Ext(p), f.ext) && !strings.EqualFold(filepath.Ext(p), data.Extension) {
		p += f.ext
	}
	if abs, err := filepath.Abs(p); err == nil {
		p = abs
	}
	if !isDir(filepath.Dir(p)) {
		return "", errors.New(i18n.L("The folder %s does not exist. Choose another with Browse…", filepath.Dir(p)))
	}
	if isDir(p) {
		return "", errors.New(i18n.L("%s is a folder. Enter a file name.", p))
	}
	if err := app.CheckOutput(p, f.document); err != nil {
		return "", errors.New(app.Describe(err))
	}
	return p, nil
}

// confirmReplace calls then at once for a new file, or after the user
// agrees to replace an existing one.
func confirmReplace(parent fyne.Window, path string, then func()) {
	if _, err := os.Stat(path); err != nil {
		then()
		return
	}
	d := wrapped.NewConfirm(i18n.L("Replace file?"),
		i18n.L("%s already exists in %s. Replace it?", filepath.Base(path), filepath.Dir(path)),
		func(ok bool) {
			if ok {
				then()
			}
		}, parent)
	d.SetConfirmText(i18n.L("Replace"))
	d.SetDismissText(i18n.L("Cancel"))
	d.Show()
}

// chooseSavePath asks where to save a file (suggested is the default),
// confirms replacing an existing file and calls then with the path; then
// is not called when the user cancels. Tests replace it.
var chooseSavePath = func(parent fyne.Window, title, suggested, ext string, then func(path string)) {
	f := newPathField(parent, suggested, ext)
	problem := wrapped.NewLabel("")
	problem.Importance = widget.DangerImportance
	problem.Hide()
	form := container.NewVBox(widget.NewLabel(i18n.L("Save as:")), f.content, problem)
	var d *dialog.CustomDialog
	save := widget.NewButtonWithIcon(i18n.L("Save"), theme.DocumentSaveIcon(), func() {
		p, err := f.path()
		if err != nil {
			problem.SetText(err.Error())
			problem.Show()
			return
		}
		confirmReplace(parent, p, func() {
			d.Hide()
			then(p)
		})
	})
	save.Importance = widget.HighImportance
	cancel := widget.NewButtonWithIcon(i18n.L("Cancel"), theme.CancelIcon(), func() { d.Hide() })
	d = dialog.NewCustomWithoutButtons(title, form, parent)
	d.SetButtons([]fyne.CanvasObject{cancel, save})
	d.Resize(fitSize(parent, fyne.NewSize(640, 0)))
	d.Show()
}
