package dialogs

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"orgdesigner/app/sheets"
)

// TestImportRefusesBrokenSheet: a workbook whose sheet XML breaks at row
// 500 is refused with the row, nothing is imported and the wizard cannot
// go on (excelize alone would have read 499 rows as the whole sheet).
func TestImportRefusesBrokenSheet(t *testing.T) {
	win := newWindow(t)
	sess := newSession(t, baseDoc())
	before := sess.Doc()
	rows := [][]any{{"姓名", "部门"}}
	for i := 2; i <= 1000; i++ {
		rows = append(rows, []any{fmt.Sprintf("员工%d", i), "技术部"})
	}
	path := buildWorkbook(t, filepath.Join(t.TempDir(), "坏表.xlsx"), sheetSpec{name: "花名册", rows: rows})
	breakSheetXML(t, path, `<row r="500"`, `<row r="500"><c <`)
	pickFile(t, path)
	w := ShowImport(win, sess)
	waitTasks()
	_, err := sheets.DryRun(t.Context(), path, "", before, sheets.PlanOptions{})
	if err == nil || !strings.Contains(err.Error(), "500") {
		t.Fatalf("DryRun: %v", err)
	}
	if w.page != pageFile || w.file.problem.Hidden || w.file.problem.Text != errorText(err) {
		t.Errorf("page %d, problem shown %v %q; want the file page saying %q",
			w.page, !w.file.problem.Hidden, w.file.problem.Text, errorText(err))
	}
	if !w.next.Disabled() {
		t.Error("the wizard can go on with a broken sheet")
	}
	if w.page == pagePreview || sess.Doc() != before {
		t.Error("a broken sheet reached the preview or changed the document")
	}
	w.Close()
}

// breakSheetXML rewrites the first worksheet of the .xlsx at path,
// replacing old with new once.
func breakSheetXML(t *testing.T, path, old, new string) {
	t.Helper()
	src, err := zip.OpenReader(path)
	must(t, err)
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range src.File {
		rc, err := f.Open()
		must(t, err)
		b, err := io.ReadAll(rc)
		rc.Close()
		must(t, err)
		if f.Name == "xl/worksheets/sheet1.xml" {
			if !bytes.Contains(b, []byte(old)) {
				t.Fatalf("%q not in the sheet", old)
			}
			b = bytes.Replace(b, []byte(old), []byte(new), 1)
		}
		w, err := zw.Create(f.Name)
		must(t, err)
		w.Write(b)
	}
	src.Close()
	must(t, zw.Close())
	must(t, os.WriteFile(path, buf.Bytes(), 0o644))
}
