package sheets

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestReaderMatchesExcelize: on every real workbook of the realdata set
// our sheet decoder gives the rows excelize's raw read gives (error cells,
// which we leave out, do not occur there).
func TestReaderMatchesExcelize(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(realdataDir, "*.xlsx"))
	if len(files) == 0 {
		t.Skip("no realdata here")
	}
	for _, path := range files {
		f, err := excelize.OpenFile(path, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Logf("%s: %v", path, err)
			continue
		}
		wb, err := Open(path)
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		for _, name := range f.GetSheetList() {
			rows, _ := f.Rows(name)
			var want [][]string
			for rows.Next() {
				c, _ := rows.Columns()
				want = append(want, cleanRow(c, true))
			}
			for len(want) > 0 && want[len(want)-1] == nil {
				want = want[:len(want)-1]
			}
			sr, err := wb.readSheetCtx(t.Context(), name, maxColumns, 0, nil, false)
			if err != nil {
				t.Errorf("%s %s: %v", filepath.Base(path), name, err)
				continue
			}
			got := sr.rows
			diffs := 0
			for i := 0; i < max(len(got), len(want)); i++ {
				var g, w []string
				if i < len(got) {
					g = got[i]
				}
				if i < len(want) {
					w = want[i]
				}
				for len(w) > 0 && w[len(w)-1] == "" {
					w = w[:len(w)-1]
				}
				if !slices.Equal(g, w) {
					if diffs < 3 {
						t.Errorf("%s %s row %d:\n got  %q\n want %q", filepath.Base(path), name, i+1, g, w)
					}
					diffs++
				}
			}
			t.Logf("%s %s: %d rows, %d differ, issues %d", filepath.Base(path), name, len(got), diffs, len(sr.issues))
		}
		wb.Close()
		f.Close()
	}
}
