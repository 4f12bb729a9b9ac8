package chartview

import (
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"orgdesigner/app/chart"
	"orgdesigner/app/compare"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
	odtheme "orgdesigner/views/theme"
)

// compareState is the compare overlay: the comparison shown and the
// document the chart lays out for it, which is the comparison's B with A's
// removed departments and roles put back as ghosts at their old place, so
// app/chart places them like any other card.
type compareState struct {
	res    *compare.Result
	doc    *data.Document
	marks  map[data.ID]compare.Mark // departments and roles, ghosts included
	ghosts map[data.ID]bool         // removed departments and roles
	from   map[data.ID]data.ID      // moved department or role → its old parent ("" = company level)
	// lost says what each ghost stood for in A: a role's 编制, a
	// department's roles and people (its sub-departments' included).
	lost map[data.ID]lostCount
	// targets are the marked departments and roles, weighted by how much
	// headcount their change moves, for the fitted view to unfold.
	targets []chart.Target

	// ancestors lists, for each marked id, its ancestors in the unfolded
	// tree, nearest first, so a folded node can show that changes hide
	// below it; built on first need for the tree of treeFor.
	ancestors map[data.ID][]data.ID
	treeFor   [2]any // the options (mode, people view) ancestors is for

	// tree is doc's chart tree, kept for the several charts each step of
	// the overlay lays out of doc (see chartTree); treeKind says for
	// which options.
	tree     *chart.Tree
	treeKind [3]any

	// live is set when B was the session's document: edits are allowed
	// and the comparison follows the session.
	live bool
}

// SetCompare shows the comparison res on the chart: res.B laid out, its
// added departments and roles in green, moved ones in amber with a dashed
// line from their old parent, changed ones (renamed, card or 编制 changed)
// with a blue dot, and A's removed ones ghosted in red at their old place
// (under their old parent when B still has it, else at the company level).
// A legend explains the four marks, and a fold badge hiding changes is
// outlined in blue. nil turns the overlay off and shows the session's
// document again.
//
// When res.B is the session's open document the chart stays editable: an
// edit (add, rename, delete, drag) applies to the open organisation as
// usual and the chart compares res.A with the new snapshot at once, so the
// marks follow the edit; a caller that compares again and calls SetCompare
// with the result for the same two documents costs nothing more. Ghosts
// cannot be edited. When res.B is another organisation the chart only
// shows: edits are refused with a message and the session's changes are
// not followed. Selecting works as usual (Select, CenterOn, taps); a ghost
// reports its id, which only res.A has.
//
// A new comparison is shown as the start view shows a chart: fitted, at
// the deepest readable level, and with the branches that hold changes
// opened as far as the titles stay readable (see unfoldChanges). Turning
// the overlay off folds those branches again.
func (c *Chart) SetCompare(res *compare.Result) {
	switch {
	case res == nil || res.B == nil:
		if c.cmp == nil {
			return
		}
		c.cmp = nil
		c.revealed = map[data.ID]bool{}
	case c.cmp != nil && c.cmp.res.A == res.A && c.cmp.res.B == res.B:
		c.cmp.res = res // the same two documents: the same marks
		return
	default:
		c.cmp = newCompareState(res)
		c.cmp.live = res.B == c.sess.Doc()
		c.relayout()
		c.startView()
		return
	}
	c.relayout()
	if c.autoFit {
		c.Fit()
	}
}

// startView fits the chart at the deepest readable level, as a chart
// first shown is; a widget not laid out yet does it on its first layout.
func (c *Chart) startView() {
	c.autoFit, c.autoLevel, c.levelFor = true, true, fyne.Size{}
	if c.view.w <= 0 || c.view.h <= 0 {
		return
	}
	c.levelFor = fyne.NewSize(float32(c.view.w), float32(c.view.h))
	c.chooseLevel(0)
	c.fitView()
	c.Refresh()
}

// Compare returns the comparison the chart shows, or nil.
func (c *Chart) Compare() *compare.Result {
	if c.cmp == nil {
		return nil
	}
	return c.cmp.res
}

