package views

import (
	"errors"
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
	"orgdesigner/app/templates"
	"orgdesigner/data"
	"orgdesigner/views/wrapped"
)

// fileDialogShare is how much of the window a file dialog covers: Fyne's
// default is too small to read folder contents.
const fileDialogShare = 0.85

func resizeToWindow(d interface{ Resize(fyne.Size) }, win fyne.Window) {
	s := win.Canvas().Size()
	d.Resize(fyne.NewSize(s.Width*fileDialogShare, s.Height*fileDialogShare))
}

// folderOf returns the folder of path as a listable URI for dialogs, or nil.
func folderOf(dir string) fyne.ListableURI {
	l, err := storage.ListerForURI(storage.NewFileURI(dir))
	if err != nil {
		return nil
	}
	return l
}

// outputFolder is where a save dialog for a file made from the document at
// docPath starts: its folder, or the user's documents folder when the
// document lives in the configuration folder (the default document).
func outputFolder(docPath string) string { return app.SaveFolder(docPath) }

// withExtension adds ext (".orgdb" when "") unless the name already ends
// with it.
func withExtension(name, ext string) string {
	if ext == "" {
		ext = data.Extension
	}
	name = strings.TrimSpace(name)
	if strings.EqualFold(filepath.Ext(name), ext) {
		return name
	}
	return name + ext
}

// --- New ---

func (m *MainWindow) newDocument() {
	showNewDocument(m.app, m.win, outputFolder(m.sess.Path()), nil)
}

// showNewDocument asks for a template, a name and a folder, creates the
// document and opens it in a new window; done (may be nil) gets the window.
func showNewDocument(a fyne.App, win fyne.Window, dir string, done func(*MainWindow)) {
	lang := i18n.Language()
	infos := templates.List(lang)
	if len(infos) == 0 {
		showError(win, i18n.L("No templates are available: %v", templates.Check()))
		return
	}
	names := make([]string, len(infos))
	for i, t := range infos {
		names[i] = t.Name
	}
	about := wrapped.NewLabel(infos[0].Description)
	choice := widget.NewRadioGroup(names, func(s string) {
		for _, t := range infos {
			if t.Name == s {
				about.SetText(t.Description)
			}
		}
	})
	choice.Required = true
	choice.SetSelected(names[0])
	top := container.NewVBox(widget.NewLabelWithStyle(i18n.L("Start from"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), choice, about)
	chooseLocation(win, locationRequest{
		title:   i18n.L("New document"),
		confirm: i18n.L("Create"),
		dir:     dir,
		name:    i18n.L("New organisation"),
		extra:   top,
	}, func(path string) error {
		id := infos[0].ID
		for _, t := range infos {
			if t.Name == choice.Selected {
				id = t.ID
			}
		}
		doc, err := templates.Load(id, lang)
		if err != nil {
			return err
		}
		st, err := data.Create(path, doc)
		if err != nil {
			return err
		}
		m := NewMainWindow(a, app.NewSession(st))
		m.Show()
		addRecent(a, path)
		if done != nil {
			done(m)
		}
		return nil
	})
}

// --- Open ---

func (m *MainWindow) openDocument() {
	chooseDocument(m.app, m.win, outputFolder(m.sess.Path()), nil)
}

// chooseDocument shows a file dialog for .orgdb files and opens the chosen
// one in a new window; done (may be nil) gets the window.
func chooseDocument(a fyne.App, win fyne.Window, dir string, done func(*MainWindow)) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			showError(win, app.Describe(err))
			return
		}
		if r == nil {
			return // cancelled
		}
		path := r.URI().Path()
		r.Close()
		m, err := OpenFile(a, path)
		if err != nil {
			showError(win, app.DescribeFile(path, err))
			return
		}
		if done != nil {
			done(m)
		}
	}, win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{data.Extension}))
	if l := folderOf(dir); l != nil {
		d.SetLocation(l)
	}
	d.SetConfirmText(i18n.L("Open"))
	d.SetDismissText(i18n.L("Cancel"))
	d.Show()
	resizeToWindow(d, win) // after Show: Fyne 2.8.1 panics resizing a file dialog not yet shown
}

// openRecentMenu lists recently opened documents other than this one.
func (m *MainWindow) openRecentMenu() *fyne.Menu {
	var items []*fyne.MenuItem
	for _, p := range recent(m.app) {
		if _, err := os.Stat(p); err != nil || p == m.key() {
			continue
		}
		path := p
		items = append(items, fyne.NewMenuItem(filepath.Base(path), func() {
			if _, err := OpenFile(m.app, path); err != nil {
				showError(m.win, app.DescribeFile(path, err))
			}
		}))
	}
	return fyne.NewMenu("", items...)
}

