package chartview

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"orgdesigner/app"
	"orgdesigner/app/chart"
	"orgdesigner/data"
)

// wheelNotch is the scroll delta of one mouse-wheel notch on the desktop
// driver; one notch zooms by wheelZoom.
const (
	wheelNotch = 25.0
	wheelZoom  = 1.15
)

// dragKind says what a drag moves.
type dragKind int

const (
	dragNone dragKind = iota
	dragPan           // the background: pans the view
	dragNode          // a role or department card: re-parents it on drop
	dragBar           // a scroll bar thumb
)

// dragState follows one drag from its first event to DragEnd.
type dragState struct {
	kind   dragKind
	start  fyne.Position // where the drag began, widget coordinates
	dx, dy float32       // total movement so far
	moved  bool
	source int           // the dragged node
	grab   fyne.Position // pointer offset within the dragged card
	target int           // the node under the pointer, -1 for none
	reason string        // why target refuses the drop; "" when it accepts
	cmd    app.Command   // what dropping on target does
	bar    scrollBar
}

// current is the pointer position now.
func (d *dragState) current() fyne.Position { return d.start.AddXY(d.dx, d.dy) }

// hit returns the node under widget position p, and whether p is on that
// node's collapse toggle.
func (c *Chart) hit(p fyne.Position) (int, bool) {
	q := c.view.toChart(p)
	if c.lod == lodFull {
		pal := newPalette(c.Theme())
		rad := toggleR + 2
		// A fold pill is at most a card wide and sits on the card's edge.
		reach := chart.Rect{X: q.X - c.lay.Opts.NodeW, Y: q.Y - c.lay.Opts.NodeW, W: 2 * c.lay.Opts.NodeW, H: 2 * c.lay.Opts.NodeW}
		for _, i := range c.lay.Visible(reach) {
			n := &c.lay.Nodes[i]
			if n.HasHidden {
				if c.pillRect(n, c.textOf(i, pal).foldW, pal).Inset(2).Contains(q) {
					return i, true
				}
				continue
			}
			if len(n.Children) == 0 {
				continue
			}
			t := c.toggleCenter(n)
			if math.Hypot(t.X-q.X, t.Y-q.Y) <= rad {
				return i, true
			}
		}
	}
	return c.lay.At(q), false
}

// Tapped selects the node under the pointer or toggles its subtree.
func (c *Chart) Tapped(e *fyne.PointEvent) {
	c.commitRename()
	if r := c.rend; r != nil {
		if p, on := r.over.fromMini(e.Position); on {
			c.autoFit = false
			c.view.centerOn(p)
			c.Refresh()
			return
		}
	}
	i, toggle := c.hit(e.Position)
	switch {
	case toggle:
		c.toggleAt(i)
	case i >= 0:
		// The window's panels may change size with the selection; the
		// chart then keeps its place rather than fitting itself again
		// under the pointer.
		c.autoFit, c.autoLevel = false, false
		c.selectIndex(i)
	}
}

// DoubleTapped renames the node under the pointer in place.
func (c *Chart) DoubleTapped(e *fyne.PointEvent) {
	if i, toggle := c.hit(e.Position); i >= 0 && !toggle {
		c.selectIndex(i)
		c.Rename()
	}
}

// TappedSecondary opens the context menu of the node under the pointer.
func (c *Chart) TappedSecondary(e *fyne.PointEvent) {
	c.commitRename()
	if i, _ := c.hit(e.Position); i >= 0 {
		c.selectIndex(i)
	}
	c.showMenu(e.AbsolutePosition)
}

// MouseDown remembers where a drag starts: the desktop driver's first
// drag event already carries the moved position.
func (c *Chart) MouseDown(e *desktop.MouseEvent) {
	if e.Button == desktop.MouseButtonPrimary {
		p := e.Position
		c.pressAt = &p
	}
}

// MouseUp forgets the press.
func (c *Chart) MouseUp(*desktop.MouseEvent) { c.pressAt = nil }

