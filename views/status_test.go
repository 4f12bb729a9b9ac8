package views

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/i18n"
	"orgdesigner/views/internal/uitest"
)

// A status message is read whole. At 1366 px with a scenario open and the
// cost shown, a message of about fifty characters (what deleting a
// department says) gets its full width on one line: the cost and the
// totals shrink instead. One longer than the whole line wraps, and the bar
// grows to show every line.
func TestStatusMessageReadableWhole(t *testing.T) {
	doc := templateDoc(t)
	doc.Roles[0].PayMin, doc.Roles[0].PayMax = 20000, 30000 // the cost shows
	m, _ := newTestWindow(t, doc)
	newScenarioThroughMenu(t, m, "Growth2027", 0)
	t.Cleanup(func() { i18n.SetLanguage(i18n.Chinese) })
	w := m.Window()
	s := m.status
	relayout := func(width float32) {
		w.Resize(fyne.NewSize(width+1, 768))
		w.Resize(fyne.NewSize(width, 768))
	}
	lay := s.line.Layout.(*statusLayout)
	for _, lang := range []string{i18n.Chinese, i18n.English} {
		i18n.SetLanguage(lang)
		m.Relabel()
		msg := "已删除部门“长沙-梁杰组”及其 3 个岗位；3 人现在没有岗位。按 Ctrl+Z 撤销。"
		if lang == i18n.English {
			msg = "Deleted the department “长沙-梁杰组” and its 3 roles; 3 people now hold no role. Press Ctrl+Z to undo."
		}
		s.say(msg, false)
		relayout(1366)
		if !s.scenario.Visible() || !s.cost.Visible() {
			t.Fatalf("%s: scenario shown %v, cost shown %v: the test needs both", lang, s.scenario.Visible(), s.cost.Visible())
		}
		if got, need := s.message.Size().Width, lay.messageWidth(); got < need {
			t.Errorf("%s at 1366 px: the message has %v px, needs %v on one line", lang, got, need)
		}
		if h, one := s.message.MinSize().Height, s.mode.MinSize().Height; h > one+1 {
			t.Errorf("%s at 1366 px: the message takes %v px high, one line is %v", lang, h, one)
		}
		// The parts never overlap: each ends before the next begins.
		var parts []fyne.CanvasObject
		for _, o := range []fyne.CanvasObject{s.message, s.scenario, s.totalsBox, s.costBox, s.sep, s.mode} {
			if o.Visible() {
				parts = append(parts, o)
			}
		}
		for i := 1; i < len(parts); i++ {
			if end := parts[i-1].Position().X + parts[i-1].Size().Width; end > parts[i].Position().X+0.5 {
				t.Errorf("%s at 1366 px: part %d ends at %v, part %d begins at %v", lang, i-1, end, i, parts[i].Position().X)
			}
		}
		for _, o := range []fyne.CanvasObject{s.scenario, s.mode} {
			if o.Size().Width < o.MinSize().Width || o.Position().X+o.Size().Width > s.line.Size().Width+0.5 {
				t.Errorf("%s at 1366 px: %T at %v, %v wide, in a %v bar", lang, o, o.Position(), o.Size(), s.line.Size())
			}
		}
		// The message gone, the totals are whole again.
		s.say("", false)
		relayout(1366)
		if got, need := s.totals.Size().Width, lay.natural(s.totals); got < need || strings.Contains(shownText(s.totals), "…") {
			t.Errorf("%s: without a message the totals have %v px, need %v: %q", lang, got, need, shownText(s.totals))
		}
		// Longer than the line at the smallest window: it wraps and the
		// bar is as high as its lines.
		long := strings.Repeat(msg+" ", 3)
		s.say(long, true)
		min := w.Content().MinSize().Width
		relayout(min)
		relayout(min) // the bar's new height is laid out on the next pass
		if got, one := s.message.Size().Height, s.mode.MinSize().Height; got < 2*one-2 || got < s.message.MinSize().Height {
			t.Errorf("%s at %v px: a long message is %v high (needs %v, one line %v)", lang, min, got, s.message.MinSize().Height, one)
		}
		for _, box := range []*fyne.Container{s.totalsBox, s.costBox} {
			if box.Visible() && box.Size().Width < tooNarrow {
				t.Errorf("%s at %v px: a part of %v px shows (only … would)", lang, min, box.Size().Width)
			}
		}
		if s.message.Size().Width < min/2 {
			t.Errorf("%s at %v px: a long message gets only %v px", lang, min, s.message.Size().Width)
		}
	}
}

// shownText is what a label draws (with "…" where it cut the text).
func shownText(l *widget.Label) string {
	return strings.Join(uitest.Lines(l), "")
}
