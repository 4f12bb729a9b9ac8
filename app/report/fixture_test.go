package report

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"orgdesigner/data"
)

// fixedDate makes reports reproducible.
var fixedDate = time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)

// richDoc is a small document that uses every field a report prints:
// nested departments, a company-level role, dotted lines, weights and
// examples, many KPIs, holders (one with a character outside the BMP), a
// project team with role and person members.
func richDoc() *data.Document {
	long := strings.Repeat("负责搭建用户分层体系（如RFM模型：按“最近消费、消费频率、消费金额”分层），制定分层运营策略，"+
		"提升社群活跃度与转化率（如“社群专属券核销率达30%”）。", 3)
	doc := &data.Document{
		Org: data.Organisation{Name: "星河营销科技有限公司", Industry: "互联网营销", Mode: data.ModeMatrix,
			Stage: data.StageGrowth, Lang: "zh", Notes: "测试用组织。"},
		Departments: []data.Department{
			{ID: "d-mkt", Name: "市场部", Positioning: "研判行业趋势，输出营销战略。", Motto: "战略导航,数据赋能", Head: "r-mkt-head", Color: "#2E86DE", Order: 0},
			{ID: "d-ops", Name: "运营中心", Positioning: "流量获取与转化。", Motto: "流量转化,渠道深耕", Head: "r-ops-head", Order: 1},
			{ID: "d-growth", Name: "用户增长组", Parent: "d-ops", Positioning: "用户全生命周期管理。", Head: "r-growth", Order: 0},
		},
		Roles: []data.Role{
			{ID: "r-ceo", Title: "总经理", Code: "GM-01", Planned: 1, Grade: "M5", Purpose: "全面负责公司经营管理。",
				Responsibilities: []data.Responsibility{{Text: "制定公司发展战略与年度经营目标"}, {Text: "审批重大营销投入"}}},
			{ID: "r-mkt-head", Title: "市场部经理", Department: "d-mkt", ReportsTo: "r-ceo", Planned: 1, Order: 0,
				Purpose: "统筹市场调研与营销策划。",
				Responsibilities: []data.Responsibility{
					{Text: "基于市场调研，制定年度/季度营销战略", Weight: 40, Examples: []string{"“品牌年轻化+私域流量深耕”"}},
					{Text: "策划全渠道营销战役，协调内外部资源（设计、运营、KOL合作）", Weight: 35, Examples: []string{"“双11全域整合营销”", "如“618大促”"}},
					{Text: "监控活动ROI（投入产出比），迭代优化策略", Weight: 25},
				},
				KPIs:           []data.KPI{{Indicator: "营销活动ROI", Target: "≥3", Cycle: "季", Weight: 60}, {Indicator: "战役目标达成率", Target: "≥90%", Cycle: "年", Weight: 40}},
				Qualifications: data.Qualifications{Education: "本科及以上", Major: "市场营销", Experience: "5年以上", Skills: "营销策略、数据分析", Certificates: "无"},
				Authority:      "营销方案决策权", InternalContacts: "总经理、各部门负责人", ExternalContacts: "广告代理商、KOL机构",
				Conditions: "办公室工作", CareerPath: "营销总监 → 市场副总裁", Notes: "本岗位需要出差。"},
			{ID: "r-analyst", Title: "市场调研专员", Department: "d-mkt", ReportsTo: "r-mkt-head", Planned: 2, Order: 1,
				Responsibilities: []data.Responsibility{{Text: "跟踪互联网营销行业动态", Examples: []string{"平台算法更新、新兴渠道崛起"}}}},
			{ID: "r-ops-head", Title: "运营总监", Department: "d-ops", ReportsTo: "r-ceo", Planned: 1, Order: 0,
				Responsibilities: []data.Responsibility{{Text: "管理运营中心"}}},
			{ID: "r-growth", Title: "用户运营专员", Department: "d-growth", ReportsTo: "r-ops-head", Planned: 3, Order: 0,
				Dotted:           []data.DottedLine{{Manager: "r-mkt-head", Label: "项目汇报"}},
				Purpose:          long,
				Responsibilities: manyResponsibilities(14, long),
				KPIs:             manyKPIs(60),
			},
		},
		People: []data.Person{
			{ID: "p1", Number: "001", Name: "李总", Role: "r-ceo", Status: data.StatusActive},
			{ID: "p2", Number: "002", Name: "张𠮷", Role: "r-mkt-head", Status: data.StatusActive},
			{ID: "p3", Number: "003", Name: "王芳", Role: "r-analyst", Status: data.StatusProbation},
			{ID: "p4", Number: "004", Name: "赵离", Role: "r-analyst", Status: data.StatusLeft},
			{ID: "p5", Number: "005", Name: "陈晨", Role: "r-growth", Status: data.StatusActive},
		},
		Projects: []data.ProjectTeam{{ID: "pj", Name: "618大促项目组", OwnerRole: "r-mkt-head", Start: "2026-04-20", End: "2026-06-30",
			Goal: "完成618大促GMV目标。", Members: []data.Member{
				{Role: "r-mkt-head", ProjectRole: "项目负责人"}, {Role: "r-growth", ProjectRole: "用户运营"},
				{Person: "p3", ProjectRole: "数据支持"}}}},
	}
	doc.Reindex()
	return doc
}

