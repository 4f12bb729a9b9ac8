package cli

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"orgdesigner/app/i18n"
)

// TestReportDepartmentAndSections: --department prints one department's
// booklet by name; --sections, --blank-form and --normalise-punct are
// accepted; wrong combinations are usage errors and unknown names are
// rejected.
func TestReportDepartmentAndSections(t *testing.T) {
	i18n.SetLanguage("en")
	dir := t.TempDir()
	doc := filepath.Join(dir, "t.orgdb")
	if code, _, e := run("new", doc, "--lang", "zh"); code != 0 {
		t.Fatal(e)
	}
	out := filepath.Join(dir, "dept.pdf")
	cases := []struct {
		name string
		args []string
		code int
	}{
		{"department by name", []string{"report", doc, out, "--department", "财务部"}, ExitOK},
		{"sections and blank form", []string{"report", doc, filepath.Join(dir, "s.pdf"), "--sections", "responsibilities,approval", "--blank-form", "--normalise-punct"}, ExitOK},
		{"unknown department", []string{"report", doc, filepath.Join(dir, "bad.pdf"), "--department", "无此部门"}, ExitRejected},
		{"unknown section", []string{"report", doc, filepath.Join(dir, "bad2.pdf"), "--sections", "salary"}, ExitUsage},
		{"poster", []string{"report", doc, filepath.Join(dir, "poster.pdf"), "--poster", "A2"}, ExitOK},
		{"department poster", []string{"report", doc, filepath.Join(dir, "dposter.pdf"), "--poster", "A3", "--department", "财务部"}, ExitOK},
		{"bad poster", []string{"report", doc, filepath.Join(dir, "bad4.pdf"), "--poster", "B9"}, ExitRejected},
		{"department with roles", []string{"report", doc, filepath.Join(dir, "bad3.pdf"), "--department", "财务部", "--roles", "role-general-manager"}, ExitUsage},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, e := run(tc.args...)
			if code != tc.code {
				t.Fatalf("exit %d want %d\n%s%s", code, tc.code, stdout, e)
			}
			_, err := os.Stat(tc.args[2])
			if (err == nil) != (tc.code == ExitOK) {
				t.Fatalf("exit %d, file exists: %v", code, err == nil)
			}
			if tc.name == "unknown department" && !strings.Contains(e, "财务部") {
				t.Errorf("the message does not list the departments: %s", e)
			}
		})
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext is not installed")
	}
	text, err := exec.Command("pdftotext", "-enc", "UTF-8", out, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	flat := strings.Join(strings.Fields(string(text)), "")
	if !strings.Contains(flat, "财务经理") || strings.Contains(flat, "市场调研专员") || !bytes.Contains(text, []byte("财务部")) {
		t.Error("the department booklet does not hold just the finance department")
	}
}
