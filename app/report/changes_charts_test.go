package report

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"io"
	"math"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"orgdesigner/app/compare"
	"orgdesigner/app/templates"
	"orgdesigner/data"
)

// stageResult compares the template with its 初创期 suggestion, as a new
// user does: od new; od scenario new --template startup; od compare.
func stageResult(t testing.TB) *compare.Result {
	t.Helper()
	a, err := templates.Load("internet-marketing", "zh")
	if err != nil {
		t.Fatal(err)
	}
	st, err := templates.StageOf("internet-marketing", "zh", data.StageStartup)
	if err != nil {
		t.Fatal(err)
	}
	return compare.Compare(a, st.Doc)
}

// pageStreams returns the decompressed content streams of a PDF's pages.
func pageStreams(t testing.TB, pdf []byte) [][]byte {
	t.Helper()
	var out [][]byte
	for _, m := range streamRE.FindAllSubmatch(pdf, -1) {
		r, err := zlib.NewReader(bytes.NewReader(m[1]))
		if err != nil {
			continue
		}
		content, err := io.ReadAll(r)
		if err != nil || !bytes.Contains(content, []byte(" Td ")) {
			continue
		}
		out = append(out, content)
	}
	return out
}

var pathOpRE = regexp.MustCompile(`^((?:-?[0-9.]+ )+)(m|l|c)$`)

// TestNoSpikeOnOutlines: no stroked closed path has a closing segment of
// a few thousandths of a point (the start written to 2 decimals, the last
// curve to 5): its mitred join drew a stray stroke at the top left of the
// change report's outlined department cards on continuation pages.
func TestNoSpikeOnOutlines(t *testing.T) {
	pdf, _ := render(t, changesFn(stageResult(t), ChangeOptions{Options: Options{Date: fixedDate}}))
	paths := 0
	for pi, page := range pageStreams(t, pdf) {
		var start, last [2]float64
		lines := strings.Split(string(page), "\n")
		for i, ln := range lines {
			if m := pathOpRE.FindStringSubmatch(ln); m != nil {
				f := strings.Fields(m[1])
				x, _ := strconv.ParseFloat(f[len(f)-2], 64)
				y, _ := strconv.ParseFloat(f[len(f)-1], 64)
				if m[2] == "m" {
					start = [2]float64{x, y}
				}
				last = [2]float64{x, y}
				continue
			}
			if ln != "h" || i+1 >= len(lines) || (lines[i+1] != "S" && lines[i+1] != "B") {
				continue
			}
			paths++
			if d := math.Hypot(last[0]-start[0], last[1]-start[1]); d > 0 && d < 0.05 {
				t.Errorf("page %d: a stroked path closes with a %.4f pt segment at (%.2f, %.2f)", pi+1, d, start[0], start[1])
			}
		}
	}
	if paths == 0 {
		t.Fatal("no stroked closed path found: the test reads nothing")
	}
}

// chartTitles returns the title of every chart page of a change report
// (the line after the running header, starting 变更前, 变更后 or 变更前后),
// by page.
func chartTitles(t testing.TB, pdf []byte, pages int) map[int]string {
	t.Helper()
	out := map[int]string{}
	for p := 1; p <= pages; p++ {
		for _, l := range strings.Split(pdfText(t, pdf, p, p), "\n") {
			if l = strings.TrimSpace(l); strings.HasPrefix(l, "变更前：") || strings.HasPrefix(l, "变更后：") || strings.HasPrefix(l, "变更前后：") {
				out[p] = l
				break
			}
		}
	}
	return out
}

// thirteenChanges edits realCompany (about 200 people, 24 departments) in
// two of its departments and at company level: 13 changes (five of them
// people joining).
func thirteenChanges(t testing.TB) *compare.Result {
	a := realCompany("zh")
	b := cloneDoc(t, a)
	for i := range b.Roles {
		r := &b.Roles[i]
		switch r.Title {
		case "大客户销售经理（1区）":
			r.Title = "大客户销售经理（华东）"
		case "大客户销售经理（2区）":
			r.Planned = 5
		case "大客户销售经理（3区）":
			r.Purpose = "开拓华南大客户。"
		case "前端组负责人":
			r.Title = "前端技术负责人"
		}
	}
	var roles []data.Role
	for _, r := range b.Roles {
		if r.Title != "大客户销售经理（14区）" {
			roles = append(roles, r)
		}
	}
	b.Roles = append(roles, data.Role{ID: "r-new-1", Title: "销售运营专员", Department: "d01", ReportsTo: "r002", Planned: 2},
		data.Role{ID: "r-new-2", Title: "前端实习生", Department: "d16", ReportsTo: "r054", Planned: 1},
		data.Role{ID: "r-new-3", Title: "总经理助理", Planned: 1, ReportsTo: "r001"})
	for i, role := range []data.ID{"r-new-1", "r-new-1", "r-new-1", "r-new-2", "r-new-2"} {
		b.People = append(b.People, data.Person{ID: data.ID(fmt.Sprintf("n%d", i)), Number: fmt.Sprintf("N%03d", i),
			Name: fmt.Sprintf("新员工%d", i), Role: role, Status: data.StatusActive})
	}
	b.Reindex()
	res := compare.Compare(a, b)
	if len(res.Changes) != 13 {
		for _, c := range res.Changes {
			t.Log(c.Kind, c.Name)
		}
		t.Fatalf("%d changes, want 13", len(res.Changes))
	}
	return res
}

