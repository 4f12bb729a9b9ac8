package dialogs

import (
	"fmt"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"github.com/xuri/excelize/v2"

	"orgdesigner/app"
	"orgdesigner/app/i18n"
	"orgdesigner/app/sheets"
	"orgdesigner/data"
)

// bigRoster writes a rows-row, 8-column roster: 工号 as text, dates as
// serials, a department path, managers by 工号.
func bigRoster(tb testing.TB, dir string, rows int) string {
	tb.Helper()
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		tb.Fatal(err)
	}
	dateFmt := "yyyy-mm-dd"
	dateStyle, _ := f.NewStyle(&excelize.Style{CustomNumFmt: &dateFmt})
	if err := sw.SetRow("A1", []any{"工号", "姓名", "部门", "岗位", "直属上级", "入职日期", "手机", "学历"}); err != nil {
		tb.Fatal(err)
	}
	for i := 0; i < rows; i++ {
		mgr := ""
		if i >= 40 {
			mgr = fmt.Sprintf("%06d", i-40+1)
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		err := sw.SetRow(cell, []any{fmt.Sprintf("%06d", i+1), fmt.Sprintf("员工%d", i+1),
			fmt.Sprintf("总部/中心%d/部门%d", i%5, i%40), fmt.Sprintf("岗位%d", i%120), mgr,
			excelize.Cell{Value: 40000 + i%3000, StyleID: dateStyle}, fmt.Sprintf("138%08d", i), "本科"})
		if err != nil {
			tb.Fatal(err)
		}
	}
	if err := sw.Flush(); err != nil {
		tb.Fatal(err)
	}
	path := filepath.Join(dir, "roster.xlsx")
	if err := f.SaveAs(path); err != nil {
		tb.Fatal(err)
	}
	return path
}

// BenchmarkWizardImport10k drives the whole wizard over a 10,000-row
// roster: open and analyse, every page, the dry run and the commit into
// a real store. Compare with app/sheets' import benchmark to see what the
// GUI adds.
func BenchmarkWizardImport10k(b *testing.B) {
	path := bigRoster(b, b.TempDir(), 10000)
	a := test.NewApp()
	defer a.Quit()
	i18n.SetLanguage(i18n.Chinese)
	win := a.NewWindow("")
	win.SetContent(widget.NewLabel(""))
	win.Resize(fyne.NewSize(1200, 800))
	old := chooseFile
	chooseFile = func(_ fyne.Window, _ []string, then func(string)) { then(path) }
	defer func() { chooseFile = old }()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		st, err := data.Create(filepath.Join(b.TempDir(), fmt.Sprintf("b%d.orgdb", i)), baseDoc())
		if err != nil {
			b.Fatal(err)
		}
		sess := app.NewSession(st)
		b.StartTimer()
		w := ShowImport(win, sess)
		waitTasks()
		test.Tap(w.next)
		test.Tap(w.next)
		test.Tap(w.next)
		waitTasks()
		test.Tap(w.next)
		waitTasks()
		b.StopTimer()
		if w.page != pageResult || len(sess.Doc().People) != 10000 {
			b.Fatalf("page %d, %d people", w.page, len(sess.Doc().People))
		}
		w.Close()
		st.Close()
		b.StartTimer()
	}
}

// BenchmarkMappingChange10k: changing a column's meaning recomputes the
// value list on the UI goroutine, so on 10,000 rows it must take no more
// than a frame or two.
func BenchmarkMappingChange10k(b *testing.B) {
	path := bigRoster(b, b.TempDir(), 10000)
	wb, err := sheets.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer wb.Close()
	a, err := wb.Analyse(b.Context(), wb.Suggested(), baseDoc(), nil)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a.SetField(7, sheets.FieldIgnore, 0)
		a.SetField(7, sheets.FieldExtra, 0)
	}
}
