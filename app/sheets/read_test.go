package sheets

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// TestBrokenXMLMidSheetIsRefused: the sheet XML breaks at row 500 of
// 1,000. excelize's iterator stops silently there (499 rows); we refuse
// the sheet and say where it broke.
func TestBrokenXMLMidSheetIsRefused(t *testing.T) {
	dir := t.TempDir()
	path := writeRawXLSX(t, dir, "broken.xlsx", rosterSST, func(w io.Writer) {
		io.WriteString(w, "<sheetData>")
		rosterRowsXML(w, 1, 499)
		io.WriteString(w, `<row r="500"><c r="A500" t="inlineStr"><is><t>坏</t></is></c <c/></row>`)
		rosterRowsXML(w, 501, 1000)
		io.WriteString(w, "</sheetData>")
	})
	// The excelize behaviour this guards against (if excelize starts
	// reporting the error, this part of the test may go).
	f, err := excelize.OpenFile(path)
	must(t, err)
	rows, err := f.Rows("Sheet1")
	must(t, err)
	n := 0
	for rows.Next() {
		n++
	}
	if n != 499 || rows.Error() != nil {
		t.Logf("excelize now reads %d rows, error %v", n, rows.Error())
	}
	f.Close()

	_, err = DryRun(context.Background(), path, "", blankDoc(), PlanOptions{})
	var oe *OpenError
	if !errors.As(err, &oe) || !errors.Is(err, ErrBrokenSheet) || oe.Line != 500 || oe.Sheet != "Sheet1" {
		t.Fatalf("want ErrBrokenSheet at row 500, got %v (%+v)", err, oe)
	}
	if msg := oe.Message("en"); !strings.Contains(msg, "row 500") || !strings.Contains(msg, "broken.xlsx") {
		t.Errorf("message %q", msg)
	}
	if msg := oe.Message("zh"); !strings.Contains(msg, "第 500 行") {
		t.Errorf("zh message %q", msg)
	}
}

// TestBrokenXMLInTheFirstRowsKeepsOtherSheetsUsable: the break is within
// the rows read when the file is opened; Open still works and the sheet is
// refused when imported.
func TestBrokenXMLInTheFirstRows(t *testing.T) {
	path := writeRawXLSX(t, t.TempDir(), "b.xlsx", rosterSST, func(w io.Writer) {
		io.WriteString(w, "<sheetData>")
		rosterRowsXML(w, 1, 9)
		io.WriteString(w, `<row r="10"><c r="A10"><v>1</v></c></rox></sheetData>`)
	})
	wb, err := Open(path)
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	defer wb.Close()
	if _, err := wb.Analyse(context.Background(), "Sheet1", blankDoc(), nil); !errors.Is(err, ErrBrokenSheet) {
		t.Fatalf("analyse: %v", err)
	}
}

// TestErrorCellsAndDanglingStrings: #REF!, #N/A and a shared-string
// index past the table are problems with their place, never values.
func TestErrorCellsAndDanglingStrings(t *testing.T) {
	path := writeRawXLSX(t, t.TempDir(), "e.xlsx", append(rosterSST, "研发部"), func(w io.Writer) {
		io.WriteString(w, `<sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>
<row r="2"><c r="A2" t="inlineStr"><is><t>张伟</t></is></c><c r="B2" t="e"><v>#REF!</v></c><c r="C2" t="str"><f>X</f><v>工程师</v></c></row>
<row r="3"><c r="A3" t="e"><f>VLOOKUP(1,A:A,2)</f><v>#N/A</v></c><c r="B3" t="s"><v>3</v></c></row>
<row r="4"><c r="A4" t="inlineStr"><is><t>李娜</t></is></c><c r="B4" t="s"><v>99</v></c><c r="C4" t="e"><v>#VALUE!</v></c></row>
</sheetData>`)
	})
	_, p := importFile(t, path, blankDoc(), PlanOptions{})
	got := map[string]bool{}
	for _, pr := range p.Problems {
		got[fmt.Sprintf("%d%s %s %s", pr.Row, pr.Column, pr.Code, pr.Value)] = true
	}
	for _, k := range []string{"2B error-cell #REF!", "3A error-cell #N/A", "4B dangling-string 99",
		"4C error-cell #VALUE!", "3A missing-name "} {
		if !got[k] {
			t.Errorf("no problem %q in %v", k, got)
		}
	}
	for _, person := range p.NewPeople {
		if strings.HasPrefix(person.Name, "#") {
			t.Errorf("error value became a name: %+v", person)
		}
	}
	if len(p.NewPeople) != 2 {
		t.Errorf("people: %+v", p.NewPeople)
	}
	for _, d := range p.NewDepartments {
		if strings.Contains(d.Name, "#") || d.Name == "" {
			t.Errorf("department %+v", d)
		}
	}
	if err := p.WriteAnnotated(filepath.Join(t.TempDir(), "marked.xlsx")); err != nil {
		t.Errorf("annotated copy: %v", err)
	}
	pr := p.Problems[0]
	if loc := pr.Location("en"); !strings.Contains(loc, "row 2") || !strings.Contains(loc, "column B (部门)") {
		t.Errorf("location %q", loc)
	}
}

