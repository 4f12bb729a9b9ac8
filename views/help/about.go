package help

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/i18n"
	"orgdesigner/resources"
	"orgdesigner/views/wrapped"
)

// IconResource is the app icon as a Fyne resource.
var IconResource fyne.Resource = fyne.NewStaticResource("icon.png", resources.Icon)

// about is the About page: icon, name, version, what the app is for, and
// the licences of the app, the bundled font and the libraries.
type about struct {
	fontLicence *widget.Label
	appLicence  *widget.Label
}

func newAbout(version string) (*about, fyne.CanvasObject) {
	a := &about{
		fontLicence: licenceLabel(resources.FontLicence),
		appLicence:  licenceLabel(appLicence),
	}
	icon := canvas.NewImageFromResource(IconResource)
	icon.FillMode = canvas.ImageFillContain
	side := 4 * fynetheme.IconInlineSize()
	icon.SetMinSize(fyne.NewSquareSize(side))

	name := widget.NewRichText(heading(i18n.L("OrgDesigner")))
	ver := widget.NewLabel(i18n.L("Version %s", version))
	what := wrapped.NewLabel(i18n.L("Design your company's organisation structure, write a role card for every position and print them."))

	libs := ""
	for _, c := range components {
		libs += c.name + " — " + c.licence + "\n"
	}
	libLabel := widget.NewLabel(libs)
	libLabel.Selectable = true

	licences := widget.NewAccordion(
		widget.NewAccordionItem(i18n.L("OrgDesigner licence (MIT)"), a.appLicence),
		widget.NewAccordionItem(i18n.L("Font: %s (Apache-2.0 or GPL-3+ with font exception)", resources.FontName), a.fontLicence),
		widget.NewAccordionItem(i18n.L("Libraries"), libLabel),
	)
	head := container.NewBorder(nil, nil, icon, nil, container.NewVBox(name, ver, what))
	return a, container.NewVScroll(container.NewVBox(
		head,
		widget.NewRichText(subheading(i18n.L("Licences"))),
		licences,
	))
}

func licenceLabel(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	l.Selectable = true
	return l
}
