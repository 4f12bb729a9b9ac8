package templates

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"orgdesigner/app/report/textlayout"
	"orgdesigner/data"
)

const sourcePath = "testdata/source-document.zh-CN.md"

func readSource(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile(sourcePath)
	if err != nil {
		t.Fatalf("read the seed document: %v", err)
	}
	return string(b)
}

// checkFidelity lists every difference between the seed document's
// departments and roles and the Chinese template document: a department's
// name, motto or positioning, a role's department, and each responsibility
// item with its examples, in order. Roles the source does not have must be
// marked as suggested, and source roles must not be.
//
// The template writes Chinese punctuation full width (，；：（）) where the
// source types ASCII, so the source is compared after the same
// normalisation (textlayout.NormalisePunct).
func checkFidelity(src []srcDept, doc *data.Document) []string {
	src = normaliseSource(src)
	var problems []string
	bad := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	if len(doc.Departments) != len(src) {
		bad("the template has %d departments, the source %d", len(doc.Departments), len(src))
	}
	inSource := map[string]bool{}
	for _, sd := range src {
		i := slices.IndexFunc(doc.Departments, func(d data.Department) bool { return d.Name == sd.Name })
		if i < 0 {
			bad("department %s is missing", sd.Name)
			continue
		}
		d := doc.Departments[i]
		if d.Motto != sd.Motto {
			bad("department %s: motto %q, source %q", sd.Name, d.Motto, sd.Motto)
		}
		if d.Positioning != sd.Positioning {
			bad("department %s: positioning %q, source %q", sd.Name, d.Positioning, sd.Positioning)
		}
		for _, sr := range sd.Roles {
			inSource[sr.Title] = true
			problems = append(problems, checkRole(sr, d, doc)...)
		}
	}
	for _, r := range doc.Roles {
		if !inSource[r.Title] && !data.IsSuggested(r.Suggested, data.FieldRole) {
			bad("role %s is not in the source but not marked as a suggested role", r.Title)
		}
	}
	return problems
}

func checkRole(sr srcRole, d data.Department, doc *data.Document) []string {
	var problems []string
	bad := func(format string, args ...any) {
		problems = append(problems, fmt.Sprintf("role %s: ", sr.Title)+fmt.Sprintf(format, args...))
	}
	i := slices.IndexFunc(doc.Roles, func(r data.Role) bool { return r.Title == sr.Title })
	if i < 0 {
		bad("missing")
		return problems
	}
	r := doc.Roles[i]
	if r.Department != d.ID {
		bad("in department %q, source %s (%s)", r.Department, d.ID, d.Name)
	}
	if data.IsSuggested(r.Suggested, data.FieldRole) || data.IsSuggested(r.Suggested, data.FieldResponsibilities) {
		bad("a source role is marked as a suggestion")
	}
	if len(r.Responsibilities) != len(sr.Items) {
		bad("%d responsibilities, source %d", len(r.Responsibilities), len(sr.Items))
	}
	for j, it := range sr.Items {
		if j >= len(r.Responsibilities) {
			bad("item %d missing: %q", j+1, it.Text)
			continue
		}
		got := r.Responsibilities[j]
		if got.Text != it.Text {
			bad("item %d text %q, source %q", j+1, got.Text, it.Text)
		}
		if !slices.Equal(got.Examples, it.Examples) {
			bad("item %d examples %q, source %q", j+1, got.Examples, it.Examples)
		}
	}
	return problems
}

func TestSourceParser(t *testing.T) {
	src, err := parseSource(readSource(t))
	if err != nil {
		t.Fatal(err)
	}
	// The counts guard the parser itself: a parser that found nothing would
	// make the fidelity check pass vacuously.
	roles, items, examples := 0, 0, 0
	for _, d := range src {
		if d.Name == "" || d.Motto == "" || d.Positioning == "" {
			t.Errorf("department %+v is incomplete", d)
		}
		for _, r := range d.Roles {
			roles++
			items += len(r.Items)
			for _, it := range r.Items {
				examples += len(it.Examples)
				if strings.Contains(it.Text, "(如") || strings.Contains(it.Text, ",如") {
					t.Errorf("role %s: an example was left in the text %q", r.Title, it.Text)
				}
			}
		}
	}
	for _, c := range []struct {
		what      string
		got, want int
	}{{"departments", len(src), 8}, {"roles", roles, 19}, {"items", items, 60}, {"examples", examples, 57}} {
		if c.got != c.want {
			t.Errorf("the source has %d %s, want %d", c.got, c.what, c.want)
		}
	}
}

