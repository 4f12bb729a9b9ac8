package report

import (
	"context"
	"fmt"
	"io"

	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// Booklet writes the 组织架构手册: cover, table of contents, the org chart
// (split by department over several landscape pages when it is large),
// department overviews with headcount tables, the organisation mode and
// project teams, the staffing table and every role's 岗位说明书. Pages are
// numbered through the whole booklet, as the contents list them.
func Booklet(ctx context.Context, out io.Writer, doc *data.Document, opt Options) (Result, error) {
	if opt.Poster != "" {
		if _, err := posterSize(opt.Poster); err != nil {
			return Result{}, err
		}
	}
	w, err := newWriter(ctx, doc, opt)
	if err != nil {
		return Result{}, err
	}
	title := i18n.In(w.lang, "Organisation Handbook")
	w.setMeta(i18n.In(w.lang, "%s — %s", title, w.orgName()),
		i18n.In(w.lang, "Organisation chart, departments, staffing and job descriptions of %s", w.orgName()))
	b := &booklet{w: w, g: &pageGroup{}}
	steps := []func(){b.cover, b.planContents, b.chart, b.departments, b.modeAndProjects, b.staffing, b.roleEntries}
	if opt.Department != "" {
		d := w.facts.dept[opt.Department]
		if d == nil {
			return Result{}, fmt.Errorf("%w: %s", data.ErrNotFound, i18n.L("There is no department with the id %q.", opt.Department))
		}
		w.setMeta(i18n.In(w.lang, "%s — %s", title, d.Name),
			i18n.In(w.lang, "Organisation chart, overview and job descriptions of %s", d.Name))
		// One department: its chart, overview and role sheets.
		steps = []func(){b.cover, b.planContents, b.chart, b.departments, b.roleEntries}
	}
	prog := newProgress(opt.Progress, len(w.doc.Roles)+len(steps))
	for i, step := range steps {
		if err := w.cancelled(); err != nil {
			return Result{}, err
		}
		step()
		prog.built(i + 1)
	}
	b.contents()
	done := len(steps)
	for gi, group := range w.roleGroups() {
		for ri, r := range group.roles {
			if err := w.cancelled(); err != nil {
				return Result{}, err
			}
			var marks []bookmark
			if gi == 0 && ri == 0 {
				marks = append(marks, bookmark{i18n.In(w.lang, "Job descriptions"), 0})
			}
			if ri == 0 {
				marks = append(marks, bookmark{group.name, 1})
			}
			w.roleSheet(r, b.g, b.roleAnchor[r.ID], append(marks, bookmark{r.Title, 2}))
			done++
			prog.built(done)
		}
	}
	return w.finish(out, prog)
}

// booklet holds the state of a booklet being built: its page numbering and
// the anchors the table of contents points at.
type booklet struct {
	w          *writer
	g          *pageGroup
	toc        []tocEntry
	tocAt      int // index in w.units where the contents go
	roleAnchor map[data.ID]*anchor
	parts      []*chartPart
}

// tocEntry is one line of the table of contents.
type tocEntry struct {
	title string
	level int
	at    *anchor
}

// textSpec is the layout of the booklet's text pages.
func (b *booklet) textSpec(right string) *pageSpec {
	w := b.w
	return &pageSpec{landscape: w.opt.Landscape, group: b.g, left: w.san.clean(w.orgName(), w.orgName()),
		right: w.san.clean(right, right)}
}

// sectionStart begins a booklet section on a new page with its heading,
// bookmark and contents entry.
func (b *booklet) sectionStart(title string, a *anchor) {
	w := b.w
	land := w.opt.Landscape
	w.add(newPage(b.textSpec(title), nil))
	w.add(w.heading(title, textStyle{sizeTitle, 10, colAccent}, marginX, w.contentWidth(land), "L", a, 0)...)
	w.add(rule(marginX, w.contentWidth(land), colAccent, 0.5, 0.5, 5))
	w.units[len(w.units)-1].keep = true
}

// planContents creates the anchors of every section so the contents can be
// laid out before the sections exist; the contents themselves are inserted
// after the cover once all entries are known.
func (b *booklet) planContents() {
	b.tocAt = len(b.w.units)
	b.roleAnchor = map[data.ID]*anchor{}
}

// entry adds a contents line and returns its anchor.
func (b *booklet) entry(title string, level int) *anchor {
	a := &anchor{}
	b.toc = append(b.toc, tocEntry{title: title, level: level, at: a})
	return a
}

// chart adds the org-chart pages.
func (b *booklet) chart() {
	b.parts = b.w.planChart()
	if len(b.parts) == 0 {
		return
	}
	title := i18n.In(b.w.lang, "Organisation chart diagram")
	b.toc = append(b.toc, tocEntry{title: title, level: 0, at: b.parts[0].pages[0]})
	for _, p := range b.parts[1:] {
		b.toc = append(b.toc, tocEntry{title: p.title, level: 1, at: p.pages[0]})
	}
	b.w.chartPages(b.parts, b.g)
}

// staffing adds the staffing table.
func (b *booklet) staffing() {
	w := b.w
	title := i18n.In(w.lang, "Staffing Table")
	b.sectionStart(title, b.entry(title, 0))
	width := w.contentWidth(w.opt.Landscape)
	w.add(w.staffingSummary(marginX, width))
	w.add(w.staffingCost(marginX, width)...)
	w.add(spacer(3))
	w.add(w.staffingTable(marginX, width)...)
}

// roleEntries adds the contents entries of the role sheets that follow,
// grouped by department.
func (b *booklet) roleEntries() {
	w := b.w
	b.toc = append(b.toc, tocEntry{title: i18n.In(w.lang, "Job descriptions"), level: 0, at: nil})
	jobs := len(b.toc) - 1
	for _, group := range w.roleGroups() {
		b.toc = append(b.toc, tocEntry{title: group.name, level: 1})
		dept := len(b.toc) - 1
		for _, r := range group.roles {
			a := b.entry(r.Title, 2)
			b.roleAnchor[r.ID] = a
			if b.toc[dept].at == nil {
				b.toc[dept].at = a
			}
			if b.toc[jobs].at == nil {
				b.toc[jobs].at = a
			}
		}
	}
}

// roleGroup is a department's roles as the booklet prints them.
type roleGroup struct {
	name  string
	roles []*data.Role
}

// roleGroups lists the company-level roles, then each department's roles,
// skipping departments without roles.
func (w *writer) roleGroups() []roleGroup {
	var out []roleGroup
	if rs := w.facts.roles[""]; len(rs) > 0 && w.opt.Department == "" {
		out = append(out, roleGroup{name: i18n.In(w.lang, "Company level"), roles: rs})
	}
	for _, d := range w.scopeDepts() {
		if rs := w.facts.roles[d.ID]; len(rs) > 0 {
			out = append(out, roleGroup{name: d.Name, roles: rs})
		}
	}
	return out
}

// scopeDepts lists the departments the report covers in print order:
// all, or the chosen department and its sub-departments.
func (w *writer) scopeDepts() []*data.Department {
	if w.opt.Department != "" {
		return w.facts.subtree(w.opt.Department)
	}
	return w.facts.depts
}
