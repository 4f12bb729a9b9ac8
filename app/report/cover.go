package report

import (
	"slices"
	"strconv"
	"strings"

	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// cover adds the booklet's cover: company, title, mode and stage, the
// headline numbers and the date, without running header or footer.
func (b *booklet) cover() {
	w := b.w
	land := w.opt.Landscape
	pw, ph := w.pageSize(land)
	spec := &pageSpec{landscape: land, bare: true, group: b.g}
	name := w.san.clean(w.orgName(), w.orgName())
	title := i18n.In(w.lang, "Organisation Handbook")
	x, width := marginX+8, pw-2*marginX-16
	names := w.wrap(name, width, 26)
	planned, filled := w.facts.headcount(w.facts.roleOrder())
	facts := []labelValue{
		{i18n.In(w.lang, "Industry"), w.doc.Org.Industry},
		{i18n.In(w.lang, "Organisation mode"), w.modeName(w.doc.Org.Mode)},
		{i18n.In(w.lang, "Business stage"), w.stageName(w.doc.Org.Stage)},
		{i18n.In(w.lang, "Structure"), i18n.In(w.lang, "%d departments · %d roles · %d project teams",
			len(w.facts.depts), len(w.doc.Roles), len(w.doc.Projects))},
		{i18n.In(w.lang, "Headcount overview"), i18n.In(w.lang, "planned %d · filled %d · vacant %d", planned, filled, planned-filled)},
	}
	sub := ""
	if d := w.facts.dept[w.opt.Department]; d != nil {
		// One department's booklet: its own structure and headcount.
		sub = w.san.clean(d.Name, d.Name)
		roles := w.facts.subtreeRoles(d.ID)
		planned, filled := w.facts.headcount(roles)
		facts = []labelValue{
			{i18n.In(w.lang, "Department"), d.Name},
			{i18n.In(w.lang, "Structure"), i18n.In(w.lang, "%d departments · %d roles", len(w.facts.subtree(d.ID)), len(roles))},
			{i18n.In(w.lang, "Headcount overview"), i18n.In(w.lang, "planned %d · filled %d · vacant %d", planned, filled, planned-filled)},
		}
	}
	if sc := strings.TrimSpace(w.opt.Scenario); sc != "" {
		facts = append([]labelValue{{i18n.In(w.lang, "Scenario"), sc}}, facts...)
	}
	o := w.doc.Org
	facts = append(facts,
		labelValue{i18n.In(w.lang, "Document version"), o.Version},
		labelValue{i18n.In(w.lang, "Effective date"), o.Effective},
		labelValue{i18n.In(w.lang, "Confidentiality"), o.Confidential})
	info := w.labelled(x, width*0.8, facts, title)
	w.add(newPage(spec, nil))
	w.add(&unit{h: ph, draw: func(w *writer, _ float64, at placing) {
		w.box(0, 0, pw, 14, &colAccent, nil)
		w.box(0, 14, pw, 1.2, &colBand, nil)
		y := ph * 0.26
		for _, l := range names {
			w.text(x, y, width, 12, l, 26, colText, "L")
			y += 12
		}
		w.drawLogo(x, ph*0.26-26, 18, width/2)
		w.text(x, y+2, width, 11, title, 20, colAccent, "L")
		if sub != "" {
			y += 11
			w.text(x, y+2, width, 11, w.fit(sub, width, 18), 18, colText, "L")
		}
		w.line(x, y+17, x+50, y+17, colAccent, 0.8)
		y += 26
		for _, u := range info {
			u.draw(w, y, at)
			y += u.h + 0.6
		}
		w.text(x, ph-42, width, 7, w.date(true), 12, colText, "L")
		w.text(x, ph-35, width, 5, i18n.In(w.lang, "Made with OrgDesigner"), sizeSmall, colMuted, "L")
		w.box(0, ph-10, pw, 10, &colBand, nil)
	}})
}

// modeName and stageName translate the organisation's mode and stage.
func (w *writer) modeName(m data.Mode) string {
	switch m {
	case data.ModeFunctional:
		return i18n.In(w.lang, "Functional")
	case data.ModeProject:
		return i18n.In(w.lang, "Project-based")
	case data.ModeMatrix:
		return i18n.In(w.lang, "Matrix")
	}
	return string(m)
}

func (w *writer) stageName(s data.Stage) string {
	switch s {
	case data.StageStartup:
		return i18n.In(w.lang, "Start-up")
	case data.StageGrowth:
		return i18n.In(w.lang, "Growth")
	case data.StageMature:
		return i18n.In(w.lang, "Mature")
	}
	return string(s)
}

// contents inserts the table of contents after the cover. Each entry is
// one line, so the number of contents pages is known before pagination;
// the page numbers are read from the anchors when the page is drawn.
func (b *booklet) contents() {
	w := b.w
	land := w.opt.Landscape
	width := w.contentWidth(land)
	title := i18n.In(w.lang, "Contents")
	var us []*unit
	us = append(us, newPage(b.textSpec(title), nil))
	head := w.heading(title, textStyle{sizeTitle, 10, colAccent}, marginX, width, "L", nil, 0)
	us = append(us, head...)
	us = append(us, rule(marginX, width, colAccent, 0.5, 0.5, 4))
	for _, e := range b.toc {
		if e.at == nil {
			continue
		}
		us = append(us, w.tocLine(e, marginX, width))
	}
	w.units = slices.Insert(w.units, b.tocAt, us...)
}

// tocLine is one contents entry: indented title, dotted leader, page
// number, the whole line a link to the entry's page.
func (w *writer) tocLine(e tocEntry, x, width float64) *unit {
	st := textStyle{9.5, 5.4, colText}
	pad := 0.0
	switch e.level {
	case 0:
		st, pad = textStyle{11, 6.2, colAccent}, 2.5
	case 1:
		st = textStyle{10, 5.6, colText}
	}
	indent := float64(e.level) * 7
	numW := 14.0
	t := w.fit(w.san.clean(strings.TrimSpace(e.title), e.title), width-indent-numW-6, st.size)
	tw := w.width(t, st.size)
	h := st.lead + pad
	return &unit{h: h, draw: func(w *writer, y float64, _ placing) {
		y += pad
		w.text(x+indent, y, width-indent-numW, st.lead, t, st.size, st.color, "L")
		num := strconv.Itoa(e.at.page)
		w.text(x+width-numW, y, numW, st.lead, num, st.size, st.color, "R")
		w.pdf.SetDashPattern([]float64{0.3, 1.0}, 0)
		lx0, lx1 := x+indent+tw+2, x+width-w.width(num, st.size)-2
		if lx1 > lx0 {
			w.line(lx0, y+st.lead*0.72, lx1, y+st.lead*0.72, colMuted, 0.25)
		}
		w.pdf.SetDashPattern(nil, 0)
		link := w.pdf.AddLink()
		w.pdf.SetLink(link, e.at.y, e.at.page)
		w.pdf.Link(x, y, width, st.lead, link)
	}}
}
