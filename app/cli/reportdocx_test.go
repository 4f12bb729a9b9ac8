package cli

import (
	"archive/zip"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"orgdesigner/app/i18n"
)

func TestReportWritesWord(t *testing.T) {
	i18n.SetLanguage("en")
	dir := t.TempDir()
	doc := filepath.Join(dir, "t.orgdb")
	if code, _, e := run("new", doc); code != 0 {
		t.Fatal(e)
	}
	cases := []struct {
		name  string
		args  []string
		code  int
		roles int
	}{
		{"all", []string{"report", doc, filepath.Join(dir, "all.docx")}, ExitOK, -1},
		{"two roles", []string{"report", "--paper", "Letter", doc, filepath.Join(dir, "two.DOCX"), "--roles", "role-general-manager,role-data-analyst"}, ExitOK, 2},
		{"department", []string{"report", doc, filepath.Join(dir, "dept.docx"), "--department", "finance"}, ExitOK, 3},
		{"unknown department", []string{"report", doc, filepath.Join(dir, "bad.docx"), "--department", "没有这个部门"}, ExitRejected, 0},
		{"unknown role", []string{"report", doc, filepath.Join(dir, "bad2.docx"), "--roles", "nope"}, ExitRejected, 0},
		{"booklet", []string{"report", doc, filepath.Join(dir, "bad3.docx"), "--booklet"}, ExitUsage, 0},
		{"both", []string{"report", doc, filepath.Join(dir, "bad4.docx"), "--roles", "x", "--department", "y"}, ExitUsage, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, out, e := run(tc.args...)
			if code != tc.code {
				t.Fatalf("exit %d want %d\n%s%s", code, tc.code, out, e)
			}
			var path string
			for _, a := range tc.args {
				if strings.HasSuffix(strings.ToLower(a), ".docx") {
					path = a
				}
			}
			zr, err := zip.OpenReader(path)
			if tc.code != ExitOK {
				if err == nil {
					zr.Close()
					t.Fatal("a failed report left a file behind")
				}
				return
			}
			if err != nil {
				t.Fatalf("no .docx written: %v", err)
			}
			defer zr.Close()
			headers := 0
			for _, f := range zr.File {
				if strings.HasPrefix(f.Name, "word/header") {
					headers++
				}
			}
			if tc.roles > 0 && headers != tc.roles {
				t.Errorf("%d role sheets, want %d", headers, tc.roles)
			}
			if !strings.Contains(out, "role sheets") {
				t.Errorf("output: %s", out)
			}
		})
	}
	if m, _ := filepath.Glob(filepath.Join(dir, ".*.tmp")); len(m) > 0 {
		t.Fatalf("temporary files left: %v", m)
	}
	if _, err := os.Stat(filepath.Join(dir, "all.docx")); err != nil {
		t.Fatal(err)
	}
}
