package report

import (
	"encoding/base64"
	"strings"
	"testing"

	"orgdesigner/data"
)

// TestSectionsAndBlankForm: only the chosen sections print; a blank form
// prints empty sections (and optional ones) as boxes to fill in.
func TestSectionsAndBlankForm(t *testing.T) {
	doc := richDoc()
	ids := []data.ID{"r-analyst"} // no KPIs, no authority
	pdf, _ := render(t, roleSheetsFn(doc, ids, Options{Date: fixedDate, Sections: []Section{SectionResponsibilities, SectionApproval}}))
	text := squash(pdfText(t, pdf, 0, 0))
	for _, s := range []string{"主要职责", "跟踪互联网营销行业动态", "批准"} {
		if !strings.Contains(text, s) {
			t.Errorf("chosen sections: %q is missing", s)
		}
	}
	for _, s := range []string{"基本信息", "岗位目的", "考核指标", "任职资格"} {
		if strings.Contains(text, s) {
			t.Errorf("chosen sections: %q is printed", s)
		}
	}
	plain := squash(pdfText(t, render1(t, doc, ids, Options{Date: fixedDate}), 0, 0))
	blank := squash(pdfText(t, render1(t, doc, ids, Options{Date: fixedDate, BlankForm: true}), 0, 0))
	if strings.Contains(plain, "工作权限") || !strings.Contains(blank, "工作权限") || !strings.Contains(blank, "工作条件") {
		t.Error("a blank form should print the empty optional sections, a normal sheet should not")
	}
	if strings.Count(blank, "—") >= strings.Count(plain, "—") && strings.Contains(plain, "—") {
		t.Errorf("a blank form still prints dashes for empty sections (%d vs %d)", strings.Count(blank, "—"), strings.Count(plain, "—"))
	}
}

func render1(t *testing.T, doc *data.Document, ids []data.ID, opt Options) []byte {
	pdf, _ := render(t, roleSheetsFn(doc, ids, opt))
	return pdf
}

// onePixelPNG is a 1×1 PNG.
const onePixelPNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="

// TestOrganisationPrintSettings: version, effective date and the
// confidentiality mark print on every page header or footer and on the
// cover; the logo is embedded; a logo that is not a picture is left out
// with a warning.
func TestOrganisationPrintSettings(t *testing.T) {
	doc := richDoc()
	doc.Org.Version, doc.Org.Effective, doc.Org.Confidential, doc.Org.Logo = "V2.1", "2026-06-01", "内部资料 注意保密", onePixelPNG
	pdf, res := render(t, bookletFn(doc, Options{Date: fixedDate}))
	if n := logoWarnings(res.Warnings); n != 0 {
		t.Errorf("warnings about a good logo: %q", res.Warnings)
	}
	pages := strings.Split(pdfText(t, pdf, 0, 0), "\f")
	for i, p := range pages[1 : len(pages)-1] { // the cover is bare
		if !strings.Contains(p, "V2.1") || !strings.Contains(p, "2026-06-01") || !strings.Contains(p, "内部资料") {
			t.Fatalf("page %d lacks the version, effective date or confidentiality mark", i+2)
		}
	}
	if c := squash(pages[0]); !strings.Contains(c, "V2.1") || !strings.Contains(c, "内部资料注意保密") {
		t.Error("the cover lacks the version or the confidentiality mark")
	}
	if !strings.Contains(string(pdf), "/Subtype /Image") {
		t.Error("the logo is not embedded")
	}
	doc.Org.Logo = base64.StdEncoding.EncodeToString([]byte("not a picture"))
	_, res = render(t, bookletFn(doc, Options{Date: fixedDate}))
	if logoWarnings(res.Warnings) != 1 {
		t.Errorf("a bad logo gives warnings %q", res.Warnings)
	}
}

func logoWarnings(ws []string) int {
	n := 0
	for _, w := range ws {
		if strings.Contains(w, "PNG") {
			n++
		}
	}
	return n
}