// TestControlCharactersAndLongValues: NUL and other control characters
// are removed (with a problem); a name over 100 characters and any value
// over 4,000 are refused with the row and column.
func TestControlCharactersAndLongValues(t *testing.T) {
	long := strings.Repeat("长", 5000)
	csv := "姓名,部门,备注\n" +
		"张\x00伟,研发部,\n" +
		strings.Repeat("王", 101) + ",研发部,\n" +
		"李娜,研发部," + long + "\n" +
		long + ",研发部,\n" +
		"赵敏,销\x01售部,\n"
	path := writeFile(t, t.TempDir(), "c.csv", []byte(csv))
	_, p := importFile(t, path, blankDoc(), PlanOptions{})
	names := map[string]bool{}
	for _, person := range p.NewPeople {
		names[person.Name] = true
		for _, e := range person.Extra {
			if len(e.Value) > maxFieldRunes*3 {
				t.Errorf("long extra stored: %d bytes", len(e.Value))
			}
		}
	}
	if !names["张伟"] || !names["李娜"] || !names["赵敏"] || len(names) != 3 {
		t.Errorf("people %v", names)
	}
	codes := map[string]bool{}
	for _, pr := range p.Problems {
		codes[fmt.Sprintf("%d%s %s", pr.Row, pr.Column, pr.Code)] = true
		if len(pr.Value) > 200 {
			t.Errorf("problem value not shortened: %d bytes", len(pr.Value))
		}
	}
	for _, k := range []string{"2A control-characters", "3A name-too-long", "4C too-long", "5A too-long", "6B control-characters"} {
		if !codes[k] {
			t.Errorf("missing problem %s in %v", k, codes)
		}
	}
	if err := p.WriteAnnotated(filepath.Join(t.TempDir(), "marked.xlsx")); err != nil {
		t.Errorf("annotated copy: %v", err)
	}
	for _, d := range p.NewDepartments {
		if strings.ContainsRune(d.Name, 1) {
			t.Errorf("control character stored in %q", d.Name)
		}
	}
}

// TestStrayByteInUTF8CSV: one invalid byte in a UTF-8 roster does not
// make the file GB18030; that row is a problem, the rest import intact.
func TestStrayByteInUTF8CSV(t *testing.T) {
	var b bytes.Buffer
	b.WriteString("姓名,部门,岗位\n")
	for i := 2; i <= 200; i++ {
		if i == 50 {
			b.WriteString("坏\xff行,研发部,工程师\n")
			continue
		}
		fmt.Fprintf(&b, "员工%d,研发部,工程师\n", i)
	}
	path := writeFile(t, t.TempDir(), "s.csv", b.Bytes())
	_, p := importFile(t, path, blankDoc(), PlanOptions{})
	if len(p.NewPeople) != 198 {
		t.Errorf("imported %d people, want 198", len(p.NewPeople))
	}
	for _, person := range p.NewPeople {
		if !strings.HasPrefix(person.Name, "员工") {
			t.Fatalf("garbled name %q", person.Name)
		}
	}
	if err := p.WriteAnnotated(filepath.Join(t.TempDir(), "marked.xlsx")); err != nil {
		t.Errorf("annotated copy: %v", err)
	}
	if len(p.Problems) != 1 || p.Problems[0].Row != 50 || p.Problems[0].Code != "bad-bytes" || !p.Problems[0].Skipped {
		t.Errorf("problems %+v", p.Problems)
	}
}

