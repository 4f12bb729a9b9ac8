package shell

import (
	"errors"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app"
	"orgdesigner/app/i18n"
	"orgdesigner/app/templates"
	"orgdesigner/data"
	"orgdesigner/views/help"
	"orgdesigner/views/wrapped"
)

// welcome is the welcome screen: start a document from a template or
// blank, open one, or reopen a recent one. It has a window of its own when
// no document is open (first start without a default document, or after a
// file failed to open) and is shown over the document window on the very
// first start.
type welcome struct {
	c *controller

	win     fyne.Window          // its own window, or nil
	over    *dialog.CustomDialog // shown over a document window, or nil
	message string               // why no document is open, or ""
	failed  string               // a damaged document to offer backups of, or ""
	locked  string               // a document open elsewhere, to try again, or ""

	overParent fyne.Window // the document window the dialog is over

	// widgets of the current content, for tests
	messageLabel *wrapped.Label
	keep         *widget.Button // carry on with the open document, or nil
	retry        *widget.Button // open the locked document again, or nil
	recent       []*widget.Button
}

// showProblem opens the welcome window saying why path did not open, and
// offers its backups when the file is damaged and has some.
// A document open in another window gets a Try again button instead, for
// after the user closed it there.
func (w *welcome) showProblem(path string, err error) {
	restorable, locked := "", ""
	switch {
	case errors.Is(err, data.ErrDamaged):
		restorable = absPath(path)
	case errors.Is(err, data.ErrLocked):
		locked = absPath(path)
	}
	w.open(app.DescribeFile(path, err), restorable, locked)
}

// show opens the welcome window with message (a sentence saying why no
// document is open, or "").
func (w *welcome) show(message string) { w.open(message, "", "") }

func (w *welcome) open(message, failed, locked string) {
	w.message, w.failed, w.locked = message, failed, locked
	if w.win == nil {
		w.win = w.c.app.NewWindow(i18n.L("Welcome to OrgDesigner"))
		w.win.SetOnClosed(func() { w.win = nil })
		w.win.SetContent(w.content(nil))
		// Tall enough to show a few recent documents below the templates
		// without scrolling, and still inside a 1366×768 laptop screen.
		w.win.Resize(fyne.NewSize(760, 680))
	} else {
		w.win.SetContent(w.content(nil))
	}
	w.win.Show()
	w.win.RequestFocus()
}

// showOver shows the welcome screen as a dialog over a document window,
// with a button to carry on with the document (first start).
func (w *welcome) showOver(parent fyne.Window) {
	w.message, w.failed, w.locked, w.overParent = "", "", "", parent
	var d *dialog.CustomDialog
	d = dialog.NewCustomWithoutButtons(i18n.L("Welcome to OrgDesigner"), w.content(func() { d.Hide() }), parent)
	d.SetOnClosed(func() { w.over = nil })
	w.over = d
	d.Resize(overSize(parent.Canvas().Size()))
	d.Show()
}

// hide closes the welcome window and dialog (a document is open now).
func (w *welcome) hide() {
	if w.over != nil {
		w.over.Hide()
	}
	if w.win != nil {
		w.win.Close()
	}
}

// relabel rebuilds the open welcome screen in the current language (the
// Settings button is on it, so the language can change while it shows).
func (w *welcome) relabel() {
	if w.win != nil {
		w.win.SetTitle(i18n.L("Welcome to OrgDesigner"))
		w.win.SetContent(w.content(nil))
	}
	if w.over != nil {
		parent := w.overParent
		w.over.Hide()
		w.showOver(parent)
	}
}

// parent is the window dialogs opened from the welcome screen belong to:
// its own, or the document window it is shown over.
func (w *welcome) parent() fyne.Window {
	if w.win != nil {
		return w.win
	}
	return w.overParent
}

