package sheets

import (
	"slices"
	"strings"
)

// normKey folds a name for matching: 市场部, 市场部 (full-width space) and
// "Sales  Team" vs "sales team" are the same key.
func normKey(s string) string {
	s = strings.ToLower(foldWidth(s))
	if !strings.ContainsFunc(s, isSpace) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isSpace(r) {
			return -1
		}
		return r
	}, s)
}

// profile is a name prepared for comparison.
type profile struct {
	key      string
	uni, bi  map[string]int
	stemmed  string
	nonEmpty bool
}

func profileOf(s string) profile {
	r := []rune(normKey(s))
	return profile{key: string(r), uni: unigrams(r), bi: bigrams(r), stemmed: stem(string(r)), nonEmpty: len(r) > 0}
}

// similarity scores how alike two names are, 0..1: the mean of the Dice
// coefficients over characters and over character pairs, plus a bonus
// when one contains the other (市场部 is inside 市场调研与策略部 once the
// generic suffix 部 is set aside).
func similarity(a, b string) float64 { return profileOf(a).similarity(profileOf(b)) }

func (a profile) similarity(b profile) float64 {
	if !a.nonEmpty || !b.nonEmpty {
		return 0
	}
	if a.key == b.key {
		return 1
	}
	score := (dice(a.uni, b.uni) + dice(a.bi, b.bi)) / 2
	if a.stemmed != "" && b.stemmed != "" && (strings.Contains(b.stemmed, a.stemmed) || strings.Contains(a.stemmed, b.stemmed)) {
		score += 0.25
	}
	return min(score, 0.99)
}

// genericSuffixes carry no meaning of their own in department and role names.
var genericSuffixes = []string{"部门", "部", "中心", "组", "团队", "专员", "经理", "主管", "总监",
	"助理", "department", "dept", "team", "manager", "specialist"}

func stem(s string) string {
	for _, suf := range genericSuffixes {
		if len(s) > len(suf) && strings.HasSuffix(s, suf) {
			return strings.TrimSuffix(s, suf)
		}
	}
	return s
}

func unigrams(r []rune) map[string]int {
	m := make(map[string]int, len(r))
	for _, c := range r {
		m[string(c)]++
	}
	return m
}

func bigrams(r []rune) map[string]int {
	m := make(map[string]int, len(r))
	for i := 0; i+1 < len(r); i++ {
		m[string(r[i:i+2])]++
	}
	return m
}

func dice(a, b map[string]int) float64 {
	na, nb, common := 0, 0, 0
	for k, x := range a {
		na += x
		common += min(x, b[k])
	}
	for _, y := range b {
		nb += y
	}
	if na+nb == 0 {
		return 0
	}
	return 2 * float64(common) / float64(na+nb)
}

// maxSuggestions is how many closest matches a value offers.
const maxSuggestions = 3

// maxSuggested bounds how many values get suggestions: a file with
// thousands of unmatched values gets the first ones suggested, the rest
// default to "create" (a wizard cannot show thousands anyway).
const maxSuggested = 300

// suggest ranks candidates by similarity to value and keeps the best few
// above a floor, so "市场部" offers 市场调研与策略部 but not 财务部.
func suggest(value string, cands []Suggestion, profiles []profile) []Suggestion {
	const floor = 0.3
	v := profileOf(value)
	var out []Suggestion
	for i, c := range cands {
		if s := v.similarity(profiles[i]); s >= floor {
			c.Score = s
			out = append(out, c)
		}
	}
	slices.SortStableFunc(out, func(x, y Suggestion) int {
		switch {
		case x.Score > y.Score:
			return -1
		case x.Score < y.Score:
			return 1
		}
		return strings.Compare(x.Label, y.Label)
	})
	return out[:min(len(out), maxSuggestions)]
}
