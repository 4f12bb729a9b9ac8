package templates

// Stage suggestions: the guidance's stage advice (初创期 扁平化+职能型,
// 成长期 矩阵型 …) offered as ready scenarios built from the template.
// The source advises a mode per stage and, for the start-up stage, to focus
// on the core business with few layers; it names no departments to merge,
// so which departments a start-up combines is this package's choice, kept
// as data in stages.json beside the code:
//
//   - a stage is offered only when the guidance recommends one of the app's
//     modes for it (the mature stage's 生态型 is none, so it is not offered);
//   - "merge" combines departments: the absorbed departments' roles move
//     into the "into" department, which takes the given name and the
//     joined positioning and mottos of the source; an absorbed department's
//     head role is dropped when it is a template suggestion (its reports
//     then report to the merged department's head), and kept with its
//     reporting line when it is a role of the source, so no source role is
//     lost and no layer is added;
//   - "projects": false drops the project teams (a pure functional
//     structure), true keeps them (the 618 team of the matrix mode).

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"

	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// Stage is one stage suggestion of a template: the scenario's description
// (Suggested, Source "template:<id>/<stage>", Note from the stage advice;
// ID left empty for the caller) and its complete, valid organisation.
type Stage struct {
	Scenario data.Scenario
	Doc      *data.Document
}

//go:embed stages.json
var stagesJSON []byte

type stagePlan struct {
	Stage    data.Stage  `json:"stage"`
	Projects bool        `json:"projects"`
	Merge    []mergePlan `json:"merge,omitempty"`
}

type mergePlan struct {
	Into      data.ID           `json:"into"`
	Absorb    []data.ID         `json:"absorb"`
	Name      map[string]string `json:"name"`
	HeadTitle map[string]string `json:"headTitle,omitempty"`
}

var (
	plansOnce sync.Once
	plans     map[string][]stagePlan
	plansErr  error
)

func stagePlans() (map[string][]stagePlan, error) {
	plansOnce.Do(func() {
		if err := decodeStrict(stagesJSON, &plans); err != nil {
			plansErr = invalid(i18n.L("Template file %s: %v", "app/templates/stages.json", err))
		}
	})
	return plans, plansErr
}

// Stages returns the stage suggestions of template id in lang ("zh" or
// "en"), in the guidance's stage order; none (and no error) for a template
// without stage advice. Every document is fresh, validated and sorted, with
// Org.Mode and Org.Stage set; the caller owns it.
func Stages(id, lang string) ([]Stage, error) {
	lang = i18n.Normalize(lang)
	all, err := stagePlans()
	if err != nil {
		return nil, err
	}
	ps := all[id]
	if len(ps) == 0 {
		if !builtin().has(id) {
			_, err := Load(id, lang) // the sentence listing the known templates
			return nil, err
		}
		return nil, nil
	}
	guide := Guidance(lang)
	var out []Stage
	for _, s := range allStages {
		i := slices.IndexFunc(ps, func(p stagePlan) bool { return p.Stage == s })
		g, ok := guide.Stage(s)
		if i < 0 || !ok || g.Mode == "" {
			continue
		}
		doc, err := Load(id, lang)
		if err != nil {
			return nil, err
		}
		note := g.Advice
		if merged := ps[i].apply(doc, lang); merged != "" {
			note += sentenceEnd(lang) + merged
		}
		doc.Org.Mode = g.Mode
		doc.Org.Stage = s
		doc.Sort()
		doc.Reindex()
		if err := data.Validate(doc); err != nil {
			return nil, invalid(i18n.L("Template %q (%s) is not valid: %v", id, lang, err))
		}
		out = append(out, Stage{
			Scenario: data.Scenario{
				Name:      g.Title + nameSep(lang) + g.Structure,
				Source:    "template:" + id + "/" + string(s),
				Suggested: true,
				Note:      note,
			},
			Doc: doc,
		})
	}
	return out, nil
}

// StageOf returns template id's suggestion for stage s in lang; an error
// names the stages there are.
func StageOf(id, lang string, s data.Stage) (Stage, error) {
	all, err := Stages(id, lang)
	if err != nil {
		return Stage{}, err
	}
	var names []string
	for _, x := range all {
		if x.Doc.Org.Stage == s {
			return x, nil
		}
		names = append(names, string(x.Doc.Org.Stage))
	}
	if len(names) == 0 {
		return Stage{}, notFound(i18n.L("Template %q offers no stage suggestions.", id))
	}
	return Stage{}, notFound(i18n.L("Template %q has no suggestion for the stage %q; it has %s.", id, string(s), strings.Join(names, ", ")))
}

