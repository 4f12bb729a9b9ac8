//go:build !((linux || freebsd || openbsd || netbsd) && !android)

package theme

// askSystem: on Windows, macOS and mobile Fyne reads the system's real
// light/dark setting, so the variant it passes is always the system's.
func askSystem() bool { return true }

func init() { systemKnown.Store(true) }
