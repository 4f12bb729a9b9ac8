package shell

import (
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"orgdesigner/app"
	"orgdesigner/app/i18n"
	"orgdesigner/app/templates"
	"orgdesigner/data"
	"orgdesigner/views/wrapped"
)

// askOpen lets the user pick a document and opens it.
func (c *controller) askOpen(parent fyne.Window) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			c.openFailed(parent, "", err)
			return
		}
		if r == nil {
			return // cancelled
		}
		path := r.URI().Path()
		r.Close()
		c.openFrom(parent, path)
	}, parent)
	d.SetFilter(storage.NewExtensionFileFilter([]string{data.Extension}))
	if l, err := storage.ListerForURI(storage.NewFileURI(defaultFolder(c.app.Preferences()))); err == nil {
		d.SetLocation(l)
	}
	d.SetConfirmText(i18n.L("Open"))
	d.SetDismissText(i18n.L("Cancel"))
	d.Show()
	resizeDialog(d, parent) // after Show: Fyne 2.8.1 panics resizing a file dialog not yet shown
}

// openFrom opens path for a button or dialog on parent, saying why when it
// cannot.
func (c *controller) openFrom(parent fyne.Window, path string) {
	if _, err := c.open(path); err != nil {
		c.openFailed(parent, path, err)
	}
}

// openFailed tells the user why path did not open: on the welcome window
// itself when that is where they are, else in a dialog.
func (c *controller) openFailed(parent fyne.Window, path string, err error) {
	msg := app.Describe(err)
	if path != "" {
		msg = app.DescribeFile(path, err)
	}
	if parent == c.welcome.win {
		c.welcome.showProblem(path, err)
		return
	}
	wrapped.ShowInformation(i18n.L("Cannot open the document"), msg, parent)
}

// askNewDocument asks for a template, language, name and folder, then
// creates the document and opens it.
func (c *controller) askNewDocument(parent fyne.Window, templateID string) *docForm {
	f := newDocForm(parent, defaultFolder(c.app.Preferences()), templateID, func(path, tmpl, lang string) error {
		doc, err := templates.Load(tmpl, lang)
		if err != nil {
			return err
		}
		st, err := data.Create(path, doc)
		if err != nil {
			return err
		}
		if err := st.Close(); err != nil {
			return err
		}
		_, err = c.open(path)
		return err
	})
	f.show()
	return f
}

// defaultFolder is where a new document goes and where Open starts: the
// folder of the most recent document the user keeps outside the app's own
// folder, else the user's documents folder (XDG 文档/Documents), else the
// home folder.
func defaultFolder(p fyne.Preferences) string {
	own := ""
	if def, err := app.DefaultDocumentPath(); err == nil {
		own = filepath.Dir(def)
	}
	for _, path := range RecentDocuments(p) {
		if dir := filepath.Dir(path); dir != own {
			return dir
		}
	}
	if dir := app.DocumentsFolder(); dir != "" {
		return dir
	}
	return "."
}
