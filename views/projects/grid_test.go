package projects

import (
	"reflect"
	"testing"

	"orgdesigner/data"
)

func TestBuildGrid(t *testing.T) {
	tests := []struct {
		name      string
		edit      func(d *data.Document)
		wantRows  []string
		wantTeams int
		wantCells map[[2]int][]string // [row, col] → lines
	}{
		{
			name:      "members by department, sub-departments after their parent",
			wantRows:  []string{"市场部", "品牌组", "技术部"},
			wantTeams: 1,
			wantCells: map[[2]int][]string{
				{0, 0}: {"市场经理 · 项目负责人"},
				{1, 0}: {"设计师 · 设计支持"},
				{2, 0}: {"张三 (开发工程师) · 技术保障"},
			},
		},
		{
			name: "a company-level member adds the company row first",
			edit: func(d *data.Document) {
				d.Projects[0].Members = append(d.Projects[0].Members, data.Member{Role: "gm"})
			},
			wantRows:  []string{"公司级", "市场部", "品牌组", "技术部"},
			wantTeams: 1,
			wantCells: map[[2]int][]string{{0, 0}: {"总经理"}, {3, 0}: {"张三 (开发工程师) · 技术保障"}},
		},
		{
			name: "a person without a role sits in their own department",
			edit: func(d *data.Document) {
				d.People = append(d.People, data.Person{ID: "p3", Name: "王五", Department: "it", Status: data.StatusActive})
				d.Projects = append(d.Projects, data.ProjectTeam{ID: "t2", Name: "官网改版", Order: 1,
					Members: []data.Member{{Person: "p3"}, {Role: "dev", ProjectRole: "前端"}}})
			},
			wantRows:  []string{"市场部", "品牌组", "技术部"},
			wantTeams: 2,
			wantCells: map[[2]int][]string{{2, 1}: {"王五", "开发工程师 · 前端"}, {0, 1}: nil},
		},
		{
			name:      "no teams: rows but no columns",
			edit:      func(d *data.Document) { d.Projects = nil },
			wantRows:  []string{"市场部", "品牌组", "技术部"},
			wantTeams: 0,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := smallDoc()
			if tt.edit != nil {
				tt.edit(doc)
				doc.Sort()
			}
			g := BuildGrid(doc, "公司级")
			var rows []string
			for _, r := range g.Rows {
				rows = append(rows, r.Name)
			}
			if !reflect.DeepEqual(rows, tt.wantRows) {
				t.Errorf("rows = %v, want %v", rows, tt.wantRows)
			}
			if len(g.Teams) != tt.wantTeams {
				t.Fatalf("%d teams, want %d", len(g.Teams), tt.wantTeams)
			}
			for rc, want := range tt.wantCells {
				if got := g.Cells[rc[0]][rc[1]]; !reflect.DeepEqual(got, want) {
					t.Errorf("cell %v = %q, want %q", rc, got, want)
				}
			}
		})
	}
}

func TestGridDepthAndLines(t *testing.T) {
	doc := smallDoc()
	doc.Projects[0].Members = append(doc.Projects[0].Members, data.Member{Role: "dev"})
	g := BuildGrid(doc, "公司级")
	if g.Rows[1].Depth != 1 || g.Rows[0].Depth != 0 {
		t.Errorf("depths %d %d, want 0 1", g.Rows[0].Depth, g.Rows[1].Depth)
	}
	if g.Lines(2) != 2 || g.Lines(0) != 1 {
		t.Errorf("lines = %d, %d; want 2, 1", g.Lines(2), g.Lines(0))
	}
}
