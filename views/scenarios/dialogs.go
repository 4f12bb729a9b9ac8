package scenarios

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app"
	"orgdesigner/app/i18n"
	"orgdesigner/views/wrapped"
)

// Source is one thing a new scenario can be made from: the current
// organisation, a scenario, a built-in template or one of its stage
// suggestions. The window makes the list; the dialog only shows it.
type Source struct {
	Label string
	// Name is the name the dialog suggests for a scenario made from it.
	Name string
}

// nameCheck returns a validator for a scenario's name: not empty, not one
// taken reports as used.
func nameCheck(taken func(string) bool) fyne.StringValidator {
	return func(s string) error {
		s = strings.TrimSpace(s)
		if p := app.ScenarioNameProblem(s); p != "" {
			return errors.New(p)
		}
		if taken != nil && taken(s) {
			return errors.New(i18n.L("Another scenario is already called %s.", s))
		}
		return nil
	}
}

// NewDialog is Scenario → New scenario…: a name and what to start from.
type NewDialog struct {
	Name    *widget.Entry
	From    *widget.Select
	dlg     *dialog.FormDialog
	sources []Source
	auto    string // the name last suggested, replaced while untouched
}

// ShowNew asks for a new scenario's name and source (sources[selected] is
// chosen at first) and calls create with the name and the source's index.
func ShowNew(win fyne.Window, sources []Source, selected int, taken func(string) bool, create func(name string, source int)) *NewDialog {
	d := &NewDialog{Name: widget.NewEntry(), sources: sources}
	labels := make([]string, len(sources))
	for i, s := range sources {
		labels[i] = s.Label
	}
	d.Name.Validator = nameCheck(taken)
	// Fyne holds a focused entry's error back until it loses the focus,
	// leaving Create enabled and Enter submitting a taken name: show it
	// (and disable Create) as the user types.
	d.Name.AlwaysShowValidationError = true
	d.From = widget.NewSelect(labels, func(string) { d.suggest() })
	// The source and its suggested name are set before the form is made:
	// a form counts a field empty at its creation as invalid until the
	// user types, which would leave Create disabled.
	if selected < 0 || selected >= len(sources) {
		selected = 0
	}
	if len(sources) > 0 {
		d.From.SetSelectedIndex(selected)
	}
	items := []*widget.FormItem{
		widget.NewFormItem(i18n.L("Scenario name"), d.Name),
		widget.NewFormItem(i18n.L("Based on"), d.From),
	}
	hint := wrapped.NewLabel(i18n.L("A scenario is a complete copy of an organisation: change it freely, compare it with the current organisation, and adopt it when it is decided."))
	items = append(items, widget.NewFormItem("", hint))
	d.dlg = dialog.NewForm(i18n.L("New scenario"), i18n.L("Create"), i18n.L("Cancel"), items, func(ok bool) {
		if ok {
			create(strings.TrimSpace(d.Name.Text), d.From.SelectedIndex())
		}
	}, win)
	d.Name.OnSubmitted = func(string) { d.dlg.Submit() }
	d.dlg.Resize(fyne.NewSize(44*theme.TextSize(), d.dlg.MinSize().Height))
	d.dlg.Show()
	win.Canvas().Focus(d.Name)
	return d
}

// suggest puts the chosen source's name in the name field unless the
// user typed one.
func (d *NewDialog) suggest() {
	i := d.From.SelectedIndex()
	if i < 0 || i >= len(d.sources) {
		return
	}
	if d.Name.Text == d.auto {
		d.Name.SetText(d.sources[i].Name)
	}
	d.auto = d.sources[i].Name
}

// Submit creates the scenario as the Create button would.
func (d *NewDialog) Submit() { d.dlg.Submit() }

// ShowRename asks for a scenario's new name and calls rename with it.
func ShowRename(win fyne.Window, old string, taken func(string) bool, rename func(name string)) *widget.Entry {
	name := widget.NewEntry()
	name.SetText(old)
	name.Validator = nameCheck(func(s string) bool { return s != old && taken(s) })
	name.AlwaysShowValidationError = true // as in ShowNew: no Enter past the check
	var d *dialog.FormDialog
	d = dialog.NewForm(i18n.L("Rename scenario"), i18n.L("Rename"), i18n.L("Cancel"),
		[]*widget.FormItem{widget.NewFormItem(i18n.L("Scenario name"), name)}, func(ok bool) {
			if s := strings.TrimSpace(name.Text); ok && s != old {
				rename(s)
			}
		}, win)
	name.OnSubmitted = func(string) { d.Submit() }
	d.Resize(fyne.NewSize(30*theme.TextSize(), d.MinSize().Height))
	d.Show()
	win.Canvas().Focus(name)
	return name
}

// CompareDialog is Scenario → Compare…: which two organisations to
// compare.
type CompareDialog struct {
	Before, After *widget.Select
	ok            *widget.Button
	dlg           *dialog.CustomDialog
	open          bool
}

// ShowCompare asks which two organisations to compare (names lists them;
// a and b are chosen at first) and calls done with their indexes. Compare
// is disabled while both are the same.
func ShowCompare(win fyne.Window, names []string, a, b int, done func(a, b int)) *CompareDialog {
	d := &CompareDialog{Before: widget.NewSelect(names, nil), After: widget.NewSelect(names, nil)}
	d.Before.SetSelectedIndex(a)
	d.After.SetSelectedIndex(b)
	problem := widget.NewLabel(i18n.L("Choose two different organisations."))
	problem.Importance = widget.DangerImportance
	d.ok = widget.NewButtonWithIcon(i18n.L("Compare"), theme.ConfirmIcon(), func() {
		d.dlg.Hide()
		done(d.Before.SelectedIndex(), d.After.SelectedIndex())
	})
	d.ok.Importance = widget.HighImportance
	cancel := widget.NewButtonWithIcon(i18n.L("Cancel"), theme.CancelIcon(), func() { d.dlg.Hide() })
	check := func(string) {
		same := d.Before.SelectedIndex() == d.After.SelectedIndex()
		problem.Hidden = !same
		problem.Refresh()
		if same {
			d.ok.Disable()
		} else {
			d.ok.Enable()
		}
	}
	d.Before.OnChanged, d.After.OnChanged = check, check
	check("")
	form := widget.NewForm(
		widget.NewFormItem(i18n.L("Before"), d.Before),
		widget.NewFormItem(i18n.L("After"), d.After),
	)
	d.dlg = dialog.NewCustomWithoutButtons(i18n.L("Compare"), container.NewVBox(form, problem), win)
	d.dlg.SetButtons([]fyne.CanvasObject{cancel, d.ok})
	d.dlg.SetOnClosed(func() { d.open = false })
	d.dlg.Resize(fyne.NewSize(30*theme.TextSize(), d.dlg.MinSize().Height))
	d.open = true
	d.dlg.Show()
	return d
}

// Open reports whether the dialog is still shown.
func (d *CompareDialog) Open() bool { return d.open }

// Submit compares, as the Compare button does (Enter); nothing while both
// sides are the same.
func (d *CompareDialog) Submit() {
	if d.open && !d.ok.Disabled() {
		d.ok.OnTapped()
	}
}
