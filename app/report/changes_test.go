package report

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"

	"orgdesigner/app"
	"orgdesigner/app/compare"
	"orgdesigner/data"
)

// cloneDoc deep-copies a document.
func cloneDoc(t testing.TB, doc *data.Document) *data.Document {
	t.Helper()
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	var out data.Document
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	out.Reindex()
	return &out
}

// pricedRich is richDoc with salary bands: own bands on most roles and a
// grade table for the general manager.
func pricedRich(lang string) *data.Document {
	doc := richDoc()
	doc.Org.Lang = lang
	doc.Org.Grades = []data.GradeBand{{Grade: "M5", Min: 40000, Max: 60000}}
	bands := map[data.ID][2]float64{"r-mkt-head": {20000, 30000}, "r-analyst": {8000, 12000},
		"r-ops-head": {22000, 28000}, "r-growth": {9000, 11000}}
	for i := range doc.Roles {
		if b, ok := bands[doc.Roles[i].ID]; ok {
			doc.Roles[i].PayMin, doc.Roles[i].PayMax = b[0], b[1]
		}
	}
	doc.Roles = append(doc.Roles, data.Role{ID: "r-temp", Title: "临时助理", Department: "d-mkt", ReportsTo: "r-mkt-head",
		Planned: 1, Order: 5, PayMin: 5000, PayMax: 6000})
	doc.Reindex()
	return doc
}

// changedRich is a scenario of pricedRich: a content centre with a new
// role, a role moved there, a department and a role renamed, 编制 raised,
// a role removed, a card changed, people added, removed and moved.
func changedRich(t testing.TB, a *data.Document) *data.Document {
	b := cloneDoc(t, a)
	b.Departments = append(b.Departments, data.Department{ID: "d-content", Name: "内容中心", Order: 2, Head: "r-live"})
	b.Roles = append(b.Roles, data.Role{ID: "r-live", Title: "直播运营", Department: "d-content", ReportsTo: "r-ceo",
		Planned: 2, PayMin: 10000, PayMax: 14000},
		data.Role{ID: "r-intern", Title: "直播助理", Department: "d-content", ReportsTo: "r-live", Planned: 1, Order: 1})
	var roles []data.Role
	for _, r := range b.Roles {
		switch r.ID {
		case "r-temp":
			continue
		case "r-analyst":
			r.Department, r.ReportsTo = "d-content", "r-live"
		case "r-growth":
			r.Planned = 5
		case "r-ops-head":
			r.Title = "运营副总裁"
		case "r-mkt-head":
			r.Purpose = "统筹品牌与市场。"
		}
		roles = append(roles, r)
	}
	b.Roles = roles
	for i := range b.Departments {
		if b.Departments[i].ID == "d-mkt" {
			b.Departments[i].Name = "品牌市场部"
		}
	}
	var people []data.Person
	for _, p := range b.People {
		if p.ID == "p5" {
			continue
		}
		if p.ID == "p1" {
			continue
		}
		people = append(people, p)
	}
	b.Projects[0].Members = append(b.Projects[0].Members, data.Member{Role: "r-live", ProjectRole: "直播"})
	b.People = append(people, data.Person{ID: "p6", Number: "006", Name: "刘洋", Role: "r-live", Status: data.StatusActive},
		data.Person{ID: "p1", Number: "001", Name: "李总", Role: "r-ops-head", Status: data.StatusActive})
	b.Reindex()
	return b
}

// fixtureResult compares pricedRich with changedRich: every kind of
// change the report words, with a company-level one (the project team).
func fixtureResult(t testing.TB, lang string) *compare.Result {
	a := pricedRich(lang)
	return compare.Compare(a, changedRich(t, a))
}

func changesFn(res *compare.Result, opt ChangeOptions) func(context.Context, *bytes.Buffer) (Result, error) {
	return func(ctx context.Context, out *bytes.Buffer) (Result, error) { return Changes(ctx, out, res, opt) }
}

