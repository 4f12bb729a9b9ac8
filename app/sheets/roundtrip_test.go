package sheets

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"orgdesigner/data"
)

// TestRoundTripRestoresEverything: the hand-built document with every
// kind of content comes back whole into a blank document, and the preview
// says what the workbook's own sheets brought.
func TestRoundTripRestoresEverything(t *testing.T) {
	doc := staffedDoc()
	doc.Org.Industry, doc.Org.Mode, doc.Org.Stage, doc.Org.Notes = "软件", data.ModeMatrix, data.StageGrowth, "第一行\n第二行"
	d := doc.Department("d1")
	d.Positioning, d.Motto, d.Color, d.Head, d.Suggested = "研发全部产品", "快,稳", "#CFE2F3", "r1", []string{data.FieldHead}
	r := doc.Role("r2")
	r.Grade, r.Authority, r.Notes = "P5", "代码评审权", "备注=1+1"
	r.Qualifications = data.Qualifications{Education: "本科", Skills: "Go"}
	r.Dotted = []data.DottedLine{{Manager: "r3", Label: "项目汇报"}}
	r.Suggested = []string{data.FieldPurpose, data.FieldKPIs}
	r.Responsibilities = []data.Responsibility{{Text: "写代码", Weight: 12.5, Examples: []string{"如：接口"}}, {Text: "修缺陷"}}
	doc.Projects[0].OwnerPerson = "p2"
	doc.Projects[0].Start, doc.Projects[0].End = "2027-01-01", "2027-06-30"
	onCost := 32.5
	doc.Org.Grades = []data.GradeBand{{Grade: "P5", Min: 9000, Max: 14000}}
	doc.Org.OnCostPercent, doc.Org.MonthsPerYear = &onCost, 14
	doc.Role("r3").PayMin, doc.Role("r3").PayMax = 6000, 9000
	must(t, data.Validate(doc))

	path, _ := exportTo(t, doc, ExportOptions{})
	blank := &data.Document{Org: data.Organisation{Name: "新公司", Lang: "zh"}}
	_, p := importFile(t, path, blank, PlanOptions{})
	if len(p.Problems) != 0 {
		t.Fatalf("problems: %v", p.Problems)
	}
	if want := (Restored{Cards: 2, Departments: 1, Projects: 1, Bands: 2, Organisation: true}); p.Restored != want {
		t.Errorf("restored %+v, want %+v", p.Restored, want)
	}
	nd := apply(t, blank, p)
	if nd.Org.Name != "星辰科技" || nd.Org.Mode != data.ModeMatrix || nd.Org.Notes != doc.Org.Notes || nd.Org.Industry != "软件" ||
		!slices.Equal(nd.Org.Grades, doc.Org.Grades) || nd.Org.OnCost() != 0.325 || nd.Org.Months() != 14 {
		t.Errorf("organisation %+v", nd.Org)
	}
	if got, want := bandsOf(nd), bandsOf(doc); !slices.Equal(got, want) {
		t.Errorf("bands\n got %q\nwant %q", got, want)
	}
	byPath := func(doc *data.Document, path string) *data.Department {
		for i := range doc.Departments {
			if deptPath(doc, doc.Departments[i].ID) == path {
				return &doc.Departments[i]
			}
		}
		t.Fatalf("no department %s", path)
		return nil
	}
	nd1 := byPath(nd, "研发中心")
	if nd1.Positioning != d.Positioning || nd1.Motto != d.Motto || nd1.Color != d.Color || nd.Role(nd1.Head).Title != "研发总监" ||
		!slices.Equal(nd1.Suggested, d.Suggested) {
		t.Errorf("department %+v", *nd1)
	}
	var nr *data.Role
	for i := range nd.Roles {
		if nd.Roles[i].Title == "后端工程师" {
			nr = &nd.Roles[i]
		}
	}
	if !equalCard(withIDs(*nr, r), *r) {
		t.Errorf("role card\n got %+v\nwant %+v", withIDs(*nr, r), *r)
	}
	team := nd.Projects[0]
	if owner := nd.Person(team.OwnerPerson); owner == nil || owner.Name != "张伟" || nd.Role(team.OwnerRole).Title != "市场专员" ||
		len(team.Members) != 2 || nd.Person(team.Members[1].Person).Name != "+赵敏" || team.End != "2027-06-30" {
		t.Errorf("team %+v", team)
	}
	// Into a document that is not blank, the company keeps its own name.
	_, p2 := importFile(t, path, staffedDoc(), PlanOptions{})
	if p2.Changes.Org != nil {
		t.Errorf("a non-blank document would be renamed: %+v", p2.Changes.Org)
	}
}

