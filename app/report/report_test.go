package report

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"orgdesigner/app/report/textlayout"
	"orgdesigner/app/templates"
	"orgdesigner/data"
)

func roleSheetsFn(doc *data.Document, ids []data.ID, opt Options) func(context.Context, *bytes.Buffer) (Result, error) {
	return func(ctx context.Context, out *bytes.Buffer) (Result, error) {
		return RoleSheets(ctx, out, doc, ids, opt)
	}
}

func bookletFn(doc *data.Document, opt Options) func(context.Context, *bytes.Buffer) (Result, error) {
	return func(ctx context.Context, out *bytes.Buffer) (Result, error) { return Booklet(ctx, out, doc, opt) }
}

func staffingFn(doc *data.Document, opt Options) func(context.Context, *bytes.Buffer) (Result, error) {
	return func(ctx context.Context, out *bytes.Buffer) (Result, error) { return Staffing(ctx, out, doc, opt) }
}

func TestFixturesAreValid(t *testing.T) {
	for name, doc := range map[string]*data.Document{"rich": richDoc(), "generated": genDoc(300)} {
		if err := data.Validate(doc); err != nil {
			t.Errorf("%s fixture: %v", name, err)
		}
	}
}

// TestTemplateRoleSheets prints every role of the built-in template in both
// languages and finds each title, responsibility and example in the text.
func TestTemplateRoleSheets(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		t.Run(lang, func(t *testing.T) {
			doc, err := templates.Load("internet-marketing", lang)
			if err != nil {
				t.Fatal(err)
			}
			pdf, res := render(t, roleSheetsFn(doc, nil, Options{Date: fixedDate}))
			if got := pdfPages(t, pdf); got != res.Pages {
				t.Errorf("Result.Pages = %d, the PDF has %d", res.Pages, got)
			}
			if res.Pages < len(doc.Roles) {
				t.Errorf("%d pages for %d roles", res.Pages, len(doc.Roles))
			}
			if len(res.Warnings) > 0 {
				t.Errorf("warnings for the template: %q", res.Warnings)
			}
			text := squash(pdfBody(t, pdf, lang))
			for _, r := range doc.Roles {
				want := []string{r.Title, r.Purpose}
				for _, it := range r.Responsibilities {
					want = append(want, it.Text)
					want = append(want, it.Examples...)
				}
				for _, k := range r.KPIs {
					want = append(want, k.Indicator)
				}
				for _, s := range want {
					if !strings.Contains(text, squash(s)) {
						t.Errorf("role %s: %q is missing from the PDF", r.ID, s)
					}
				}
			}
		})
	}
}

// TestNoForbiddenLineStart checks Chinese line breaking in the printed
// text: no extracted line begins with closing punctuation or ends with
// opening punctuation.
func TestNoForbiddenLineStart(t *testing.T) {
	doc, err := templates.Load("internet-marketing", "zh")
	if err != nil {
		t.Fatal(err)
	}
	for name, fn := range map[string]func(context.Context, *bytes.Buffer) (Result, error){
		"template booklet": bookletFn(doc, Options{Date: fixedDate}),
		"rich sheets":      roleSheetsFn(richDoc(), nil, Options{Date: fixedDate}),
	} {
		pdf, _ := render(t, fn)
		for i, line := range strings.Split(pdfText(t, pdf, 0, 0), "\n") {
			line = strings.TrimSpace(line)
			if r, _ := utf8.DecodeRuneInString(line); line != "" && textlayout.NoStart(r) {
				t.Errorf("%s: line %d starts with %q: %q", name, i+1, r, line)
			}
			if r, _ := utf8.DecodeLastRuneInString(line); line != "" && textlayout.NoEnd(r) {
				t.Errorf("%s: line %d ends with %q: %q", name, i+1, r, line)
			}
		}
	}
}

