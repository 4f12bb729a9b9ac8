package chart

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"image/color"
	"io"
	"math"
	"strconv"
	"strings"

	"orgdesigner/data"
	"orgdesigner/resources"
)

// svgFonts names the bundled font first, then common CJK system fonts, so
// a viewer without WenQuanYi Micro Hei still shows Chinese.
var svgFonts = "'" + resources.FontName + "', 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', sans-serif"

// WriteSVG writes the chart, or the part of it inside area (nil: the whole
// chart with a margin), as an SVG picture: cards as the app draws them,
// solid and dashed connectors. Text uses the bundled font's family name and
// is cut to fit the cards with the bundled font's metrics.
func WriteSVG(w io.Writer, c *Chart, doc *data.Document, area *Rect, style Style) error {
	if c == nil {
		return fmt.Errorf("export picture: no chart")
	}
	a := exportArea(c, area, style)
	if !(a.W > 0 && a.H > 0) || math.IsInf(a.W, 0) || math.IsInf(a.H, 0) {
		return fmt.Errorf("export picture: empty area %v", a)
	}
	s, err := newScene(c, doc, style)
	if err != nil {
		return err
	}
	p := &svgPainter{w: bufio.NewWriter(w)}
	p.printf(`<?xml version="1.0" encoding="UTF-8"?>`+"\n"+
		`<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="%s" height="%s" viewBox="%s %s %s %s" font-family="%s">`+"\n",
		num(a.W), num(a.H), num(a.X), num(a.Y), num(a.W), num(a.H), attr(svgFonts))
	p.printf("<title>%s</title>\n", text(s.title))
	s.draw(p, a)
	p.printf("</svg>\n")
	if p.err != nil {
		return fmt.Errorf("export picture: %w", p.err)
	}
	if err := p.w.Flush(); err != nil {
		return fmt.Errorf("export picture: %w", err)
	}
	return nil
}

// svgPainter writes SVG elements, remembering the first write error.
type svgPainter struct {
	w   *bufio.Writer
	err error
}

func (p *svgPainter) printf(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, args...)
	}
}

func (p *svgPainter) shape(r Rect, rt, rb float64, fill, stroke color.NRGBA, sw float64) {
	paint := paintAttrs(fill, "fill")
	if stroke.A > 0 && sw > 0 {
		paint += paintAttrs(stroke, "stroke") + ` stroke-width="` + num(sw) + `"`
	}
	if rt == rb {
		round := ""
		if rt > 0 {
			round = ` rx="` + num(rt) + `"`
		}
		p.printf(`<rect x="%s" y="%s" width="%s" height="%s"%s%s/>`+"\n", num(r.X), num(r.Y), num(r.W), num(r.H), round, paint)
		return
	}
	p.printf(`<path d="%s"%s/>`+"\n", roundedPath(r, rt, rb), paint)
}

// roundedPath is an SVG path of a rectangle with top and bottom corner
// radii, clockwise from the top-left corner.
func roundedPath(r Rect, rt, rb float64) string {
	rt, rb = clampRadius(r, rt), clampRadius(r, rb)
	x0, y0, x1, y1 := r.X, r.Y, r.Right(), r.Bottom()
	var b strings.Builder
	fmt.Fprintf(&b, "M%s %sH%s", num(x0+rt), num(y0), num(x1-rt))
	if rt > 0 {
		fmt.Fprintf(&b, "A%s %s 0 0 1 %s %s", num(rt), num(rt), num(x1), num(y0+rt))
	}
	fmt.Fprintf(&b, "V%s", num(y1-rb))
	if rb > 0 {
		fmt.Fprintf(&b, "A%s %s 0 0 1 %s %s", num(rb), num(rb), num(x1-rb), num(y1))
	}
	fmt.Fprintf(&b, "H%s", num(x0+rb))
	if rb > 0 {
		fmt.Fprintf(&b, "A%s %s 0 0 1 %s %s", num(rb), num(rb), num(x0), num(y1-rb))
	}
	fmt.Fprintf(&b, "V%s", num(y0+rt))
	if rt > 0 {
		fmt.Fprintf(&b, "A%s %s 0 0 1 %s %s", num(rt), num(rt), num(x0+rt), num(y0))
	}
	b.WriteString("Z")
	return b.String()
}

// clampRadius keeps a corner radius within half the rectangle's sides.
func clampRadius(r Rect, rad float64) float64 {
	return math.Max(0, math.Min(rad, math.Min(r.W, r.H)/2))
}

func (p *svgPainter) line(pts []Point, c color.NRGBA, width float64, dashed bool) {
	var b strings.Builder
	for i, q := range pts {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(num(q.X) + "," + num(q.Y))
	}
	dash := ""
	if dashed {
		dash = ` stroke-dasharray="` + num(4*width) + " " + num(2.7*width) + `"`
	}
	p.printf(`<polyline points="%s" fill="none"%s stroke-width="%s"%s/>`+"\n", b.String(), paintAttrs(c, "stroke"), num(width), dash)
}

func (p *svgPainter) text(x, y float64, s string, size float64, c color.NRGBA, a anchor) {
	if s == "" {
		return
	}
	anchorAttr := ""
	switch a {
	case anchorMiddle:
		anchorAttr = ` text-anchor="middle"`
	case anchorEnd:
		anchorAttr = ` text-anchor="end"`
	}
	p.printf(`<text x="%s" y="%s" font-size="%s"%s%s>%s</text>`+"\n", num(x), num(y), num(size), paintAttrs(c, "fill"), anchorAttr, text(s))
}

func (p *svgPainter) circle(center Point, r float64, fill color.NRGBA) {
	p.printf(`<circle cx="%s" cy="%s" r="%s"%s/>`+"\n", num(center.X), num(center.Y), num(r), paintAttrs(fill, "fill"))
}

func (p *svgPainter) group(tip string) { p.printf("<g><title>%s</title>\n", text(tip)) }
func (p *svgPainter) endGroup()        { p.printf("</g>\n") }

// paintAttrs writes a fill or stroke colour, or "none".
func paintAttrs(c color.NRGBA, what string) string {
	if c.A == 0 {
		return " " + what + `="none"`
	}
	s := fmt.Sprintf(` %s="#%02X%02X%02X"`, what, c.R, c.G, c.B)
	if c.A < 0xFF {
		s += fmt.Sprintf(` %s-opacity="%s"`, what, num(float64(c.A)/255))
	}
	return s
}

// num formats a coordinate with at most two decimals.
func num(v float64) string {
	return strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64)
}

// text escapes character data; attr escapes an attribute value. Both drop
// characters XML does not allow, so no user text breaks the file.
func text(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

func attr(s string) string { return text(s) }