// TestChangeReportChartsOnlyChanged: a company with 13 changes in two
// departments and at company level prints the charts of those only, each
// before and after, and not the whole chart twice.
func TestChangeReportChartsOnlyChanged(t *testing.T) {
	res := thirteenChanges(t)
	pdf, r := render(t, changesFn(res, ChangeOptions{Options: Options{Date: fixedDate}, NameA: "当前组织", NameB: "调整方案"}))
	if os.Getenv("KEEP_PDF") != "" {
		os.WriteFile("/tmp/changes-13.pdf", pdf, 0o644)
	}
	titles := chartTitles(t, pdf, r.Pages)
	var got []string
	for p := 1; p <= r.Pages; p++ {
		if s, ok := titles[p]; ok {
			got = append(got, s)
		}
	}
	// 销售部, drawn with its ten unchanged roles as one card, fits before
	// and after on one page.
	want := []string{"变更前：当前组织 · 公司级", "变更后：调整方案 · 公司级", "变更前后：当前组织 → 调整方案 · 销售部",
		"变更前：当前组织 · 技术研发部/前端组", "变更后：调整方案 · 技术研发部/前端组"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("chart pages:\n got %q\nwant %q", got, want)
	}
	if r.Pages != 7 {
		t.Errorf("%d pages, want 7 (2 of changes, 5 of charts)", r.Pages)
	}
	text := pdfText(t, pdf, 0, 0)
	for _, s := range []string{"运营中心总监", "财务部经理", "后端组负责人", "运营小组组长1"} { // unchanged departments
		if strings.Contains(text, s) {
			t.Errorf("the report draws %q, which did not change", s)
		}
	}
}

// TestChangeReportNoChangeNoCharts: two equal organisations print one
// page, saying there are no charts.
func TestChangeReportNoChangeNoCharts(t *testing.T) {
	a := realCompany("zh")
	res := compare.Compare(a, cloneDoc(t, a))
	pdf, r := render(t, changesFn(res, ChangeOptions{Options: Options{Date: fixedDate}}))
	if r.Pages != 1 || pdfPages(t, pdf) != 1 {
		t.Errorf("%d pages, want 1", r.Pages)
	}
	text := squash(pdfText(t, pdf, 0, 0))
	for _, s := range []string{"两个组织没有差异", "没有需要对比的组织架构图"} {
		if !strings.Contains(text, s) {
			t.Errorf("the report lacks %q", s)
		}
	}
}

// TestChangeReportBeforeMarksRenamed: on the chart before, the renamed
// departments and roles are outlined as changed (blue) under their old
// names, as on the chart after under the new ones.
func TestChangeReportBeforeMarksRenamed(t *testing.T) {
	res := stageResult(t)
	pdf, r := render(t, changesFn(res, ChangeOptions{Options: Options{Date: fixedDate}}))
	titles := chartTitles(t, pdf, r.Pages)
	streams := pageStreams(t, pdf)
	blue := fmt.Sprintf("%.3f %.3f %.3f RG", float64(colChanged.r)/255, float64(colChanged.g)/255, float64(colChanged.b)/255)
	found := false
	for p, title := range titles {
		if title == "变更前：变更前 · 公司级" || title == "变更前：变更前 · 市场调研与策略部" {
			if !bytes.Contains(streams[p-1], []byte(blue)) {
				t.Errorf("page %d (%s) outlines nothing as changed", p, title)
			}
			found = true
		}
	}
	if !found {
		t.Fatalf("no chart before of the renamed 市场调研与策略部; chart pages: %v", titles)
	}
}