func TestRichRoleSheets(t *testing.T) {
	doc := richDoc()
	pdf, res := render(t, roleSheetsFn(doc, nil, Options{Date: fixedDate}))
	text := pdfText(t, pdf, 0, 0)
	flat := squash(text)
	for _, s := range []string{
		"岗位说明书", "星河营销科技有限公司", "市场部经理", "直接上级", "虚线汇报", "市场部经理（项目汇报）",
		"权重合计100%", "40%", "如：“品牌年轻化+私域流量深耕”", "如“618大促”", "任职者", "编制", "审核", "批准",
		"签字：", "日期：", "2026-05-01", "李总", "王芳", "营销总监→市场副总裁",
	} {
		if !strings.Contains(flat, squash(s)) {
			t.Errorf("%q is missing", s)
		}
	}
	if strings.Contains(flat, "赵离") {
		t.Error("a person who has left is printed as a holder")
	}
	if strings.Contains(flat, "如：如") {
		t.Error("an example that starts with 如 got a second prefix")
	}
	// The long role flows over several pages; each sheet numbers its own.
	if !strings.Contains(flat, "第1页/共1页") || !regexp.MustCompile(`第3页/共[3-9]页`).MatchString(flat) {
		t.Errorf("page numbering per sheet is missing")
	}
	if pdfPages(t, pdf) != res.Pages {
		t.Errorf("Result.Pages %d differs from the PDF", res.Pages)
	}
	body := squash(pdfBody(t, pdf, "zh"))
	for _, it := range doc.Role("r-growth").Responsibilities {
		if !strings.Contains(body, squash(it.Text)) {
			t.Errorf("responsibility %.20q… is missing", it.Text)
		}
	}
}

// TestKPIHeaderRepeats: a table that runs over pages repeats its header.
func TestKPIHeaderRepeats(t *testing.T) {
	doc := richDoc()
	pdf, res := render(t, roleSheetsFn(doc, []data.ID{"r-growth"}, Options{Date: fixedDate}))
	withRows, withHeader := 0, 0
	for p := 1; p <= res.Pages; p++ {
		page := pdfText(t, pdf, p, p)
		if strings.Contains(page, "考核指标第") {
			withRows++
			if strings.Contains(page, "目标值") {
				withHeader++
			}
		}
	}
	if withRows < 2 {
		t.Fatalf("the KPI table spans %d pages, want several", withRows)
	}
	if withHeader != withRows {
		t.Errorf("KPI rows on %d pages, header on %d", withRows, withHeader)
	}
	// Every KPI row is printed once.
	all := pdfText(t, pdf, 0, 0)
	for i := 1; i <= 60; i++ {
		if n := strings.Count(all, fmt.Sprintf("考核指标第%d项\n", i)); n != 1 {
			t.Errorf("KPI %d printed %d times", i, n)
		}
	}
}

// TestLongTextFlows: a paragraph longer than a page is printed whole.
func TestLongTextFlows(t *testing.T) {
	doc := richDoc()
	r := doc.Role("r-analyst")
	var sb strings.Builder
	for i := range 150 {
		fmt.Fprintf(&sb, "第%d句：跟踪互联网营销行业动态，开展竞品营销动作拆解。", i)
	}
	r.Purpose = sb.String()
	pdf, res := render(t, roleSheetsFn(doc, []data.ID{"r-analyst"}, Options{Date: fixedDate}))
	if res.Pages < 2 {
		t.Fatalf("%d page(s) for a purpose of %d characters", res.Pages, utf8.RuneCountInString(r.Purpose))
	}
	if !strings.Contains(squash(pdfBody(t, pdf, "zh")), squash(r.Purpose)) {
		t.Error("the long purpose is not printed whole and in order")
	}
}

// TestNothingBelowTheFooterLine checks pagination directly: every unit of a
// large booklet ends above the footer of its page.
func TestNothingBelowTheFooterLine(t *testing.T) {
	for _, paper := range Papers {
		for _, land := range []bool{false, true} {
			w, err := newWriter(context.Background(), richDoc(), Options{Paper: paper, Landscape: land, Date: fixedDate})
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range w.facts.roleOrder() {
				w.roleSheet(r, &pageGroup{}, nil, nil)
			}
			for i, pg := range w.paginate() {
				_, ph := w.pageSize(pg.spec.landscape)
				for _, it := range pg.items {
					if it.y < contentTop-1e-9 || it.y+it.u.h > ph-footerHeight+1e-6 {
						t.Errorf("%s landscape=%v page %d: unit at %.1f–%.1f outside the content area", paper, land, i+1, it.y, it.y+it.u.h)
					}
				}
				for _, f := range pg.frames {
					if f.y1 > ph-footerHeight+1e-6 {
						t.Errorf("%s page %d: frame ends at %.1f, below the footer", paper, i+1, f.y1)
					}
				}
			}
		}
	}
}