// newCompareState builds the overlay's document: B's departments and roles
// with A's removed ones inserted after the item that preceded them in A, so
// a ghost keeps its place among its siblings. Ghost roles plan no
// headcount, so B's totals stay B's. The marks come from the result's
// change list, the one the user reads beside the chart, with the
// precedence compare.Mark documents (added, then moved, then changed).
func newCompareState(res *compare.Result) *compareState {
	s := &compareState{res: res, marks: map[data.ID]compare.Mark{}, ghosts: map[data.ID]bool{}, from: map[data.ID]data.ID{}}
	for _, ch := range res.Changes {
		m := markOfChange(ch.Kind)
		if m == compare.MarkNone {
			continue
		}
		if old := s.marks[ch.ID]; old == compare.MarkNone || m < old {
			s.marks[ch.ID] = m
		}
		switch ch.Kind {
		case compare.DeptRemoved, compare.RoleRemoved:
			s.ghosts[ch.ID] = true
		case compare.DeptMoved, compare.RoleMoved:
			s.from[ch.ID] = ch.From
		}
	}
	b := res.B
	doc := &data.Document{Org: b.Org, People: b.People, Projects: b.Projects, Departments: b.Departments, Roles: b.Roles}
	if a := res.A; a != nil && len(s.ghosts) > 0 {
		var depts []data.Department
		var roles []data.Role
		for i := range a.Departments {
			if s.ghosts[a.Departments[i].ID] {
				depts = append(depts, a.Departments[i])
			}
		}
		for i := range a.Roles {
			if s.ghosts[a.Roles[i].ID] {
				r := a.Roles[i]
				r.Planned = 0
				roles = append(roles, r)
			}
		}
		doc.Departments = withGhosts(b.Departments, depts, a.Departments, func(d *data.Department) data.ID { return d.ID })
		doc.Roles = withGhosts(b.Roles, roles, a.Roles, func(r *data.Role) data.ID { return r.ID })
	}
	s.doc = doc
	s.lost = lostCounts(res.A, s.ghosts)
	s.targets = changeTargets(res, s.marks)
	return s
}

// lostCount is what a removed department or role held in A.
type lostCount struct {
	planned, roles, people int
}

// lostCounts counts, for each ghost, what it held in a: a role its 编制,
// a department the roles and the people (not left) of its whole branch.
func lostCounts(a *data.Document, ghosts map[data.ID]bool) map[data.ID]lostCount {
	out := map[data.ID]lostCount{}
	if a == nil || len(ghosts) == 0 {
		return out
	}
	parent := make(map[data.ID]data.ID, len(a.Departments))
	for i := range a.Departments {
		parent[a.Departments[i].ID] = a.Departments[i].Parent
	}
	// up calls f for dept and each department above it that is a ghost
	// (bounded, so a cycle in a broken document ends).
	up := func(dept data.ID, f func(*lostCount)) {
		for k := 0; dept != "" && k <= len(parent); k, dept = k+1, parent[dept] {
			if ghosts[dept] {
				l := out[dept]
				f(&l)
				out[dept] = l
			}
		}
	}
	for i := range a.Roles {
		r := &a.Roles[i]
		if ghosts[r.ID] {
			out[r.ID] = lostCount{planned: r.Planned, roles: 1}
		}
		up(r.Department, func(l *lostCount) { l.roles++; l.planned += r.Planned })
	}
	for i := range a.People {
		if p := &a.People[i]; p.Status != data.StatusLeft {
			up(p.Department, func(l *lostCount) { l.people++ })
		}
	}
	return out
}

// changeTargets weighs each marked department and role by the headcount
// (编制) its change moves: an added, removed or moved role its 编制, a
// department the 编制 of its roles, a 编制 change its difference; renames
// and card changes weigh least. Ties keep the change list's order.
func changeTargets(res *compare.Result, marks map[data.ID]compare.Mark) []chart.Target {
	// The 编制 of each role, and of each department's own roles.
	type sums struct{ role, dept map[data.ID]int }
	sum := func(doc *data.Document) sums {
		s := sums{map[data.ID]int{}, map[data.ID]int{}}
		if doc != nil {
			s.role = make(map[data.ID]int, len(doc.Roles)) // no growing on 5,000 roles
			for i := range doc.Roles {
				r := &doc.Roles[i]
				s.role[r.ID] += r.Planned
				s.dept[r.Department] += r.Planned
			}
		}
		return s
	}
	inA, inB := sum(res.A), sum(res.B)
	planned := func(doc *data.Document, role, dept data.ID) int {
		s := inB
		if doc == res.A {
			s = inA
		}
		if role != "" {
			return s.role[role]
		}
		return s.dept[dept]
	}
	at := map[data.ID]int{}
	var out []chart.Target
	for _, ch := range res.Changes {
		if marks[ch.ID] == compare.MarkNone {
			continue
		}
		w := 0
		switch ch.Kind {
		case compare.RoleAdded, compare.RoleMoved:
			w = 1 + planned(res.B, ch.ID, "")
		case compare.RoleRemoved:
			w = 1 + planned(res.A, ch.ID, "")
		case compare.DeptAdded, compare.DeptMoved:
			w = 1 + planned(res.B, "", ch.ID)
		case compare.DeptRemoved:
			w = 1 + planned(res.A, "", ch.ID)
		case compare.PlannedChanged:
			w = max(ch.After-ch.Before, ch.Before-ch.After)
		}
		if k, ok := at[ch.ID]; ok {
			out[k].Weight = max(out[k].Weight, w)
			continue
		}
		at[ch.ID] = len(out)
		out = append(out, chart.Target{ID: ch.ID, Weight: w})
	}
	return out
}

