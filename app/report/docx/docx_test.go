package docx

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"orgdesigner/app/report"
	"orgdesigner/app/templates"
	"orgdesigner/data"
)

var fixed = time.Date(2026, 12, 4, 9, 0, 0, 0, time.UTC)

func write(t testing.TB, doc *data.Document, roles []data.ID, opt Options) []byte {
	t.Helper()
	var b bytes.Buffer
	opt.Date = fixed
	if _, err := RoleSheets(context.Background(), &b, doc, roles, opt); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// parts opens a written .docx and checks that every part is well-formed XML.
func parts(t testing.TB, b []byte) map[string]string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		raw, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		dec := xml.NewDecoder(bytes.NewReader(raw))
		for {
			if _, err := dec.Token(); err == io.EOF {
				break
			} else if err != nil {
				t.Fatalf("%s is not well-formed: %v", f.Name, err)
			}
		}
		out[f.Name] = string(raw)
	}
	return out
}

func template(t testing.TB, lang string) *data.Document {
	t.Helper()
	list := templates.List(lang)
	if len(list) == 0 {
		t.Fatalf("no %s template", lang)
	}
	doc, err := templates.Load(list[0].ID, lang)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestStructure(t *testing.T) {
	doc := template(t, "zh")
	p := parts(t, write(t, doc, nil, Options{}))
	body := p["word/document.xml"]
	if n, want := strings.Count(body, "<w:sectPr>"), len(doc.Roles); n != want {
		t.Errorf("%d sections, want one per role (%d)", n, want)
	}
	for _, want := range []string{`w:eastAsia="宋体"`, `w:ascii="Times New Roman"`, `w:eastAsia="zh-CN"`} {
		if !strings.Contains(p["word/styles.xml"], want) {
			t.Errorf("styles lack %s", want)
		}
	}
	for _, want := range []string{"岗位说明书", "基本信息", "主要职责", "考核指标", "任职资格", "<w:numPr>", "<w:tblHeader/>", "<w:pgNumType w:start=\"1\"/>"} {
		if !strings.Contains(body, want) {
			t.Errorf("document lacks %s", want)
		}
	}
	for i := range doc.Roles {
		if _, ok := p[fmt.Sprintf("word/header%d.xml", i+1)]; !ok {
			t.Fatalf("no header for role %d", i+1)
		}
	}
	r := doc.Roles[0]
	if !strings.Contains(p["word/header1.xml"], r.Title) && !strings.Contains(body, r.Title) {
		t.Errorf("role %s missing", r.Title)
	}
	// The same input gives the same bytes.
	if !bytes.Equal(write(t, doc, nil, Options{}), write(t, doc, nil, Options{})) {
		t.Error("output is not reproducible")
	}
}

func TestErrors(t *testing.T) {
	doc := template(t, "zh")
	var b bytes.Buffer
	if _, err := RoleSheets(context.Background(), &b, doc, []data.ID{"nope"}, Options{}); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("unknown role: %v", err)
	}
	if _, err := RoleSheets(context.Background(), &b, doc, nil, Options{Paper: "B5"}); !errors.Is(err, data.ErrInvalid) {
		t.Errorf("unknown paper: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := RoleSheets(ctx, &b, doc, nil, Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
	if _, err := RoleSheets(context.Background(), &b, &data.Document{}, nil, Options{}); err == nil {
		t.Error("a document without roles gave no error")
	}
}

// TestEscaping: text XML cannot hold, markup characters and line breaks
// survive as text.
func TestEscaping(t *testing.T) {
	doc := &data.Document{Org: data.Organisation{Name: "A&B <公司>", Lang: "zh"}, Roles: []data.Role{{ID: "r", Title: "岗位\x01\"x\"",
		Planned: 1, Purpose: "第一行\n第二行", Responsibilities: []data.Responsibility{{Text: "<b>负责</b> & 协调"}}}}}
	doc.Reindex()
	p := parts(t, write(t, doc, nil, Options{}))
	if !strings.Contains(p["word/document.xml"], "&lt;b&gt;负责&lt;/b&gt; &amp; 协调") {
		t.Error("markup not escaped")
	}
}

// TestLibreOffice converts generated documents (both templates in both
// languages, every paper, and a generated company) with LibreOffice and
// checks that every responsibility is in the result.
func TestLibreOffice(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: LibreOffice")
	}
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("soffice not installed")
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed")
	}
	dir := t.TempDir()
	type job struct {
		name string
		doc  *data.Document
		opt  Options
	}
	var jobs []job
	for _, lang := range []string{"zh", "en"} {
		for _, info := range templates.List(lang) {
			doc, err := templates.Load(info.ID, lang)
			if err != nil {
				t.Fatal(err)
			}
			if len(doc.Roles) == 0 {
				continue // the blank template
			}
			jobs = append(jobs, job{info.ID + "-" + lang, doc, Options{}})
		}
	}
	jobs = append(jobs, job{"letter-landscape", template(t, "en"), Options{Paper: "Letter", Landscape: true}},
		job{"a3", template(t, "zh"), Options{Paper: "A3"}}, job{"generated", genDoc(60), Options{}})
	var files []string
	for _, j := range jobs {
		path := filepath.Join(dir, j.name+".docx")
		if err := os.WriteFile(path, write(t, j.doc, nil, j.opt), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, path)
	}
	args := append([]string{"--headless", "-env:UserInstallation=file://" + filepath.Join(dir, "profile"),
		"--convert-to", "pdf", "--outdir", dir}, files...)
	cmd := exec.Command(soffice, args...)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	for i, j := range jobs {
		pdf := strings.TrimSuffix(files[i], ".docx") + ".pdf"
		out, err := exec.Command("pdftotext", "-raw", pdf, "-").Output()
		if err != nil {
			t.Fatalf("%s: no PDF from LibreOffice: %v", j.name, err)
		}
		text := squash(string(out))
		signaturesNotAlone(t, j.name, j.doc, string(out))
		for _, r := range j.doc.Roles {
			if !strings.Contains(text, squash(r.Title)) {
				t.Errorf("%s: role %s missing", j.name, r.Title)
			}
			for _, it := range r.Responsibilities {
				if !strings.Contains(text, squash(it.Text)) {
					t.Errorf("%s: %s: responsibility %q missing", j.name, r.Title, it.Text)
				}
			}
		}
	}
}