// Scrolled zooms around the pointer with the wheel, as map and diagram
// tools do; Shift+wheel pans (sideways when the wheel only scrolls
// vertically and Ctrl is held too), and a sideways scroll (a touchpad's)
// pans.
func (c *Chart) Scrolled(e *fyne.ScrollEvent) {
	c.autoFit = false
	mods := c.modifiers()
	dx, dy := e.Scrolled.DX, e.Scrolled.DY
	if mods&fyne.KeyModifierShift != 0 {
		if mods&(fyne.KeyModifierControl|fyne.KeyModifierSuper) != 0 && dx == 0 {
			dx, dy = dy, 0
		}
		c.ScrollBy(-dx, -dy)
		return
	}
	if dy == 0 {
		c.ScrollBy(-dx, 0)
		return
	}
	f := math.Pow(wheelZoom, float64(dy)/wheelNotch)
	c.view.zoomAt(c.view.zoom*f, e.Position)
	c.Refresh()
}

// Dragged pans the background, moves a scroll bar, or drags a card over
// possible drop targets.
func (c *Chart) Dragged(e *fyne.DragEvent) {
	if c.drag.kind == dragNone {
		c.beginDrag(e)
	}
	d := &c.drag
	d.dx += e.Dragged.DX
	d.dy += e.Dragged.DY
	switch d.kind {
	case dragPan:
		c.ScrollBy(-e.Dragged.DX, -e.Dragged.DY)
	case dragBar:
		if d.bar.horizontal {
			c.view.x += float64(e.Dragged.DX) * d.bar.perPixel
		} else {
			c.view.y += float64(e.Dragged.DY) * d.bar.perPixel
		}
		c.view.clamp(c.lay.Bounds)
		c.Refresh()
	case dragNode:
		d.moved = true
		c.autoScroll(d.current())
		c.updateDropTarget()
		c.Refresh()
	}
}

// Dragging a card near an edge of the chart scrolls that way, so a card
// can be taken to a part of a big chart that is out of view.
const (
	edgeZone   = 24 // pixels from the edge where dragging scrolls
	edgeScroll = 16 // pixels scrolled per drag event there
)

func (c *Chart) autoScroll(p fyne.Position) {
	var dx, dy float32
	switch {
	case p.X < edgeZone:
		dx = -edgeScroll
	case p.X > float32(c.view.w)-edgeZone:
		dx = edgeScroll
	}
	switch {
	case p.Y < edgeZone:
		dy = -edgeScroll
	case p.Y > float32(c.view.h)-edgeZone:
		dy = edgeScroll
	}
	if dx != 0 || dy != 0 {
		c.view.scrollBy(dx, dy)
		c.view.clamp(c.lay.Bounds)
	}
}

// beginDrag decides what a new drag moves.
func (c *Chart) beginDrag(e *fyne.DragEvent) {
	start := e.Position
	if c.pressAt != nil {
		start = *c.pressAt
	}
	c.commitRename()
	c.autoFit = false
	c.drag = dragState{kind: dragPan, start: start, target: -1, source: -1}
	if b, ok := c.scrollBarAt(start); ok {
		c.drag.kind, c.drag.bar = dragBar, b
		return
	}
	i, toggle := c.hit(start)
	if i < 0 || toggle || !c.draggable(i) {
		return
	}
	n := &c.lay.Nodes[i]
	c.drag.kind, c.drag.source = dragNode, i
	c.drag.grab = start.Subtract(c.view.toScreen(chart.Point{X: n.Rect.X, Y: n.Rect.Y}))
	c.selectIndex(i)
}

// draggable reports whether node i can be re-parented by dragging: roles
// and departments of the department tree.
func (c *Chart) draggable(i int) bool {
	if c.lay.Opts.Mode == data.ModeProject || !c.editable() || c.ghost(i) {
		return false
	}
	k := c.lay.Nodes[i].Kind
	return k == chart.KindRole || k == chart.KindDepartment || k == chart.KindUnassigned
}