func TestUnprintableCharacterWarns(t *testing.T) {
	pdf, res := render(t, roleSheetsFn(richDoc(), []data.ID{"r-mkt-head"}, Options{Date: fixedDate}))
	if len(res.Warnings) != 1 || !strings.Contains(res.Warnings[0], "U+20BB7") {
		t.Fatalf("warnings = %q, want one about 𠮷 (U+20BB7)", res.Warnings)
	}
	if !strings.Contains(pdfText(t, pdf, 0, 0), "张□") {
		t.Error("张𠮷 is not printed as 张□")
	}
}

func TestDeterministic(t *testing.T) {
	doc := richDoc()
	for name, fn := range map[string]func(context.Context, *bytes.Buffer) (Result, error){
		"sheets": roleSheetsFn(doc, nil, Options{Date: fixedDate}), "booklet": bookletFn(doc, Options{Date: fixedDate}),
		"staffing": staffingFn(doc, Options{Date: fixedDate}),
	} {
		a, _ := render(t, fn)
		b, _ := render(t, fn)
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two runs with a fixed date differ", name)
		}
	}
}

func TestPaperAndOrientation(t *testing.T) {
	doc := richDoc()
	tests := []struct {
		paper     string
		landscape bool
		box       string
	}{
		{"", false, "0 0 595.28 841.89"},
		{"A4", true, "0 0 841.89 595.28"},
		{"a3", false, "0 0 841.89 1190.55"},
		{"Letter", false, "0 0 612.00 792.00"},
	}
	for _, tc := range tests {
		pdf, _ := render(t, roleSheetsFn(doc, []data.ID{"r-ceo"}, Options{Paper: tc.paper, Landscape: tc.landscape, Date: fixedDate}))
		if !bytes.Contains(pdf, []byte("/MediaBox ["+tc.box+"]")) {
			t.Errorf("paper %q landscape=%v: no page of %s", tc.paper, tc.landscape, tc.box)
		}
	}
	if _, err := RoleSheets(context.Background(), &bytes.Buffer{}, doc, nil, Options{Paper: "B5"}); !errors.Is(err, data.ErrInvalid) {
		t.Errorf("paper B5: err = %v, want ErrInvalid", err)
	}
}

func TestMetadata(t *testing.T) {
	pdf, _ := render(t, bookletFn(richDoc(), Options{Date: fixedDate}))
	for _, s := range []string{"/Title", "/Author", "/Subject", "/CreationDate (D:20260501"} {
		if !bytes.Contains(pdf, []byte(s)) {
			t.Errorf("metadata %s missing", s)
		}
	}
	// 𠮷 cannot be encoded by fpdf: the author field gets □, not garbage.
	doc := richDoc()
	doc.Org.Name = "𠮷野家"
	render(t, staffingFn(doc, Options{Date: fixedDate}))
}

func TestErrorsWriteNothing(t *testing.T) {
	doc := richDoc()
	var out bytes.Buffer
	if _, err := RoleSheets(context.Background(), &out, doc, []data.ID{"nope"}, Options{}); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("unknown role: err = %v", err)
	}
	if _, err := RoleSheets(context.Background(), &out, &data.Document{}, nil, Options{}); !errors.Is(err, ErrNoRoles) {
		t.Errorf("no roles: err = %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Booklet(ctx, &out, doc, Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err = %v", err)
	}
	if out.Len() != 0 {
		t.Errorf("%d bytes written by failed reports", out.Len())
	}
}

// TestCancelDuringReport cancels from the progress callback, as a GUI's
// cancel button would, and expects the report to stop.
func TestCancelDuringReport(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var out bytes.Buffer
	calls := 0
	_, err := Booklet(ctx, &out, genDoc(60), Options{Progress: func(done, total int) {
		calls++
		if done > total/4 {
			cancel()
		}
	}})
	if !errors.Is(err, context.Canceled) || out.Len() != 0 {
		t.Errorf("err = %v, %d bytes written", err, out.Len())
	}
}

func TestProgress(t *testing.T) {
	var seen [][2]int
	render(t, bookletFn(richDoc(), Options{Date: fixedDate, Progress: func(d, n int) { seen = append(seen, [2]int{d, n}) }}))
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
}

