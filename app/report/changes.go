package report

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"

	"orgdesigner/app/chart"
	"orgdesigner/app/compare"
	"orgdesigner/app/cost"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// ChangeOptions control a change report.
type ChangeOptions struct {
	// Options: Paper, Landscape (of the text pages), Date, NormalisePunct
	// and Progress apply; the role-sheet and booklet options are ignored.
	Options
	// NameA and NameB name the two organisations compared, e.g. 当前组织
	// and 成长期方案; empty names print as "Before" and "After".
	NameA, NameB string
	// Lang is the report's language ("zh" or "en"); empty means the
	// content language of B.
	Lang string
}

// Changes writes the change report of a comparison (变更报告): a title
// with both names and the date, a summary table of headcount and personnel
// cost before and after with the differences, the changes department by
// department (each a sentence, under the department's headcount and cost
// before → after), then the charts of what changed: each department with
// a change before and after (side by side when both fit), the company's
// top level for company-level changes, none when nothing changed (see
// regions), with the changed cards outlined in colour. The running header
// and footer carry B's print settings (version, confidentiality) as the
// booklet does.
func Changes(ctx context.Context, out io.Writer, res *compare.Result, opt ChangeOptions) (Result, error) {
	if res == nil || res.A == nil || res.B == nil {
		return Result{}, fmt.Errorf("%w: %s", data.ErrInvalid, i18n.L("There is no comparison to print."))
	}
	o := opt.Options
	o.Department, o.Poster, o.Sections, o.BlankForm = "", "", nil, false
	w, err := newWriter(ctx, res.B, o)
	if err != nil {
		return Result{}, err
	}
	if opt.Lang != "" {
		w.lang = i18n.Normalize(opt.Lang)
		w.san.punct = w.lang == i18n.Chinese && (o.NormalisePunct || res.B.Org.NormalisePunct)
		w.pdf.SetLang(map[string]string{i18n.Chinese: "zh-CN", i18n.English: "en"}[w.lang])
	}
	cr := &changeReport{w: w, res: res, a: newFacts(res.A), g: &pageGroup{},
		nameA: strings.TrimSpace(opt.NameA), nameB: strings.TrimSpace(opt.NameB)}
	if cr.nameA == "" {
		cr.nameA = i18n.In(w.lang, "Before")
	}
	if cr.nameB == "" {
		cr.nameB = i18n.In(w.lang, "After")
	}
	cr.priced = (res.CostA != nil && priced(res.A)) || (res.CostB != nil && priced(res.B))
	title := i18n.In(w.lang, "Organisation Change Report")
	w.setMeta(i18n.In(w.lang, "%s — %s", title, w.orgName()),
		i18n.In(w.lang, "Changes from %s to %s", cr.nameA, cr.nameB))
	regions := cr.regions()
	prog := newProgress(opt.Progress, len(res.Groups)+2+len(regions))
	steps := 0
	step := func() error {
		steps++
		prog.built(steps)
		return w.cancelled()
	}
	cr.summary()
	if err := step(); err != nil {
		return Result{}, err
	}
	cr.heading(i18n.In(w.lang, "Changes by department"), 6)
	if len(res.Groups) == 0 {
		w.add(lineUnit(w.san.clean(i18n.In(w.lang, "The two organisations are the same."), title), marginX,
			w.contentWidth(o.Landscape), stBody, "L"))
	} else {
		w.add(cr.legend())
	}
	for i := range res.Groups {
		if g := &res.Groups[i]; g.Department == "" && len(g.Changes) == 0 {
			continue // the company totals, which the summary has
		}
		cr.group(&res.Groups[i])
		if err := step(); err != nil {
			return Result{}, err
		}
	}
	cr.chartsNote(len(regions))
	if err := step(); err != nil {
		return Result{}, err
	}
	before, after := cr.marksBefore(), cr.marksAfter()
	for _, r := range regions {
		var pa, pb []*chartPart
		if r.inA {
			pa = cr.plan(res.A, cr.a, r.id, i18n.In(w.lang, "Before: %s", cr.nameA), before)
		}
		if r.inB {
			pb = cr.plan(res.B, w.facts, r.id, i18n.In(w.lang, "After: %s", cr.nameB), after)
		}
		if !cr.pair(pa, pb) {
			w.chartPages(pa, cr.g)
			w.chartPages(pb, cr.g)
		}
		if err := step(); err != nil {
			return Result{}, err
		}
	}
	return w.finish(out, prog)
}