// wantSentences are the sentences the fixture's changes must read as.
var wantSentences = map[string][]string{
	"zh": {"新增部门 内容中心", "新增岗位 直播运营（编制 2）", "岗位 市场调研专员 从 市场部 调至 内容中心；改为向 直播运营 汇报（原为 市场部经理）",
		"新增人员 刘洋（内容中心/直播运营）", "部门更名 市场部 → 品牌市场部", "撤销岗位 临时助理（编制 1）",
		"岗位 市场部经理 的说明书调整：岗位目的", "岗位更名 运营总监 → 运营副总裁", "岗位 用户运营专员：编制 3 → 5",
		"人员 陈晨 离开（原任 用户增长组/用户运营专员）", "人员 李总 从 公司级/总经理 调至 运营中心/运营副总裁",
		"项目组 618大促项目组 调整：成员",
		"成长期方案：未设月薪带宽的岗位（成本未计入）：1 个"},
	"en": {"New department 内容中心", "New role 直播运营 (planned 2)", "Role 市场调研专员 moved from 市场部 to 内容中心; now reports to 直播运营 (was 市场部经理)",
		"New person 刘洋 (内容中心 / 直播运营)", "Department renamed 市场部 → 品牌市场部", "Role 临时助理 removed (planned 1)",
		"Role 市场部经理: job description changed (Purpose)", "Role renamed 运营总监 → 运营副总裁", "Role 用户运营专员: planned 3 → 5",
		"陈晨 leaves (was 用户增长组 / 用户运营专员)", "李总 moves from Company level / 总经理 to 运营中心 / 运营副总裁",
		"Project team 618大促项目组 changed: Members",
		"Growth plan: roles without a salary band (their cost is not counted): 1"},
}

// TestChangeReport: every change reads as its sentence, the summary has
// both sides' headcount and cost totals and the difference, both charts
// are there, and no text is below 7 pt — in Chinese and in English.
func TestChangeReport(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		t.Run(lang, func(t *testing.T) {
			res := fixtureResult(t, lang)
			res.B.Org.Version, res.B.Org.Confidential = "V2.1", "内部资料"
			names := map[string][2]string{"zh": {"当前组织", "成长期方案"}, "en": {"Current", "Growth plan"}}[lang]
			pdf, r := render(t, changesFn(res, ChangeOptions{Options: Options{Date: fixedDate}, NameA: names[0], NameB: names[1], Lang: lang}))
			if os.Getenv("KEEP_PDF") != "" {
				os.WriteFile("/tmp/changes-"+lang+".pdf", pdf, 0o644)
			}
			text := squash(pdfText(t, pdf, 0, 0))
			for _, s := range wantSentences[lang] {
				if !strings.Contains(text, squash(s)) {
					t.Errorf("the report lacks %q", s)
				}
			}
			ca, cb := res.CostA.Company, res.CostB.Company
			for _, v := range []string{money(ca.PlannedMonthly), money(cb.PlannedMonthly), money(ca.FilledMonthly), money(cb.FilledMonthly),
				money(ca.PlannedYearly), money(cb.PlannedYearly), moneyDiff(cb.PlannedMonthly - ca.PlannedMonthly),
				names[0], names[1], "V2.1", "内部资料"} {
				if !strings.Contains(text, squash(v)) {
					t.Errorf("the summary lacks %q", v)
				}
			}
			want := map[string][]string{
				"zh": {"组织变更报告", "变更概要", "各部门变更", "变更前：当前组织", "变更后：成长期方案", "月度编制成本", "年度在岗成本", "2026年5月1日"},
				"en": {"Organisation Change Report", "Summary", "Changes by department", "Before: Current", "After: Growth plan",
					"Planned cost per month", "Filled cost per year", "1 May 2026"},
			}[lang]
			for _, s := range want {
				if !strings.Contains(text, squash(s)) {
					t.Errorf("the report lacks %q", s)
				}
			}
			for _, size := range fontSizes(t, pdf) {
				if size < minChartPt-1e-9 {
					t.Fatalf("text at %.2f pt", size)
				}
			}
			if pdfPages(t, pdf) != r.Pages || r.Pages < 3 {
				t.Errorf("%d pages, PDF has %d", r.Pages, pdfPages(t, pdf))
			}
		})
	}
}

