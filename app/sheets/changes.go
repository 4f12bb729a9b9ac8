package sheets

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"

	"github.com/xuri/excelize/v2"

	"orgdesigner/app"
	"orgdesigner/app/compare"
	"orgdesigner/app/cost"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// ChangesOptions say what a change sheet (变更) compares and how it is
// written.
type ChangesOptions struct {
	// Result is the comparison to write (compare.Compare(A, B)).
	Result *compare.Result
	// NameA and NameB name the two organisations in the title ("当前组织",
	// "成长期方案"); empty gives "Before" and "After".
	NameA, NameB string
	// Lang is the language of the sheet: "zh" or "en"; "" uses B's content
	// language.
	Lang string
}

// WriteChanges adds the change sheet (变更 / Changes) to f: a title naming
// A and B, the cost settings, a summary with headcount (编制, 在岗) and
// planned monthly and yearly cost before, after and the difference for
// every department the comparison lists and the company total, then one
// row per change in the comparison's order: department, kind, object,
// from, to and details. It returns an error when f already has a sheet of
// that name.
func WriteChanges(f *excelize.File, opts ChangesOptions) error {
	c, err := newChangeWriter(f, opts)
	if err != nil {
		return err
	}
	if idx, _ := f.GetSheetIndex(c.sheet); idx >= 0 {
		return fmt.Errorf("changes: the workbook already has a sheet %q", c.sheet)
	}
	if _, err := f.NewSheet(c.sheet); err != nil {
		return err
	}
	return c.write()
}

// ExportChanges writes a workbook with the change sheet alone to w.
func ExportChanges(w io.Writer, opts ChangesOptions) error {
	f := excelize.NewFile()
	defer f.Close()
	c, err := newChangeWriter(f, opts)
	if err != nil {
		return err
	}
	if err := f.SetSheetName("Sheet1", c.sheet); err != nil {
		return err
	}
	if err := c.write(); err != nil {
		return fmt.Errorf("changes: %w", err)
	}
	if _, err := f.WriteTo(w); err != nil {
		return fmt.Errorf("changes: %w", err)
	}
	return nil
}

// ExportChangesFile is ExportChanges to a file, written whole or not at
// all. To append the change sheet to a staffing workbook instead, set
// ExportOptions.Changes.
func ExportChangesFile(path string, opts ChangesOptions) error {
	return writeAtomic(path, func(f *os.File) error { return ExportChanges(f, opts) })
}

// changeWriter writes one change sheet.
type changeWriter struct {
	f            *excelize.File
	r            *compare.Result
	lang, sheet  string
	nameA, nameB string
	pathsA       map[data.ID]string
	pathsB       map[data.ID]string

	title, header, total, money, totalMoney, wrap int
	// totalLabel: the summary's total label, wrapped like its other
	// labels (wrap); plain: its headcounts. Summary cells sit at the top
	// of a row grown for a wrapped label.
	totalLabel, plain int
	// diff and totalDiff show a difference with its sign (+3, -2).
	diff, diffMoney, totalDiff, totalDiffMoney int
}

