package cli

import (
	"fmt"
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

// writeRoster10k writes a 10,000-row × 12-column roster as an HR system
// would (the shape of app/sheets' benchmark roster).
func writeRoster10k(b *testing.B, path string) {
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		b.Fatal(err)
	}
	sw.SetRow("A1", []any{"工号", "姓名", "部门", "岗位", "直属上级", "入职日期", "手机", "邮箱", "状态", "性别", "学历", "身份证号"})
	for i := 0; i < 10000; i++ {
		mgr := ""
		if i >= 40 {
			mgr = fmt.Sprintf("%06d", i-39)
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		sw.SetRow(cell, []any{fmt.Sprintf("%06d", i+1), fmt.Sprintf("员工%d", i+1), fmt.Sprintf("总部/中心%d/部门%d", i%40%5, i%40),
			fmt.Sprintf("岗位%d", i%120), mgr, 40000 + i%3000, fmt.Sprintf("138%08d", i), fmt.Sprintf("user%d@example.com", i),
			[]string{"在职", "在职", "试用"}[i%3], []string{"男", "女"}[i%2], "本科", fmt.Sprintf("1101011990%08d", i)})
	}
	if err := sw.Flush(); err != nil {
		b.Fatal(err)
	}
	if err := f.SaveAs(path); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkImport10k is the whole `orgdesigner import` of 10,000 rows into
// a new blank document, in process: open the document, read, map, plan,
// commit (target ≤ 0.8 s).
func BenchmarkImport10k(b *testing.B) {
	i18n.SetLanguage("en")
	dir := b.TempDir()
	roster := filepath.Join(dir, "roster.xlsx")
	writeRoster10k(b, roster)
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		doc := filepath.Join(dir, fmt.Sprintf("d%d.orgdb", i))
		run("new", doc, "--template", "blank")
		b.StartTimer()
		if code, _, e := run("import", doc, roster); code != ExitOK {
			b.Fatalf("import: %d %s", code, e)
		}
	}
}
