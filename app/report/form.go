package report

import (
	"orgdesigner/app/i18n"
)

// form is the geometry of a bordered form: a shaded label column on the
// left, the values to its right.
type form struct {
	x, width, labelW float64
}

func (w *writer) newForm(landscape bool) form {
	lw := 24.0
	if w.lang == i18n.English {
		lw = 34.0
	}
	return form{x: marginX, width: w.contentWidth(landscape), labelW: lw}
}

// valueX and valueW are the text area of the value column.
func (f form) valueX() float64 { return f.x + f.labelW + cellPadX }
func (f form) valueW() float64 { return f.width - f.labelW - 2*cellPadX }

// framePad is the space above and below a form section's content.
const framePad = 1.5

// section puts content units into a form row labelled label. The row's
// frame — shaded label cell, borders — is drawn around each page's part;
// after a page break the label says the section continues.
func (w *writer) section(f form, label string, content []*unit) []*unit {
	lbl := w.san.clean(label, label)
	cont := i18n.In(w.lang, "(continued)")
	fr := &frame{padTop: framePad, padBottom: framePad, draw: func(w *writer, y0, y1 float64, first bool) {
		h := y1 - y0
		w.box(f.x, y0, f.labelW, h, &colLabel, nil)
		w.box(f.x, y0, f.width, h, nil, &colRule)
		w.line(f.x+f.labelW, y0, f.x+f.labelW, y1, colRule, ruleWidth)
		inner := f.labelW - 2*cellPadX
		lines := w.wrap(lbl, inner, stLabel.size)
		block := float64(len(lines)) * stLabel.lead
		if !first {
			block += lineSmall
		}
		y := y0 + framePad
		if h < 25 && block < h-2*framePad {
			y = y0 + (h-block)/2 // short rows: centre the label
		}
		for _, l := range lines {
			w.text(f.x+cellPadX, y, inner, stLabel.lead, l, stLabel.size, stLabel.color, "C")
			y += stLabel.lead
		}
		if !first && y+lineSmall <= y1 {
			w.text(f.x+cellPadX, y, inner, lineSmall, cont, sizeSmall, colMuted, "C")
		}
	}}
	if len(content) == 0 {
		if w.opt.BlankForm {
			content = w.fillIn(f)
		} else {
			content = []*unit{lineUnit("—", f.valueX(), f.valueW(), stSmall, "L")}
		}
	}
	// The label needs room even when the content is one short line.
	need := float64(len(w.wrap(lbl, f.labelW-2*cellPadX, stLabel.size))) * stLabel.lead
	if have := totalHeight(content); have < need {
		content = append(content, spacer(need-have))
	}
	// The first lines stay with the label: never a label alone at a page end.
	content[0].keep = true
	if len(content) == 1 {
		content[0].keep = false
	}
	return inFrame(content, fr)
}

func totalHeight(us []*unit) float64 {
	h := 0.0
	for _, u := range us {
		h += u.h
	}
	return h
}

// gridCell is one label–value pair of a grid row; span makes the value run
// to the end of the row.
type gridCell struct {
	label, value string
	color        *rgb // value colour; nil: body text
}

// gridRow lays out one row of a two-pair grid (label | value | label |
// value), or one pair spanning the row. Rows are single units: they are
// short by nature, and a long value still wraps inside its cell.
func (w *writer) gridRow(f form, where string, cells ...gridCell) *unit {
	valW := (f.width - 2*f.labelW) / 2
	if len(cells) == 1 {
		valW = f.width - f.labelW
	}
	type laid struct {
		label, value []string
		x, vw        float64
		color        rgb
	}
	var parts []laid
	lines := 1
	x := f.x
	for _, c := range cells {
		l := laid{x: x, vw: valW, color: colText}
		if c.color != nil {
			l.color = *c.color
		}
		l.label = w.wrap(w.san.clean(c.label, where), f.labelW-2*cellPadX, stLabel.size)
		l.value = w.wrap(w.san.clean(c.value, where), valW-2*cellPadX, stBody.size)
		lines = max(lines, len(l.label), len(l.value))
		parts = append(parts, l)
		x += f.labelW + valW
	}
	h := float64(lines)*lineBody + 2*gridPadY
	return &unit{h: h, keep: true, draw: func(w *writer, y float64, _ placing) {
		for _, p := range parts {
			w.box(p.x, y, f.labelW, h, &colLabel, nil)
			w.box(p.x, y, f.labelW+p.vw, h, nil, &colRule)
			w.line(p.x+f.labelW, y, p.x+f.labelW, y+h, colRule, ruleWidth)
			ly := y + (h-float64(len(p.label))*lineBody)/2
			for i, l := range p.label {
				w.text(p.x+cellPadX, ly+float64(i)*lineBody, f.labelW-2*cellPadX, lineBody, l, stLabel.size, stLabel.color, "C")
			}
			vy := y + (h-float64(len(p.value))*lineBody)/2
			for i, l := range p.value {
				w.text(p.x+f.labelW+cellPadX, vy+float64(i)*lineBody, p.vw-2*cellPadX, lineBody, l, stBody.size, p.color, "L")
			}
		}
	}}
}

// gridPadY is the vertical padding of grid rows, tighter than tables':
// the basic-information grid must leave room for the sheet's sections.
const gridPadY = 0.9

// band is a full-width shaded title row of a form.
func (w *writer) formBand(f form, title string) *unit {
	s := w.fit(w.san.clean(title, title), f.width-2*cellPadX, sizeH2)
	h := lineH2 + 2*gridPadY
	return &unit{h: h, keep: true, draw: func(w *writer, y float64, _ placing) {
		w.box(f.x, y, f.width, h, &colBand, &colRule)
		w.text(f.x+cellPadX, y+gridPadY, f.width-2*cellPadX, lineH2, s, sizeH2, colAccent, "L")
	}}
}

// fillInLines is how many ruled lines a blank section offers.
const fillInLines = 3

// fillIn is the inside of an empty section on a blank form: ruled lines
// to write on.
func (w *writer) fillIn(f form) []*unit {
	const lh = 7.5
	out := make([]*unit, fillInLines)
	for i := range out {
		out[i] = &unit{h: lh, keep: i < fillInLines-1, draw: func(w *writer, y float64, _ placing) {
			w.line(f.valueX(), y+lh-1.2, f.valueX()+f.valueW(), y+lh-1.2, colLight, hairline)
		}}
	}
	return out
}
