package views

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"orgdesigner/app"
	"orgdesigner/data"
	odtheme "orgdesigner/views/theme"
)

// scenarioWindow opens a 5,000-role / 10,000-person document, every role
// priced, with one
// scenario (a copy with a renamed role, so the two snapshots differ) and
// returns the window with the current organisation open, and the
// scenario's id.
func scenarioWindow(b *testing.B) (*MainWindow, data.ID) {
	b.Helper()
	m := benchWindow(b, pricedBigDoc())
	id, err := m.sess.NewScenario("成长期", "")
	if err != nil {
		b.Fatal(err)
	}
	if err := m.sess.Do(app.RenameRole("r3-4", "改名岗位")); err != nil {
		b.Fatal(err)
	}
	m.SwitchScenario("")
	if m.sess.Scenario() != "" {
		b.Fatalf("could not open the current organisation: %d dialogs", len(m.Window().Canvas().Overlays().List()))
	}
	return m, id
}

// pricedBigDoc is bigDoc(50, 100) with every role priced, so the status
// bar computes the personnel cost on every switch too.
func pricedBigDoc() *data.Document {
	doc := bigDoc(50, 100)
	for i := range doc.Roles {
		doc.Roles[i].PayMin, doc.Roles[i].PayMax = 8000, 12000
	}
	return doc
}

// switchFrame switches to organisation id and does what happens before
// the driver paints: every panel refreshed (outline, card, status, title,
// selector, menus) and the chart laid out again.
func switchFrame(b *testing.B, m *MainWindow, id data.ID) {
	before := m.chart.Layout()
	m.SwitchScenario(id)
	if m.sess.Scenario() != id || m.doc != m.sess.Doc() || m.chart.Layout() == before {
		b.Fatalf("the window or the chart did not follow the switch: %q %v %v", m.sess.Scenario(), m.doc == m.sess.Doc(), m.chart.Layout() == before)
	}
}

// BenchmarkSwitchScenario5000 measures switching between the current
// organisation and a scenario read before (the store keeps both): the
// window's refresh and the chart's relayout, to the first frame.
func BenchmarkSwitchScenario5000(b *testing.B) {
	m, id := scenarioWindow(b)
	switchFrame(b, m, id)    // read once
	ids := []data.ID{"", id} // the scenario is open: "" first
	i := 0
	b.ResetTimer()
	for b.Loop() {
		switchFrame(b, m, ids[i%2])
		i++
	}
}

// BenchmarkSwitchScenarioPainted5000 adds one frame of the whole window
// painted by Fyne's software painter (the test driver's; a GL driver
// paints far faster), as an upper bound of the first frame.
func BenchmarkSwitchScenarioPainted5000(b *testing.B) {
	m, id := scenarioWindow(b)
	switchFrame(b, m, id)
	ids := []data.ID{"", id} // the scenario is open: "" first
	i := 0
	b.ResetTimer()
	for b.Loop() {
		switchFrame(b, m, ids[i%2])
		i++
		m.Window().Canvas().Capture()
	}
}

// BenchmarkSwitchScenarioCold5000 measures the first switch to a scenario
// after the document was opened: the scenario is read from the file.
func BenchmarkSwitchScenarioCold5000(b *testing.B) {
	a := test.NewTempApp(b)
	a.Settings().SetTheme(odtheme.New(odtheme.Light))
	path := filepath.Join(b.TempDir(), "big.orgdb")
	st, err := data.Create(path, pricedBigDoc())
	if err != nil {
		b.Fatal(err)
	}
	id, err := app.NewSession(st).NewScenario("成长期", "")
	if err != nil {
		b.Fatal(err)
	}
	if err := st.Switch(""); err != nil {
		b.Fatal(err)
	}
	st.Close()
	b.ResetTimer()
	for b.Loop() {
		b.StopTimer()
		st, err := data.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		m := NewMainWindow(a, app.NewSession(st))
		m.Window().Resize(fyne.NewSize(1920, 1080))
		b.StartTimer()
		switchFrame(b, m, id)
		b.StopTimer()
		m.Window().Close()
		b.StartTimer()
	}
}

// BenchmarkPaintedFrame5000 is the software painter's frame of the same
// window without a switch: what BenchmarkSwitchScenarioPainted5000 adds.
func BenchmarkPaintedFrame5000(b *testing.B) {
	m, _ := scenarioWindow(b)
	b.ResetTimer()
	for b.Loop() {
		m.Window().Canvas().Capture()
	}
}
