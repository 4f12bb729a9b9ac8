package chart

import (
	"fmt"
	"strings"
	"testing"

	"orgdesigner/data"
)

// companyLevelDoc is foldDoc plus people with no role at company level:
// two with no department (a roster's 总裁办 mapped to the company, rows
// with no 部门) and one whose department does not exist.
func companyLevelDoc() *data.Document {
	doc := foldDoc()
	doc.People = append(doc.People,
		data.Person{ID: "c1", Name: "Kim"},
		data.Person{ID: "c2", Name: "Lea", Department: "gone"},
		data.Person{ID: "c3", Name: "Max"},
		data.Person{ID: "c4", Name: "Ned", Status: data.StatusLeft})
	return doc
}

func TestCompanyLevelPeopleWithoutRoleAreOnTheChart(t *testing.T) {
	doc := companyLevelDoc()
	c := Build(doc, Options{Unassigned: true})
	var groups []string
	for _, n := range c.Nodes {
		if n.Kind == KindUnassigned {
			groups = append(groups, fmt.Sprintf("%d<%s>%v%v", n.Parent, n.Dept, n.Holders, n.People))
		}
	}
	found := false
	for k, n := range c.Nodes {
		if n.Kind == KindUnassigned && n.Parent == 0 {
			found = true
			if fmt.Sprint(n.Holders) != "[Kim Lea Max]" || fmt.Sprint(n.People) != "[c1 c2 c3]" || n.Dept != "" || n.ID != "" {
				t.Errorf("company group %d: %+v", k, n)
			}
		}
	}
	if !found {
		t.Fatalf("no 未安排 group under the company; groups: %v", groups)
	}
	// Every person not left is counted once when the company is folded.
	c = Build(doc, Options{Unassigned: true, Collapsed: map[data.ID]bool{"": true}})
	if co := c.Nodes[0]; co.HiddenUnassigned != 3+3 || co.HiddenPeople != 4 {
		t.Errorf("folded company hides %d people and %d unassigned, want 4 and 6", co.HiddenPeople, co.HiddenUnassigned)
	}
	// At level 1 the company's group shows beside the departments; the
	// departments' groups fold into their badges.
	c = Build(doc, Options{Level: 1, Unassigned: true})
	shown, hidden := 0, 0
	for _, n := range c.Nodes {
		if n.Kind == KindUnassigned {
			shown += len(n.Holders)
		}
		hidden += n.HiddenUnassigned
	}
	if shown+hidden != 6 {
		t.Errorf("level 1: %d unassigned on cards + %d in badges, want all 6", shown, hidden)
	}
}

func TestPeopleViewShowsCompanyLevelPeopleWithoutRole(t *testing.T) {
	c := Build(companyLevelDoc(), Options{People: true})
	for _, id := range []data.ID{"c1", "c2", "c3"} {
		i := c.Index(id)
		if i < 0 {
			t.Errorf("%s is not in the people view", id)
			continue
		}
		if n := c.Nodes[i]; n.Parent != 0 || n.Note != "Unassigned" {
			t.Errorf("%s under node %d, note %q; want under the company, noted Unassigned", id, n.Parent, n.Note)
		}
	}
	if c.Index("c4") >= 0 {
		t.Error("a person who left is in the people view")
	}
}

func TestExportDrawsCompanyLevelPeopleWithoutRole(t *testing.T) {
	doc := companyLevelDoc()
	var b strings.Builder
	if err := WriteSVG(&b, Build(doc, Options{Unassigned: true}), doc, nil, DefaultStyle()); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Kim", "Lea", "Max"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("the SVG lacks %q", want)
		}
	}
}
