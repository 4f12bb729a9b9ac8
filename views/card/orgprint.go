package card

import (
	"bytes"
	"encoding/base64"
	"errors"
	"image"
	_ "image/jpeg" // logo formats
	_ "image/png"
	"io"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/i18n"
	"orgdesigner/data"
	"orgdesigner/views/card/field"
)

// maxLogoBytes bounds the logo stored in the document.
const maxLogoBytes = 2 << 20

// orgPrint is the "Printing" section of the organisation settings: the
// document version, effective date and confidentiality mark printed on the
// cover and page headers, the company logo, and whether print normalises
// Chinese punctuation in the document's text.
type orgPrint struct {
	o *OrgSettings

	version, effective, confidential *field.Entry
	verMsg, effMsg, confMsg          *field.Message
	punct                            *widget.Check
	logo                             *canvas.Image
	logoInfo                         *widget.Label
	chooseLogo, removeLogo           *widget.Button
	logoMsg                          *field.Message
	loading                          bool
}

// newOrgPrint builds the section's widgets.
func newOrgPrint(o *OrgSettings) *orgPrint {
	p := &orgPrint{o: o}
	p.version, p.verMsg = o.entry(0), field.NewMessage()
	p.version.SetPlaceHolder(i18n.L("e.g. V1.0"))
	p.version.OnCommit = func(t string) error {
		return o.text(p.version, p.verMsg, t, func(g *data.Organisation) *string { return &g.Version })
	}
	p.effective, p.effMsg = o.entry(0), field.NewMessage()
	p.effective.SetPlaceHolder(i18n.L("YYYY-MM-DD"))
	p.effective.OnCommit = func(t string) error {
		if t = strings.TrimSpace(t); t != "" {
			if _, err := time.Parse("2006-01-02", t); err != nil {
				msg := i18n.L("Write the effective date as YYYY-MM-DD, e.g. 2026-01-01.")
				p.effMsg.Set(msg)
				return errors.New(msg)
			}
		}
		return o.text(p.effective, p.effMsg, t, func(g *data.Organisation) *string { return &g.Effective })
	}
	p.confidential, p.confMsg = o.entry(0), field.NewMessage()
	p.confidential.SetPlaceHolder(i18n.L("e.g. Internal — do not distribute"))
	p.confidential.OnCommit = func(t string) error {
		return o.text(p.confidential, p.confMsg, t, func(g *data.Organisation) *string { return &g.Confidential })
	}
	p.punct = widget.NewCheck(i18n.L("Print , ; : ( ) next to Chinese characters as ，；：（）"), func(on bool) {
		if p.loading || on == o.s.Doc().Org.NormalisePunct {
			return
		}
		o.Flush()
		o.update("", func(g *data.Organisation) { g.NormalisePunct = on })
	})
	p.logo = canvas.NewImageFromResource(nil)
	p.logo.FillMode = canvas.ImageFillContain
	p.logo.SetMinSize(fyne.NewSize(96, 40))
	p.logoInfo = widget.NewLabel("")
	p.logoMsg = field.NewMessage()
	p.chooseLogo = widget.NewButton(i18n.L("Choose logo…"), p.onChoose)
	p.removeLogo = widget.NewButton(i18n.L("Remove logo"), func() {
		o.Flush()
		p.logoMsg.Set(describe(o.update("", func(g *data.Organisation) { g.Logo = "" })))
		p.load(o.s.Doc().Org, false)
	})
	return p
}

// content lays the section out.
func (p *orgPrint) content() fyne.CanvasObject {
	row := func(label string, obj fyne.CanvasObject, msg *field.Message) []fyne.CanvasObject {
		return []fyne.CanvasObject{widget.NewLabel(label), container.NewVBox(obj, msg)}
	}
	var cells []fyne.CanvasObject
	cells = append(cells, row(i18n.L("Document version"), p.version, p.verMsg)...)
	cells = append(cells, row(i18n.L("Effective date"), p.effective, p.effMsg)...)
	cells = append(cells, row(i18n.L("Confidentiality mark"), p.confidential, p.confMsg)...)
	logo := container.NewVBox(container.NewHBox(p.logo, p.logoInfo), container.NewHBox(p.chooseLogo, p.removeLogo), p.logoMsg)
	cells = append(cells, widget.NewLabel(i18n.L("Logo")), logo)
	hint := paragraph(i18n.L("Printed on the cover and the page headers of PDF reports."))
	return section(i18n.L("Printing"), nil, container.New(layout.NewFormLayout(), cells...), p.punct, hint)
}

// load shows the organisation's print settings.
func (p *orgPrint) load(org data.Organisation, force bool) {
	p.loading = true
	defer func() { p.loading = false }()
	p.version.Load(org.Version, force)
	p.effective.Load(org.Effective, force)
	p.confidential.Load(org.Confidential, force)
	p.punct.SetChecked(org.NormalisePunct)
	raw, err := base64.StdEncoding.DecodeString(org.Logo)
	switch {
	case org.Logo == "":
		p.logo.Resource = nil
		p.logoInfo.SetText(i18n.L("No logo"))
		p.removeLogo.Disable()
	case err != nil:
		p.logo.Resource = nil
		p.logoInfo.SetText(i18n.L("The stored logo cannot be read; choose it again."))
		p.removeLogo.Enable()
	default:
		p.logo.Resource = fyne.NewStaticResource("logo", raw)
		cfg, _, _ := image.DecodeConfig(bytes.NewReader(raw))
		p.logoInfo.SetText(i18n.L("%d × %d pixels", cfg.Width, cfg.Height))
		p.removeLogo.Enable()
	}
	p.logo.Refresh()
}

func (p *orgPrint) flush() {
	for _, en := range []*field.Entry{p.version, p.effective, p.confidential} {
		en.Flush()
	}
}

// onChoose asks for a PNG or JPEG file and stores it as the logo.
func (p *orgPrint) onChoose() {
	win := windowOf(p.o)
	if win == nil {
		return
	}
	d := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
		if err != nil || rc == nil {
			return
		}
		defer rc.Close()
		p.logoMsg.Set(p.setLogo(rc, rc.URI().Name()))
	}, win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".png", ".jpg", ".jpeg", ".PNG", ".JPG", ".JPEG"}))
	d.Show()
}

// setLogo reads a picture and stores it as the logo; it returns the
// message for the user ("" on success).
func (p *orgPrint) setLogo(r io.Reader, name string) string {
	raw, err := io.ReadAll(io.LimitReader(r, maxLogoBytes+1))
	if err != nil {
		return i18n.L("%s could not be read: %v", name, err)
	}
	if len(raw) > maxLogoBytes {
		return i18n.L("%s is larger than 2 MB; choose a smaller picture.", name)
	}
	cfg, format, err := image.DecodeConfig(bytes.NewReader(raw))
	if err != nil || format != "png" && format != "jpeg" || cfg.Width == 0 || cfg.Height == 0 {
		return i18n.L("%s is not a PNG or JPEG picture.", name)
	}
	p.o.Flush()
	enc := base64.StdEncoding.EncodeToString(raw)
	if err := p.o.update("", func(g *data.Organisation) { g.Logo = enc }); err != nil {
		return describe(err)
	}
	p.load(p.o.s.Doc().Org, false)
	return ""
}

// windowOf finds the window showing obj.
func windowOf(obj fyne.CanvasObject) fyne.Window {
	a := fyne.CurrentApp()
	if a == nil {
		return nil
	}
	c := a.Driver().CanvasForObject(obj)
	for _, w := range a.Driver().AllWindows() {
		if w.Canvas() == c {
			return w
		}
	}
	return nil
}
