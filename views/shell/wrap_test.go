package shell

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"orgdesigner/views/internal/uitest"
	"orgdesigner/views/wrapped"
)

// TestWelcomeWrapsByChineseRules: the welcome screen's sentences (the
// damaged file's message, the introduction, the template descriptions)
// are wrapped labels whose lines keep 禁则 at every window width.
func TestWelcomeWrapsByChineseRules(t *testing.T) {
	f := newFixture(t)
	path := filepath.Join(f.dir, "损坏的文档（旧版）.orgdb")
	if err := os.WriteFile(path, []byte(strings.Repeat("garbage ", 500)), 0o644); err != nil {
		t.Fatal(err)
	}
	f.c.start(path)
	win := f.c.welcome.win
	if win == nil {
		t.Fatal("no welcome window")
	}
	for width := float32(420); width <= 760; width += 17 {
		win.Resize(fyne.NewSize(width, 900))
		n, long := 0, 0
		walk(win.Content(), func(o fyne.CanvasObject) {
			l, ok := o.(*wrapped.Label)
			if !ok || !l.Visible() {
				return
			}
			n++
			lines := uitest.Lines(l)
			if len(lines) > 1 {
				long++
			}
			uitest.CheckKinsoku(t, fmt.Sprintf("width %v", width), lines)
		})
		if n < 4 || long < 1 {
			t.Fatalf("width %v: %d wrapped labels, %d on several lines", width, n, long)
		}
	}
}
