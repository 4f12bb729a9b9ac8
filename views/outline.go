package views

import (
	"fmt"
	"image/color"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app"
	"orgdesigner/app/chart"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
	odtheme "orgdesigner/views/theme"
)

// Outline node ids: a prefix for the kind, then the object's id; the root
// is "". Departments and roles may share ids, so the prefix is needed.
//
// A department's people who have no role hang in a 未安排 branch
// (unassignedPrefix + department id) inside it, one person node each; those
// at company level (no known department) in the root's 未安排 branch,
// unassignedPrefix alone, as the chart has them on the company.
const (
	deptPrefix       = "d:"
	rolePrefix       = "r:"
	unassignedPrefix = "u:"
	personPrefix     = "p:"
)

func nodeID(s Selection) widget.TreeNodeID {
	switch s.Kind {
	case chart.KindDepartment:
		return deptPrefix + string(s.ID)
	case chart.KindRole:
		return rolePrefix + string(s.ID)
	case chart.KindPerson:
		return personPrefix + string(s.ID)
	}
	return ""
}

func selectionOf(uid widget.TreeNodeID) (Selection, bool) {
	switch {
	case strings.HasPrefix(uid, deptPrefix):
		return Selection{chart.KindDepartment, data.ID(uid[len(deptPrefix):])}, true
	case strings.HasPrefix(uid, rolePrefix):
		return Selection{chart.KindRole, data.ID(uid[len(rolePrefix):])}, true
	case strings.HasPrefix(uid, personPrefix):
		return Selection{chart.KindPerson, data.ID(uid[len(personPrefix):])}, true
	}
	return Selection{}, false
}

// unassignedIn returns the department whose 未安排 branch lists person p
// ("" for the company's) and true, or false when p holds a role or has
// left.
func unassignedIn(doc *data.Document, p *data.Person) (data.ID, bool) {
	if p == nil || p.Role != "" || p.Status == data.StatusLeft {
		return "", false
	}
	if doc.Department(p.Department) == nil {
		return "", true
	}
	return p.Department, true
}

// openAllLimit is the size up to which the outline opens every branch; a
// bigger organisation opens only its top-level departments.
const openAllLimit = 300

// outline is the left panel: a search box over the department → role
// tree, which gives way to the list of search hits while there is a query.
type outline struct {
	onSelect func(Selection) // the user picked a tree node
	onHit    func(app.Hit)   // the user picked a search hit
	onHits   func([]app.Hit) // the hits changed (chart highlighting)
	onKey    func(*fyne.KeyEvent) bool

	doc      *data.Document
	children map[widget.TreeNodeID][]widget.TreeNodeID
	counts   app.Headcounts
	colors   map[data.ID]color.NRGBA
	hits     []app.Hit
	current  widget.TreeNodeID // the selected node, "" for none
	quiet    bool              // selecting programmatically: don't call onSelect

	drops   *outlineDrops // dragging people onto the chart; nil until wired
	tree    *outlineTree
	search  *widget.Entry
	hitList *widget.List
	noHits  *widget.Label
	results *fyne.Container
	content *fyne.Container
}

func newOutline() *outline {
	o := &outline{children: map[widget.TreeNodeID][]widget.TreeNodeID{}}
	o.tree = newOutlineTree(o)
	o.search = widget.NewEntry()
	o.search.ActionItem = widget.NewButtonWithIcon("", theme.ContentClearIcon(), func() { o.search.SetText("") })
	o.search.OnChanged = o.onQuery
	o.search.OnSubmitted = func(string) { o.chooseHit(0) }
	o.hitList = widget.NewList(
		func() int { return len(o.hits) },
		newHitRow,
		func(i widget.ListItemID, obj fyne.CanvasObject) { o.updateHitRow(i, obj) },
	)
	o.hitList.OnSelected = func(i widget.ListItemID) { o.chooseHit(i) }
	o.noHits = widget.NewLabel("")
	o.noHits.Alignment = fyne.TextAlignCenter
	o.results = container.NewBorder(o.noHits, nil, nil, nil, o.hitList)
	o.results.Hide()
	o.content = container.NewBorder(o.search, nil, nil, nil, container.NewStack(o.tree, o.results))
	o.relabel()
	return o
}

// relabel redraws the outline in the current UI language.
func (o *outline) relabel() {
	o.search.SetPlaceHolder(i18n.L("Search roles, people, responsibilities…"))
	o.noHits.SetText(i18n.L("Nothing found."))
	o.tree.Refresh()
	o.hitList.Refresh()
}

// reload rebuilds the tree's structure from doc and re-runs the search.
func (o *outline) reload(doc *data.Document) {
	first := o.doc == nil
	o.doc = doc
	o.counts = app.CountHeads(doc)
	o.colors = odtheme.DepartmentColors(doc)
	o.children = outlineChildren(doc)
	o.tree.Refresh()
	if first {
		o.openInitial()
	}
	if o.search.Text != "" {
		o.onQuery(o.search.Text)
	}
}

