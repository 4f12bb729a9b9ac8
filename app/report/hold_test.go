package report

import (
	"fmt"
	"strings"
	"testing"

	"orgdesigner/app/i18n"
	"orgdesigner/app/templates"
	"orgdesigner/data"
)

// paperHeight is the portrait height in mm of a paper name.
func paperHeight(t testing.TB, paper string) float64 {
	t.Helper()
	s, err := paperSize(paper)
	if err != nil {
		t.Fatal(err)
	}
	return s.Ht
}

// pageBands returns, for every page of a portrait report, the text of its
// running header, of its body (between header and footer) and of its
// footer, read back from the PDF with pdftotext.
func pageBands(t testing.TB, pdf []byte, paper string) (heads, bodies, feet []string) {
	t.Helper()
	ht := paperHeight(t, paper)
	pt := func(mm float64) string { return fmt.Sprint(int(mm / ptToMM)) }
	head := pdfText(t, pdf, 0, 0, "-x", "0", "-y", "0", "-W", "2000", "-H", pt(contentTop-2))
	body := pdfText(t, pdf, 0, 0, "-x", "0", "-y", pt(contentTop), "-W", "2000", "-H", pt(ht-footerHeight-contentTop))
	foot := pdfText(t, pdf, 0, 0, "-x", "0", "-y", pt(ht-footerHeight), "-W", "2000", "-H", pt(footerHeight))
	heads = strings.Split(head, "\f")
	bodies = strings.Split(body, "\f")
	feet = strings.Split(foot, "\f")
	n := min(len(heads), len(bodies), len(feet))
	return heads[:n-1], bodies[:n-1], feet[:n-1] // pdftotext ends every page with \f
}

// firstPage reports whether a footer says "page 1 of n".
func firstPage(foot, lang string) bool {
	return strings.Contains(squash(foot), squash(strings.SplitN(i18n.In(lang, "Page %d of %d", 1, 0), "0", 2)[0]))
}

// onlyApproval reports whether a page body is nothing but the approval
// block.
func onlyApproval(body, lang string) bool {
	rest := body
	for _, k := range []string{"Prepared by", "Reviewed by", "Approved by", "Job holder", "Signature", "Date", "%s: "} {
		v := i18n.In(lang, k)
		if k == "%s: " {
			v = strings.TrimSpace(i18n.In(lang, "%s: ", ""))
		}
		rest = strings.ReplaceAll(rest, v, "")
	}
	return strings.TrimSpace(rest) == ""
}

// checkRoleSheets prints the roles of doc and checks that every page of
// every sheet names its role in the header, says "continued" after the
// first, and never holds only the approval block. It returns the number
// of pages of each role.
func checkRoleSheets(t *testing.T, doc *data.Document, opt Options) map[data.ID]int {
	t.Helper()
	lang := i18n.Normalize(doc.Org.Lang)
	pdf, res := render(t, roleSheetsFn(doc, nil, opt))
	heads, bodies, feet := pageBands(t, pdf, opt.Paper)
	if len(heads) != res.Pages {
		t.Fatalf("read %d pages, the report has %d", len(heads), res.Pages)
	}
	w := &writer{doc: doc, lang: lang, facts: newFacts(doc)}
	pages := map[data.ID]int{}
	pi := 0
	cont := squash(i18n.In(lang, "(continued)"))
	for _, r := range w.facts.roleOrder() {
		name := squash(i18n.In(lang, "%s · %s", r.Title, w.deptName(r.Department)))
		for n := 0; pi < len(heads); n++ {
			if n > 0 && firstPage(feet[pi], lang) {
				break // the next sheet (perhaps a role of the same name)
			}
			h := squash(heads[pi])
			if !strings.Contains(h, name) {
				t.Fatalf("page %d: header %q does not name role %q", pi+1, heads[pi], name)
			}
			if n > 0 && !strings.Contains(h, cont) {
				t.Errorf("page %d (role %s, page %d): header %q does not say it continues", pi+1, r.ID, n+1, heads[pi])
			}
			if onlyApproval(bodies[pi], lang) {
				t.Errorf("page %d (role %s): holds only the approval block", pi+1, r.ID)
			}
			pages[r.ID]++
			pi++
		}
	}
	if pi != len(heads) {
		t.Errorf("%d pages belong to no role", len(heads)-pi)
	}
	return pages
}

// TestRoleSheetsHoldTogether: the template's role sheets in both languages
// on every paper: each page names its role, no page holds only the
// signatures, no role takes more than two pages, and in Chinese on A4
// every role fits on one.
func TestRoleSheetsHoldTogether(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		doc, err := templates.Load("internet-marketing", lang)
		if err != nil {
			t.Fatal(err)
		}
		for _, paper := range Papers {
			t.Run(lang+"/"+paper, func(t *testing.T) {
				pages := checkRoleSheets(t, doc, Options{Paper: paper, Date: fixedDate})
				over := 0
				for id, n := range pages {
					if n > 2 {
						t.Errorf("role %s takes %d pages", id, n)
					}
					if n > 1 {
						over++
						if lang == "zh" && paper == "A4" {
							t.Errorf("role %s takes %d pages in Chinese on A4", id, n)
						}
					}
				}
				t.Logf("%s %s: %d of %d roles on two pages", lang, paper, over, len(pages))
			})
		}
	}
}

// TestLongRoleSheetHoldsTogether: a role far longer than a page still
// names itself on every page and ends with its last section and the
// approval block together.
func TestLongRoleSheetHoldsTogether(t *testing.T) {
	doc := richDoc()
	for _, paper := range Papers {
		pages := checkRoleSheets(t, doc, Options{Paper: paper, Date: fixedDate})
		if pages["r-growth"] < 2 {
			t.Errorf("%s: the long role takes %d pages; the fixture should need several", paper, pages["r-growth"])
		}
	}
}

// TestCompanyRoleSheetsHoldTogether: the role sheets of a 200-person
// company (many departments, a department of twelve teams, long English
// titles) hold together in both languages on every paper.
func TestCompanyRoleSheetsHoldTogether(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		doc := realCompany(lang)
		for _, paper := range Papers {
			t.Run(lang+"/"+paper, func(t *testing.T) {
				for id, n := range checkRoleSheets(t, doc, Options{Paper: paper, Date: fixedDate}) {
					if n > 2 {
						t.Errorf("role %s takes %d pages", id, n)
					}
				}
			})
		}
	}
}
