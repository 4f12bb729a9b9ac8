package cli

// `orgdesigner compare FILE [A] B`: what changes from organisation A (the
// current one by default) to B, as a readable summary or, with --json, in
// the stable shape documented in README.md ("compare --json").

import (
	"context"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"

	"orgdesigner/app"
	"orgdesigner/app/compare"
	"orgdesigner/app/cost"
	"orgdesigner/app/i18n"
	"orgdesigner/app/report"
	"orgdesigner/app/sheets"
	"orgdesigner/app/templates"
	"orgdesigner/data"
)

const compareUsage = "compare FILE.orgdb [A] B [--json|--pdf OUT.pdf [--paper A4|A3|Letter] [--landscape]|--xlsx OUT.xlsx]"

// kindNames are the stable names of the change kinds in `compare --json`.
var kindNames = map[compare.Kind]string{
	compare.DeptAdded:       "departmentAdded",
	compare.DeptRemoved:     "departmentRemoved",
	compare.DeptMoved:       "departmentMoved",
	compare.DeptRenamed:     "departmentRenamed",
	compare.DeptChanged:     "departmentChanged",
	compare.RoleAdded:       "roleAdded",
	compare.RoleRemoved:     "roleRemoved",
	compare.RoleMoved:       "roleMoved",
	compare.RoleRenamed:     "roleRenamed",
	compare.RoleCardChanged: "roleCardChanged",
	compare.PlannedChanged:  "plannedChanged",
	compare.PersonAdded:     "personAdded",
	compare.PersonRemoved:   "personRemoved",
	compare.PersonMoved:     "personMoved",
	compare.ProjectAdded:    "projectAdded",
	compare.ProjectRemoved:  "projectRemoved",
	compare.ProjectChanged:  "projectChanged",
}

// The JSON shape of `compare --json` (README.md documents it; keys may be
// added, none removed or renamed).
type (
	cmpJSON struct {
		File    string      `json:"file"`
		A       cmpSide     `json:"a"`
		B       cmpSide     `json:"b"`
		Totals  cmpTotals   `json:"totals"`
		Groups  []cmpGroup  `json:"groups"`
		Changes []cmpChange `json:"changes"`
	}
	cmpSide struct {
		ID    data.ID `json:"id"` // "" = the current organisation
		Name  string  `json:"name"`
		Mode  string  `json:"mode,omitempty"`
		Stage string  `json:"stage,omitempty"`
		// Unpriced counts the roles with a plan or holders but no salary
		// band: their cost is not in the figures.
		Unpriced int `json:"unpriced"`
	}
	cmpTotals struct {
		A cmpFigures `json:"a"`
		B cmpFigures `json:"b"`
	}
	cmpFigures struct {
		Planned        int     `json:"planned"`
		Filled         int     `json:"filled"`
		Vacancy        int     `json:"vacancy"`
		PlannedMonthly float64 `json:"plannedMonthly"`
		FilledMonthly  float64 `json:"filledMonthly"`
		PlannedYearly  float64 `json:"plannedYearly"`
		FilledYearly   float64 `json:"filledYearly"`
	}
	cmpGroup struct {
		Department data.ID     `json:"department"` // "" = company level
		Name       string      `json:"name"`
		A          cmpFigures  `json:"a"`
		B          cmpFigures  `json:"b"`
		Changes    []cmpChange `json:"changes"`
	}
	cmpChange struct {
		Kind       string   `json:"kind"`
		ID         data.ID  `json:"id"`
		Name       string   `json:"name"`
		OldName    string   `json:"oldName,omitempty"`
		Department data.ID  `json:"department"`
		From       data.ID  `json:"from,omitempty"`
		To         data.ID  `json:"to,omitempty"`
		Before     *int     `json:"before,omitempty"`
		After      *int     `json:"after,omitempty"`
		FromRole   data.ID  `json:"fromRole,omitempty"`
		ToRole     data.ID  `json:"toRole,omitempty"`
		Fields     []string `json:"fields,omitempty"`
	}
)

