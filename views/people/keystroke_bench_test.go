package people

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"orgdesigner/app"
	"orgdesigner/data"
	"orgdesigner/views/internal/uitest"
)

// hugeDoc has 5,000 roles in 250 departments and 10,000 people (issue 10's
// size), each person with two extra roster fields.
func hugeDoc() *data.Document { return genDoc(250, 5000, 2, true) }

// BenchmarkSearchKeystroke measures one key typed into the people filter of
// a 5,000-role, 10,000-person document with a person selected: "handler"
// is the entry's change handler with the list's refresh (what the key
// costs before the driver paints); "painted" adds a render of the panel by
// the test driver's software painter, an upper bound of the GL driver's
// paint, which draws cached text textures.
func BenchmarkSearchKeystroke(b *testing.B) {
	st, err := data.Create(filepath.Join(b.TempDir(), "big.orgdb"), hugeDoc())
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	test.NewTempApp(b)
	l := NewList(app.NewSession(st), nil)
	w := test.NewTempWindow(b, l)
	w.Resize(fyne.NewSize(400, 860))
	l.SelectPerson("p1") // an HR user looks at someone, then searches
	w.Canvas().Focus(l.search)
	keys := []string{"员", "工", "1", "0"}
	uitest.Keystrokes(b, w, l.search, keys)
}
