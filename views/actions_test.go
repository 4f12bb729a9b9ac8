package views

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"orgdesigner/app/chart"
)

// TestInsertPersonEnterAdds: Insert → Person… adds the person to the
// selected role when Enter is pressed in the name field, like any form;
// Enter with an empty name adds nobody and keeps the dialog open.
func TestInsertPersonEnterAdds(t *testing.T) {
	m, sess := newTestWindow(t, templateDoc(t))
	role := roleByTitle(t, m.doc, "社交媒体运营")
	m.Select(Selection{Kind: chart.KindRole, ID: role.ID})

	before := len(sess.Doc().People)
	m.insertPerson()
	name := focusedEntry(t, m.Window())
	name.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if n := len(sess.Doc().People) - before; n != 0 {
		t.Fatalf("Enter with an empty name added %d people", n)
	}
	if m.Window().Canvas().Overlays().Top() == nil {
		t.Fatal("Enter with an empty name closed the dialog")
	}

	test.Type(name, "李雷")
	name.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	found := false
	for _, p := range sess.Doc().Holders(role.ID) {
		found = found || p.Name == "李雷"
	}
	if !found || len(sess.Doc().People) != before+1 {
		t.Fatalf("after Enter: 李雷 in the role %t, %d people added, want one", found, len(sess.Doc().People)-before)
	}
	if m.Window().Canvas().Overlays().Top() != nil {
		t.Error("the dialog stayed open after the person was added")
	}
}
