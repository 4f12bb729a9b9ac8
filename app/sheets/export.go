package sheets

import (
	"cmp"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/xuri/excelize/v2"

	"orgdesigner/app/cost"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// ExportOptions change what Export writes.
type ExportOptions struct {
	// TemplateOnly writes just an empty roster sheet with the drop-downs,
	// for filling in and importing.
	TemplateOnly bool
	// Lang is the language of sheet names and headers: "zh" or "en"; ""
	// uses the document's content language (doc.Org.Lang).
	Lang string
	// IncludePersonal writes the people's extra fields that hold personal
	// data (ID numbers, bank accounts, home addresses, pay …; see
	// PersonalKindOf); without it they are left out.
	IncludePersonal bool
	// Changes, when set, appends the change sheet (变更) of a comparison
	// after the other sheets (see WriteChanges); its Lang defaults to the
	// workbook's. Ignored with TemplateOnly.
	Changes *ChangesOptions
	// Scenario names the scenario (方案) the document is: every sheet's
	// print header and a note under the staffing table's total say so, so
	// a draft is never taken for the organisation in force. Empty for the
	// current organisation (no print header, no note).
	Scenario string
}

// Export writes the staffing workbook (编制表) of doc to w:
//
//   - 编制汇总: department, role, code, reports-to role, planned, filled and
//     vacancy per role, the department on every row (公司级 for the
//     company level), then grade, monthly salary band and planned and
//     filled cost per month and year; vacancy, cost, department subtotals
//     and the total are formulas (SUBTOTAL, so the total skips the
//     subtotals);
//   - 花名册: the roster, re-importable, with drop-downs for department,
//     role and status (lists on the hidden sheet 列表);
//   - 部门: every department with its parent, head role, positioning,
//     motto and colour;
//   - 岗位职责: every section of every role card, one row per section,
//     responsibility, example and KPI;
//   - 项目组: project teams with owner role, owner and members;
//   - 变更 (only with ExportOptions.Changes): the change sheet of a
//     comparison (WriteChanges);
//   - OrgDesigner (hidden): organisation settings with the grade table and
//     cost settings, dotted lines, the roles' own salary bands and
//     template-suggestion marks (see metaSheet).
//
// Headers are styled, the header row frozen and filtered, columns sized;
// every sheet prints landscape, one page wide, with its header row on
// every page. Cell text is always written as text, so "=1+1" stays "=1+1".
// Sheets are streamed (excelize StreamWriter). Importing the result into
// the same document changes nothing; importing it into a blank document
// gives back the document (roundtrip.go).
func Export(doc *data.Document, w io.Writer, opts ExportOptions) error {
	x, err := newExporter(doc, opts)
	if err != nil {
		return err
	}
	defer x.f.Close()
	if err := x.write(opts.TemplateOnly); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if _, err := x.f.WriteTo(w); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}

// ExportFile is Export to a file, written whole or not at all.
func ExportFile(doc *data.Document, path string, opts ExportOptions) error {
	return writeAtomic(path, func(f *os.File) error { return Export(doc, f, opts) })
}

// exporter holds the document in the order the workbook lists it.
type exporter struct {
	doc    *data.Document
	lang   string
	f      *excelize.File
	depts  []*data.Department // depth first, siblings by Order
	paths  map[data.ID]string
	roles  map[data.ID][]*data.Role // department ("" = company level) → roles by Order
	filled map[data.ID]int
	// personal: write extra fields holding personal data.
	personal bool
	cost     *cost.Rollup
	changes  *ChangesOptions
	scenario string // the scenario's name, "" for the current organisation

	header, date, text, wrap, total, number int
	// money is a yuan amount (#,##0); inherited a band taken from the
	// grade table (grey italic); totalMoney a subtotal's amount.
	money, inherited, totalMoney int
	center                       int // the grade column
}

func newExporter(doc *data.Document, opts ExportOptions) (*exporter, error) {
	lang := opts.Lang
	if lang == "" {
		lang = doc.Org.Lang
	}
	x := &exporter{doc: doc, lang: i18n.Normalize(lang), f: excelize.NewFile(),
		paths: map[data.ID]string{}, roles: map[data.ID][]*data.Role{}, filled: map[data.ID]int{},
		personal: opts.IncludePersonal, cost: cost.Compute(doc), changes: opts.Changes,
		scenario: strings.TrimSpace(opts.Scenario)}
	x.orderDepartments()
	for i := range doc.Roles {
		r := &doc.Roles[i]
		x.roles[r.Department] = append(x.roles[r.Department], r)
	}
	for _, rs := range x.roles {
		slices.SortStableFunc(rs, func(a, b *data.Role) int { return cmp.Or(cmp.Compare(a.Order, b.Order), cmp.Compare(a.ID, b.ID)) })
	}
	for i := range doc.People {
		if p := &doc.People[i]; p.Role != "" && p.Status != data.StatusLeft {
			x.filled[p.Role]++
		}
	}
	if err := x.makeStyles(); err != nil {
		x.f.Close()
		return nil, err
	}
	return x, nil
}

// orderDepartments lists departments depth first and builds their paths.
func (x *exporter) orderDepartments() {
	kids := map[data.ID][]*data.Department{}
	for i := range x.doc.Departments {
		d := &x.doc.Departments[i]
		kids[d.Parent] = append(kids[d.Parent], d)
	}
	for _, ds := range kids {
		slices.SortStableFunc(ds, func(a, b *data.Department) int { return cmp.Or(cmp.Compare(a.Order, b.Order), cmp.Compare(a.ID, b.ID)) })
	}
	seen := map[data.ID]bool{}
	var visit func(parent data.ID, prefix string)
	visit = func(parent data.ID, prefix string) {
		for _, d := range kids[parent] {
			if seen[d.ID] {
				continue
			}
			seen[d.ID] = true
			x.paths[d.ID] = prefix + d.Name
			x.depts = append(x.depts, d)
			visit(d.ID, x.paths[d.ID]+"/")
		}
	}
	visit("", "")
}

func (x *exporter) makeStyles() error {
	border := []excelize.Border{{Type: "left", Color: "#BFBFBF", Style: 1}, {Type: "right", Color: "#BFBFBF", Style: 1},
		{Type: "top", Color: "#BFBFBF", Style: 1}, {Type: "bottom", Color: "#BFBFBF", Style: 1}}
	dateFmt := "yyyy-mm-dd"
	styles := []struct {
		id *int
		s  *excelize.Style
	}{
		{&x.header, &excelize.Style{Font: &excelize.Font{Bold: true, Color: "#FFFFFF"}, Border: border,
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"#2F5597"}},
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}}},
		{&x.date, &excelize.Style{CustomNumFmt: &dateFmt}},
		{&x.text, &excelize.Style{NumFmt: 49}},
		{&x.wrap, &excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}}},
		{&x.total, &excelize.Style{Font: &excelize.Font{Bold: true},
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"#DDEBF7"}}}},
		{&x.number, &excelize.Style{NumFmt: 1}},
		{&x.money, &excelize.Style{NumFmt: 3}},
		{&x.center, &excelize.Style{Alignment: &excelize.Alignment{Horizontal: "center"}}},
		{&x.inherited, &excelize.Style{NumFmt: 3, Font: &excelize.Font{Italic: true, Color: "#7F7F7F"}}},
		{&x.totalMoney, &excelize.Style{NumFmt: 3, Font: &excelize.Font{Bold: true},
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"#DDEBF7"}}}},
	}
	for _, s := range styles {
		id, err := newStyle(x.f, s.s)
		if err != nil {
			return err
		}
		*s.id = id
	}
	return nil
}

