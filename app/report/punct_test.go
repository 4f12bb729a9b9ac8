package report

import (
	"regexp"
	"strings"
	"testing"

	"orgdesigner/app/templates"
)

// asciiBetweenCJK finds an ASCII , ; : ( ) between two Chinese characters.
var asciiBetweenCJK = regexp.MustCompile(`\p{Han}[,;:()?!]\p{Han}`)

// TestTemplateBookletPunctuation: the Chinese template's booklet prints no
// ASCII comma (or ; : ( ) ? !) between Chinese characters, on any paper.
func TestTemplateBookletPunctuation(t *testing.T) {
	doc, err := templates.Load("internet-marketing", "zh")
	if err != nil {
		t.Fatal(err)
	}
	for _, paper := range Papers {
		pdf, _ := render(t, bookletFn(doc, Options{Paper: paper, Date: fixedDate}))
		text := strings.Join(strings.Fields(pdfText(t, pdf, 0, 0)), "")
		if m := asciiBetweenCJK.FindAllString(text, 5); len(m) > 0 {
			t.Errorf("%s: ASCII punctuation between Chinese characters: %q", paper, m)
		}
		if !strings.Contains(text, "，") {
			t.Errorf("%s: no full-width comma at all", paper)
		}
	}
}

// TestUserPunctuationKept: the document's own text prints as typed unless
// normalising is chosen in the print options or the organisation.
func TestUserPunctuationKept(t *testing.T) {
	doc := richDoc() // motto "战略导航,数据赋能"
	for _, c := range []struct {
		name      string
		opt, org  bool
		want, not string
	}{
		{"as typed", false, false, "战略导航,数据赋能", "战略导航，数据赋能"},
		{"print option", true, false, "战略导航，数据赋能", "战略导航,数据赋能"},
		{"organisation setting", false, true, "战略导航，数据赋能", "战略导航,数据赋能"},
	} {
		doc.Org.NormalisePunct = c.org
		pdf, _ := render(t, bookletFn(doc, Options{Date: fixedDate, NormalisePunct: c.opt}))
		text := squash(pdfText(t, pdf, 0, 0))
		if !strings.Contains(text, c.want) || strings.Contains(text, c.not) {
			t.Errorf("%s: want %q and not %q in the booklet", c.name, c.want, c.not)
		}
	}
}
