package views

import (
	"strings"
	"testing"

	"orgdesigner/app/i18n"
	"orgdesigner/app/i18n/i18ntest"
	"orgdesigner/data"
)

// TestTranslations: every key the main window uses is in both views.json
// files, which hold no unused keys, with the same arguments.
func TestTranslations(t *testing.T) {
	i18ntest.Check(t, "views", []string{"."})
}

func TestRelabelSwitchesLanguage(t *testing.T) {
	m, _ := newTestWindow(t, templateDoc(t))
	m.SetView(data.ModeMatrix)
	t.Cleanup(func() { i18n.SetLanguage(i18n.Chinese) })
	i18n.SetLanguage(i18n.English)
	m.Relabel()
	if got := m.Window().Title(); got != "测试公司 — OrgDesigner" {
		t.Errorf("title %q", got)
	}
	if got := m.Window().MainMenu().Items[1].Label; got != "Edit" {
		t.Errorf("second menu %q", got)
	}
	if m.toolbar.child.Text != "Add child role" || m.toolbar.modes[data.ModeMatrix].Text != "Matrix view" {
		t.Errorf("toolbar %q / %q", m.toolbar.child.Text, m.toolbar.modes[data.ModeMatrix].Text)
	}
	if !strings.HasPrefix(m.status.totals.Text, "Planned ") || m.status.mode.Text != "Organisation mode: Functional" {
		t.Errorf("status %q / %q", m.status.totals.Text, m.status.mode.Text)
	}
	if m.outline.search.PlaceHolder != "Search roles, people, responsibilities…" {
		t.Errorf("search placeholder %q", m.outline.search.PlaceHolder)
	}
}