func (x *exporter) t(key string, args ...any) string { return tr(x.lang, key, args...) }

// write creates the sheets in order and fills them.
func (x *exporter) write(templateOnly bool) error {
	names := []string{x.t("Staffing"), x.t("Roster"), x.t("Departments"), x.t("Responsibilities"), x.t("Project teams")}
	var changes *changeWriter
	if x.changes != nil && !templateOnly {
		opts := *x.changes
		if opts.Lang == "" {
			opts.Lang = x.lang
		}
		var err error
		if changes, err = newChangeWriter(x.f, opts); err != nil {
			return err
		}
		if slices.Contains(names, changes.sheet) {
			return fmt.Errorf("the change sheet's name %q is taken", changes.sheet)
		}
		names = append(names, changes.sheet)
	}
	if templateOnly {
		names = []string{x.t("Roster")}
	}
	lists := x.t("Lists (hidden sheet)")
	hidden := []string{lists}
	if !templateOnly {
		hidden = append(hidden, metaSheet)
	}
	if err := x.f.SetSheetName("Sheet1", names[0]); err != nil {
		return err
	}
	for _, n := range slices.Concat(names[1:], hidden) {
		if _, err := x.f.NewSheet(n); err != nil {
			return err
		}
	}
	// Both read every worksheet: do them while the sheets are still empty,
	// or excelize would parse the streamed sheets back into memory.
	x.f.SetActiveSheet(0)
	for _, n := range hidden {
		if err := x.f.SetSheetVisible(n, false); err != nil {
			return err
		}
	}
	if !templateOnly {
		if err := x.staffing(names[0]); err != nil {
			return err
		}
	}
	if err := x.roster(x.t("Roster"), lists, templateOnly); err != nil {
		return err
	}
	if !templateOnly {
		steps := []func(string) error{x.departments, x.responsibilities, x.projects}
		for i, step := range steps {
			if err := step(names[2+i]); err != nil {
				return err
			}
		}
		if err := x.meta(metaSheet); err != nil {
			return err
		}
		if changes != nil {
			if err := changes.write(); err != nil {
				return err
			}
		}
	}
	return x.lists(lists)
}

