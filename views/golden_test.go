package views

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"orgdesigner/app/chart"
)

// TestPanelsMarkup pins the look of the window's own panels: the outline
// (in window size) with a role selected, the summary of a project team and
// the status bar. The chart and the card editors belong to chartview and
// card, which have their own goldens.
func TestPanelsMarkup(t *testing.T) {
	m, sess := newTestWindow(t, templateDoc(t))
	outline := m.outline.content
	outline.Resize(fyne.NewSize(280, 520)) // sized first, so the selection scrolls into this view
	m.Select(Selection{chart.KindRole, roleByTitle(t, sess.Doc(), "电商运营").ID})
	m.status.stop()

	outline.Resize(fyne.NewSize(280, 520))
	test.AssertObjectRendersToMarkup(t, "outline.xml", outline)

	m.Select(Selection{chart.KindProject, sess.Doc().Projects[0].ID})
	team := m.card.summary.Object()
	team.Resize(fyne.NewSize(360, 640))
	test.AssertObjectRendersToMarkup(t, "team-summary.xml", team)

	status := m.status.content
	status.Resize(fyne.NewSize(1000, status.MinSize().Height))
	test.AssertObjectRendersToMarkup(t, "status.xml", status)
}
