package theme

import (
	"sync"
	"sync/atomic"

	"fyne.io/fyne/v2"
)

// Light is the default look. Fyne's Linux driver reports a dark system
// whenever the desktop portal does not answer (no portal, no D-Bus
// session: most minimal desktops, remote sessions), which made the app
// dark for people who never asked for it. So "follow the system" draws the
// dark variant only when the system really said so: on Linux when the
// portal answered; on Windows and macOS Fyne reads the real setting.

// systemKnown reports whether the variant Fyne passes is the system's own
// answer; platform files set it (system_xdg.go, system_other.go).
var systemKnown atomic.Bool

var watchOnce sync.Once

// watchSystem asks the system once, in the background, whether it prefers
// dark; when it has answered, the theme is set again so every window
// redraws in the variant it asked for. Fyne follows later changes itself.
func watchSystem(a fyne.App) {
	watchOnce.Do(func() {
		go func() {
			if askSystem() {
				systemKnown.Store(true)
				fyne.Do(func() {
					if t, ok := a.Settings().Theme().(*Theme); ok && t.variant == FollowSystem {
						a.Settings().SetTheme(New(FollowSystem))
					}
				})
			}
		}()
	})
}