// changeReport holds a change report being built. The writer's document
// and facts are B's; a holds A's.
type changeReport struct {
	w            *writer
	res          *compare.Result
	a            *facts
	g            *pageGroup
	nameA, nameB string
	priced       bool // some role of A or B has a salary band
}

// Colours of the kinds of change: the bullets of the change list and the
// outlines of the changed cards on the charts.
var (
	colAdded   = rgb{0x2E, 0x8B, 0x57}
	colRemoved = colVacancy
	colMoved   = colOver
	colChanged = rgb{0x2D, 0x6C, 0xDF}
)

// spec is the layout of the report's text pages.
func (cr *changeReport) spec() *pageSpec {
	w := cr.w
	title := i18n.In(w.lang, "Organisation Change Report")
	return &pageSpec{landscape: w.opt.Landscape, group: cr.g, left: w.san.clean(w.orgName(), w.orgName()),
		right: w.san.clean(title, title)}
}

// heading is a section heading with its bookmark and a rule below.
func (cr *changeReport) heading(title string, space float64) {
	w := cr.w
	width := w.contentWidth(w.opt.Landscape)
	if space > 0 {
		w.add(spacer(space))
	}
	w.add(w.heading(title, stHeading, marginX, width, "L", nil, 0)...)
	w.add(rule(marginX, width, colAccent, 0.4, 0.5, 3))
	w.units[len(w.units)-1].keep = true
}

// summary adds the first page: the title, the two names, the date, the
// summary table and how the costs are computed.
func (cr *changeReport) summary() {
	w, res := cr.w, cr.res
	width := w.contentWidth(w.opt.Landscape)
	x := marginX
	title := i18n.In(w.lang, "Organisation Change Report")
	w.add(newPage(cr.spec(), nil))
	w.add(w.heading(title, textStyle{sizeTitle, 10, colAccent}, x, width, "L", nil, 0)...)
	w.add(w.heading(i18n.In(w.lang, "%s → %s", cr.nameA, cr.nameB), textStyle{sizeH1, 8, colText}, x, width, "L", nil, -1)...)
	w.add(lineUnit(w.fit(w.san.clean(i18n.In(w.lang, "%s · %s", w.orgName(), w.date(true)), title), width, sizeBody),
		x, width, textStyle{sizeBody, 6, colMuted}, "L"))
	w.add(rule(x, width, colAccent, 0.5, 1, 5))

	cr.heading(i18n.In(w.lang, "Summary"), 0)
	depts := 0
	for _, g := range res.Groups {
		if g.Department != "" && len(g.Changes) > 0 {
			depts++
		}
	}
	w.add(w.paragraph(i18n.In(w.lang, "%d changes in %d departments.", len(res.Changes), depts), x, width, stBody, title)...)
	w.add(spacer(2))
	// On wide paper the table keeps a portrait page's width: figures far
	// from their labels are hard to read across.
	tw := min(width, 180)
	t := &table{x: x, st: textStyle{9.5, 4.9, colText}, where: title, cols: []column{
		{title: "", width: tw * 0.31, align: "L"},
		{title: cr.nameA, width: tw * 0.23, align: "R"},
		{title: cr.nameB, width: tw * 0.23, align: "R"},
		{title: i18n.In(w.lang, "Difference"), width: tw * 0.23, align: "R"},
	}}
	w.add(w.header(t))
	count := func(label string, a, b int) {
		w.add(w.row(t, []string{label, strconv.Itoa(a), strconv.Itoa(b), countDiff(b - a)},
			rowLook{colors: []rgb{colText, colText, colText, diffColor(float64(b - a))}})...)
	}
	ha, hb := res.HeadsA.Company, res.HeadsB.Company
	count(i18n.In(w.lang, "Number of departments"), len(res.A.Departments), len(res.B.Departments))
	count(i18n.In(w.lang, "Number of roles"), len(res.A.Roles), len(res.B.Roles))
	count(i18n.In(w.lang, "Planned headcount"), ha.Planned, hb.Planned)
	count(i18n.In(w.lang, "Filled"), ha.Filled, hb.Filled)
	count(i18n.In(w.lang, "Vacant"), ha.Vacancy, hb.Vacancy)
	count(i18n.In(w.lang, "Project teams"), len(res.A.Projects), len(res.B.Projects))
	if cr.priced {
		ca, cb := amount(res.CostA), amount(res.CostB)
		sum := func(label string, a, b float64) {
			w.add(w.row(t, []string{label, money(a), money(b), moneyDiff(b - a)},
				rowLook{fill: &colSubtot, colors: []rgb{colAccent, colText, colText, diffColor(b - a)}})...)
		}
		sum(i18n.In(w.lang, "Planned cost per month"), ca.PlannedMonthly, cb.PlannedMonthly)
		sum(i18n.In(w.lang, "Filled cost per month"), ca.FilledMonthly, cb.FilledMonthly)
		sum(i18n.In(w.lang, "Planned cost per year"), ca.PlannedYearly, cb.PlannedYearly)
		sum(i18n.In(w.lang, "Filled cost per year"), ca.FilledYearly, cb.FilledYearly)
		w.add(spacer(2))
		cr.costNotes(x, width, title)
	}
}