// ghostText is what a removed card says in place of its holders: that it
// was removed and, in the short form that fits width w at text size
// size (in bold when bold), what went with it.
func (s *compareState) ghostText(id data.ID, kind chart.Kind, size float32, bold bool, w float64) string {
	l := s.lost[id]
	var forms []string
	if kind == chart.KindDepartment {
		roles, people := i18n.L("%d roles", l.roles), i18n.L("%d people", l.people)
		if l.roles == 1 {
			roles = i18n.L("1 role")
		}
		if l.people == 1 {
			people = i18n.L("1 person")
		}
		switch {
		case l.people > 0:
			forms = []string{i18n.L("Removed · %s · %s", roles, people), i18n.L("Removed · %s", roles)}
		case l.roles > 0:
			forms = []string{i18n.L("Removed · %s", roles)}
		}
	} else {
		forms = []string{i18n.L("Removed · %d planned", l.planned)}
	}
	style := fyne.TextStyle{Bold: bold}
	for _, f := range forms {
		if float64(fyne.MeasureText(f, size, style).Width) <= w {
			return f
		}
	}
	return fitText(i18n.L("Removed"), size, style, w)
}

// markOfChange is how the overlay marks the object of a change of kind k
// (MarkNone for people and project teams, which the chart does not mark).
func markOfChange(k compare.Kind) compare.Mark {
	switch k {
	case compare.DeptAdded, compare.RoleAdded:
		return compare.MarkAdded
	case compare.DeptRemoved, compare.RoleRemoved:
		return compare.MarkRemoved
	case compare.DeptMoved, compare.RoleMoved:
		return compare.MarkMoved
	case compare.DeptRenamed, compare.DeptChanged, compare.RoleRenamed, compare.RoleCardChanged, compare.PlannedChanged:
		return compare.MarkChanged
	}
	return compare.MarkNone
}

// withGhosts returns b's items with the ghosts inserted, each right after
// the last item before it in a's order that b still has (at the start when
// none).
func withGhosts[T any](b, ghosts, a []T, id func(*T) data.ID) []T {
	if len(ghosts) == 0 {
		return b
	}
	inB := make(map[data.ID]int, len(b))
	for i := range b {
		inB[id(&b[i])] = i
	}
	isGhost := make(map[data.ID]int, len(ghosts))
	for i := range ghosts {
		isGhost[id(&ghosts[i])] = i
	}
	// after[k] lists the ghosts that follow b[k-1] (after[0]: the start).
	after := make([][]int, len(b)+1)
	prev := 0
	placed := make([]bool, len(ghosts))
	for i := range a {
		if k, ok := inB[id(&a[i])]; ok {
			prev = k + 1
		} else if g, ok := isGhost[id(&a[i])]; ok && !placed[g] {
			after[prev] = append(after[prev], g)
			placed[g] = true
		}
	}
	out := make([]T, 0, len(b)+len(ghosts))
	for k := 0; k <= len(b); k++ {
		for _, g := range after[k] {
			out = append(out, ghosts[g])
		}
		if k < len(b) {
			out = append(out, b[k])
		}
	}
	for g := range ghosts {
		if !placed[g] {
			out = append(out, ghosts[g])
		}
	}
	return out
}

// source is the document the chart lays out: the comparison's when the
// overlay is on, else the session's.
func (c *Chart) source() *data.Document {
	if c.cmp != nil {
		return c.cmp.doc
	}
	return c.sess.Doc()
}

