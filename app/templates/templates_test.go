package templates

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"orgdesigner/data"
)

func mustLoad(t testing.TB, id, lang string) *data.Document {
	t.Helper()
	doc, err := Load(id, lang)
	if err != nil {
		t.Fatalf("Load(%q, %q): %v", id, lang, err)
	}
	return doc
}

func TestCheck(t *testing.T) {
	if err := Check(); err != nil {
		t.Fatalf("the built-in template files have problems:\n%v", err)
	}
}

func TestList(t *testing.T) {
	for _, lang := range []string{"zh", "en", "zh-CN", "en_US.UTF-8"} {
		t.Run(lang, func(t *testing.T) {
			list := List(lang)
			var ids []string
			for _, info := range list {
				ids = append(ids, info.ID)
				if info.Name == "" || info.Description == "" {
					t.Errorf("template %s has no name or description: %+v", info.ID, info)
				}
			}
			if want := []string{InternetMarketing, Blank}; !slices.Equal(ids, want) {
				t.Errorf("List(%q) ids = %v, want %v", lang, ids, want)
			}
		})
	}
	if List("zh")[0].Name == List("en")[0].Name {
		t.Error("the Chinese and English template names are the same")
	}
}

func TestLoad(t *testing.T) {
	tests := []struct {
		id, lang               string
		depts, roles, projects int
		name                   string
		mode                   data.Mode
		stage                  data.Stage
		wantLang               string
	}{
		{InternetMarketing, "zh", 8, 27, 1, "某互联网营销公司", data.ModeFunctional, data.StageGrowth, "zh"},
		{InternetMarketing, "en", 8, 27, 1, "Internet Marketing Co.", data.ModeFunctional, data.StageGrowth, "en"},
		{InternetMarketing, "zh_CN.UTF-8", 8, 27, 1, "某互联网营销公司", data.ModeFunctional, data.StageGrowth, "zh"},
		{Blank, "zh", 0, 0, 0, "新公司", data.ModeFunctional, data.StageStartup, "zh"},
		{Blank, "en", 0, 0, 0, "New Company", data.ModeFunctional, data.StageStartup, "en"},
	}
	for _, tt := range tests {
		t.Run(tt.id+"/"+tt.lang, func(t *testing.T) {
			doc := mustLoad(t, tt.id, tt.lang)
			if err := data.Validate(doc); err != nil {
				t.Fatalf("Validate: %v", err)
			}
			got := []int{len(doc.Departments), len(doc.Roles), len(doc.Projects), len(doc.People)}
			if want := []int{tt.depts, tt.roles, tt.projects, 0}; !slices.Equal(got, want) {
				t.Errorf("departments, roles, projects, people = %v, want %v", got, want)
			}
			o := doc.Org
			if o.Name != tt.name || o.Mode != tt.mode || o.Stage != tt.stage || o.Lang != tt.wantLang || o.Template != tt.id {
				t.Errorf("organisation = %+v", o)
			}
			sorted := *doc
			sorted.Departments = slices.Clone(doc.Departments)
			sorted.Roles = slices.Clone(doc.Roles)
			sorted.Sort()
			if !reflect.DeepEqual(sorted.Departments, doc.Departments) || !reflect.DeepEqual(sorted.Roles, doc.Roles) {
				t.Error("the document is not in canonical order")
			}
		})
	}
}

func TestLoadUnknown(t *testing.T) {
	_, err := Load("no-such-template", "zh")
	if !errors.Is(err, data.ErrNotFound) {
		t.Fatalf("Load of an unknown id: err = %v, want data.ErrNotFound", err)
	}
	for _, id := range []string{"no-such-template", InternetMarketing, Blank} {
		if !strings.Contains(err.Error(), id) {
			t.Errorf("the error %q does not mention %s", err, id)
		}
	}
}

func TestLoadReturnsFreshCopies(t *testing.T) {
	a := mustLoad(t, InternetMarketing, "zh")
	a.Roles[0].Responsibilities[0].Text = "changed"
	a.Roles[1].KPIs[0].Weight = 1
	a.Departments[0].Name = "changed"
	b := mustLoad(t, InternetMarketing, "zh")
	if b.Roles[0].Responsibilities[0].Text == "changed" || b.Roles[1].KPIs[0].Weight == 1 || b.Departments[0].Name == "changed" {
		t.Error("a change to one loaded document shows in the next")
	}
}

