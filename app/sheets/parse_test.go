package sheets

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestParseDate(t *testing.T) {
	cases := []struct {
		in   string
		want string
		res  dateResult
	}{
		{"45054", "2023-05-08", dateOK},
		{"45054.75", "2023-05-08", dateOK}, // a time of day is ignored
		{"43208.0", "2018-04-18", dateOK},
		{"2023-05-08", "2023-05-08", dateOK},
		{"2023/5/8", "2023-05-08", dateOK},
		{"2023.5.8", "2023-05-08", dateOK},
		{"2023年5月8日", "2023-05-08", dateOK},
		{"2023年5月8号", "2023-05-08", dateOK},
		{"20230508", "2023-05-08", dateOK},
		{"２０２３／５／８", "2023-05-08", dateOK},
		{" 2023-05-08 09:30:00", "2023-05-08", dateOK},
		{"2023-05-08T09:30", "2023-05-08", dateOK},
		{"25/12/2023", "2023-12-25", dateOK},
		{"12/25/2023", "2023-12-25", dateOK},
		{"01/01/2021", "2021-01-01", dateOK},
		{"03/04/2023", "", dateAmbiguous},
		{"2023-02-30", "", dateBad},
		{"2023-13-01", "", dateBad},
		{"20231340", "", dateBad},
		{"明年", "", dateBad},
		{"2023-05", "", dateBad},
		{"", "", dateBad},
		{"60", "", dateBad}, // 1900-02-29 never was
		{"59", "1900-02-28", dateOK},
		{"1", "1900-01-01", dateOK},
		{"-5", "", dateBad},
		{"9999999", "", dateBad},
		{"1e5", "", dateBad},
		{"NaN", "", dateBad},
	}
	for _, c := range cases {
		got, res := parseDate(c.in, false)
		if got != c.want || res != c.res {
			t.Errorf("parseDate(%q) = %q, %v; want %q, %v", c.in, got, res, c.want, c.res)
		}
	}
	if got, _ := parseDate("0", true); got != "1904-01-01" {
		t.Errorf("1904 system serial 0 = %q", got)
	}
}

func TestSerialRoundTrip(t *testing.T) {
	for _, d := range []string{"1900-03-01", "1999-12-31", "2023-05-08", "2100-02-28"} {
		v, ok := toSerial(d)
		if !ok {
			t.Fatalf("no serial for %s", d)
		}
		if got, _ := serialDate(v, false); got != d {
			t.Errorf("%s → %v → %s", d, v, got)
		}
	}
}

