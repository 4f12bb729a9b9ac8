package dialogs

import (
	"net/url"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"github.com/xuri/excelize/v2"

	"orgdesigner/app"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
	"orgdesigner/views/internal/uitest"
)

// baseDoc is a small company: 总经理 at company level, 运营部 with
// 运营专员, 技术部 with 开发工程师, nobody hired yet.
func baseDoc() *data.Document {
	return &data.Document{
		Org: data.Organisation{Name: "测试公司", Lang: "zh"},
		Departments: []data.Department{
			{ID: "d-ops", Name: "运营部", Order: 0},
			{ID: "d-tech", Name: "技术部", Order: 1},
		},
		Roles: []data.Role{
			{ID: "r-ceo", Title: "总经理", Planned: 1},
			{ID: "r-ops", Title: "运营专员", Department: "d-ops", ReportsTo: "r-ceo", Planned: 3},
			{ID: "r-dev", Title: "开发工程师", Department: "d-tech", ReportsTo: "r-ceo", Planned: 2},
		},
	}
}

// newSession opens a real editing session over a document in a temp dir.
func newSession(t *testing.T, doc *data.Document) *app.Session {
	t.Helper()
	st, err := data.Create(filepath.Join(t.TempDir(), "测试.orgdb"), doc)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return app.NewSession(st)
}

// newWindow starts a test app (Chinese UI) and a window large enough for
// the wizard.
func newWindow(t *testing.T) fyne.Window {
	t.Helper()
	test.NewTempApp(t)
	i18n.SetLanguage(i18n.Chinese)
	w := test.NewTempWindow(t, widget.NewLabel(""))
	w.Resize(fyne.NewSize(1200, 800))
	return w
}

// pickFile makes the file chooser return path without showing a dialog.
func pickFile(t *testing.T, path string) {
	t.Helper()
	old := chooseFile
	chooseFile = func(_ fyne.Window, _ []string, then func(string)) { then(path) }
	t.Cleanup(func() { chooseFile = old })
}

// pickSavePath makes the save-path prompt return path.
func pickSavePath(t *testing.T, path string) {
	t.Helper()
	old := chooseSavePath
	chooseSavePath = func(_ fyne.Window, _, _, _ string, then func(string)) { then(path) }
	t.Cleanup(func() { chooseSavePath = old })
}

// recordOpened collects the URLs the dialogs ask the system to open.
func recordOpened(t *testing.T) *[]string {
	t.Helper()
	var got []string
	old := openURL
	openURL = func(u *url.URL) error { got = append(got, u.Path); return nil }
	t.Cleanup(func() { openURL = old })
	return &got
}

type dateCell float64

type sheetSpec struct {
	name   string
	hidden bool
	rows   [][]any
	merges [][2]string
}

// buildWorkbook builds an .xlsx from specs with excelize.
func buildWorkbook(t *testing.T, path string, specs ...sheetSpec) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	dateFmt := "yyyy-mm-dd"
	dateStyle, err := f.NewStyle(&excelize.Style{CustomNumFmt: &dateFmt})
	must(t, err)
	for i, s := range specs {
		if i == 0 {
			must(t, f.SetSheetName("Sheet1", s.name))
		} else {
			_, err := f.NewSheet(s.name)
			must(t, err)
		}
		for r, row := range s.rows {
			for c, v := range row {
				if v == nil {
					continue
				}
				ref, err := excelize.CoordinatesToCellName(c+1, r+1)
				must(t, err)
				if d, ok := v.(dateCell); ok {
					must(t, f.SetCellValue(s.name, ref, float64(d)))
					must(t, f.SetCellStyle(s.name, ref, ref, dateStyle))
					continue
				}
				must(t, f.SetCellValue(s.name, ref, v))
			}
		}
		for _, m := range s.merges {
			must(t, f.MergeCell(s.name, m[0], m[1]))
		}
	}
	for _, s := range specs {
		if !s.hidden {
			continue
		}
		// The active sheet cannot be hidden: make the last visible one active.
		for j := len(specs) - 1; j >= 0; j-- {
			if !specs[j].hidden {
				f.SetActiveSheet(j)
				break
			}
		}
		must(t, f.SetSheetVisible(s.name, false))
	}
	must(t, f.SaveAs(path))
	return path
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// uiQueue holds the callbacks background work hands to the UI goroutine;
// the test goroutine runs them (see waitTasks), so widgets are only ever
// touched by one goroutine, as with the real driver.
var uiQueue struct {
	sync.Mutex
	fns []func()
}

func init() {
	onUI = func(f func()) {
		uiQueue.Lock()
		uiQueue.fns = append(uiQueue.fns, f)
		uiQueue.Unlock()
	}
}

// drainUI runs the callbacks queued so far; it reports whether there were any.
func drainUI() bool {
	uiQueue.Lock()
	fns := uiQueue.fns
	uiQueue.fns = nil
	uiQueue.Unlock()
	for _, f := range fns {
		f()
	}
	return len(fns) > 0
}

// waitTasks waits for every background task of the package and runs what
// they hand to the UI, until nothing is left (a callback may start the
// next task).
func waitTasks() {
	for {
		allTasks.Wait()
		if !drainUI() {
			return
		}
	}
}

// noTempFiles fails when a temporary file of writeAtomic is left in dir.
func noTempFiles(t *testing.T, dir string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	must(t, err)
	for _, e := range entries {
		if filepath.Ext(e.Name()) == ".tmp" {
			t.Errorf("temporary file %s left behind", e.Name())
		}
	}
}

func widgetCell(row, col int) widget.TableCellID { return widget.TableCellID{Row: row, Col: col} }

// findButton finds a button by its text in the window's top overlay (a
// dialog), or nil.
func findButton(win fyne.Window, text string) *widget.Button {
	return uitest.Find(win.Canvas().Overlays().Top(), func(b *widget.Button) bool { return b.Text == text })
}