// --- Save As ---

// saveAs copies the document to a new file and continues in the copy: the
// copy opens in a new window and this one closes.
func (m *MainWindow) saveAs() {
	base := strings.TrimSuffix(filepath.Base(m.sess.Path()), filepath.Ext(m.sess.Path()))
	chooseLocation(m.win, locationRequest{
		title:     i18n.L("Save a copy as"),
		confirm:   i18n.L("Save"),
		dir:       outputFolder(m.sess.Path()),
		name:      i18n.L("%s (copy)", base),
		overwrite: true,
		self:      m.key(),
	}, func(path string) error {
		if err := m.sess.Store().CopyTo(path); err != nil {
			return err
		}
		if _, err := OpenFile(m.app, path); err != nil {
			return err
		}
		m.win.Close()
		return nil
	})
}

// --- choosing where to save ---

// locationRequest configures chooseLocation.
type locationRequest struct {
	title, confirm string
	dir, name      string
	extra          fyne.CanvasObject // shown above the name (New: templates)
	overwrite      bool              // offer to replace an existing file
	self           string            // the open document, never replaced
	ext            string            // the file's extension; "" is ".orgdb"
	output         bool              // an export, not a document: never any .orgdb
}

// chooseLocation asks for a folder and a file name and calls save with the
// full path. It is OrgDesigner's own dialog rather than Fyne's file save
// dialog because that one truncates an existing file before the app can
// check whether the file is a document open in some window. save's error
// is shown in the dialog, which stays open so the user can fix the name.
func chooseLocation(win fyne.Window, req locationRequest, save func(path string) error) {
	dir := req.dir
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		dir = app.DocumentsFolder()
	}
	folder := widget.NewLabel(dir)
	folder.Truncation = fyne.TextTruncateEllipsis
	name := widget.NewEntry()
	name.SetText(req.name)
	problem := wrapped.NewLabel("")
	problem.Importance = widget.DangerImportance
	problem.Hide()
	var d *dialog.CustomDialog
	change := widget.NewButtonWithIcon(i18n.L("Change…"), theme.FolderOpenIcon(), func() {
		fd := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
			if err == nil && u != nil {
				dir = u.Path()
				folder.SetText(dir)
			}
		}, win)
		if l := folderOf(dir); l != nil {
			fd.SetLocation(l)
		}
		fd.Show()
		resizeToWindow(fd, win) // after Show: Fyne 2.8.1 panics resizing a file dialog not yet shown
	})
	fail := func(text string) {
		problem.SetText(text)
		problem.Show()
	}
	commit := func() {
		path, msg := checkTarget(dir, name.Text, req)
		switch {
		case msg != "":
			fail(msg)
		case path == "":
		default:
			finish := func() {
				if err := save(path); err != nil {
					fail(app.DescribeFile(path, err))
					return
				}
				d.Hide()
			}
			if _, err := os.Stat(path); err == nil {
				ask(win, i18n.L("Replace file?"), i18n.L("%s already exists. Replace it with this copy?", filepath.Base(path)),
					i18n.L("Replace"), finish)
				return
			}
			finish()
		}
	}
	name.OnSubmitted = func(string) { commit() }
	form := widget.NewForm(
		widget.NewFormItem(i18n.L("Folder"), container.NewBorder(nil, nil, nil, change, folder)),
		widget.NewFormItem(i18n.L("File name"), name),
	)
	body := container.NewVBox()
	if req.extra != nil {
		body.Add(req.extra)
		body.Add(widget.NewSeparator())
	}
	body.Add(form)
	body.Add(problem)
	d = dialog.NewCustomWithoutButtons(req.title, body, win)
	ok := widget.NewButtonWithIcon(req.confirm, theme.ConfirmIcon(), commit)
	ok.Importance = widget.HighImportance
	d.SetButtons([]fyne.CanvasObject{widget.NewButtonWithIcon(i18n.L("Cancel"), theme.CancelIcon(), d.Hide), ok})
	d.Resize(fyne.NewSize(40*theme.TextSize(), d.MinSize().Height))
	d.Show()
	win.Canvas().Focus(name)
}