// roleSuggestions are the role-card fields the source never gives.
var roleSuggestions = []string{
	data.FieldPurpose, data.FieldKPIs, data.FieldQualifications, data.FieldAuthority,
	data.FieldContacts, data.FieldConditions, data.FieldCareerPath, data.FieldPlanned,
}

// TestInternetMarketingStructure checks what a usable chart needs in both
// languages: one general manager, a head for every department, the lines,
// a complete role card and colours.
func TestInternetMarketingStructure(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		t.Run(lang, func(t *testing.T) {
			doc := mustLoad(t, InternetMarketing, lang)
			top := doc.RolesIn("")
			if len(top) != 1 || top[0].ID != "role-general-manager" || top[0].ReportsTo != "" ||
				!data.IsSuggested(top[0].Suggested, data.FieldRole) {
				t.Fatalf("company-level roles = %v, want the suggested general manager alone", top)
			}
			gm := top[0].ID
			for _, d := range doc.Departments {
				checkDepartment(t, doc, d, gm)
			}
			for _, r := range doc.Roles {
				checkRoleCard(t, r)
			}
			checkColours(t, doc.Departments)
		})
	}
}

func checkDepartment(t *testing.T, doc *data.Document, d data.Department, gm data.ID) {
	t.Helper()
	head := doc.Role(d.Head)
	switch {
	case d.Parent != "":
		t.Errorf("department %s is nested", d.ID)
	case head == nil || head.Department != d.ID:
		t.Errorf("department %s: head %q is not one of its roles", d.ID, d.Head)
	case head.ReportsTo != gm:
		t.Errorf("department %s: head %s reports to %q, want the general manager", d.ID, head.ID, head.ReportsTo)
	case !data.IsSuggested(d.Suggested, data.FieldHead) || !data.IsSuggested(d.Suggested, data.FieldColor):
		t.Errorf("department %s: head and colour are not marked as suggestions: %v", d.ID, d.Suggested)
	}
	for _, r := range doc.RolesIn(d.ID) {
		if r.ID != d.Head && r.ReportsTo != d.Head {
			t.Errorf("role %s reports to %q, want its department head %s", r.ID, r.ReportsTo, d.Head)
		}
	}
}

func checkRoleCard(t *testing.T, r data.Role) {
	t.Helper()
	q := r.Qualifications
	missing := []struct {
		field string
		empty bool
	}{
		{"purpose", r.Purpose == ""},
		{"responsibilities", len(r.Responsibilities) == 0},
		{"qualifications", q.Education == "" || q.Major == "" || q.Experience == "" || q.Skills == ""},
		{"authority", r.Authority == ""},
		{"contacts", r.InternalContacts == "" || r.ExternalContacts == ""},
		{"conditions", r.Conditions == ""},
		{"career path", r.CareerPath == ""},
		{"planned", r.Planned < 1},
	}
	for _, m := range missing {
		if m.empty {
			t.Errorf("role %s: no %s", r.ID, m.field)
		}
	}
	for _, f := range roleSuggestions {
		if !data.IsSuggested(r.Suggested, f) {
			t.Errorf("role %s: %s is not marked as a suggestion", r.ID, f)
		}
	}
	if n := len(r.KPIs); n < 2 || n > 4 {
		t.Errorf("role %s has %d KPIs, want 2 to 4", r.ID, n)
	}
	sum := 0.0
	for _, k := range r.KPIs {
		sum += k.Weight
		if k.Indicator == "" || k.Target == "" || k.Cycle == "" || k.Weight <= 0 {
			t.Errorf("role %s: incomplete KPI %+v", r.ID, k)
		}
	}
	if sum != 100 {
		t.Errorf("role %s: KPI weights sum to %v, want 100", r.ID, sum)
	}
	rsum := 0.0
	for _, x := range r.Responsibilities {
		rsum += x.Weight
	}
	if rsum != 0 && rsum != 100 {
		t.Errorf("role %s: responsibility weights sum to %v, want 0 (not given) or 100", r.ID, rsum)
	}
}

