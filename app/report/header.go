package report

import (
	"bytes"
	"encoding/base64"
	"image"
	_ "image/jpeg" // logo formats
	_ "image/png"
	"strings"

	"github.com/go-pdf/fpdf"

	"orgdesigner/app/i18n"
)

// The running header and footer of every page, with the organisation's
// print settings: logo, version, effective date and confidentiality mark.

// logoName is the name the logo is registered under in fpdf.
const logoName = "org-logo"

// logo registers the organisation's logo once and returns its fpdf image
// type ("PNG"/"JPG") and aspect ratio (width / height); "" when there is
// none or it cannot be read (then the report warns once and prints
// without it).
func (w *writer) logo() (string, float64) {
	if w.logoDone {
		return w.logoType, w.logoRatio
	}
	w.logoDone = true
	if strings.TrimSpace(w.doc.Org.Logo) == "" {
		return "", 0
	}
	raw, err := base64.StdEncoding.DecodeString(strings.TrimSpace(w.doc.Org.Logo))
	cfg, format := image.Config{}, ""
	if err == nil {
		cfg, format, err = image.DecodeConfig(bytes.NewReader(raw))
	}
	if err != nil || cfg.Width == 0 || cfg.Height == 0 || (format != "png" && format != "jpeg") {
		w.san.warn(i18n.L("The logo is not a PNG or JPEG picture; it is left out."))
		return "", 0
	}
	tp := map[string]string{"png": "PNG", "jpeg": "JPG"}[format]
	info := w.pdf.RegisterImageOptionsReader(logoName, fpdf.ImageOptions{ImageType: tp}, bytes.NewReader(raw))
	if info == nil || w.pdf.Error() != nil {
		w.pdf.ClearError()
		w.san.warn(i18n.L("The logo is not a PNG or JPEG picture; it is left out."))
		return "", 0
	}
	w.logoType, w.logoRatio = tp, float64(cfg.Width)/float64(cfg.Height)
	return w.logoType, w.logoRatio
}

// drawLogo draws the logo h millimetres tall at (x, y) and returns its
// width (0 when there is no logo). Very wide logos are limited to maxW.
func (w *writer) drawLogo(x, y, h, maxW float64) float64 {
	tp, ratio := w.logo()
	if tp == "" {
		return 0
	}
	lw := h * ratio
	if lw > maxW {
		lw, h = maxW, maxW/ratio
	}
	w.pdf.ImageOptions(logoName, x, y, lw, h, false, fpdf.ImageOptions{ImageType: tp}, 0, "")
	return lw
}

// orgLine is the organisation's name with its version and effective date,
// as the page headers print it.
func (w *writer) orgLine() string {
	parts := []string{w.orgName()}
	if sc := strings.TrimSpace(w.opt.Scenario); sc != "" {
		parts = append(parts, i18n.In(w.lang, "Scenario: %s", sc))
	}
	o := w.doc.Org
	if v := strings.TrimSpace(o.Version); v != "" {
		parts = append(parts, i18n.In(w.lang, "Version %s", v))
	}
	if d := strings.TrimSpace(o.Effective); d != "" {
		parts = append(parts, i18n.In(w.lang, "Effective %s", d))
	}
	return w.san.clean(strings.Join(parts, " · "), w.orgName())
}

// decorate draws a page's running header and footer. cont marks a page
// that continues the flow of the one before (its header says so).
func (w *writer) decorate(spec *pageSpec, cont bool, n, total int) {
	if spec.bare {
		return
	}
	pw, ph := w.specSize(spec)
	inner := pw - 2*marginX
	// The right side names what the page is (a role sheet's role): it is
	// fitted first, so the organisation line gives way to it.
	rs := spec.right
	if cont && spec.cont != "" {
		rs = spec.cont
	}
	// It may take all but a short start of the organisation line, and
	// is set a little smaller (never below 7 pt) before it is cut.
	org := w.orgLine()
	x := marginX
	if lw := w.drawLogo(x, headerY-0.2, 5.4, 30); lw > 0 {
		x += lw + 2
	}
	avail := marginX + inner - x - min(w.width(org, sizeRunning), 30) - 6
	rsize := sizeRunning
	if rw := w.width(rs, rsize); rw > avail {
		rsize = max(minChartPt, rsize*avail/rw)
	}
	right := w.fit(rs, avail, rsize)
	rw := w.width(right, rsize)
	left := w.fit(org, marginX+inner-x-rw-6, sizeRunning)
	w.text(x, headerY, inner, 5, left, sizeRunning, colMuted, "L")
	w.text(marginX, headerY, inner, 5, right, rsize, colMuted, "R")
	w.line(marginX, headerY+6, pw-marginX, headerY+6, colLight, hairline)
	// The confidentiality mark goes in the header between the two when it
	// fits there, else in the middle of the footer.
	conf, confInHead := w.confidential(), false
	if conf != "" {
		from := x + w.width(left, sizeRunning) + 6
		to := marginX + inner - w.width(right, rsize) - 6
		if cw := w.width(conf, sizeRunning); to-from >= cw {
			w.text(from, headerY, to-from, 5, conf, sizeRunning, colVacancy, "C")
			confInHead = true
		}
	}

	fy := ph - footerHeight + 4.5
	w.line(marginX, fy, pw-marginX, fy, colLight, hairline)
	w.text(marginX, fy+1.5, inner/3, 5, w.date(false), sizeRunning, colMuted, "L")
	if conf != "" && !confInHead {
		w.text(marginX+inner/4, fy+1.5, inner/2, 5, w.fit(conf, inner/2, sizeRunning), sizeRunning, colVacancy, "C")
	}
	num := i18n.In(w.lang, "Page %d of %d", n, total)
	w.text(marginX, fy+1.5, inner, 5, num, sizeRunning, colMuted, "R")
}

// confidential is the cleaned confidentiality mark, "" when none.
func (w *writer) confidential() string {
	c := strings.TrimSpace(w.doc.Org.Confidential)
	if c == "" {
		return ""
	}
	return w.san.clean(c, c)
}
