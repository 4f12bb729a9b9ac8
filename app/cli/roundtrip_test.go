package cli

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"orgdesigner/app/i18n"
	"orgdesigner/app/templates"
	"orgdesigner/data"
)

// TestWorkbookRoundTripShowJSON: a document → export → import into a
// blank document → `show --json` is the same, ids aside: the template in
// both languages and a generated 200-person company.
func TestWorkbookRoundTripShowJSON(t *testing.T) {
	i18n.SetLanguage("en")
	dir := t.TempDir()
	cases := map[string]func(path string){
		"template-zh": func(path string) { mustRun(t, "new", path, "--lang", "zh") },
		"template-en": func(path string) { mustRun(t, "new", path, "--lang", "en") },
		"company-200": func(path string) {
			st, err := data.Create(path, company200(t))
			if err != nil {
				t.Fatal(err)
			}
			st.Close()
		},
	}
	for name, create := range cases {
		t.Run(name, func(t *testing.T) {
			src := filepath.Join(dir, name+".orgdb")
			create(src)
			xlsx := filepath.Join(dir, name+".xlsx")
			mustRun(t, "export", src, xlsx)
			blank := filepath.Join(dir, name+"-blank.orgdb")
			lang := "zh"
			if strings.HasSuffix(name, "en") {
				lang = "en"
			}
			mustRun(t, "new", blank, "--template", "blank", "--lang", lang)
			if code, out, e := run("import", blank, xlsx); code != ExitOK {
				t.Fatalf("import: exit %d\n%s\n%s", code, out, e)
			}
			want, got := showWithoutIDs(t, src), showWithoutIDs(t, blank)
			if want != got {
				t.Errorf("show --json differs after the round trip:\n%s", firstDiff(want, got))
			}
			// Importing the workbook again changes nothing.
			if _, out, e := run("import", blank, xlsx); !strings.Contains(e, "Nothing to import") {
				t.Errorf("second import changed something:\n%s%s", out, e)
			}
		})
	}
}

func mustRun(t *testing.T, args ...string) {
	t.Helper()
	if code, out, e := run(args...); code != ExitOK {
		t.Fatalf("%v: exit %d\n%s\n%s", args, code, out, e)
	}
}

// showWithoutIDs is `show --json` with every id replaced by what it
// names (department path, role path and title, person's number and name,
// team name) and the lists sorted by those names.
func showWithoutIDs(t *testing.T, path string) string {
	t.Helper()
	code, out, e := run("show", path, "--json")
	if code != ExitOK {
		t.Fatalf("show: %s", e)
	}
	var doc map[string]any
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	name := map[string]string{}
	depts := list(doc["departments"])
	parent := map[string]string{}
	for _, d := range depts {
		parent[str(d["id"])] = str(d["parent"])
	}
	var deptPath func(id string, depth int) string
	deptPath = func(id string, depth int) string {
		for _, d := range depts {
			if str(d["id"]) == id && depth < 20 {
				if p := parent[id]; p != "" {
					return deptPath(p, depth+1) + "/" + str(d["name"])
				}
				return str(d["name"])
			}
		}
		return ""
	}
	for _, d := range depts {
		name[str(d["id"])] = "dept:" + deptPath(str(d["id"]), 0)
		for _, r := range list(d["roles"]) {
			name[str(r["id"])] = "role:" + deptPath(str(d["id"]), 0) + ":" + str(r["title"])
		}
	}
	for _, r := range list(doc["companyRoles"]) {
		name[str(r["id"])] = "role::" + str(r["title"])
	}
	for _, p := range list(doc["people"]) {
		name[str(p["id"])] = "person:" + str(p["number"]) + ":" + str(p["name"])
	}
	for _, p := range list(doc["projects"]) {
		name[str(p["id"])] = "team:" + str(p["name"])
	}
	var replace func(v any) any
	replace = func(v any) any {
		switch x := v.(type) {
		case map[string]any:
			for k, e := range x {
				if s, ok := e.(string); ok && name[s] != "" && k != "name" && k != "title" && k != "number" {
					x[k] = name[s]
					continue
				}
				x[k] = replace(e)
			}
		case []any:
			for i := range x {
				x[i] = replace(x[i])
			}
		}
		return v
	}
	replace(doc)
	for _, key := range []string{"departments", "people", "projects"} {
		l, _ := doc[key].([]any)
		slices.SortFunc(l, func(a, b any) int {
			return strings.Compare(str(a.(map[string]any)["id"]), str(b.(map[string]any)["id"]))
		})
	}
	b, _ := json.MarshalIndent(doc, "", "  ")
	return string(b)
}

func list(v any) []map[string]any {
	var out []map[string]any
	l, _ := v.([]any)
	for _, e := range l {
		if m, ok := e.(map[string]any); ok {
			out = append(out, m)
		}
	}
	return out
}

func str(v any) string { s, _ := v.(string); return s }

// firstDiff shows the lines around the first difference.
func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(w), len(g)); i++ {
		if i >= len(w) || i >= len(g) || w[i] != g[i] {
			lo := max(0, i-6)
			return fmt.Sprintf("want:\n%s\ngot:\n%s", strings.Join(w[lo:min(len(w), i+6)], "\n"), strings.Join(g[lo:min(len(g), i+6)], "\n"))
		}
	}
	return ""
}

// company200 is the Chinese template staffed with 200 people over its
// roles, people without a role in a department, managers, a leaver, extra
// roster columns, a project team with person members, dotted lines and
// a role grade — everything the workbook carries.
func company200(t *testing.T) *data.Document {
	doc, err := templates.Load("internet-marketing", "zh")
	if err != nil {
		t.Fatal(err)
	}
	doc.Org.Name = "星河互动营销有限公司"
	doc.Roles[3].Grade = "P6"
	doc.Roles[4].Dotted = []data.DottedLine{{Manager: doc.Roles[0].ID, Label: "项目汇报"}}
	statuses := []data.Status{data.StatusActive, data.StatusActive, data.StatusProbation, data.StatusLeft}
	for i := range 200 {
		p := data.Person{ID: data.ID(fmt.Sprintf("p%03d", i)), Number: fmt.Sprintf("E%04d", i+1),
			Name: fmt.Sprintf("员工%03d", i), Status: statuses[i%len(statuses)], HireDate: fmt.Sprintf("20%02d-%02d-%02d", 15+i%10, 1+i%12, 1+i%28),
			Phone: fmt.Sprintf("138%08d", i), Extra: []data.ExtraField{{Key: "学历", Value: []string{"本科", "硕士", "大专"}[i%3]}}}
		if i%25 == 24 {
			p.Department = doc.Departments[i%len(doc.Departments)].ID // in a department, no role yet
		} else {
			r := doc.Roles[i%len(doc.Roles)]
			p.Role, p.Department = r.ID, r.Department
		}
		if i > 10 && i%7 == 0 {
			p.Manager = "p001"
		}
		doc.People = append(doc.People, p)
	}
	doc.Projects = append(doc.Projects, data.ProjectTeam{ID: "t-crm", Name: "会员体系升级", OwnerPerson: "p001",
		OwnerRole: doc.Roles[2].ID, Start: "2027-01-01", End: "2027-03-31", Goal: "上线会员积分",
		Members: []data.Member{{Person: "p002", ProjectRole: "产品"}, {Role: doc.Roles[5].ID, ProjectRole: "开发"}}, Order: 1})
	doc.Sort()
	if err := data.Validate(doc); err != nil {
		t.Fatal(err)
	}
	return doc
}