// signaturesNotAlone checks every page with a signature block: it also
// holds the role's last section, and its header names the role.
func signaturesNotAlone(t *testing.T, name string, doc *data.Document, text string) {
	c, err := report.RoleSheetContents(doc, nil)
	if err != nil {
		t.Fatal(err)
	}
	pages := strings.Split(text, "\f")
	k := 0 // the role sheet being read
	for n, page := range pages {
		pg := squash(page)
		if !strings.Contains(pg, squash(c.Sheets[0].Signatures.Sign)) {
			continue
		}
		for k < len(c.Sheets) && !strings.Contains(pg, squash(c.Sheets[k].Department+" · "+c.Sheets[k].Title)) {
			k++
		}
		if k == len(c.Sheets) {
			t.Fatalf("%s: page %d has signatures but its header names no role", name, n+1)
		}
		s := c.Sheets[k]
		if last := s.Sections[len(s.Sections)-1].Label; !strings.Contains(pg, squash(last)) {
			t.Errorf("%s: page %d: the signatures of %s stand without the last section %q", name, n+1, s.Title, last)
		}
		k++
	}
	if k != len(c.Sheets) {
		t.Errorf("%s: %d signature blocks found, want %d", name, k, len(c.Sheets))
	}
}

// squash drops white space and hyphens, which line breaking adds.
func squash(s string) string {
	return strings.ReplaceAll(strings.Join(strings.Fields(s), ""), "-", "")
}

