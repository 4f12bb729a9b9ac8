package chartview

import (
	"io"

	"orgdesigner/app/chart"
)

// exportScale is the PNG resolution: two pixels per chart unit prints
// sharply on A4.
const exportScale = 2

// exportArea is the part of the chart to export: the view, or nil for the
// whole chart.
func (c *Chart) exportArea(visibleOnly bool) *chart.Rect {
	if !visibleOnly || c.view.w <= 0 || c.view.h <= 0 {
		return nil
	}
	r := c.view.rect()
	return &r
}

// ExportPNG writes the whole chart, or only the part in view, as a PNG
// picture. A picture too big at full resolution is written at the largest
// scale that fits chart.MaxPNGPixels.
func (c *Chart) ExportPNG(w io.Writer, visibleOnly bool) error {
	area := c.exportArea(visibleOnly)
	style := chart.DefaultStyle()
	scale := float64(exportScale)
	full := c.lay.Bounds.Inset(style.Margin)
	if area != nil {
		full = *area
	}
	scale = chart.FitScale(full, scale)
	return chart.WritePNG(w, c.lay, c.doc, area, scale, style)
}

// ExportSVG writes the whole chart, or only the part in view, as an SVG
// picture.
func (c *Chart) ExportSVG(w io.Writer, visibleOnly bool) error {
	return chart.WriteSVG(w, c.lay, c.doc, c.exportArea(visibleOnly), chart.DefaultStyle())
}
