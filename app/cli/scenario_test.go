package cli

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

type listed struct {
	Scenarios []struct {
		ID                         string
		Name, Source, Mode, Stage  string
		Current, Suggested         bool
		Departments, Roles, People int
		Planned                    int
	}
}

func listJSON(t *testing.T, doc string) listed {
	t.Helper()
	code, out, e := run("scenario", "list", doc, "--json")
	if code != ExitOK {
		t.Fatalf("scenario list: %d %s", code, e)
	}
	var l listed
	if err := json.Unmarshal([]byte(out), &l); err != nil {
		t.Fatal(err)
	}
	return l
}

func runOK(t *testing.T, args ...string) string {
	t.Helper()
	code, out, e := run(args...)
	if code != ExitOK {
		t.Fatalf("%v: exit %d\n%s%s", args, code, out, e)
	}
	return out
}

// readDoc opens path read-only and returns organisation name's snapshot.
func readDoc(t *testing.T, path, name string) *data.Document {
	t.Helper()
	st, err := data.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	id := data.ID("")
	if name != "" {
		if id, err = findScenario(st, path, name); err != nil {
			t.Fatal(err)
		}
	}
	d, err := st.ScenarioDoc(id)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestScenarioCommands walks every scenario subcommand and --scenario on
// show, check, export, report and import, as a user of the issue's
// journey would: a 初创期 scenario from the template, compared and adopted.
func TestScenarioCommands(t *testing.T) {
	i18n.SetLanguage("en")
	dir := t.TempDir()
	doc := filepath.Join(dir, "t.orgdb")
	runOK(t, "new", doc, "--lang", "zh")

	l := listJSON(t, doc)
	if len(l.Scenarios) != 1 || !l.Scenarios[0].Current || l.Scenarios[0].Departments != 8 || l.Scenarios[0].ID != "" {
		t.Fatalf("a new document lists %+v", l.Scenarios)
	}
	out := runOK(t, "scenario", "new", doc, "Plan A")
	if !strings.Contains(out, `"Plan A"`) || !strings.Contains(out, "8 departments") {
		t.Errorf("new: %s", out)
	}
	runOK(t, "scenario", "new", doc, "Start", "--template", "startup")
	runOK(t, "scenario", "new", doc, "成长", "--template", "成长期")       // a stage's title works too
	runOK(t, "scenario", "new", doc, "From start", "--from", "start") // names ignore case
	runOK(t, "scenario", "copy", doc, "Plan A", "Plan B")
	runOK(t, "scenario", "copy", doc, "current", "Today")
	runOK(t, "scenario", "rename", doc, "Plan B", "Plan C")
	runOK(t, "scenario", "delete", doc, "Plan C")

	l = listJSON(t, doc)
	var names []string
	for _, s := range l.Scenarios[1:] {
		names = append(names, s.Name)
	}
	if strings.Join(names, "|") != "Plan A|Start|成长|From start|Today" {
		t.Fatalf("scenarios %q", names)
	}
	start, growth := l.Scenarios[2], l.Scenarios[3]
	if !start.Suggested || start.Source != "template:internet-marketing/startup" || start.Mode != "functional" ||
		start.Departments != 4 || start.Roles >= l.Scenarios[0].Roles {
		t.Errorf("start-up scenario %+v", start)
	}
	if !growth.Suggested || growth.Mode != "matrix" || growth.Departments != 8 {
		t.Errorf("growth scenario %+v", growth)
	}
	if l.Scenarios[1].Source != "current" || l.Scenarios[4].Source != "Start" || l.Scenarios[4].Departments != 4 {
		t.Errorf("sources: %+v", l.Scenarios)
	}
	text := runOK(t, "scenario", "list", doc)
	for _, want := range []string{"= Current organisation", "* Start", "  Plan A", "4 departments", "stage Start-up", "5 scenarios"} {
		if !strings.Contains(text, want) {
			t.Errorf("list does not say %q:\n%s", want, text)
		}
	}

	// --scenario on the read-only commands.
	var s shown
	if err := json.Unmarshal([]byte(runOK(t, "show", doc, "--json", "--scenario", "Start")), &s); err != nil {
		t.Fatal(err)
	}
	if len(s.Departments) != 4 || len(s.Projects) != 0 {
		t.Errorf("show --scenario Start: %d departments, %d teams", len(s.Departments), len(s.Projects))
	}
	if tree := runOK(t, "show", doc, "--scenario", "成长"); !strings.Contains(tree, "618") {
		t.Errorf("show --scenario 成长 has no 618 team:\n%s", tree)
	}
	if out := runOK(t, "check", doc, "--scenario", "Start"); !strings.Contains(out, "errors") {
		t.Errorf("check: %s", out)
	}
	runOK(t, "export", doc, filepath.Join(dir, "s.xlsx"), "--scenario", "Start")
	// its workbook names it in the print header
	if f, err := excelize.OpenFile(filepath.Join(dir, "s.xlsx")); err != nil {
		t.Fatal(err)
	} else {
		hf, err := f.GetHeaderFooter("编制汇总")
		f.Close()
		if err != nil || hf == nil || !strings.HasSuffix(hf.OddHeader, "&R方案：Start") {
			t.Errorf("export --scenario Start prints the header %+v (%v)", hf, err)
		}
	}
	runOK(t, "report", doc, filepath.Join(dir, "b.pdf"), "--booklet", "--scenario", "Start")
	// a scenario's booklet says so on its cover and page headers
	if txt, err := exec.Command("pdftotext", "-enc", "UTF-8", filepath.Join(dir, "b.pdf"), "-").Output(); err == nil {
		if n := strings.Count(string(txt), "方案：Start"); n < 3 {
			t.Errorf("the booklet of scenario Start names it on %d pages", n)
		}
	} else {
		t.Logf("pdftotext: %v (booklet text not checked)", err)
	}
	runOK(t, "report", doc, filepath.Join(dir, "r.docx"), "--scenario", "Start", "--department", "运营部")
	// and so do its Word role sheets, in the page header and under the title
	if h := docxPart(t, filepath.Join(dir, "r.docx"), "word/header1.xml"); !strings.Contains(h, "方案：Start") {
		t.Errorf("the Word role sheets of scenario Start do not name it in the page header: %s", h)
	}
	if body := docxPart(t, filepath.Join(dir, "r.docx"), "word/document.xml"); !strings.Contains(body, "方案：Start") {
		t.Error("the Word role sheets of scenario Start do not name it under the title")
	}
	runOK(t, "report", doc, filepath.Join(dir, "cur.docx"), "--department", "数据与技术部")
	if h := docxPart(t, filepath.Join(dir, "cur.docx"), "word/header1.xml"); strings.Contains(h, "方案") {
		t.Errorf("the current organisation's Word role sheets name a scenario: %s", h)
	}
	if code, _, e := run("report", doc, filepath.Join(dir, "x.pdf"), "--department", "运营部"); code != ExitRejected || !strings.Contains(e, "运营部") {
		t.Errorf("the current organisation has no 运营部, yet: %d %s", code, e)
	}

	// import --scenario writes into the scenario only.
	roster := filepath.Join(dir, "people.csv")
	os.WriteFile(roster, []byte("工号,姓名,部门,岗位\n001,张三,运营部,SEO/SEM优化师\n"), 0o644)
	runOK(t, "import", doc, roster, "--scenario", "Start", "--dry-run")
	if len(readDoc(t, doc, "Start").People) != 0 {
		t.Fatal("a dry run imported")
	}
	if out := runOK(t, "import", doc, roster, "--scenario", "Start"); !strings.Contains(out, `scenario "Start"`) {
		t.Errorf("import says %s", out)
	}
	if got := readDoc(t, doc, "Start"); len(got.People) != 1 || got.Department(got.People[0].Department).Name != "运营部" {
		t.Errorf("the scenario has %+v", got.People)
	}
	if len(readDoc(t, doc, "").People) != 0 {
		t.Error("import --scenario changed the current organisation")
	}

	// adopt: the scenario becomes current, the old current is kept dated.
	out = runOK(t, "scenario", "adopt", doc, "Start")
	before := i18n.In("zh", "Before %s", time.Now().Format("2006-01-02")) // the content is Chinese
	if !strings.Contains(out, before) {
		t.Errorf("adopt says %s", out)
	}
	cur := readDoc(t, doc, "")
	if len(cur.Departments) != 4 || len(cur.People) != 1 || cur.Org.Mode != data.ModeFunctional {
		t.Errorf("adopted: %d departments, %d people", len(cur.Departments), len(cur.People))
	}
	if old := readDoc(t, doc, before); len(old.Departments) != 8 {
		t.Errorf("the kept organisation has %d departments", len(old.Departments))
	}
	l = listJSON(t, doc)
	for _, s := range l.Scenarios {
		if s.Name == "Start" {
			t.Error("the adopted scenario is still listed")
		}
	}
	// Adopting the kept organisation takes the adoption back: the
	// start-up organisation is the scenario "Start" again.
	runOK(t, "scenario", "adopt", doc, before)
	if cur := readDoc(t, doc, ""); len(cur.Departments) != 8 || len(cur.People) != 0 {
		t.Errorf("adopted back: %d departments, %d people", len(cur.Departments), len(cur.People))
	}
	if kept := readDoc(t, doc, "Start"); len(kept.Departments) != 4 || len(kept.People) != 1 {
		t.Errorf("the start-up organisation was not kept: %d departments", len(kept.Departments))
	}
	if backups, _ := filepath.Glob(filepath.Join(dir, "t.backups", "*.orgdb")); len(backups) != 1 {
		t.Errorf("backups: %v", backups)
	}
}

// TestScenarioChinese: messages and the reserved name in Chinese.
func TestScenarioChinese(t *testing.T) {
	i18n.SetLanguage("zh")
	defer i18n.SetLanguage("en")
	doc := filepath.Join(t.TempDir(), "t.orgdb")
	runOK(t, "new", doc, "--lang", "zh")
	out := runOK(t, "scenario", "new", doc, "初创方案", "--template", "初创期")
	if !strings.Contains(out, `已新建方案 "初创方案"`) || !strings.Contains(out, "4 个部门") {
		t.Errorf("new: %s", out)
	}
	runOK(t, "scenario", "copy", doc, "当前组织", "今天")
	if text := runOK(t, "scenario", "list", doc); !strings.Contains(text, "= 当前组织") || !strings.Contains(text, "* 初创方案") {
		t.Errorf("list:\n%s", text)
	}
	code, _, e := run("show", doc, "--scenario", "成长方案")
	if code != ExitRejected || !strings.Contains(e, "没有方案") || !strings.Contains(e, `"初创方案"`) || !strings.Contains(e, doc) {
		t.Errorf("unknown scenario: %d %s", code, e)
	}
}

// TestScenarioMistakes: every refused scenario command says why with its
// exit code and leaves the file byte-identical, without a backup.
func TestScenarioMistakes(t *testing.T) {
	i18n.SetLanguage("en")
	dir := t.TempDir()
	doc := filepath.Join(dir, "t.orgdb")
	empty := filepath.Join(dir, "empty.orgdb")
	runOK(t, "new", doc)
	runOK(t, "new", empty)
	runOK(t, "scenario", "new", doc, "Plan A")
	runOK(t, "scenario", "new", doc, "Plan B")
	roster := filepath.Join(dir, "people.csv")
	os.WriteFile(roster, []byte("工号,姓名,部门,岗位\n001,张三,数字运营部,SEO/SEM优化师\n"), 0o644)
	os.RemoveAll(filepath.Join(dir, "t.backups"))
	unknown := []string{doc, `"Nope"`, `"Plan A", "Plan B"`}
	cases := []struct {
		name string
		args []string
		code int
		say  []string
	}{
		{"show an unknown scenario", []string{"show", doc, "--scenario", "Nope"}, ExitRejected, unknown},
		{"show --json an unknown scenario", []string{"show", doc, "--json", "--scenario", "Nope"}, ExitRejected, unknown},
		{"check an unknown scenario", []string{"check", doc, "--scenario", "Nope"}, ExitRejected, unknown},
		{"export an unknown scenario", []string{"export", doc, filepath.Join(dir, "s.xlsx"), "--scenario", "Nope"}, ExitRejected, unknown},
		{"report an unknown scenario", []string{"report", doc, filepath.Join(dir, "r.pdf"), "--scenario", "Nope"}, ExitRejected, unknown},
		{"report docx an unknown scenario", []string{"report", doc, filepath.Join(dir, "r.docx"), "--scenario", "Nope"}, ExitRejected, unknown},
		{"import into an unknown scenario", []string{"import", doc, roster, "--scenario", "Nope"}, ExitRejected, unknown},
		{"compare an unknown scenario", []string{"compare", doc, "Nope"}, ExitRejected, unknown},
		{"a document without scenarios", []string{"show", empty, "--scenario", "Plan A"}, ExitRejected, []string{empty, `"Plan A"`, "no scenarios yet"}},
		{"new from an unknown scenario", []string{"scenario", "new", doc, "X", "--from", "Nope"}, ExitRejected, unknown},
		{"copy an unknown scenario", []string{"scenario", "copy", doc, "Nope", "X"}, ExitRejected, unknown},
		{"rename an unknown scenario", []string{"scenario", "rename", doc, "Nope", "X"}, ExitRejected, unknown},
		{"delete an unknown scenario", []string{"scenario", "delete", doc, "Nope"}, ExitRejected, unknown},
		{"adopt an unknown scenario", []string{"scenario", "adopt", doc, "Nope"}, ExitRejected, unknown},
		{"new with a taken name", []string{"scenario", "new", doc, "plan a"}, ExitRejected, []string{doc, `"Plan A"`, "already has"}},
		{"copy to a taken name", []string{"scenario", "copy", doc, "Plan A", "Plan B"}, ExitRejected, []string{doc, `"Plan B"`, "already has"}},
		{"rename to a taken name", []string{"scenario", "rename", doc, "Plan A", "Plan B"}, ExitRejected, []string{`"Plan B"`, "already has"}},
		{"new with the current's name", []string{"scenario", "new", doc, "current"}, ExitRejected, []string{`"current"`, "current organisation"}},
		{"new with an empty name", []string{"scenario", "new", doc, " "}, ExitRejected, []string{"needs a name"}},
		{"adopt the current", []string{"scenario", "adopt", doc, "current"}, ExitRejected, []string{`"current"`, "already the current organisation"}},
		{"delete the current", []string{"scenario", "delete", doc, "当前组织"}, ExitRejected, []string{"当前组织", "cannot be deleted"}},
		{"rename the current", []string{"scenario", "rename", doc, "current", "X"}, ExitRejected, []string{`"current"`, "not a scenario"}},
		{"scenario without a subcommand", []string{"scenario"}, ExitUsage, []string{"list, new, copy", "Usage"}},
		{"an unknown scenario subcommand", []string{"scenario", "frob", doc}, ExitUsage, []string{`"scenario frob"`, "scenario adopt FILE.orgdb NAME"}},
		{"new without a name", []string{"scenario", "new", doc}, ExitUsage, []string{"expected FILE.orgdb NAME", "Usage: orgdesigner scenario new"}},
		{"copy without a name", []string{"scenario", "copy", doc, "Plan A"}, ExitUsage, []string{"expected FILE.orgdb FROM NAME"}},
		{"rename without a name", []string{"scenario", "rename", doc, "Plan A"}, ExitUsage, []string{"expected"}},
		{"delete without a name", []string{"scenario", "delete", doc}, ExitUsage, []string{"expected"}},
		{"adopt without a name", []string{"scenario", "adopt", doc}, ExitUsage, []string{"expected"}},
		{"list without a file", []string{"scenario", "list"}, ExitUsage, []string{"expected FILE.orgdb"}},
		{"list with a bad flag", []string{"scenario", "list", doc, "--colour"}, ExitUsage, []string{"colour"}},
		{"--from and --template", []string{"scenario", "new", doc, "X", "--from", "Plan A", "--template", "startup"}, ExitUsage, []string{"--from or --template"}},
		{"an unknown stage", []string{"scenario", "new", doc, "X", "--template", "mature"}, ExitUsage, []string{`"mature"`, "startup, growth"}},
		{"compare without B", []string{"compare", doc}, ExitUsage, []string{"expected FILE.orgdb [A] B"}},
		{"compare with too many", []string{"compare", doc, "a", "b", "c"}, ExitUsage, []string{"expected"}},
		{"compare --landscape without --pdf", []string{"compare", doc, "Plan A", "--landscape"}, ExitUsage, []string{"--pdf"}},
		{"compare --json and --xlsx", []string{"compare", doc, "Plan A", "--json", "--xlsx", filepath.Join(dir, "c.xlsx")}, ExitUsage, []string{"--xlsx"}},
		{"--scenario without a value", []string{"show", doc, "--scenario"}, ExitUsage, []string{"scenario"}},
		{"scenario of a missing file", []string{"scenario", "new", filepath.Join(dir, "none.orgdb"), "X"}, ExitRejected, []string{"none.orgdb"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			before := snapshot(t, doc, empty)
			code, _, e := run(tc.args...)
			if code != tc.code {
				t.Fatalf("exit %d, want %d\n%s", code, tc.code, e)
			}
			for _, s := range tc.say {
				if !strings.Contains(e, s) {
					t.Errorf("stderr does not say %q:\n%s", s, e)
				}
			}
			if strings.Contains(e, "goroutine") || strings.Contains(e, "not implemented") {
				t.Errorf("raw message:\n%s", e)
			}
			if !bytes.Equal(before, snapshot(t, doc, empty)) {
				t.Error("a document changed")
			}
			if _, err := os.Stat(filepath.Join(dir, "t.backups")); err == nil {
				t.Error("a refused command made a backup")
			}
		})
	}
	if _, err := os.Stat(filepath.Join(dir, "s.xlsx")); err == nil {
		t.Error("export wrote a workbook for an unknown scenario")
	}
}

// TestScenarioReadOnly: list and --scenario on read-only commands work on
// a read-only document without writing; changes are refused.
func TestScenarioReadOnly(t *testing.T) {
	i18n.SetLanguage("en")
	dir := t.TempDir()
	docDir := filepath.Join(dir, "docs")
	os.Mkdir(docDir, 0o755)
	doc := filepath.Join(docDir, "t.orgdb")
	runOK(t, "new", doc)
	runOK(t, "scenario", "new", doc, "Plan A", "--template", "growth")
	os.RemoveAll(filepath.Join(docDir, "t.backups"))
	os.Chmod(doc, 0o444)
	before := snapshot(t, doc)
	runOK(t, "scenario", "list", doc)
	runOK(t, "show", doc, "--scenario", "Plan A")
	runOK(t, "check", doc, "--scenario", "Plan A")
	runOK(t, "export", doc, filepath.Join(dir, "s.xlsx"), "--scenario", "Plan A")
	for _, args := range [][]string{
		{"scenario", "new", doc, "X"}, {"scenario", "rename", doc, "Plan A", "X"},
		{"scenario", "delete", doc, "Plan A"}, {"scenario", "adopt", doc, "Plan A"},
	} {
		if code, _, e := run(args...); code != ExitRejected || !strings.Contains(e, "read-only") {
			t.Errorf("%v: %d %s", args, code, e)
		}
	}
	if !bytes.Equal(before, snapshot(t, doc)) {
		t.Fatal("a read-only document was written")
	}
	if names, _ := os.ReadDir(docDir); len(names) != 1 {
		t.Fatalf("files appeared next to the document: %v", names)
	}
}

// docxPart is one part of a written .docx.
func docxPart(t *testing.T, path, name string) string {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	for _, f := range zr.File {
		if f.Name == name {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			defer rc.Close()
			b, err := io.ReadAll(rc)
			if err != nil {
				t.Fatal(err)
			}
			return string(b)
		}
	}
	t.Fatalf("%s has no %s", path, name)
	return ""
}
