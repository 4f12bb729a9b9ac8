package check

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// hit is the part of a finding a test pins down exactly.
type hit struct {
	Severity Severity
	Kind     string
	ID       data.ID
}

func (h hit) String() string { return fmt.Sprintf("%s %s %s", h.Severity.Code(), h.Kind, h.ID) }

func hits(fs []Finding) []hit {
	out := make([]hit, len(fs))
	for i, f := range fs {
		out[i] = hit{f.Severity, f.Kind, f.ID}
	}
	return out
}

// checkCase breaks the clean fixture in one way and lists every finding the
// result must have, in order. damaged marks the one case that builds
// data the store would refuse.
type checkCase struct {
	name    string
	edit    func(t *testing.T, d *data.Document)
	limits  Thresholds
	want    []hit
	damaged bool // the edit deliberately breaks a store rule
}

var checkCases = []checkCase{
	{
		name: "no responsibilities",
		edit: func(t *testing.T, d *data.Document) { roleAt(t, d, "ops-spec").Responsibilities = nil },
		want: []hit{{Warning, KindNoResponsibilities, "ops-spec"}},
	},
	{
		name: "no KPIs",
		edit: func(t *testing.T, d *data.Document) { roleAt(t, d, "ops-spec").KPIs = nil },
		want: []hit{{Info, KindNoKPIs, "ops-spec"}},
	},
	{
		name: "responsibility weights short of 100",
		edit: func(t *testing.T, d *data.Document) { roleAt(t, d, "analyst").Responsibilities[1].Weight = 40 },
		want: []hit{{Warning, KindWeights, "analyst"}},
	},
	{
		name: "responsibility weights partly given and over 100",
		edit: func(t *testing.T, d *data.Document) {
			r := roleAt(t, d, "analyst")
			r.Responsibilities = append(r.Responsibilities, data.Responsibility{Text: "其他工作", Weight: 1})
		},
		want: []hit{{Warning, KindWeights, "analyst"}},
	},
	{
		name: "KPI weights not 100",
		edit: func(t *testing.T, d *data.Document) {
			r := roleAt(t, d, "analyst")
			r.KPIs = []data.KPI{{Indicator: "报告数量", Weight: 70}, {Indicator: "报告质量", Weight: 20}}
		},
		want: []hit{{Warning, KindKPIWeights, "analyst"}},
	},
	{
		name: "vacancy",
		edit: func(t *testing.T, d *data.Document) { roleAt(t, d, "ops-spec").Planned = 3 },
		want: []hit{{Info, KindVacancy, "ops-spec"}},
	},
	{
		name: "holder who left leaves a vacancy",
		edit: func(t *testing.T, d *data.Document) { d.People[6].Status = data.StatusLeft },
		want: []hit{{Info, KindVacancy, "ops-spec"}},
	},
	{
		name: "overstaffed",
		edit: func(t *testing.T, d *data.Document) {
			d.People = append(d.People, person("9", "郑新人", "ops-spec"))
		},
		want: []hit{{Warning, KindOverstaffed, "ops-spec"}},
	},
	{
		name: "people in a role with no planned headcount",
		edit: func(t *testing.T, d *data.Document) { roleAt(t, d, "ops-spec").Planned = 0 },
		want: []hit{{Warning, KindOverstaffed, "ops-spec"}},
	},
	{
		name: "department without a head",
		edit: func(t *testing.T, d *data.Document) { d.Department("ops").Head = "" },
		want: []hit{{Warning, KindNoHead, "ops"}},
	},
	{
		name: "department headed from outside",
		edit: func(t *testing.T, d *data.Document) { d.Department("ops").Head = "gm" },
		want: []hit{{Info, KindHeadOutside, "ops"}},
	},
	{
		name: "empty department",
		edit: func(t *testing.T, d *data.Document) {
			d.Departments = append(d.Departments, data.Department{ID: "legal", Name: "法务部", Order: 9})
		},
		want: []hit{{Warning, KindNoHead, "legal"}, {Info, KindEmptyDepartment, "legal"}},
	},
	{
		name:   "span above the limit",
		limits: Thresholds{MaxSpan: 1, MaxDepth: 6},
		want:   []hit{{Warning, KindSpan, "gm"}},
	},
	{
		name: "span above the default limit",
		edit: func(t *testing.T, d *data.Document) {
			for i := range DefaultMaxSpan {
				id := fmt.Sprintf("clerk-%02d", i)
				r := role(id, fmt.Sprintf("运营助理%d", i), "ops", "ops-mgr", 1)
				r.Order = 100 + i
				d.Roles = append(d.Roles, r)
				d.People = append(d.People, person(id, fmt.Sprintf("助理%d", i), data.ID(id)))
			}
		},
		want: []hit{{Warning, KindSpan, "ops-mgr"}},
	},
	{
		name:   "depth above the limit: one finding where the line first goes too deep",
		limits: Thresholds{MaxSpan: 10, MaxDepth: 2},
		want:   []hit{{Warning, KindDepth, "res-lead"}, {Warning, KindDepth, "ops-spec"}},
	},
	{
		name:   "depth at the limit",
		limits: Thresholds{MaxSpan: 10, MaxDepth: 3},
		want:   []hit{{Warning, KindDepth, "analyst"}},
	},
	{
		name: "overlap, ignoring spaces and punctuation",
		edit: func(t *testing.T, d *data.Document) {
			r := roleAt(t, d, "ops-spec")
			r.Responsibilities[1].Text = " 总经理 的第一项职责。"
			r = roleAt(t, d, "analyst")
			r.Responsibilities[0].Text = "总经理的第一项职责"
		},
		want: []hit{{Warning, KindOverlap, "gm"}},
	},
	{
		name: "overlap of full-width and narrow letters",
		edit: func(t *testing.T, d *data.Document) {
			roleAt(t, d, "mkt-mgr").Responsibilities[1].Text = "负责ＳＥＯ优化"
			roleAt(t, d, "ops-spec").Responsibilities[1].Text = "负责 seo 优化"
		},
		want: []hit{{Warning, KindOverlap, "mkt-mgr"}},
	},
	{
		name: "person in no role",
		edit: func(t *testing.T, d *data.Document) {
			d.People = append(d.People, data.Person{ID: "9", Name: "郑待定", Department: "ops", Status: data.StatusProbation})
		},
		want: []hit{{Warning, KindUnassignedPerson, "9"}},
	},
	{
		name: "cross report to a sibling department",
		edit: func(t *testing.T, d *data.Document) { roleAt(t, d, "ops-spec").ReportsTo = "mkt-mgr" },
		want: []hit{{Warning, KindCrossReport, "ops-spec"}},
	},
	{
		name: "cross report with an unlabelled dotted line home",
		edit: func(t *testing.T, d *data.Document) {
			r := roleAt(t, d, "ops-spec")
			r.ReportsTo = "mkt-mgr"
			r.Dotted = []data.DottedLine{{Manager: "ops-mgr", Label: "  "}}
		},
		want: []hit{{Warning, KindCrossReport, "ops-spec"}},
	},
	{
		name: "cross report with a labelled dotted line elsewhere",
		edit: func(t *testing.T, d *data.Document) {
			r := roleAt(t, d, "ops-spec")
			r.ReportsTo = "mkt-mgr"
			r.Dotted = []data.DottedLine{{Manager: "res-lead", Label: "项目汇报"}}
		},
		want: []hit{{Warning, KindCrossReport, "ops-spec"}},
	},
	{
		name: "cross report down into a sub-department",
		edit: func(t *testing.T, d *data.Document) {
			roleAt(t, d, "res-lead").ReportsTo = "gm"
			roleAt(t, d, "mkt-mgr").ReportsTo = "res-lead"
		},
		want: []hit{{Warning, KindCrossReport, "mkt-mgr"}},
	},
	{
		name: "company-level role reporting into a department",
		edit: func(t *testing.T, d *data.Document) {
			r := role("assistant", "总经理助理", "", "ops-mgr", 1)
			r.Order = 50
			d.Roles = append(d.Roles, r)
			d.People = append(d.People, person("9", "郑助理", "assistant"))
		},
		want: []hit{{Warning, KindCrossReport, "assistant"}},
	},
	{
		name: "second top of the chart",
		edit: func(t *testing.T, d *data.Document) { roleAt(t, d, "ops-mgr").ReportsTo = "" },
		want: []hit{{Warning, KindNoManager, "ops-mgr"}},
	},
	{
		name: "no roles",
		edit: func(t *testing.T, d *data.Document) {
			d.Departments, d.Roles, d.People = nil, nil, nil
		},
		want: []hit{{Info, KindNoRoles, ""}},
	},
	{
		name: "no people: one finding instead of a vacancy per role",
		edit: func(t *testing.T, d *data.Document) { d.People = d.People[7:] },
		want: []hit{{Info, KindNoPeople, ""}},
	},
	{
		name:    "data the store would refuse",
		edit:    func(t *testing.T, d *data.Document) { roleAt(t, d, "ops-spec").ReportsTo = "gone" },
		want:    []hit{{Error, KindInvalid, "ops-spec"}, {Warning, KindNoManager, "ops-spec"}},
		damaged: true,
	},
}