// content builds the screen. keep, when not nil, adds a button to carry on
// with the open document.
func (w *welcome) content(keep func()) fyne.CanvasObject {
	icon := canvas.NewImageFromResource(help.IconResource)
	icon.FillMode = canvas.ImageFillContain
	icon.SetMinSize(fyne.NewSquareSize(3 * fynetheme.IconInlineSize()))
	title := widget.NewRichText(&widget.TextSegment{Style: widget.RichTextStyleHeading, Text: i18n.L("Welcome to OrgDesigner")})
	intro := wrapped.NewLabel(i18n.L("Design your organisation chart, write a role card for every position, plan headcount and print it all."))
	texts := container.NewVBox(title, intro)
	if keep != nil {
		texts = container.NewVBox(intro) // the dialog's own title says welcome
	}
	head := container.NewBorder(nil, nil, icon, nil, texts)

	w.messageLabel = wrapped.NewLabel(w.message)
	w.messageLabel.Importance = widget.DangerImportance
	if w.message == "" {
		w.messageLabel.Hide()
	}

	body := container.NewVBox(w.messageLabel)
	body.Add(w.problemActions())
	w.keep = nil
	if keep != nil {
		w.keep = widget.NewButtonWithIcon(i18n.L("Start with the example company"), fynetheme.ConfirmIcon(), keep)
		w.keep.Importance = widget.HighImportance
		body.Add(w.keep)
		body.Add(wrapped.NewLabel(i18n.L("The example is the eight-department internet-marketing company; change it freely, or start another document below.")))
	}
	body.Add(w.newSection())
	body.Add(w.openSection())

	footer := container.NewHBox(
		widget.NewButtonWithIcon(i18n.L("Settings"), fynetheme.SettingsIcon(), w.c.showSettings),
		widget.NewButtonWithIcon(i18n.L("Guide"), fynetheme.HelpIcon(), func() { w.c.showHelp(help.GuidePage, nil) }),
	)
	return container.NewBorder(head, footer, nil, nil, container.NewVScroll(body))
}

// problemActions offers the way forward for the document that failed to
// open: its backups when it is damaged (or a sentence saying there are
// none, since the message points at Restore from backup), Try again when
// it is open in another window.
func (w *welcome) problemActions() fyne.CanvasObject {
	box := container.NewVBox()
	w.retry = nil
	if w.failed != "" {
		if list, _ := app.ListBackups(w.failed); len(list) > 0 {
			path := w.failed
			box.Add(widget.NewButtonWithIcon(i18n.L("Restore it from a backup…"), fynetheme.HistoryIcon(), func() {
				w.c.pickBackup(w.parent(), path, func(b app.Backup) { w.c.restoreClosed(path, b) })
			}))
		} else {
			box.Add(wrapped.NewLabel(i18n.L("There are no backups of this file. Start a new document or open another one below.")))
		}
	}
	if w.locked != "" {
		path := w.locked
		w.retry = widget.NewButtonWithIcon(i18n.L("Try again"), fynetheme.ViewRefreshIcon(), func() { w.c.openFrom(w.parent(), path) })
		box.Add(container.NewHBox(w.retry))
	}
	return box
}

// overSize is the size of the welcome dialog over a document window whose
// canvas is parent: tall enough for every section without scrolling on a
// usual screen, never larger than the window.
func overSize(parent fyne.Size) fyne.Size {
	return fyne.NewSize(min(760, parent.Width*0.9), min(720, parent.Height*0.9))
}

// newSection offers one button per template (the blank one included).
func (w *welcome) newSection() fyne.CanvasObject {
	box := container.NewVBox(subheading(i18n.L("Start a new document")))
	for _, t := range templates.List(i18n.Language()) {
		id := t.ID
		b := widget.NewButtonWithIcon(t.Name, fynetheme.DocumentCreateIcon(), func() { w.c.askNewDocument(w.parent(), id) })
		b.Alignment = widget.ButtonAlignLeading
		d := wrapped.NewLabel(t.Description)
		d.Importance = widget.LowImportance
		box.Add(b)
		box.Add(d)
	}
	return box
}

// openSection has Open… and the recent documents.
func (w *welcome) openSection() fyne.CanvasObject {
	open := widget.NewButtonWithIcon(i18n.L("Open a document…"), fynetheme.FolderOpenIcon(), func() { w.c.askOpen(w.parent()) })
	open.Alignment = widget.ButtonAlignLeading
	box := container.NewVBox(subheading(i18n.L("Open")), open)
	w.recent = nil
	list := RecentDocuments(w.c.app.Preferences())
	if len(list) == 0 {
		none := widget.NewLabel(i18n.L("No recent documents yet."))
		none.Importance = widget.LowImportance
		box.Add(none)
		return box
	}
	box.Add(widget.NewLabel(i18n.L("Recent documents")))
	for _, path := range list {
		p := path
		b := widget.NewButtonWithIcon(displayName(p), fynetheme.FileIcon(), func() { w.c.openFrom(w.parent(), p) })
		b.Alignment = widget.ButtonAlignLeading
		w.recent = append(w.recent, b)
		where := widget.NewLabel(filepath.Dir(p))
		where.Importance = widget.LowImportance
		where.Truncation = fyne.TextTruncateEllipsis
		box.Add(container.NewBorder(nil, nil, b, nil, where))
	}
	return box
}

// displayName is a document's file name without the extension.
func displayName(path string) string {
	return strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
}

func subheading(t string) fyne.CanvasObject {
	return widget.NewRichText(&widget.TextSegment{Style: widget.RichTextStyleSubHeading, Text: t})
}