// table starts a streamed sheet: print setup, column widths, styled
// header row, frozen header, and an auto-filter over rows 1..lastRow.
// colStyles gives whole columns a style (1-based column → style id).
func (x *exporter) table(sheet string, headers []string, widths []float64, lastRow int, colStyles map[int]int) (*excelize.StreamWriter, error) {
	if err := x.printSetup(sheet); err != nil {
		return nil, err
	}
	sw, err := x.f.NewStreamWriter(sheet)
	if err != nil {
		return nil, err
	}
	// excelize puts each column it is told about before the others, so
	// the columns are given last to first and come out in order (Excel
	// wants <col> elements sorted; LibreOffice ignores unsorted ones).
	for c := max(len(widths), len(headers)); c >= 1; c-- {
		if st, ok := colStyles[c]; ok {
			if err := sw.SetColStyle(c, c, st); err != nil {
				return nil, err
			}
		}
		if c <= len(widths) {
			if err := sw.SetColWidth(c, c, widths[c-1]); err != nil {
				return nil, err
			}
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return nil, err
	}
	row := make([]any, len(headers))
	for i, h := range headers {
		row[i] = excelize.Cell{Value: h, StyleID: x.header}
	}
	// The header row is as tall as its most wrapped header (long ones
	// wrap in narrow number columns).
	height := 22.0
	for i, h := range headers {
		if i < len(widths) {
			if opt := wrappedHeight(h, widths[i]-1); len(opt) > 0 {
				height = max(height, opt[0].Height+4)
			}
		}
	}
	if err := sw.SetRow("A1", row, excelize.RowOpts{Height: height}); err != nil {
		return nil, err
	}
	ref := fmt.Sprintf("A1:%s%d", columnLetter(len(headers)), max(lastRow, 1))
	if err := x.f.AutoFilter(sheet, ref, nil); err != nil {
		return nil, err
	}
	return sw, nil
}

// printSetup makes a sheet print landscape on A4, one page wide, with its
// header row on every page (pageSetup) and, for a scenario, a page header
// naming the company and the scenario. It runs before the sheet is
// streamed: the stream writer writes what the sheet holds at that moment.
func (x *exporter) printSetup(sheet string) error {
	if err := pageSetup(x.f, sheet); err != nil {
		return err
	}
	if x.scenario != "" {
		if err := x.f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{OddHeader: x.scenarioHeader()}); err != nil {
			return err
		}
	}
	return x.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", Scope: sheet,
		RefersTo: "'" + strings.ReplaceAll(sheet, "'", "''") + "'!$1:$1"})
}

