package projects

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// Matrix is the matrix-mode grid: rows are departments, columns are project
// teams, and each cell lists the team's members from that department.
type Matrix struct {
	widget.BaseWidget

	// OnSelected is called when the user picks a cell: the department of
	// its row ("" for the company level) and the team of its column.
	OnSelected func(dept, team data.ID)
	// OnNewTeam is called by the empty state's "New project team" button.
	OnNewTeam func()

	sess       Session
	grid       Grid
	table      *widget.Table
	emptyTitle *widget.Label
	emptyText  *widget.Label
	newTeam    *widget.Button
	empty      *fyne.Container
	content    *fyne.Container
}

var _ fyne.Widget = (*Matrix)(nil)

// Column widths stay within these bounds (in units of the theme's text
// size) so one long member name cannot make the grid unreadable.
const (
	minColumnEms = 9
	maxColumnEms = 20
)

// NewMatrix builds the grid over the session's document.
func NewMatrix(sess Session) *Matrix {
	m := &Matrix{sess: sess}
	m.ExtendBaseWidget(m)
	m.table = &widget.Table{
		Length:           func() (int, int) { return len(m.grid.Rows), len(m.grid.Teams) },
		CreateCell:       newCellLabel,
		UpdateCell:       m.updateCell,
		OnSelected:       m.onSelected,
		ShowHeaderRow:    true,
		ShowHeaderColumn: true,
		CreateHeader:     newCellLabel,
		UpdateHeader:     m.updateHeader,
	}
	m.table.ExtendBaseWidget(m.table)
	m.newTeam = widget.NewButtonWithIcon("", theme.ContentAddIcon(), func() {
		if m.OnNewTeam != nil {
			m.OnNewTeam()
		}
	})
	m.emptyTitle = widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{})
	m.emptyTitle.Importance = widget.HighImportance
	m.emptyText = widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{})
	m.empty = container.NewCenter(container.NewVBox(m.emptyTitle, m.emptyText, container.NewCenter(m.newTeam)))
	m.content = container.NewStack(m.table, m.empty)
	m.Relabel()
	return m
}

// Relabel redraws the grid in the current UI language.
func (m *Matrix) Relabel() {
	m.emptyTitle.SetText(i18n.L("No project teams yet."))
	m.emptyText.SetText(i18n.L("The matrix lists each team's members by department."))
	m.newTeam.SetText(i18n.L("New project team"))
	m.Reload()
}

// CreateRenderer implements fyne.Widget.
func (m *Matrix) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(m.content)
}

// Grid returns the data the grid shows (tests and exports read it).
func (m *Matrix) Grid() Grid { return m.grid }

// Reload rebuilds the grid from the session's current document.
func (m *Matrix) Reload() {
	m.grid = BuildGrid(m.sess.Doc(), i18n.L("Company level"))
	if len(m.grid.Teams) == 0 {
		m.table.Hide()
		m.empty.Show()
	} else {
		m.empty.Hide()
		m.table.Show()
	}
	m.sizeCells()
	m.table.UnselectAll()
	m.table.Refresh()
}

func newCellLabel() fyne.CanvasObject {
	l := widget.NewLabel("")
	l.Truncation = fyne.TextTruncateEllipsis
	return l
}

func (m *Matrix) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	if id.Row >= len(m.grid.Rows) || id.Col >= len(m.grid.Teams) {
		return
	}
	o.(*widget.Label).SetText(strings.Join(m.grid.Cells[id.Row][id.Col], "\n"))
}

func (m *Matrix) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	l := o.(*widget.Label)
	l.TextStyle = fyne.TextStyle{Bold: true}
	switch {
	case id.Row < 0 && id.Col < len(m.grid.Teams):
		t := m.grid.Teams[id.Col]
		text := t.Name
		if owner := OwnerLabel(m.sess.Doc(), t); owner != "" {
			text += "\n" + i18n.L("Owner: %s", owner)
		}
		l.SetText(text)
	case id.Col < 0 && id.Row < len(m.grid.Rows):
		r := m.grid.Rows[id.Row]
		l.SetText(strings.Repeat("    ", r.Depth) + r.Name)
	default:
		l.SetText("")
	}
}

func (m *Matrix) onSelected(id widget.TableCellID) {
	if id.Row < 0 || id.Col < 0 || id.Row >= len(m.grid.Rows) || id.Col >= len(m.grid.Teams) {
		return
	}
	if m.OnSelected != nil {
		m.OnSelected(m.grid.Rows[id.Row].Dept, m.grid.Teams[id.Col].ID)
	}
}

// sizeCells sets row heights from the number of member lines and column
// widths from the longest text, within bounds.
func (m *Matrix) sizeCells() {
	th := m.Theme()
	size := th.Size(theme.SizeNameText)
	// Room for the label's inner padding on both sides and a little slack,
	// so a measured text is never truncated by rounding.
	pad := 2*th.Size(theme.SizeNameInnerPadding) + 2*th.Size(theme.SizeNamePadding)
	width := func(s string, bold bool) float32 {
		return fyne.MeasureText(s, size, fyne.TextStyle{Bold: bold}).Width + pad
	}
	heights := map[int]float32{}
	height := func(lines int) float32 {
		if h, ok := heights[lines]; ok {
			return h
		}
		h := widget.NewLabel(strings.Repeat("国\n", lines-1) + "国").MinSize().Height
		heights[lines] = h
		return h
	}
	minW, maxW := minColumnEms*size, maxColumnEms*size
	head := minW / 2
	for _, r := range m.grid.Rows {
		head = max(head, width(strings.Repeat("    ", r.Depth)+r.Name, true))
	}
	m.table.SetColumnWidth(-1, min(head, 2*maxW))
	headLines := 1
	for c, t := range m.grid.Teams {
		w := width(t.Name, true)
		if owner := OwnerLabel(m.sess.Doc(), t); owner != "" {
			headLines = 2
			w = max(w, width(i18n.L("Owner: %s", owner), true))
		}
		for r := range m.grid.Rows {
			for _, line := range m.grid.Cells[r][c] {
				w = max(w, width(line, false))
			}
		}
		m.table.SetColumnWidth(c, min(max(w, minW), maxW))
	}
	m.table.SetRowHeight(-1, height(headLines))
	for r := range m.grid.Rows {
		m.table.SetRowHeight(r, height(m.grid.Lines(r)))
	}
}
