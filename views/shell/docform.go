package shell

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app"
	"orgdesigner/app/i18n"
	"orgdesigner/app/templates"
	"orgdesigner/data"
	"orgdesigner/views/wrapped"
)

// docForm asks for a new document's template, the language of its
// content, its file name and its folder. It is our
// own form rather than Fyne's save dialog because that dialog truncates an
// existing file before we see it: here an existing file is refused, never
// overwritten, so a document open elsewhere cannot be destroyed.
type docForm struct {
	parent fyne.Window
	dlg    *dialog.CustomDialog

	template *widget.Select
	ids      []string // template ids, in the order of template.Options
	lang     *widget.Select
	name     *widget.Entry
	folder   *widget.Entry
	problem  *wrapped.Label

	// done receives the chosen path, template id and content language; it
	// returns an error to show in the form, or nil to close it.
	done func(path, templateID, lang string) error
}

// contentLanguages are the languages a document's content can be in,
// named in their own language.
var contentLanguages = []struct{ code, name string }{
	{i18n.Chinese, "中文"},
	{i18n.English, "English"},
}

// newDocForm builds the New document form with templateID preselected.
func newDocForm(parent fyne.Window, folder, templateID string, done func(path, templateID, lang string) error) *docForm {
	f := &docForm{parent: parent, done: done}
	list := templates.List(i18n.Language())
	var names []string
	for _, t := range list {
		f.ids = append(f.ids, t.ID)
		names = append(names, t.Name)
	}
	f.template = widget.NewSelect(names, nil)
	f.template.SetSelectedIndex(max(0, indexOf(f.ids, templateID)))
	var langs []string
	for _, l := range contentLanguages {
		langs = append(langs, l.name)
	}
	f.lang = widget.NewSelect(langs, nil)
	f.lang.SetSelectedIndex(max(0, indexOfLang(i18n.Language())))
	f.build(i18n.L("New document"), i18n.L("Create"), folder, i18n.L("Organisation chart"),
		widget.NewFormItem(i18n.L("Template"), f.template),
		widget.NewFormItem(i18n.L("Content language"), f.lang))
	return f
}

func (f *docForm) build(title, confirm, folder, baseName string, extra ...*widget.FormItem) {
	f.folder = widget.NewEntry()
	f.folder.SetText(folder)
	f.name = widget.NewEntry()
	f.name.SetText(uniqueName(folder, baseName))
	f.problem = wrapped.NewLabel("")
	f.problem.Importance = widget.DangerImportance
	f.problem.Hide()

	choose := widget.NewButton(i18n.L("Choose…"), f.onChooseFolder)
	items := append(extra,
		widget.NewFormItem(i18n.L("File name"), f.name),
		widget.NewFormItem(i18n.L("Folder"), container.NewBorder(nil, nil, nil, choose, f.folder)),
	)
	form := widget.NewForm(items...)
	ok := widget.NewButton(confirm, f.onConfirm)
	ok.Importance = widget.HighImportance
	cancel := widget.NewButton(i18n.L("Cancel"), func() { f.dlg.Hide() })
	f.name.OnSubmitted = func(string) { f.onConfirm() }
	content := container.NewVBox(form, f.problem)
	f.dlg = dialog.NewCustomWithoutButtons(title, content, f.parent)
	f.dlg.SetButtons([]fyne.CanvasObject{cancel, ok})
	f.dlg.Resize(fyne.NewSize(640, f.dlg.MinSize().Height))
}

func (f *docForm) show() {
	f.dlg.Show()
	f.parent.Canvas().Focus(f.name)
}

// path is the file the form names, with the extension added.
func (f *docForm) path() (string, error) {
	name := strings.TrimSpace(f.name.Text)
	folder := strings.TrimSpace(f.folder.Text)
	switch {
	case name == "":
		return "", errors.New(i18n.L("Enter a file name."))
	case strings.ContainsAny(name, `/\`):
		return "", errors.New(i18n.L("A file name cannot contain / or \\."))
	}
	if fi, err := os.Stat(folder); err != nil || !fi.IsDir() {
		return "", errors.New(i18n.L("The folder %s does not exist.", folder))
	}
	if !strings.EqualFold(filepath.Ext(name), data.Extension) {
		name += data.Extension
	}
	return filepath.Join(folder, name), nil
}

func (f *docForm) onConfirm() {
	path, err := f.path()
	if err == nil {
		tmpl := f.ids[max(0, f.template.SelectedIndex())]
		lang := contentLanguages[max(0, f.lang.SelectedIndex())].code
		err = f.done(path, tmpl, lang)
		if err != nil {
			err = errors.New(app.DescribeFile(path, err))
		}
	}
	if err != nil {
		f.problem.SetText(err.Error())
		f.problem.Show()
		return
	}
	f.dlg.Hide()
}

func (f *docForm) onChooseFolder() {
	d := dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
		if err == nil && dir != nil {
			f.folder.SetText(dir.Path())
		}
	}, f.parent)
	if u, err := storage.ListerForURI(storage.NewFileURI(f.folder.Text)); err == nil {
		d.SetLocation(u)
	}
	d.Show()
	resizeDialog(d, f.parent) // after Show: Fyne 2.8.1 panics resizing a file dialog not yet shown
}

// uniqueName returns base, or "base 2", "base 3" … so that no document of
// that name exists in folder yet.
func uniqueName(folder, base string) string {
	name := base
	for i := 2; i < 1000; i++ {
		if _, err := os.Stat(filepath.Join(folder, name+data.Extension)); errors.Is(err, fs.ErrNotExist) {
			return name
		}
		name = fmt.Sprintf("%s %d", base, i)
	}
	return name
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

func indexOfLang(code string) int {
	for i, l := range contentLanguages {
		if l.code == code {
			return i
		}
	}
	return -1
}

// resizeDialog makes a file dialog fill most of its window: Fyne's default
// is too small to read long Chinese file names.
func resizeDialog(d *dialog.FileDialog, parent fyne.Window) {
	size := parent.Canvas().Size()
	d.Resize(fyne.NewSize(max(size.Width*0.85, 640), max(size.Height*0.85, 480)))
}