// chartTree returns the tree to lay doc out from with o: the compare
// overlay's document, which does not change while it is shown, keeps its
// tree for the many charts one step lays out of it (a build, a level
// fitted, its changes unfolded, their ancestors); any other document's is
// built anew.
func (c *Chart) chartTree(doc *data.Document, o chart.Options) *chart.Tree {
	s := c.cmp
	if s == nil || doc != s.doc {
		return chart.NewTree(doc, o)
	}
	if kind := [3]any{o.People, o.Mode, o.Unassigned}; s.tree == nil || s.treeKind != kind {
		s.tree, s.treeKind = chart.NewTree(doc, o), kind
	}
	return s.tree
}

// markNodes gives each node of the layout its compare mark, and marks the
// folded nodes with changes hidden below them.
func (c *Chart) markNodes() {
	c.marks, c.moves, c.hiddenChanges = nil, c.moves[:0], nil
	if c.cmp == nil {
		return
	}
	c.marks = make([]compare.Mark, len(c.lay.Nodes))
	folded := false
	for i := range c.lay.Nodes {
		n := &c.lay.Nodes[i]
		folded = folded || n.HasHidden
		if n.Kind != chart.KindDepartment && n.Kind != chart.KindRole {
			continue
		}
		m := c.cmp.marks[n.ID]
		c.marks[i] = m
		if m != compare.MarkMoved {
			continue
		}
		from, ok := c.cmp.from[n.ID]
		if !ok {
			continue
		}
		j := 0 // the company root
		if from != "" {
			j = c.lay.Index(from)
		}
		if j >= 0 && j != i {
			c.moves = append(c.moves, [2]int{j, i})
		}
	}
	if folded {
		c.markHiddenChanges()
	}
}

// markHiddenChanges finds, for each marked department or role the layout
// does not show, the nearest shown ancestor, whose fold badge then says
// that changes are folded inside it.
func (c *Chart) markHiddenChanges() {
	s := c.cmp
	key := [2]any{c.opts.Mode, c.opts.People}
	if s.ancestors == nil || s.treeFor != key {
		o := c.opts
		o.Collapsed, o.Expanded, o.Level = nil, nil, 0
		s.ancestors = c.chartTree(s.doc, o).Ancestry(o, func(n *chart.Node) bool {
			return (n.Kind == chart.KindDepartment || n.Kind == chart.KindRole) && s.marks[n.ID] != compare.MarkNone
		})
		s.treeFor = key
	}
	c.hiddenChanges = make([]bool, len(c.lay.Nodes))
	for id, up := range s.ancestors {
		if c.lay.Index(id) >= 0 {
			continue
		}
		for _, a := range up {
			if i := c.lay.Index(a); i >= 0 || a == "" {
				c.hiddenChanges[max(i, 0)] = true
				break
			}
		}
	}
}

// changesFolded reports whether node i's fold hides compared changes.
func (c *Chart) changesFolded(i int) bool {
	return c.hiddenChanges != nil && i >= 0 && i < len(c.hiddenChanges) && c.hiddenChanges[i]
}

// markOf is node i's compare mark.
func (c *Chart) markOf(i int) compare.Mark {
	if c.marks == nil || i < 0 || i >= len(c.marks) {
		return compare.MarkNone
	}
	return c.marks[i]
}

// follow compares A again with the session's new document when the
// overlay is live; it reports whether the overlay handled the change.
func (c *Chart) follow() bool {
	s := c.cmp
	if s == nil {
		return false
	}
	if !s.live || c.sess.Doc() == s.res.B {
		return true
	}
	c.cmp = newCompareState(compare.Compare(s.res.A, c.sess.Doc()))
	c.cmp.live = true
	c.autoFit, c.autoLevel = false, false
	c.relayout()
	return true
}

// editable reports whether the chart's document can be edited: always
// without the overlay, and with it when it compares with the open
// document (see SetCompare).
func (c *Chart) editable() bool {
	return c.cmp == nil || (c.cmp.live && c.cmp.res.B == c.sess.Doc())
}

// ghost reports whether node i is a removed department or role drawn from
// the comparison's A.
func (c *Chart) ghost(i int) bool { return c.markOf(i) == compare.MarkRemoved }

// readOnly tells the user that the chart cannot be edited now, and
// reports whether that is so.
func (c *Chart) readOnly() bool {
	if c.editable() {
		return false
	}
	c.fail(i18n.L("The chart is showing a comparison. Turn the comparison off to edit."))
	return true
}