// updateDropTarget finds the node under the pointer and whether the
// dragged card may be dropped there.
func (c *Chart) updateDropTarget() {
	d := &c.drag
	p := d.current()
	t := -1
	if p.X >= 0 && p.Y >= 0 && float64(p.X) <= c.view.w && float64(p.Y) <= c.view.h {
		t = c.lay.At(c.view.toChart(p))
	}
	if t == d.source {
		t = -1
	}
	d.target, d.cmd, d.reason = t, nil, ""
	if t >= 0 {
		d.cmd, d.reason = c.dropCommand(d.source, t)
	}
}

// DragEnd drops a dragged card on its target, or reports why it cannot.
func (c *Chart) DragEnd() {
	d := c.drag
	c.endDrag()
	c.pressAt = nil
	if d.kind == dragNode && d.target >= 0 {
		switch {
		case d.reason != "":
			c.fail(d.reason)
		case d.cmd != nil && c.lay.Nodes[d.source].Kind == chart.KindUnassigned:
			c.assignUnassigned(d.source, d.target)
		case d.cmd != nil:
			c.drop(d.cmd, d.target)
		}
	}
	c.Refresh()
}

// drop applies a drop's command keeping the target card where it is on
// screen, where the user's eye is, rather than the moved card (which would
// shift the whole chart under the pointer), then scrolls the moved card,
// still selected, into view.
func (c *Chart) drop(cmd app.Command, target int) {
	if c.dropAt(cmd, c.lay.Nodes[target]) {
		c.ensureVisible(c.sel.idx)
		c.Refresh()
	}
}

// dropAt applies cmd keeping node n (the drop target) where it is on
// screen; it reports whether the command was applied.
func (c *Chart) dropAt(cmd app.Command, n chart.Node) bool {
	before := c.view.toScreen(chart.Point{X: n.Rect.X, Y: n.Rect.Y})
	if !c.do(cmd) {
		return false
	}
	// The session's change signal may already have re-laid the chart out
	// around the moved card; whichever way, put the target back.
	if i := c.findNode(n.ID, n.Kind, -1); i >= 0 {
		r := c.lay.Nodes[i].Rect
		after := c.view.toScreen(chart.Point{X: r.X, Y: r.Y})
		c.view.scrollBy(after.X-before.X, after.Y-before.Y)
		c.view.clamp(c.lay.Bounds)
	}
	c.Refresh()
	return true
}

// endDrag forgets any drag in progress.
func (c *Chart) endDrag() { c.drag = dragState{target: -1, source: -1} }

// FocusGained implements fyne.Focusable; the selection shows where keys go.
func (c *Chart) FocusGained() {}

// FocusLost implements fyne.Focusable.
func (c *Chart) FocusLost() {}

// AcceptsTab lets Tab add a child role instead of moving the focus.
func (c *Chart) AcceptsTab() bool { return true }

// TypedRune zooms with + − 0.
func (c *Chart) TypedRune(r rune) {
	switch r {
	case '+', '=':
		c.ZoomIn()
	case '-', '_':
		c.ZoomOut()
	case '0':
		c.ZoomReset()
	}
}

// TypedKey handles navigation and the editing keys.
func (c *Chart) TypedKey(e *fyne.KeyEvent) {
	switch e.Name {
	case fyne.KeyUp:
		c.navigate(0, -1)
	case fyne.KeyDown:
		c.navigate(0, 1)
	case fyne.KeyLeft:
		c.navigate(-1, 0)
	case fyne.KeyRight:
		c.navigate(1, 0)
	case fyne.KeyTab, fyne.KeyInsert:
		c.AddChild()
	case fyne.KeyReturn, fyne.KeyEnter:
		c.AddSibling()
	case fyne.KeyF2:
		c.Rename()
	case fyne.KeyDelete, fyne.KeyBackspace:
		c.Delete()
	case fyne.KeySpace:
		if c.sel.idx >= 0 {
			c.toggleAt(c.sel.idx)
		}
	case fyne.KeyEscape:
		if c.drag.kind != dragNone {
			c.endDrag()
			c.Refresh()
		}
	case fyne.KeyPageUp:
		c.ScrollBy(0, -float32(c.view.h)*0.9)
	case fyne.KeyPageDown:
		c.ScrollBy(0, float32(c.view.h)*0.9)
	case fyne.KeyHome:
		c.Fit()
	}
}
