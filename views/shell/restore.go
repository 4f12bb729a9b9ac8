package shell

import (
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app"
	"orgdesigner/app/i18n"
	"orgdesigner/views"
	"orgdesigner/views/wrapped"
)

// backupLabel describes a backup for the list: its date (and time for a
// copy kept before a restore), in the UI language's date format.
func backupLabel(b app.Backup) string {
	if strings.Contains(filepath.Base(b.Path), "-before-restore-") {
		return i18n.L("%s, kept before a restore", b.Time.Format(i18n.L("2 January 2006 15:04")))
	}
	return i18n.L("%s, daily backup", b.Time.Format(i18n.L("2 January 2006")))
}

// restorePicker lists the backups of one document and restores the
// chosen one after the user confirms.
type restorePicker struct {
	parent  fyne.Window
	path    string
	backups []app.Backup
	list    *widget.List
	dlg     *dialog.CustomDialog
	ok      *widget.Button
	chosen  int

	// restore replaces the document with backup b.
	restore func(b app.Backup)
}

// askRestore offers the backups of document window m's file.
func (c *controller) askRestore(m *views.MainWindow) {
	path := m.Session().Path()
	c.pickBackup(m.Window(), path, func(b app.Backup) { c.restoreOpen(m, path, b) })
}

// pickBackup shows the backups of path over parent; restore runs on the
// confirmed choice.
func (c *controller) pickBackup(parent fyne.Window, path string, restore func(app.Backup)) *restorePicker {
	list, err := app.ListBackups(path)
	if err != nil {
		wrapped.ShowInformation(i18n.L("Restore from backup"), app.DescribeFile(path, err), parent)
		return nil
	}
	if len(list) == 0 {
		wrapped.ShowInformation(i18n.L("Restore from backup"),
			i18n.L("%s has no backups yet. OrgDesigner keeps a copy of each document every day you open it.", filepath.Base(path)),
			parent)
		return nil
	}
	p := &restorePicker{parent: parent, path: path, backups: list, chosen: -1, restore: restore}
	p.show()
	return p
}

func (p *restorePicker) show() {
	p.list = widget.NewList(
		func() int { return len(p.backups) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(backupLabel(p.backups[i])) })
	p.list.OnSelected = func(i widget.ListItemID) {
		p.chosen = i
		p.ok.Enable()
	}
	intro := wrapped.NewLabel(i18n.L("Choose the copy of %s to go back to. The document as it is now is kept as a backup too.",
		filepath.Base(p.path)))
	p.ok = widget.NewButton(i18n.L("Restore"), p.onRestore)
	p.ok.Importance = widget.HighImportance
	p.ok.Disable()
	cancel := widget.NewButton(i18n.L("Cancel"), func() { p.dlg.Hide() })
	p.dlg = dialog.NewCustomWithoutButtons(i18n.L("Restore from backup"), container.NewBorder(intro, nil, nil, nil, p.list), p.parent)
	p.dlg.SetButtons([]fyne.CanvasObject{cancel, p.ok})
	size := p.parent.Canvas().Size()
	p.dlg.Resize(fyne.NewSize(max(size.Width*0.5, 480), max(size.Height*0.6, 360)))
	p.dlg.Show()
	// The newest copy is the usual choice (often the only one); Restore
	// still asks before replacing anything.
	p.list.Select(0)
}

func (p *restorePicker) onRestore() {
	if p.chosen < 0 {
		return
	}
	b := p.backups[p.chosen]
	wrapped.NewConfirm(i18n.L("Restore from backup"),
		i18n.L("Replace %s with this backup: %s?", filepath.Base(p.path), backupLabel(b)),
		func(yes bool) {
			if yes {
				p.dlg.Hide()
				p.restore(b)
			}
		}, p.parent).Show()
}

// restoreOpen replaces the document of window m with backup b: the window
// closes (closing the document, which Restore needs), the backup is put in
// place and the document opens again in a new window of the same size.
func (c *controller) restoreOpen(m *views.MainWindow, path string, b app.Backup) {
	size := m.Window().Canvas().Size()
	m.Window().Close()
	m.Session().Store().Close() // already closed by the window; makes sure
	restoreErr := app.Restore(b.Path, path, c.now())
	m2, err := c.open(path)
	if err != nil {
		c.welcome.showProblem(path, err)
		return
	}
	m2.Window().Resize(size)
	if restoreErr != nil {
		m2.ShowError(restoreErr)
		return
	}
	m2.SetStatus(i18n.L("Restored the backup: %s.", backupLabel(b)))
}

// restoreClosed restores backup b of a document that is not open (it
// failed to open, e.g. because it is damaged) and opens it.
func (c *controller) restoreClosed(path string, b app.Backup) {
	now := c.now()
	if err := app.Restore(b.Path, path, now); err != nil {
		c.welcome.show(app.DescribeFile(path, err))
		return
	}
	m, err := c.open(path)
	if err != nil {
		c.welcome.showProblem(path, err)
		return
	}
	// Restore keeps a damaged document aside rather than throwing it away.
	if aside := app.DamagedPath(path, now); fileExists(aside) {
		m.SetStatus(i18n.L("Restored the backup: %s. The damaged file is kept as %s.", backupLabel(b), filepath.Base(aside)))
	}
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