// costNotes explain the cost figures: how they are computed (on each side
// when the sides differ) and the roles left out for want of a band.
func (cr *changeReport) costNotes(x, width float64, where string) {
	w, res := cr.w, cr.res
	var notes []string
	switch {
	case res.CostA == nil || !priced(res.A):
		notes = append(notes, w.costNote(res.CostB))
	case res.CostB == nil || !priced(res.B):
		notes = append(notes, w.costNote(res.CostA))
	case w.costNote(res.CostA) == w.costNote(res.CostB):
		notes = append(notes, w.costNote(res.CostB))
	default:
		notes = append(notes, i18n.In(w.lang, "%s: %s", cr.nameA, w.costNote(res.CostA)),
			i18n.In(w.lang, "%s: %s", cr.nameB, w.costNote(res.CostB)))
	}
	for _, side := range []struct {
		name string
		r    *cost.Rollup
	}{{cr.nameA, res.CostA}, {cr.nameB, res.CostB}} {
		if side.r != nil && len(side.r.Unpriced) > 0 {
			notes = append(notes, i18n.In(w.lang, "%s: roles without a salary band (their cost is not counted): %d", side.name, len(side.r.Unpriced)))
		}
	}
	for _, n := range notes {
		w.add(w.paragraph(n, x, width, stSmall, where)...)
	}
}

// amount is a roll-up's company total; zero for none.
func amount(r *cost.Rollup) cost.Amount {
	if r == nil {
		return cost.Amount{}
	}
	return r.Company
}

// diffColor colours a difference: a change in the accent colour, none
// muted. More is not better or worse in itself (a vacancy, a cost), so
// the colours do not judge.
func diffColor(v float64) rgb {
	if v > 0.5 || v < -0.5 {
		return colAccent
	}
	return colMuted
}

// legend explains the bullet colours of the change list.
func (cr *changeReport) legend() *unit {
	w := cr.w
	items := []struct {
		c     rgb
		label string
	}{
		{colAdded, i18n.In(w.lang, "added")},
		{colRemoved, i18n.In(w.lang, "removed")},
		{colMoved, i18n.In(w.lang, "moved")},
		{colChanged, i18n.In(w.lang, "changed")},
	}
	u := &unit{h: lineSmall + 2, keep: true, draw: func(w *writer, y float64, _ placing) {
		x := marginX
		for _, it := range items {
			w.pdf.SetFillColor(it.c.r, it.c.g, it.c.b)
			w.pdf.Circle(x+1.2, y+lineSmall/2, 1.2, "F")
			w.text(x+3.5, y, 40, lineSmall, it.label, sizeSmall, colMuted, "L")
			x += 3.5 + w.width(it.label, sizeSmall) + 6
		}
	}}
	return u
}

