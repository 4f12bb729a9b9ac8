package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"orgdesigner/app/i18n"
)

type compared struct {
	File   string
	A, B   struct{ ID, Name string }
	Totals struct{ A, B struct{ Planned, Filled int } }
	Groups []struct {
		Department, Name string
		A, B             struct{ Planned int }
		Changes          []struct{ Kind, ID, Name, OldName, Department, From, To string }
	}
	Changes []struct{ Kind, ID string }
}

// TestCompareCommand: the journey on the command line: a 初创期
// scenario from the template compared with the current organisation.
func TestCompareCommand(t *testing.T) {
	i18n.SetLanguage("en")
	dir := t.TempDir()
	doc := filepath.Join(dir, "t.orgdb")
	runOK(t, "new", doc, "--lang", "zh")
	runOK(t, "scenario", "new", doc, "Start", "--template", "startup")
	runOK(t, "scenario", "copy", doc, "current", "Same")
	before := snapshot(t, doc)

	var c compared
	if err := json.Unmarshal([]byte(runOK(t, "compare", doc, "Start", "--json")), &c); err != nil {
		t.Fatal(err)
	}
	if c.File != doc || c.A.ID != "" || c.A.Name != "Current organisation" || c.B.Name != "Start" || c.B.ID == "" {
		t.Errorf("sides %+v %+v", c.A, c.B)
	}
	if c.Totals.A.Planned != 43 || c.Totals.B.Planned != 39 {
		t.Errorf("totals %+v", c.Totals)
	}
	kinds := map[string]int{}
	for _, x := range c.Changes {
		kinds[x.Kind]++
	}
	// Four departments merged away, three renamed; the suggested heads of
	// the merged departments go, their roles move; the 618 team goes.
	if kinds["departmentRemoved"] != 4 || kinds["departmentRenamed"] != 3 || kinds["roleRemoved"] != 4 ||
		kinds["roleMoved"] == 0 || kinds["projectRemoved"] != 1 || kinds["roleAdded"] != 0 {
		t.Errorf("kinds %v", kinds)
	}
	found := false
	for _, g := range c.Groups {
		if g.Name == "运营部" {
			found = true
			if g.B.Planned != 17 {
				t.Errorf("运营部 plans %d", g.B.Planned)
			}
		}
	}
	if !found {
		t.Errorf("no group for 运营部: %+v", c.Groups)
	}

	text := runOK(t, "compare", doc, "current", "Start")
	for _, want := range []string{"Current organisation → Start", "planned 43 → 39 (-4)", "[运营部]",
		"Department renamed 数字运营部 → 运营部", "Department 客户服务部 removed", "Project team 618大促项目组 removed"} {
		if !strings.Contains(text, want) {
			t.Errorf("the summary does not say %q:\n%s", want, text)
		}
	}
	if text := runOK(t, "compare", doc, "Same"); !strings.Contains(text, "No changes.") {
		t.Errorf("a copy differs:\n%s", text)
	}
	// A and B the other way round: what was removed is added.
	if err := json.Unmarshal([]byte(runOK(t, "compare", doc, "Start", "current", "--json")), &c); err != nil {
		t.Fatal(err)
	}
	if c.A.Name != "Start" || c.Totals.A.Planned != 39 {
		t.Errorf("reversed: %+v %+v", c.A, c.Totals)
	}
	if !bytes.Equal(before, snapshot(t, doc)) {
		t.Error("compare wrote the document")
	}
}

