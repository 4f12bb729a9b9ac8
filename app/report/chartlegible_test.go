package report

import (
	"bytes"
	"compress/zlib"
	"context"
	"io"
	"regexp"
	"strconv"
	"testing"

	"orgdesigner/app/chart"
	"orgdesigner/app/templates"
	"orgdesigner/data"
)

var tfRE = regexp.MustCompile(`/F\w*\s+([\d.]+)\s+Tf`)

// fontSizes returns every font size set in the PDF's page content streams.
func fontSizes(t testing.TB, pdf []byte) []float64 {
	t.Helper()
	var out []float64
	for _, m := range streamRE.FindAllSubmatch(pdf, -1) {
		r, err := zlib.NewReader(bytes.NewReader(m[1]))
		if err != nil {
			continue
		}
		content, err := io.ReadAll(r)
		if err != nil {
			continue
		}
		for _, f := range tfRE.FindAllSubmatch(content, -1) {
			v, err := strconv.ParseFloat(string(f[1]), 64)
			if err != nil {
				t.Fatalf("font size %q", f[1])
			}
			out = append(out, v)
		}
	}
	return out
}

// legibilityDocs are the documents the chart rules are tried on.
func legibilityDocs(t *testing.T) map[string]*data.Document {
	docs := map[string]*data.Document{}
	for _, lang := range []string{"zh", "en"} {
		doc, err := templates.Load("internet-marketing", lang)
		if err != nil {
			t.Fatal(err)
		}
		docs["template-"+lang] = doc
		docs["company-"+lang] = realCompany(lang)
		if err := data.Validate(docs["company-"+lang]); err != nil {
			t.Fatal(err)
		}
	}
	return docs
}

// TestChartTextLegible: every booklet, in both languages and on every
// paper, prints no text below 7 pt — the chart pages included — and no
// chart card is cut by a page or column edge.
func TestChartTextLegible(t *testing.T) {
	for name, doc := range legibilityDocs(t) {
		for _, paper := range Papers {
			t.Run(name+"/"+paper, func(t *testing.T) {
				opt := Options{Paper: paper, Date: fixedDate}
				pdf, _ := render(t, bookletFn(doc, opt))
				sizes := fontSizes(t, pdf)
				if len(sizes) == 0 {
					t.Fatal("no font sizes found in the PDF")
				}
				least := sizes[0]
				for _, s := range sizes {
					least = min(least, s)
				}
				if least < minChartPt-1e-6 {
					t.Errorf("smallest text %.2f pt", least)
				}
				w, err := newWriter(context.Background(), doc, opt)
				if err != nil {
					t.Fatal(err)
				}
				checkNoCardCut(t, w.planChart())
			})
		}
	}
}

// checkNoCardCut checks every tile of every chart part: a card it shows
// is whole inside it, and every card of a part is whole in some tile.
func checkNoCardCut(t *testing.T, parts []*chartPart) {
	t.Helper()
	for _, p := range parts {
		if p.scale < minScale-1e-9 {
			t.Errorf("part %q at scale %.3f, below the 7 pt scale %.3f", p.title, p.scale, minScale)
		}
		for _, i := range p.nodes {
			r := p.c.Nodes[i].Rect
			whole := false
			for ti, tile := range p.tiles {
				if !overlaps(r, tile) {
					continue
				}
				if !contains(tile, r) {
					t.Errorf("part %q: card %q is cut by the edge of tile %d", p.title, p.c.Nodes[i].Label, ti)
				}
				whole = true
			}
			if !whole {
				t.Errorf("part %q: card %q is on no tile", p.title, p.c.Nodes[i].Label)
			}
		}
	}
}

func overlaps(a, b chart.Rect) bool {
	return a.X < b.Right() && b.X < a.Right() && a.Y < b.Bottom() && b.Y < a.Bottom()
}

func contains(outer, r chart.Rect) bool {
	const eps = 1e-6
	return r.X >= outer.X-eps && r.Y >= outer.Y-eps && r.Right() <= outer.Right()+eps && r.Bottom() <= outer.Bottom()+eps
}
