package views

import (
	"fyne.io/fyne/v2/container"
	fynetheme "fyne.io/fyne/v2/theme"

	"orgdesigner/app/chart"
	"orgdesigner/app/check"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
	"orgdesigner/views/checks"
	"orgdesigner/views/people"
)

// sidebar is the left pane: the outline with its search, the people list
// and the checks, one tab each. The people list and the checks need the
// chart (drop target) and the window's selection, so the window builds it.
type sidebar struct {
	tabs                     *container.AppTabs
	structure, staff, review *container.TabItem
	people                   *people.List
	checks                   *checks.Panel
}

func (m *MainWindow) newSidebar() *sidebar {
	s := &sidebar{
		people: people.NewList(m.sess, m.chart.RoleAt),
		checks: checks.NewPanel(m.sess, m.onFinding),
	}
	s.people.OnSelect = m.onPerson
	s.people.OnDragOver = m.chart.MarkDropTarget
	s.structure = container.NewTabItemWithIcon("", fynetheme.ListIcon(), m.outline.content)
	s.staff = container.NewTabItemWithIcon("", fynetheme.AccountIcon(), s.people)
	s.review = container.NewTabItemWithIcon("", fynetheme.WarningIcon(), s.checks)
	s.tabs = container.NewAppTabs(s.structure, s.staff, s.review)
	s.relabel()
	return s
}

func (s *sidebar) relabel() {
	s.structure.Text = i18n.L("Outline tab")
	s.staff.Text = i18n.L("People")
	s.review.Text = i18n.L("Checks")
	s.people.Relabel()
	s.checks.Relabel()
	s.tabs.Refresh()
}

func (s *sidebar) close() {
	s.people.Close()
	s.checks.Close()
}

// showPeople and showChecks bring a tab to the front (View menu).
func (m *MainWindow) showPeople() { m.side.tabs.Select(m.side.staff) }
func (m *MainWindow) showChecks() { m.side.tabs.Select(m.side.review) }

// Checks returns the checks panel, e.g. for the shell to set thresholds
// from the user's settings.
func (m *MainWindow) Checks() *checks.Panel { return m.side.checks }

// SetCheckThresholds sets the span and depth limits the checks use.
func (m *MainWindow) SetCheckThresholds(t check.Thresholds) { m.side.checks.SetThresholds(t) }

// onPerson shows a person chosen in the people list on the chart: their
// role when they hold one.
func (m *MainWindow) onPerson(id data.ID) {
	if p := m.doc.Person(id); p != nil && m.doc.Role(p.Role) != nil {
		m.CenterOn(Selection{chart.KindRole, p.Role})
	}
}

// onFinding selects the item a check finding is about.
func (m *MainWindow) onFinding(object string, id data.ID) {
	switch object {
	case "role":
		m.CenterOn(Selection{chart.KindRole, id})
	case "department":
		m.CenterOn(Selection{chart.KindDepartment, id})
	case "person":
		m.showPeople()
		m.side.people.SelectPerson(id)
	default:
		m.CenterOn(companySelection)
	}
}
