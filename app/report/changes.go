package report

import (
	"context"
	"fmt"
	"io"
	"slices"
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
	cr.charted = map[data.ID]bool{}
	for _, r := range regions {
		cr.charted[r.id] = true
	}
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
	charts, err := cr.chooseCharts(regions, step)
	if err != nil {
		return Result{}, err
	}
	cr.chartsNote(len(regions), charts)
	if err := step(); err != nil {
		return Result{}, err
	}
	cr.printCharts(charts)
	return w.finish(out, prog)
}

// maxChartPages is what the charts of a change report may take: when the
// changed departments need more, only those with the most changes are
// drawn (the change list above has every change). Twelve landscape pages
// hold the charts of a dozen changed departments, or of a few big ones.
const maxChartPages = 12

// regionCharts is one region's charts planned: before (pa) and after
// (pb), either absent for a department added or removed.
type regionCharts struct {
	region
	pa, pb []*chartPart
}

// pages is how many pages the region's charts take printed alone: one
// when they fit side by side, else every page of their parts.
func (rc *regionCharts) pages(w *writer) int {
	if rc.single(w) && sharedScale(w, rc.parts()) >= minScale {
		return 1
	}
	return partPages(rc.pa) + partPages(rc.pb)
}

// parts are the region's charts, before then after.
func (rc *regionCharts) parts() []*chartPart { return slices.Concat(rc.pa, rc.pb) }

// single reports whether each side is one part on one page that can share
// a page with others at a readable scale, with its caption above it.
func (rc *regionCharts) single(w *writer) bool {
	if len(rc.pa) > 1 || len(rc.pb) > 1 {
		return false
	}
	_, ah := w.chartArea()
	for _, p := range rc.parts() {
		if len(p.tiles) != 1 || len(p.pages) != 1 || p.poster != nil || min(p.scale, (ah-captionH)/p.bounds.H) < minScale {
			return false
		}
	}
	return true
}

// chooseCharts plans the charts of the regions with the most changes
// first and keeps those that fit in maxChartPages (the first always
// does; one too big for what is left is passed over), and returns them
// in chart order. step is called after each region planned.
func (cr *changeReport) chooseCharts(regions []region, step func() error) ([]*regionCharts, error) {
	w := cr.w
	before, after := cr.marksBefore(), cr.marksAfter()
	order := make([]int, len(regions))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int { return regions[j].changes - regions[i].changes })
	chosen := map[int]*regionCharts{}
	inOrder := func() []*regionCharts {
		var out []*regionCharts
		for i := range regions {
			if rc := chosen[i]; rc != nil {
				out = append(out, rc)
			}
		}
		return out
	}
	pages := 0
	for _, i := range order {
		if pages >= maxChartPages {
			break
		}
		rc := cr.planRegion(regions[i], before, after)
		if err := step(); err != nil {
			return nil, err
		}
		chosen[i] = rc
		n := chartPageCount(w, inOrder())
		if len(chosen) > 1 && n > maxChartPages {
			delete(chosen, i) // a smaller one further down may still fit
			continue
		}
		pages = n
	}
	return inOrder(), nil
}

// planRegion plans a region's charts before and after. When each fits a
// page but the two do not fit side by side, their narrower layouts are
// tried too (a team stacked in columns rather than spread in a row), and
// the pair that fits across at the largest scale is kept.
func (cr *changeReport) planRegion(r region, before, after map[chart.Kind]map[data.ID]rgb) *regionCharts {
	w, res := cr.w, cr.res
	side := func(inB, narrow bool) []*chartPart {
		if inB {
			return cr.plan(res.B, w.facts, r.id, i18n.In(w.lang, "After: %s", cr.nameB), after, narrow)
		}
		return cr.plan(res.A, cr.a, r.id, i18n.In(w.lang, "Before: %s", cr.nameA), before, narrow)
	}
	rc := &regionCharts{region: r}
	if r.inA {
		rc.pa = side(false, false)
	}
	if r.inB {
		rc.pb = side(true, false)
	}
	if !r.inA || !r.inB || !rc.single(w) || sharedScale(w, rc.parts()) >= minScale {
		return rc
	}
	best, scale := rc, 0.0
	na, nb := side(false, true), side(true, true)
	for _, c := range []*regionCharts{{region: r, pa: na, pb: rc.pb}, {region: r, pa: rc.pa, pb: nb}, {region: r, pa: na, pb: nb}} {
		if c.single(w) {
			if s := sharedScale(w, c.parts()); s >= minScale && s > scale {
				best, scale = c, s
			}
		}
	}
	return best
}