// TestChangeReportPairsSmallCharts: a department whose charts before and
// after both fit one page side by side is printed so, each under its
// caption; small departments share a page (the template's 初创期
// suggestion: 10 pages, where printing each chart on its own page took
// 13, the first time 14).
func TestChangeReportPairsSmallCharts(t *testing.T) {
	pdf, r := render(t, changesFn(stageResult(t), ChangeOptions{Options: Options{Date: fixedDate}, NameA: "当前组织", NameB: "初创期"}))
	if r.Pages != 10 {
		t.Errorf("%d pages, want 10", r.Pages)
	}
	// The four departments merged away share two pages, each chart under
	// a caption naming it; every card is on the page.
	shared := map[string][]string{
		"变更前后：当前组织 → 初创期 · 品牌与内容营销部、用户增长与运营部": {"品牌与内容营销部（变更前）", "用户增长与运营部（变更前）", "视觉设计师", "活动运营"},
		"变更前后：当前组织 → 初创期 · 客户服务部、财务部":         {"客户服务部（变更前）", "财务部（变更前）", "在线客服", "预算管理专员"},
	}
	for p, title := range chartTitles(t, pdf, r.Pages) {
		want, ok := shared[title]
		if !ok {
			continue
		}
		delete(shared, title)
		text := pdfText(t, pdf, p, p)
		for _, s := range want {
			if !strings.Contains(text, s) {
				t.Errorf("the shared page %d lacks %q", p, s)
			}
		}
	}
	for title := range shared {
		t.Errorf("no page %q", title)
	}
	found := false
	for p := 1; p <= r.Pages; p++ {
		text := pdfText(t, pdf, p, p)
		if !strings.Contains(text, "变更前后：当前组织 → 初创期 · 市场调研与策略部 → 市场与内容部") {
			continue
		}
		found = true
		for _, s := range []string{"变更前：当前组织", "变更后：初创期", "市场调研与策略部", "市场与内容部", "视觉设计师"} {
			if !strings.Contains(text, s) {
				t.Errorf("the paired page %d lacks %q", p, s)
			}
		}
	}
	if !found {
		t.Error("no page shows 市场调研与策略部 before and after side by side")
	}
}

// TestChangeReportRealRoster: the real recruitment firm's roster (115
// people in city teams 2–5 levels deep) with 13 changes in one team: the
// report draws that team (and nothing else) before and after, in a few
// pages rather than the whole chart twice (QA counted 35 pages for 13
// changes there before).
func TestChangeReportRealRoster(t *testing.T) {
	a := importRoster(t, "cn_roster_ruihr_poi.xlsx")
	b := cloneDoc(t, a)
	// The team: the first by name with roles (import ids are not stable).
	team, name := data.ID(""), ""
	for _, r := range b.Roles {
		if d := b.Department(r.Department); d != nil && (name == "" || d.Name < name) {
			team, name = d.ID, d.Name
		}
	}
	var holder data.ID
	n := 0
	for i := range b.Roles {
		if r := &b.Roles[i]; r.Department == team && n < 4 {
			holder = r.ID
			r.Title += "（新）"
			r.Planned += 2
			n++
		}
	}
	if n == 0 {
		t.Fatal("no role in the team")
	}
	for i := range 13 - 2*n {
		b.People = append(b.People, data.Person{ID: data.ID(fmt.Sprintf("new%d", i)), Name: fmt.Sprintf("新人%d", i),
			Role: holder, Status: data.StatusActive})
	}
	b.Reindex()
	res := compare.Compare(a, b)
	if len(res.Changes) != 13 {
		t.Fatalf("%d changes, want 13", len(res.Changes))
	}
	pdf, r := render(t, changesFn(res, ChangeOptions{Options: Options{Date: fixedDate}, NameA: "当前组织", NameB: "调整方案"}))
	titles := chartTitles(t, pdf, r.Pages)
	for p, s := range titles {
		if !strings.HasSuffix(s, name) {
			t.Errorf("page %d draws %q, not the changed team %s", p, s, name)
		}
	}
	if len(titles) == 0 || r.Pages > 6 {
		t.Errorf("%d pages, %d of charts; want at most 6", r.Pages, len(titles))
	}
	t.Logf("%d changes in %s: %d pages", len(res.Changes), name, r.Pages)
}

