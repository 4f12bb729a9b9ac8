package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"orgdesigner/app/i18n"
)

// TestImportPersonalData: personal columns are named on stderr; with
// --no-personal they are not stored; export leaves them out unless
// --include-personal.
func TestImportPersonalData(t *testing.T) {
	i18n.SetLanguage("en")
	dir := t.TempDir()
	csv := filepath.Join(dir, "hr.csv")
	os.WriteFile(csv, []byte("工号,姓名,部门,身份证号,爱好\n001,张伟,研发部,110101199001011234,跑步\n"), 0o644)
	header := func(xlsx string) string {
		f, err := excelize.OpenFile(xlsx)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		rows, _ := f.GetRows("花名册")
		return strings.Join(rows[0], ",")
	}

	doc := filepath.Join(dir, "a.orgdb")
	run("new", doc, "--template", "blank", "--lang", "zh")
	code, _, e := run("import", doc, csv)
	if code != ExitOK || !strings.Contains(e, "D 身份证号 (ID number)") || !strings.Contains(e, "--no-personal") {
		t.Fatalf("import: %d %s", code, e)
	}
	out := filepath.Join(dir, "a.xlsx")
	if code, _, e := run("export", doc, out); code != ExitOK || strings.Contains(header(out), "身份证号") || !strings.Contains(header(out), "爱好") {
		t.Fatalf("export without personal data: %d %s %s", code, e, header(out))
	}
	if code, _, e := run("export", doc, out, "--include-personal"); code != ExitOK || !strings.Contains(header(out), "身份证号") {
		t.Fatalf("export with personal data: %d %s %s", code, e, header(out))
	}

	doc2 := filepath.Join(dir, "b.orgdb")
	run("new", doc2, "--template", "blank", "--lang", "zh")
	if code, _, e := run("import", doc2, csv, "--no-personal"); code != ExitOK || !strings.Contains(e, "left out") {
		t.Fatalf("import --no-personal: %d %s", code, e)
	}
	if _, js, _ := run("show", doc2, "--json"); strings.Contains(js, "110101199001011234") || !strings.Contains(js, "跑步") {
		t.Fatalf("--no-personal stored: %s", js)
	}
}
