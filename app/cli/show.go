package cli

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"

	"orgdesigner/app"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// The JSON shape of `show --json` (product.md §4). Scripts rely on these
// keys; more may be added, none removed.
type (
	showDoc struct {
		Organisation showOrg       `json:"organisation"`
		Totals       showTotals    `json:"totals"`
		CompanyRoles []showRole    `json:"companyRoles"`
		Departments  []showDept    `json:"departments"`
		People       []showPerson  `json:"people"`
		Projects     []showProject `json:"projects"`
	}
	showOrg struct {
		Name     string `json:"name"`
		Industry string `json:"industry,omitempty"`
		Mode     string `json:"mode,omitempty"`
		Stage    string `json:"stage,omitempty"`
		Lang     string `json:"lang,omitempty"`
		Template string `json:"template,omitempty"`
		Notes    string `json:"notes,omitempty"`
	}
	showTotals struct {
		Departments int `json:"departments"`
		Roles       int `json:"roles"`
		People      int `json:"people"`
		Planned     int `json:"planned"`
		Filled      int `json:"filled"`
		Vacancy     int `json:"vacancy"`
	}
	showDept struct {
		ID          data.ID    `json:"id"`
		Name        string     `json:"name"`
		Parent      data.ID    `json:"parent"`
		Positioning string     `json:"positioning"`
		Motto       string     `json:"motto,omitempty"`
		Head        data.ID    `json:"head,omitempty"`
		Color       string     `json:"color,omitempty"`
		Suggested   []string   `json:"suggested,omitempty"`
		Planned     int        `json:"planned"`
		Filled      int        `json:"filled"`
		Vacancy     int        `json:"vacancy"`
		Roles       []showRole `json:"roles"`
	}
	showRole struct {
		ID               data.ID              `json:"id"`
		Title            string               `json:"title"`
		Code             string               `json:"code,omitempty"`
		ReportsTo        data.ID              `json:"reportsTo"`
		Dotted           []data.DottedLine    `json:"dotted,omitempty"`
		Planned          int                  `json:"planned"`
		Filled           int                  `json:"filled"`
		Vacancy          int                  `json:"vacancy"`
		Grade            string               `json:"grade,omitempty"`
		Purpose          string               `json:"purpose,omitempty"`
		Responsibilities []showResponsibility `json:"responsibilities"`
		KPIs             []data.KPI           `json:"kpis"`
		Qualifications   data.Qualifications  `json:"qualifications,omitzero"`
		Authority        string               `json:"authority,omitempty"`
		InternalContacts string               `json:"internalContacts,omitempty"`
		ExternalContacts string               `json:"externalContacts,omitempty"`
		Conditions       string               `json:"conditions,omitempty"`
		CareerPath       string               `json:"careerPath,omitempty"`
		Notes            string               `json:"notes,omitempty"`
		Suggested        []string             `json:"suggested,omitempty"`
		SuggestedRole    bool                 `json:"suggestedRole,omitempty"`
		Holders          []string             `json:"holders,omitempty"`
	}
	showResponsibility struct {
		Text     string   `json:"text"`
		Examples []string `json:"examples"`
		Weight   float64  `json:"weight,omitempty"`
	}
	showPerson struct {
		ID         data.ID           `json:"id"`
		Number     string            `json:"number"`
		Name       string            `json:"name"`
		Department data.ID           `json:"department"`
		Role       data.ID           `json:"role"`
		Status     data.Status       `json:"status,omitempty"`
		HireDate   string            `json:"hireDate,omitempty"`
		Phone      string            `json:"phone,omitempty"`
		Email      string            `json:"email,omitempty"`
		Manager    data.ID           `json:"manager,omitempty"`
		Extra      []data.ExtraField `json:"extra,omitempty"`
	}
	showProject struct {
		ID          data.ID       `json:"id"`
		Name        string        `json:"name"`
		OwnerRole   data.ID       `json:"ownerRole,omitempty"`
		OwnerPerson data.ID       `json:"ownerPerson,omitempty"`
		Start       string        `json:"start,omitempty"`
		End         string        `json:"end,omitempty"`
		Goal        string        `json:"goal,omitempty"`
		Members     []data.Member `json:"members"`
	}
)

func runShow(s Streams, args []string) int {
	fs := flag.NewFlagSet("show", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "")
	scen := fs.String("scenario", "", "")
	pos, ok := parse(s, fs, args, "FILE.orgdb")
	if !ok {
		return ExitUsage
	}
	st, code := openDoc(s, pos[0])
	if st == nil {
		return code
	}
	defer st.Close()
	doc, code := scenarioDoc(s, st, pos[0], *scen)
	if doc == nil {
		return code
	}
	if *asJSON {
		enc := json.NewEncoder(s.Out)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(ShowJSON(doc)); err != nil {
			return fail(s, "", err)
		}
		return ExitOK
	}
	WriteTree(s.Out, doc)
	return ExitOK
}

