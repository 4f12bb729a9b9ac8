package sheets

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

// TestSheetXMLForms: the forms real writers use — namespace prefixes,
// cells without references, entities, CDATA, comments, rich inline text,
// formulas with cached values, booleans — read as excelize reads them.
func TestSheetXMLForms(t *testing.T) {
	x := `<?xml version="1.0"?><!-- written by hand --><x:worksheet xmlns:x="urn:x"><x:sheetData>
<x:row r="1"><x:c t="inlineStr"><x:is><x:t>姓名</x:t></x:is></x:c><x:c t="s"><x:v> 1 </x:v></x:c></x:row>
<x:row r="3" spans="1:3"><x:c r="B3" t="inlineStr"><x:is><x:r><x:t>A &amp; </x:t></x:r><x:r><x:t xml:space="preserve">B&#x4E2D;</x:t></x:r><x:rPh><x:t>ignored</x:t></x:rPh></x:is></x:c><x:c><x:f>1+1</x:f><x:v>2</x:v></x:c></x:row>
<x:row r="4"/><x:row r="5"><x:c r="D5" t="inlineStr"><x:is><x:t>` + "a\r\nb\rd&#13;c" + `</x:t></x:is></x:c></x:row><x:row><x:c t="b"><x:v>1</x:v></x:c><x:c t="str"><x:v><![CDATA[<x>]]></x:v></x:c><x:c t="n"><x:v>4.3208E+4</x:v></x:c></x:row>
</x:sheetData><x:mergeCells><x:mergeCell ref="A1:B2"/></x:mergeCells></x:worksheet>`
	sr := &sheetXMLReader{sst: []string{"x", "部门"}}
	if err := sr.read(strings.NewReader(x)); err != nil {
		t.Fatal(err)
	}
	want := [][]string{{"姓名", "部门"}, nil, {"", "A & B中", "2"}, nil, {"", "", "", "a\nb\nd\rc"}, {"1", "<x>", "43208"}}
	if len(sr.rows) != len(want) {
		t.Fatalf("rows %q", sr.rows)
	}
	for i := range want {
		if !slices.Equal(sr.rows[i], want[i]) {
			t.Errorf("row %d: %q, want %q", i+1, sr.rows[i], want[i])
		}
	}
	if len(sr.merges) != 1 || sr.merges[0] != (cellRange{0, 0, 1, 1}) {
		t.Errorf("merges %v", sr.merges)
	}
}

// TestSheetXMLBreaks: each kind of damage is an error naming the row.
func TestSheetXMLBreaks(t *testing.T) {
	ok := `<row r="1"><c t="inlineStr"><is><t>a</t></is></c></row>`
	cases := map[string]string{
		"mismatched":       `<row r="2"><c><v>1</c></row>`,
		"cut off":          `<row r="2"><c><v>1</v></c>`,
		"bad attribute":    `<row r="2"><c r=B2><v>1</v></c></row>`,
		"unknown entity":   `<row r="2"><c t="inlineStr"><is><t>a&nbsp;b</t></is></c></row>`,
		"invalid UTF-8":    "<row r=\"2\"><c t=\"inlineStr\"><is><t>\xff</t></is></c></row>",
		"stray lt":         `<row r="2"><c><v>1 < 2</v></c></row>`,
		"unclosed sheet":   `<row r="2"></row></sheetData>`,
		"garbage end tag":  `<row r="2"></row ></sheetData></worksheet></extra>`,
		"lt in attribute":  `<row r="2<"></row>`,
		"truncated in tag": `<row r="2"><c r="A2"`,
	}
	for name, bad := range cases {
		x := `<worksheet><sheetData>` + ok + bad
		if !strings.Contains(bad, "</sheetData>") && name != "cut off" && name != "truncated in tag" {
			x += `</sheetData></worksheet>`
		}
		sr := &sheetXMLReader{}
		err := sr.read(strings.NewReader(x))
		// Damage after row 2 is complete is reported at the row after it.
		wantRow := 2
		if name == "unclosed sheet" || name == "garbage end tag" {
			wantRow = 3
		}
		var be *brokenXMLError
		if !errors.As(err, &be) || be.row != wantRow {
			t.Errorf("%s: %v, want broken at row %d", name, err, wantRow)
		}
	}
}

// TestSkipRightOfCap: cells right of the cap are skipped, also across
// the scanner's buffer, and the next row is read.
func TestSkipRightOfCap(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<worksheet><sheetData>`)
	for r := 1; r <= 3; r++ {
		b.WriteString(`<row r="` + string(rune('0'+r)) + `"><c t="inlineStr"><is><t>v</t></is></c><c><v>2</v></c>`)
		for i := 0; i < 20000; i++ { // 200 KB per row, more than the 64 KB buffer
			b.WriteString(`<c s="1"/>`)
		}
		b.WriteString(`<c><v>` + strings.Repeat("9", 70000) + `</v></c></row>`)
	}
	b.WriteString(`</sheetData></worksheet>`)
	sr := &sheetXMLReader{colCap: 2}
	if err := sr.read(strings.NewReader(b.String())); err != nil {
		t.Fatal(err)
	}
	if len(sr.rows) != 3 || !slices.Equal(sr.rows[2], []string{"v", "2"}) {
		t.Errorf("rows %d, last %q", len(sr.rows), sr.rows[len(sr.rows)-1])
	}
}

// TestCellCap: a sheet keeping more than maxCells cells is refused, with
// a sentence.
func TestCellCap(t *testing.T) {
	sr := &sheetXMLReader{cells: maxCells - 2}
	err := sr.read(strings.NewReader(`<worksheet><sheetData><row><c><v>1</v></c><c><v>2</v></c><c><v>3</v></c></row></sheetData></worksheet>`))
	if !errors.Is(err, errTooManyCells) {
		t.Fatalf("%v", err)
	}
	oe := &OpenError{Kind: ErrTooManyCells, Path: "/x/big.xlsx", Sheet: "花名册", Limit: maxCells}
	if msg := oe.Message("en"); !strings.Contains(msg, "big.xlsx") || !strings.Contains(msg, "6000000 cells") {
		t.Errorf("%q", msg)
	}
	if err := fillMerged([][]string{{"a"}, {"b"}}, []cellRange{{0, 0, 1, 1}}, 2); err != nil {
		t.Error(err)
	}
	rows := make([][]string, 3000)
	for i := range rows {
		rows[i] = []string{"x"}
	}
	many := make([]cellRange, 5000) // overlapping: 5,000 × 3,000 rows × 1,000 columns
	for i := range many {
		many[i] = cellRange{0, 0, 2999, 999}
	}
	if err := fillMerged(rows, many, 1000); !errors.Is(err, errTooManyCells) {
		t.Errorf("overlapping merges: %v", err)
	}
}

func TestIsDateFormat(t *testing.T) {
	for f, want := range map[string]bool{
		"yyyy-mm-dd": true, `yyyy"年"m"月"d"日"`: true, "[$-804]aaaa": false, "m/d/yy h:mm": true,
		"0.00": false, "0.00E+00": false, `"总计"0`: false, "#,##0_);[Red](#,##0)": false, "[h]:mm:ss": false,
		"YYYY/MM/DD": true, `0"d"`: false, `\d0`: false,
	} {
		if got := isDateFormat(f); got != want {
			t.Errorf("%q: %v, want %v", f, got, want)
		}
	}
}
