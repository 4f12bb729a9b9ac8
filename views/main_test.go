package views

import (
	"os"
	"testing"
	"time"

	"orgdesigner/views/card/field"
	"orgdesigner/views/checks"
)

// TestMain keeps the window's timers from firing during the tests. Fyne's
// test driver runs fyne.Do on the calling goroutine, so a timer's callback
// would lay out widgets on the timer goroutine while the test lays them out
// on its own, and the shared text shaper is not safe for that (a CI run
// crashed in harfbuzz this way). The tests call what the timers would:
// checks.Panel.Update, an entry's Enter or focus loss.
func TestMain(m *testing.M) {
	checks.Delay = time.Hour
	field.Delay = time.Hour
	messageTime = time.Hour
	os.Exit(m.Run())
}
