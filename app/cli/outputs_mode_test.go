package cli

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"orgdesigner/app/i18n"
)

// TestPDFOutputsAreReadable: reports and change reports are written like
// exports (0644), not with the private mode of their temporary file, and a
// file they replace keeps its permissions.
func TestPDFOutputsAreReadable(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no Unix permissions")
	}
	i18n.SetLanguage("en")
	dir := t.TempDir()
	doc := filepath.Join(dir, "t.orgdb")
	runOK(t, "new", doc)
	runOK(t, "scenario", "new", doc, "Start", "--template", "startup")
	kept := filepath.Join(dir, "kept.pdf")
	os.WriteFile(kept, []byte("old"), 0o640)
	for out, args := range map[string][]string{
		filepath.Join(dir, "roles.pdf"):  {"report", doc, filepath.Join(dir, "roles.pdf")},
		filepath.Join(dir, "roles.docx"): {"report", doc, filepath.Join(dir, "roles.docx")},
		filepath.Join(dir, "change.pdf"): {"compare", doc, "Start", "--pdf", filepath.Join(dir, "change.pdf")},
		kept:                             {"compare", doc, "Start", "--pdf", kept},
	} {
		runOK(t, args...)
		fi, err := os.Stat(out)
		if err != nil {
			t.Fatal(err)
		}
		want := os.FileMode(0o644)
		if out == kept {
			want = 0o640
		}
		if fi.Mode().Perm() != want {
			t.Errorf("%s: mode %v, want %v", filepath.Base(out), fi.Mode().Perm(), want)
		}
	}
}
