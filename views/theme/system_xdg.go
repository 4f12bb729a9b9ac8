//go:build (linux || freebsd || openbsd || netbsd) && !android

package theme

import "github.com/rymdport/portal/settings/appearance"

// askSystem reports whether the desktop portal answers the colour-scheme
// question (Fyne then passes its answer: dark only for "prefer dark").
func askSystem() bool {
	_, err := appearance.GetColorScheme()
	return err == nil
}
