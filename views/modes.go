package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"

	"orgdesigner/app/chart"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
	"orgdesigner/views/projects"
)

// Share of the centre the chart keeps beside the project views.
const (
	projectChartShare = 0.6
	matrixChartShare  = 0.55
)

// View returns the view the window shows: functional, project or matrix.
func (m *MainWindow) View() data.Mode { return m.view }

// SetView switches the view (the toolbar's and the View menu's switch). A
// view is a way of looking at the document, not an edit: the
// organisation's mode, set in the organisation settings, stays as it is,
// and nothing is added to the undo history.
func (m *MainWindow) SetView(view data.Mode) {
	view = normalMode(view)
	if view == m.view {
		return
	}
	m.applyView(view)
	m.updateCommands()
	m.status.say(showingView(view), false)
}

// showingView is the status message after a view switch.
func showingView(view data.Mode) string {
	switch view {
	case data.ModeProject:
		return i18n.L("Showing the project view.")
	case data.ModeMatrix:
		return i18n.L("Showing the matrix view.")
	}
	return i18n.L("Showing the functional view.")
}

// viewName names a view in the UI language.
func viewName(view data.Mode) string {
	switch view {
	case data.ModeProject:
		return i18n.L("Project view")
	case data.ModeMatrix:
		return i18n.L("Matrix view")
	}
	return i18n.L("Functional view")
}

// applyView lays out the centre for a view: the chart alone (functional),
// the chart of project teams beside the list of teams (project), or the
// chart with dotted lines and their legend above the departments × teams
// grid (matrix).
func (m *MainWindow) applyView(mode data.Mode) {
	m.view = mode
	opts := m.chart.Options()
	opts.Mode, opts.Collapsed = mode, nil
	m.chart.SetOptions(opts)
	var centre fyne.CanvasObject = m.chart
	switch mode {
	case data.ModeProject:
		split := container.NewHSplit(m.chart, m.projectList())
		split.Offset = projectChartShare
		centre = split
	case data.ModeMatrix:
		if m.legend == nil {
			m.legend = newMatrixLegend()
		}
		withLegend := container.NewBorder(nil, container.NewHBox(layout.NewSpacer(), m.legend), nil, nil, m.chart)
		split := container.NewVSplit(withLegend, m.matrixGrid())
		split.Offset = matrixChartShare
		centre = split
	}
	m.centre.Objects = []fyne.CanvasObject{centre}
	m.centre.Refresh()
	if m.toolbar != nil {
		m.toolbar.update()
	}
}

func (m *MainWindow) projectList() *projects.List {
	if m.projList == nil {
		m.projList = projects.NewList(m.sess, m.win)
		m.projList.OnChanged = func(id data.ID) {
			m.refresh()
			if id != "" {
				m.Select(Selection{chart.KindProject, id})
			}
		}
		m.projList.OnError = m.ShowError
	} else {
		m.projList.Reload()
	}
	return m.projList
}

func (m *MainWindow) matrixGrid() *projects.Matrix {
	if m.matrix == nil {
		m.matrix = projects.NewMatrix(m.sess)
		m.matrix.OnNewTeam = m.newProject
		m.matrix.OnSelected = func(dept, _ data.ID) {
			if dept == "" {
				m.Select(companySelection)
				return
			}
			m.Select(Selection{chart.KindDepartment, dept})
		}
	} else {
		m.matrix.Reload()
	}
	return m.matrix
}

// newProject opens the project team editor for a new team.
func (m *MainWindow) newProject() {
	projects.ShowEditor(m.sess, m.win, "", func(id data.ID) {
		m.refresh()
		m.Select(Selection{chart.KindProject, id})
		name := ""
		if t := m.doc.Project(id); t != nil {
			name = t.Name
		}
		// The functional chart draws no project teams: say where the new
		// one is (the panel on the right offers to go there).
		msg := i18n.L("Created the project team %s. The functional chart does not draw project teams: “Show in the project view” on the right shows it.", name)
		if m.view != data.ModeFunctional {
			msg = i18n.L("Created the project team %s; it is selected on the chart.", name)
		}
		m.status.say(msg, false)
	})
}

// showTeam switches to the project view and centres team id on its chart.
func (m *MainWindow) showTeam(id data.ID) {
	m.SetView(data.ModeProject)
	m.CenterOn(Selection{chart.KindProject, id})
	m.card.Show(m.doc, m.sel) // the panel no longer offers to switch
}

// editProject opens the editor for the selected project team.
func (m *MainWindow) editProject(id data.ID) {
	projects.ShowEditor(m.sess, m.win, id, func(id data.ID) {
		m.refresh()
		if t := m.doc.Project(id); t != nil {
			m.status.say(i18n.L("Saved the project team %s.", t.Name), false)
		}
	})
}

// SetOrientation lays the chart out top-down or left-right.
func (m *MainWindow) SetOrientation(o chart.Orientation) {
	opts := m.chart.Options()
	opts.Orientation, opts.Collapsed = o, nil
	m.chart.SetOptions(opts)
	m.updateCommands()
}

// SetCompact turns the compact layout (stacked leaf roles) on or off.
func (m *MainWindow) SetCompact(on bool) {
	opts := m.chart.Options()
	opts.Compact, opts.Collapsed = on, nil
	m.chart.SetOptions(opts)
	m.updateCommands()
}

// ShowOutline shows or hides the outline panel.
func (m *MainWindow) ShowOutline(on bool) { m.setVisible(m.outlinePane, m.bodySplit, on) }

// ShowCardPanel shows or hides the card panel.
func (m *MainWindow) ShowCardPanel(on bool) { m.setVisible(m.cardPane, m.innerSplit, on) }

func (m *MainWindow) setVisible(o fyne.CanvasObject, split *container.Split, on bool) {
	if on {
		o.Show()
	} else {
		o.Hide()
	}
	split.Refresh()
	m.updateCommands()
}
