package sheets

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"

	"orgdesigner/data"
)

// cell is a value to put in a test workbook: a string, a number, or a
// date typed as a serial with a date format.
type dateCell float64

// sheetSpec describes a sheet of a test workbook.
type sheetSpec struct {
	name   string
	hidden bool
	rows   [][]any  // rows from A1; nil rows stay empty
	merges []string // "A3:A5"
}

// writeWorkbook builds an .xlsx in dir from the specs (the first spec is
// the first sheet) and returns its path.
func writeWorkbook(t testing.TB, dir, file string, specs ...sheetSpec) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	dateFmt := "yyyy-mm-dd"
	dateStyle, err := f.NewStyle(&excelize.Style{CustomNumFmt: &dateFmt})
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range specs {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", s.name); err != nil {
				t.Fatal(err)
			}
		} else if _, err := f.NewSheet(s.name); err != nil {
			t.Fatal(err)
		}
		for r, row := range s.rows {
			for c, v := range row {
				if v == nil {
					continue
				}
				ref := cellName(c+1, r+1)
				switch v := v.(type) {
				case dateCell:
					must(t, f.SetCellValue(s.name, ref, float64(v)))
					must(t, f.SetCellStyle(s.name, ref, ref, dateStyle))
				default:
					must(t, f.SetCellValue(s.name, ref, v))
				}
			}
		}
		for _, m := range s.merges {
			a, b := splitRef(m)
			must(t, f.MergeCell(s.name, a, b))
		}
	}
	for _, s := range specs {
		if s.hidden {
			// The active sheet cannot be hidden: make the last visible one active.
			for j := len(specs) - 1; j >= 0; j-- {
				if !specs[j].hidden {
					idx, _ := f.GetSheetIndex(specs[j].name)
					f.SetActiveSheet(idx)
					break
				}
			}
			must(t, f.SetSheetVisible(s.name, false))
		}
	}
	path := filepath.Join(dir, file)
	must(t, f.SaveAs(path))
	return path
}

func splitRef(r string) (string, string) {
	for i := range r {
		if r[i] == ':' {
			return r[:i], r[i+1:]
		}
	}
	return r, r
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// writeFile writes raw bytes and returns the path.
func writeFile(t testing.TB, dir, name string, b []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	must(t, os.WriteFile(p, b, 0o644))
	return p
}

// importFile runs Open → Analyse (suggested sheet) → Plan against doc with
// sequential ids so previews are exact.
func importFile(t testing.TB, path string, doc *data.Document, opts PlanOptions) (*Analysis, *Preview) {
	t.Helper()
	wb, err := Open(path)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	t.Cleanup(func() { wb.Close() })
	a, err := wb.Analyse(context.Background(), wb.Suggested(), doc, nil)
	if err != nil {
		t.Fatalf("analyse: %v", err)
	}
	if opts.NewID == nil {
		opts.NewID = seqIDs()
	}
	p, err := Plan(context.Background(), a, doc, opts, nil)
	if err != nil {
		t.Fatalf("plan: %v", err)
	}
	return a, p
}

// seqIDs returns an id maker giving d-1, r-1, p-1, p-2 …
func seqIDs() func(string) data.ID {
	n := map[string]int{}
	return func(prefix string) data.ID {
		n[prefix]++
		return data.ID(fmt.Sprintf("%s-%d", prefix, n[prefix]))
	}
}

// problemSummary is a problem reduced to what tests compare.
type problemSummary struct {
	Sheet  string
	Row    int
	Column string
	Value  string
	Code   string
}

func summarise(ps []Problem) []problemSummary {
	out := make([]problemSummary, len(ps))
	for i, p := range ps {
		out[i] = problemSummary{p.Sheet, p.Row, p.Column, p.Value, p.Code}
	}
	return out
}

// apply returns doc with the preview's changes, validated.
func apply(t testing.TB, doc *data.Document, p *Preview) *data.Document {
	t.Helper()
	nd := doc.With(p.Changes)
	if err := data.Validate(nd); err != nil {
		t.Fatalf("changes do not validate: %v", err)
	}
	return nd
}

// personNamed finds a person by name in doc.
func personNamed(t testing.TB, doc *data.Document, name string) *data.Person {
	t.Helper()
	for i := range doc.People {
		if doc.People[i].Name == name {
			return &doc.People[i]
		}
	}
	t.Fatalf("no person %q", name)
	return nil
}

// deptPath is a department's path in doc.
func deptPath(doc *data.Document, id data.ID) string {
	if id == "" {
		return ""
	}
	d := doc.Department(id)
	if d == nil {
		return "?"
	}
	if d.Parent == "" {
		return d.Name
	}
	return deptPath(doc, d.Parent) + "/" + d.Name
}

func encodeGBK(t testing.TB, s string) []byte {
	t.Helper()
	b, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(s))
	must(t, err)
	return b
}

func encodeUTF16LE(s string) []byte {
	var out []byte
	for _, u := range utf16.Encode([]rune(s)) {
		out = append(out, byte(u), byte(u>>8))
	}
	return out
}

func replaceAll(s, old, new string) string { return strings.ReplaceAll(s, old, new) }

func contains(s, sub string) bool { return strings.Contains(s, sub) }