// outlineChildren maps every tree node to its children: company-level
// roles and top-level departments at the root; in a department its roles
// (head first), its 未安排 branch of people without a role, and then its
// sub-departments.
func outlineChildren(doc *data.Document) map[widget.TreeNodeID][]widget.TreeNodeID {
	kids := make(map[widget.TreeNodeID][]widget.TreeNodeID, len(doc.Departments)+1)
	heads := make(map[data.ID]data.ID, len(doc.Departments))
	for _, d := range doc.Departments {
		heads[d.ID] = d.Head
	}
	for _, r := range doc.Roles {
		parent := ""
		if r.Department != "" && doc.Department(r.Department) != nil {
			parent = deptPrefix + string(r.Department)
		}
		id := rolePrefix + string(r.ID)
		if r.Department != "" && heads[r.Department] == r.ID {
			kids[parent] = append([]widget.TreeNodeID{id}, kids[parent]...)
		} else {
			kids[parent] = append(kids[parent], id)
		}
	}
	for i := range doc.People {
		p := &doc.People[i]
		dept, ok := unassignedIn(doc, p)
		if !ok {
			continue
		}
		group := unassignedPrefix + string(dept)
		if len(kids[group]) == 0 {
			parent := ""
			if dept != "" {
				parent = deptPrefix + string(dept)
			}
			kids[parent] = append(kids[parent], group)
		}
		kids[group] = append(kids[group], personPrefix+string(p.ID))
	}
	for _, d := range doc.Departments {
		parent := ""
		if d.Parent != "" && doc.Department(d.Parent) != nil {
			parent = deptPrefix + string(d.Parent)
		}
		kids[parent] = append(kids[parent], deptPrefix+string(d.ID))
	}
	return kids
}

func (o *outline) openInitial() {
	if len(o.doc.Departments)+len(o.doc.Roles) <= openAllLimit {
		o.tree.OpenAllBranches()
		return
	}
	for _, uid := range o.children[""] {
		if strings.HasPrefix(uid, deptPrefix) {
			o.tree.OpenBranch(uid)
		}
	}
}

// show selects s in the tree without calling onSelect, opening its
// ancestors and scrolling it into view. Kinds the tree has no node for
// clear the tree's selection.
func (o *outline) show(s Selection) {
	o.quiet = true
	defer func() { o.quiet = false }()
	uid := nodeID(s)
	if uid == "" || !o.known(uid) {
		o.current = ""
		o.tree.UnselectAll()
		return
	}
	o.current = uid
	for _, a := range o.ancestors(s) {
		o.tree.OpenBranch(a)
	}
	o.tree.Select(uid)
	o.tree.ScrollTo(uid)
}

func (o *outline) known(uid widget.TreeNodeID) bool {
	s, ok := selectionOf(uid)
	if !ok || o.doc == nil {
		return false
	}
	if s.Kind == chart.KindPerson {
		_, ok := unassignedIn(o.doc, o.doc.Person(s.ID))
		return ok
	}
	return s.exists(o.doc)
}

// ancestors returns the department nodes above s, outermost first.
func (o *outline) ancestors(s Selection) []widget.TreeNodeID {
	dept := s.ID
	var group []widget.TreeNodeID
	if s.Kind == chart.KindPerson {
		var ok bool
		if dept, ok = unassignedIn(o.doc, o.doc.Person(s.ID)); !ok {
			return nil
		}
		group = []widget.TreeNodeID{unassignedPrefix + string(dept)}
	} else if s.Kind == chart.KindRole {
		r := o.doc.Role(s.ID)
		if r == nil {
			return nil
		}
		dept = r.Department
	} else if d := o.doc.Department(s.ID); d != nil {
		dept = d.Parent
	}
	var out []widget.TreeNodeID
	for up := range o.doc.Chain(dept) {
		if o.doc.Department(up) == nil {
			break
		}
		out = append([]widget.TreeNodeID{deptPrefix + string(up)}, out...)
	}
	return append(out, group...)
}

func (o *outline) onTreeSelected(uid widget.TreeNodeID) {
	o.current = uid
	if o.quiet {
		return
	}
	if s, ok := selectionOf(uid); ok && o.onSelect != nil {
		o.onSelect(s)
	}
}

// --- tree nodes ---

// outlineRow is one tree node: a department-colour swatch, a kind icon,
// the name and the headcount (filled/planned).
type outlineRow struct {
	widget.BaseWidget
	swatch *canvas.Rectangle
	icon   *widget.Icon
	name   *widget.Label
	count  *widget.Label

	o      *outline
	person data.ID       // the person this row shows, "" for other rows
	dragAt fyne.Position // the pointer during a drag, absolute
}

