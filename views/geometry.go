package views

import (
	"fmt"

	"fyne.io/fyne/v2"
)

// geometry is a window's or a screen work area's position and size in
// screen coordinates (the platform's, not Fyne's scaled units).
type geometry struct{ X, Y, W, H int }

// prefWindowGeometry remembers the last main window's geometry.
const prefWindowGeometry = "window.geometry"

// screenShare is how much of the screen's work area a new window takes.
const screenShare = 0.9

// Smallest remembered window that is restored; anything smaller (a
// window minimised by a window manager that reports it so) is ignored.
const minRestoreW, minRestoreH = 640, 400

func (g geometry) String() string { return fmt.Sprintf("%d,%d,%d,%d", g.X, g.Y, g.W, g.H) }

func parseGeometry(s string) (geometry, bool) {
	var g geometry
	if _, err := fmt.Sscanf(s, "%d,%d,%d,%d", &g.X, &g.Y, &g.W, &g.H); err != nil {
		return geometry{}, false
	}
	return g, g.W >= minRestoreW && g.H >= minRestoreH
}

// contains reports whether g lies wholly inside a.
func (a geometry) contains(g geometry) bool {
	return g.X >= a.X && g.Y >= a.Y && g.X+g.W <= a.X+a.W && g.Y+g.H <= a.Y+a.H
}

// cascadeStep is how far each further document window is moved from the
// first, so a second window does not hide the first exactly.
const cascadeStep = 32

// fitWindow decides where a window opens: where it was last (saved), when
// that still lies inside one of the screens' work areas (a screen may have
// been unplugged since), else centred on the primary screen at 90 % of its
// work area; moved down and right by cascade steps (the number of other
// document windows open), shrinking rather than leaving the screen.
func fitWindow(saved geometry, areas []geometry, primary geometry, cascade int) geometry {
	g, area := geometry{}, primary
	if saved.W >= minRestoreW && saved.H >= minRestoreH {
		for _, a := range areas {
			if a.contains(saved) {
				g, area = saved, a
				break
			}
		}
	}
	if g.W == 0 {
		w, h := int(float64(primary.W)*screenShare), int(float64(primary.H)*screenShare)
		g = geometry{primary.X + (primary.W-w)/2, primary.Y + (primary.H-h)/2, w, h}
	}
	if cascade > 0 {
		d := cascade * cascadeStep
		g.X, g.Y = g.X+d, g.Y+d
		g.W = min(g.W, area.X+area.W-g.X)
		g.H = min(g.H, area.Y+area.H-g.Y)
		if g.W < minRestoreW || g.H < minRestoreH { // too far: start again at the corner
			g.X, g.Y = area.X, area.Y
			g.W, g.H = min(saved.W, area.W), min(saved.H, area.H)
			if g.W < minRestoreW || g.H < minRestoreH {
				g.W, g.H = int(float64(area.W)*screenShare), int(float64(area.H)*screenShare)
			}
		}
	}
	return g
}

// savedGeometry returns the remembered window geometry, if any.
func savedGeometry(a fyne.App) geometry {
	g, _ := parseGeometry(a.Preferences().String(prefWindowGeometry))
	return g
}

// rememberGeometry stores the window's last normal geometry for the next
// window that opens.
func (m *MainWindow) rememberGeometry() {
	if m.geometry.W >= minRestoreW && m.geometry.H >= minRestoreH {
		m.app.Preferences().SetString(prefWindowGeometry, m.geometry.String())
	}
}
