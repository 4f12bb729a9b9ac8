package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// v1Fixture is a schema-1 document kept by package data's tests.
const v1Fixture = "../../data/testdata/schema1.orgdb"

// TestMistakesLeaveDocumentsAlone runs every mistake of issue 13 on the
// command line: each gets its exit code and a sentence naming the path or
// value, and the document is byte-identical afterwards.
func TestMistakesLeaveDocumentsAlone(t *testing.T) {
	i18n.SetLanguage("en")
	defer func(d time.Duration) { data.LockTimeout = d }(data.LockTimeout)
	data.LockTimeout = 50 * time.Millisecond
	dir := t.TempDir()
	doc := filepath.Join(dir, "t.orgdb")
	if code, _, e := run("new", doc); code != ExitOK {
		t.Fatal(e)
	}
	other := filepath.Join(dir, "other.orgdb")
	if code, _, e := run("new", other, "--template", "blank"); code != ExitOK {
		t.Fatal(e)
	}
	folder := filepath.Join(dir, "out.xlsx")
	os.Mkdir(folder, 0o755)
	link := filepath.Join(dir, "link.xlsx")
	if err := os.Symlink(doc, link); err != nil {
		t.Fatal(err)
	}
	roster := filepath.Join(dir, "people.csv")
	os.WriteFile(roster, []byte("工号,姓名,部门,岗位\n001,张三,数字运营部,SEO/SEM优化师\n"), 0o644)
	missing := filepath.Join(dir, "nodir")
	cases := []struct {
		name string
		args []string
		code int
		say  []string // in stderr
		hold bool     // another process (here: another open) holds the document
	}{
		{"export onto the document", []string{"export", doc, doc}, ExitUsage, []string{doc, "open document"}, false},
		{"report onto the document", []string{"report", doc, doc}, ExitUsage, []string{doc, "open document"}, false},
		{"export onto a link to the document", []string{"export", doc, link}, ExitUsage, []string{link, "open document"}, false},
		{"export onto another document", []string{"export", doc, other}, ExitUsage, []string{other, ".orgdb"}, false},
		{"report onto another document", []string{"report", doc, other, "--booklet"}, ExitUsage, []string{other, ".orgdb"}, false},
		{"export onto a folder", []string{"export", doc, folder}, ExitUsage, []string{folder, "is a folder"}, false},
		{"report into a missing folder", []string{"report", doc, filepath.Join(missing, "r.pdf")}, ExitRejected, []string{missing, "does not exist"}, false},
		{"new in a missing folder", []string{"new", filepath.Join(missing, "x.orgdb")}, ExitRejected, []string{"The folder " + missing + " does not exist"}, false},
		{"new over the document", []string{"new", doc}, ExitRejected, []string{doc, "already exists"}, false},
		{"unknown subcommand", []string{"frob"}, ExitUsage, []string{`"frob"`, "Usage"}, false},
		{"a folder instead of a document", []string{folder}, ExitUsage, []string{folder, "not an OrgDesigner document", "Usage"}, false},
		{"unknown role id", []string{"report", doc, filepath.Join(dir, "r.pdf"), "--roles", "nope"}, ExitUsage, []string{`"nope"`}, false},
		{"bad paper", []string{"report", doc, filepath.Join(dir, "r.pdf"), "--paper", "B9"}, ExitUsage, []string{`"B9"`, "A4"}, false},
		{"bad number", []string{"check", doc, "--max-span", "many"}, ExitUsage, []string{"many"}, false},
		{"negative number", []string{"check", doc, "--max-depth", "-3"}, ExitUsage, []string{"--max-depth", "-3"}, false},
		{"unknown flag", []string{"export", doc, filepath.Join(dir, "x.xlsx"), "--colour"}, ExitUsage, []string{"colour"}, false},
		{"import while another holds it", []string{"import", doc, roster}, ExitRejected, []string{doc, "in use by another OrgDesigner window or command"}, true},
		{"show while another holds it", []string{"show", doc}, ExitRejected, []string{doc, "in use by another"}, true},
		{"show a folder", []string{"show", folder}, ExitRejected, []string{folder, "is a folder"}, false},
		{"import a missing roster", []string{"import", doc, filepath.Join(dir, "none.csv")}, ExitRejected, []string{"none.csv"}, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			before := snapshot(t, doc, other)
			if tc.hold {
				st, err := data.Open(doc)
				if err != nil {
					t.Fatal(err)
				}
				defer st.Close()
			}
			code, _, e := run(tc.args...)
			if code != tc.code {
				t.Fatalf("exit %d, want %d\n%s", code, tc.code, e)
			}
			for _, s := range tc.say {
				if !strings.Contains(e, s) {
					t.Errorf("stderr does not say %q:\n%s", s, e)
				}
			}
			// (an os.Rename error reads "rename /tmp/… /tmp/…"; the usage
			// of `scenario rename` is not one)
			if strings.Contains(e, "goroutine") || strings.Contains(e, "rename "+string(filepath.Separator)) || strings.Contains(e, "no longer exists") {
				t.Errorf("raw or misleading message:\n%s", e)
			}
			if after := snapshot(t, doc, other); !bytes.Equal(before, after) {
				t.Error("a document changed")
			}
		})
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Error("the link was replaced")
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("a missing folder was created")
	}
}

func snapshot(t *testing.T, paths ...string) []byte {
	t.Helper()
	var all []byte
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, b...)
	}
	return all
}