func nameSep(lang string) string {
	if lang == i18n.English {
		return ": "
	}
	return "："
}

func sentenceEnd(lang string) string {
	if lang == i18n.English {
		return ". "
	}
	return "。"
}

// apply reshapes doc for the stage and returns a sentence describing the
// merges ("" when there are none).
func (p stagePlan) apply(doc *data.Document, lang string) string {
	if !p.Projects {
		doc.Projects = nil
	}
	var said []string
	for _, m := range p.Merge {
		if s := m.apply(doc, lang); s != "" {
			said = append(said, s)
		}
	}
	if len(said) == 0 {
		return ""
	}
	return i18n.In(lang, "Departments merged: %s.", strings.Join(said, listSep(lang)))
}

func listSep(lang string) string {
	if lang == i18n.English {
		return "; "
	}
	return "；"
}

// apply merges m.Absorb into m.Into and returns "A + B → C", or "" when a
// department is missing (a template that changed: nothing is merged).
func (m mergePlan) apply(doc *data.Document, lang string) string {
	into := doc.Department(m.Into)
	if into == nil {
		return ""
	}
	for _, id := range m.Absorb {
		if doc.Department(id) == nil {
			return ""
		}
	}
	names := []string{into.Name}
	positions := []string{into.Positioning}
	mottos := []string{into.Motto}
	dropped := map[data.ID]bool{}
	for _, id := range m.Absorb {
		x := doc.Department(id)
		names = append(names, x.Name)
		positions = append(positions, x.Positioning)
		mottos = append(mottos, x.Motto)
		if h := doc.Role(x.Head); h != nil && data.IsSuggested(h.Suggested, data.FieldRole) {
			dropped[h.ID] = true
		}
	}
	head := into.Head
	replace := func(id data.ID) data.ID {
		if dropped[id] {
			return head
		}
		return id
	}
	// Roles: absorbed ones move in after the department's own, department
	// by department in their order.
	order := map[data.ID]int{}
	for _, id := range m.Absorb {
		for _, r := range doc.RolesIn(id) {
			if !dropped[r.ID] {
				order[r.ID] = len(doc.RolesIn(into.ID)) + len(order)
			}
		}
	}
	roles := doc.Roles[:0]
	for _, r := range doc.Roles {
		if dropped[r.ID] {
			continue
		}
		if n, ok := order[r.ID]; ok {
			r.Department = into.ID
			r.Order = n
		}
		r.ReportsTo = replace(r.ReportsTo)
		r.Dotted = slices.DeleteFunc(r.Dotted, func(d data.DottedLine) bool { return dropped[d.Manager] })
		if r.ID == head {
			if t := m.HeadTitle[lang]; t != "" {
				r.Title = t
			}
		}
		roles = append(roles, r)
	}
	doc.Roles = roles
	for i := range doc.People {
		p := &doc.People[i]
		p.Role = replace(p.Role)
		if slices.Contains(m.Absorb, p.Department) {
			p.Department = into.ID
		}
	}
	for i := range doc.Projects {
		t := &doc.Projects[i]
		t.OwnerRole = replace(t.OwnerRole)
		for j := range t.Members {
			t.Members[j].Role = replace(t.Members[j].Role)
		}
	}
	// Departments: children of an absorbed one hang under the merged one.
	for i := range doc.Departments {
		if slices.Contains(m.Absorb, doc.Departments[i].Parent) {
			doc.Departments[i].Parent = into.ID
		}
	}
	into.Name = m.Name[lang]
	if into.Name == "" {
		into.Name = strings.Join(names, "+")
	}
	into.Positioning = joinText(positions, lang)
	into.Motto = strings.Join(slices.DeleteFunc(mottos, func(s string) bool { return s == "" }), listSep(lang))
	doc.Departments = slices.DeleteFunc(doc.Departments, func(d data.Department) bool { return slices.Contains(m.Absorb, d.ID) })
	doc.Reindex()
	return fmt.Sprintf("%s → %s", strings.Join(names, " + "), doc.Department(m.Into).Name)
}

// joinText joins the source's sentences: Chinese ones end with "。", so
// they follow each other directly; English ones get a space.
func joinText(texts []string, lang string) string {
	var parts []string
	for _, t := range texts {
		if t = strings.TrimSpace(t); t != "" {
			parts = append(parts, t)
		}
	}
	if lang == i18n.English {
		return strings.Join(parts, " ")
	}
	return strings.Join(parts, "")
}