func figures(c app.Count, a cost.Amount) cmpFigures {
	return cmpFigures{Planned: c.Planned, Filled: c.Filled, Vacancy: c.Vacancy,
		PlannedMonthly: round2(a.PlannedMonthly), FilledMonthly: round2(a.FilledMonthly),
		PlannedYearly: round2(a.PlannedYearly), FilledYearly: round2(a.FilledYearly)}
}

func round2(f float64) float64 { return math.Round(f*100) / 100 }

func changeJSON(c compare.Change) cmpChange {
	out := cmpChange{Kind: kindNames[c.Kind], ID: c.ID, Name: c.Name, OldName: c.OldName,
		Department: c.Department, From: c.From, To: c.To, FromRole: c.FromRole, ToRole: c.ToRole, Fields: c.Fields}
	if c.Kind == compare.PlannedChanged {
		before, after := c.Before, c.After
		out.Before, out.After = &before, &after
	}
	return out
}

// compareJSON converts a comparison to the `compare --json` shape.
func compareJSON(file string, a, b cmpSide, r *compare.Result) any {
	a.Mode, a.Stage, a.Unpriced = string(r.A.Org.Mode), string(r.A.Org.Stage), unpriced(r.CostA)
	b.Mode, b.Stage, b.Unpriced = string(r.B.Org.Mode), string(r.B.Org.Stage), unpriced(r.CostB)
	out := cmpJSON{File: file, A: a, B: b, Groups: []cmpGroup{}, Changes: []cmpChange{},
		Totals: cmpTotals{A: figures(r.HeadsA.Company, companyCost(r.CostA)), B: figures(r.HeadsB.Company, companyCost(r.CostB))}}
	for _, c := range r.Changes {
		out.Changes = append(out.Changes, changeJSON(c))
	}
	for _, g := range r.Groups {
		cg := cmpGroup{Department: g.Department, Name: g.Name, A: figures(g.HeadsA, g.CostA), B: figures(g.HeadsB, g.CostB),
			Changes: []cmpChange{}}
		for _, c := range g.Changes {
			cg.Changes = append(cg.Changes, changeJSON(c))
		}
		out.Groups = append(out.Groups, cg)
	}
	return out
}

func unpriced(r *cost.Rollup) int {
	if r == nil {
		return 0
	}
	return len(r.Unpriced)
}

func companyCost(r *cost.Rollup) cost.Amount {
	if r == nil {
		return cost.Amount{}
	}
	return r.Company
}

