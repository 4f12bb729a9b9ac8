package report

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/go-pdf/fpdf"

	"orgdesigner/app/cost"
	"orgdesigner/app/i18n"
	"orgdesigner/app/report/textlayout"
	"orgdesigner/data"
	"orgdesigner/resources"
)

// fontFamily is the name the bundled font is registered under in fpdf.
const fontFamily = "wqy"

// ptToMM converts a font size in points to millimetres.
const ptToMM = 25.4 / 72

// writer holds one report being made: the fpdf document, the content
// language, the text tools and the units laid out so far. All fpdf calls of
// the package go through it or through draw functions it runs.
type writer struct {
	ctx   context.Context
	opt   Options
	doc   *data.Document
	facts *facts
	lang  string
	pdf   *fpdf.Fpdf
	paper fpdf.SizeType // portrait size in mm

	san sanitizer
	brk textlayout.Breaker
	em  map[rune]float64 // advance widths in em, cached

	units []*unit     // the document, in reading order
	links map[int]int // page → internal link id

	costDone bool         // the cost roll-ups have been looked at
	rollup   *cost.Rollup // nil: no role has a salary band

	logoDone  bool // the logo has been looked at
	logoType  string
	logoRatio float64
}

func newWriter(ctx context.Context, doc *data.Document, opt Options) (*writer, error) {
	paper, err := paperSize(opt.Paper)
	if err != nil {
		return nil, err
	}
	if opt.Date.IsZero() {
		opt.Date = time.Now()
	}
	pdf := fpdf.NewCustom(&fpdf.InitType{OrientationStr: "P", UnitStr: "mm", Size: paper})
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetMargins(marginX, contentTop, marginX)
	pdf.SetCellMargin(0)
	pdf.AddUTF8FontFromBytes(fontFamily, "", resources.FontTTF)
	pdf.SetFont(fontFamily, "", sizeBody)
	if err := pdf.Error(); err != nil {
		return nil, fmt.Errorf("load the bundled font: %w", err)
	}
	pdf.SetCatalogSort(true)
	pdf.SetCreationDate(opt.Date)
	pdf.SetModificationDate(opt.Date)
	w := &writer{ctx: ctx, opt: opt, doc: doc, lang: i18n.Normalize(doc.Org.Lang), pdf: pdf,
		paper: paper, em: make(map[rune]float64, 512)}
	w.facts = newFacts(doc)
	w.san.punct = w.lang == i18n.Chinese && (opt.NormalisePunct || doc.Org.NormalisePunct)
	pdf.SetLang(map[string]string{i18n.Chinese: "zh-CN", i18n.English: "en"}[w.lang])
	pdf.SetCreator("OrgDesigner", true)
	pdf.SetAuthor(w.meta(doc.Org.Name), true)
	return w, nil
}

// meta prepares text for the PDF's metadata, which fpdf can only encode
// for the Basic Multilingual Plane. What it replaces is printed elsewhere
// too and warned about there, so it keeps no record.
func (w *writer) meta(s string) string {
	var quiet sanitizer
	return quiet.clean(strings.ReplaceAll(s, "\n", " "), "")
}

// setMeta sets the document's title and subject.
func (w *writer) setMeta(title, subject string) {
	w.pdf.SetTitle(w.meta(title), true)
	w.pdf.SetSubject(w.meta(subject), true)
}

// cancelled reports the context's error, if any.
func (w *writer) cancelled() error { return w.ctx.Err() }

// ---- measuring and wrapping -------------------------------------------------

// emWidth returns r's advance width in em. Text is cleaned before it is
// measured; a character that slipped through is measured as the □ it will
// be printed as (fpdf's width table must not be indexed past the BMP).
func (w *writer) emWidth(r rune) float64 {
	if v, ok := w.em[r]; ok {
		return v
	}
	m := r
	if r > 0xFFFF || r < 0 {
		m = replacement
	}
	v := float64(w.pdf.GetStringSymbolWidth(string(m))) / 1000
	w.em[r] = v
	return v
}

// width returns the width of s in millimetres at size points.
func (w *writer) width(s string, size float64) float64 {
	em := 0.0
	for _, r := range s {
		em += w.emWidth(r)
	}
	return em * size * ptToMM
}

// wrap breaks clean text into lines at most width millimetres wide.
func (w *writer) wrap(s string, width, size float64) []string {
	k := size * ptToMM
	lines := w.brk.Break(s, width/k, w.emWidth)
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = l.Text(s)
	}
	return out
}

// fit returns s, or its longest prefix that fits in width followed by "…".
func (w *writer) fit(s string, width, size float64) string {
	if w.width(s, size) <= width {
		return s
	}
	limit := width/(size*ptToMM) - w.emWidth('…')
	em := 0.0
	for i, r := range s {
		em += w.emWidth(r)
		if em > limit {
			return strings.TrimRight(s[:i], " ") + "…"
		}
	}
	return s
}

// ---- drawing ------------------------------------------------------------------

