package sheets

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// fakeXLS is the start of an OLE compound file holding a "Workbook"
// stream, as Excel 97-2003 writes it.
func fakeXLS() []byte {
	b := append([]byte{}, magicOLE...)
	b = append(b, make([]byte, 504)...)
	return append(b, utf16le("Workbook")...)
}

func encryptedWorkbook(t testing.TB, dir string) string {
	f := excelize.NewFile()
	defer f.Close()
	must(t, f.SetCellValue("Sheet1", "A1", "姓名"))
	path := filepath.Join(dir, "secret.xlsx")
	must(t, f.SaveAs(path, excelize.Options{Password: "secret"}))
	return path
}

func zipWith(t testing.TB, name, content string) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.Create(name)
	must(t, err)
	_, err = w.Write([]byte(content))
	must(t, err)
	must(t, zw.Close())
	return buf.Bytes()
}

func TestOpenRefusesWithASentence(t *testing.T) {
	dir := t.TempDir()
	good := writeWorkbook(t, dir, "good.xlsx", sheetSpec{name: "Sheet1", rows: [][]any{{"姓名", "部门"}, {"张伟", "研发部"}}})
	goodBytes, err := os.ReadFile(good)
	must(t, err)
	big := writeFile(t, dir, "big.csv", bytes.Repeat([]byte("姓名,部门\n"), 1000))
	cases := []struct {
		name   string
		path   string
		kind   error
		limits Limits
		words  []string // in the Chinese message
	}{
		{"legacy xls", writeFile(t, dir, "旧花名册.xls", fakeXLS()), ErrLegacyXLS, DefaultLimits, []string{"旧花名册.xls", ".xlsx", "另存为"}},
		{"xls renamed xlsx", writeFile(t, dir, "renamed.xlsx", fakeXLS()), ErrLegacyXLS, DefaultLimits, []string{".xls"}},
		{"password", encryptedWorkbook(t, dir), ErrPassword, DefaultLimits, []string{"密码"}},
		{"truncated", writeFile(t, dir, "cut.xlsx", goodBytes[:len(goodBytes)/2]), ErrDamaged, DefaultLimits, []string{"损坏"}},
		{"zip without workbook", writeFile(t, dir, "other.xlsx", zipWith(t, "word/document.xml", "<doc/>")), ErrNotSheet, DefaultLimits, []string{"不是电子表格"}},
		{"renamed pdf", writeFile(t, dir, "花名册.xlsx", []byte("%PDF-1.7\n%âãÏÓ\n1 0 obj")), ErrPDF, DefaultLimits, []string{"PDF"}},
		{"png", writeFile(t, dir, "photo.csv", []byte("\x89PNG\r\n\x1a\nxxxx")), ErrNotSheet, DefaultLimits, []string{"不是电子表格"}},
		{"empty", writeFile(t, dir, "empty.xlsx", nil), ErrEmptyFile, DefaultLimits, []string{"空文件"}},
		{"blank csv", writeFile(t, dir, "blank.csv", []byte(" \r\n\t\n")), ErrEmptyFile, DefaultLimits, []string{"空文件"}},
		{"too large", big, ErrTooLarge, Limits{MaxFileBytes: 1000, MaxUnzipBytes: 1 << 20, MaxXMLBytes: 1 << 20}, []string{"KB", "拆成"}},
		{"unpacks too large", good, ErrUnpackedLarge, Limits{MaxFileBytes: 1 << 20, MaxUnzipBytes: 2000, MaxXMLBytes: 1000}, []string{"解压"}},
		{"missing", filepath.Join(dir, "nope.xlsx"), ErrRead, DefaultLimits, []string{"nope.xlsx"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wb, err := OpenWithLimits(c.path, c.limits)
			if err == nil {
				wb.Close()
				t.Fatalf("opened")
			}
			if !errors.Is(err, c.kind) {
				t.Fatalf("error %v, want kind %v", err, c.kind)
			}
			var oe *OpenError
			if !errors.As(err, &oe) {
				t.Fatalf("not an *OpenError: %T", err)
			}
			zh, en := oe.Message("zh"), oe.Message("en")
			if zh == en {
				t.Errorf("message not translated: %s", en)
			}
			for _, w := range append(c.words, filepath.Base(c.path)) {
				if !strings.Contains(zh, w) {
					t.Errorf("message %q lacks %q", zh, w)
				}
			}
		})
	}
}

func TestHiddenSheetsAndSuggestion(t *testing.T) {
	path := writeWorkbook(t, t.TempDir(), "s.xlsx",
		sheetSpec{name: "封面", rows: [][]any{{"2024 年花名册"}}},
		sheetSpec{name: "旧名单", hidden: true, rows: [][]any{{"姓名", "部门"}, {"甲", "乙"}}},
		sheetSpec{name: "编制", rows: [][]any{{"部门", "岗位", "编制"}, {"研发部", "工程师", 3}}},
		sheetSpec{name: "在职", rows: [][]any{{"公司花名册"}, {"姓名", "部门", "岗位"}, {"张伟", "研发部", "工程师"}}},
	)
	wb, err := Open(path)
	must(t, err)
	defer wb.Close()
	got := wb.Sheets()
	want := []SheetInfo{
		{Name: "封面"},
		{Name: "旧名单", Hidden: true, HeaderRow: 1, Fields: 2, HasName: true},
		{Name: "编制", HeaderRow: 1, Fields: 3},
		{Name: "在职", HeaderRow: 2, Fields: 3, HasName: true},
	}
	for i := range want {
		if got[i].Name != want[i].Name || got[i].Hidden != want[i].Hidden || got[i].HeaderRow != want[i].HeaderRow ||
			got[i].Fields != want[i].Fields || got[i].HasName != want[i].HasName {
			t.Errorf("sheet %d = %+v, want %+v", i, got[i], want[i])
		}
	}
	if s := wb.Suggested(); s != "在职" {
		t.Errorf("suggested %q, want the visible sheet with names", s)
	}
	a, err := wb.Analyse(context.Background(), "在职", blankDoc(), nil)
	must(t, err)
	if a.Structure != "编制" {
		t.Errorf("staffing sheet %q, want 编制", a.Structure)
	}
	if _, err := wb.Analyse(context.Background(), "不存在", blankDoc(), nil); !errors.Is(err, ErrNoSheet) {
		t.Errorf("unknown sheet: %v", err)
	}
}

func TestSuggestedPrefersAHeaderOverVisibility(t *testing.T) {
	path := writeWorkbook(t, t.TempDir(), "h.xlsx",
		sheetSpec{name: "封面", rows: [][]any{{"说明"}}},
		sheetSpec{name: "数据", hidden: true, rows: [][]any{{"姓名", "部门"}, {"张伟", "研发部"}}},
	)
	wb, err := Open(path)
	must(t, err)
	defer wb.Close()
	if s := wb.Suggested(); s != "数据" {
		t.Errorf("suggested %q, want the hidden sheet that has the data", s)
	}
}