func newChangeWriter(f *excelize.File, opts ChangesOptions) (*changeWriter, error) {
	if opts.Result == nil || opts.Result.A == nil || opts.Result.B == nil {
		return nil, fmt.Errorf("changes: no comparison to write")
	}
	lang := opts.Lang
	if lang == "" {
		lang = opts.Result.B.Org.Lang
	}
	c := &changeWriter{f: f, r: opts.Result, lang: i18n.Normalize(lang), nameA: opts.NameA, nameB: opts.NameB,
		pathsA: deptPaths(opts.Result.A), pathsB: deptPaths(opts.Result.B)}
	c.sheet = c.t("Changes")
	if c.nameA == "" {
		c.nameA = c.t("Before")
	}
	if c.nameB == "" {
		c.nameB = c.t("After")
	}
	fill := excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"#DDEBF7"}}
	top := &excelize.Alignment{Vertical: "top"}
	signedFmt, signedMoneyFmt := "+0;-0;0", "+#,##0;-#,##0;0"
	border := []excelize.Border{{Type: "left", Color: "#BFBFBF", Style: 1}, {Type: "right", Color: "#BFBFBF", Style: 1},
		{Type: "top", Color: "#BFBFBF", Style: 1}, {Type: "bottom", Color: "#BFBFBF", Style: 1}}
	for _, s := range []struct {
		id *int
		s  *excelize.Style
	}{
		{&c.title, &excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}}},
		{&c.header, &excelize.Style{Font: &excelize.Font{Bold: true, Color: "#FFFFFF"}, Border: border,
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"#2F5597"}},
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}}},
		{&c.total, &excelize.Style{Font: &excelize.Font{Bold: true}, Fill: fill, Alignment: top}},
		{&c.totalLabel, &excelize.Style{Font: &excelize.Font{Bold: true}, Fill: fill,
			Alignment: &excelize.Alignment{Horizontal: "left", WrapText: true, Vertical: "top"}}},
		{&c.plain, &excelize.Style{Alignment: top}},
		{&c.money, &excelize.Style{NumFmt: 3, Alignment: top}},
		{&c.totalMoney, &excelize.Style{NumFmt: 3, Font: &excelize.Font{Bold: true}, Fill: fill, Alignment: top}},
		{&c.wrap, &excelize.Style{Alignment: &excelize.Alignment{Horizontal: "left", WrapText: true, Vertical: "top"}}},
		{&c.diff, &excelize.Style{CustomNumFmt: &signedFmt, Alignment: top}},
		{&c.diffMoney, &excelize.Style{CustomNumFmt: &signedMoneyFmt, Alignment: top}},
		{&c.totalDiff, &excelize.Style{CustomNumFmt: &signedFmt, Font: &excelize.Font{Bold: true}, Fill: fill, Alignment: top}},
		{&c.totalDiffMoney, &excelize.Style{CustomNumFmt: &signedMoneyFmt, Font: &excelize.Font{Bold: true}, Fill: fill, Alignment: top}},
	} {
		id, err := newStyle(f, s.s)
		if err != nil {
			return nil, err
		}
		*s.id = id
	}
	return c, nil
}

func (c *changeWriter) t(key string, args ...any) string { return tr(c.lang, key, args...) }

// deptPaths gives every department its path (市场中心/市场部).
func deptPaths(doc *data.Document) map[data.ID]string {
	paths := make(map[data.ID]string, len(doc.Departments))
	for _, d := range compare.TreeOrder(doc) {
		if p := paths[d.Parent]; p != "" && d.Parent != d.ID {
			paths[d.ID] = p + "/" + d.Name
		} else {
			paths[d.ID] = d.Name
		}
	}
	return paths
}

// summaryColumns is the width of the summary table (department and four
// before/after/difference triples).
const summaryColumns = 13

