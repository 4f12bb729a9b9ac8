package sheets

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"orgdesigner/app/cost"
	"orgdesigner/data"
)

// staffing writes 编制汇总: one row per role, a subtotal after each
// department's roles, a department without roles as a row of its own
// (so it survives a round trip), the total, and a note on how cost is
// counted. Beside the headcount each role has its grade, its monthly
// salary band (its own, or its grade's in grey italics) and its planned
// and filled cost per month and per year; the cost cells are formulas of
// the headcount and the band, so editing either in the sheet updates them.
func (x *exporter) staffing(sheet string) error {
	headers := []string{x.t("Department"), x.t("Role"), x.t("Role code"), x.t("Reports to role"),
		x.t("Planned (headcount)"), x.t("Filled (headcount)"), x.t("Vacancy"), x.t("Grade"),
		x.t("Pay min / month"), x.t("Pay max / month"), x.t("Planned cost / month"), x.t("Filled cost / month"),
		x.t("Planned cost / year"), x.t("Filled cost / year")}
	type group struct {
		dept  data.ID
		label string
		roles []*data.Role
	}
	company := x.t("Company level")
	groups := []group{{"", company, x.roles[""]}}
	for _, d := range x.depts {
		groups = append(groups, group{d.ID, x.paths[d.ID], x.roles[d.ID]})
	}
	last := 1
	for _, g := range groups {
		if len(g.roles) > 0 {
			last += len(g.roles) + 1
		} else if g.dept != "" {
			last++
		}
	}
	widths := fitWidths(headers, func(yield func([]string)) {
		for _, g := range groups {
			for _, r := range g.roles {
				yield([]string{g.label, r.Title, r.Code, x.roleRef(r.ReportsTo), "", "", "", r.Grade})
			}
		}
	})
	for i := 8; i < len(widths); i++ {
		widths[i] = max(widths[i], 12) // room for 1,234,567
	}
	sw, err := x.table(sheet, headers, widths, last+1, nil)
	if err != nil {
		return err
	}
	row := 2
	put := func(vals []any, opts ...excelize.RowOpts) error {
		err := sw.SetRow(cellName(1, row), vals, opts...)
		row++
		return err
	}
	onCost, months := percentText(x.doc.Org), strconv.FormatFloat(x.doc.Org.Months(), 'f', -1, 64)
	var planned, filled int
	var amount cost.Amount
	for _, g := range groups {
		if len(g.roles) == 0 {
			if g.dept != "" {
				if err := put([]any{g.label}); err != nil {
					return err
				}
			}
			continue
		}
		first, sumP, sumF := row, 0, 0
		var sum cost.Amount
		for _, r := range g.roles {
			f := x.filled[r.ID]
			sumP, sumF = sumP+r.Planned, sumF+f
			vac := excelize.Cell{Formula: fmt.Sprintf("E%d-F%d", row, row), Value: r.Planned - f}
			vals := []any{g.label, r.Title, str(r.Code), str(x.roleRef(r.ReportsTo)), r.Planned, f, vac, textCell(r.Grade, x.center)}
			if lo, hi, ok := cost.Band(x.doc, r); ok {
				a := x.cost.Role[r.ID]
				sum = sum.Add(a)
				band := x.money
				if r.PayMin <= 0 && r.PayMax <= 0 {
					band = x.inherited
				}
				monthly := func(heads string, v float64) excelize.Cell {
					return excelize.Cell{Formula: fmt.Sprintf("%s%d*(I%d+J%d)/2*(1+%s%%)", heads, row, row, row, onCost), Value: v, StyleID: x.money}
				}
				yearly := func(col string, v float64) excelize.Cell {
					return excelize.Cell{Formula: fmt.Sprintf("%s%d*%s", col, row, months), Value: v, StyleID: x.money}
				}
				vals = append(vals, excelize.Cell{Value: lo, StyleID: band}, excelize.Cell{Value: hi, StyleID: band},
					monthly("E", a.PlannedMonthly), monthly("F", a.FilledMonthly), yearly("K", a.PlannedYearly), yearly("L", a.FilledYearly))
			}
			if err := put(vals); err != nil {
				return err
			}
		}
		planned, filled, amount = planned+sumP, filled+sumF, amount.Add(sum)
		sub := func(col string, v any, style int) excelize.Cell {
			return excelize.Cell{Formula: fmt.Sprintf("SUBTOTAL(9,%s%d:%s%d)", col, first, col, row-1), Value: v, StyleID: style}
		}
		// The department is on the subtotal row too, so sorting or
		// filtering by department keeps it with its roles.
		dept := excelize.Cell{Value: g.label, StyleID: x.total}
		label := excelize.Cell{Value: x.t("Subtotal (%s)", g.label), StyleID: x.total}
		blank := excelize.Cell{StyleID: x.total}
		if err := put([]any{dept, label, blank, blank, sub("E", sumP, x.total), sub("F", sumF, x.total), sub("G", sumP-sumF, x.total),
			blank, blank, blank, sub("K", sum.PlannedMonthly, x.totalMoney), sub("L", sum.FilledMonthly, x.totalMoney),
			sub("M", sum.PlannedYearly, x.totalMoney), sub("N", sum.FilledYearly, x.totalMoney)}); err != nil {
			return err
		}
	}
	tot := func(col string, v any, style int) excelize.Cell {
		return excelize.Cell{Formula: fmt.Sprintf("SUBTOTAL(9,%s2:%s%d)", col, col, max(row-1, 2)), Value: v, StyleID: style}
	}
	blank := excelize.Cell{StyleID: x.total}
	if err := put([]any{excelize.Cell{Value: x.t("Grand total"), StyleID: x.total}, blank, blank, blank,
		tot("E", planned, x.total), tot("F", filled, x.total), tot("G", planned-filled, x.total), blank, blank, blank,
		tot("K", amount.PlannedMonthly, x.totalMoney), tot("L", amount.FilledMonthly, x.totalMoney),
		tot("M", amount.PlannedYearly, x.totalMoney), tot("N", amount.FilledYearly, x.totalMoney)}); err != nil {
		return err
	}
	// Notes below the table (import skips them as footers) say which
	// scenario this is, how the cost is counted and which roles have no
	// band.
	row++
	if x.scenario != "" {
		if err := put([]any{x.t("Note: this is the scenario “%s”, not the organisation in force.", x.scenario)}); err != nil {
			return err
		}
	}
	if err := put([]any{x.t("Note: monthly cost = headcount × midpoint of the monthly salary band × (1 + %s%% employer on-cost); yearly cost = monthly cost × %s months. Grey bands come from the grade table.", onCost, months)}); err != nil {
		return err
	}
	if n := len(x.cost.Unpriced); n > 0 {
		if err := put([]any{x.t("Note: %d roles have no salary band and are not in the cost.", n)}); err != nil {
			return err
		}
	}
	return sw.Flush()
}

