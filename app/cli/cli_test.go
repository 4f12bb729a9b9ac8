package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

func run(args ...string) (code int, out, errOut string) {
	var o, e bytes.Buffer
	code = Run(Streams{Out: &o, Err: &e}, args)
	return code, o.String(), e.String()
}

func TestUsageAndExitCodes(t *testing.T) {
	i18n.SetLanguage("en")
	dir := t.TempDir()
	cases := []struct {
		name string
		args []string
		code int
		in   string // expected in stdout+stderr
	}{
		{"no args", nil, ExitUsage, "Usage"},
		{"help", []string{"--help"}, ExitOK, "orgdesigner report"},
		{"version", []string{"--version"}, ExitOK, "orgdesigner"},
		{"unknown", []string{"frobnicate"}, ExitUsage, "unknown command"},
		{"new without file", []string{"new"}, ExitUsage, "Usage"},
		{"new bad flag", []string{"new", filepath.Join(dir, "a.orgdb"), "--colour", "red"}, ExitUsage, "colour"},
		{"new bad lang", []string{"new", filepath.Join(dir, "a.orgdb"), "--lang", "fr"}, ExitUsage, "zh or en"},
		{"new bad template", []string{"new", filepath.Join(dir, "a.orgdb"), "--template", "nope"}, ExitUsage, "nope"},
		{"show missing file", []string{"show", filepath.Join(dir, "missing.orgdb")}, ExitRejected, "missing.orgdb"},
		{"show two files", []string{"show", "a", "b"}, ExitUsage, "expected"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := run(tc.args...)
			if code != tc.code || !strings.Contains(out+errOut, tc.in) {
				t.Fatalf("code %d (want %d)\nout: %s\nerr: %s", code, tc.code, out, errOut)
			}
		})
	}
	for _, c := range commands {
		if _, out, _ := run("--help"); !strings.Contains(out, "orgdesigner "+c.name) {
			t.Errorf("--help does not list %s", c.name)
		}
	}
}

type shown struct {
	Organisation struct{ Name, Lang string }
	CompanyRoles []struct {
		Title         string
		SuggestedRole bool
	}
	Departments []struct {
		ID, Name, Positioning string
		Roles                 []struct {
			ID, Title        string
			SuggestedRole    bool
			Responsibilities []struct {
				Text     string
				Examples []string
			}
		}
	}
	People   []any
	Projects []struct{ Name string }
}

func TestNewThenShowJSON(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		t.Run(lang, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "x.orgdb")
			if code, _, e := run("new", path, "--template", "internet-marketing", "--lang", lang); code != 0 {
				t.Fatalf("new: %d %s", code, e)
			}
			code, out, e := run("show", path, "--json")
			if code != 0 {
				t.Fatalf("show: %d %s", code, e)
			}
			var s shown
			if err := json.Unmarshal([]byte(out), &s); err != nil {
				t.Fatal(err)
			}
			if len(s.Departments) != 8 {
				t.Fatalf("%d departments", len(s.Departments))
			}
			source := 0
			for _, d := range s.Departments {
				if d.Positioning == "" {
					t.Errorf("%s has no positioning", d.Name)
				}
				for _, r := range d.Roles {
					if !r.SuggestedRole {
						source++
						if len(r.Responsibilities) == 0 {
							t.Errorf("%s has no responsibilities", r.Title)
						}
					}
				}
			}
			if source != 19 {
				t.Fatalf("%d source roles, want 19", source)
			}
			if s.Organisation.Lang != lang || len(s.Projects) == 0 {
				t.Fatalf("org %+v projects %d", s.Organisation, len(s.Projects))
			}
			// The text tree mentions every department.
			_, text, _ := run("show", path)
			for _, d := range s.Departments {
				if !strings.Contains(text, d.Name) {
					t.Errorf("show does not print %s", d.Name)
				}
			}
			// new refuses to overwrite.
			if code, _, _ := run("new", path); code != ExitRejected {
				t.Fatalf("overwrite: exit %d", code)
			}
		})
	}
}

