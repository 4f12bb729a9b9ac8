package check

import (
	"fmt"
	"strings"
	"testing"

	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

func TestNormalise(t *testing.T) {
	tests := []struct{ a, b string }{
		{"数据分析、撰写报告。", " 数据分析 撰写报告"},
		{"负责ＳＥＯ优化", "负责 seo 优化！"},
		{"Plan the budget.", "plan THE budget"},
		{"“拉新”活动策划", "拉新活动策划"},
		{"制定策略\t（季度）", "制定策略季度"},
	}
	for _, tc := range tests {
		if na, nb := normalise(tc.a), normalise(tc.b); na != nb {
			t.Errorf("normalise(%q) = %q, normalise(%q) = %q; want equal", tc.a, na, tc.b, nb)
		}
	}
	different := [][2]string{
		{"数据分析", "数据采集"},
		{"SEO", "SEM"},
		{"C++开发", "C开发"}, // + is a symbol, not punctuation: kept
	}
	for _, p := range different {
		if normalise(p[0]) == normalise(p[1]) {
			t.Errorf("normalise(%q) == normalise(%q); want different", p[0], p[1])
		}
	}
	if got := normalise(" 。、… "); got != "" {
		t.Errorf("normalise(punctuation only) = %q, want empty", got)
	}
}

// FuzzNormalise checks that normalising is idempotent and keeps no space
// or punctuation, whatever the text.
func FuzzNormalise(f *testing.F) {
	for _, s := range []string{"数据分析、报告。", "ＳＥＯ", "a b\tc", "\xff\xfe", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := normalise(s)
		if normalise(n) != n {
			t.Errorf("normalise not idempotent on %q: %q then %q", s, n, normalise(n))
		}
		if strings.ContainsFunc(n, func(r rune) bool { return r == ' ' || r == '、' || r == '。' }) {
			t.Errorf("normalise(%q) = %q keeps space or punctuation", s, n)
		}
	})
}

// TestOverlapListsFirstRoles: a duty shared by many roles is one finding
// that counts them all and names the first few.
func TestOverlapListsFirstRoles(t *testing.T) {
	defer i18n.SetLanguage(i18n.Language())
	i18n.SetLanguage("en")
	doc := cleanDoc()
	for i := range maxListed + 2 {
		id := fmt.Sprintf("clerk-%d", i)
		r := role(id, fmt.Sprintf("助理%d", i), "", "gm", 1)
		r.Responsibilities[1].Text = "整理会议纪要"
		r.Order = 100 + i
		doc.Roles = append(doc.Roles, r)
		doc.People = append(doc.People, person(id, fmt.Sprintf("员工%d", i), data.ID(id)))
	}
	doc.Sort()
	mustValid(t, doc)
	var got []Finding
	for _, f := range Run(doc, DefaultThresholds()) {
		if f.Kind == KindOverlap {
			got = append(got, f)
		}
	}
	want := "The responsibility “整理会议纪要” appears in 7 roles: “助理0”, “助理1”, “助理2”, “助理3”, “助理4” and 2 more."
	if len(got) != 1 || got[0].ID != "clerk-0" || got[0].Message != want {
		t.Errorf("overlap findings = %+v\nwant one on clerk-0 saying %q", got, want)
	}
}