// percentText is the organisation's on-cost rate in percent as written in
// a formula ("30", "35.5").
func percentText(o data.Organisation) string {
	p := float64(data.DefaultOnCostPercent)
	if o.OnCostPercent != nil {
		p = *o.OnCostPercent // as entered: OnCost()×100 would print 30.000000000000004
	}
	return strconv.FormatFloat(p, 'f', -1, 64)
}

// rosterColumns are the roster's fixed columns; import maps each header.
func (x *exporter) rosterColumns() []string {
	return []string{x.t("Employee No."), x.t("Name"), x.t("Department"), x.t("Role"), x.t("Manager"),
		x.t("Status"), x.t("Hire date"), x.t("Phone"), x.t("Email")}
}

// Column positions of the roster (1-based) used for styles and drop-downs.
const (
	rosterNumber = 1
	rosterDept   = 3
	rosterRole   = 4
	rosterStatus = 6
	rosterHire   = 7
	rosterPhone  = 8
)

// roster writes 花名册: people in canonical order (工号, name), then every
// extra field key in first-seen order, with drop-downs for department,
// role and status that accept other values with a warning (a new
// department typed in is created by the next import).
func (x *exporter) roster(sheet, lists string, templateOnly bool) error {
	var people []*data.Person
	if !templateOnly {
		people = make([]*data.Person, len(x.doc.People))
		for i := range x.doc.People {
			people[i] = &x.doc.People[i]
		}
		slices.SortStableFunc(people, func(a, b *data.Person) int {
			return cmp.Or(cmp.Compare(a.Number, b.Number), cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID))
		})
	}
	headers := x.rosterColumns()
	extraCol := map[string]int{}
	for _, p := range people {
		for _, e := range p.Extra {
			if _, ok := extraCol[e.Key]; !ok {
				if !x.personal && PersonalKindOf(e.Key) != "" {
					extraCol[e.Key] = -1 // left out unless asked for
					continue
				}
				extraCol[e.Key] = len(headers)
				headers = append(headers, e.Key)
			}
		}
	}
	cells := func(p *data.Person) []string {
		out := make([]string, len(headers))
		out[0], out[1], out[2], out[3] = p.Number, p.Name, x.paths[x.personDept(p)], x.roleTitle(p.Role)
		out[4], out[5], out[6] = x.personRef(p.Manager), statusText(x.lang, p.Status), p.HireDate
		out[7], out[8] = p.Phone, p.Email
		for _, e := range p.Extra {
			if c := extraCol[e.Key]; c >= 0 {
				out[c] = e.Value
			}
		}
		return out
	}
	widths := fitWidths(headers, func(yield func([]string)) {
		for i, p := range people {
			if i < 2000 { // a sample sizes the columns; the rest would cost time
				yield(cells(p))
			}
		}
	})
	widths[rosterHire-1] = max(widths[rosterHire-1], 12)
	sw, err := x.table(sheet, headers, widths, len(people)+1,
		map[int]int{rosterNumber: x.text, rosterPhone: x.text, rosterHire: x.date})
	if err != nil {
		return err
	}
	if err := x.rosterDropDowns(sheet, lists); err != nil {
		return err
	}
	vals := make([]any, len(headers))
	for i, p := range people {
		for j, c := range cells(p) {
			vals[j] = str(c)
		}
		vals[rosterNumber-1] = textCell(p.Number, x.text)
		vals[rosterPhone-1] = textCell(p.Phone, x.text)
		if serial, ok := toSerial(p.HireDate); ok {
			vals[rosterHire-1] = excelize.Cell{Value: serial, StyleID: x.date}
		}
		if err := sw.SetRow(cellName(1, i+2), vals); err != nil {
			return err
		}
	}
	return sw.Flush()
}