// withIDs gives a restored role the ids of the original, so the two can
// be compared field by field.
func withIDs(got data.Role, want *data.Role) data.Role {
	got = data.CloneRole(got)
	got.ID, got.Department, got.ReportsTo, got.Order = want.ID, want.Department, want.ReportsTo, want.Order
	for i := range got.Dotted {
		if i < len(want.Dotted) {
			got.Dotted[i].Manager = want.Dotted[i].Manager
		}
	}
	return got
}

// TestEditedWorkbookProblems: what the user broke in the workbook's own
// sheets is reported with sheet, row and column, and the rest imported.
func TestEditedWorkbookProblems(t *testing.T) {
	path, f := exportTo(t, staffedDoc(), ExportOptions{})
	must(t, f.SetCellValue("部门", "F2", "红色"))
	must(t, f.SetCellValue("部门", "C2", "不存在的岗位"))
	must(t, f.SetSheetRow("岗位职责", "A9", &[]any{"研发中心", "幽灵岗位", "主要职责", 1, "无主的职责"}))
	must(t, f.SetCellValue("项目组", "C2", "查无此人"))
	must(t, f.Save())
	_, p := importFile(t, path, &data.Document{Org: data.Organisation{Name: "新公司", Lang: "zh"}}, PlanOptions{})
	var got []string
	for _, pr := range p.Problems {
		got = append(got, pr.Sheet+" "+itoa(pr.Row)+" "+pr.Column+" "+pr.Code)
	}
	want := []string{"部门 2 F bad-colour", "部门 2 C unknown-role", "岗位职责 9 B unknown-role", "项目组 2 C unknown-person"}
	if !slices.Equal(got, want) {
		t.Errorf("problems %q, want %q", got, want)
	}
	if p.Restored.Cards != 1 || p.Restored.Projects != 1 {
		t.Errorf("restored %+v", p.Restored)
	}
}

// TestStructureKeepsFooterLikeTitles: a role called 审核专员 starts like
// a footer (审核) but is a role; subtotal rows are not.
func TestStructureKeepsFooterLikeTitles(t *testing.T) {
	doc := staffedDoc()
	doc.Roles = append(doc.Roles, data.Role{ID: "r9", Title: "审核专员", Department: "d3", Planned: 2, Order: 1})
	doc.Sort()
	path, _ := exportTo(t, doc, ExportOptions{})
	_, p := importFile(t, path, &data.Document{Org: data.Organisation{Name: "新公司", Lang: "zh"}}, PlanOptions{})
	var titles []string
	for _, r := range p.NewRoles {
		titles = append(titles, r.Title)
	}
	if !slices.Contains(titles, "审核专员") || slices.ContainsFunc(titles, func(s string) bool { return strings.HasPrefix(s, "小计") }) {
		t.Errorf("new roles %q", titles)
	}
}

// BenchmarkRoundTripImport10k imports our own workbook of 10,000 people
// into a blank document: open, analyse, plan with every sheet restored.
func BenchmarkRoundTripImport10k(b *testing.B) {
	path := filepath.Join(b.TempDir(), "big.xlsx")
	must(b, ExportFile(bigDocument(10000), path, ExportOptions{}))
	b.ReportAllocs()
	for b.Loop() {
		blank := &data.Document{Org: data.Organisation{Name: "新公司", Lang: "zh"}}
		p, err := DryRun(context.Background(), path, "", blank, PlanOptions{})
		must(b, err)
		if len(p.NewPeople) != 10000 || p.Restored.Cards != 120 || len(p.Problems) != 0 {
			b.Fatalf("%d people, restored %+v, problems %v", len(p.NewPeople), p.Restored, p.Problems[:min(3, len(p.Problems))])
		}
	}
}
