package report

import (
	"strconv"
	"strings"

	"orgdesigner/app/chart"
	"orgdesigner/app/i18n"
	"orgdesigner/app/templates"
	"orgdesigner/data"
)

// departments adds the department overviews: for each department its
// place in the structure, motto, positioning and a headcount table.
func (b *booklet) departments() {
	w := b.w
	title := i18n.In(w.lang, "Department overviews")
	b.sectionStart(title, b.entry(title, 0))
	x, width := marginX, w.contentWidth(w.opt.Landscape)
	if rs := w.facts.roles[""]; len(rs) > 0 && w.opt.Department == "" {
		name := i18n.In(w.lang, "Company level")
		w.add(w.deptHeading(name, nil, b.entry(name, 1), x, width)...)
		w.add(w.headcountTable(rs, nil, x, width, name)...)
		w.add(spacer(7))
	}
	if len(w.scopeDepts()) == 0 && len(w.facts.roles[""]) == 0 {
		w.add(lineUnit(i18n.In(w.lang, "The organisation has no departments yet."), x, width, stSmall, "L"))
	}
	colors := chart.Colors(w.doc)
	for _, d := range w.scopeDepts() {
		hex := toRGB(colors[d.ID])
		w.add(w.deptHeading(d.Name, &hex, b.entry(d.Name, 1), x, width)...)
		info := withKeep(w.labelled(x, width, w.deptFacts(d), d.Name), true)
		w.add(info...)
		if len(info) > 0 {
			w.add(spacer(2.5))
			w.units[len(w.units)-1].keep = true
		}
		rs := w.facts.roles[d.ID]
		if len(rs) == 0 && len(w.facts.kids[d.ID]) == 0 {
			w.add(lineUnit(i18n.In(w.lang, "This department has no roles yet."), x, width, stSmall, "L"))
		} else {
			w.add(w.headcountTable(rs, d, x, width, d.Name)...)
		}
		w.add(spacer(7))
	}
}

// deptHeading is a department's heading (with its contents entry and
// bookmark), led by a swatch of the department's chart colour if given.
func (w *writer) deptHeading(name string, swatch *rgb, a *anchor, x, width float64) []*unit {
	off := 0.0
	if swatch != nil {
		off = 6
	}
	us := w.heading(name, textStyle{13, 7.5, colAccent}, x+off, width-off, "L", a, 1)
	if swatch != nil {
		inner := us[0].draw
		c := *swatch
		us[0].draw = func(w *writer, y float64, at placing) {
			w.pdf.SetFillColor(c.r, c.g, c.b)
			w.roundRect(x, y+2, 4, 4, 0.8, 0.8, 0.8, 0.8, "F")
			inner(w, y, at)
		}
	}
	return us
}

// deptFacts are a department's labelled facts.
func (w *writer) deptFacts(d *data.Department) []labelValue {
	parent, head := "", ""
	if p := w.facts.dept[d.Parent]; p != nil {
		parent = p.Name
	}
	if r := w.facts.role[d.Head]; r != nil {
		head = r.Title
	}
	var subs []string
	for _, k := range w.facts.kids[d.ID] {
		subs = append(subs, k.Name)
	}
	out := []labelValue{
		{i18n.In(w.lang, "Parent department"), parent},
		{i18n.In(w.lang, "Head"), head},
		{i18n.In(w.lang, "Sub-departments"), strings.Join(subs, w.listSep())},
		{i18n.In(w.lang, "Motto"), d.Motto},
		{i18n.In(w.lang, "Positioning"), d.Positioning},
	}
	if r := w.costs(); r != nil {
		c := r.Department[d.ID]
		label := i18n.In(w.lang, "Personnel cost per month")
		if len(subs) > 0 {
			label = i18n.In(w.lang, "Personnel cost per month (with sub-departments)")
		}
		out = append(out, labelValue{label, i18n.In(w.lang, "planned %s · filled %s", money(c.PlannedMonthly), money(c.FilledMonthly))})
	}
	return out
}