// TestComparePDF: compare --pdf writes the change report, refusing the
// outputs every report refuses.
func TestComparePDF(t *testing.T) {
	i18n.SetLanguage("en")
	dir := t.TempDir()
	doc := filepath.Join(dir, "t.orgdb")
	runOK(t, "new", doc, "--lang", "zh")
	runOK(t, "scenario", "new", doc, "初创方案", "--template", "startup")
	before := snapshot(t, doc)
	out := filepath.Join(dir, "changes.pdf")
	if said := runOK(t, "compare", doc, "初创方案", "--pdf", out); !strings.Contains(said, out) || !strings.Contains(said, "pages") {
		t.Errorf("compare --pdf says %s", said)
	}
	b, err := os.ReadFile(out)
	if err != nil || !bytes.HasPrefix(b, []byte("%PDF")) {
		t.Fatalf("no PDF: %v", err)
	}
	if txt, err := exec.Command("pdftotext", out, "-").Output(); err == nil {
		for _, want := range []string{"初创方案", "当前组织", "运营部"} {
			if !strings.Contains(string(txt), want) {
				t.Errorf("the change report does not say %q", want)
			}
		}
	}
	for _, tc := range []struct {
		args []string
		code int
		say  string
	}{
		{[]string{"compare", doc, "初创方案", "--pdf", doc}, ExitUsage, "open document"},
		{[]string{"compare", doc, "初创方案", "--pdf", filepath.Join(dir, "x.orgdb")}, ExitUsage, ".orgdb"},
		{[]string{"compare", doc, "初创方案", "--pdf", dir}, ExitUsage, "folder"},
		{[]string{"compare", doc, "初创方案", "--pdf", out, "--json"}, ExitUsage, "--json"},
		{[]string{"compare", doc, "初创方案", "--pdf", out, "--paper", "B9"}, ExitUsage, `"B9"`},
		{[]string{"compare", doc, "Nope", "--pdf", filepath.Join(dir, "n.pdf")}, ExitRejected, `"Nope"`},
	} {
		if code, _, e := run(tc.args...); code != tc.code || !strings.Contains(e, tc.say) {
			t.Errorf("%v: exit %d, want %d saying %q\n%s", tc.args[3:], code, tc.code, tc.say, e)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "n.pdf")); err == nil {
		t.Error("a report was written for an unknown scenario")
	}
	if !bytes.Equal(before, snapshot(t, doc)) {
		t.Error("compare --pdf wrote the document")
	}
}

// TestCompareXLSX: compare --xlsx writes the change sheet, refusing the
// outputs every export refuses.
func TestCompareXLSX(t *testing.T) {
	i18n.SetLanguage("en")
	dir := t.TempDir()
	doc := filepath.Join(dir, "t.orgdb")
	runOK(t, "new", doc, "--lang", "zh")
	runOK(t, "scenario", "new", doc, "初创方案", "--template", "startup")
	before := snapshot(t, doc)
	out := filepath.Join(dir, "changes.xlsx")
	if said := runOK(t, "compare", doc, "current", "初创方案", "--xlsx", out); !strings.Contains(said, out) {
		t.Errorf("compare --xlsx says %s", said)
	}
	f, err := excelize.OpenFile(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(f.GetSheetList()[0])
	if err != nil {
		t.Fatal(err)
	}
	var all strings.Builder
	for _, r := range rows {
		all.WriteString(strings.Join(r, "|") + "\n")
	}
	for _, want := range []string{"当前组织", "初创方案", "运营部", "客户服务部"} {
		if !strings.Contains(all.String(), want) {
			t.Errorf("the change sheet does not hold %q:\n%s", want, all.String())
		}
	}
	for _, tc := range []struct {
		args []string
		code int
		say  string
	}{
		{[]string{"compare", doc, "初创方案", "--xlsx", doc}, ExitUsage, "open document"},
		{[]string{"compare", doc, "初创方案", "--xlsx", filepath.Join(dir, "x.orgdb")}, ExitUsage, ".orgdb"},
		{[]string{"compare", doc, "初创方案", "--xlsx", out, "--pdf", filepath.Join(dir, "c.pdf")}, ExitUsage, "--xlsx"},
		{[]string{"compare", doc, "初创方案", "--xlsx", filepath.Join(dir, "none", "c.xlsx")}, ExitRejected, "does not exist"},
		{[]string{"compare", doc, "Nope", "--xlsx", filepath.Join(dir, "n.xlsx")}, ExitRejected, `"Nope"`},
	} {
		if code, _, e := run(tc.args...); code != tc.code || !strings.Contains(e, tc.say) {
			t.Errorf("%v: exit %d, want %d saying %q\n%s", tc.args[3:], code, tc.code, tc.say, e)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "n.xlsx")); err == nil {
		t.Error("a sheet was written for an unknown scenario")
	}
	if !bytes.Equal(before, snapshot(t, doc)) {
		t.Error("compare --xlsx wrote the document")
	}
}