// TestReadOnlyCommandsWriteNothing: show, check, export, report and an
// import's dry run work on a read-only document and on an older schema
// without writing either (no upgrade, no backup, no temporary file next to
// it); import refuses a read-only document with a sentence.
func TestReadOnlyCommandsWriteNothing(t *testing.T) {
	i18n.SetLanguage("en")
	old, err := os.ReadFile(v1Fixture)
	if err != nil {
		t.Fatal(err)
	}
	for _, kind := range []string{"read-only", "schema 1"} {
		t.Run(kind, func(t *testing.T) {
			dir := t.TempDir()
			docDir := filepath.Join(dir, "docs")
			os.Mkdir(docDir, 0o755)
			doc := filepath.Join(docDir, "t.orgdb")
			if kind == "schema 1" {
				os.WriteFile(doc, old, 0o644)
			} else {
				if code, _, e := run("new", doc); code != ExitOK {
					t.Fatal(e)
				}
				os.Chmod(doc, 0o444)
			}
			before := snapshot(t, doc)
			for _, args := range [][]string{
				{"show", doc}, {"show", doc, "--json"}, {"check", doc}, {"scenario", "list", doc},
				{"show", doc, "--scenario", "current"},
				{"export", doc, filepath.Join(dir, "s.xlsx")},
				{"report", doc, filepath.Join(dir, "b.pdf"), "--booklet"},
				{"import", doc, filepath.Join(dir, "s.xlsx"), "--dry-run"},
			} {
				want := ExitOK
				if args[0] == "import" {
					want = ExitRejected // re-importing its own export would change nothing (issue 11's exit codes)
				}
				if code, _, e := run(args...); code != want {
					t.Fatalf("%v: exit %d, want %d\n%s", args, code, want, e)
				}
			}
			if !bytes.Equal(before, snapshot(t, doc)) {
				t.Fatal("a read-only command wrote the document")
			}
			if names, _ := os.ReadDir(docDir); len(names) != 1 {
				t.Fatalf("files appeared next to the document: %v", names)
			}
			if kind != "read-only" {
				return
			}
			code, _, e := run("import", doc, filepath.Join(dir, "s.xlsx"))
			if code != ExitRejected || !strings.Contains(e, doc) || !strings.Contains(e, "read-only") || strings.Contains(e, "damaged") {
				t.Fatalf("import into a read-only document: exit %d\n%s", code, e)
			}
			if !bytes.Equal(before, snapshot(t, doc)) {
				t.Fatal("import wrote a read-only document")
			}
		})
	}
}

// TestImportBacksUpFirst: a command-line import takes the daily backup
// before it changes the document, with the document's permissions.
func TestImportBacksUpFirst(t *testing.T) {
	i18n.SetLanguage("en")
	dir := t.TempDir()
	doc := filepath.Join(dir, "t.orgdb")
	if code, _, e := run("new", doc); code != ExitOK {
		t.Fatal(e)
	}
	os.Chmod(doc, 0o640)
	before := snapshot(t, doc)
	roster := filepath.Join(dir, "people.csv")
	os.WriteFile(roster, []byte("工号,姓名,部门,岗位\n001,张三,数字运营部,SEO/SEM优化师\n"), 0o644)
	if code, out, e := run("import", doc, roster); code != ExitOK {
		t.Fatalf("import: %d\n%s%s", code, out, e)
	}
	backups, _ := filepath.Glob(filepath.Join(dir, "t.backups", "t-*.orgdb"))
	if len(backups) != 1 {
		t.Fatalf("backups: %v", backups)
	}
	fi, _ := os.Stat(backups[0])
	if fi.Mode().Perm() != 0o640 {
		t.Errorf("backup mode %v, want the document's 0640", fi.Mode().Perm())
	}
	st, err := data.OpenReadOnly(backups[0])
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if len(st.Doc().People) != 0 || bytes.Equal(before, snapshot(t, doc)) {
		t.Fatal("the backup is not the document before the import")
	}
	if fi, _ := os.Stat(doc); fi.Mode().Perm() != 0o640 {
		t.Errorf("document mode changed to %v", fi.Mode().Perm())
	}
}

func TestGUIFileAndDisplay(t *testing.T) {
	i18n.SetLanguage("en")
	dir := t.TempDir()
	existing := filepath.Join(dir, "team.dat")
	os.WriteFile(existing, []byte("x"), 0o644)
	cases := []struct {
		args []string
		file string
		gui  bool
	}{
		{nil, "", true},
		{[]string{"team.orgdb"}, "team.orgdb", true},
		{[]string{"团队.ORGDB"}, "团队.ORGDB", true},
		{[]string{existing}, existing, true},
		{[]string{"-psn_0_12345"}, "", true},
		{[]string{"frob"}, "", false},
		{[]string{"show"}, "", false},
		{[]string{"--help"}, "", false},
		{[]string{"a.orgdb", "b.orgdb"}, "", false},
		{[]string{dir}, "", false},
	}
	for _, tc := range cases {
		if file, gui := GUIFile(tc.args); file != tc.file || gui != tc.gui {
			t.Errorf("GUIFile(%q) = %q, %v; want %q, %v", tc.args, file, gui, tc.file, tc.gui)
		}
	}
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	if msg := NoDisplay(env(nil)); !strings.Contains(msg, "no graphical display") || strings.Contains(msg, "\n") {
		t.Errorf("no display: %q", msg)
	}
	if msg := NoDisplay(env(map[string]string{"DISPLAY": ":987"})); !strings.Contains(msg, ":987") {
		t.Errorf("unreachable display: %q", msg)
	}
	if msg := NoDisplay(env(map[string]string{"WAYLAND_DISPLAY": "wayland-0"})); msg != "" {
		t.Errorf("wayland: %q", msg)
	}
}
