package people

import (
	"slices"
	"testing"

	"orgdesigner/app"
	"orgdesigner/data"
)

// TestTextFilterFindsWhatSearchFinds: the list's own text index finds
// exactly the people app.Search finds (name, number, extra fields; case
// and full width ignored).
func TestTextFilterFindsWhatSearchFinds(t *testing.T) {
	doc := hugeDoc()
	doc.People[3].Name = "Ｊａｃｋ Ｍａ"
	doc.People[7].Extra = append(doc.People[7].Extra, data.ExtraField{Key: "备注", Value: "SEO 专家"})
	for _, q := range []string{"员工12", "E0001", "城市7", "jack", "ＳＥＯ", " seo ", "本科", "没有这个人", "员工1 2"} {
		var want []data.ID
		seen := map[data.ID]bool{}
		for _, h := range app.Search(doc, q) {
			if h.Kind == app.HitPerson && !seen[h.ID] {
				seen[h.ID] = true
			}
		}
		for _, p := range doc.People {
			if seen[p.ID] {
				want = append(want, p.ID)
			}
		}
		got := Filter{Text: q}.Apply(doc)
		if !slices.Equal(got, want) {
			t.Errorf("%q: %d people, app.Search finds %d", q, len(got), len(want))
		}
	}
}