// ShowJSON converts a document to the `show --json` shape.
func ShowJSON(d *data.Document) any {
	h := app.CountHeads(d)
	out := showDoc{
		Organisation: showOrg{d.Org.Name, d.Org.Industry, string(d.Org.Mode), string(d.Org.Stage), d.Org.Lang, d.Org.Template, d.Org.Notes},
		Totals: showTotals{len(d.Departments), len(d.Roles), len(d.People),
			h.Company.Planned, h.Company.Filled, h.Company.Vacancy},
		CompanyRoles: []showRole{}, Departments: []showDept{}, People: []showPerson{}, Projects: []showProject{},
	}
	role := func(r *data.Role) showRole {
		c := h.Role[r.ID]
		sr := showRole{ID: r.ID, Title: r.Title, Code: r.Code, ReportsTo: r.ReportsTo, Dotted: r.Dotted,
			Planned: r.Planned, Filled: c.Filled, Vacancy: c.Vacancy, Grade: r.Grade, Purpose: r.Purpose,
			KPIs: append([]data.KPI{}, r.KPIs...), Qualifications: r.Qualifications, Authority: r.Authority,
			InternalContacts: r.InternalContacts, ExternalContacts: r.ExternalContacts, Conditions: r.Conditions,
			CareerPath: r.CareerPath, Notes: r.Notes, Suggested: r.Suggested,
			SuggestedRole: data.IsSuggested(r.Suggested, data.FieldRole), Responsibilities: []showResponsibility{}}
		for _, x := range r.Responsibilities {
			sr.Responsibilities = append(sr.Responsibilities, showResponsibility{x.Text, append([]string{}, x.Examples...), x.Weight})
		}
		for _, p := range d.Holders(r.ID) {
			sr.Holders = append(sr.Holders, p.Name)
		}
		return sr
	}
	for _, r := range d.RolesIn("") {
		out.CompanyRoles = append(out.CompanyRoles, role(r))
	}
	for i := range d.Departments {
		x := &d.Departments[i]
		c := h.Department[x.ID]
		sd := showDept{ID: x.ID, Name: x.Name, Parent: x.Parent, Positioning: x.Positioning, Motto: x.Motto,
			Head: x.Head, Color: x.Color, Suggested: x.Suggested, Planned: c.Planned, Filled: c.Filled,
			Vacancy: c.Vacancy, Roles: []showRole{}}
		for _, r := range d.RolesIn(x.ID) {
			sd.Roles = append(sd.Roles, role(r))
		}
		out.Departments = append(out.Departments, sd)
	}
	for _, p := range d.People {
		out.People = append(out.People, showPerson{p.ID, p.Number, p.Name, p.Department, p.Role, p.Status,
			p.HireDate, p.Phone, p.Email, p.Manager, p.Extra})
	}
	for _, t := range d.Projects {
		out.Projects = append(out.Projects, showProject{t.ID, t.Name, t.OwnerRole, t.OwnerPerson, t.Start, t.End,
			t.Goal, append([]data.Member{}, t.Members...)})
	}
	return out
}

// WriteTree prints the structure as an indented tree with headcounts.
func WriteTree(w io.Writer, d *data.Document) {
	lang := d.Org.Lang
	h := app.CountHeads(d)
	fmt.Fprintf(w, "%s  (%s)\n", d.Org.Name, i18n.In(lang, "planned %d, filled %d, vacant %d",
		h.Company.Planned, h.Company.Filled, h.Company.Vacancy))
	var role func(r *data.Role, depth int, inDept data.ID)
	printed := map[data.ID]bool{}
	role = func(r *data.Role, depth int, inDept data.ID) {
		printed[r.ID] = true
		c := h.Role[r.ID]
		mark := ""
		if data.IsSuggested(r.Suggested, data.FieldRole) {
			mark = " " + i18n.In(lang, "[suggested]")
		}
		holders := i18n.In(lang, "vacant")
		if hs := d.Holders(r.ID); len(hs) > 0 {
			names := make([]string, len(hs))
			for i, p := range hs {
				names[i] = p.Name
			}
			holders = strings.Join(names, ", ")
		}
		fmt.Fprintf(w, "%s- %s%s  %d/%d  %s\n", strings.Repeat("  ", depth), r.Title, mark, c.Filled, c.Planned, holders)
		for _, x := range app.DirectReports(d, r.ID) {
			if x.Department == inDept && !printed[x.ID] {
				role(x, depth+1, inDept)
			}
		}
	}
	// roles prints the roles of department id ("" = company level) once
	// each: those whose 直接上级 is elsewhere at the top, each with its
	// reports below it.
	roles := func(id data.ID, depth int) {
		for _, r := range d.RolesIn(id) {
			if m := d.Role(r.ReportsTo); (m == nil || m.Department != id) && !printed[r.ID] {
				role(r, depth, id)
			}
		}
		for _, r := range d.RolesIn(id) {
			if !printed[r.ID] { // in a reporting cycle inside the department: still show it
				role(r, depth, id)
			}
		}
	}
	var dept func(x *data.Department, depth int)
	dept = func(x *data.Department, depth int) {
		c := h.Department[x.ID]
		fmt.Fprintf(w, "%s[%s]  %d/%d\n", strings.Repeat("  ", depth), x.Name, c.Filled, c.Planned)
		roles(x.ID, depth+1)
		for _, c := range d.ChildDepartments(x.ID) {
			dept(c, depth+1)
		}
	}
	roles("", 1)
	for _, x := range d.ChildDepartments("") {
		dept(x, 1)
	}
	if len(d.Projects) > 0 {
		fmt.Fprintln(w, i18n.In(lang, "Project teams:"))
		for _, t := range d.Projects {
			fmt.Fprintf(w, "  %s  (%s)\n", t.Name, i18n.In(lang, "%d members", len(t.Members)))
		}
	}
}
