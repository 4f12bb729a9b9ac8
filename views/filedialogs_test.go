package views

import (
	"testing"

	"fyne.io/fyne/v2"
)

// TestFileDialogsShow opens every file dialog the main window has: Fyne
// 2.8.1 panics when a file dialog is resized before it is shown, which
// crashed the app on File → Open… and File → Export chart picture.
func TestFileDialogsShow(t *testing.T) {
	cases := []struct {
		name string
		open func(m *MainWindow)
	}{
		{"open", func(m *MainWindow) { m.openDocument() }},
		{"export PNG", func(m *MainWindow) { m.exportPicture(false, false) }},
		{"export SVG", func(m *MainWindow) { m.exportPicture(true, true) }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m, _ := newTestWindow(t, templateDoc(t))
			tc.open(m)
			ov := m.win.Canvas().Overlays().List()
			if len(ov) == 0 {
				t.Fatal("no dialog shown")
			}
			var top fyne.CanvasObject = ov[len(ov)-1]
			if s := top.Size(); s.Width < 400 {
				t.Errorf("dialog is %v, want it sized to the window", s)
			}
		})
	}
}
