package report

import (
	"bytes"
	"compress/zlib"
	"io"
	"regexp"
	"testing"

	"orgdesigner/app/templates"
	"orgdesigner/data"
)

var (
	streamRE  = regexp.MustCompile(`(?s)stream\n(.*?)\nendstream`)
	literalRE = regexp.MustCompile(`\((?:\\.|[^\\)])*\)`)
	opRE      = regexp.MustCompile(`(?m)(?:^|\s)([qQ])(?:\s|$)`)
)

// TestGraphicsStateBalanced decompresses every page of the template's
// booklet and checks that each "q" has its "Q". fpdf's RoundedRect leaves a
// "q" open, which kept clipping paths in force and blanked chart slices;
// this guards against any drawing call doing that again.
func TestGraphicsStateBalanced(t *testing.T) {
	doc, err := templates.Load("internet-marketing", "zh")
	if err != nil {
		t.Fatal(err)
	}
	docs := map[string]*data.Document{"template": doc, "generated": genDoc(120)}
	for _, name := range []string{"template", "generated"} {
		pdf, _ := render(t, bookletFn(docs[name], Options{Date: fixedDate}))
		pages := 0
		for _, m := range streamRE.FindAllSubmatch(pdf, -1) {
			r, err := zlib.NewReader(bytes.NewReader(m[1]))
			if err != nil {
				continue
			}
			content, err := io.ReadAll(r)
			if err != nil || !bytes.Contains(content, []byte(" Td ")) {
				continue // not a page (fonts, images)
			}
			pages++
			depth := 0
			for _, op := range opRE.FindAllSubmatch(literalRE.ReplaceAll(content, nil), -1) {
				if op[1][0] == 'q' {
					depth++
				} else if depth--; depth < 0 {
					t.Fatalf("%s page %d: Q without q", name, pages)
				}
			}
			if depth != 0 {
				t.Errorf("%s page %d: %d graphics state(s) left open", name, pages, depth)
			}
		}
		if pages == 0 {
			t.Fatalf("%s: no page content found", name)
		}
	}
}