// group adds one department's changes: its heading, its headcount and
// cost before → after, and a sentence for each change.
func (cr *changeReport) group(g *compare.Group) {
	w := cr.w
	width := w.contentWidth(w.opt.Landscape)
	x := marginX
	name := g.Name
	_, inA := cr.a.dept[g.Department]
	_, inB := w.facts.dept[g.Department]
	switch {
	case g.Department == "":
		name = i18n.In(w.lang, "Company level")
	case !inB && inA:
		name = i18n.In(w.lang, "%s (removed)", name)
	case inB && !inA:
		name = i18n.In(w.lang, "%s (new)", name)
	}
	var swatch *rgb
	if g.Department != "" {
		doc := cr.res.B
		if !inB {
			doc = cr.res.A
		}
		c := toRGB(chart.Colors(doc)[g.Department])
		swatch = &c
	}
	w.add(spacer(3))
	w.units[len(w.units)-1].keep = true
	w.add(w.deptHeading(name, swatch, nil, x, width)...)
	// The company-level group carries the company's totals, which the
	// summary table shows: its changes are listed without them.
	if g.Department != "" {
		heads := i18n.In(w.lang, "Planned %s · filled %s · vacant %s", arrow(g.HeadsA.Planned, g.HeadsB.Planned),
			arrow(g.HeadsA.Filled, g.HeadsB.Filled), arrow(g.HeadsA.Vacancy, g.HeadsB.Vacancy))
		stats := w.paragraph(heads, x, width, stSmall, name)
		if cr.priced {
			c := i18n.In(w.lang, "Cost per month: planned %s · filled %s", moneyArrow(g.CostA.PlannedMonthly, g.CostB.PlannedMonthly),
				moneyArrow(g.CostA.FilledMonthly, g.CostB.FilledMonthly))
			stats = append(stats, w.paragraph(c, x, width, stSmall, name)...)
		}
		w.add(withKeep(stats, true)...)
	}
	w.add(spacer(1))
	w.units[len(w.units)-1].keep = true
	for _, c := range g.Changes {
		bullet := textStyle{sizeBody, lineBody, kindColor(c.Kind)}
		w.add(w.hanging("●", compare.Sentence(w.lang, cr.res, c), x+1, 5, width-1, stBody, bullet, name)...)
	}
}

// arrow is "a → b (+d)", or just "a" when nothing changed.
func arrow(a, b int) string {
	if a == b {
		return strconv.Itoa(a)
	}
	return fmt.Sprintf("%d → %d (%s)", a, b, countDiff(b-a))
}

// moneyArrow is "¥a → ¥b (+¥d)", or just "¥a" when nothing changed.
func moneyArrow(a, b float64) string {
	if moneyDiff(b-a) == "0" {
		return money(a)
	}
	return fmt.Sprintf("%s → %s (%s)", money(a), money(b), moneyDiff(b-a))
}

// kindColor is the colour of a kind of change.
func kindColor(k compare.Kind) rgb {
	switch k {
	case compare.DeptAdded, compare.RoleAdded, compare.PersonAdded, compare.ProjectAdded:
		return colAdded
	case compare.DeptRemoved, compare.RoleRemoved, compare.PersonRemoved, compare.ProjectRemoved:
		return colRemoved
	case compare.DeptMoved, compare.RoleMoved, compare.PersonMoved:
		return colMoved
	}
	return colChanged
}

// marksBefore outlines, on the chart before, what is removed (red), what
// moves (amber) and what is renamed or changed (blue), so a card renamed
// on the chart after is found under its old name too; removed beats moved
// beats changed.
func (cr *changeReport) marksBefore() map[chart.Kind]map[data.ID]rgb {
	return marks(cr.res.Changes, map[rgb]int{colRemoved: 3, colMoved: 2, colChanged: 1})
}