// text draws one line of clean text in a box of the given width and height
// starting at (x, y), vertically centred; align is "L", "C" or "R".
func (w *writer) text(x, y, width, h float64, s string, size float64, c rgb, align string) {
	if s == "" {
		return
	}
	w.pdf.SetFontSize(size)
	w.pdf.SetTextColor(c.r, c.g, c.b)
	w.pdf.SetXY(x, y)
	w.pdf.CellFormat(width, h, s, "", 0, align, false, 0, "")
}

// box draws a rectangle: filled with fill when fill is non-nil, outlined
// with stroke when stroke is non-nil.
func (w *writer) box(x, y, width, h float64, fill, stroke *rgb) {
	style := ""
	if fill != nil {
		w.pdf.SetFillColor(fill.r, fill.g, fill.b)
		style += "F"
	}
	if stroke != nil {
		w.pdf.SetDrawColor(stroke.r, stroke.g, stroke.b)
		w.pdf.SetLineWidth(ruleWidth)
		style += "D"
	}
	if style != "" {
		w.pdf.Rect(x, y, width, h, style)
	}
}

// line draws a straight line.
func (w *writer) line(x1, y1, x2, y2 float64, c rgb, width float64) {
	w.pdf.SetDrawColor(c.r, c.g, c.b)
	w.pdf.SetLineWidth(width)
	w.pdf.Line(x1, y1, x2, y2)
}

// ---- pages ------------------------------------------------------------------------

// pageSize returns the width and height of a page of the given orientation.
func (w *writer) pageSize(landscape bool) (float64, float64) {
	if landscape {
		return w.paper.Ht, w.paper.Wd
	}
	return w.paper.Wd, w.paper.Ht
}

// specSize returns the width and height of a page of the given layout.
func (w *writer) specSize(spec *pageSpec) (float64, float64) {
	if p := spec.paper; p != nil {
		if spec.landscape {
			return max(p.Wd, p.Ht), min(p.Wd, p.Ht)
		}
		return p.Wd, p.Ht
	}
	return w.pageSize(spec.landscape)
}

// contentWidth is the width between the side margins.
func (w *writer) contentWidth(landscape bool) float64 {
	pw, _ := w.pageSize(landscape)
	return pw - 2*marginX
}

// contentHeight is the height between the header and the footer.
func (w *writer) contentHeight(landscape bool) float64 {
	_, ph := w.pageSize(landscape)
	return ph - footerHeight - contentTop
}

// date formats the document date for the content language.
func (w *writer) date(long bool) string {
	d := w.opt.Date
	if !long {
		return d.Format("2006-01-02")
	}
	if w.lang == i18n.Chinese {
		return fmt.Sprintf("%d年%d月%d日", d.Year(), d.Month(), d.Day())
	}
	return d.Format("2 January 2006")
}

// roundRect draws a rectangle with rounded corners, radii clockwise from
// the top left (0: square corner); style is "F", "D" or "FD". fpdf's own
// RoundedRect leaves an unbalanced "q" in the page stream, which keeps every
// later clipping path in force (a chart page's second slice came out
// blank), so the path is built here from public path operators.
//
// The path starts in the middle of the top edge, not at the end of the
// top-left corner: fpdf writes MoveTo to 2 decimals but curve points to 5,
// so a path closed where a curve ends has a closing segment a few
// thousandths long pointing anywhere, and its mitred join drew a spike at
// the corner of thick outlines (the change report's marked cards). Closed
// along the straight top edge, the join is flat. Strokes use round joins
// too, so no degenerate segment can make a spike.
func (w *writer) roundRect(x, y, wd, h, tl, tr, br, bl float64, style string) {
	const k = 0.5522847498 // (4/3)(√2−1): a quarter circle as a cubic Bézier
	lim := min(wd, h) / 2
	tl, tr, br, bl = min(tl, lim), min(tr, lim), min(br, lim), min(bl, lim)
	p := w.pdf
	if style != "F" {
		p.SetLineJoinStyle("round")
		defer p.SetLineJoinStyle("miter")
	}
	p.MoveTo(x+wd/2, y)
	p.LineTo(x+wd-tr, y)
	if tr > 0 {
		p.CurveBezierCubicTo(x+wd-tr+tr*k, y, x+wd, y+tr-tr*k, x+wd, y+tr)
	}
	p.LineTo(x+wd, y+h-br)
	if br > 0 {
		p.CurveBezierCubicTo(x+wd, y+h-br+br*k, x+wd-br+br*k, y+h, x+wd-br, y+h)
	}
	p.LineTo(x+bl, y+h)
	if bl > 0 {
		p.CurveBezierCubicTo(x+bl-bl*k, y+h, x, y+h-bl+bl*k, x, y+h-bl)
	}
	p.LineTo(x, y+tl)
	if tl > 0 {
		p.CurveBezierCubicTo(x, y+tl-tl*k, x+tl-tl*k, y, x+tl, y)
	}
	p.ClosePath()
	p.DrawPath(style)
}
