package card

import (
	"testing"

	"fyne.io/fyne/v2"
)

// TestTabReachesEveryField walks the focus with Tab (FocusNext) from the
// title and checks that every field of the card is reached, and that the
// card scrolls so the focused field is in view.
func TestTabReachesEveryField(t *testing.T) {
	env := newEnv(t, fixture())
	ed := NewRoleEditor(env.s)
	w := newWindow(t, ed, fyne.NewSize(560, 700))
	ed.SetRole("r-seo")
	ed.FocusFirst()
	c := w.Canvas()
	if c.Focused() != ed.basic.title {
		t.Fatalf("FocusFirst focused %T", c.Focused())
	}

	reached := map[fyne.Focusable]bool{}
	var order []fyne.Focusable
	for i := 0; i < 1000; i++ {
		f := c.Focused()
		if f == nil || reached[f] {
			break
		}
		reached[f] = true
		order = append(order, f)
		if obj, ok := f.(fyne.CanvasObject); ok && !inView(ed.scroll, obj) {
			d := fyne.CurrentApp().Driver()
			t.Errorf("focused field %d (%T) is not scrolled into view: y=%v h=%v off=%v view=%v", i, f, d.AbsolutePositionForObject(obj).Y, obj.Size().Height, ed.scroll.Offset.Y, ed.scroll.Size().Height)
		}
		c.FocusNext()
	}

	want := map[string]fyne.Focusable{
		"title": ed.basic.title, "code": ed.basic.code, "department": ed.basic.dept,
		"reports to": ed.basic.reportsTo, "add dotted line": ed.basic.dotted.add,
		"planned": ed.basic.planned, "grade": ed.basic.grade,
		"new responsibility": ed.resp.add, "new KPI indicator": ed.kpis.draft.indicator,
		"new KPI target": ed.kpis.draft.target, "new KPI cycle": ed.kpis.draft.cycle,
		"new KPI weight": ed.kpis.draft.weight, "duplicate": ed.header.duplicate,
	}
	for i, row := range ed.basic.dotted.rows {
		want["dotted manager "+string(rune('1'+i))] = row.manager
		want["dotted label "+string(rune('1'+i))] = row.label
	}
	for i, row := range ed.resp.rows {
		n := string(rune('1' + i))
		want["responsibility "+n] = row.text
		want["weight "+n] = row.weight
		want["examples "+n] = row.examples
		want["remove responsibility "+n] = row.remove
	}
	for i, row := range ed.kpis.rows {
		n := string(rune('1' + i))
		want["KPI "+n] = row.indicator
		want["KPI target "+n] = row.target
		want["KPI cycle "+n] = row.cycle
		want["KPI weight "+n] = row.weight
	}
	for name, tf := range ed.texts.byName {
		want[name] = tf.entry
	}
	for name, f := range want {
		if !reached[f] {
			t.Errorf("Tab never reaches %s", name)
		}
	}
	// The multi-line fields pass Tab on instead of typing it.
	if ed.texts.byName["purpose"].entry.AcceptsTab() {
		t.Error("a multi-line field swallows Tab")
	}
	if len(order) < len(want) {
		t.Errorf("only %d stops for %d fields", len(order), len(want))
	}
}

// inView reports whether obj lies within the scroll's visible area.
func inView(sc fyne.CanvasObject, obj fyne.CanvasObject) bool {
	d := fyne.CurrentApp().Driver()
	top := d.AbsolutePositionForObject(obj).Y
	scTop := d.AbsolutePositionForObject(sc).Y
	return top >= scTop-1 && top+obj.Size().Height <= scTop+sc.Size().Height+1
}
