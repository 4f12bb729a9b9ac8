package report

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"orgdesigner/app/templates"
)

// TestContentMatchesPDFSheet: what RoleSheetContents gives the Word copy is
// what the PDF role sheet prints — every label, value, responsibility,
// example and KPI is found in the PDF's text — so the two formats cannot
// drift apart unnoticed.
func TestContentMatchesPDFSheet(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed")
	}
	flat := func(s string) string { return strings.ReplaceAll(strings.Join(strings.Fields(s), ""), "-", "") }
	for _, lang := range []string{"zh", "en"} {
		doc, err := templates.Load("internet-marketing", lang)
		if err != nil {
			t.Fatal(err)
		}
		c, err := RoleSheetContents(doc, nil)
		if err != nil {
			t.Fatal(err)
		}
		ids := RoleIDs(doc, "")
		if len(c.Sheets) != len(ids) {
			t.Fatalf("%s: %d sheets for %d roles", lang, len(c.Sheets), len(ids))
		}
		dir := t.TempDir()
		var text string // the PDF sheet of the role being checked
		want := func(s, where string) {
			if s != "" && !strings.Contains(text, flat(s)) {
				t.Errorf("%s: %s: %q is not in the PDF", lang, where, s)
			}
		}
		for i, s := range c.Sheets {
			var pdf bytes.Buffer
			if _, err := RoleSheets(context.Background(), &pdf, doc, ids[i:i+1], Options{}); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(dir, "r.pdf")
			if err := os.WriteFile(path, pdf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			out, err := exec.Command("pdftotext", "-enc", "UTF-8", "-raw", path, "-").Output()
			if err != nil {
				t.Fatal(err)
			}
			text = flat(string(out))
			want(s.Heading, s.Title)
			for _, row := range s.Basic {
				for _, f := range row {
					want(f.Label+f.Value, s.Title) // the value beside its label
				}
			}
			for _, sec := range s.Sections {
				want(sec.Label, s.Title)
				want(sec.Text, s.Title+" "+sec.Label)
				for _, it := range sec.Items {
					want(it.Text, s.Title)
					want(it.Weight, s.Title)
					for _, ex := range it.Examples {
						want(ex, s.Title)
					}
				}
				for _, f := range sec.Fields {
					want(f.Label+f.Value, s.Title)
				}
				if sec.Table != nil {
					for _, r := range sec.Table.Rows {
						want(r[0], s.Title)
					}
				}
			}
			for _, p := range s.Signatures.Parties {
				want(p, s.Title)
			}
		}
	}
}