// marksAfter outlines, on the chart after, what is added (green), what
// moved (amber) and what changed (blue); added beats moved beats changed.
func (cr *changeReport) marksAfter() map[chart.Kind]map[data.ID]rgb {
	return marks(cr.res.Changes, map[rgb]int{colAdded: 3, colMoved: 2, colChanged: 1})
}

// marks colours the cards the changes concern on one side's chart: only
// the colours rank has (added on the chart after, removed on the chart
// before), a higher rank winning.
func marks(changes []compare.Change, rank map[rgb]int) map[chart.Kind]map[data.ID]rgb {
	m := newMarks()
	set := func(k chart.Kind, id data.ID, c rgb) {
		if _, shown := rank[c]; !shown {
			return
		}
		if old, ok := m[k][id]; !ok || rank[c] > rank[old] {
			m[k][id] = c
		}
	}
	for _, c := range changes {
		switch c.Kind {
		case compare.DeptAdded:
			set(chart.KindDepartment, c.ID, colAdded)
		case compare.RoleAdded:
			set(chart.KindRole, c.ID, colAdded)
		case compare.DeptRemoved:
			set(chart.KindDepartment, c.ID, colRemoved)
		case compare.RoleRemoved:
			set(chart.KindRole, c.ID, colRemoved)
		case compare.DeptMoved:
			set(chart.KindDepartment, c.ID, colMoved)
		case compare.RoleMoved:
			set(chart.KindRole, c.ID, colMoved)
		case compare.DeptRenamed, compare.DeptChanged:
			set(chart.KindDepartment, c.ID, colChanged)
		case compare.RoleRenamed, compare.RoleCardChanged, compare.PlannedChanged:
			set(chart.KindRole, c.ID, colChanged)
		}
	}
	return m
}

func newMarks() map[chart.Kind]map[data.ID]rgb {
	return map[chart.Kind]map[data.ID]rgb{chart.KindDepartment: {}, chart.KindRole: {}}
}

// plan splits the chart of one side for one region (a department, ""
// the company's top level), drawn from doc, titled heading and the
// region's place, with the changed cards outlined.
func (cr *changeReport) plan(doc *data.Document, f *facts, region data.ID, heading string, marks map[chart.Kind]map[data.ID]rgb) []*chartPart {
	w := cr.w
	keepDoc, keepFacts := w.doc, w.facts
	w.doc, w.facts = doc, f
	parts := w.planScope(region)
	w.doc, w.facts = keepDoc, keepFacts
	for _, p := range parts {
		p.heading = heading
		p.marks = marks
	}
	if len(parts) > 0 {
		parts[0].title = cr.placeTitle(f, region)
	}
	return parts
}

// pair prints a region's chart before and after side by side on one
// page, each under its caption, when each is one page and both fit across
// at a readable scale (7 pt or more); false when they do not, for the
// caller to print them one after the other.
func (cr *changeReport) pair(pa, pb []*chartPart) bool {
	if len(pa) != 1 || len(pb) != 1 {
		return false
	}
	a, b := pa[0], pb[0]
	if len(a.tiles) != 1 || len(b.tiles) != 1 || a.poster != nil || b.poster != nil {
		return false
	}
	w := cr.w
	aw, ah := w.chartArea()
	s := min(a.scale, b.scale, (aw-packGap)/(a.bounds.W+b.bounds.W),
		(ah-captionH)/a.bounds.H, (ah-captionH)/b.bounds.H)
	if s < minScale {
		return false
	}
	a.scale, b.scale = s, s
	a.tiles[0], b.tiles[0] = a.bounds, b.bounds
	a.caption, b.caption = a.heading, b.heading
	a.heading = i18n.In(w.lang, "Before and after: %s → %s", cr.nameA, cr.nameB)
	if a.title != b.title { // a renamed department
		a.title = i18n.In(w.lang, "%s → %s", a.title, b.title)
	}
	b.heading, b.title = a.heading, ""
	b.shared, b.pages[0] = true, a.pages[0]
	w.chartPages([]*chartPart{a, b}, cr.g)
	return true
}