func textCell(s string, style int) any {
	if s == "" {
		return nil
	}
	return excelize.Cell{Value: s, StyleID: style}
}

func (x *exporter) roleTitle(id data.ID) string {
	if r := x.doc.Role(id); r != nil {
		return r.Title
	}
	return ""
}

// rosterDropDowns adds the list validations (before the sheet is flushed,
// which is when the stream writer writes them).
func (x *exporter) rosterDropDowns(sheet, lists string) error {
	add := func(col int, set func(dv *excelize.DataValidation) error) error {
		dv := excelize.NewDataValidation(true)
		c := columnLetter(col)
		dv.Sqref = fmt.Sprintf("%s2:%s1048576", c, c)
		if err := set(dv); err != nil {
			return err
		}
		dv.SetError(excelize.DataValidationErrorStyleWarning, x.t("Not in the list"),
			x.t("This value is not in the document yet; importing the roster will create it."))
		return x.f.AddDataValidation(sheet, dv)
	}
	if n := len(x.depts); n > 0 {
		if err := add(rosterDept, func(dv *excelize.DataValidation) error {
			dv.SetSqrefDropList(listRef(lists, 1, n))
			return nil
		}); err != nil {
			return err
		}
	}
	if n := len(x.allRoleTitles()); n > 0 {
		if err := add(rosterRole, func(dv *excelize.DataValidation) error {
			dv.SetSqrefDropList(listRef(lists, 2, n))
			return nil
		}); err != nil {
			return err
		}
	}
	return add(rosterStatus, func(dv *excelize.DataValidation) error {
		dv.SetSqrefDropList(listRef(lists, 3, 3))
		return nil
	})
}