// genDoc makes a document with n roles in departments of 25, each role
// with a full card.
func genDoc(n int) *data.Document {
	doc := &data.Document{Org: data.Organisation{Name: "大型集团有限公司", Lang: "zh"}}
	nd := max(1, n/25)
	for d := range nd {
		doc.Departments = append(doc.Departments, data.Department{ID: data.ID(fmt.Sprintf("d%03d", d)),
			Name: fmt.Sprintf("第%d事业部", d+1), Order: d})
	}
	for i := range n {
		d := i % nd
		doc.Roles = append(doc.Roles, data.Role{ID: data.ID(fmt.Sprintf("r%04d", i)), Title: fmt.Sprintf("运营专员%d", i+1),
			Code: fmt.Sprintf("R%04d", i), Department: doc.Departments[d].ID, Planned: 1 + i%3, Order: i,
			Purpose: "搭建用户分层体系，制定分层运营策略，提升社群活跃度与转化率，延长用户生命周期。",
			Responsibilities: []data.Responsibility{
				{Text: fmt.Sprintf("搭建用户分层体系%d，制定分层运营策略（新用户首单福利、老用户复购激励）", i), Weight: 30, Examples: []string{"RFM模型：按“最近消费、消费频率、消费金额”分层"}},
				{Text: "运营用户社群（企业微信、微信群），输出社群内容，提升社群活跃度与转化率", Weight: 30},
				{Text: "设计用户激励体系（积分、等级、勋章），延长用户生命周期", Weight: 20},
				{Text: "策划增长型活动，设计活动规则", Weight: 10},
				{Text: "监控活动数据（参与人数、分享率、转化率），迭代活动玩法", Weight: 10},
			},
			KPIs: []data.KPI{{Indicator: "社群活跃度", Target: "≥30%", Cycle: "月", Weight: 40},
				{Indicator: "老用户复购率", Target: "≥25%", Cycle: "季", Weight: 60}},
			Qualifications: data.Qualifications{Education: "本科及以上", Experience: "3年以上用户运营经验", Skills: "数据分析、活动策划"},
			Authority:      "活动方案建议权", InternalContacts: "运营、技术、设计团队", ExternalContacts: "平台方",
			Conditions: "办公室工作", CareerPath: "运营经理 → 运营总监"})
	}
	doc.Reindex()
	return doc
}

func BenchmarkRoleSheets1000(b *testing.B) {
	doc := genDoc(1000)
	b.ReportAllocs()
	for b.Loop() {
		var out bytes.Buffer
		if _, err := RoleSheets(context.Background(), &out, doc, nil, Options{Date: fixed}); err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(out.Len())/1e6, "MB")
	}
}

// TestScenario: a scenario's role sheets name it under every title, in
// every page header and in the document's title, as the PDF does; the
// current organisation's do not.
func TestScenario(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		doc := template(t, lang)
		label := map[string]string{"zh": "方案：成长期 &amp; &lt;b&gt;", "en": "Scenario: 成长期 &amp; &lt;b&gt;"}[lang]
		p := parts(t, write(t, doc, nil, Options{Scenario: " 成长期 & <b> "}))
		if n := strings.Count(p["word/document.xml"], label); n != len(doc.Roles) {
			t.Errorf("%s: the scenario is under %d titles, want %d", lang, n, len(doc.Roles))
		}
		for i := range doc.Roles {
			if h := p[fmt.Sprintf("word/header%d.xml", i+1)]; !strings.Contains(h, label) {
				t.Fatalf("%s: header %d does not name the scenario: %s", lang, i+1, h)
			}
		}
		if !strings.Contains(p["docProps/core.xml"], label) {
			t.Errorf("%s: the document title does not name the scenario", lang)
		}
		plain := parts(t, write(t, doc, nil, Options{}))
		for name, part := range plain {
			if strings.Contains(part, "成长期 &amp;") || strings.Contains(part, "方案：") || strings.Contains(part, "Scenario:") {
				t.Errorf("%s: the current organisation's %s names a scenario", lang, name)
			}
		}
	}
}