func newOutlineRow() *outlineRow {
	r := &outlineRow{
		swatch: canvas.NewRectangle(color.Transparent),
		icon:   widget.NewIcon(nil),
		name:   widget.NewLabel(""),
		count:  widget.NewLabel(""),
	}
	r.name.Truncation = fyne.TextTruncateEllipsis
	r.swatch.SetMinSize(fyne.NewSize(theme.Padding(), theme.IconInlineSize()))
	r.swatch.CornerRadius = theme.Padding() / 2
	r.ExtendBaseWidget(r)
	return r
}

func (r *outlineRow) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewBorder(nil, nil,
		container.NewHBox(container.NewCenter(r.swatch), r.icon), r.count, r.name))
}

func (o *outline) updateNode(uid widget.TreeNodeID, _ bool, obj fyne.CanvasObject) {
	r := obj.(*outlineRow)
	r.o, r.person = o, ""
	if o.doc == nil {
		return
	}
	if strings.HasPrefix(uid, unassignedPrefix) {
		dept := data.ID(uid[len(unassignedPrefix):])
		r.name.SetText(i18n.L("Unassigned"))
		r.name.TextStyle = fyne.TextStyle{Italic: true}
		r.icon.SetResource(theme.AccountIcon())
		r.swatch.FillColor = o.colors[dept]
		r.count.SetText(i18n.L("%d people", len(o.children[uid])))
		r.count.Importance = widget.WarningImportance
		r.name.Refresh()
		r.count.Refresh()
		r.swatch.Refresh()
		return
	}
	s, ok := selectionOf(uid)
	if !ok {
		return
	}
	switch s.Kind {
	case chart.KindDepartment:
		d := o.doc.Department(s.ID)
		if d == nil {
			return
		}
		c := o.counts.Department[d.ID]
		r.name.SetText(d.Name)
		r.name.TextStyle = fyne.TextStyle{Bold: true}
		r.icon.SetResource(theme.FolderIcon())
		r.swatch.FillColor = legibleStripe(o.colors[d.ID])
		r.count.SetText(fmt.Sprintf("%d/%d", c.Filled, c.Planned))
		r.count.Importance = vacancyImportance(c)
	case chart.KindRole:
		role := o.doc.Role(s.ID)
		if role == nil {
			return
		}
		c := o.counts.Role[role.ID]
		r.name.SetText(role.Title)
		r.name.TextStyle = fyne.TextStyle{}
		r.icon.SetResource(theme.AccountIcon())
		r.swatch.FillColor = legibleStripe(o.colors[role.Department])
		r.count.SetText(fmt.Sprintf("%d/%d", c.Filled, c.Planned))
		r.count.Importance = vacancyImportance(c)
	case chart.KindPerson:
		p := o.doc.Person(s.ID)
		if p == nil {
			return
		}
		r.person = p.ID
		r.name.SetText(p.Name)
		r.name.TextStyle = fyne.TextStyle{}
		r.icon.SetResource(theme.AccountIcon())
		r.swatch.FillColor = color.Transparent
		r.count.SetText(p.Number)
		r.count.Importance = widget.LowImportance
	}
	r.name.Refresh()
	r.count.Refresh()
	r.swatch.Refresh()
}

// vacancyImportance colours a headcount: warning when posts are open.
func vacancyImportance(c app.Count) widget.Importance {
	if c.Vacancy > 0 {
		return widget.WarningImportance
	}
	return widget.LowImportance
}

// --- search ---

func (o *outline) onQuery(q string) {
	results := o.results
	if strings.TrimSpace(q) == "" {
		o.hits = nil
		results.Hide()
		o.tree.Show()
	} else {
		o.hits = rankHits(app.Search(o.doc, q))
		o.tree.Hide()
		results.Show()
		o.noHits.Hidden = len(o.hits) > 0
	}
	o.hitList.UnselectAll()
	o.hitList.Refresh()
	o.content.Refresh()
	if o.onHits != nil {
		o.onHits(o.hits)
	}
}

// rankHits puts hits on names and titles first, then numbers and codes,
// then matches in longer text, keeping document order within each group
// (typing "seo" should offer the SEO role before roles that mention SEO),
// and keeps one hit per object, its best.
func rankHits(hits []app.Hit) []app.Hit {
	rank := func(h app.Hit) int {
		switch h.Field {
		case "name", "title":
			return 0
		case "number", "code":
			return 1
		}
		return 2
	}
	slices.SortStableFunc(hits, func(a, b app.Hit) int { return rank(a) - rank(b) })
	type key struct {
		kind app.HitKind
		id   data.ID
	}
	seen := make(map[key]bool, len(hits))
	return slices.DeleteFunc(hits, func(h app.Hit) bool {
		k := key{h.Kind, h.ID}
		dup := seen[k]
		seen[k] = true
		return dup
	})
}

