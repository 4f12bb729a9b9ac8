package chartview

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app"
	"orgdesigner/app/chart"
	"orgdesigner/app/compare"
	"orgdesigner/data"
)

// Session is what the chart needs from the editing session: the current
// document, a way to apply commands (saved at once, undoable) and a signal
// when the document changed. *app.Session satisfies it.
type Session interface {
	Doc() *data.Document
	Do(cmd app.Command) error
	OnChange(func())
}

// Chart is the org-chart canvas widget. Create it with New; all methods
// must be called on the UI goroutine.
type Chart struct {
	widget.BaseWidget

	// OnSelected is called when the selection changes, with the selected
	// node's id and kind. The company root has the id "" and KindCompany;
	// a department's 未安排 group is reported as its department.
	OnSelected func(id data.ID, kind chart.Kind)
	// OnError is called with a sentence for the user when an edit is
	// refused or fails (a cyclic drop, a validation error); the main window
	// shows it.
	OnError func(msg string)
	// OnStatus is called with a sentence confirming a finished action
	// (a person assigned by a drop, a deletion); the main window shows it
	// in its status bar.
	OnStatus func(msg string)
	// OnLevel is called when the fold level changes (by the level control,
	// SetLevel or the start view's choice), so a toolbar can follow it.
	OnLevel func(level int)

	sess      Session
	doc       *data.Document
	opts      chart.Options
	collapsed map[data.ID]bool
	// opened holds the nodes whose fold badge the user clicked, and the
	// ancestors of a folded node selected from elsewhere (reveal): each
	// shows one level more below it (chart.Options.Open).
	opened map[data.ID]bool
	// chosen reports that what is open is the user's choice (a level, a
	// fold or an unfold): Fit then frames it as it is rather than picking
	// the deepest readable level again, even below the readable zoom.
	chosen bool
	// revealed holds the nodes shown below the level with the path down
	// to them, and only that: the compare overlay's changes that its
	// fitted view unfolds (chart.Options.Reveal).
	revealed map[data.ID]bool
	lay      *chart.Chart
	texts    map[textKey]*cardText
	labelW   map[string]float32
	widths   map[float32]*runeWidths
	colors   deptColors

	view    viewport
	autoFit bool
	// autoLevel lets the start view pick the level of detail that keeps
	// every title readable; any fold, unfold or level choice of the
	// user's ends it.
	autoLevel bool
	levelFor  fyne.Size // the widget size the start view's level was chosen for
	levels    *levelControl
	rend      *renderer // the renderer, for its overlays' hit areas
	hover     int       // the node under the pointer, for the title tooltip; -1 for none
	hoverAt   fyne.Position

	// cmp is the compare overlay (nil when off); marks holds each
	// layout node's mark and moves the node pairs (old parent, moved
	// node) its lines join.
	cmp   *compareState
	marks []compare.Mark
	moves [][2]int
	// hiddenChanges marks the folded nodes with changes below them.
	hiddenChanges []bool

	sel       selection
	highlight map[data.ID]bool
	external  data.ID // a card marked as drop target by another widget's drag
	drag      dragState
	pressAt   *fyne.Position // where the primary button went down, for drags
	edit      *renameState
	entry     *renameEntry
	lod       lod          // level of detail of the last frame
	textFor   textCacheKey // what the cached card text was made for

	// modifiers reports the keyboard modifiers held now; tests replace it
	// because the test driver is not a desktop driver.
	modifiers func() fyne.KeyModifier
	// confirm asks the user a yes/no question; tests replace it.
	confirm func(title, message, confirmText string, done func(bool))
	// pick asks the user to choose one of options; tests replace it.
	pick func(title string, options []string, done func(int))
	// pickPerson asks the user to choose one of the people named; tests
	// replace it.
	pickPerson func(title string, names []string, done func(int))
}

// selection names the selected node by id and kind, which survive a
// re-layout, and remembers its index in the current layout.
type selection struct {
	id   data.ID
	kind chart.Kind
	idx  int // -1 when nothing is selected
}

// Interfaces the chart and its renderer implement; compile-time checks.
var (
	_ fyne.Widget            = (*Chart)(nil)
	_ fyne.Tappable          = (*Chart)(nil)
	_ fyne.DoubleTappable    = (*Chart)(nil)
	_ fyne.SecondaryTappable = (*Chart)(nil)
	_ fyne.Draggable         = (*Chart)(nil)
	_ fyne.Scrollable        = (*Chart)(nil)
	_ fyne.Focusable         = (*Chart)(nil)
	_ fyne.Tabbable          = (*Chart)(nil)
	_ desktop.Mouseable      = (*Chart)(nil)
	_ fyne.WidgetRenderer    = (*renderer)(nil)
)

// New returns a chart of the session's document in the document's mode,
// fitted to the widget when it is first shown, with the company selected.
// It re-lays itself out whenever the session changes.
func New(sess Session) *Chart {
	c := &Chart{
		sess:      sess,
		collapsed: map[data.ID]bool{},
		opened:    map[data.ID]bool{},
		revealed:  map[data.ID]bool{},
		highlight: map[data.ID]bool{},
		view:      viewport{zoom: 1},
		autoFit:   true,
		autoLevel: true,
		hover:     -1,
		sel:       selection{kind: chart.KindCompany, idx: 0},
		modifiers: currentModifiers,
	}
	c.confirm = c.showConfirm
	c.pick = c.showPick
	c.pickPerson = c.showPickPerson
	c.setupRename()
	c.levels = newLevelControl(c)
	c.opts = chart.Options{Compact: true, Mode: sess.Doc().Org.Mode, Unassigned: true, NodeH: cardH}
	c.ExtendBaseWidget(c)
	c.rebuild()
	sess.OnChange(func() { fyne.Do(c.reload) })
	return c
}

