package wrapped

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// BenchmarkLabelReflow: one resize of a label holding a long message
// (about 300 characters of Chinese with Latin file names), which breaks
// it again and places the lines; what a dialog pays per layout.
func BenchmarkLabelReflow(b *testing.B) {
	test.NewTempApp(b)
	l := NewLabel(strings.Repeat(importError, 2))
	l.Resize(fyne.NewSize(400, 100))
	widths := []float32{300, 400, 500}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		l.Resize(fyne.NewSize(widths[i%len(widths)], 100))
	}
}

// BenchmarkLabelFirstLayout: a new label's first layout, which also
// measures each distinct character once.
func BenchmarkLabelFirstLayout(b *testing.B) {
	test.NewTempApp(b)
	text := strings.Repeat(importError, 2)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		l := NewLabel(text)
		l.Resize(fyne.NewSize(400, 100))
	}
}