// refuseEdit tells the user why the selected node cannot be edited while
// the compare overlay is on, and reports whether it was refused.
func (c *Chart) refuseEdit() bool {
	switch {
	case c.readOnly():
		return true
	case c.ghost(c.sel.idx):
		c.fail(i18n.L("“%s” was removed: it is only in the organisation compared with.", c.lay.Nodes[c.sel.idx].Label))
		return true
	}
	return false
}

// Base colours of the compare marks; markColors moves their lightness so
// each keeps 3:1 against the card and the chart background of the theme.
var (
	addedBase   = color.NRGBA{0x2E, 0x9E, 0x44, 0xFF}
	removedBase = color.NRGBA{0xD6, 0x45, 0x41, 0xFF}
	movedBase   = color.NRGBA{0xE0, 0x8E, 0x0B, 0xFF}
	changedBase = color.NRGBA{0x2F, 0x80, 0xED, 0xFF}
)

// markColors are the compare marks' colours on one theme.
type markColors struct {
	added, removed, moved, changed color.NRGBA
}

// of returns mark m's colour.
func (mc markColors) of(m compare.Mark) color.NRGBA {
	switch m {
	case compare.MarkAdded:
		return mc.added
	case compare.MarkRemoved:
		return mc.removed
	case compare.MarkMoved:
		return mc.moved
	}
	return mc.changed
}

// newMarkColors fits the mark colours to the palette: legible on the card
// colour and, darker or lighter still when needed, on the background.
func newMarkColors(pal *palette) markColors {
	fit := func(c color.NRGBA) color.NRGBA { return odtheme.Stripe(odtheme.Stripe(c, pal.card), pal.bg) }
	return markColors{added: fit(addedBase), removed: fit(removedBase), moved: fit(movedBase), changed: fit(changedBase)}
}

// markLook colours a card for its compare mark: added and moved cards get
// their colour's outline and a tint, removed ones are drawn faded (ghosts),
// changed ones only get the dot (see cardView.drawDot).
func markLook(l look, m compare.Mark, pal *palette) look {
	if m == compare.MarkNone || m == compare.MarkChanged {
		return l
	}
	col := pal.marks.of(m)
	l.stroke, l.strokeW = col, 2.5
	switch m {
	case compare.MarkAdded, compare.MarkMoved:
		l.fill = mix(l.fill, col, 0.14)
	case compare.MarkRemoved:
		f := mix(pal.bg, col, 0.10)
		f.A = 0xB0
		l.fill, l.band = f, nil
		l.text, l.muted = col, col
	}
	return l
}

// drawDot shows the blue dot of a changed card at its top right corner.
func (v *cardView) drawDot(pos fyne.Position, w float32, z float32, m compare.Mark, pal *palette) {
	if m != compare.MarkChanged {
		v.dot.Hide()
		return
	}
	r := max(5*z, 3)
	v.dot.FillColor = pal.marks.changed
	v.dot.StrokeColor, v.dot.StrokeWidth = pal.card, 1
	place(v.dot, pos.AddXY(w-cardPad*z-2*r, bandHeight*z+3*z), fyne.NewSize(2*r, 2*r))
}

// moveLines draws a dashed amber line from each moved node's old parent to
// it, with an arrowhead at the moved node, as line objects or, past their
// budget or zoomed out, in the raster. They run above the connectors and
// under the cards, which stay readable where a line crosses them: the
// ends and the arrowhead sit on the two cards' edges.
func (r *renderer) moveLines(vr chart.Rect, pal *palette, objects bool) {
	c := r.c
	r.moves.begin()
	defer r.moves.end()
	if len(c.moves) == 0 {
		return
	}
	col := pal.marks.moved
	width := float32(math.Min(3, math.Max(1.5, 2*c.view.zoom)))
	clip := vr.Inset(-40 / c.view.zoom)
	for _, mv := range c.moves {
		a, b := c.lay.Nodes[mv[0]].Rect, c.lay.Nodes[mv[1]].Rect
		p, q := borderPoint(a, b.Center()), borderPoint(b, a.Center())
		s, ok := c.clipSegment(p, q, clip)
		if !ok {
			continue
		}
		line := func(x, y fyne.Position) bool {
			if objects && r.moves.add(x, y, col, width) {
				return true
			}
			r.rasterSegment(segment{a: x, b: y}, col, width, false)
			return true
		}
		if objects {
			dashes(s, line)
		} else {
			r.rasterSegment(s, col, width, true)
		}
		if vr.Contains(q) {
			tip := c.view.toScreen(q)
			from := c.view.toScreen(p)
			dx, dy := float64(tip.X-from.X), float64(tip.Y-from.Y)
			l := math.Hypot(dx, dy)
			if l < 1 {
				continue
			}
			ux, uy := dx/l, dy/l
			const head = 9.0
			for _, sgn := range []float64{1, -1} {
				// 30° either side of the line, pointing back from the tip.
				hx := -ux*math.Cos(math.Pi/6) - sgn*uy*math.Sin(math.Pi/6)
				hy := -uy*math.Cos(math.Pi/6) + sgn*ux*math.Sin(math.Pi/6)
				line(tip, tip.AddXY(float32(hx*head), float32(hy*head)))
			}
		}
	}
}

