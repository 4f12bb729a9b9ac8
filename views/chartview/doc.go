// Package chartview is the org-chart canvas: a zoomable, pannable and
// editable drawing of the chart that app/chart lays out.
//
// The widget keeps the laid-out chart (rebuilt only when the document or
// the chart options change) and draws through a viewport transform: zoom
// and pan never move or re-lay-out a node. Each frame asks the chart's
// spatial index for the nodes and edges near the viewport and shows only
// those, recycling a pool of card objects, so a 5,000-role chart costs no
// more to draw than the part of it on screen. Far out, where card text
// would be unreadable or too many cards are in view, the chart is drawn
// into one raster instead.
//
// Every edit (add, rename, delete, re-parent by drag, duplicate) goes
// through the session, so it is saved at once and can be undone; the main
// window's menus and toolbar call the exported methods.
package chartview