func manyResponsibilities(n int, long string) []data.Responsibility {
	out := make([]data.Responsibility, n)
	rs := []rune(long)
	for i := range out {
		out[i] = data.Responsibility{Text: fmt.Sprintf("第%d项职责：%s", i+1, string(rs[:len(rs)/(i%3+1)]))}
		if i%2 == 0 {
			out[i].Examples = []string{fmt.Sprintf("示例%d：“裂变活动分享率达40%%，无技术故障”", i+1)}
		}
	}
	return out
}

func manyKPIs(n int) []data.KPI {
	out := make([]data.KPI, n)
	cycles := []string{"月", "季", "年"}
	for i := range out {
		out[i] = data.KPI{Indicator: fmt.Sprintf("考核指标第%d项", i+1), Target: "≥95%", Cycle: cycles[i%3], Weight: 100.0 / float64(n)}
	}
	return out
}

// render runs a report into memory.
func render(t testing.TB, fn func(ctx context.Context, out *bytes.Buffer) (Result, error)) ([]byte, Result) {
	t.Helper()
	var buf bytes.Buffer
	res, err := fn(context.Background(), &buf)
	if err != nil {
		t.Fatalf("report: %v", err)
	}
	if !bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")) {
		t.Fatalf("output is not a PDF: %q", buf.Bytes()[:min(20, buf.Len())])
	}
	return buf.Bytes(), res
}

// pdfText extracts the text of pages first..last (0: all) with pdftotext;
// the test is skipped when poppler-utils are not installed.
func pdfText(t testing.TB, pdf []byte, first, last int, flags ...string) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed")
	}
	path := filepath.Join(t.TempDir(), "r.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	args := append([]string{"-enc", "UTF-8"}, flags...)
	if first > 0 {
		args = append(args, "-f", fmt.Sprint(first), "-l", fmt.Sprint(last))
	}
	out, err := exec.Command("pdftotext", append(args, path, "-")...).Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}

// pdfBody extracts the text of the value column of role sheets (right of
// the form's labels, between the running header and the footer) of a
// portrait A4 report, so text that flows over a page break reads as one.
func pdfBody(t testing.TB, pdf []byte, lang string) string {
	t.Helper()
	w := &writer{lang: lang}
	left := (marginX + w.newForm(false).labelW) / ptToMM
	top := contentTop / ptToMM
	h := (297 - footerHeight - contentTop) / ptToMM
	return pdfText(t, pdf, 0, 0, "-x", fmt.Sprint(int(left)), "-y", fmt.Sprint(int(top)), "-W", "1000", "-H", fmt.Sprint(int(h)+1))
}

// pdfPages returns the page count pdfinfo reports.
func pdfPages(t testing.TB, pdf []byte) int {
	t.Helper()
	if _, err := exec.LookPath("pdfinfo"); err != nil {
		t.Skip("pdfinfo (poppler-utils) is not installed")
	}
	path := filepath.Join(t.TempDir(), "r.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdfinfo", path).Output()
	if err != nil {
		t.Fatalf("pdfinfo: %v", err)
	}
	var n int
	for _, l := range strings.Split(string(out), "\n") {
		if strings.HasPrefix(l, "Pages:") {
			fmt.Sscan(strings.TrimPrefix(l, "Pages:"), &n)
		}
	}
	return n
}