// placeTitle names a region on its chart pages: the department with the
// departments above it ("运营中心 / 第3运营小组"), or the company level.
func (cr *changeReport) placeTitle(f *facts, id data.ID) string {
	l := cr.w.lang
	d := f.dept[id]
	if d == nil {
		return i18n.In(l, "Company level")
	}
	name := d.Name
	seen := map[data.ID]bool{id: true}
	for p := f.dept[d.Parent]; p != nil && !seen[p.ID]; p = f.dept[p.Parent] {
		seen[p.ID] = true
		name = i18n.In(l, "%s / %s", p.Name, name)
	}
	return name
}

// region is a part of the organisation the change report draws before and
// after: a department with changes, or "" the company's top level.
type region struct {
	id       data.ID
	inA, inB bool // the department exists before / after
}

// regions lists the parts of the organisation with changes, each drawn
// with its sub-departments folded: the department of every changed role
// and of every person who changes (on both sides of a move), every
// department added, removed, moved, renamed or changed, and the parent a
// department is added to, removed from or moved between. A company-level
// role or person, or a top-level department added, removed or moved, puts
// the company's top level (its roles and top-level departments) first.
// Project teams are not on the chart: their changes draw none. The
// departments follow B's chart order, then the removed ones in A's.
func (cr *changeReport) regions() []region {
	a, b := cr.a, cr.w.facts
	want := map[data.ID]bool{}
	company := false
	dept := func(id data.ID) {
		if id == "" {
			company = true
		} else {
			want[id] = true
		}
	}
	parent := func(f *facts, id data.ID) {
		if d := f.dept[id]; d != nil {
			if f.dept[d.Parent] != nil {
				dept(d.Parent)
			} else {
				dept("")
			}
		}
	}
	roleDept := func(f *facts, id data.ID) {
		if r := f.role[id]; r != nil {
			dept(f.deptOf(r))
		}
	}
	personDept := func(f *facts, id data.ID) {
		if p := f.person[id]; p != nil {
			if r := f.role[p.Role]; r != nil {
				dept(f.deptOf(r))
				return
			}
			if f.dept[p.Department] != nil {
				dept(p.Department)
				return
			}
			dept("")
		}
	}
	for _, c := range cr.res.Changes {
		switch c.Kind {
		case compare.DeptAdded, compare.DeptRemoved, compare.DeptMoved:
			dept(c.ID)
			parent(a, c.ID)
			parent(b, c.ID)
		case compare.DeptRenamed, compare.DeptChanged:
			dept(c.ID)
		case compare.RoleAdded, compare.RoleRemoved, compare.RoleMoved, compare.RoleRenamed,
			compare.RoleCardChanged, compare.PlannedChanged:
			roleDept(a, c.ID)
			roleDept(b, c.ID)
		case compare.PersonAdded, compare.PersonRemoved, compare.PersonMoved:
			personDept(a, c.ID)
			personDept(b, c.ID)
		}
	}
	var out []region
	if company {
		out = append(out, region{inA: true, inB: true})
	}
	for _, d := range b.depts {
		if want[d.ID] {
			out = append(out, region{id: d.ID, inA: a.dept[d.ID] != nil, inB: true})
		}
	}
	for _, d := range a.depts {
		if want[d.ID] && b.dept[d.ID] == nil {
			out = append(out, region{id: d.ID, inA: true})
		}
	}
	return out
}

// chartsNote says which charts follow: only the parts with changes, or
// none when nothing changed.
func (cr *changeReport) chartsNote(regions int) {
	w := cr.w
	width := w.contentWidth(w.opt.Landscape)
	title := i18n.In(w.lang, "Organisation chart diagram")
	cr.heading(title, 6)
	text := i18n.In(w.lang, "The charts show only the departments with changes, each before and after the change; departments inside them are folded (those with changes of their own have their own charts). Changed cards are outlined in the colours above.")
	if regions == 0 {
		text = i18n.In(w.lang, "No charts are printed: nothing on the chart changes.")
	}
	w.add(w.paragraph(text, marginX, width, stBody, title)...)
}
