package report

import (
	"os"
	"strings"
	"testing"

	"orgdesigner/app/cost"
	"orgdesigner/data"
)

// TestBookletCost: a document with salary bands gets its personnel cost
// in the staffing table (per role, per department subtotal, company
// total), under the summary line and in the department overviews; the
// 编制表 PDF prints the same.
func TestBookletCost(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		doc := pricedRich(lang)
		// One role without a band: printed without cost, and said so.
		doc.Roles = append(doc.Roles, data.Role{ID: "r-intern", Title: "实习生", Department: "d-mkt", Planned: 2, Order: 9})
		doc.Reindex()
		r := cost.Compute(doc)
		c := r.Company
		mkt := addAmount(addAmount(r.Role["r-mkt-head"], r.Role["r-analyst"]), r.Role["r-temp"])
		want := []string{money(c.PlannedMonthly), money(c.FilledMonthly), money(c.PlannedYearly), money(c.FilledYearly),
			money(mkt.PlannedMonthly), money(r.Role["r-analyst"].PlannedMonthly)}
		words := map[string][]string{"zh": {"月度编制成本", "月度在岗成本", "月度人力成本（含下级部门）", "社保公积金", "未设月薪带宽的岗位（成本未计入）：1 个", "实习生202——"},
			"en": {"Planned cost per month", "Filled cost per month", "Personnel cost per month (with sub-departments)", "on-cost",
				"Roles without a salary band (their cost is not counted): 1", "实习生202——"}}[lang]
		for _, name := range []string{"booklet", "staffing"} {
			var pdf []byte
			if name == "booklet" {
				pdf, _ = render(t, bookletFn(doc, Options{Date: fixedDate}))
			} else {
				pdf, _ = render(t, staffingFn(doc, Options{Date: fixedDate}))
			}
			if os.Getenv("KEEP_PDF") != "" {
				os.WriteFile("/tmp/cost-"+name+"-"+lang+".pdf", pdf, 0o644)
			}
			text := squash(pdfText(t, pdf, 0, 0))
			for _, s := range want {
				if !strings.Contains(text, squash(s)) {
					t.Errorf("%s %s lacks %q", lang, name, s)
				}
			}
			for i, s := range words {
				if i == 2 && name == "staffing" {
					continue // no department overviews
				}
				if !strings.Contains(text, squash(s)) {
					t.Errorf("%s %s lacks %q", lang, name, s)
				}
			}
			for _, size := range fontSizes(t, pdf) {
				if size < minChartPt-1e-9 {
					t.Fatalf("%s %s: text at %.2f pt", lang, name, size)
				}
			}
		}
	}
}

// TestUnpricedBookletHasNoCost: without any salary band nothing about
// cost is printed, and the roll-ups are not even computed.
func TestUnpricedBookletHasNoCost(t *testing.T) {
	calls := 0
	old := computeCost
	computeCost = func(doc *data.Document) *cost.Rollup { calls++; return cost.Compute(doc) }
	t.Cleanup(func() { computeCost = old })
	doc := richDoc()
	doc.Roles[0].Grade = "M5" // a grade without a grade table is no band
	for _, fn := range []func() []byte{
		func() []byte { pdf, _ := render(t, bookletFn(doc, Options{Date: fixedDate})); return pdf },
		func() []byte { pdf, _ := render(t, staffingFn(doc, Options{Date: fixedDate})); return pdf },
	} {
		text := pdfText(t, fn(), 0, 0)
		for _, s := range []string{"¥", "成本", "薪酬"} {
			if strings.Contains(text, s) {
				t.Errorf("an unpriced document prints %q", s)
			}
		}
	}
	if calls != 0 {
		t.Errorf("costs computed %d times for an unpriced document", calls)
	}
}

func TestMoney(t *testing.T) {
	for _, c := range []struct {
		v    float64
		want string
	}{{0, "¥0"}, {999.5, "¥1,000"}, {1234567.4, "¥1,234,567"}, {-2500, "−¥2,500"}} {
		if got := money(c.v); got != c.want {
			t.Errorf("money(%v) = %q, want %q", c.v, got, c.want)
		}
	}
	if moneyDiff(1200) != "+¥1,200" || moneyDiff(-800) != "−¥800" || moneyDiff(0.2) != "0" {
		t.Error("moneyDiff")
	}
}
