package report

import (
	"context"
	"io"
	"slices"
	"strconv"
	"strings"

	"orgdesigner/app/cost"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// Staffing writes the 编制表: every department's roles with planned,
// filled and vacant headcount, a subtotal per department and the total.
func Staffing(ctx context.Context, out io.Writer, doc *data.Document, opt Options) (Result, error) {
	w, err := newWriter(ctx, doc, opt)
	if err != nil {
		return Result{}, err
	}
	title := i18n.In(w.lang, "Staffing Table")
	w.setMeta(i18n.In(w.lang, "%s — %s", title, w.orgName()), i18n.In(w.lang, "Planned and filled headcount of %s", w.orgName()))
	prog := newProgress(opt.Progress, 1)
	land := opt.Landscape
	x, width := marginX, w.contentWidth(land)
	w.add(newPage(&pageSpec{landscape: land, left: w.san.clean(w.orgName(), title), right: title}, nil))
	w.add(w.heading(title, textStyle{sizeTitle, 10, colAccent}, x, width, "C", nil, 0)...)
	w.add(lineUnit(w.san.clean(i18n.In(w.lang, "%s · %s", w.orgName(), w.date(true)), title), x, width, stSmall, "C"))
	w.units[len(w.units)-1].keep = true
	w.add(spacer(4))
	w.add(w.staffingSummary(x, width))
	w.add(w.staffingCost(x, width)...)
	w.add(spacer(3))
	w.add(w.staffingTable(x, width)...)
	prog.built(1)
	return w.finish(out, prog)
}

// staffingSummary is one line with the company's totals.
func (w *writer) staffingSummary(x, width float64) *unit {
	planned, filled := w.facts.headcount(w.facts.roleOrder())
	s := i18n.In(w.lang, "%d departments · %d roles · planned %d · filled %d · vacant %d",
		len(w.facts.depts), len(w.doc.Roles), planned, filled, planned-filled)
	u := lineUnit(w.fit(s, width, sizeBody), x, width, stBody, "L")
	u.keep = true
	return u
}

// staffingCost is the company's personnel cost under the summary line,
// with how it is computed; nothing for a document without salary bands.
func (w *writer) staffingCost(x, width float64) []*unit {
	r := w.costs()
	if r == nil {
		return nil
	}
	c := r.Company
	s := i18n.In(w.lang, "Personnel cost per month: planned %s · filled %s; per year: planned %s · filled %s",
		money(c.PlannedMonthly), money(c.FilledMonthly), money(c.PlannedYearly), money(c.FilledYearly))
	out := w.paragraph(s, x, width, stBody, i18n.In(w.lang, "Staffing Table"))
	out = append(out, w.paragraph(w.costNote(r), x, width, stSmall, i18n.In(w.lang, "Staffing Table"))...)
	if n := len(r.Unpriced); n > 0 {
		out = append(out, w.paragraph(i18n.In(w.lang, "Roles without a salary band (their cost is not counted): %d", n),
			x, width, stSmall, i18n.In(w.lang, "Staffing Table"))...)
	}
	return withKeep(out, false)
}

// staffingTable lays out the table: company-level roles, then each
// department in tree order (sub-departments indented), each with a
// subtotal, and the total. A document with salary bands gets two more
// columns: the planned and the filled personnel cost per month.
func (w *writer) staffingTable(x, width float64) []*unit {
	t := &table{x: x, st: textStyle{9.5, 4.9, colText}, where: i18n.In(w.lang, "Staffing Table"), cols: []column{
		{title: i18n.In(w.lang, "Department"), width: width * 0.31, align: "L"},
		{title: i18n.In(w.lang, "Role"), width: width * 0.33, align: "L"},
		{title: i18n.In(w.lang, "Planned"), width: width * 0.12, align: "R"},
		{title: i18n.In(w.lang, "Filled"), width: width * 0.12, align: "R"},
		{title: i18n.In(w.lang, "Vacant"), width: width * 0.12, align: "R"},
	}}
	costs := w.costs()
	if costs != nil {
		for i, f := range []float64{0.19, 0.20, 0.10, 0.09, 0.10} {
			t.cols[i].width = width * f
		}
		t.cols = append(t.cols,
			column{title: i18n.In(w.lang, "Planned cost per month"), width: width * 0.16, align: "R"},
			column{title: i18n.In(w.lang, "Filled cost per month"), width: width * 0.16, align: "R"})
	}
	out := []*unit{w.header(t)}
	if roles := w.facts.roles[""]; len(roles) > 0 {
		out = append(out, w.staffingGroup(t, i18n.In(w.lang, "Company level"), roles)...)
	}
	indent := "　"
	if w.lang == i18n.English {
		indent = "   "
	}
	for _, d := range w.facts.depts {
		name := strings.Repeat(indent, w.facts.depth[d.ID]) + d.Name
		if len(w.facts.kids[d.ID]) > 0 {
			out = append(out, w.staffingParent(t, name, d.ID)...)
			continue
		}
		out = append(out, w.staffingGroup(t, name, w.facts.roles[d.ID])...)
	}
	planned, filled := w.facts.headcount(w.facts.roleOrder())
	vac, col := w.vacancy(planned - filled)
	cells := []string{i18n.In(w.lang, "Total"), "", strconv.Itoa(planned), strconv.Itoa(filled), vac}
	colors := []rgb{colAccent, colAccent, colAccent, colAccent, col}
	if costs != nil {
		cells = append(cells, money(costs.Company.PlannedMonthly), money(costs.Company.FilledMonthly))
		colors = append(colors, colAccent, colAccent)
	}
	total := w.row(t, cells, rowLook{fill: &colBand, colors: colors})
	return append(out, total...)
}

// staffingGroup is one department's rows and its subtotal. The department
// name is printed on the first row and, marked as continued, at the top of
// a page the group runs onto.
func (w *writer) staffingGroup(t *table, name string, roles []*data.Role) []*unit {
	cont := i18n.In(w.lang, "%s (continued)", strings.TrimLeft(name, " 　"))
	costs := w.costs()
	if len(roles) == 0 {
		cells, colors := []string{name, "—", "0", "0", "0"}, []rgb{colText, colMuted, colMuted, colMuted, colMuted}
		if costs != nil {
			cells, colors = append(cells, "—", "—"), append(colors, colMuted, colMuted)
		}
		return w.row(t, cells, rowLook{colors: colors})
	}
	var out []*unit
	var sum cost.Amount
	for i, r := range roles {
		filled := w.facts.filled(r.ID)
		vac, col := w.vacancy(r.Planned - filled)
		dept, look := "", rowLook{cont: cont, joined: true}
		if i == 0 {
			dept, look = name, rowLook{}
		}
		cells := []string{dept, r.Title, strconv.Itoa(r.Planned), strconv.Itoa(filled), vac}
		look.colors = []rgb{colText, colText, colText, colText, col}
		if costs != nil {
			a, ok := costs.Role[r.ID]
			if ok && !slices.Contains(costs.Unpriced, r.ID) {
				cells = append(cells, money(a.PlannedMonthly), money(a.FilledMonthly))
				look.colors = append(look.colors, colText, colText)
				sum = addAmount(sum, a)
			} else {
				cells = append(cells, "—", "—")
				look.colors = append(look.colors, colMuted, colMuted)
			}
		}
		out = append(out, w.row(t, cells, look)...)
	}
	planned, filled := w.facts.headcount(roles)
	vac, col := w.vacancy(planned - filled)
	cells := []string{"", i18n.In(w.lang, "Subtotal"), strconv.Itoa(planned), strconv.Itoa(filled), vac}
	colors := []rgb{colMuted, colMuted, colText, colText, col}
	if costs != nil {
		cells = append(cells, money(sum.PlannedMonthly), money(sum.FilledMonthly))
		colors = append(colors, colText, colText)
	}
	sub := w.row(t, cells, rowLook{fill: &colSubtot, cont: cont, joined: true, colors: colors})
	// The subtotal never starts a page alone.
	out[len(out)-1].keep = true
	return append(out, sub...)
}

// staffingParent is a department with sub-departments: its own roles
// with their subtotal, then a row with the figures of the department and
// all its sub-departments (labelled so); a parent without roles of its
// own has only that row, not 编制 0 beside the teams that hold its people.
func (w *writer) staffingParent(t *table, name string, id data.ID) []*unit {
	var out []*unit
	cont := i18n.In(w.lang, "%s (continued)", strings.TrimLeft(name, " 　"))
	roles := w.facts.roles[id]
	if len(roles) > 0 {
		out = w.staffingGroup(t, name, roles)
		name = ""
	}
	planned, filled := w.facts.headcount(w.facts.subtreeRoles(id))
	vac, col := w.vacancy(planned - filled)
	label := i18n.In(w.lang, "Including sub-departments")
	cells := []string{name, label, strconv.Itoa(planned), strconv.Itoa(filled), vac}
	colors := []rgb{colText, colMuted, colText, colText, col}
	if costs := w.costs(); costs != nil {
		a := costs.Department[id]
		cells = append(cells, money(a.PlannedMonthly), money(a.FilledMonthly))
		colors = append(colors, colText, colText)
	}
	look := rowLook{fill: &colSubtot, colors: colors}
	if len(out) > 0 {
		look.cont, look.joined = cont, true
		out[len(out)-1].keep = true
	}
	return append(out, w.row(t, cells, look)...)
}

// vacancy formats planned − filled: a positive number in red, "N over" in
// orange for over-staffing.
func (w *writer) vacancy(v int) (string, rgb) {
	switch {
	case v > 0:
		return strconv.Itoa(v), colVacancy
	case v < 0:
		return i18n.In(w.lang, "%d over planned", -v), colOver
	}
	return "0", colText
}