// checkColours wants distinct pastel colours on which dark text (#333333)
// reaches a WCAG contrast of at least 7:1.
func checkColours(t *testing.T, depts []data.Department) {
	t.Helper()
	seen := map[string]data.ID{}
	for _, d := range depts {
		c := strings.ToUpper(d.Color)
		if other, dup := seen[c]; dup {
			t.Errorf("departments %s and %s share the colour %s", d.ID, other, c)
		}
		seen[c] = d.ID
		l, err := luminance(c)
		if err != nil {
			t.Errorf("department %s: %v", d.ID, err)
			continue
		}
		dark, _ := luminance("#333333")
		if ratio := (l + 0.05) / (dark + 0.05); ratio < 7 {
			t.Errorf("department %s: colour %s gives dark text a contrast of %.1f, want ≥ 7", d.ID, c, ratio)
		}
	}
}

// luminance is the WCAG relative luminance of a #RRGGBB colour.
func luminance(hex string) (float64, error) {
	if len(hex) != 7 || hex[0] != '#' {
		return 0, fmt.Errorf("colour %q is not #RRGGBB", hex)
	}
	var l float64
	for i, w := range []float64{0.2126, 0.7152, 0.0722} {
		v, err := strconv.ParseUint(hex[1+2*i:3+2*i], 16, 8)
		if err != nil {
			return 0, fmt.Errorf("colour %q: %v", hex, err)
		}
		c := float64(v) / 255
		if c <= 0.03928 {
			c /= 12.92
		} else {
			c = math.Pow((c+0.055)/1.055, 2.4)
		}
		l += w * c
	}
	return l, nil
}

func TestProjectTeam(t *testing.T) {
	wantName := map[string]string{"zh": "618大促项目组", "en": "618 Mega-Sale Project Team"}
	wantLabel := map[string]string{"zh": "项目汇报", "en": "Project reporting"}
	for _, lang := range []string{"zh", "en"} {
		t.Run(lang, func(t *testing.T) {
			doc := mustLoad(t, InternetMarketing, lang)
			p := doc.Project("project-618")
			if p == nil || p.Name != wantName[lang] || p.Goal == "" || p.Start == "" || p.End == "" || p.Start > p.End {
				t.Fatalf("project = %+v", p)
			}
			if p.OwnerRole != "role-marketing-manager" {
				t.Errorf("owner = %q, want role-marketing-manager", p.OwnerRole)
			}
			// 市场, 运营, 技术 and 客服 must all be in the team.
			areas := map[string][]data.ID{
				"market":     {"dept-research", "dept-brand-content"},
				"operations": {"dept-digital-ops", "dept-user-growth"},
				"technology": {"dept-data-tech"},
				"service":    {"dept-customer-service"},
			}
			covered := map[string]bool{}
			for _, m := range p.Members {
				r := doc.Role(m.Role)
				if r == nil || m.ProjectRole == "" {
					t.Errorf("member %+v: unknown role or no project role", m)
					continue
				}
				for area, depts := range areas {
					if slices.Contains(depts, r.Department) {
						covered[area] = true
					}
				}
				if r.ID == p.OwnerRole {
					continue
				}
				if !slices.Contains(r.Dotted, data.DottedLine{Manager: p.OwnerRole, Label: wantLabel[lang]}) {
					t.Errorf("member %s has no dotted %q line to the owner: %v", r.ID, wantLabel[lang], r.Dotted)
				}
			}
			for area := range areas {
				if !covered[area] {
					t.Errorf("no member from %s", area)
				}
			}
			if !slices.ContainsFunc(p.Members, func(m data.Member) bool { return m.Role == "role-seo-sem-specialist" }) {
				t.Error("the source's example, the SEO/SEM specialist, is not in the team")
			}
		})
	}
}

// TestLanguagesMatch wants the Chinese and English templates to differ in
// wording only: same ids, lines, headcounts, weights, and the same number of
// responsibilities, examples and KPIs, with the same fields filled in.
func TestLanguagesMatch(t *testing.T) {
	for _, id := range []string{InternetMarketing, Blank} {
		t.Run(id, func(t *testing.T) {
			zh, en := shape(t, mustLoad(t, id, "zh")), shape(t, mustLoad(t, id, "en"))
			if !reflect.DeepEqual(zh, en) {
				a, _ := json.MarshalIndent(zh, "", " ")
				b, _ := json.MarshalIndent(en, "", " ")
				t.Errorf("the zh and en templates differ in structure:\n%s", firstDiff(string(a), string(b)))
			}
		})
	}
}