// printCharts prints the chosen regions' charts in chart order (see
// arrange).
func (cr *changeReport) printCharts(charts []*regionCharts) {
	for _, g := range arrange(cr.w, charts) {
		if len(g) > 1 {
			cr.share(g)
		} else {
			cr.alone(g[0])
		}
	}
}

// arrange groups the regions' charts by page: the charts of consecutive
// small regions share a page side by side, each under its caption
// ("财务部（变更前）"), while they fit across at a readable scale; any
// other region is a group of its own, printed alone.
func arrange(w *writer, charts []*regionCharts) [][]*regionCharts {
	var groups [][]*regionCharts
	var run []*regionCharts
	flush := func() {
		if len(run) > 0 {
			groups = append(groups, run)
		}
		run = nil
	}
	for _, rc := range charts {
		if !rc.single(w) {
			flush()
			groups = append(groups, []*regionCharts{rc})
			continue
		}
		if len(run) > 0 && sharedScale(w, slices.Concat(partsOf(run), rc.parts())) < minScale {
			flush()
		}
		run = append(run, rc)
	}
	flush()
	return groups
}

// chartPageCount is how many pages printCharts takes for charts.
func chartPageCount(w *writer, charts []*regionCharts) int {
	n := 0
	for _, g := range arrange(w, charts) {
		if len(g) > 1 {
			n++
		} else {
			n += g[0].pages(w)
		}
	}
	return n
}

// alone prints one region's charts on pages of their own: before and
// after side by side when both fit (pair), else one after the other.
func (cr *changeReport) alone(rc *regionCharts) {
	if !cr.pair(rc.pa, rc.pb) {
		cr.w.chartPages(rc.pa, cr.g)
		cr.w.chartPages(rc.pb, cr.g)
	}
}

// partsOf lists the charts of regions, in order.
func partsOf(rs []*regionCharts) []*chartPart {
	var out []*chartPart
	for _, rc := range rs {
		out = append(out, rc.parts()...)
	}
	return out
}

// sharedScale is the scale at which parts fit side by side on one chart
// page, each under its caption: the smallest any of them prints at alone,
// lowered so they fit across and below their captions.
func sharedScale(w *writer, parts []*chartPart) float64 {
	aw, ah := w.chartArea()
	s, width := maxScale, 0.0
	for _, p := range parts {
		s = min(s, p.scale, (ah-captionH)/p.bounds.H)
		width += p.bounds.W
	}
	return min(s, (aw-packGap*float64(len(parts)-1))/width)
}

