package views

import (
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/views/internal/uitest"
)

// BenchmarkPeopleFilterKeystroke5000 measures one key typed into the people
// tab's filter inside the main window of a 5,000-role, 10,000-person
// document, with a person selected: the handlers that run on the key.
func BenchmarkPeopleFilterKeystroke5000(b *testing.B) {
	m := benchWindow(b, bigDoc(50, 100))
	m.showPeople()
	l := m.side.people
	l.SelectPerson("p1-1-0")
	search := peopleSearch(b, m)
	m.Window().Canvas().Focus(search)
	keys := []string{"员", "工", "1", "-"}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if i%len(keys) == 0 {
			search.SetText("")
		}
		test.Type(search, keys[i%len(keys)])
	}
}

// peopleSearch finds the people tab's search entry (the panel's first).
func peopleSearch(tb testing.TB, m *MainWindow) *widget.Entry {
	tb.Helper()
	e := uitest.Find[*widget.Entry](m.side.people, nil)
	if e == nil {
		tb.Fatal("no search entry in the people tab")
	}
	return e
}
