package scenarios

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/compare"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
	"orgdesigner/views/internal/uitest"
	"orgdesigner/views/wrapped"
)

// longChanges compares two organisations whose changes read as long
// English sentences: a person moving between long-named departments and
// roles, a role renamed to a long title.
func longChanges() *compare.Result {
	a := &data.Document{Org: data.Organisation{Name: "Acme", Lang: "en"},
		Departments: []data.Department{{ID: "d1", Name: "Brand and Content Marketing Centre"}, {ID: "d2", Name: "E-commerce Operations Department"}},
		Roles: []data.Role{
			{ID: "r1", Title: "Senior Content Strategist", Department: "d1", Planned: 2},
			{ID: "r2", Title: "E-commerce Operations Specialist", Department: "d2", Planned: 3},
		},
		People: []data.Person{{ID: "p1", Name: "Alexandra Montgomery", Role: "r1", Department: "d1"}},
	}
	b := &data.Document{Org: a.Org, Departments: a.Departments,
		Roles: []data.Role{
			{ID: "r1", Title: "Senior Content Strategist and Brand Storyteller", Department: "d1", Planned: 2},
			{ID: "r2", Title: "E-commerce Operations Specialist", Department: "d2", Planned: 5},
		},
		People: []data.Person{{ID: "p1", Name: "Alexandra Montgomery", Role: "r2", Department: "d2"}},
	}
	a.Reindex()
	b.Reindex()
	return compare.Compare(a, b)
}

// shownLabels returns the labels on the canvas holding text.
func shownLabels(o fyne.CanvasObject) []*wrapped.Label {
	return uitest.AllShown(o, func(l *wrapped.Label) bool { return l.Text != "" })
}

// TestChangeListWrapsLongRows: at a narrow width the English rows wrap
// onto more lines instead of being cut, each row as tall as its lines,
// and they are measured again when the list gets narrower.
func TestChangeListWrapsLongRows(t *testing.T) {
	test.NewTempApp(t)
	i18n.SetLanguage(i18n.English)
	t.Cleanup(func() { i18n.SetLanguage(i18n.Chinese) })
	res := longChanges()
	l := NewChangeList()
	w := test.NewTempWindow(t, l.Object())
	w.SetPadded(false)
	l.Show(res, "Current organisation", "Growth stage")
	oneLine := widget.NewLabel("x").MinSize().Height
	for _, width := range []float32{360, 240} {
		w.Resize(fyne.NewSize(width, 900))
		w.Canvas().Capture()
		// The heading wraps too, and the list starts below it.
		for _, lb := range []*wrapped.Label{l.title, l.total} {
			if lb.Size().Height+0.5 < lb.MinSize().Height {
				t.Errorf("%.0f px: the heading %q is cut", width, lb.Text)
			}
		}
		if top := l.total.Position().Y + l.total.Size().Height; l.list.Position().Y+0.5 < top {
			t.Errorf("%.0f px: the list starts at %.0f, over the heading ending at %.0f", width, l.list.Position().Y, top)
		}
		multi := 0
		seen := map[string]bool{}
		for _, lb := range shownLabels(l.list) {
			if lb.Size().Height+0.5 < lb.MinSize().Height {
				t.Errorf("%.0f px: %q is %.0f px tall, its lines need %.0f", width, lb.Text, lb.Size().Height, lb.MinSize().Height)
			}
			if lb.Size().Width > width+0.5 {
				t.Errorf("%.0f px: %q is wider than the list", width, lb.Text)
			}
			if lb.Size().Height > oneLine*1.5 {
				multi++
			}
			seen[strings.TrimSpace(lb.Text)] = true
		}
		if multi == 0 {
			t.Errorf("%.0f px: no row wraps; long sentences would be cut", width)
		}
		for _, line := range l.Lines() {
			if strings.Contains(line, " / ") {
				continue // a heading: its lines are separate labels
			}
			if !seen[line] {
				t.Errorf("%.0f px: row %q is not shown whole", width, line)
			}
		}
	}
}