// structural keys keep their values in shape; every other string becomes
// "text" (or stays "" when empty).
var structural = map[string]bool{
	"id": true, "parent": true, "head": true, "department": true, "reportsTo": true, "manager": true,
	"role": true, "person": true, "ownerRole": true, "ownerPerson": true, "mode": true, "stage": true,
	"color": true, "start": true, "end": true, "template": true, "suggested": true,
}

func shape(t *testing.T, doc *data.Document) any {
	t.Helper()
	doc.Org.Lang = ""
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	var walk func(key string, v any) any
	walk = func(key string, v any) any {
		switch x := v.(type) {
		case map[string]any:
			for k, e := range x {
				x[k] = walk(k, e)
			}
		case []any:
			for i, e := range x {
				x[i] = walk(key, e)
			}
		case string:
			if !structural[key] && x != "" {
				return "text"
			}
		}
		return v
	}
	return walk("", v)
}

func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(al), len(bl)) {
		if al[i] != bl[i] {
			lo := max(0, i-8)
			return fmt.Sprintf("zh:\n%s\nen:\n%s", strings.Join(al[lo:i+1], "\n"), strings.Join(bl[lo:i+1], "\n"))
		}
	}
	return "(lengths differ)"
}

// isCJK reports Han characters and CJK punctuation (、。《》 and full-width
// forms), none of which belong in English text.
func isCJK(r rune) bool {
	return unicode.Is(unicode.Han, r) || (r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF)
}

// strings returns every string in v (a JSON-able value) with its path.
func allStrings(t *testing.T, v any) map[string]string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var g any
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch x := v.(type) {
		case map[string]any:
			for k, e := range x {
				walk(path+"."+k, e)
			}
		case []any:
			for i, e := range x {
				walk(fmt.Sprintf("%s[%d]", path, i), e)
			}
		case string:
			out[path] = x
		}
	}
	walk("", g)
	return out
}

func TestEnglishHasNoChinese(t *testing.T) {
	values := map[string]any{
		"template list": List("en"),
		"role library":  RoleLibrary("en"),
		"guidance":      Guidance("en"),
	}
	for _, id := range []string{InternetMarketing, Blank} {
		values[id] = mustLoad(t, id, "en")
	}
	for what, v := range values {
		for path, s := range allStrings(t, v) {
			if strings.ContainsFunc(s, isCJK) {
				t.Errorf("%s%s: Chinese in English text: %q", what, path, s)
			}
		}
	}
}

func TestChineseContentIsChinese(t *testing.T) {
	doc := mustLoad(t, InternetMarketing, "zh")
	for _, r := range doc.Roles {
		for _, s := range []string{r.Title, r.Purpose, r.Authority, r.CareerPath, r.Qualifications.Education} {
			if !strings.ContainsFunc(s, isCJK) {
				t.Errorf("role %s: %q is not Chinese", r.ID, s)
			}
		}
	}
}

func TestRoleLibrary(t *testing.T) {
	ids := map[string][]data.ID{}
	for _, lang := range []string{"zh", "en"} {
		lib := RoleLibrary(lang)
		doc := mustLoad(t, InternetMarketing, lang)
		if len(lib) != len(doc.Roles) {
			t.Errorf("%s: the library has %d roles, the template %d", lang, len(lib), len(doc.Roles))
		}
		for _, r := range lib {
			ids[lang] = append(ids[lang], r.ID)
			if r.ReportsTo != "" || len(r.Dotted) != 0 {
				t.Errorf("%s: library role %s still points at template roles", lang, r.ID)
			}
			if r.Title == "" || len(r.Responsibilities) == 0 || len(r.KPIs) == 0 {
				t.Errorf("%s: library role %s has no full card", lang, r.ID)
			}
		}
		if len(lib) > 0 && lib[0].ID != "role-general-manager" {
			t.Errorf("%s: the library starts with %s, want the general manager", lang, lib[0].ID)
		}
		lib[0].Responsibilities[0].Text = "changed"
		if RoleLibrary(lang)[0].Responsibilities[0].Text == "changed" {
			t.Errorf("%s: RoleLibrary returns shared data", lang)
		}
	}
	if !slices.Equal(ids["zh"], ids["en"]) {
		t.Errorf("library ids differ: zh %v, en %v", ids["zh"], ids["en"])
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(InternetMarketing, "zh"); err != nil {
			b.Fatal(err)
		}
	}
}