func TestSourceItemSplitting(t *testing.T) {
	tests := []struct {
		in   string
		want []srcItem
	}{
		{"甲(如乙);丙(丁),戊。", []srcItem{{"甲", []string{"乙"}}, {"丙(丁),戊", nil}}},
		{"甲(线上,如“乙”)", []srcItem{{"甲(线上)", []string{"“乙”"}}}},
		{"甲(如乙、丙),丁(如“戊”)", []srcItem{{"甲,丁", []string{"乙、丙", "“戊”"}}}},
		{"SEO方向:甲;乙(如丙)。", []srcItem{{"SEO方向:甲", nil}, {"SEO方向:乙", []string{"丙"}}}},
		{"甲(如乙(丙)丁);戊", []srcItem{{"甲", []string{"乙(丙)丁"}}, {"戊", nil}}},
		{"未闭合(如甲", []srcItem{{"未闭合(如甲", nil}}},
	}
	for _, tt := range tests {
		got := splitItems(tt.in)
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("splitItems(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTemplateFidelity(t *testing.T) {
	src, err := parseSource(readSource(t))
	if err != nil {
		t.Fatal(err)
	}
	doc := mustLoad(t, InternetMarketing, "zh")
	for _, p := range checkFidelity(src, doc) {
		t.Error(p)
	}
}

// TestTemplateFidelityDetectsChanges proves the fidelity check is not
// vacuous: each mutated copy of the template (or of the source) must be
// reported.
func TestTemplateFidelityDetectsChanges(t *testing.T) {
	role := func(doc *data.Document, title string) *data.Role {
		for i := range doc.Roles {
			if doc.Roles[i].Title == title {
				return &doc.Roles[i]
			}
		}
		t.Fatalf("no role %s", title)
		return nil
	}
	tests := []struct {
		name   string
		doc    func(*data.Document)
		source func(string) string
	}{
		{name: "responsibility removed", doc: func(d *data.Document) {
			r := role(d, "电商运营")
			r.Responsibilities = r.Responsibilities[:len(r.Responsibilities)-1]
		}},
		{name: "example removed", doc: func(d *data.Document) {
			r := role(d, "品牌策划")
			r.Responsibilities[1].Examples = r.Responsibilities[1].Examples[1:]
		}},
		{name: "example edited", doc: func(d *data.Document) {
			role(d, "预算管理专员").Responsibilities[2].Examples[0] += "。"
		}},
		{name: "example moved into the text", doc: func(d *data.Document) {
			r := role(d, "行政专员")
			r.Responsibilities[1].Text += "(如" + r.Responsibilities[1].Examples[0] + ")"
			r.Responsibilities[1].Examples = nil
		}},
		{name: "SEM direction dropped", doc: func(d *data.Document) {
			r := role(d, "SEO/SEM优化师")
			r.Responsibilities[3].Text = strings.TrimPrefix(r.Responsibilities[3].Text, "SEM方向：")
		}},
		{name: "responsibilities reordered", doc: func(d *data.Document) {
			r := role(d, "数据分析师")
			r.Responsibilities[0], r.Responsibilities[1] = r.Responsibilities[1], r.Responsibilities[0]
		}},
		{name: "motto changed", doc: func(d *data.Document) { d.Departments[0].Motto = "战略导航" }},
		{name: "positioning changed", doc: func(d *data.Document) { d.Departments[7].Positioning = "" }},
		{name: "department renamed", doc: func(d *data.Document) { d.Departments[2].Name = "运营部" }},
		{name: "source role removed", doc: func(d *data.Document) {
			d.Roles = slices.DeleteFunc(d.Roles, func(r data.Role) bool { return r.Title == "市场调研专员" })
		}},
		{name: "role moved to another department", doc: func(d *data.Document) {
			role(d, "在线客服").Department = "dept-finance"
		}},
		{name: "source role marked as suggested", doc: func(d *data.Document) {
			r := role(d, "招聘专员")
			r.Suggested = append(r.Suggested, data.FieldRole)
		}},
		{name: "added role not marked", doc: func(d *data.Document) {
			role(d, "总经理").Suggested = nil
		}},
		{name: "item added to the source", source: func(s string) string {
			return strings.Replace(s, "提升资金使用效率。", "提升资金使用效率;按月输出预算执行报告。", 1)
		}},
		{name: "example added to the source", source: func(s string) string {
			return strings.Replace(s, "审核票据合规性;", "审核票据合规性(如“发票抬头有误,退回重开”);", 1)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := readSource(t)
			if tt.source != nil {
				mutated := tt.source(text)
				if mutated == text {
					t.Fatal("the source mutation changed nothing")
				}
				text = mutated
			}
			src, err := parseSource(text)
			if err != nil {
				t.Fatal(err)
			}
			doc := mustLoad(t, InternetMarketing, "zh")
			if tt.doc != nil {
				tt.doc(doc)
				doc.Reindex()
			}
			if p := checkFidelity(src, doc); len(p) == 0 {
				t.Error("the fidelity check did not notice the change")
			}
		})
	}
}

// normaliseSource returns a copy of the parsed source with its punctuation
// normalised as the template's is.
func normaliseSource(src []srcDept) []srcDept {
	n := textlayout.NormalisePunct
	out := make([]srcDept, len(src))
	for i, d := range src {
		out[i] = srcDept{Name: n(d.Name), Motto: n(d.Motto), Positioning: n(d.Positioning)}
		for _, r := range d.Roles {
			nr := srcRole{Title: n(r.Title)}
			for _, it := range r.Items {
				ni := srcItem{Text: n(it.Text)}
				for _, ex := range it.Examples {
					ni.Examples = append(ni.Examples, n(ex))
				}
				nr.Items = append(nr.Items, ni)
			}
			out[i].Roles = append(out[i].Roles, nr)
		}
	}
	return out
}
