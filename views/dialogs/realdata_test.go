package dialogs

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"
)

// realData is the folder of real-world rosters and org charts kept next
// to the repository (never copied into it).
const realData = "../../../shared/realdata"

// TestImportRealFiles walks every real file through the wizard: each one
// reaches the preview or is refused with a sentence on the first page,
// and nothing panics.
func TestImportRealFiles(t *testing.T) {
	entries, err := os.ReadDir(realData)
	if err != nil {
		t.Skip("no real data folder")
	}
	for _, e := range entries {
		if e.IsDir() || e.Name() == "README.md" {
			continue
		}
		t.Run(e.Name(), func(t *testing.T) {
			win := newWindow(t)
			sess := newSession(t, baseDoc())
			pickFile(t, filepath.Join(realData, e.Name()))
			w := ShowImport(win, sess)
			defer w.Close()
			waitTasks()
			switch {
			case w.page == pageFile:
				if w.file.problem.Hidden || w.file.problem.Text == "" {
					t.Fatal("refused without a message")
				}
				t.Logf("refused: %s", w.file.problem.Text)
				return
			case w.page != pageSheet:
				t.Fatalf("page %d after opening", w.page)
			}
			if w.next.Disabled() {
				t.Logf("sheet %s: no header found (%s)", w.analysis.Sheet, w.sheet.info.Text)
				return
			}
			test.Tap(w.next)
			if w.next.Disabled() {
				t.Logf("sheet %s: %s", w.analysis.Sheet, w.mapping.problem.Text)
				return
			}
			test.Tap(w.next)
			test.Tap(w.next)
			waitTasks()
			if w.page != pagePreview {
				t.Fatalf("page %d, want the preview", w.page)
			}
			t.Logf("sheet %s: %s new, %s problems", w.analysis.Sheet, w.pre.newPeople.Text, w.pre.problemsTab.Text)
		})
	}
}
