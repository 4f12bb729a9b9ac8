package dialogs

import (
	"strings"
	"testing"

	"orgdesigner/app/i18n"
	"orgdesigner/app/sheets"
	"orgdesigner/data"
)

// TestImportCountsSayOneThing: the preview and the result of an import
// with one of each say "1 person", "1 row", "1 role reports", in English,
// and many things in the plural; Chinese is the same either way.
func TestImportCountsSayOneThing(t *testing.T) {
	win := newWindow(t)
	i18n.SetLanguage(i18n.English)
	t.Cleanup(func() { i18n.SetLanguage(i18n.Chinese) })
	show := func(n int) (preview, result string) {
		t.Helper()
		w := NewImportWizard(win, newSession(t, baseDoc()))
		w.analysis = &sheets.Analysis{}
		w.preview = &sheets.Preview{File: "roster.csv", Sheet: "roster", NewPeople: make([]data.Person, n),
			RoleLines: n, DepartmentHeads: n, NoRole: n, Skipped: n, Link: "Jobs", LinkKey: "No.", Joined: n}
		w.pre.show()
		preview = strings.Join([]string{w.next.Text, w.pre.derived.Text, w.pre.noRole.Text}, "\n")
		w.result.show()
		return preview, w.result.summary.Text
	}
	preview, result := show(1)
	for _, want := range []string{"Import 1 person", "From the managers: 1 role reports to another role; 1 department has a head.",
		"1 person will have no role."} {
		if !strings.Contains(preview, want) {
			t.Errorf("the preview of one does not say %q:\n%s", want, preview)
		}
	}
	for _, want := range []string{"From the managers: 1 role reports to another role; 1 department has a head.",
		"linked by No.: 1 person.", "1 row was not imported; the problems say why."} {
		if !strings.Contains(result, want) {
			t.Errorf("the result of one does not say %q:\n%s", want, result)
		}
	}
	preview, result = show(2)
	for _, want := range []string{"Import 2 people", "From the managers: 2 roles report to another role; 2 departments have a head.",
		"2 people will have no role."} {
		if !strings.Contains(preview, want) {
			t.Errorf("the preview of two does not say %q:\n%s", want, preview)
		}
	}
	for _, want := range []string{"linked by No.: 2 people.", "2 rows were not imported; the problems say why."} {
		if !strings.Contains(result, want) {
			t.Errorf("the result of two does not say %q:\n%s", want, result)
		}
	}
	// Mixed counts: each number with its own noun.
	if got := fromManagers(1, 3); got != "From the managers: 1 role reports to another role; 3 departments have a head." {
		t.Errorf("fromManagers(1, 3) = %q", got)
	}
	if got := fromManagers(3, 1); got != "From the managers: 3 roles report to another role; 1 department has a head." {
		t.Errorf("fromManagers(3, 1) = %q", got)
	}

	i18n.SetLanguage(i18n.Chinese)
	preview, result = show(1)
	for _, want := range []string{"导入 1 人", "根据直属上级：1 个岗位设定了上级岗位，1 个部门设定了负责人。", "1 人将没有岗位。", "有 1 行未导入，原因见问题列表。"} {
		if !strings.Contains(preview+"\n"+result, want) {
			t.Errorf("Chinese does not say %q:\n%s\n%s", want, preview, result)
		}
	}
}
