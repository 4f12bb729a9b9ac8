package report

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"orgdesigner/app"
	"orgdesigner/app/compare"
	"orgdesigner/data"
)

// reorganised is the QA walk's scenario on the real roster, where no role
// has a salary band: a team with people deleted, a team moved to another
// city, two roles with bands added to a top-level department.
func reorganised(t *testing.T) (res *compare.Result, deleted, moved string) {
	t.Helper()
	a := importRoster(t, "cn_roster_ruihr_poi.xlsx")
	b := cloneDoc(t, a)
	do := func(c app.Command) {
		t.Helper()
		cs, err := c.Changes(b)
		if err != nil {
			t.Fatal(err)
		}
		b = b.With(cs)
	}
	// Teams are departments two levels down holding roles and people.
	var teams []*data.Department
	for i := range b.Departments {
		d := &b.Departments[i]
		if p := b.Department(d.Parent); p != nil && p.Parent != "" && len(b.RolesIn(d.ID)) > 0 {
			held := 0
			for _, r := range b.RolesIn(d.ID) {
				held += len(b.Holders(r.ID))
			}
			if held > 0 && len(b.ChildDepartments(d.ID)) == 0 {
				teams = append(teams, d)
			}
		}
	}
	if len(teams) < 2 {
		t.Fatalf("%d teams", len(teams))
	}
	del, mov := teams[0], teams[len(teams)-1]
	deleted, moved = del.Name, mov.Name
	var city data.ID // another city of the moved team's business line
	for _, d := range b.ChildDepartments(b.Department(mov.Parent).Parent) {
		if d.ID != mov.Parent && d.ID != del.Parent {
			city = d.ID
		}
	}
	if city == "" {
		t.Fatal("no other city")
	}
	var top data.ID
	for i := range b.Departments {
		if d := &b.Departments[i]; d.Parent == "" && d.ID != b.Department(mov.Parent).Parent && d.ID != b.Department(del.Parent).Parent {
			top = d.ID
		}
	}
	do(app.DeleteDepartment(del.ID))
	do(app.MoveDepartment(mov.ID, city, ""))
	do(app.AddRole(data.Role{Title: "Growth Lead", Department: top, Planned: 1, PayMin: 20000, PayMax: 30000}, nil))
	do(app.AddRole(data.Role{Title: "Data Analyst", Department: top, Planned: 1, PayMin: 8000, PayMax: 12000}, nil))
	return compare.Compare(a, b), deleted, moved
}

// TestChangeReportRealRosterUnpriced: on the real roster without salary
// bands the report says 未设薪酬 rather than ¥0, counts the department
// blocks it lists, files the deleted team's people under the team with
// the app's word 未安排, and draws no chart pair for the moved team alone
// (its move shows on its old and new parents' charts).
func TestChangeReportRealRosterUnpriced(t *testing.T) {
	res, deleted, moved := reorganised(t)
	pdf, r := render(t, changesFn(res, ChangeOptions{Options: Options{Date: fixedDate}, NameA: "当前组织", NameB: "重组"}))
	text := pdfText(t, pdf, 0, 0)
	flat := squash(text)
	for _, s := range []string{"月度人力成本：编制 ¥0 · 在岗 ¥0", "月度编制成本 ¥0", "未分配岗位"} {
		if strings.Contains(flat, squash(s)) {
			t.Errorf("the report prints %q", s)
		}
	}
	for _, s := range []string{"月度人力成本：未设薪酬", "月度编制成本 未设薪酬 ¥", "调至 未安排"} {
		if !strings.Contains(flat, squash(s)) {
			t.Errorf("the report lacks %q", s)
		}
	}
	if i, j := strings.Index(flat, "各部门变更"), strings.Index(flat, "组织架构图"); i < 0 || j < i || strings.Contains(flat[i:j], "公司级") {
		t.Errorf("the change list has a company-level block, or no list")
	}
	// The count agrees with the blocks listed.
	blocks := 0
	for _, g := range res.Groups {
		if g.Department != "" {
			blocks++
		}
	}
	m := regexp.MustCompile(`涉及(\d+)个部门(?:；另有(\d+)个上级部门)?`).FindStringSubmatch(flat)
	if m == nil {
		t.Fatalf("no count sentence in %s", text[:min(len(text), 600)])
	}
	n := atoi(m[1]) + atoi("0"+m[2])
	if n != blocks {
		t.Errorf("the summary counts %s+%s departments, the list has %d blocks", m[1], m[2], blocks)
	}
	// The deleted team's people are listed under it.
	i := strings.Index(flat, squash(fmt.Sprintf("%s（撤销）", deleted)))
	j := strings.Index(flat, "调至未安排")
	if i < 0 || j < i {
		t.Errorf("the people of %s are not listed under it (heading at %d, person at %d)", deleted, i, j)
	}
	// Neither the moved team alone nor the company's top level (nothing
	// changed there: the people left without a role are on no chart) has
	// a page of its own.
	for p, title := range chartTitles(t, pdf, r.Pages) {
		if strings.HasSuffix(title, moved) || strings.HasSuffix(title, "公司级") {
			t.Errorf("page %d draws a chart with no change: %q", p, title)
		}
	}
}