// TestChangeReportManyChangedDepartments: when most departments change
// (150 edits over a 1,500-role company's 59 departments), the charts are
// those of the departments with the most changes, within the chart pages'
// budget, and the report says how many are left out; every change is
// still in the list. A department too big for one page is drawn with its
// unchanged roles folded into one card. Before, every changed department
// was drawn whole: 5–6 pages each, 868 pages at 5,000 roles.
func TestChangeReportManyChangedDepartments(t *testing.T) {
	res := bigResult(t, 1500, 150)
	pdf, r := render(t, changesFn(res, ChangeOptions{Options: Options{Date: fixedDate}, NameA: "当前组织", NameB: "成长期方案"}))
	titles := chartTitles(t, pdf, r.Pages)
	if len(titles) == 0 || len(titles) > maxChartPages {
		t.Errorf("%d chart pages, want 1–%d", len(titles), maxChartPages)
	}
	first := r.Pages
	for p := range titles {
		first = min(first, p)
	}
	if text := r.Pages - len(titles); first != text+1 {
		t.Errorf("the charts start on page %d, after %d pages of text", first, text)
	}
	text := pdfText(t, pdf, 0, 0)
	flat := squash(text)
	m := regexp.MustCompile(`只打印变化最多的(\d+)个部门的架构图；另有(\d+)个有变化的部门未打印架构图`).FindStringSubmatch(flat)
	if m == nil {
		t.Fatal("the report does not say which charts are left out")
	}
	shown, left := atoi(m[1]), atoi(m[2])
	regions := (&changeReport{res: res, a: newFacts(res.A), w: &writer{facts: newFacts(res.B)}}).regions()
	if shown+left != len(regions) || left == 0 || shown < 2 {
		t.Errorf("%d shown + %d left out, want %d in all", shown, left, len(regions))
	}
	if !strings.Contains(flat, "其他") || !strings.Contains(flat, "个岗位（无变化）") || !strings.Contains(flat, "把没有变化的岗位、没有变化的下属部门各合并为一张卡片") {
		t.Error("no department is drawn with its unchanged roles folded, or the report does not say so")
	}
	for _, c := range res.Changes {
		if s := squash(compare.Sentence("zh", res, c)); !strings.Contains(flat, s) {
			t.Errorf("the list lacks %q", s)
		}
	}
	t.Logf("%d changes: %d pages, %d of charts, %d departments drawn, %d left out", len(res.Changes), r.Pages, len(titles), shown, left)
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// TestChangeReportFoldsQuietSubDepartments: a department with sixteen
// teams, two of them removed and one renamed, draws before and after on
// one page, the teams without changes folded into one card that keeps
// their headcount; drawn whole, the chart before was cut into slices.
func TestChangeReportFoldsQuietSubDepartments(t *testing.T) {
	a := &data.Document{Org: data.Organisation{Name: "某猎头公司", Lang: "zh"}}
	a.Departments = append(a.Departments, data.Department{ID: "nj", Name: "南京"})
	for i := range 16 {
		id := data.ID(fmt.Sprintf("t%02d", i))
		a.Departments = append(a.Departments, data.Department{ID: id, Name: fmt.Sprintf("南京-第%d组", i+1), Parent: "nj", Order: i})
		a.Roles = append(a.Roles, data.Role{ID: id + "-r", Title: "顾问", Department: id, Planned: 2})
	}
	a.Reindex()
	b := cloneDoc(t, a)
	b.Departments = slices.DeleteFunc(b.Departments, func(d data.Department) bool { return d.ID == "t03" || d.ID == "t07" })
	b.Roles = slices.DeleteFunc(b.Roles, func(r data.Role) bool { return r.ID == "t03-r" || r.ID == "t07-r" })
	for i := range b.Departments {
		if b.Departments[i].ID == "t05" {
			b.Departments[i].Name = "南京综合组"
		}
	}
	b.Reindex()
	res := compare.Compare(a, b)
	pdf, r := render(t, changesFn(res, ChangeOptions{Options: Options{Date: fixedDate}, NameA: "当前组织", NameB: "重组"}))
	var page int
	for p, title := range chartTitles(t, pdf, r.Pages) {
		if strings.HasPrefix(title, "变更前后：当前组织 → 重组 · 南京") && !strings.Contains(title, "第") && !strings.Contains(title, "综合") {
			page = p
		}
	}
	if page == 0 {
		t.Fatalf("南京 is not drawn before and after on one page: %v", chartTitles(t, pdf, r.Pages))
	}
	text := squash(pdfText(t, pdf, page, page))
	for _, s := range []string{"其他13个下属部门（无变化）", "编制26·在岗0", "南京第4组", "南京第8组", "南京第6组", "南京综合组"} {
		if !strings.Contains(text, s) {
			t.Errorf("page %d lacks %q:\n%s", page, s, text)
		}
	}
}