func (o *outline) chooseHit(i int) {
	if i < 0 || i >= len(o.hits) {
		return
	}
	if o.onHit != nil {
		o.onHit(o.hits[i])
	}
}

// hitRow is one search hit: a kind icon, the object's name and a detail
// line saying where it is and what matched.
type hitRow struct {
	widget.BaseWidget
	icon         *widget.Icon
	name, detail *widget.Label
}

func newHitRow() fyne.CanvasObject {
	h := &hitRow{icon: widget.NewIcon(nil), name: widget.NewLabel(""), detail: widget.NewLabel("")}
	h.name.Truncation = fyne.TextTruncateEllipsis
	h.name.TextStyle = fyne.TextStyle{Bold: true}
	h.detail.Truncation = fyne.TextTruncateEllipsis
	h.detail.SizeName = theme.SizeNameCaptionText
	h.ExtendBaseWidget(h)
	return h
}

func (h *hitRow) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewBorder(nil, nil, h.icon, nil,
		container.New(layout.NewCustomPaddedVBoxLayout(0), h.name, h.detail)))
}

func (o *outline) updateHitRow(i widget.ListItemID, obj fyne.CanvasObject) {
	if i >= len(o.hits) {
		return
	}
	row := obj.(*hitRow)
	name, detail := hitText(o.doc, o.hits[i])
	row.icon.SetResource(hitIcon(o.hits[i].Kind))
	row.name.SetText(name)
	row.detail.SetText(detail)
}

func hitIcon(k app.HitKind) fyne.Resource {
	switch k {
	case app.HitDepartment:
		return theme.FolderIcon()
	case app.HitPerson:
		return theme.AccountIcon()
	case app.HitProject:
		return theme.ListIcon()
	}
	return theme.DocumentIcon()
}

// hitText gives a hit's object name and a detail line: where it is and,
// when the match is not in the name, the matching text.
func hitText(doc *data.Document, h app.Hit) (name, detail string) {
	var where string
	switch h.Kind {
	case app.HitDepartment:
		if d := doc.Department(h.ID); d != nil {
			name, where = d.Name, i18n.L("Department")
		}
	case app.HitRole:
		if r := doc.Role(h.ID); r != nil {
			name, where = r.Title, deptName(doc, r.Department)
		}
	case app.HitPerson:
		if p := doc.Person(h.ID); p != nil {
			name, where = p.Name, i18n.L("Person")
			if r := doc.Role(p.Role); r != nil {
				where = r.Title
			}
		}
	case app.HitProject:
		if t := doc.Project(h.ID); t != nil {
			name, where = t.Name, i18n.L("Project team")
		}
	}
	switch h.Field {
	case "name", "title":
		return name, where
	}
	return name, where + " · " + i18n.L("%s: ", fieldName(h.Field)) + h.Text
}

func fieldName(f string) string {
	switch f {
	case "positioning":
		return i18n.L("Positioning")
	case "code":
		return i18n.L("Code")
	case "purpose":
		return i18n.L("Purpose")
	case "responsibility":
		return i18n.L("Responsibility")
	case "number":
		return i18n.L("Employee no.")
	}
	return i18n.L("Other")
}

// deptName names a department, or the company level for "".
func deptName(doc *data.Document, id data.ID) string {
	if d := doc.Department(id); d != nil {
		return d.Name
	}
	return i18n.L("Company level")
}

// outlineTree is the outline's widget.Tree with F2 (rename) and Delete
// handled while it has the keyboard focus.
type outlineTree struct {
	widget.Tree
	o *outline
}

var _ fyne.Focusable = (*outlineTree)(nil)

func newOutlineTree(o *outline) *outlineTree {
	t := &outlineTree{o: o}
	t.ChildUIDs = func(uid widget.TreeNodeID) []widget.TreeNodeID { return o.children[uid] }
	t.IsBranch = func(uid widget.TreeNodeID) bool {
		return uid == "" || strings.HasPrefix(uid, deptPrefix) || strings.HasPrefix(uid, unassignedPrefix)
	}
	t.CreateNode = func(bool) fyne.CanvasObject { return newOutlineRow() }
	t.UpdateNode = o.updateNode
	t.OnSelected = o.onTreeSelected
	t.ExtendBaseWidget(t)
	return t
}

// TypedKey gives F2 and Delete to the window before the tree's own keys.
func (t *outlineTree) TypedKey(e *fyne.KeyEvent) {
	if t.o.onKey != nil && t.o.onKey(e) {
		return
	}
	t.Tree.TypedKey(e)
}