// squash removes all whitespace, so text broken over lines can be found,
// and hyphens, which pdftotext drops where a line ends with one.
func squash(s string) string {
	return strings.ReplaceAll(strings.Join(strings.Fields(s), ""), "-", "")
}

// genDoc makes a document with n roles for benchmarks and large-chart
// tests: departments of about 25 roles (every third one a sub-department),
// each role with a full card, and one and a half people per role.
func genDoc(n int) *data.Document {
	doc := &data.Document{Org: data.Organisation{Name: "大型集团有限公司", Industry: "互联网营销", Mode: data.ModeFunctional,
		Stage: data.StageMature, Lang: "zh"}}
	doc.Roles = append(doc.Roles, data.Role{ID: "ceo", Title: "总经理", Planned: 1,
		Responsibilities: []data.Responsibility{{Text: "全面负责公司经营管理"}}})
	nd := max(1, (n-1)/25)
	for d := range nd {
		dept := data.Department{ID: data.ID(fmt.Sprintf("dept-%03d", d)), Name: fmt.Sprintf("第%d事业部", d+1),
			Positioning: "聚焦用户全生命周期管理（拉新、留存、促活、转化），提升用户价值。", Motto: "全周期管理,价值深挖", Order: d}
		if d%3 == 2 {
			dept.Parent = data.ID(fmt.Sprintf("dept-%03d", d-1))
		}
		dept.Head = data.ID(fmt.Sprintf("role-%03d-00", d))
		doc.Departments = append(doc.Departments, dept)
	}
	for i := 1; i < n; i++ {
		d := (i - 1) % nd
		k := (i - 1) / nd
		id := data.ID(fmt.Sprintf("role-%03d-%02d", d, k))
		r := data.Role{ID: id, Title: fmt.Sprintf("运营专员%d-%d", d+1, k+1), Code: fmt.Sprintf("R%04d", i),
			Department: doc.Departments[d].ID, Planned: 1 + i%3, Order: k,
			Purpose: "搭建用户分层体系，制定分层运营策略，提升社群活跃度与转化率，延长用户生命周期。",
			Responsibilities: []data.Responsibility{
				{Text: "搭建用户分层体系，制定分层运营策略（新用户首单福利、老用户复购激励）", Weight: 30, Examples: []string{"RFM模型：按“最近消费、消费频率、消费金额”分层"}},
				{Text: "运营用户社群（企业微信、微信群），输出社群内容，提升社群活跃度与转化率", Weight: 30, Examples: []string{"“社群专属券核销率达30%”"}},
				{Text: "设计用户激励体系（积分、等级、勋章），延长用户生命周期", Weight: 20},
				{Text: "策划增长型活动（如裂变拉新、打卡挑战），设计活动规则", Weight: 10},
				{Text: "监控活动数据（参与人数、分享率、转化率），迭代活动玩法", Weight: 10},
			},
			KPIs: []data.KPI{{Indicator: "社群活跃度", Target: "≥30%", Cycle: "月", Weight: 40},
				{Indicator: "老用户复购率", Target: "≥25%", Cycle: "季", Weight: 60}},
			Qualifications: data.Qualifications{Education: "本科及以上", Experience: "3年以上用户运营经验", Skills: "数据分析、活动策划"},
			Authority:      "活动方案建议权", InternalContacts: "运营、技术、设计团队", ExternalContacts: "平台方",
			Conditions: "办公室工作", CareerPath: "运营经理 → 运营总监"}
		if k == 0 {
			r.ReportsTo = "ceo"
		} else {
			r.ReportsTo = data.ID(fmt.Sprintf("role-%03d-00", d))
		}
		doc.Roles = append(doc.Roles, r)
	}
	for i := range n * 3 / 2 {
		r := doc.Roles[i%len(doc.Roles)]
		doc.People = append(doc.People, data.Person{ID: data.ID(fmt.Sprintf("p%05d", i)), Number: fmt.Sprintf("%05d", i),
			Name: fmt.Sprintf("员工%d", i), Role: r.ID, Status: data.StatusActive})
	}
	doc.Reindex()
	return doc
}