func TestShowLockedFileFailsFast(t *testing.T) {
	i18n.SetLanguage("en")
	path := filepath.Join(t.TempDir(), "x.orgdb")
	if code, _, e := run("new", path, "--template", "blank"); code != 0 {
		t.Fatal(e)
	}
	st, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	start := time.Now()
	code, _, e := run("show", path)
	if code != ExitRejected || !strings.Contains(e, "another OrgDesigner window") {
		t.Fatalf("exit %d: %s", code, e)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Fatalf("took %v", d)
	}
}

func TestShowDamagedFile(t *testing.T) {
	i18n.SetLanguage("en")
	path := filepath.Join(t.TempDir(), "bad.orgdb")
	os.WriteFile(path, []byte("this is not a database, it is a note"), 0o644)
	code, _, e := run("show", path)
	if code != ExitRejected || !strings.Contains(e, "bad.orgdb") || !strings.Contains(e, "damaged") {
		t.Fatalf("exit %d: %s", code, e)
	}
}

func TestSummariesTranslated(t *testing.T) {
	for _, c := range commands {
		for _, lang := range []string{i18n.Chinese, i18n.English} {
			if !i18n.Has(lang, c.summary) {
				t.Errorf("%s: summary %q has no %s translation", c.name, c.summary, lang)
			}
		}
	}
}

func TestCheckListsEveryProblem(t *testing.T) {
	i18n.SetLanguage("en")
	dir := t.TempDir()
	// the template: findings printed, exit 0
	tmpl := filepath.Join(dir, "t.orgdb")
	if code, _, e := run("new", tmpl); code != 0 {
		t.Fatal(e)
	}
	code, out, _ := run("check", tmpl)
	if code != ExitOK || !strings.Contains(out, "0 errors") {
		t.Fatalf("template check: %d\n%s", code, out)
	}
	// a document with one problem of each kind
	doc := &data.Document{
		Org:         data.Organisation{Name: "X"},
		Departments: []data.Department{{ID: "d-a", Name: "A"}, {ID: "d-b", Name: "B", Head: "r-b"}},
		Roles: []data.Role{
			{ID: "r-top", Title: "Top", Planned: 1},
			{ID: "r-b", Title: "B head", Department: "d-b", ReportsTo: "r-top", Planned: 1,
				Responsibilities: []data.Responsibility{{Text: "Same duty", Weight: 30}}},
			{ID: "r-a", Title: "A role", Department: "d-a", ReportsTo: "r-b", Planned: 0,
				Responsibilities: []data.Responsibility{{Text: "same duty"}}},
		},
		People: []data.Person{{ID: "p-1", Name: "P1", Role: "r-a"}, {ID: "p-2", Name: "P2"}},
	}
	bad := filepath.Join(dir, "bad.orgdb")
	st, err := data.Create(bad, doc)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	code, out, _ = run("check", bad)
	if code != ExitOK {
		t.Fatalf("exit %d", code)
	}
	for _, kind := range []string{"no-head", "no-responsibilities", "weights-not-100", "overstaffed", "vacancy",
		"overlap", "unassigned-person", "cross-report-unlabelled"} {
		if !strings.Contains(out, "["+kind+" ") {
			t.Errorf("check did not list %s:\n%s", kind, out)
		}
	}
}

func TestReportWritesPDFs(t *testing.T) {
	i18n.SetLanguage("en")
	dir := t.TempDir()
	doc := filepath.Join(dir, "t.orgdb")
	if code, _, e := run("new", doc); code != 0 {
		t.Fatal(e)
	}
	cases := []struct {
		name string
		args []string
		code int
	}{
		{"all role sheets", []string{"report", doc, filepath.Join(dir, "roles.pdf")}, ExitOK},
		{"two roles A3", []string{"report", doc, filepath.Join(dir, "two.pdf"), "--roles", "role-general-manager,role-data-analyst", "--paper", "A3"}, ExitOK},
		{"booklet", []string{"report", doc, filepath.Join(dir, "booklet.pdf"), "--booklet"}, ExitOK},
		{"staffing", []string{"report", doc, filepath.Join(dir, "staffing.pdf"), "--staffing"}, ExitOK},
		{"unknown role", []string{"report", doc, filepath.Join(dir, "bad.pdf"), "--roles", "nope"}, ExitUsage},
		{"bad paper", []string{"report", doc, filepath.Join(dir, "bad2.pdf"), "--paper", "B5"}, ExitUsage},
		{"missing out", []string{"report", doc}, ExitUsage},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, out, e := run(tc.args...)
			if code != tc.code {
				t.Fatalf("exit %d want %d\n%s%s", code, tc.code, out, e)
			}
			if len(tc.args) < 3 {
				return
			}
			b, err := os.ReadFile(tc.args[2])
			if tc.code == ExitOK && (err != nil || !bytes.HasPrefix(b, []byte("%PDF"))) {
				t.Fatalf("no PDF written: %v", err)
			}
			if tc.code != ExitOK && err == nil {
				t.Fatal("a failed report left a file behind")
			}
		})
	}
	if matches, _ := filepath.Glob(filepath.Join(dir, ".*.tmp")); len(matches) > 0 {
		t.Fatalf("temporary files left: %v", matches)
	}
}