// responsibilities writes 岗位职责: every section of every role card,
// one row per section, responsibility, example and KPI, so the sheet reads
// as the role cards and importing it restores them (roundtrip.go).
func (x *exporter) responsibilities(sheet string) error {
	headers := []string{x.t("Department"), x.t("Role"), x.t("Role card section"), x.t("Item No."), x.t("Responsibility or KPI"),
		x.t("Weight (%)"), x.t("KPI target"), x.t("KPI cycle")}
	var rows [][]any
	each := func(rs []*data.Role) {
		for _, r := range rs {
			path := x.deptLabel(r.Department)
			text := func(section, v string) {
				if v != "" {
					rows = append(rows, []any{path, r.Title, section, nil, v})
				}
			}
			// The grade is on the staffing sheet, beside the salary band.
			text(x.t("Purpose"), r.Purpose)
			for i, item := range r.Responsibilities {
				rows = append(rows, []any{path, r.Title, x.t("Responsibility"), i + 1, item.Text, weight(item.Weight)})
				for _, ex := range item.Examples {
					rows = append(rows, []any{path, r.Title, x.t("Example"), i + 1, ex})
				}
			}
			for i, k := range r.KPIs {
				rows = append(rows, []any{path, r.Title, x.t("KPI"), i + 1, k.Indicator, weight(k.Weight),
					str(k.Target), str(k.Cycle)})
			}
			q := r.Qualifications
			text(x.t("Education"), q.Education)
			text(x.t("Major"), q.Major)
			text(x.t("Experience"), q.Experience)
			text(x.t("Skills and competencies"), q.Skills)
			text(x.t("Certificates"), q.Certificates)
			text(x.t("Authority"), r.Authority)
			text(x.t("Internal contacts"), r.InternalContacts)
			text(x.t("External contacts"), r.ExternalContacts)
			text(x.t("Working conditions"), r.Conditions)
			text(x.t("Career path"), r.CareerPath)
			text(x.t("Notes"), r.Notes)
		}
	}
	each(x.roles[""])
	for _, d := range x.depts {
		each(x.roles[d.ID])
	}
	widths := []float64{24, 20, 12, 6, 60, 10, 20, 8}
	sw, err := x.table(sheet, headers, widths, len(rows)+1, map[int]int{5: x.wrap})
	if err != nil {
		return err
	}
	for i, r := range rows {
		if err := sw.SetRow(cellName(1, i+2), r, wrappedHeight(r[4].(string), widths[4])...); err != nil {
			return err
		}
	}
	return sw.Flush()
}

// wrappedHeight is the row height for text wrapped in a column of the
// given width: spreadsheet programs do not grow a streamed row to fit its
// wrapped text, and printed lines would run into each other.
func wrappedHeight(text string, width float64) []excelize.RowOpts {
	lines := 0
	for _, l := range strings.Split(text, "\n") {
		lines += 1 + int(textWidth(l)*0.85/width) // CJK prints narrower than two digits
	}
	if lines <= 1 {
		return nil
	}
	return []excelize.RowOpts{{Height: float64(lines) * 15}}
}

// deptLabel is a department's path, or "company level" for the roles
// above the departments, so every row names where it belongs.
func (x *exporter) deptLabel(id data.ID) string {
	if p := x.paths[id]; p != "" {
		return p
	}
	return x.t("Company level")
}

func weight(w float64) any {
	if w == 0 {
		return nil
	}
	return w
}

// projects writes 项目组: one row per member, a team without members as
// one row.
func (x *exporter) projects(sheet string) error {
	headers := []string{x.t("Project team"), x.t("Owner role"), x.t("Team owner"), x.t("Start date"), x.t("End date"),
		x.t("Project goal"), x.t("Member"), x.t("Member type"), x.t("Project role")}
	var rows [][]any
	teams := make([]*data.ProjectTeam, len(x.doc.Projects))
	for i := range x.doc.Projects {
		teams[i] = &x.doc.Projects[i]
	}
	slices.SortStableFunc(teams, func(a, b *data.ProjectTeam) int {
		return cmp.Or(cmp.Compare(a.Order, b.Order), cmp.Compare(a.ID, b.ID))
	})
	for _, t := range teams {
		head := []any{t.Name, str(x.roleRef(t.OwnerRole)), str(x.personRef(t.OwnerPerson)), str(t.Start), str(t.End), str(t.Goal)}
		if len(t.Members) == 0 {
			rows = append(rows, head)
		}
		for _, m := range t.Members {
			name, kind := x.roleRef(m.Role), x.t("Member: role")
			if m.Person != "" {
				name, kind = x.personRef(m.Person), x.t("Member: person")
			}
			rows = append(rows, append(slices.Clone(head), str(name), kind, str(m.ProjectRole)))
		}
	}
	widths := []float64{20, 24, 16, 12, 12, 40, 28, 10, 16}
	sw, err := x.table(sheet, headers, widths, len(rows)+1, nil)
	if err != nil {
		return err
	}
	for i, r := range rows {
		if err := sw.SetRow(cellName(1, i+2), r); err != nil {
			return err
		}
	}
	return sw.Flush()
}