func (c *changeWriter) write() error {
	if err := pageSetup(c.f, c.sheet); err != nil {
		return err
	}
	sw, err := c.f.NewStreamWriter(c.sheet)
	if err != nil {
		return err
	}
	// The summary needs thirteen narrow number columns, the change list
	// six columns of text: the list's from, to and details span three,
	// three and four of the number columns (merged), so both tables share
	// one grid and print one page wide.
	widths := []float64{c.deptWidth(), 20, 18, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13}
	for i := len(widths); i >= 1; i-- {
		if err := sw.SetColWidth(i, i, widths[i-1]); err != nil {
			return err
		}
	}
	row := 1
	put := func(vals []any, opts ...excelize.RowOpts) error {
		err := sw.SetRow(cellName(1, row), vals, opts...)
		row++
		return err
	}
	r := c.r
	if err := put([]any{excelize.Cell{Value: c.t("Changes: %s → %s", c.nameA, c.nameB), StyleID: c.title}}, excelize.RowOpts{Height: 24}); err != nil {
		return err
	}
	a, b := r.A.Org, r.B.Org
	note := c.t("Monthly cost = headcount × midpoint of the monthly salary band × (1 + %s%% employer on-cost); yearly cost = monthly cost × %s months.",
		percentText(b), formatNumber(b.Months()))
	if percentText(a) != percentText(b) || a.Months() != b.Months() {
		note = c.t("Monthly cost = headcount × midpoint of the monthly salary band × (1 + employer on-cost); yearly cost = monthly cost × months a year. %s: on-cost %s%%, %s months; %s: on-cost %s%%, %s months.",
			c.nameA, percentText(a), formatNumber(a.Months()), c.nameB, percentText(b), formatNumber(b.Months()))
	}
	// Each side's roles without a band; a side with none priced reads
	// 未设薪酬 in the table.
	for _, side := range []struct {
		n    int
		name string
	}{{len(r.CostA.Unpriced), c.nameA}, {len(r.CostB.Unpriced), c.nameB}} {
		if side.n > 0 {
			note += " " + trn(c.lang, side.n, "%d role of %s has no salary band and is not in the cost.",
				"%d roles of %s have no salary band and are not in the cost.", side.n, side.name)
		}
	}
	if err := put([]any{note}); err != nil {
		return err
	}
	row++ // a blank row before the summary

	headers := []string{c.t("Department"), c.t("Planned before"), c.t("Planned after"), c.t("Planned change"),
		c.t("Filled before"), c.t("Filled after"), c.t("Filled change"),
		c.t("Monthly cost before"), c.t("Monthly cost after"), c.t("Monthly cost change"),
		c.t("Yearly cost before"), c.t("Yearly cost after"), c.t("Yearly cost change")}
	if err := put(c.headerRow(headers), excelize.RowOpts{Height: 30}); err != nil {
		return err
	}
	for _, g := range r.Groups {
		if g.Department == "" {
			continue // the company level carries the totals, below
		}
		label := c.groupLabel(g)
		if err := put(c.summaryRow(row, label, g.HeadsA, g.HeadsB, g.CostA, g.CostB, g.CovA, g.CovB, false), wrappedHeight(label, widths[0])...); err != nil {
			return err
		}
	}
	total := c.t("Grand total")
	if err := put(c.summaryRow(row, total, r.HeadsA.Company, r.HeadsB.Company, r.CostA.Company, r.CostB.Company,
		r.CostA.CompanyCoverage, r.CostB.CompanyCoverage, true), wrappedHeight(total, widths[0])...); err != nil {
		return err
	}
	row++

	// Change list columns: A department, B kind, C object, D:F from,
	// G:I to, J:M details.
	spans := [][2]int{{1, 1}, {2, 2}, {3, 3}, {4, 6}, {7, 9}, {10, 13}}
	line := func(vals []any, style int, opts ...excelize.RowOpts) error {
		cells := make([]any, summaryColumns)
		for i, sp := range spans {
			cells[sp[0]-1] = excelize.Cell{Value: vals[i], StyleID: style}
			for col := sp[0] + 1; col <= sp[1]; col++ {
				cells[col-1] = excelize.Cell{StyleID: style}
			}
			if sp[1] > sp[0] {
				if err := sw.MergeCell(cellName(sp[0], row), cellName(sp[1], row)); err != nil {
					return err
				}
			}
		}
		return put(cells, opts...)
	}
	if err := line([]any{c.t("Department"), c.t("Change"), c.t("Object"), c.t("From"), c.t("To"), c.t("Details")}, c.header,
		excelize.RowOpts{Height: 22}); err != nil {
		return err
	}
	if len(r.Changes) == 0 {
		return flush(sw, put([]any{c.t("No differences.")}))
	}
	for _, g := range r.Groups {
		label := c.groupLabel(g)
		for _, ch := range g.Changes {
			from, to, details := c.describe(ch)
			vals := []any{label, compare.KindText(c.lang, ch.Kind), str(ch.Name), from, to, str(details)}
			// The row is as tall as its longest wrapped cell: a streamed
			// row does not grow by itself.
			var height []excelize.RowOpts
			for i, v := range vals {
				text, ok := v.(string)
				if !ok {
					continue
				}
				w := 0.0
				for col := spans[i][0]; col <= spans[i][1]; col++ {
					w += widths[col-1]
				}
				if h := wrappedHeight(text, w); len(h) > 0 && (len(height) == 0 || h[0].Height > height[0].Height) {
					height = h
				}
			}
			if err := line(vals, c.wrap, height...); err != nil {
				return err
			}
		}
	}
	return sw.Flush()
}