func runCompare(s Streams, args []string) int {
	fs := flag.NewFlagSet("compare", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "")
	pdf := fs.String("pdf", "", "")
	paper := fs.String("paper", "A4", "")
	landscape := fs.Bool("landscape", false, "")
	xlsx := fs.String("xlsx", "", "")
	pos, ok := parseSome(s, fs, args, 2, "FILE.orgdb", "[A]", "B")
	if !ok {
		return ExitUsage
	}
	if n := btoi(*asJSON) + btoi(*pdf != "") + btoi(*xlsx != ""); n > 1 {
		fmt.Fprintln(s.Err, i18n.L("compare: choose one of --json, --pdf and --xlsx"))
		return ExitUsage
	}
	if *pdf == "" && (*landscape || *paper != "A4") {
		fmt.Fprintln(s.Err, i18n.L("compare: --paper and --landscape go with --pdf"))
		return ExitUsage
	}
	if *xlsx != "" {
		if code := checkOutput(s, pos[0], *xlsx); code != ExitOK {
			return code
		}
	}
	if *pdf != "" {
		if code := checkOutput(s, pos[0], *pdf); code != ExitOK {
			return code
		}
		if code := checkReportFlags(s, &data.Document{}, nil, *paper); code != ExitOK {
			return code
		}
	}
	nameA, nameB := "current", pos[1]
	if len(pos) == 3 {
		nameA, nameB = pos[1], pos[2]
	}
	st, code := openDoc(s, pos[0])
	if st == nil {
		return code
	}
	defer st.Close()
	var sides [2]cmpSide
	var docs [2]*data.Document
	for i, name := range []string{nameA, nameB} {
		id, err := findScenario(st, pos[0], name)
		if err != nil {
			fmt.Fprintln(s.Err, err)
			return ExitRejected
		}
		if docs[i], err = st.ScenarioDoc(id); err != nil {
			return fail(s, pos[0], err)
		}
		sides[i] = cmpSide{ID: id, Name: scenarioName(st, id)}
	}
	r := compare.Compare(docs[0], docs[1])
	// The report and the sheet are in the content's language, as the
	// other reports; so is the current organisation's name there.
	names := [2]string{sides[0].Name, sides[1].Name}
	for i := range names {
		if sides[i].ID == "" {
			names[i] = i18n.In(r.B.Org.Lang, "Current organisation")
		}
	}
	if *xlsx != "" {
		if err := sheets.ExportChangesFile(*xlsx, sheets.ChangesOptions{Result: r, NameA: names[0], NameB: names[1]}); err != nil {
			return fail(s, *xlsx, err)
		}
		fmt.Fprintln(s.Out, i18n.L("Wrote %s.", *xlsx))
		return ExitOK
	}
	if *pdf != "" {
		opt := report.ChangeOptions{Options: report.Options{Paper: *paper, Landscape: *landscape},
			NameA: names[0], NameB: names[1]}
		res, err := writeAtomically(*pdf, func(f *os.File) (report.Result, error) {
			return report.Changes(context.Background(), f, r, opt)
		})
		if err != nil {
			return fail(s, *pdf, err)
		}
		for _, w := range res.Warnings {
			fmt.Fprintln(s.Err, w)
		}
		fmt.Fprintln(s.Out, i18n.L("Wrote %s: %d pages.", *pdf, res.Pages))
		return ExitOK
	}
	if *asJSON {
		return writeJSON(s, compareJSON(pos[0], sides[0], sides[1], r))
	}
	writeComparison(s.Out, sides[0].Name, sides[1].Name, r)
	return ExitOK
}

// writeComparison prints the readable summary: headcount and monthly cost
// before and after, then the changes grouped by department.
func writeComparison(w io.Writer, nameA, nameB string, r *compare.Result) {
	ca, cb := r.HeadsA.Company, r.HeadsB.Company
	fmt.Fprintln(w, i18n.L("%s → %s", nameA, nameB))
	fmt.Fprintln(w, i18n.L("Headcount: planned %d → %d (%s), filled %d → %d (%s).",
		ca.Planned, cb.Planned, signed(cb.Planned-ca.Planned), ca.Filled, cb.Filled, signed(cb.Filled-ca.Filled)))
	if a, b := r.A.Org, r.B.Org; a.Mode != b.Mode || a.Stage != b.Stage {
		fmt.Fprintln(w, i18n.L("Mode: %s → %s; stage: %s → %s.", modeName(a.Mode), modeName(b.Mode), stageName(a.Stage), stageName(b.Stage)))
	}
	ma, mb := companyCost(r.CostA), companyCost(r.CostB)
	// Costs are worded by compare.CostChange, as in the window, the report
	// and the sheet: a side none of whose roles has a band reads 未设薪酬,
	// not ¥0.
	var va, vb cost.Coverage
	if r.CostA != nil {
		va = r.CostA.CompanyCoverage
	}
	if r.CostB != nil {
		vb = r.CostB.CompanyCoverage
	}
	priced := va.Priced > 0 || vb.Priced > 0
	lang := i18n.Language()
	if priced {
		fmt.Fprintln(w, i18n.L("Monthly personnel cost: planned %s, filled %s.",
			compare.CostChange(lang, ma.PlannedMonthly, mb.PlannedMonthly, va, vb),
			compare.CostChange(lang, ma.FilledMonthly, mb.FilledMonthly, va, vb)))
		// The roles left out after the change, as the figures above count
		// them (before, when no role has a band after).
		n := unpriced(r.CostB)
		if vb.Unknown() {
			n = unpriced(r.CostA)
		}
		switch {
		case n == 1:
			fmt.Fprintln(w, i18n.L("1 role has no salary band: its cost is not counted."))
		case n > 1:
			fmt.Fprintln(w, i18n.L("%d roles have no salary band: their cost is not counted.", n))
		}
	} else {
		fmt.Fprintln(w, i18n.L("Personnel cost: no role has a salary band yet (set them on the role cards or in the grade table of the organisation settings)."))
	}
	if len(r.Changes) == 0 {
		fmt.Fprintln(w, i18n.L("No changes."))
		return
	}
	fmt.Fprintln(w, i18n.L("%d changes:", len(r.Changes)))
	n := newDeptNamer(r)
	for _, g := range r.Groups {
		name := g.Name
		switch {
		case g.Department == "":
			name = i18n.L("Company level")
		case r.B.Department(g.Department) != nil:
			name = n.name(r.B, g.Department)
		case r.A.Department(g.Department) != nil:
			name = n.name(r.A, g.Department)
		}
		figs := i18n.L("planned %d → %d", g.HeadsA.Planned, g.HeadsB.Planned)
		if fa, fb := g.HeadsA.Filled, g.HeadsB.Filled; fa != fb {
			// People who left a department are listed where they went:
			// its heading says why it is here.
			figs = i18n.L("planned %d → %d, filled %d → %d", g.HeadsA.Planned, g.HeadsB.Planned, fa, fb)
		}
		if priced {
			figs = i18n.L("%s, monthly cost %s", figs, compare.CostChange(lang, g.CostA.PlannedMonthly, g.CostB.PlannedMonthly, g.CovA, g.CovB))
		}
		fmt.Fprintf(w, "\n[%s]  %s\n", name, figs)
		for _, c := range g.Changes {
			fmt.Fprintf(w, "  %s %s\n", changeSign(c.Kind), compare.Sentence(i18n.Language(), r, c))
		}
	}
}