// borderPoint is where the line from r's centre toward p leaves r.
func borderPoint(r chart.Rect, p chart.Point) chart.Point {
	c := r.Center()
	dx, dy := p.X-c.X, p.Y-c.Y
	if dx == 0 && dy == 0 {
		return c
	}
	t := math.Inf(1)
	if dx != 0 {
		t = math.Min(t, r.W/2/math.Abs(dx))
	}
	if dy != 0 {
		t = math.Min(t, r.H/2/math.Abs(dy))
	}
	t = math.Min(t, 1)
	return chart.Point{X: c.X + dx*t, Y: c.Y + dy*t}
}

// compareLegend explains the compare overlay's four marks at the bottom
// left: a swatch and a word each, in one row.
type compareLegend struct {
	bg       *canvas.Rectangle
	swatches [3]*canvas.Rectangle // added, removed, moved
	dot      *canvas.Circle       // changed
	texts    [4]*canvas.Text
	objs     []fyne.CanvasObject
}

func newCompareLegend() *compareLegend {
	g := &compareLegend{bg: &canvas.Rectangle{}, dot: &canvas.Circle{}}
	g.objs = append(g.objs, g.bg)
	for k := range g.swatches {
		g.swatches[k] = &canvas.Rectangle{}
		g.objs = append(g.objs, g.swatches[k])
	}
	g.objs = append(g.objs, g.dot)
	for k := range g.texts {
		g.texts[k] = &canvas.Text{}
		g.objs = append(g.objs, g.texts[k])
	}
	for _, o := range g.objs {
		o.Hide()
	}
	return g
}

// legendMarks are the legend's marks in order.
var legendMarks = [4]compare.Mark{compare.MarkAdded, compare.MarkRemoved, compare.MarkMoved, compare.MarkChanged}

// sync shows the legend while the overlay is on, its bottom edge at
// bottom (widget coordinates), and returns its height (0 when hidden).
func (g *compareLegend) sync(c *Chart, pal *palette, bottom float32) float32 {
	if c.cmp == nil {
		for _, o := range g.objs {
			o.Hide()
		}
		return 0
	}
	const sw, gap = 14, 6
	words := [4]string{i18n.L("Added"), i18n.L("Removed"), i18n.L("Moved"), i18n.L("Changed")}
	var widths [4]float32
	h := float32(0)
	w := float32(8)
	for k := range legendMarks {
		s := fyne.MeasureText(words[k], pal.detail, fyne.TextStyle{})
		widths[k], h = s.Width, max(h, s.Height)
		w += sw + gap + s.Width + 14
	}
	h += 12
	at := fyne.NewPos(overlayPad, bottom-h)
	g.bg.FillColor, g.bg.StrokeColor, g.bg.StrokeWidth, g.bg.CornerRadius = pal.card, pal.stroke, 1, 6
	place(g.bg, at, fyne.NewSize(w, h))
	x := at.X + 8
	for k, m := range legendMarks {
		col := pal.marks.of(m)
		sy := at.Y + (h-sw)/2
		if m == compare.MarkChanged {
			g.dot.FillColor, g.dot.StrokeColor, g.dot.StrokeWidth = col, pal.card, 1
			place(g.dot, fyne.NewPos(x+2, sy+2), fyne.NewSize(sw-4, sw-4))
		} else {
			r := g.swatches[k]
			l := markLook(look{fill: pal.card, stroke: pal.stroke, text: pal.fg, muted: pal.muted}, m, pal)
			r.FillColor, r.StrokeColor, r.StrokeWidth, r.CornerRadius = l.fill, l.stroke, 2, 3
			place(r, fyne.NewPos(x, sy), fyne.NewSize(sw, sw))
		}
		x += sw + gap
		setText(g.texts[k], words[k], pal.detail, pal.fg, fyne.NewPos(x, at.Y+6))
		x += widths[k] + 14
	}
	return h
}