// scenarioHeader is a scenario's page header: the company at the left,
// "方案：NAME" at the right. "&" starts a header code, so text doubles it;
// each name is cut to keep within Excel's 255 characters.
func (x *exporter) scenarioHeader() string {
	text := func(s string) string {
		if r := []rune(s); len(r) > 100 {
			s = string(r[:99]) + "…"
		}
		return strings.ReplaceAll(s, "&", "&&")
	}
	return "&L" + text(x.doc.Org.Name) + "&R" + text(x.t("Scenario: %s", x.scenario))
}

// textWidth is a column width for s: CJK characters count double.
func textWidth(s string) float64 {
	w := 0.0
	for _, r := range s {
		if r >= 0x2E80 {
			w += 2
		} else {
			w++
		}
	}
	return w
}

// fitWidths sizes columns to their longest cell (bounded).
func fitWidths(headers []string, rows func(yield func([]string))) []float64 {
	ws := make([]float64, len(headers))
	for i, h := range headers {
		ws[i] = textWidth(h) + 4
	}
	rows(func(cells []string) {
		for i, c := range cells {
			if i < len(ws) {
				ws[i] = max(ws[i], textWidth(c)+2)
			}
		}
	})
	for i := range ws {
		ws[i] = min(max(ws[i], 8), 50)
	}
	return ws
}

// roleRef names a role for the 上级岗位 column: "title（department path）",
// which import reads back.
func (x *exporter) roleRef(id data.ID) string {
	r := x.doc.Role(id)
	if r == nil {
		return ""
	}
	if p := x.paths[r.Department]; p != "" {
		return r.Title + "（" + p + "）"
	}
	return r.Title
}

// personRef names a manager: "name（工号）" when the person has a number,
// so import finds them even when names repeat.
func (x *exporter) personRef(id data.ID) string {
	p := x.doc.Person(id)
	if p == nil {
		return ""
	}
	if p.Number != "" {
		return p.Name + "（" + p.Number + "）"
	}
	return p.Name
}

func (x *exporter) personDept(p *data.Person) data.ID {
	if r := x.doc.Role(p.Role); r != nil {
		return r.Department
	}
	return p.Department
}

// str makes a value a text cell ("" stays empty).
func str(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// allRoleTitles lists each role title once, in chart order.
func (x *exporter) allRoleTitles() []string {
	var out []string
	seen := map[string]bool{}
	add := func(rs []*data.Role) {
		for _, r := range rs {
			if !seen[r.Title] {
				seen[r.Title] = true
				out = append(out, r.Title)
			}
		}
	}
	add(x.roles[""])
	for _, d := range x.depts {
		add(x.roles[d.ID])
	}
	return out
}

// lists writes the hidden sheet the drop-downs read.
func (x *exporter) lists(sheet string) error {
	sw, err := x.f.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	cols := [][]string{x.deptPaths(), x.allRoleTitles(), x.statuses()}
	n := 0
	for _, c := range cols {
		n = max(n, len(c))
	}
	for i := 0; i < n; i++ {
		row := make([]any, len(cols))
		for j, c := range cols {
			if i < len(c) {
				row[j] = c[i]
			}
		}
		if err := sw.SetRow(cellName(1, i+1), row); err != nil {
			return err
		}
	}
	return sw.Flush()
}

func (x *exporter) deptPaths() []string {
	out := make([]string, len(x.depts))
	for i, d := range x.depts {
		out[i] = x.paths[d.ID]
	}
	return out
}

func (x *exporter) statuses() []string {
	return []string{statusText(x.lang, data.StatusActive), statusText(x.lang, data.StatusProbation),
		statusText(x.lang, data.StatusLeft)}
}

// listRef is an absolute reference to column col of the lists sheet.
func listRef(sheet string, col, n int) string {
	c := columnLetter(col)
	return fmt.Sprintf("'%s'!$%s$1:$%s$%d", strings.ReplaceAll(sheet, "'", "''"), c, c, n)
}
