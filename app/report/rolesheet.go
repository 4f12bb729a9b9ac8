package report

import (
	"math"
	"strconv"
	"strings"

	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// bookmark is an entry of the PDF outline.
type bookmark struct {
	title string
	level int
}

// roleSheet adds one role's 岗位说明书: a new page (group) with the
// department in the running header, the title, the basic-information grid,
// one form row per section of the role card and the signature block.
// group numbers the sheet's pages; a shared group numbers them with the
// whole document (the booklet). a records where the sheet starts; marks
// are the outline entries that start there (the role's own comes last).
func (w *writer) roleSheet(r *data.Role, group *pageGroup, a *anchor, marks []bookmark) {
	land := w.opt.Landscape
	// Every page of the sheet names the role and its department, and the
	// pages after the first say they continue it: a signed page can always
	// be tied to its job description.
	name := i18n.In(w.lang, "%s · %s", r.Title, w.deptName(r.Department))
	if c := strings.TrimSpace(r.Code); c != "" {
		name = i18n.In(w.lang, "%s · %s", name, c) // tells same-named roles apart
	}
	spec := &pageSpec{landscape: land, group: group, left: w.san.clean(w.orgName(), w.orgName()),
		right: w.san.clean(name, r.Title), cont: w.san.clean(i18n.In(w.lang, "%s (continued)", name), r.Title)}
	where := i18n.L("Role %s", r.Title)
	f := w.newForm(land)
	w.add(newPage(spec, a))
	// One title line, "<role> 岗位说明书": the role is in the grid below
	// and in every page header too, so a second title line would only
	// push the approval block onto another page.
	head := w.heading(i18n.In(w.lang, "%s — Job Description", r.Title), textStyle{16, 8.5, colAccent}, f.x, f.width, "C", nil, -1)
	head[0].draw = w.withBookmarks(head[0].draw, marks)
	w.add(head...)
	w.add(spacer(1.5))
	o := w.opt
	if o.wants(SectionBasic) {
		w.add(w.basicInfo(f, r, where)...)
	}
	text := func(s Section, v string, optional bool) {
		if !o.wants(s) || optional && strings.TrimSpace(v) == "" && !o.BlankForm {
			return
		}
		w.add(w.section(f, s.Label(w.lang), w.paragraph(v, f.valueX(), f.valueW(), stBody, where))...)
	}
	text(SectionPurpose, r.Purpose, false)
	if o.wants(SectionResponsibilities) {
		w.add(w.section(f, SectionResponsibilities.Label(w.lang), w.responsibilities(f, r, where))...)
	}
	if o.wants(SectionKPIs) {
		w.add(w.section(f, SectionKPIs.Label(w.lang), w.kpis(f, r, where))...)
	}
	if o.wants(SectionQualifications) {
		w.add(w.section(f, SectionQualifications.Label(w.lang), w.qualifications(f, r, where))...)
	}
	text(SectionAuthority, r.Authority, true)
	if o.wants(SectionContacts) {
		w.add(w.contacts(f, r, where)...)
	}
	text(SectionConditions, r.Conditions, true)
	text(SectionCareer, r.CareerPath, true)
	text(SectionNotes, r.Notes, true)
	if o.wants(SectionApproval) {
		// The approval block ends the sheet together with at least the
		// last lines before it: it never stands alone on a page.
		w.units[len(w.units)-1].keep = true
		w.add(w.signatures(f))
	}
}

// basicInfo is the 基本信息 band and grid.
func (w *writer) basicInfo(f form, r *data.Role, where string) []*unit {
	filled := w.facts.filled(r.ID)
	vac := r.Planned - filled
	vacText, vacColor := strconv.Itoa(vac), (*rgb)(nil)
	switch {
	case vac > 0:
		vacColor = &colVacancy
	case vac < 0:
		vacText, vacColor = i18n.In(w.lang, "%d over planned", -vac), &colOver
	}
	reportsTo := "—"
	if m := w.facts.role[r.ReportsTo]; m != nil {
		reportsTo = m.Title
	}
	us := []*unit{
		w.formBand(f, i18n.In(w.lang, "Basic information")),
		w.gridRow(f, where, gridCell{label: i18n.In(w.lang, "Job title"), value: r.Title}, gridCell{label: i18n.In(w.lang, "Role code"), value: dash(r.Code)}),
		w.gridRow(f, where, gridCell{label: i18n.In(w.lang, "Department"), value: w.deptName(r.Department)}, gridCell{label: i18n.In(w.lang, "Grade"), value: dash(r.Grade)}),
		w.gridRow(f, where, gridCell{label: i18n.In(w.lang, "Reports to"), value: reportsTo}, gridCell{label: i18n.In(w.lang, "Planned headcount"), value: strconv.Itoa(r.Planned)}),
		w.gridRow(f, where, gridCell{label: i18n.In(w.lang, "Filled"), value: strconv.Itoa(filled)},
			gridCell{label: i18n.In(w.lang, "Vacant"), value: vacText, color: vacColor}),
		w.gridRow(f, where, gridCell{label: i18n.In(w.lang, "Direct reports"), value: w.directReports(r)}),
	}
	if len(r.Dotted) > 0 {
		us = append(us, w.gridRow(f, where, gridCell{label: i18n.In(w.lang, "Dotted-line reports"), value: w.dotted(r)}))
	}
	if hs := w.facts.holders[r.ID]; len(hs) > 0 {
		names := make([]string, len(hs))
		for i, p := range hs {
			names[i] = p.Name
		}
		us = append(us, w.gridRow(f, where, gridCell{label: i18n.In(w.lang, "Holders"), value: strings.Join(names, w.listSep())}))
	}
	us[len(us)-1].keep = false
	return us
}

// directReports lists the titles of the roles reporting to r.
func (w *writer) directReports(r *data.Role) string {
	rs := w.facts.reports[r.ID]
	if len(rs) == 0 {
		return "—"
	}
	names := make([]string, len(rs))
	for i, x := range rs {
		names[i] = x.Title
	}
	return strings.Join(names, w.listSep())
}

// dotted lists the dotted-line managers with their labels.
func (w *writer) dotted(r *data.Role) string {
	var parts []string
	for _, d := range r.Dotted {
		m := w.facts.role[d.Manager]
		if m == nil {
			continue
		}
		s := m.Title
		if d.Label != "" {
			s = i18n.In(w.lang, "%s (%s)", m.Title, d.Label)
		}
		parts = append(parts, s)
	}
	return dash(strings.Join(parts, w.listSep()))
}

// responsibilities lays out 主要职责: numbered items with hanging indents,
// their weights at the right and their examples below in small type.
func (w *writer) responsibilities(f form, r *data.Role, where string) []*unit {
	weighted, sum := false, 0.0
	for _, it := range r.Responsibilities {
		weighted = weighted || it.Weight > 0
		sum += it.Weight
	}
	x, width := f.valueX(), f.valueW()
	weightW := 0.0
	if weighted {
		weightW = 13
	}
	numW := 7.0
	if len(r.Responsibilities) >= 10 {
		numW = 8.5
	}
	exPrefix := i18n.In(w.lang, "e.g. ")
	exW := w.width(exPrefix, sizeSmall) + 1
	var out []*unit
	for i, it := range r.Responsibilities {
		item := w.hanging(strconv.Itoa(i+1)+".", it.Text, x, numW, width-weightW, stBody, stBody, where)
		if it.Weight > 0 {
			wt := percent(it.Weight)
			first := item[0]
			inner := first.draw
			first.draw = func(w *writer, y float64, at placing) {
				inner(w, y, at)
				w.text(x+width-weightW, y, weightW, lineBody, wt, sizeSmall, colMuted, "R")
			}
		}
		if i > 0 {
			out = append(out, spacer(0.7))
		}
		out = append(out, item...)
		for _, ex := range it.Examples {
			prefix := exPrefix
			if hasExamplePrefix(ex) {
				prefix = ""
			}
			exUnits := w.hanging(prefix, ex, x+numW, exW, width-weightW-numW, stSmall, stSmall, where)
			out[len(out)-1].keep = true // an item's text stays with its first example
			out = append(out, exUnits...)
		}
	}
	if weighted {
		total := i18n.In(w.lang, "Total weight %s", percent(sum))
		out = append(out, spacer(1), lineUnit(total, x, width, stSmall, "R"))
		out[len(out)-3].keep = true
	}
	return out
}

// hasExamplePrefix reports whether an example already starts with "如" or
// "e.g.", so the sheet does not print the prefix twice.
func hasExamplePrefix(s string) bool {
	for _, p := range []string{"如", "例如", "比如", "e.g.", "E.g.", "for example", "For example"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// kpis lays out 考核指标 as a table inside the section.
func (w *writer) kpis(f form, r *data.Role, where string) []*unit {
	if len(r.KPIs) == 0 {
		return nil
	}
	vw := f.valueW()
	t := &table{x: f.valueX(), st: textStyle{9.5, 4.8, colText}, pad: 0.8, where: where, cols: []column{
		{title: i18n.In(w.lang, "Indicator"), width: vw * 0.41, align: "L"},
		{title: i18n.In(w.lang, "Target"), width: vw * 0.29, align: "L"},
		{title: i18n.In(w.lang, "Cycle"), width: vw * 0.16, align: "C"},
		{title: i18n.In(w.lang, "Weight"), width: vw * 0.14, align: "R"},
	}}
	out := []*unit{w.header(t)}
	for _, k := range r.KPIs {
		wt := ""
		if k.Weight > 0 {
			wt = percent(k.Weight)
		}
		out = append(out, w.row(t, []string{k.Indicator, k.Target, w.cycle(k.Cycle), wt}, rowLook{})...)
	}
	return out
}

// cycle translates the stored cycle words (月/季/年, month/quarter/year)
// into the content language; anything else is printed as written.
func (w *writer) cycle(c string) string {
	switch strings.ToLower(strings.TrimSpace(c)) {
	case "月", "月度", "month", "monthly":
		return i18n.In(w.lang, "Monthly")
	case "季", "季度", "quarter", "quarterly":
		return i18n.In(w.lang, "Quarterly")
	case "年", "年度", "year", "yearly", "annual":
		return i18n.In(w.lang, "Yearly")
	}
	return c
}

// qualifications lays out 任职资格 as labelled lines.
func (w *writer) qualifications(f form, r *data.Role, where string) []*unit {
	q := r.Qualifications
	items := []labelValue{
		{i18n.In(w.lang, "Education"), q.Education},
		{i18n.In(w.lang, "Major"), q.Major},
		{i18n.In(w.lang, "Experience"), q.Experience},
		{i18n.In(w.lang, "Skills and competencies"), q.Skills},
		{i18n.In(w.lang, "Certificates"), q.Certificates},
	}
	return w.labelled(f.valueX(), f.valueW(), items, where)
}

// labelValue is one line of a labelled list.
type labelValue struct{ label, value string }

// labelled lays out "label: value" lines with the values aligned, skipping
// empty values.
func (w *writer) labelled(x, width float64, items []labelValue, where string) []*unit {
	lw := 0.0
	for i := range items {
		items[i].label = i18n.In(w.lang, "%s: ", items[i].label)
		if strings.TrimSpace(items[i].value) != "" {
			lw = max(lw, w.width(items[i].label, sizeBody))
		}
	}
	lw = min(lw+1, width*0.4)
	var out []*unit
	for _, it := range items {
		if strings.TrimSpace(it.value) == "" {
			continue
		}
		out = append(out, w.hanging(it.label, it.value, x, lw, width, stBody, textStyle{sizeBody, lineBody, colMuted}, where)...)
	}
	return out
}

// contacts is 工作关系: internal and external contacts in one section.
func (w *writer) contacts(f form, r *data.Role, where string) []*unit {
	items := []labelValue{
		{i18n.In(w.lang, "Internal"), r.InternalContacts},
		{i18n.In(w.lang, "External"), r.ExternalContacts},
	}
	if strings.TrimSpace(r.InternalContacts+r.ExternalContacts) == "" && !w.opt.BlankForm {
		return nil
	}
	return w.section(f, SectionContacts.Label(w.lang), w.labelled(f.valueX(), f.valueW(), items, where))
}

// approvalParties are who sign a role sheet, in order (the PDF and the
// Word copy print the same block).
func approvalParties(lang string) []string {
	return []string{i18n.In(lang, "Prepared by"), i18n.In(lang, "Reviewed by"),
		i18n.In(lang, "Approved by"), i18n.In(lang, "Job holder")}
}

// signatures is the approval block HR forms end with: 编制 / 审核 / 批准
// and the job holder's acknowledgement, each with a signature and a date.
func (w *writer) signatures(f form) *unit {
	parties := approvalParties(w.lang)
	sign := i18n.In(w.lang, "%s: ", i18n.In(w.lang, "Signature"))
	date := i18n.In(w.lang, "%s: ", i18n.In(w.lang, "Date"))
	const gap = 2.5
	bandH := lineBody + 2*cellPadY
	h := bandH + 2*6.2 + 2.2
	return &unit{h: gap + h, draw: func(w *writer, y float64, _ placing) {
		y += gap
		cw := f.width / float64(len(parties))
		w.box(f.x, y, f.width, bandH, &colLabel, nil)
		w.box(f.x, y, f.width, h, nil, &colRule)
		w.line(f.x, y+bandH, f.x+f.width, y+bandH, colRule, ruleWidth)
		for i, p := range parties {
			x := f.x + float64(i)*cw
			if i > 0 {
				w.line(x, y, x, y+h, colRule, ruleWidth)
			}
			w.text(x, y+cellPadY, cw, lineBody, w.fit(p, cw-2, stLabel.size), stLabel.size, stLabel.color, "C")
			for j, s := range []string{sign, date} {
				ly := y + bandH + 1.2 + float64(j)*6.2
				lw := w.width(s, sizeSmall)
				w.text(x+2.5, ly, lw, lineBody, s, sizeSmall, colMuted, "L")
				w.line(x+2.5+lw+0.8, ly+lineBody-0.8, x+cw-3, ly+lineBody-0.8, colRule, hairline)
			}
		}
	}}
}

// ---- small helpers ----------------------------------------------------------

func dash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "—"
	}
	return s
}

// percent formats a weight: 20 → "20%", 12.5 → "12.5%", 33.333 → "33.3%".
func percent(v float64) string {
	return strconv.FormatFloat(math.Round(v*10)/10, 'f', -1, 64) + "%"
}

// listSep separates items of a list in the content language.
func (w *writer) listSep() string {
	if w.lang == i18n.Chinese {
		return "、"
	}
	return ", "
}

// orgName is the company's name, or a neutral word when it has none.
func (w *writer) orgName() string {
	if strings.TrimSpace(w.doc.Org.Name) != "" {
		return w.doc.Org.Name
	}
	return i18n.In(w.lang, "Company")
}

// deptName is a department's name, or "company level" for roles above the
// departments.
func (w *writer) deptName(id data.ID) string {
	if d := w.facts.dept[id]; d != nil {
		return d.Name
	}
	return i18n.In(w.lang, "Company level")
}