// changeSign marks a change line: + added, - removed, ~ anything else.
func changeSign(k compare.Kind) string {
	switch k {
	case compare.DeptAdded, compare.RoleAdded, compare.PersonAdded, compare.ProjectAdded:
		return "+"
	case compare.DeptRemoved, compare.RoleRemoved, compare.PersonRemoved, compare.ProjectRemoved:
		return "-"
	}
	return "~"
}

// deptNamer names departments in a comparison. Rosters repeat team names
// under different parents (南京/南京-程晴组 and 南京团队/南京-程晴组), and a
// re-import that moves a team makes a new department of the same name: a
// name that another department of either side has is given with its
// parent's name, so a move never reads "from 大连-汪佳晓组 to 大连-汪佳晓组".
type deptNamer struct {
	ids map[string]map[data.ID]bool // name → the departments with it, both sides
}

func newDeptNamer(r *compare.Result) deptNamer {
	n := deptNamer{ids: map[string]map[data.ID]bool{}}
	for _, doc := range []*data.Document{r.A, r.B} {
		for _, d := range doc.Departments {
			if n.ids[d.Name] == nil {
				n.ids[d.Name] = map[data.ID]bool{}
			}
			n.ids[d.Name][d.ID] = true
		}
	}
	return n
}

// name names department id of doc, or the company level for "".
func (n deptNamer) name(doc *data.Document, id data.ID) string {
	if id == "" {
		return i18n.L("Company level")
	}
	d := doc.Department(id)
	if d == nil {
		return string(id)
	}
	if len(n.ids[d.Name]) > 1 {
		if p := doc.Department(d.Parent); p != nil {
			return p.Name + "/" + d.Name
		}
	}
	return d.Name
}

func signed(n int) string {
	if n > 0 {
		return "+" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// modeName and stageName name an organisation's mode and stage as the
// guidance does (职能型架构, 初创期); "" is "not set".
func modeName(m data.Mode) string {
	if g, ok := templates.Guidance(i18n.Language()).Mode(m); ok {
		return g.Title
	}
	if m == "" {
		return i18n.L("not set")
	}
	return string(m)
}

func stageName(st data.Stage) string {
	if g, ok := templates.Guidance(i18n.Language()).Stage(st); ok {
		return g.Title
	}
	if st == "" {
		return i18n.L("not set")
	}
	return string(st)
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
