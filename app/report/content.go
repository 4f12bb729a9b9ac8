package report

import (
	"strconv"
	"strings"

	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// SheetContent is one role's 岗位说明书 as content without layout: the
// labels and values the PDF role sheet prints, in its order, in the
// document's content language. Writers of other formats (the Word copy in
// report/docx) lay it out themselves, so every format prints the same
// sections with the same words.
type SheetContent struct {
	Heading    string // "Job Description" / 岗位说明书
	Title      string // the role's title
	Org        string // the company's name
	Department string // the role's department, or "Company level"
	// BasicLabel names the basic-information band; Basic are its rows of
	// one or two label–value pairs.
	BasicLabel string
	Basic      [][]Field
	Sections   []CardSection
	Signatures Signatures
}

// Field is a label with its value; Warn marks a value printed in the
// warning colour (a vacancy, an over-planned role).
type Field struct {
	Label, Value string
	Warn         bool
}

// CardSection is one labelled row of the form. Exactly one of its content
// parts is filled, or none for an empty section (a box to fill in).
type CardSection struct {
	Label  string
	Text   string  // a paragraph (purpose, authority …)
	Items  []Item  // numbered responsibilities
	Total  string  // the responsibilities' total weight line, if weighted
	Table  *Table  // the KPIs
	Fields []Field // labelled lines (qualifications, contacts): labels end with a colon, empty values left out
}

// Empty reports whether the section has nothing to print.
func (s CardSection) Empty() bool {
	return strings.TrimSpace(s.Text) == "" && len(s.Items) == 0 && s.Table == nil && len(s.Fields) == 0
}

// Item is one responsibility: its text, its weight ("20%", "" when not
// set) and its examples, each already led by "e.g." where the text does
// not say so itself.
type Item struct {
	Text, Weight string
	Examples     []string
}

// Table is a small table inside a section; Align holds "L", "C" or "R"
// per column.
type Table struct {
	Header []string
	Align  []string
	Rows   [][]string
}

// Signatures is the closing block: one column per party, each with a
// signature and a date line ("Signature: ", "Date: ").
type Signatures struct {
	Parties    []string
	Sign, Date string
}

// Contents are the role sheets of one report with what their pages share.
type Contents struct {
	Lang   string // the content language, "zh" or "en"
	Org    string // the company's name
	Sheets []SheetContent
	// PageN is the page footer "Page n" cut around its number, so a
	// writer can put its own page field in between. (Not "of m": the
	// number of pages of a section is a field LibreOffice cannot show.)
	PageN [2]string
}

// RoleSheetContents returns the content of the role sheets of the given
// roles, in the given order; none means every role in print order. An
// unknown id is an error (data.ErrNotFound), an empty document gives
// ErrNoRoles.
func RoleSheetContents(doc *data.Document, roles []data.ID) (*Contents, error) {
	w := &writer{doc: doc, lang: i18n.Normalize(doc.Org.Lang), facts: newFacts(doc)}
	list, err := w.pickRoles(roles)
	if err != nil {
		return nil, err
	}
	c := &Contents{Lang: w.lang, Org: w.orgName(), Sheets: make([]SheetContent, len(list))}
	for i, r := range list {
		c.Sheets[i] = w.content(r)
	}
	// A number no translation contains splits the sentence.
	const n = 90000001
	a, b, _ := strings.Cut(i18n.In(w.lang, "Page %d", n), strconv.Itoa(n))
	c.PageN = [2]string{a, b}
	return c, nil
}

// content gathers one role sheet, section by section as roleSheet lays
// them out.
func (w *writer) content(r *data.Role) SheetContent {
	l := func(key string, args ...any) string { return i18n.In(w.lang, key, args...) }
	c := SheetContent{Heading: l("Job Description"), Title: r.Title, Org: w.orgName(),
		Department: w.deptName(r.Department), BasicLabel: l("Basic information")}
	filled := w.facts.filled(r.ID)
	vac := r.Planned - filled
	vacant := Field{Label: l("Vacant"), Value: strconv.Itoa(vac), Warn: vac != 0}
	if vac < 0 {
		vacant.Value = l("%d over planned", -vac)
	}
	reportsTo := "—"
	if m := w.facts.role[r.ReportsTo]; m != nil {
		reportsTo = m.Title
	}
	c.Basic = [][]Field{
		{{Label: l("Job title"), Value: r.Title}, {Label: l("Role code"), Value: dash(r.Code)}},
		{{Label: l("Department"), Value: c.Department}, {Label: l("Grade"), Value: dash(r.Grade)}},
		{{Label: l("Reports to"), Value: reportsTo}, {Label: l("Planned headcount"), Value: strconv.Itoa(r.Planned)}},
		{{Label: l("Filled"), Value: strconv.Itoa(filled)}, vacant},
		{{Label: l("Direct reports"), Value: w.directReports(r)}},
	}
	if len(r.Dotted) > 0 {
		c.Basic = append(c.Basic, []Field{{Label: l("Dotted-line reports"), Value: w.dotted(r)}})
	}
	if hs := w.facts.holders[r.ID]; len(hs) > 0 {
		names := make([]string, len(hs))
		for i, p := range hs {
			names[i] = p.Name
		}
		c.Basic = append(c.Basic, []Field{{Label: l("Holders"), Value: strings.Join(names, w.listSep())}})
	}
	q := r.Qualifications
	c.Sections = []CardSection{
		{Label: l("Purpose"), Text: r.Purpose},
		w.responsibilityItems(r),
		{Label: l("KPIs"), Table: w.kpiTable(r)},
		{Label: l("Qualifications"), Fields: w.filledFields([]Field{
			{Label: l("Education"), Value: q.Education},
			{Label: l("Major"), Value: q.Major},
			{Label: l("Experience"), Value: q.Experience},
			{Label: l("Skills and competencies"), Value: q.Skills},
			{Label: l("Certificates"), Value: q.Certificates},
		})},
	}
	optional := func(s CardSection) {
		if !s.Empty() {
			c.Sections = append(c.Sections, s)
		}
	}
	optional(CardSection{Label: l("Authority"), Text: r.Authority})
	optional(CardSection{Label: l("Working relationships"), Fields: w.filledFields([]Field{
		{Label: l("Internal"), Value: r.InternalContacts},
		{Label: l("External"), Value: r.ExternalContacts},
	})})
	optional(CardSection{Label: l("Working conditions"), Text: r.Conditions})
	optional(CardSection{Label: l("Career path"), Text: r.CareerPath})
	optional(CardSection{Label: l("Notes"), Text: r.Notes})
	c.Signatures = Signatures{
		Parties: approvalParties(w.lang),
		Sign:    l("%s: ", l("Signature")),
		Date:    l("%s: ", l("Date")),
	}
	return c
}

// responsibilityItems is 主要职责 as numbered items, as responsibilities
// prints them.
func (w *writer) responsibilityItems(r *data.Role) CardSection {
	s := CardSection{Label: i18n.In(w.lang, "Main responsibilities")}
	weighted, sum := false, 0.0
	exPrefix := i18n.In(w.lang, "e.g. ")
	for _, it := range r.Responsibilities {
		item := Item{Text: it.Text}
		if it.Weight > 0 {
			weighted, item.Weight = true, percent(it.Weight)
		}
		sum += it.Weight
		for _, ex := range it.Examples {
			if !hasExamplePrefix(ex) {
				ex = exPrefix + ex
			}
			item.Examples = append(item.Examples, ex)
		}
		s.Items = append(s.Items, item)
	}
	if weighted {
		s.Total = i18n.In(w.lang, "Total weight %s", percent(sum))
	}
	return s
}

// kpiTable is 考核指标 as the table kpis prints; nil without KPIs.
func (w *writer) kpiTable(r *data.Role) *Table {
	if len(r.KPIs) == 0 {
		return nil
	}
	t := &Table{Align: []string{"L", "L", "C", "R"}, Header: []string{i18n.In(w.lang, "Indicator"),
		i18n.In(w.lang, "Target"), i18n.In(w.lang, "Cycle"), i18n.In(w.lang, "Weight")}}
	for _, k := range r.KPIs {
		wt := ""
		if k.Weight > 0 {
			wt = percent(k.Weight)
		}
		t.Rows = append(t.Rows, []string{k.Indicator, k.Target, w.cycle(k.Cycle), wt})
	}
	return t
}

// filledFields drops the fields without a value and ends each label with
// the language's colon ("学历：", "Education: "), as labelled does.
func (w *writer) filledFields(fs []Field) []Field {
	var out []Field
	for _, f := range fs {
		if strings.TrimSpace(f.Value) != "" {
			f.Label = i18n.In(w.lang, "%s: ", f.Label)
			out = append(out, f)
		}
	}
	return out
}