// CreateRenderer implements fyne.Widget.
func (c *Chart) CreateRenderer() fyne.WidgetRenderer { return newRenderer(c) }

// cardH is the height of a card: a band, two title lines, the holders
// and the headcount row.
const cardH = 92

// MinSize keeps the chart usable when the window is small.
func (c *Chart) MinSize() fyne.Size { return fyne.NewSize(200, 150) }

// currentModifiers reads the held modifiers from a desktop driver.
func currentModifiers() fyne.KeyModifier {
	if a := fyne.CurrentApp(); a != nil {
		if d, ok := a.Driver().(desktop.Driver); ok {
			return d.CurrentKeyModifiers()
		}
	}
	return 0
}

// Selected returns the id of the selected node ("" for the company root or
// when nothing is selected).
func (c *Chart) Selected() data.ID { return c.sel.id }

// SelectedKind returns the kind of the selected node.
func (c *Chart) SelectedKind() chart.Kind { return c.sel.kind }

// Select selects the node with the id, expanding collapsed ancestors so it
// is shown, and scrolls it into view. An unknown id is ignored.
func (c *Chart) Select(id data.ID) {
	i := c.reveal(id)
	if i < 0 {
		return
	}
	c.selectIndex(i)
	c.ensureVisible(i)
}

// selectIndex selects node i of the layout and tells OnSelected.
func (c *Chart) selectIndex(i int) {
	if i < 0 || i >= len(c.lay.Nodes) {
		return
	}
	n := &c.lay.Nodes[i]
	changed := c.sel.idx != i || c.sel.id != n.ID || c.sel.kind != n.Kind
	c.sel = selection{id: n.ID, kind: n.Kind, idx: i}
	c.Refresh()
	if changed && c.OnSelected != nil {
		kind := n.Kind
		if kind == chart.KindUnassigned {
			kind = chart.KindDepartment // the group's panel is its department's
			if n.ID == "" {
				kind = chart.KindCompany // or the company's, for people at company level
			}
		}
		c.OnSelected(n.ID, kind)
	}
}

// SetOptions changes the orientation, compact mode, organisation mode or
// node sizes and re-lays out the chart. Collapsed subtrees are kept unless
// opts.Collapsed is set. The selected node stays where it is on screen.
func (c *Chart) SetOptions(opts chart.Options) {
	if opts.Collapsed != nil {
		c.collapsed = make(map[data.ID]bool, len(opts.Collapsed))
		for k, v := range opts.Collapsed {
			if v {
				c.collapsed[k] = true
			}
		}
	}
	opts.Collapsed, opts.Expanded, opts.Open = nil, nil, nil
	opts.Unassigned = true
	if opts.NodeH == 0 {
		opts.NodeH = cardH
	}
	c.opts = opts
	c.relayout()
}

// Options returns the chart options in use (with the collapsed set).
func (c *Chart) Options() chart.Options {
	o := c.opts
	o.Collapsed = c.collapsedCopy()
	return o
}

// Layout returns the laid-out chart on screen (read-only).
func (c *Chart) Layout() *chart.Chart { return c.lay }

// Highlight marks the nodes with these ids (search hits); nil or empty
// clears the marks.
func (c *Chart) Highlight(ids []data.ID) {
	c.highlight = make(map[data.ID]bool, len(ids))
	for _, id := range ids {
		c.highlight[id] = true
	}
	c.Refresh()
}

// CenterOn selects the node with the id, expanding collapsed ancestors,
// and scrolls it to the middle of the view, zooming in to a readable
// scale when the chart is zoomed far out.
func (c *Chart) CenterOn(id data.ID) {
	i := c.reveal(id)
	if i < 0 {
		return
	}
	c.autoFit = false
	if c.view.zoom < detailZoom {
		c.view.zoom = 1
	}
	c.view.centerOn(c.lay.Nodes[i].Rect.Center())
	c.selectIndex(i)
}

// MarkDropTarget outlines the role card with the id as the target of a
// drag from another widget (a person dragged from the people list); ""
// clears the mark.
func (c *Chart) MarkDropTarget(id data.ID) {
	if c.external != id {
		c.external = id
		c.Refresh()
	}
}

// RoleAt returns the id of the role card under the absolute canvas
// position abs, or "" when there is none. Other widgets use it to drop
// people onto a card.
func (c *Chart) RoleAt(abs fyne.Position) data.ID {
	a := fyne.CurrentApp()
	if a == nil || c.lay == nil || !c.editable() {
		return ""
	}
	local := abs.Subtract(a.Driver().AbsolutePositionForObject(c))
	if local.X < 0 || local.Y < 0 || local.X > c.Size().Width || local.Y > c.Size().Height {
		return ""
	}
	i := c.lay.At(c.view.toChart(local))
	if i < 0 || c.lay.Nodes[i].Kind != chart.KindRole || c.ghost(i) {
		return ""
	}
	return c.lay.Nodes[i].ID
}

// say confirms a finished action to the user.
func (c *Chart) say(msg string) {
	if msg != "" && c.OnStatus != nil {
		c.OnStatus(msg)
	}
}

// fail reports a refused or failed edit to the user.
func (c *Chart) fail(msg string) {
	if msg != "" && c.OnError != nil {
		c.OnError(msg)
	}
}

// do applies a command through the session and re-lays out at once, so the
// caller can select what the command created.
func (c *Chart) do(cmd app.Command) bool {
	if c.readOnly() {
		return false
	}
	if err := c.sess.Do(cmd); err != nil {
		c.fail(app.Describe(err))
		return false
	}
	c.reload()
	return true
}