// headcountTable lists roles with planned, filled and vacant headcount
// and holders, the department total and, with sub-departments, the total
// including them.
func (w *writer) headcountTable(roles []*data.Role, d *data.Department, x, width float64, where string) []*unit {
	t := &table{x: x, st: textStyle{9.5, 4.9, colText}, where: where, cols: []column{
		{title: i18n.In(w.lang, "Role"), width: width * 0.30, align: "L"},
		{title: i18n.In(w.lang, "Planned"), width: width * 0.10, align: "R"},
		{title: i18n.In(w.lang, "Filled"), width: width * 0.10, align: "R"},
		{title: i18n.In(w.lang, "Vacant"), width: width * 0.11, align: "R"},
		{title: i18n.In(w.lang, "Holders"), width: width * 0.39, align: "L"},
	}}
	out := []*unit{w.header(t)}
	for _, r := range roles {
		filled := w.facts.filled(r.ID)
		vac, col := w.vacancy(r.Planned - filled)
		var names []string
		for _, p := range w.facts.holders[r.ID] {
			names = append(names, p.Name)
		}
		out = append(out, w.row(t, []string{r.Title, strconv.Itoa(r.Planned), strconv.Itoa(filled), vac,
			strings.Join(names, w.listSep())}, rowLook{colors: []rgb{colText, colText, colText, col, colMuted}})...)
	}
	total := func(label string, rs []*data.Role, fill *rgb) []*unit {
		planned, filled := w.facts.headcount(rs)
		vac, col := w.vacancy(planned - filled)
		return w.row(t, []string{label, strconv.Itoa(planned), strconv.Itoa(filled), vac, ""},
			rowLook{fill: fill, colors: []rgb{colAccent, colText, colText, col}})
	}
	out[len(out)-1].keep = true
	out = append(out, total(i18n.In(w.lang, "Total"), roles, &colSubtot)...)
	if d != nil && len(w.facts.kids[d.ID]) > 0 {
		out[len(out)-1].keep = true
		out = append(out, total(i18n.In(w.lang, "Total with sub-departments"), w.facts.subtreeRoles(d.ID), &colBand)...)
	}
	return out
}

// modeAndProjects adds the organisation mode with its guidance and the
// project teams with their members.
func (b *booklet) modeAndProjects() {
	w := b.w
	title := i18n.In(w.lang, "Organisation mode and project teams")
	b.sectionStart(title, b.entry(title, 0))
	x, width := marginX, w.contentWidth(w.opt.Landscape)
	org := w.doc.Org
	sub := i18n.In(w.lang, "Organisation mode")
	w.add(w.heading(sub, stSub, x, width, "L", b.entry(sub, 1), 1)...)
	w.add(withKeep(w.labelled(x, width, []labelValue{
		{i18n.In(w.lang, "Organisation mode"), dash(w.modeName(org.Mode))},
		{i18n.In(w.lang, "Business stage"), dash(w.stageName(org.Stage))},
	}, title), false)...)
	g := templates.Guidance(w.lang)
	if m, ok := g.Mode(org.Mode); ok {
		w.add(spacer(2))
		w.add(w.paragraph(i18n.In(w.lang, "%s — %s", m.Title, m.Tagline), x, width, textStyle{sizeBody, lineBody, colAccent}, title)...)
		w.units[len(w.units)-1].keep = true
		w.add(w.labelled(x, width, []labelValue{
			{i18n.In(w.lang, "How departments are cut"), m.Summary},
			{i18n.In(w.lang, "Strengths"), m.Strengths},
			{i18n.In(w.lang, "Weaknesses"), m.Weaknesses},
			{i18n.In(w.lang, "Suits"), m.FitsFor},
		}, title)...)
	}
	for _, s := range g.Stages {
		if s.Stage == org.Stage {
			w.add(spacer(2))
			w.add(w.labelled(x, width, []labelValue{
				{i18n.In(w.lang, "Recommended structure"), s.Structure},
				{i18n.In(w.lang, "Advice for this stage"), s.Advice},
			}, title)...)
		}
	}
	if strings.TrimSpace(org.Notes) != "" {
		w.add(spacer(2))
		w.add(w.labelled(x, width, []labelValue{{i18n.In(w.lang, "Notes"), org.Notes}}, title)...)
	}
	w.add(spacer(6))
	teams := i18n.In(w.lang, "Project teams")
	w.add(w.heading(teams, stSub, x, width, "L", b.entry(teams, 1), 1)...)
	if len(w.doc.Projects) == 0 {
		w.add(lineUnit(i18n.In(w.lang, "There are no project teams."), x, width, stSmall, "L"))
		return
	}
	for _, p := range w.projects() {
		w.add(w.projectTeam(p, x, width)...)
		w.add(spacer(6))
	}
}

