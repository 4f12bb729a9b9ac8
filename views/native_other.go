//go:build ci || js || wasm || android || ios || !(linux || freebsd || openbsd || netbsd || windows || darwin)

package views

// Without the GLFW driver (the CI build, mobile, the web) the window keeps
// Fyne's behaviour: its default size, and Esc closes a dialog when no
// entry in it has the focus.

func (m *MainWindow) hookNative() {}

func (m *MainWindow) placeWindow(geometry, int) {}
