package uitest

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// Keystrokes benchmarks one key typed into e, an iteration a key, taking
// keys in turn and emptying e before each round of them, as two
// sub-benchmarks: "handler" (what the key costs before the driver paints:
// the entry's handlers) and "painted" (with a render of w's canvas by the
// test driver's software painter, an upper bound of the GL driver's paint).
func Keystrokes(b *testing.B, w fyne.Window, e *widget.Entry, keys []string) {
	for _, paint := range []bool{false, true} {
		name := "handler"
		if paint {
			name = "painted"
		}
		b.Run(name, func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				if i%len(keys) == 0 {
					e.SetText("")
				}
				test.Type(e, keys[i%len(keys)])
				if paint {
					w.Canvas().(test.WindowlessCanvas).Capture()
				}
			}
		})
	}
}