// share prints the charts of several small regions on one page, side by
// side at a common scale, each under its caption naming its department
// (by its own name: the full path is too long for a caption) and side;
// the page's title names the departments once each.
func (cr *changeReport) share(run []*regionCharts) {
	w := cr.w
	parts := partsOf(run)
	s := sharedScale(w, parts)
	heading := i18n.In(w.lang, "Before and after: %s → %s", cr.nameA, cr.nameB)
	for _, rc := range run {
		for _, p := range rc.parts() {
			before := p.doc == cr.res.A
			f := w.facts
			if before {
				f = cr.a
			}
			place := i18n.In(w.lang, "Company level")
			if d := f.dept[rc.id]; d != nil {
				place = d.Name
			}
			p.scale, p.tiles[0], p.heading = s, p.bounds, heading
			p.caption, p.title = i18n.In(w.lang, "%s (after)", place), ""
			if before {
				p.caption = i18n.In(w.lang, "%s (before)", place)
			}
			if p == rc.parts()[len(rc.parts())-1] { // its name after the change, or before when removed
				p.title = place
			}
		}
	}
	for _, p := range parts[1:] {
		p.shared, p.pages[0] = true, parts[0].pages[0]
	}
	w.chartPages(parts, cr.g)
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
	// charted holds the departments with changes (the regions).
	charted map[data.ID]bool
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
	// Every department block below is counted: those with changes of
	// their own, and those listed because a sub-department changed their
	// headcount or cost.
	depts, parents := 0, 0
	for _, g := range res.Groups {
		switch {
		case g.Department == "":
		case len(g.Changes) > 0:
			depts++
		default:
			parents++
		}
	}
	count := i18n.In(w.lang, "%d changes in %d departments.", len(res.Changes), depts)
	if parents > 0 {
		count = i18n.In(w.lang, "%d changes in %d departments; %d more departments are listed because their sub-departments changed.",
			len(res.Changes), depts, parents)
	}
	w.add(w.paragraph(count, x, width, stBody, title)...)
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
	row := func(label string, a, b int) {
		w.add(w.row(t, []string{label, strconv.Itoa(a), strconv.Itoa(b), countDiff(b - a)},
			rowLook{colors: []rgb{colText, colText, colText, diffColor(float64(b - a))}})...)
	}
	ha, hb := res.HeadsA.Company, res.HeadsB.Company
	row(i18n.In(w.lang, "Number of departments"), len(res.A.Departments), len(res.B.Departments))
	row(i18n.In(w.lang, "Number of roles"), len(res.A.Roles), len(res.B.Roles))
	row(i18n.In(w.lang, "Planned headcount"), ha.Planned, hb.Planned)
	row(i18n.In(w.lang, "Filled"), ha.Filled, hb.Filled)
	row(i18n.In(w.lang, "Vacant"), ha.Vacancy, hb.Vacancy)
	row(i18n.In(w.lang, "Project teams"), len(res.A.Projects), len(res.B.Projects))
	if cr.priced {
		ca, cb := amount(res.CostA), amount(res.CostB)
		// A side none of whose roles has a band is unknown, not ¥0: it
		// reads 未设薪酬 and there is no difference to give.
		va, vb := coverage(res.CostA), coverage(res.CostB)
		figure := func(v float64, c cost.Coverage) string {
			if c.Unknown() {
				return compare.NoBand(w.lang)
			}
			return money(v)
		}
		sum := func(label string, a, b float64) {
			diff, col := moneyDiff(b-a), diffColor(b-a)
			if va.Unknown() || vb.Unknown() {
				diff, col = "—", colMuted
			}
			w.add(w.row(t, []string{label, figure(a, va), figure(b, vb), diff},
				rowLook{fill: &colSubtot, colors: []rgb{colAccent, colText, colText, col}})...)
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

// coverage is how many of a roll-up's roles have a band; none for no
// roll-up.
func coverage(r *cost.Rollup) cost.Coverage {
	if r == nil {
		return cost.Coverage{}
	}
	return r.CompanyCoverage
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
			// Worded as the change list words it: 未设薪酬 where none of
			// the department's roles has a band, never ¥0.
			c := i18n.In(w.lang, "Cost per month: planned %s · filled %s",
				compare.CostChange(w.lang, g.CostA.PlannedMonthly, g.CostB.PlannedMonthly, g.CovA, g.CovB),
				compare.CostChange(w.lang, g.CostA.FilledMonthly, g.CostB.FilledMonthly, g.CovA, g.CovB))
			if g.CovA.Unknown() && g.CovB.Unknown() {
				c = i18n.In(w.lang, "Cost per month: %s", compare.NoBand(w.lang))
			}
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
//
// A department whose chart needs more than one page, or is cut into
// slices, is drawn again with what no change concerns folded
// (foldUnchanged); that drawing is kept when it takes fewer pages or
// slices.
func (cr *changeReport) plan(doc *data.Document, f *facts, region data.ID, heading string, marks map[chart.Kind]map[data.ID]rgb, narrow bool) []*chartPart {
	w := cr.w
	keepDoc, keepFacts := w.doc, w.facts
	w.doc, w.facts = doc, f
	parts := w.planScope(region, nil, narrow)
	if pages, tiles := partPages(parts), partTiles(parts); pages > 1 || tiles > 1 {
		if src := cr.foldUnchanged(f, region, marks); src != nil {
			if folded := w.planScope(region, src, narrow); partPages(folded) < pages || partPages(folded) == pages && partTiles(folded) < tiles {
				parts = folded
				for _, p := range parts {
					p.foldedQuiet = true
				}
			}
		}
	}
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

// partTiles counts the pieces parts are cut into.
func partTiles(parts []*chartPart) int {
	n := 0
	for _, p := range parts {
		n += len(p.tiles)
	}
	return n
}

// partPages counts the pages parts print on.
func partPages(parts []*chartPart) int {
	n := 0
	for _, p := range parts {
		if !p.shared {
			n += len(p.pages)
		}
	}
	return n
}

// foldUnchanged returns department id's branch (from f) with what no
// change concerns folded, so the totals stay right: the department's own
// roles (foldRoles) and its sub-departments without changes of their own
// or inside them (foldDepartments, one card "N more departments without
// changes" holding them). nil when there is little to fold. The company
// level is left as it is.
func (cr *changeReport) foldUnchanged(f *facts, id data.ID, marks map[chart.Kind]map[data.ID]rgb) *data.Document {
	d := f.dept[id]
	if d == nil {
		return nil
	}
	doc := f.branch(id)
	roles := cr.foldRoles(doc, d, marks[chart.KindRole])
	depts := cr.foldDepartments(doc, id, marks[chart.KindDepartment])
	if !roles && !depts {
		return nil
	}
	return doc
}

// foldDepartments puts the sub-departments of department id in doc that
// have no change (no mark, no chart of their own) under one new folded
// department, "N more departments without changes"; false when fewer
// than two would go.
func (cr *changeReport) foldDepartments(doc *data.Document, id data.ID, changed map[data.ID]rgb) bool {
	var quiet []int
	order := 0
	for i, sub := range doc.Departments {
		if sub.Parent != id {
			continue
		}
		order = max(order, sub.Order+1)
		if _, marked := changed[sub.ID]; !marked && !cr.charted[sub.ID] {
			quiet = append(quiet, i)
		}
	}
	if len(quiet) < 2 {
		return false
	}
	box := data.Department{ID: data.ID("fold~" + string(id)), Parent: id, Order: order,
		Name: i18n.In(cr.w.lang, "%d more departments without changes", len(quiet))}
	for _, i := range quiet {
		doc.Departments[i].Parent = box.ID
	}
	doc.Departments = append(doc.Departments, box)
	return true
}

// foldRoles folds the roles of department d in doc that no change
// concerns: in place of the roles below each role that stays (a changed
// one, the head, and the roles above them), one card "N more roles
// without changes" with their headcount and holders. false when there is
// little to fold.
func (cr *changeReport) foldRoles(doc *data.Document, d *data.Department, changed map[data.ID]rgb) bool {
	id := d.ID
	own := map[data.ID]*data.Role{}
	for i := range doc.Roles {
		if r := &doc.Roles[i]; r.Department == id {
			own[r.ID] = r
		}
	}
	keep := map[data.ID]bool{}
	keepUp := func(rid data.ID) {
		for r, n := own[rid], 0; r != nil && !keep[r.ID] && n <= len(own); r, n = own[r.ReportsTo], n+1 {
			keep[r.ID] = true
		}
	}
	keepUp(d.Head)
	for i := range doc.Roles {
		r := &doc.Roles[i]
		if _, ok := changed[r.ID]; ok && r.Department == id {
			keepUp(r.ID)
		}
		if r.Department != id { // a sub-department's role reporting here
			keepUp(r.ReportsTo)
		}
	}
	// Each folded role goes to the card under its nearest kept superior
	// ("" the department itself).
	under := func(r *data.Role) data.ID {
		for p, n := own[r.ReportsTo], 0; p != nil && n <= len(own); p, n = own[p.ReportsTo], n+1 {
			if keep[p.ID] {
				return p.ID
			}
		}
		return ""
	}
	groups := map[data.ID][]*data.Role{}
	var anchors []data.ID
	for i := range doc.Roles {
		r := &doc.Roles[i]
		if r.Department != id || keep[r.ID] {
			continue
		}
		a := under(r)
		if groups[a] == nil {
			anchors = append(anchors, a)
		}
		groups[a] = append(groups[a], r)
	}
	folded := 0
	for _, g := range groups {
		if len(g) > 1 {
			folded += len(g)
		}
	}
	if folded < 4 {
		return false
	}
	into := map[data.ID]data.ID{} // folded role → its card
	var cards []data.Role
	order := 0
	for _, r := range own {
		order = max(order, r.Order+1)
	}
	for _, a := range anchors {
		g := groups[a]
		if len(g) == 1 {
			keep[g[0].ID] = true
			continue
		}
		card := data.Role{ID: data.ID("fold~" + string(id) + "~" + string(a)), Department: id, ReportsTo: a, Order: order,
			Title: i18n.In(cr.w.lang, "%d more roles without changes", len(g))}
		for _, r := range g {
			card.Planned += r.Planned
			into[r.ID] = card.ID
		}
		cards = append(cards, card)
	}
	kept := doc.Roles[:0:0]
	for _, r := range doc.Roles {
		if into[r.ID] == "" {
			kept = append(kept, r)
		}
	}
	doc.Roles = append(kept, cards...)
	for i := range doc.People {
		if c := into[doc.People[i].Role]; c != "" {
			doc.People[i].Role = c
		}
	}
	return true
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
	if a.title != b.title { // a renamed department: its path, then its new name
		a.title = i18n.In(w.lang, "%s → %s", a.title, b.c.Nodes[b.root].Label)
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
	// changes counts the changes that concern the region: the charts of
	// the regions with the most are printed first.
	changes int
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
	want := map[data.ID]int{}
	company := 0
	dept := func(id data.ID) {
		if id == "" {
			company++
		} else {
			want[id]++
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
			}
			// Neither role nor department: the chart does not draw them
			// (no 未安排 card at company level), so no chart shows the
			// change; the list has it under the department they left.
		}
	}
	for _, c := range cr.res.Changes {
		switch c.Kind {
		case compare.DeptAdded, compare.DeptRemoved:
			dept(c.ID)
			parent(a, c.ID)
			parent(b, c.ID)
		case compare.DeptMoved:
			// Drawn where it left and where it arrived; its own chart
			// would be the same before and after.
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
	if company > 0 {
		out = append(out, region{inA: true, inB: true, changes: company})
	}
	for _, d := range b.depts {
		if n := want[d.ID]; n > 0 {
			out = append(out, region{id: d.ID, inA: a.dept[d.ID] != nil, inB: true, changes: n})
		}
	}
	for _, d := range a.depts {
		if n := want[d.ID]; n > 0 && b.dept[d.ID] == nil {
			out = append(out, region{id: d.ID, inA: true, changes: n})
		}
	}
	return out
}

// chartsNote says which charts follow: only the parts with changes, those
// with the most changes when not all of them fit (shown of regions), or
// none when nothing changed.
func (cr *changeReport) chartsNote(regions int, charts []*regionCharts) {
	shown := len(charts)
	w := cr.w
	width := w.contentWidth(w.opt.Landscape)
	title := i18n.In(w.lang, "Organisation chart diagram")
	cr.heading(title, 6)
	text := i18n.In(w.lang, "The charts show only the departments with changes, each before and after the change; departments inside them are folded (those with changes of their own have their own charts). Changed cards are outlined in the colours above.")
	if regions == 0 {
		text = i18n.In(w.lang, "No charts are printed: nothing on the chart changes.")
	}
	w.add(w.paragraph(text, marginX, width, stBody, title)...)
	if shown < regions {
		w.add(spacer(2))
		w.add(w.paragraph(i18n.In(w.lang, "Only the charts of the %d departments with the most changes are printed; those of %d more changed departments are left out to keep the report short. Their changes are in the list above.",
			shown, regions-shown), marginX, width, stBody, title)...)
	}
	if slices.ContainsFunc(partsOf(charts), func(p *chartPart) bool { return p.foldedQuiet }) {
		w.add(spacer(2))
		w.add(w.paragraph(i18n.In(w.lang, "A department too big for one page shows its roles, and its sub-departments, that no change concerns as one card, with their headcount."),
			marginX, width, stBody, title)...)
	}
}