func flush(sw *excelize.StreamWriter, err error) error {
	if err != nil {
		return err
	}
	return sw.Flush()
}

func (c *changeWriter) headerRow(headers []string) []any {
	out := make([]any, len(headers))
	for i, h := range headers {
		out[i] = excelize.Cell{Value: h, StyleID: c.header}
	}
	return out
}

// summaryRow is one row of the summary: label, then before, after and
// the difference (a formula) of 编制, 在岗, monthly and yearly planned cost.
// A cost none of whose roles has a salary band is unknown, not 0: its
// cell says 未设薪酬 (as the change list and report do) and there is no
// difference.
func (c *changeWriter) summaryRow(row int, label string, ha, hb app.Count, ca, cb cost.Amount, va, vb cost.Coverage, total bool) []any {
	lab, plain, money, diff, diffMoney := c.wrap, c.plain, c.money, c.diff, c.diffMoney
	if total {
		lab, plain, money, diff, diffMoney = c.totalLabel, c.total, c.totalMoney, c.totalDiff, c.totalDiffMoney
	}
	out := []any{excelize.Cell{Value: label, StyleID: lab}}
	triple := func(col int, a, b, d any, style, diffStyle int) {
		before, after := columnLetter(col), columnLetter(col+1)
		out = append(out, excelize.Cell{Value: a, StyleID: style}, excelize.Cell{Value: b, StyleID: style},
			excelize.Cell{Formula: fmt.Sprintf("%s%d-%s%d", after, row, before, row), Value: d, StyleID: diffStyle})
	}
	costs := func(a, b float64) {
		if !va.Unknown() && !vb.Unknown() {
			triple(len(out)+1, a, b, b-a, money, diffMoney)
			return
		}
		side := func(v float64, cv cost.Coverage) any {
			if cv.Unknown() {
				return compare.NoBand(c.lang)
			}
			return v
		}
		out = append(out, excelize.Cell{Value: side(a, va), StyleID: money}, excelize.Cell{Value: side(b, vb), StyleID: money},
			excelize.Cell{Value: "—", StyleID: diffMoney})
	}
	triple(2, ha.Planned, hb.Planned, hb.Planned-ha.Planned, plain, diff)
	triple(5, ha.Filled, hb.Filled, hb.Filled-ha.Filled, plain, diff)
	costs(ca.PlannedMonthly, cb.PlannedMonthly)
	costs(ca.PlannedYearly, cb.PlannedYearly)
	return out
}

// deptWidth sizes the department column to its longest label, between
// 20 and 60 characters wide; a longer path wraps (the rows grow).
func (c *changeWriter) deptWidth() float64 {
	w := max(textWidth(c.t("Department")), textWidth(c.t("Grand total")))
	for _, g := range c.r.Groups {
		w = max(w, textWidth(c.groupLabel(g)))
	}
	// wrappedHeight reckons CJK text at 0.85 of its textWidth: a label
	// that fits by that measure prints on one line.
	return min(max(w*0.85+2, 20), 60)
}

// groupLabel names a group's department by its path, marked when it is
// new or removed; "" is the company level.
func (c *changeWriter) groupLabel(g compare.Group) string {
	if g.Department == "" {
		return c.t("Company level")
	}
	inA, inB := c.r.A.Department(g.Department) != nil, c.r.B.Department(g.Department) != nil
	switch {
	case !inA:
		return c.t("%s (new)", c.pathsB[g.Department])
	case !inB:
		return c.t("%s (removed)", c.pathsA[g.Department])
	}
	return c.pathsB[g.Department]
}

