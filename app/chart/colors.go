package chart

import (
	"image/color"
	"strconv"

	"orgdesigner/data"
)

// palette colours top-level departments that have no colour of their own,
// by their position among the top-level departments. The hues are far apart
// and dark enough for white text.
var palette = []color.NRGBA{
	{0x2E, 0x86, 0xDE, 0xFF}, // blue
	{0xE6, 0x7E, 0x22, 0xFF}, // orange
	{0x27, 0xAE, 0x60, 0xFF}, // green
	{0x8E, 0x44, 0xAD, 0xFF}, // purple
	{0xC0, 0x39, 0x2B, 0xFF}, // red
	{0x16, 0xA0, 0x85, 0xFF}, // teal
	{0xD4, 0xAC, 0x0D, 0xFF}, // mustard
	{0x34, 0x49, 0x5E, 0xFF}, // slate
	{0xD3, 0x54, 0x9A, 0xFF}, // pink
	{0x7F, 0x8C, 0x2D, 0xFF}, // olive
}

// CompanyColor is the colour of the company and company-level roles.
var CompanyColor = color.NRGBA{0x2C, 0x3E, 0x50, 0xFF}

// Colors returns the colour of every department of doc, keyed by id, plus
// CompanyColor under "". A department without a colour takes its parent's;
// a top-level one without a colour takes a palette colour by its position,
// so charts, PDFs and pictures colour a department alike.
func Colors(doc *data.Document) map[data.ID]color.NRGBA {
	out := make(map[data.ID]color.NRGBA, len(doc.Departments)+1)
	out[""] = CompanyColor
	at := make(map[data.ID]int, len(doc.Departments))
	for i := range doc.Departments {
		at[doc.Departments[i].ID] = i
	}
	top := 0
	var resolve func(i, depth int) color.NRGBA
	resolve = func(i, depth int) color.NRGBA {
		d := &doc.Departments[i]
		if c, ok := out[d.ID]; ok {
			return c
		}
		c, ok := ParseColor(d.Color)
		if !ok {
			if p, has := at[d.Parent]; has && p != i && depth < len(doc.Departments) {
				c = resolve(p, depth+1)
			} else {
				c = palette[top%len(palette)]
				top++
			}
		}
		out[d.ID] = c
		return c
	}
	// Top-level departments first, so palette positions follow their order.
	for i := range doc.Departments {
		if _, has := at[doc.Departments[i].Parent]; !has {
			resolve(i, 0)
		}
	}
	for i := range doc.Departments {
		resolve(i, 0)
	}
	return out
}

// ParseColor parses "#RRGGBB".
func ParseColor(s string) (color.NRGBA, bool) {
	if len(s) != 7 || s[0] != '#' {
		return color.NRGBA{}, false
	}
	v, err := strconv.ParseUint(s[1:], 16, 32)
	if err != nil {
		return color.NRGBA{}, false
	}
	return color.NRGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 0xFF}, true
}

// Tint mixes c with white; amount 0 is white, 1 is c.
func Tint(c color.NRGBA, amount float64) color.NRGBA {
	mix := func(v uint8) uint8 { return uint8(255 - amount*(255-float64(v)) + 0.5) }
	return color.NRGBA{mix(c.R), mix(c.G), mix(c.B), 0xFF}
}