func TestMostlyUTF8(t *testing.T) {
	gbk := encodeGBK(t, strings.Repeat("张伟,研发部,工程师\n", 50))
	if mostlyUTF8(gbk) {
		t.Error("GBK text taken for UTF-8")
	}
	if !mostlyUTF8([]byte(strings.Repeat("张伟,研发部\n", 20) + "\xff\n")) {
		t.Error("UTF-8 with one stray byte not taken for UTF-8")
	}
	if _, enc, _ := decodeText(gbk); enc != "GB18030" {
		t.Errorf("GBK decoded as %s", enc)
	}
}

// TestSharedStringsRichTextAndPhonetics: rich-text runs are joined,
// phonetic guides left out, _xHHHH_ escapes decoded.
func TestSharedStringsRichText(t *testing.T) {
	sst := `<sst><si><t>姓名</t></si><si><r><t>张</t></r><r><rPr/><t>伟</t></r><rPh><t>ちょう</t></rPh></si><si><t>a_x000D_b</t></si></sst>`
	got, err := readSST(strings.NewReader(sst))
	if err != nil || len(got) != 3 || got[0] != "姓名" || got[1] != "张伟" || got[2] != "a\rb" {
		t.Errorf("%q %v", got, err)
	}
}

// FuzzSheetXML: any bytes either decode or give an error; never a panic,
// never a row wider than the cap.
func FuzzSheetXML(f *testing.F) {
	f.Add([]byte(`<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>x</t></is></c></row></sheetData><mergeCells><mergeCell ref="A1:B3"/></mergeCells></worksheet>`))
	f.Add([]byte(`<worksheet><sheetData><row r="2"><c r="XFD2"><v>1</v></c></row><row r="1"><c t="e"><v>#N/A</v></c></row></sheetData></worksheet>`))
	f.Add([]byte(`<worksheet><sheetData><row><c><v>1</c></row>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		sr := &sheetXMLReader{sst: []string{"a", "b"}, colCap: 8}
		_ = sr.read(bytes.NewReader(b))
		for _, r := range sr.rows {
			if len(r) > 8 {
				t.Fatalf("row of %d cells", len(r))
			}
		}
		_, _ = readSST(bytes.NewReader(b))
	})
}

// FuzzDecodeText: decoding never fails on bytes without a BOM and always
// gives valid UTF-8.
func FuzzDecodeText(f *testing.F) {
	f.Add([]byte("姓名,部门\n张伟,研发部\n"))
	f.Add([]byte("\xd5\xc5\xce\xb0,\xd1\xd0\xb7\xa2\n"))
	f.Add([]byte("张伟\xff,研发部\n"))
	f.Add([]byte("\xef\xbb\xbf张\xff"))
	f.Fuzz(func(t *testing.T, b []byte) {
		s, enc, err := decodeText(b)
		if err != nil {
			return
		}
		if enc != "UTF-16" && !utf8ValidString(s) {
			t.Fatalf("%s decode gave invalid UTF-8: %q", enc, s)
		}
		_, _ = checkField(s)
	})
}

func utf8ValidString(s string) bool { return utf8.ValidString(s) }

// TestSheetUnpackedToTempFile: a worksheet larger than MaxXMLBytes is
// kept by excelize in a temporary file; it is then streamed from the zip.
func TestSheetUnpackedToTempFile(t *testing.T) {
	path := writeRawXLSX(t, t.TempDir(), "big.xlsx", rosterSST, func(w io.Writer) {
		io.WriteString(w, "<sheetData>")
		rosterRowsXML(w, 1, 300)
		io.WriteString(w, "</sheetData>")
	})
	lim := DefaultLimits
	lim.MaxXMLBytes = 1 << 10
	wb, err := OpenWithLimits(path, lim)
	must(t, err)
	defer wb.Close()
	if wb.sheetXML("Sheet1") != nil {
		t.Fatal("the worksheet is in memory; the test needs it in a temporary file")
	}
	a, err := wb.Analyse(context.Background(), "Sheet1", blankDoc(), nil)
	must(t, err)
	if a.DataRows != 299 || a.HeaderRow != 1 {
		t.Errorf("header %d, data rows %d", a.HeaderRow, a.DataRows)
	}
}
