package sheets

import (
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"orgdesigner/app"
	"orgdesigner/data"
)

// metaSheet is the hidden sheet with what the visible sheets do not show
// but a round trip needs: the organisation's settings, dotted reporting
// lines and which fields are template suggestions. Its name is not
// translated: it is read by the program, not by people.
const metaSheet = "OrgDesigner"

// metaMarker and metaVersion head the meta sheet; they identify the
// workbook as one of ours (roundtrip.go).
const (
	metaMarker  = "orgdesigner-workbook"
	metaVersion = "1"
)

// Kinds of rows of the meta sheet (column A).
const (
	metaOrg           = "org"            // field, value
	metaDotted        = "dotted"         // department, role, manager role reference, label
	metaRoleSuggested = "role-suggested" // department, role, fields joined by ","
	metaDeptSuggested = "dept-suggested" // department, fields joined by ","
	metaGrade         = "grade"          // grade, monthly min, monthly max (the grade table, in order)
	metaRolePay       = "role-pay"       // department, role, PayMin, PayMax (a role's own band as stored)
)

// departments writes 部门: every department in chart order with its
// parent, head role, positioning, motto and colour, then its roll-ups with
// its sub-departments: 编制, 在岗 and planned and filled cost per month and
// per year.
func (x *exporter) departments(sheet string) error {
	headers := []string{x.t("Department"), x.t("Parent department"), x.t("Head"), x.t("Positioning"), x.t("Motto"), x.t("Colour"),
		x.t("Planned incl. sub-departments"), x.t("Filled incl. sub-departments"),
		x.t("Planned cost / month incl. sub-departments"), x.t("Filled cost / month incl. sub-departments"),
		x.t("Planned cost / year incl. sub-departments"), x.t("Filled cost / year incl. sub-departments")}
	rows := make([][]string, 0, len(x.depts))
	for _, d := range x.depts {
		rows = append(rows, []string{x.paths[d.ID], x.paths[d.Parent], x.roleRef(d.Head), d.Positioning, d.Motto, d.Color})
	}
	widths := fitWidths(headers[:3], func(yield func([]string)) {
		for _, r := range rows {
			yield(r[:3])
		}
	})
	widths = append(widths, 50, 24, 10, 14, 14, 14, 14, 14, 14)
	sw, err := x.table(sheet, headers, widths, len(rows)+1, map[int]int{4: x.wrap})
	if err != nil {
		return err
	}
	heads := app.CountHeads(x.doc)
	for i, r := range rows {
		vals := make([]any, len(r), len(headers))
		for j, c := range r {
			vals[j] = str(c)
		}
		id := x.depts[i].ID
		h, a := heads.Department[id], x.cost.Department[id]
		money := func(v float64) excelize.Cell { return excelize.Cell{Value: v, StyleID: x.money} }
		vals = append(vals, h.Planned, h.Filled, money(a.PlannedMonthly), money(a.FilledMonthly),
			money(a.PlannedYearly), money(a.FilledYearly))
		if err := sw.SetRow(cellName(1, i+2), vals, wrappedHeight(r[3], widths[3])...); err != nil {
			return err
		}
	}
	return sw.Flush()
}

// meta writes the hidden meta sheet (see metaSheet).
func (x *exporter) meta(sheet string) error {
	sw, err := x.f.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	n := 0
	put := func(cells ...string) error {
		n++
		vals := make([]any, len(cells))
		for i, c := range cells {
			vals[i] = str(c)
		}
		return sw.SetRow(cellName(1, n), vals)
	}
	org := x.doc.Org
	rows := [][]string{{metaMarker, metaVersion},
		{metaOrg, "name", org.Name}, {metaOrg, "industry", org.Industry}, {metaOrg, "mode", string(org.Mode)},
		{metaOrg, "stage", string(org.Stage)}, {metaOrg, "lang", org.Lang}, {metaOrg, "notes", org.Notes},
		{metaOrg, "template", org.Template}}
	// Cost settings: written only when set, so a document that never set
	// them gets the defaults back rather than explicit values.
	if org.OnCostPercent != nil {
		rows = append(rows, []string{metaOrg, "onCostPercent", formatNumber(*org.OnCostPercent)})
	}
	if org.MonthsPerYear != 0 {
		rows = append(rows, []string{metaOrg, "monthsPerYear", formatNumber(org.MonthsPerYear)})
	}
	for _, g := range org.Grades {
		rows = append(rows, []string{metaGrade, g.Grade, formatNumber(g.Min), formatNumber(g.Max)})
	}
	for _, d := range x.depts {
		if len(d.Suggested) > 0 {
			rows = append(rows, []string{metaDeptSuggested, x.paths[d.ID], strings.Join(d.Suggested, ",")})
		}
	}
	each := func(rs []*data.Role) {
		for _, r := range rs {
			path := x.deptLabel(r.Department)
			if len(r.Suggested) > 0 {
				rows = append(rows, []string{metaRoleSuggested, path, r.Title, strings.Join(r.Suggested, ",")})
			}
			if r.PayMin != 0 || r.PayMax != 0 {
				rows = append(rows, []string{metaRolePay, path, r.Title, formatNumber(r.PayMin), formatNumber(r.PayMax)})
			}
			for _, dl := range r.Dotted {
				rows = append(rows, []string{metaDotted, path, r.Title, x.roleRef(dl.Manager), dl.Label})
			}
		}
	}
	each(x.roles[""])
	for _, d := range x.depts {
		each(x.roles[d.ID])
	}
	for _, r := range rows {
		if err := put(r...); err != nil {
			return err
		}
	}
	return sw.Flush()
}

// formatNumber writes a number exactly and shortest ("8000", "12.5"), so
// reading it back gives the same float.
func formatNumber(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