// TestChangeReportUnpriced: without salary bands the report prints no
// cost at all.
func TestChangeReportUnpriced(t *testing.T) {
	res := fixtureResult(t, "zh")
	for _, d := range []*data.Document{res.A, res.B} {
		d.Org.Grades = nil
		for i := range d.Roles {
			d.Roles[i].PayMin, d.Roles[i].PayMax = 0, 0
		}
	}
	pdf, _ := render(t, changesFn(res, ChangeOptions{Options: Options{Date: fixedDate}}))
	text := pdfText(t, pdf, 0, 0)
	for _, s := range []string{"¥", "成本", "薪酬"} {
		if strings.Contains(text, s) {
			t.Errorf("an unpriced report prints %q", s)
		}
	}
	for _, s := range []string{"变更前", "变更后", "新增岗位 直播运营"} {
		if !strings.Contains(text, s) {
			t.Errorf("the report lacks %q", s)
		}
	}
}

// TestChangeReportNoChanges: two equal organisations say so.
func TestChangeReportNoChanges(t *testing.T) {
	a := richDoc()
	res := &compare.Result{A: a, B: cloneDoc(t, a), HeadsA: app.CountHeads(a), HeadsB: app.CountHeads(a)}
	pdf, _ := render(t, changesFn(res, ChangeOptions{Options: Options{Date: fixedDate}}))
	if text := pdfText(t, pdf, 0, 0); !strings.Contains(text, "两个组织没有差异") {
		t.Error("no sentence says the organisations are the same")
	}
	if _, err := Changes(context.Background(), &bytes.Buffer{}, nil, ChangeOptions{}); err == nil {
		t.Error("a nil comparison printed")
	}
}

// TestChangeReportLarge: a bigger comparison (400 roles, 80 changes over
// many departments) keeps every text at 7 pt or more, charts included,
// and lists every change.
func TestChangeReportLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("large report")
	}
	res := bigResult(t, 400, 80)
	pdf, r := render(t, changesFn(res, ChangeOptions{Options: Options{Date: fixedDate}, NameA: "当前组织", NameB: "成长期方案"}))
	if os.Getenv("KEEP_PDF") != "" {
		os.WriteFile("/tmp/changes-large.pdf", pdf, 0o644)
	}
	for _, size := range fontSizes(t, pdf) {
		if size < minChartPt-1e-9 {
			t.Fatalf("text at %.2f pt", size)
		}
	}
	text := squash(pdfText(t, pdf, 0, 0))
	for _, c := range res.Changes {
		if !strings.Contains(text, squash(c.Name)) {
			t.Errorf("change of %s is not in the report", c.Name)
		}
	}
	if !strings.Contains(text, squash(money(res.CostB.Company.PlannedMonthly))) {
		t.Error("no company total")
	}
	if r.Pages < 10 {
		t.Errorf("only %d pages", r.Pages)
	}
}

// TestChangeReportProgressAndCancel: progress climbs to a fixed total; a
// cancelled report writes nothing.
func TestChangeReportProgressAndCancel(t *testing.T) {
	res := fixtureResult(t, "zh")
	var seen [][2]int
	render(t, changesFn(res, ChangeOptions{Options: Options{Date: fixedDate, Progress: func(d, n int) { seen = append(seen, [2]int{d, n}) }}}))
	if len(seen) < 3 {
		t.Fatalf("progress called %d times", len(seen))
	}
	total := seen[0][1]
	for i, s := range seen {
		if s[1] != total || s[0] < 0 || s[0] > total || (i > 0 && s[0] <= seen[i-1][0]) {
			t.Fatalf("progress %v not monotonic within a fixed total", seen)
		}
	}
	if last := seen[len(seen)-1]; last[0] != total {
		t.Errorf("progress ends at %v, not at the total", last)
	}
	ctx, cancel := context.WithCancel(context.Background())
	var out bytes.Buffer
	_, err := Changes(ctx, &out, res, ChangeOptions{Options: Options{Progress: func(done, total int) {
		if done > 1 {
			cancel()
		}
	}}})
	if !errors.Is(err, context.Canceled) || out.Len() != 0 {
		t.Errorf("err = %v, %d bytes written", err, out.Len())
	}
}