// TestRunFindsEachKind breaks a clean document one way at a time and checks
// the exact findings, in order.
func TestRunFindsEachKind(t *testing.T) {
	for _, tc := range checkCases {
		t.Run(tc.name, func(t *testing.T) {
			// given
			doc := cleanDoc()
			if tc.edit != nil {
				tc.edit(t, doc)
			}
			doc.Sort()
			if !tc.damaged {
				mustValid(t, doc)
			}
			limits := tc.limits
			if limits == (Thresholds{}) {
				limits = DefaultThresholds()
			}
			// when
			got := hits(Run(doc, limits))
			// then
			if !slices.Equal(got, tc.want) {
				t.Errorf("findings\n got %v\nwant %v", got, tc.want)
			}
		})
	}
}

// TestRunCleanDocuments lists documents with something that looks like a
// problem but is not one: each must give no findings at all.
func TestRunCleanDocuments(t *testing.T) {
	tests := []struct {
		name string
		edit func(t *testing.T, d *data.Document)
	}{
		{"the clean fixture", nil},
		{"weights not given", func(t *testing.T, d *data.Document) {
			for i := range d.Roles {
				for j := range d.Roles[i].Responsibilities {
					d.Roles[i].Responsibilities[j].Weight = 0
				}
				d.Roles[i].KPIs[0].Weight = 0
			}
		}},
		{"weights within rounding of 100", func(t *testing.T, d *data.Document) {
			r := roleAt(t, d, "analyst")
			r.Responsibilities = []data.Responsibility{
				{Text: "数据收集", Weight: 33.3}, {Text: "数据清洗", Weight: 33.3}, {Text: "撰写报告", Weight: 33.3},
			}
		}},
		{"the same duty twice in one role", func(t *testing.T, d *data.Document) {
			r := roleAt(t, d, "analyst")
			r.Responsibilities[1].Text = r.Responsibilities[0].Text + "。"
		}},
		{"reports to an ancestor department", func(t *testing.T, d *data.Document) {
			roleAt(t, d, "analyst").ReportsTo = "mkt-mgr"
		}},
		{"reports to the company level", func(t *testing.T, d *data.Document) {
			roleAt(t, d, "analyst").ReportsTo = "gm"
		}},
		{"cross report explained by a labelled dotted line home", func(t *testing.T, d *data.Document) {
			r := roleAt(t, d, "ops-spec")
			r.ReportsTo = "mkt-mgr"
			r.Dotted = []data.DottedLine{{Manager: "ops-mgr", Label: "职能指导"}}
		}},
		{"cross report explained by a dotted line to the company level", func(t *testing.T, d *data.Document) {
			r := roleAt(t, d, "ops-spec")
			r.ReportsTo = "mkt-mgr"
			r.Dotted = []data.DottedLine{{Manager: "gm", Label: "项目汇报"}}
		}},
		{"two company-level tops", func(t *testing.T, d *data.Document) {
			r := role("chair", "董事长", "", "", 1)
			r.Order = -1
			d.Roles = append(d.Roles, r)
			d.People = append(d.People, person("9", "董事长", "chair"))
		}},
		{"span and depth exactly at the limits", func(t *testing.T, d *data.Document) {
			for i := range DefaultMaxSpan - 2 {
				id := fmt.Sprintf("clerk-%02d", i)
				r := role(id, fmt.Sprintf("总经办助理%d", i), "", "gm", 1)
				r.Order = 100 + i
				d.Roles = append(d.Roles, r)
				d.People = append(d.People, person(id, fmt.Sprintf("助理%d", i), data.ID(id)))
			}
			parent := data.ID("analyst")
			for i := range DefaultMaxDepth - 4 {
				id := fmt.Sprintf("deep-%d", i)
				r := role(id, fmt.Sprintf("第%d层", i+5), "mkt-res", parent, 1)
				r.Order = 200 + i
				d.Roles = append(d.Roles, r)
				d.People = append(d.People, person(id, fmt.Sprintf("员工%d", i), data.ID(id)))
				parent = data.ID(id)
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := cleanDoc()
			if tc.edit != nil {
				tc.edit(t, doc)
			}
			doc.Sort()
			mustValid(t, doc)
			if got := Run(doc, DefaultThresholds()); len(got) != 0 {
				t.Errorf("want no findings, got %v", hits(got))
			}
		})
	}
}

func TestRunNilDocument(t *testing.T) {
	if got := Run(nil, DefaultThresholds()); got != nil {
		t.Errorf("Run(nil) = %v, want nil", got)
	}
}

func TestZeroThresholdsMeanDefaults(t *testing.T) {
	doc := cleanDoc()
	if got, want := Run(doc, Thresholds{}), Run(doc, DefaultThresholds()); !slices.Equal(got, want) {
		t.Errorf("Thresholds{} gave %v, defaults gave %v", hits(got), hits(want))
	}
	if d := DefaultThresholds(); d.MaxSpan != 10 || d.MaxDepth != 6 {
		t.Errorf("DefaultThresholds() = %+v, want span 10 and depth 6", d)
	}
}

// TestRunOrder mixes severities and objects: errors first, then warnings,
// then infos; within a severity organisation, departments, roles, people,
// each in document order.
func TestRunOrder(t *testing.T) {
	doc := cleanDoc()
	roleAt(t, doc, "ops-spec").ReportsTo = "gone"                    // error + warning on ops-spec
	roleAt(t, doc, "gm").KPIs = nil                                  // info on gm
	roleAt(t, doc, "analyst").Responsibilities = nil                 // warning on analyst
	doc.Department("mkt").Head = ""                                  // warning on a department
	doc.People = append(doc.People, data.Person{ID: "0", Name: "甲"}) // warning on a person
	doc.Sort()
	want := []hit{
		{Error, KindInvalid, "ops-spec"},
		{Warning, KindNoHead, "mkt"},
		{Warning, KindNoResponsibilities, "analyst"},
		{Warning, KindNoManager, "ops-spec"},
		{Warning, KindUnassignedPerson, "0"},
		{Info, KindNoKPIs, "gm"},
	}
	got := hits(Run(doc, DefaultThresholds()))
	if !slices.Equal(got, want) {
		t.Errorf("order\n got %v\nwant %v", got, want)
	}
	// Deterministic: the same document gives the same list every time.
	for range 5 {
		if again := hits(Run(doc, DefaultThresholds())); !slices.Equal(again, got) {
			t.Fatalf("second run differs: %v", again)
		}
	}
}

func TestSummary(t *testing.T) {
	fs := []Finding{{Severity: Error}, {Severity: Warning}, {Severity: Warning}, {Severity: Info}}
	if e, w, i := Summary(fs); e != 1 || w != 2 || i != 1 {
		t.Errorf("Summary = %d, %d, %d; want 1, 2, 1", e, w, i)
	}
	if e, w, i := Summary(nil); e+w+i != 0 {
		t.Errorf("Summary(nil) = %d, %d, %d", e, w, i)
	}
}

func TestSeverityNames(t *testing.T) {
	defer i18n.SetLanguage(i18n.Language())
	tests := []struct {
		sev          Severity
		code, en, zh string
	}{
		{Error, "error", "Error", "错误"},
		{Warning, "warning", "Warning", "警告"},
		{Info, "info", "Info", "提示"},
	}
	for _, tc := range tests {
		i18n.SetLanguage("en")
		if got := tc.sev.String(); got != tc.en {
			t.Errorf("en %v = %q, want %q", tc.code, got, tc.en)
		}
		i18n.SetLanguage("zh")
		if got := tc.sev.String(); got != tc.zh {
			t.Errorf("zh %v = %q, want %q", tc.code, got, tc.zh)
		}
		if b, _ := tc.sev.MarshalText(); string(b) != tc.code {
			t.Errorf("MarshalText = %q, want %q", b, tc.code)
		}
	}
}

// TestMessagesInBothLanguages runs every case in Chinese and English: each
// message must be filled in, fully formatted, and actually translated (the
// fixtures use Chinese names, so a Chinese message has no Latin letters).
func TestMessagesInBothLanguages(t *testing.T) {
	defer i18n.SetLanguage(i18n.Language())
	for _, tc := range checkCases {
		t.Run(tc.name, func(t *testing.T) {
			doc := cleanDoc()
			if tc.edit != nil {
				tc.edit(t, doc)
			}
			doc.Sort()
			limits := tc.limits
			if limits == (Thresholds{}) {
				limits = DefaultThresholds()
			}
			i18n.SetLanguage("en")
			en := Run(doc, limits)
			i18n.SetLanguage("zh")
			zh := Run(doc, limits)
			for k := range zh {
				checkMessage(t, "en", en[k])
				checkMessage(t, "zh", zh[k])
				if zh[k].Kind != KindInvalid && strings.ContainsFunc(zh[k].Message, isLatin) {
					t.Errorf("zh %s message not translated: %q", zh[k].Kind, zh[k].Message)
				}
				if en[k].Message == zh[k].Message {
					t.Errorf("%s: same message in both languages: %q", zh[k].Kind, zh[k].Message)
				}
			}
		})
	}
}

func checkMessage(t *testing.T, lang string, f Finding) {
	t.Helper()
	if strings.TrimSpace(f.Message) == "" || strings.Contains(f.Message, "%!") {
		t.Errorf("%s %s: bad message %q", lang, f.Kind, f.Message)
	}
}

func isLatin(r rune) bool { return r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' }

// TestMessageNumbers pins a few sentences, so the numbers shown are the
// right ones in the right places.
func TestMessageNumbers(t *testing.T) {
	defer i18n.SetLanguage(i18n.Language())
	doc := cleanDoc()
	roleAt(t, doc, "ops-spec").Planned = 3
	roleAt(t, doc, "analyst").Responsibilities[1].Weight = 40.04
	doc.Sort()
	tests := []struct {
		lang, kind, want string
	}{
		{"en", KindVacancy, "Role “运营专员” (运营部) has 2 of 3 planned positions vacant."},
		{"zh", KindVacancy, "岗位“运营专员”（运营部）编制3人，空缺2人。"},
		{"en", KindWeights, "The responsibility weights of role “调研专员” (市场调研组) add up to 90%, not 100%."},
		{"zh", KindWeights, "岗位“调研专员”（市场调研组）的职责权重合计为90%，不等于100%。"},
	}
	for _, tc := range tests {
		i18n.SetLanguage(tc.lang)
		var got string
		for _, f := range Run(doc, DefaultThresholds()) {
			if f.Kind == tc.kind {
				got = f.Message
			}
		}
		if got != tc.want {
			t.Errorf("%s %s:\n got %q\nwant %q", tc.lang, tc.kind, got, tc.want)
		}
	}
}