// projects returns the project teams in order.
func (w *writer) projects() []*data.ProjectTeam {
	out := make([]*data.ProjectTeam, len(w.doc.Projects))
	for i := range w.doc.Projects {
		out[i] = &w.doc.Projects[i]
	}
	sortByOrder(out)
	return out
}

// projectTeam is one team: name, owner, period, goal and members.
func (w *writer) projectTeam(p *data.ProjectTeam, x, width float64) []*unit {
	out := w.heading(p.Name, textStyle{11, 6.4, colText}, x, width, "L", nil, 2)
	period := ""
	if p.Start != "" || p.End != "" {
		period = i18n.In(w.lang, "%s to %s", dash(p.Start), dash(p.End))
	}
	info := withKeep(w.labelled(x, width, []labelValue{
		{i18n.In(w.lang, "Owner"), w.owner(p)},
		{i18n.In(w.lang, "Period"), period},
		{i18n.In(w.lang, "Goal"), p.Goal},
	}, p.Name), true)
	out = append(out, info...)
	out = append(out, spacer(2))
	out[len(out)-1].keep = true
	t := &table{x: x, st: textStyle{9.5, 4.9, colText}, where: p.Name, cols: []column{
		{title: i18n.In(w.lang, "Member"), width: width * 0.34, align: "L"},
		{title: i18n.In(w.lang, "Department"), width: width * 0.33, align: "L"},
		{title: i18n.In(w.lang, "Project role"), width: width * 0.33, align: "L"},
	}}
	out = append(out, w.header(t))
	if len(p.Members) == 0 {
		return append(out, w.row(t, []string{"—", "", ""}, rowLook{})...)
	}
	for _, m := range p.Members {
		name, dept := w.member(m)
		out = append(out, w.row(t, []string{name, dept, m.ProjectRole}, rowLook{})...)
	}
	return out
}

// owner names a team's owner: a role, a person, or both.
func (w *writer) owner(p *data.ProjectTeam) string {
	var parts []string
	if r := w.facts.role[p.OwnerRole]; r != nil {
		parts = append(parts, r.Title)
	}
	if pe := w.facts.person[p.OwnerPerson]; pe != nil {
		parts = append(parts, pe.Name)
	}
	return strings.Join(parts, " · ")
}

// member names a team member and its department.
func (w *writer) member(m data.Member) (name, dept string) {
	if pe := w.facts.person[m.Person]; pe != nil {
		name = pe.Name
		if r := w.facts.role[pe.Role]; r != nil {
			return i18n.In(w.lang, "%s (%s)", pe.Name, r.Title), w.deptName(r.Department)
		}
		if d := w.facts.dept[pe.Department]; d != nil {
			dept = d.Name
		}
		return name, dept
	}
	if r := w.facts.role[m.Role]; r != nil {
		return r.Title, w.deptName(r.Department)
	}
	return "—", ""
}