func TestCellValues(t *testing.T) {
	clean := []struct{ in, want string }{
		{"  张伟\u3000", "张伟"},
		{"\u00a0000096\u200b", "000096"},
		{"a b", "a b"},
		{"\ufeff姓名", "姓名"},
	}
	for _, c := range clean {
		if got := cleanCell(c.in); got != c.want {
			t.Errorf("cleanCell(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	tidy := []struct{ in, want string }{
		{"43208.0", "43208"},
		{"000096", "000096"},
		{"1.10", "1.10"},
		{"1.3800138E+10", "13800138000"},
		{"2E3", "2E3"},
		{"0.30000000000000004", "0.3"},
		{"320981199202163389", "320981199202163389"},
		{"C1-4", "C1-4"},
		{"-12.0", "-12.0"},
	}
	for _, c := range tidy {
		if got := tidyNumber(c.in); got != c.want {
			t.Errorf("tidyNumber(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestHeaderNames(t *testing.T) {
	cases := map[string]Field{
		"姓名": FieldName, "姓名*": FieldName, "姓名（必填）": FieldName, " Full Name ": FieldName,
		"员工编号": FieldNumber, "Employee ID": FieldNumber, "employee_id": FieldNumber,
		"所属部门": FieldDepartment, "岗位名称": FieldRole, "Job Title": FieldRole,
		"直线经理": FieldManager, "Reports To": FieldManager, "parentId": FieldManager,
		"入职日期": FieldHireDate, "Hire Date": FieldHireDate, "手机号码": FieldPhone, "E-mail": FieldEmail,
		"在职状态": FieldStatus, "编制": FieldPlanned, "序号": FieldIgnore, "导入问题": FieldIgnore,
		"Surname": FieldFamilyName, "First name (required)": FieldGivenName,
	}
	for h, want := range cases {
		s, ok := lookupHeader(h)
		if !ok || s.field != want {
			t.Errorf("header %q → %v %v, want %v", h, s.field, ok, want)
		}
	}
	for _, h := range []string{"离职日期", "证件姓名", "紧急联系人姓名", "备注", ""} {
		if s, ok := lookupHeader(h); ok {
			t.Errorf("header %q should be an extra field, got %v", h, s.field)
		}
	}
}

func TestDetectHeader(t *testing.T) {
	cases := []struct {
		name string
		rows [][]string
		want int
	}{
		{"first row", [][]string{{"姓名", "部门"}, {"张伟", "研发部"}}, 1},
		{"below title and notes", [][]string{{"XX公司员工花名册"}, nil, {"说明：请勿修改表头"}, {"序号", "姓名", "工号", "部门"}, {"1", "张伟", "001", "研发"}}, 4},
		{"best of two", [][]string{{"姓名", "备注"}, {"工号", "姓名", "部门", "岗位"}}, 2},
		{"one known column is not enough", [][]string{{"姓名", "foo"}, {"张伟", "x"}}, 0},
		{"repeated header: the first", [][]string{{"姓名", "部门"}, {"张伟", "研发"}, {"姓名", "部门"}}, 1},
		{"nothing", [][]string{{"a", "b"}}, 0},
		{"empty", nil, 0},
	}
	for _, c := range cases {
		if got, _, _ := detectHeader(c.rows); got != c.want {
			t.Errorf("%s: header row %d, want %d", c.name, got, c.want)
		}
	}
}

func TestSniffDelimiter(t *testing.T) {
	cases := map[string]rune{
		"a,b,c\n1,2,3\n":                ',',
		"a;b;c\n1;2;3\n":                ';',
		"a\tb\tc\n1\t2\t3\n":            '\t',
		"a|b\n1|2\n":                    '|',
		"\"x,y\";b;c\n\"1,2\";2;3\n":    ';',
		"name,tags\nA,\"t1, t2, t3\"\n": ',',
		"only one column\nvalue\n":      ',',
	}
	for text, want := range cases {
		if got := sniffDelimiter(text); got != want {
			t.Errorf("sniffDelimiter(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestDecodeText(t *testing.T) {
	gbk := encodeGBK(t, "姓名,部门\n张伟,研发部\n")
	got, enc, err := decodeText(gbk)
	if err != nil || enc != "GB18030" || got != "姓名,部门\n张伟,研发部\n" {
		t.Errorf("GBK: %q %q %v", got, enc, err)
	}
	got, enc, _ = decodeText([]byte("\xEF\xBB\xBF姓名"))
	if got != "姓名" || enc != "UTF-8 BOM" {
		t.Errorf("BOM: %q %q", got, enc)
	}
}

func TestSplitNameNumber(t *testing.T) {
	cases := []struct{ in, name, num string }{
		{"张三(001)", "张三", "001"}, {"张三（001）", "张三", "001"}, {"张三 001", "张三", "001"},
	}
	for _, c := range cases {
		n, num, ok := splitNameNumber(c.in)
		if !ok || n != c.name || num != c.num {
			t.Errorf("%q → %q %q %v", c.in, n, num, ok)
		}
	}
	if _, _, ok := splitNameNumber("张三"); ok {
		t.Error("张三 has no number")
	}
}

func TestSimilarity(t *testing.T) {
	if s := similarity("市场部", "市场调研与策略部"); s < 0.5 {
		t.Errorf("市场部 ~ 市场调研与策略部 = %.2f", s)
	}
	if s := similarity("市场部", "财务部"); s >= 0.3 {
		t.Errorf("市场部 ~ 财务部 = %.2f, should not be suggested", s)
	}
	if s := similarity("SEO专员", "SEO/SEM优化师"); s < 0.3 {
		t.Errorf("SEO专员 ~ SEO/SEM优化师 = %.2f", s)
	}
}

// FuzzCellValue: no cell text makes the value helpers panic, and their
// results are stable.
func FuzzCellValue(f *testing.F) {
	for _, s := range []string{"45054", "2023年5月8日", "１２/１３/２０２３", "1.3800138E+10", "\u3000张伟", "0.30000000000000004", "-", "E+", "9e999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := cleanCell(s)
		if cleanCell(c) != c {
			t.Errorf("cleanCell not idempotent on %q", s)
		}
		tn := tidyNumber(c)
		if tidyNumber(tn) != tn {
			t.Errorf("tidyNumber not idempotent: %q → %q → %q", c, tn, tidyNumber(tn))
		}
		d, res := parseDate(s, false)
		if res == dateOK {
			if again, r2 := parseDate(d, false); again != d || r2 != dateOK {
				t.Errorf("parseDate(%q) = %q does not parse back (%q)", s, d, again)
			}
		}
		_ = normHeader(s)
		_ = normKey(s)
		_, _ = parseStatus(s)
		_ = similarity(s, "市场部")
		_ = splitPath(s)
		if utf8.ValidString(s) {
			_ = foldWidth(s)
		}
	})
}

// FuzzDetectHeader: any grid of cells gives a header row within bounds.
func FuzzDetectHeader(f *testing.F) {
	f.Add("XX公司花名册\n\n序号\t姓名\t工号\n1\t张伟\t001")
	f.Add("Name\tDepartment\nA\tB")
	f.Fuzz(func(t *testing.T, grid string) {
		var rows [][]string
		for _, line := range strings.Split(grid, "\n") {
			rows = append(rows, strings.Split(line, "\t"))
		}
		row, fields, _ := detectHeader(rows)
		if row < 0 || row > len(rows) || row > headerScanRows || (row > 0 && fields < 2) {
			t.Errorf("header row %d (fields %d) for %d rows", row, fields, len(rows))
		}
		if row > 0 {
			cols := guessMapping(rows[row-1])
			if len(cols) != len(rows[row-1]) {
				t.Errorf("mapping has %d columns for %d cells", len(cols), len(rows[row-1]))
			}
		}
	})
}

// FuzzImportCSV: any bytes as a .csv file are imported or refused with an
// *OpenError, never a panic.
func FuzzImportCSV(f *testing.F) {
	f.Add([]byte("工号,姓名,部门,直属上级\n1,张伟,研发/后端,\n2,李娜,研发/后端,张伟\n"))
	f.Add([]byte("\"First name (required);\"\"Last name\"\"\"\r\n\"a;\"\"b\"\"\"\r\n"))
	f.Add(encodeGBK(f, "姓名;部门\n张伟;研发部\n"))
	f.Add([]byte("\xFF\xFEa\x00,\x00b\x00"))
	f.Add([]byte("name,\"unterminated\n"))
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, b []byte) {
		path := filepath.Join(dir, "fuzz.csv")
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		importAny(t, path)
	})
}

// FuzzOpenWorkbook: any bytes as an .xlsx file, never a panic.
func FuzzOpenWorkbook(f *testing.F) {
	dir := f.TempDir()
	good, err := os.ReadFile(messyRoster(f, dir))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add(good[:len(good)/3])
	f.Add(bytes.Replace(good, []byte("PK"), []byte("PX"), 3))
	f.Add(fakeXLS())
	f.Add([]byte("%PDF-1.4"))
	f.Fuzz(func(t *testing.T, b []byte) {
		path := filepath.Join(dir, "fuzz.xlsx")
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		importAny(t, path)
	})
}

// importAny runs a whole import; errors must be *OpenError (or from the
// plan's own validation), panics fail the test by themselves.
func importAny(t *testing.T, path string) {
	wb, err := Open(path)
	if err != nil {
		var oe *OpenError
		if !errors.As(err, &oe) {
			t.Fatalf("Open: %T %v", err, err)
		}
		if oe.Message("zh") == "" {
			t.Fatal("empty message")
		}
		return
	}
	defer wb.Close()
	for _, s := range wb.Sheets() {
		a, err := wb.Analyse(context.Background(), s.Name, existingDoc(), nil)
		if err != nil {
			continue
		}
		if a.Check() != nil {
			continue
		}
		p, err := Plan(context.Background(), a, existingDoc(), PlanOptions{}, nil)
		if err != nil {
			t.Fatalf("Plan: %v", err)
		}
		_ = p.Report("zh")
	}
}

func TestFooterRows(t *testing.T) {
	for cell, want := range map[string]bool{"制表人：王经理": true, "合计": true, "备注：以上为在职人员": true,
		"Total": true, "Total: 12": true, "Totalis": false, "张伟": false, "Notes:": true, "Noteworthy": false} {
		if got := isFooter(cell); got != want {
			t.Errorf("isFooter(%q) = %v", cell, got)
		}
	}
}