// checkTarget turns a folder and a typed name into a document path, or
// says why it cannot be used: no name, a folder separator in the name, the
// open document itself, a document open in another window, or (when not
// overwriting) an existing file.
func checkTarget(dir, name string, req locationRequest) (string, string) {
	name = strings.TrimSpace(name)
	if name == "" || strings.EqualFold(name, data.Extension) || (req.ext != "" && strings.EqualFold(name, req.ext)) {
		return "", i18n.L("Type a file name.")
	}
	if strings.ContainsAny(name, `/\`) {
		return "", i18n.L("A file name cannot contain / or \\.")
	}
	file := withExtension(name, req.ext)
	if req.output && strings.EqualFold(filepath.Ext(name), data.Extension) {
		file = name // refused below, rather than saved as NAME.orgdb.png
	}
	path := filepath.Join(dir, file)
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	check := app.CheckNotDocument
	if req.output {
		check = app.CheckOutput
	}
	if err := check(path, req.self); err != nil {
		var oe *app.OutputError
		if errors.As(err, &oe) && oe.Problem == app.OutputIsDocument {
			return "", i18n.L("That is the document you have open. Choose another name.")
		}
		return "", app.Describe(err)
	}
	if lookup(path) != nil {
		return "", i18n.L("That document is open in another window. Close it first or choose another name.")
	}
	if _, err := os.Stat(path); err == nil {
		if !req.overwrite {
			return "", app.Describe(data.ErrExists)
		}
		if err := heldElsewhere(path); err != nil {
			return "", app.DescribeFile(path, err)
		}
	}
	return path, ""
}

// heldElsewhere reports data.ErrLocked when another process has the
// document at path open, so it is never replaced under a running window.
func heldElsewhere(path string) error {
	st, err := data.OpenReadOnly(path) // a look only: never upgrade or sweep the file being replaced
	if errors.Is(err, data.ErrLocked) {
		return err
	}
	if st != nil {
		st.Close()
	}
	return nil
}

// --- export picture ---

// exportPicture saves the chart (whole or the part in view) as PNG or SVG,
// through OrgDesigner's own save dialog: Fyne's would empty a file chosen
// by mistake (the document itself) before the app could refuse it.
func (m *MainWindow) exportPicture(svg, visibleOnly bool) {
	ext := ".png"
	if svg {
		ext = ".svg"
	}
	base := strings.TrimSuffix(filepath.Base(m.sess.Path()), filepath.Ext(m.sess.Path()))
	chooseLocation(m.win, locationRequest{
		title:     i18n.L("Export chart picture"),
		confirm:   i18n.L("Save"),
		dir:       outputFolder(m.sess.Path()),
		name:      base + ext,
		ext:       ext,
		output:    true,
		overwrite: true,
		self:      m.key(),
	}, func(path string) error { return m.writePicture(path, svg, visibleOnly) })
}

// writePicture writes the chart picture to path through a temporary file
// in the same folder, so a failed picture never leaves a half-written file
// (or destroys the one it would replace).
func (m *MainWindow) writePicture(path string, svg, visibleOnly bool) error {
	data.SweepTemporary(filepath.Dir(path))
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if svg {
		err = m.chart.ExportSVG(tmp, visibleOnly)
	} else {
		err = m.chart.ExportPNG(tmp, visibleOnly)
	}
	if err == nil {
		err = tmp.Chmod(0o644) // CreateTemp makes it private; a picture is an ordinary file
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		return err
	}
	m.status.say(i18n.L("Saved the picture %s.", filepath.Base(path)), false)
	return nil
}

// --- quit and about ---

// quit closes every document window (each closes its document) and ends
// the app.
func (m *MainWindow) quit() {
	for _, w := range Windows() {
		w.win.Close()
	}
	m.app.Quit()
}

func (m *MainWindow) about() {
	text := widget.NewRichText(
		&widget.TextSegment{Style: widget.RichTextStyleHeading, Text: i18n.L("OrgDesigner")},
		&widget.TextSegment{Style: widget.RichTextStyleParagraph, Text: i18n.L("Version %s", Version)},
		&widget.TextSegment{Style: widget.RichTextStyleParagraph, Text: i18n.L("Design your organisation: departments, roles and their role cards, people and project teams; print the chart and job descriptions.")},
		&widget.TextSegment{Style: widget.RichTextStyleParagraph, Text: i18n.L("Chinese text uses the bundled WenQuanYi Micro Hei font (Apache License 2.0).")},
		&widget.TextSegment{Style: widget.RichTextStyleParagraph, Text: i18n.L("Every change is saved at once. Document: %s", m.sess.Path())},
	)
	text.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(i18n.L("About OrgDesigner"), i18n.L("Close"), text, m.win)
	d.Resize(fyne.NewSize(36*theme.TextSize(), d.MinSize().Height))
	d.Show()
}