func TestExportImportRoundTrip(t *testing.T) {
	i18n.SetLanguage("en")
	dir := t.TempDir()
	src := filepath.Join(dir, "src.orgdb")
	if code, _, e := run("new", src); code != 0 {
		t.Fatal(e)
	}
	// give the template some people through a CSV import
	csv := filepath.Join(dir, "people.csv")
	os.WriteFile(csv, []byte("工号,姓名,部门,岗位,入职日期\n001,张三,数字运营部,SEO/SEM优化师,2023/5/8\n002,李四,财务部,财务会计,2023年5月8日\n002,王五,财务部,财务会计,20230508\n"), 0o644)
	code, out, e := run("import", src, csv, "--dry-run")
	if code != ExitOK || !strings.Contains(out, "Dry run") || !strings.Contains(e, "002") {
		t.Fatalf("dry run with a duplicate number: %d\n%s\n%s", code, out, e)
	}
	if _, js, _ := run("show", src, "--json"); strings.Contains(js, "张三") {
		t.Fatal("dry run changed the document")
	}
	// --strict: one problem (the duplicate 002) refuses the whole file
	if code, out, e = run("import", src, csv, "--strict"); code != ExitRejected || strings.Contains(out, "Imported") || !strings.Contains(e, "--strict") {
		t.Fatalf("strict import: %d\n%s\n%s", code, out, e)
	}
	if _, js, _ := run("show", src, "--json"); strings.Contains(js, "张三") {
		t.Fatal("strict import changed the document")
	}
	// a partial import changed the document: exit 0, the skipped row on stderr
	if code, out, e = run("import", src, csv); code != ExitOK || !strings.Contains(out, "Imported") || !strings.Contains(e, "002") {
		t.Fatalf("import: %d\n%s\n%s", code, out, e)
	}
	// nothing new: exit 1
	if code, out, e = run("import", src, csv); code != ExitRejected || !strings.Contains(e, "Nothing to import") {
		t.Fatalf("second import: %d %s%s", code, out, e)
	}
	xlsx := filepath.Join(dir, "staffing.xlsx")
	if code, _, e := run("export", src, xlsx); code != 0 {
		t.Fatal(e)
	}
	if code, _, e := run("export", src, filepath.Join(dir, "template.xlsx"), "--template-only"); code != 0 {
		t.Fatal(e)
	}
	// import the export into a blank document: same people
	blank := filepath.Join(dir, "blank.orgdb")
	run("new", blank, "--template", "blank")
	if code, out, e := run("import", blank, xlsx); code != 0 {
		t.Fatalf("import export: %d\n%s\n%s", code, out, e)
	}
	var a, b struct {
		People []struct{ Number, Name string }
	}
	_, ja, _ := run("show", src, "--json")
	_, jb, _ := run("show", blank, "--json")
	json.Unmarshal([]byte(ja), &a)
	json.Unmarshal([]byte(jb), &b)
	if len(a.People) != 2 || len(b.People) != len(a.People) || a.People[0] != b.People[0] {
		t.Fatalf("round trip: %+v vs %+v", a.People, b.People)
	}
	// a refused file: exit 1 with a sentence
	bad := filepath.Join(dir, "old.xls")
	os.WriteFile(bad, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0}, 0o644)
	if code, _, e := run("import", src, bad); code != ExitRejected || !strings.Contains(e, ".xlsx") {
		t.Fatalf("xls: %d %s", code, e)
	}
}
