package checks

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"orgdesigner/app/check"
	"orgdesigner/views/internal/uitest"
)

// TestFindingWrapsByChineseRules: a long finding wraps without a line
// starting with ，。；）” or ending with （“, and its row is as high as its
// lines, at every width of the panel.
func TestFindingWrapsByChineseRules(t *testing.T) {
	test.NewTempApp(t)
	msg := "岗位“高级内容运营专员（短视频方向）”的职责权重合计为 120%，不是 100%；请在岗位说明书中调整各项职责的权重，或者删除重复的职责（例如“直播排期”与“直播策划”），然后再打印。"
	r := newRow(check.Finding{Message: msg}, theme.WarningIcon(), nil)
	box := container.NewVBox(r)
	w := test.NewTempWindow(t, box)
	for width := float32(160); width <= 520; width += 5 {
		w.Resize(fyne.NewSize(width, 800))
		box.Refresh() // what the driver does when a child's MinSize changes
		lines := uitest.Lines(r)
		what := fmt.Sprintf("width %v", width)
		if len(lines) < 2 {
			t.Fatalf("%s: %d line", what, len(lines))
		}
		uitest.CheckKinsoku(t, what, lines)
		if utf8.RuneCountInString(strings.Join(lines, "")) < utf8.RuneCountInString(msg)-4 { // spaces at breaks may go
			t.Errorf("%s: lines %q lose text", what, lines)
		}
		lh := fyne.MeasureText("M", theme.TextSize(), fyne.TextStyle{}).Height
		if need := float32(len(lines)) * lh; r.Size().Height < need {
			t.Errorf("%s: the row is %v high for %d lines (%v)", what, r.Size().Height, len(lines), need)
		}
	}
}
