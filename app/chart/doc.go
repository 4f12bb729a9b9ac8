// Package chart turns an organisation document into a drawable org chart:
// a tree of company, department, role, project and person nodes (Build), a
// tidy-tree layout of that tree (Layout), a spatial index so a viewport asks
// only for what it shows (Visible, EdgesVisible, At), and picture exports of
// the laid-out chart (WriteSVG, WritePNG).
//
// The package is pure Go and Fyne-free: the chart canvas in views/ draws
// what Build returns, and the PDF booklet and the command line use the same
// model, so every picture of the organisation agrees.
//
// Coordinates are chart units (1 unit = 1 pixel at zoom 1), origin at the top
// left, y growing downwards.
package chart