func TestRoleIDs(t *testing.T) {
	doc := richDoc()
	if got := RoleIDs(doc, ""); fmt.Sprint(got) != "[r-ceo r-mkt-head r-analyst r-ops-head r-growth]" {
		t.Errorf("all roles: %v", got)
	}
	if got := RoleIDs(doc, "d-ops"); fmt.Sprint(got) != "[r-ops-head r-growth]" {
		t.Errorf("department with sub-department: %v", got)
	}
}

func TestStaffing(t *testing.T) {
	pdf, res := render(t, staffingFn(richDoc(), Options{Date: fixedDate}))
	flat := squash(pdfText(t, pdf, 0, 0))
	// planned 1+1+2+1+3 = 8, filled 1+1+1+0+1 = 4 (赵离 has left).
	for _, s := range []string{"编制表", "公司级", "市场部", "运营中心", "用户增长组", "小计", "合计", "共3个部门·5个岗位·编制8人·在岗4人·空缺4人"} {
		if !strings.Contains(flat, s) {
			t.Errorf("%q missing from the staffing table", s)
		}
	}
	if res.Pages != 1 {
		t.Errorf("%d pages, want 1", res.Pages)
	}
}

// TestBookletContents checks the booklet's parts and that the table of
// contents points at the pages where the roles really are.
func TestBookletContents(t *testing.T) {
	doc, err := templates.Load("internet-marketing", "zh")
	if err != nil {
		t.Fatal(err)
	}
	pdf, res := render(t, bookletFn(doc, Options{Date: fixedDate}))
	cover := pdfText(t, pdf, 1, 1)
	for _, s := range []string{"组织架构手册", doc.Org.Name, "职能型", "成长期", "2026年5月1日"} {
		if !strings.Contains(cover, s) {
			t.Errorf("cover lacks %q", s)
		}
	}
	all := pdfText(t, pdf, 0, 0)
	for _, s := range []string{"目录", "组织架构图", "部门概览", "组织模式与项目组", "618大促项目组", "编制表", "岗位说明书"} {
		if !strings.Contains(all, s) {
			t.Errorf("booklet lacks %q", s)
		}
	}
	toc := pdfText(t, pdf, 2, 3, "-layout")
	checked := 0
	for _, r := range doc.Roles {
		page := tocPage(toc, r.Title)
		if page == 0 {
			t.Errorf("role %s is not in the contents", r.Title)
			continue
		}
		if page > res.Pages || !strings.Contains(pdfText(t, pdf, page, page), r.Title) {
			t.Errorf("contents say %s is on page %d, it is not there", r.Title, page)
		}
		checked++
	}
	if checked == 0 {
		t.Fatal("no contents entry checked")
	}
}

// tocPage finds the page number the contents (laid out by pdftotext
// -layout) give for title.
func tocPage(toc, title string) int {
	re := regexp.MustCompile(`(?m)^\s*` + regexp.QuoteMeta(title) + `\s+(\d+)\s*$`)
	if m := re.FindStringSubmatch(toc); m != nil {
		var n int
		fmt.Sscan(m[1], &n)
		return n
	}
	return 0
}

// TestSparseDocuments: the blank template and an empty document still give
// complete, valid booklets and staffing tables.
func TestSparseDocuments(t *testing.T) {
	blank, err := templates.Load("blank", "zh")
	if err != nil {
		t.Fatal(err)
	}
	empty := &data.Document{Org: data.Organisation{Lang: "en"}}
	for name, doc := range map[string]*data.Document{"blank": blank, "empty": empty} {
		pdf, res := render(t, bookletFn(doc, Options{Date: fixedDate}))
		if res.Pages < 3 || pdfPages(t, pdf) != res.Pages {
			t.Errorf("%s booklet: %d pages", name, res.Pages)
		}
		render(t, staffingFn(doc, Options{Date: fixedDate}))
	}
}

// TestWarningsAreGrouped: an unprintable company name appears on every
// page but gives one warning, not one per page.
func TestWarningsAreGrouped(t *testing.T) {
	doc := genDoc(40)
	doc.Org.Name = "𠮷野家"
	_, res := render(t, bookletFn(doc, Options{Date: fixedDate}))
	if len(res.Warnings) == 0 || len(res.Warnings) > 3 {
		t.Errorf("%d warnings: %q", len(res.Warnings), res.Warnings)
	}
}
