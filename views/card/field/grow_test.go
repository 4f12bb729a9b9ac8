package field

import (
	"math"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

func TestMultiLineGrowsWithText(t *testing.T) {
	test.NewTempApp(t)
	tests := []struct {
		name string
		text string
		rows int // rows a plain Fyne entry needs to show the text
	}{
		{"empty shows the minimum rows", "", 2},
		{"one short line", "短", 2},
		{"four lines", "一\n二\n三\n四", 4},
		{"a long line wraps", strings.Repeat("制定内容排期与选题规划", 8), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := NewMultiLine(2)
			e.SetText(tt.text)
			w := test.NewTempWindow(t, container.NewVBox(e))
			w.Resize(fyne.NewSize(240, 900))
			got := e.MinSize().Height
			if tt.rows > 0 {
				plain := widget.NewMultiLineEntry()
				plain.Wrapping = fyne.TextWrapWord
				plain.SetMinRowsVisible(tt.rows)
				if want := plain.MinSize().Height; got < want-1 || got > want+1 {
					t.Errorf("min height %v, want %v (%d rows)", got, want, tt.rows)
				}
				return
			}
			// The text needs at least as many rows as its width spans the
			// entry's text area.
			area := e.Size().Width - 2*theme.InputBorderSize() - 2*theme.InnerPadding()
			rows := int(math.Ceil(float64(fyne.MeasureText(tt.text, theme.TextSize(), fyne.TextStyle{}).Width / area)))
			plain := widget.NewMultiLineEntry()
			plain.SetMinRowsVisible(rows)
			if want := plain.MinSize().Height; got < want-1 {
				t.Errorf("min height %v for a text wrapping onto %d rows, want at least %v", got, rows, want)
			}
			if e.Size().Height < got {
				t.Errorf("laid out %v high, below its min height %v: the text would scroll inside", e.Size().Height, got)
			}
		})
	}
}

func TestWheelOverEntryScrollsTheEditor(t *testing.T) {
	test.NewTempApp(t)
	for name, e := range map[string]*Entry{"multi-line": NewMultiLine(3), "one-line": NewEntry()} {
		t.Run(name, func(t *testing.T) {
			e.SetText("岗位目的")
			filler := widget.NewLabel(strings.Repeat("行\n", 60))
			var sc *container.Scroll
			e.OnScroll = func(ev *fyne.ScrollEvent) { sc.Scrolled(ev) }
			sc = container.NewVScroll(container.NewVBox(e, filler))
			w := test.NewTempWindow(t, sc)
			w.Resize(fyne.NewSize(300, 300))

			test.Scroll(w.Canvas(), fyne.NewPos(e.Position().X+20, e.Position().Y+12), 0, -40)
			if sc.Offset.Y == 0 {
				t.Fatal("the wheel over the field did not scroll the editor")
			}
		})
	}
}
