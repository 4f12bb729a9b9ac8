package report

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"orgdesigner/data"
)

// TestLargeChartIsSplit: a chart too big for one page is split by
// department, every part is reachable, and the pages say where the chart
// continues.
func TestLargeChartIsSplit(t *testing.T) {
	doc := genDoc(300)
	w, err := newWriter(context.Background(), doc, Options{Date: fixedDate})
	if err != nil {
		t.Fatal(err)
	}
	parts := w.planChart()
	if len(parts) < 2 {
		t.Fatalf("%d chart part(s) for 300 roles", len(parts))
	}
	shown := map[data.ID]bool{}
	for _, p := range parts {
		if p.scale < minScale-1e-9 || p.scale > maxScale+1e-9 {
			t.Errorf("part %q printed at scale %.3f", p.title, p.scale)
		}
		for _, i := range p.nodes {
			if n := p.c.Nodes[i]; !n.HasHidden {
				shown[n.ID] = true
			}
		}
	}
	for _, r := range doc.Roles {
		if !shown[r.ID] {
			t.Errorf("role %s is on no chart page", r.ID)
		}
	}
	pdf, res := render(t, bookletFn(doc, Options{Date: fixedDate}))
	text := pdfText(t, pdf, 0, 0)
	for _, s := range []string{"→ 第", "上一级结构见第"} {
		if !strings.Contains(text, s) {
			t.Errorf("chart pages lack %q", s)
		}
	}
	if !bytes.Contains(pdf, []byte("/MediaBox [0 0 841.89 595.28]")) {
		t.Error("no landscape chart page")
	}
	if pdfPages(t, pdf) != res.Pages {
		t.Errorf("Result.Pages %d differs from the PDF", res.Pages)
	}
}

// TestTiledChart: a department too large even on its own is cut into
// tiles that point at each other.
func TestTiledChart(t *testing.T) {
	doc := genDoc(121) // few departments with many roles each
	for i := range doc.Departments {
		doc.Departments[i].Parent = ""
	}
	doc.Departments = doc.Departments[:1]
	for i := range doc.Roles[1:] {
		doc.Roles[i+1].Department = doc.Departments[0].ID
		doc.Roles[i+1].ReportsTo = doc.Roles[1].ID
	}
	doc.Roles[1].ReportsTo = "ceo"
	doc.Departments[0].Head = doc.Roles[1].ID
	doc.Reindex()
	if err := data.Validate(doc); err != nil {
		t.Fatal(err)
	}
	pdf, _ := render(t, bookletFn(doc, Options{Date: fixedDate}))
	text := pdfText(t, pdf, 0, 0)
	for _, s := range []string{"部分）", "续见第"} {
		if !strings.Contains(text, s) {
			t.Errorf("tiled chart pages lack %q", s)
		}
	}
}

// BenchmarkBooklet1000 is the booklet target: a 1,000-role document in
// ≤ 3 s and ≤ 10 MB.
func BenchmarkBooklet1000(b *testing.B) {
	doc := genDoc(1000)
	var size, pages int
	for b.Loop() {
		var out bytes.Buffer
		res, err := Booklet(context.Background(), &out, doc, Options{Date: fixedDate})
		if err != nil {
			b.Fatal(err)
		}
		size, pages = out.Len(), res.Pages
	}
	b.ReportMetric(float64(size)/1e6, "MB")
	b.ReportMetric(float64(pages), "pages")
}

// BenchmarkRoleSheet is the one-sheet target: ≤ 50 ms.
func BenchmarkRoleSheet(b *testing.B) {
	doc := genDoc(1000)
	id := []data.ID{doc.Roles[500].ID}
	for b.Loop() {
		var out bytes.Buffer
		if _, err := RoleSheets(context.Background(), &out, doc, id, Options{Date: fixedDate}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkStaffing1000 measures the staffing table of 1,000 roles.
func BenchmarkStaffing1000(b *testing.B) {
	doc := genDoc(1000)
	for b.Loop() {
		var out bytes.Buffer
		if _, err := Staffing(context.Background(), &out, doc, Options{Date: fixedDate}); err != nil {
			b.Fatal(err)
		}
	}
}
