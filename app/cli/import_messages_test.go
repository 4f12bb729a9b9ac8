package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"orgdesigner/app/i18n"
)

// TestImportSaysWhatItImported: the note on personal-data columns says
// "imported" only when the import changed the document — not on a dry run,
// a --strict refusal or a file that holds nothing new — and the reason of
// exit 1 is on stderr.
func TestImportSaysWhatItImported(t *testing.T) {
	i18n.SetLanguage("en")
	dir := t.TempDir()
	doc := filepath.Join(dir, "t.orgdb")
	runOK(t, "new", doc, "--template", "blank")
	roster := filepath.Join(dir, "people.csv")
	os.WriteFile(roster, []byte("工号,姓名,部门,岗位,身份证号\n001,张三,运营部,专员,11010519491231002X\n002,李四,运营部,专员,110105194912310021\n"), 0o644)
	const imported, inFile = "Columns with personal data imported", "Columns with personal data in this file"
	for _, step := range []struct {
		args       []string
		code       int
		note, more string
	}{
		{[]string{"--dry-run"}, ExitOK, inFile, "Dry run"},
		{nil, ExitOK, imported, ""},
		{nil, ExitRejected, inFile, "Nothing to import"},
		{[]string{"--dry-run"}, ExitRejected, inFile, ""},
	} {
		code, out, e := run(append([]string{"import", doc, roster}, step.args...)...)
		if code != step.code || !strings.Contains(e, step.note) || !strings.Contains(out+e, step.more) {
			t.Fatalf("import %v: exit %d, want %d and %q\n%s%s", step.args, code, step.code, step.note, out, e)
		}
		if step.note == inFile && strings.Contains(e, imported) {
			t.Errorf("import %v says it imported:\n%s", step.args, e)
		}
		if step.more == "Nothing to import" && (strings.Contains(out, step.more) || !strings.Contains(e, step.more)) {
			t.Errorf("the reason of exit 1 is not on stderr:\nstdout: %s\nstderr: %s", out, e)
		}
	}
}
