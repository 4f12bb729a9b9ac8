package report

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"orgdesigner/app/templates"
	"orgdesigner/data"
)

// TestPoster: the whole chart on one large page, every role on it, text
// no smaller than 7 pt when the poster is big enough, and a warning when
// it is not.
func TestPoster(t *testing.T) {
	tpl, err := templates.Load("internet-marketing", "zh")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name   string
		doc    *data.Document
		poster string
		box    string
	}{
		{"template A2", tpl, "A2", "/MediaBox [0 0 1683.78 1190.55]"},
		{"company A0", realCompany("zh"), "A0", "/MediaBox [0 0 3370.39 2383.94]"},
		{"company custom", realCompany("en"), "1200x900", "/MediaBox [0 0 3401.57 2551.18]"},
	} {
		t.Run(c.name, func(t *testing.T) {
			pdf, res := render(t, func(ctx context.Context, out *bytes.Buffer) (Result, error) {
				return Poster(ctx, out, c.doc, Options{Date: fixedDate, Poster: c.poster})
			})
			if res.Pages != 1 || !bytes.Contains(pdf, []byte(c.box)) {
				t.Fatalf("%d pages; want one %s page", res.Pages, c.box)
			}
			for _, s := range fontSizes(t, pdf) {
				if s < minChartPt-1e-6 {
					t.Fatalf("text at %.2f pt", s)
				}
			}
			if len(res.Warnings) > 0 {
				t.Errorf("warnings: %q", res.Warnings)
			}
			text := squash(pdfText(t, pdf, 0, 0))
			for _, r := range c.doc.Roles {
				if !strings.Contains(text, squash(r.Title)) && !strings.Contains(text, squash(r.Title[:len(r.Title)/2])) {
					t.Errorf("role %q is not on the poster", r.Title)
				}
			}
		})
	}
	_, res := render(t, func(ctx context.Context, out *bytes.Buffer) (Result, error) {
		return Poster(ctx, out, realCompany("zh"), Options{Date: fixedDate, Poster: "A3"})
	})
	if len(res.Warnings) != 1 || !strings.Contains(res.Warnings[0], "7") {
		t.Errorf("a poster too small for 7 pt text: warnings %q", res.Warnings)
	}
	var buf bytes.Buffer
	if _, err := Poster(context.Background(), &buf, tpl, Options{Poster: "B9"}); !errors.Is(err, data.ErrInvalid) || buf.Len() > 0 {
		t.Errorf("unknown poster size: %v", err)
	}
}

// TestBookletWithPoster: a booklet with the poster option prints its
// chart as one poster page among the booklet's pages.
func TestBookletWithPoster(t *testing.T) {
	pdf, _ := render(t, bookletFn(realCompany("zh"), Options{Date: fixedDate, Poster: "A1"}))
	if n := bytes.Count(pdf, []byte("/MediaBox [0 0 2383.94 1683.78]")); n != 1 {
		t.Errorf("%d A1 pages in the booklet, want one", n)
	}
}
