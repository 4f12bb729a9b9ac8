//go:build !ci && !js && !wasm && !android && !ios && (linux || freebsd || openbsd || netbsd || windows || darwin)

package views

import (
	"reflect"
	"unsafe"

	"fyne.io/fyne/v2"
	"github.com/go-gl/glfw/v3.4/glfw"
)

// Fyne 2.8 offers no screen size and no key hook that runs before the
// focused widget. Its desktop driver is GLFW, already linked in this cgo
// build; the window's GLFW handle is an unexported field of the driver's
// window, read here by reflection. Where that fails (the test driver, a
// Fyne release that renames the field) viewport returns nil and the window
// keeps the defaults: 1440×900 and Esc only when no entry has the focus.

// viewport returns the GLFW window behind win, or nil.
func viewport(win fyne.Window) *glfw.Window {
	v := reflect.ValueOf(win)
	if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
		return nil
	}
	f := v.Elem().FieldByName("viewport")
	if !f.IsValid() || f.Type() != reflect.TypeFor[*glfw.Window]() || f.IsNil() {
		return nil
	}
	return (*glfw.Window)(unsafe.Pointer(f.Pointer()))
}

// hookNative runs once the window is shown (on the main thread): Esc
// closes the dialog on top even while an entry in it has the focus (Fyne
// hands Esc to the entry, which ignores it), and the window's size and
// position are followed so they can be remembered.
func (m *MainWindow) hookNative() {
	vp := viewport(m.win)
	if vp == nil {
		return
	}
	var keys glfw.KeyCallback
	keys = vp.SetKeyCallback(func(w *glfw.Window, key glfw.Key, code int, action glfw.Action, mods glfw.ModifierKey) {
		if key == glfw.KeyEscape && action == glfw.Press && mods == 0 && closeTopDialog(m.win.Canvas()) {
			return
		}
		if keys != nil {
			keys(w, key, code, action, mods)
		}
	})
	var moved glfw.PosCallback
	moved = vp.SetPosCallback(func(w *glfw.Window, x, y int) {
		m.noteGeometry(vp)
		if moved != nil {
			moved(w, x, y)
		}
	})
	var sized glfw.SizeCallback
	sized = vp.SetSizeCallback(func(w *glfw.Window, width, height int) {
		m.noteGeometry(vp)
		if sized != nil {
			sized(w, width, height)
		}
	})
}

// noteGeometry records the window's position and size in screen pixels,
// unless it is maximised or minimised (then the last normal geometry is
// what to restore).
func (m *MainWindow) noteGeometry(vp *glfw.Window) {
	if vp.GetAttrib(glfw.Maximized) == glfw.True || vp.GetAttrib(glfw.Iconified) == glfw.True {
		return
	}
	x, y := vp.GetPos()
	w, h := vp.GetSize()
	m.geometry = geometry{x, y, w, h}
}

// placeWindow sizes and places the shown window: at its remembered
// geometry when that still lies on a screen, else at 90 % of the work
// area of the primary screen, centred; cascaded when other document
// windows are open.
func (m *MainWindow) placeWindow(saved geometry, cascade int) {
	vp := viewport(m.win)
	if vp == nil {
		return
	}
	var areas []geometry
	for _, mon := range glfw.GetMonitors() {
		x, y, w, h := mon.GetWorkarea()
		areas = append(areas, geometry{x, y, w, h})
	}
	if len(areas) == 0 {
		return
	}
	primary := areas[0]
	if p := glfw.GetPrimaryMonitor(); p != nil {
		x, y, w, h := p.GetWorkarea()
		primary = geometry{x, y, w, h}
	}
	g := fitWindow(saved, areas, primary, cascade)
	wayland := glfw.GetPlatform() == glfw.PlatformWayland // no positions there
	if !wayland {
		vp.SetPos(g.X, g.Y)
	}
	vp.SetSize(g.W, g.H)
	m.noteGeometry(vp)
}