// dept names a department of A or B by its path; "" is the company level.
func (c *changeWriter) dept(paths map[data.ID]string, id data.ID) string {
	if id == "" {
		return c.t("Company level")
	}
	if p := paths[id]; p != "" {
		return p
	}
	return string(id)
}

// role names a role of doc: "title（department path）", or "(none)".
func (c *changeWriter) role(doc *data.Document, paths map[data.ID]string, id data.ID) string {
	r := doc.Role(id)
	if r == nil {
		return c.t("(none)")
	}
	return c.t("%s (%s)", r.Title, c.dept(paths, r.Department))
}

// place is where a person is: their role, else their department.
func (c *changeWriter) place(doc *data.Document, paths map[data.ID]string, role, dept data.ID) string {
	if role != "" && doc.Role(role) != nil {
		return c.role(doc, paths, role)
	}
	// No role: 未安排, the app's word, with the department they are in.
	if dept != "" && doc.Department(dept) != nil {
		return c.t("%s (%s)", c.t("Unassigned"), c.dept(paths, dept))
	}
	return c.t("Unassigned")
}

// describe gives a change's from, to and details columns.
func (c *changeWriter) describe(ch compare.Change) (from, to any, details string) {
	A, B := c.r.A, c.r.B
	switch ch.Kind {
	case compare.DeptAdded:
		return nil, c.dept(c.pathsB, ch.To), ""
	case compare.DeptRemoved:
		return c.dept(c.pathsA, ch.From), nil, ""
	case compare.DeptMoved:
		return c.dept(c.pathsA, ch.From), c.dept(c.pathsB, ch.To), ""
	case compare.DeptRenamed, compare.RoleRenamed:
		return ch.OldName, ch.Name, ""
	case compare.DeptChanged, compare.RoleCardChanged:
		return nil, nil, compare.FieldsText(c.lang, ch.Fields)
	case compare.RoleAdded:
		return nil, c.dept(c.pathsB, ch.To), c.t("Headcount %d; reports to %s", ch.After, c.role(B, c.pathsB, ch.ToRole))
	case compare.RoleRemoved:
		return c.dept(c.pathsA, ch.From), nil, c.t("Headcount %d", ch.Before)
	case compare.RoleMoved:
		// From and To are departments when the department changed, else
		// the 直接上级 roles; a changed 直接上级 is in the details then.
		if !slices.Contains(ch.Fields, compare.FieldDepartment) {
			return c.role(A, c.pathsA, ch.FromRole), c.role(B, c.pathsB, ch.ToRole), c.t("Reports to")
		}
		if slices.Contains(ch.Fields, compare.FieldReportsTo) {
			details = c.t("Reports to: %s → %s", c.role(A, c.pathsA, ch.FromRole), c.role(B, c.pathsB, ch.ToRole))
		}
		return c.dept(c.pathsA, ch.From), c.dept(c.pathsB, ch.To), details
	case compare.PlannedChanged:
		return ch.Before, ch.After, signed(ch.After - ch.Before)
	case compare.PersonAdded:
		return nil, c.place(B, c.pathsB, ch.ToRole, ch.To), ""
	case compare.PersonRemoved:
		return c.place(A, c.pathsA, ch.FromRole, ch.From), nil, ""
	case compare.PersonMoved:
		return c.place(A, c.pathsA, ch.FromRole, ch.From), c.place(B, c.pathsB, ch.ToRole, ch.To), ""
	case compare.ProjectChanged:
		if ch.OldName != "" {
			from, to = ch.OldName, ch.Name
		}
		return from, to, compare.FieldsText(c.lang, ch.Fields)
	}
	return nil, nil, ""
}

// signed writes a difference with its sign: +2, -1.
func signed(n int) string {
	if n > 0 {
		return "+" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}
