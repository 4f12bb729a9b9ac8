package chart

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"image"
	"image/png"
	"io"
	"os"
	"slices"
	"strings"
	"testing"

	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

func TestWriteSVG(t *testing.T) {
	doc := sampleDoc()
	doc.Roles[1].Title = `副总 <"&'> 经理`          // must be escaped
	doc.Roles[3].Title = "一个名字非常非常非常非常非常长的岗位名称" // cut on the card, whole in its tooltip
	for _, o := range []Options{{Mode: data.ModeMatrix}, {Compact: true, Orientation: LeftRight}, {Mode: data.ModeProject}} {
		c := Build(doc, o)
		var buf bytes.Buffer
		if err := WriteSVG(&buf, c, doc, nil, DefaultStyle()); err != nil {
			t.Fatal(err)
		}
		texts := parseSVG(t, buf.Bytes())
		all := strings.Join(texts, "\n")
		for _, n := range c.Nodes {
			if !strings.Contains(all, n.Label) {
				t.Errorf("%+v: label %q missing", o, n.Label)
			}
		}
		cut := slices.ContainsFunc(texts, func(s string) bool {
			return strings.HasPrefix(s, "一个名字") && strings.HasSuffix(s, "…")
		})
		if !cut && o.Mode != data.ModeProject {
			t.Errorf("%+v: the long title was not cut with an ellipsis", o)
		}
		if !strings.Contains(buf.String(), `font-family="&#39;WenQuanYi Micro Hei&#39;`) {
			t.Errorf("font family not set: %.300s", buf.String())
		}
		if o.Mode == data.ModeMatrix && (!strings.Contains(all, "项目汇报") || !strings.Contains(buf.String(), "stroke-dasharray")) {
			t.Error("matrix chart without its dashed, labelled dotted line")
		}
		if o.Mode != data.ModeProject && !strings.Contains(all, "空缺") {
			t.Error("no 空缺 on vacant roles of a Chinese document")
		}
	}
}

// parseSVG checks the document is well-formed XML with an svg root and
// returns the text of its <text> and <title> elements.
func parseSVG(t *testing.T, b []byte) []string {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(b))
	var texts []string
	var inText, sawRoot bool
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if !sawRoot && (tok.Name.Local != "svg" || tok.Name.Space != "http://www.w3.org/2000/svg") {
				t.Fatalf("root element %v", tok.Name)
			}
			sawRoot = true
			inText = tok.Name.Local == "text" || tok.Name.Local == "title"
		case xml.CharData:
			if inText {
				texts = append(texts, string(tok))
			}
		case xml.EndElement:
			inText = false
		}
	}
	if !sawRoot {
		t.Fatal("no svg element")
	}
	return texts
}

func TestWriteZeroArguments(t *testing.T) {
	c := Build(nil, Options{})
	if err := WriteSVG(io.Discard, c, nil, nil, Style{}); err != nil {
		t.Errorf("SVG of an empty document: %v", err)
	}
	if err := WritePNG(io.Discard, c, nil, nil, 1, Style{}); err != nil {
		t.Errorf("PNG of an empty document: %v", err)
	}
	if WriteSVG(io.Discard, nil, nil, nil, Style{}) == nil || WritePNG(io.Discard, nil, nil, nil, 1, Style{}) == nil {
		t.Error("a nil chart was accepted")
	}
}

func TestWriteSVGEnglish(t *testing.T) {
	doc := sampleDoc()
	doc.Org.Lang = "en"
	var buf bytes.Buffer
	if err := WriteSVG(&buf, Build(doc, Options{}), doc, nil, DefaultStyle()); err != nil {
		t.Fatal(err)
	}
	all := strings.Join(parseSVG(t, buf.Bytes()), "\n")
	for _, want := range []string{"Vacant", "Filled 2 / planned 3", "1 vacant", "李四, 王五"} {
		if !strings.Contains(all, want) {
			t.Errorf("English picture lacks %q", want)
		}
	}
}

func TestWriteSVGArea(t *testing.T) {
	doc := sampleDoc()
	c := Build(doc, Options{})
	area := c.Nodes[c.Index("mkt-staff")].Rect
	var buf bytes.Buffer
	if err := WriteSVG(&buf, c, doc, &area, DefaultStyle()); err != nil {
		t.Fatal(err)
	}
	all := strings.Join(parseSVG(t, buf.Bytes()), "\n")
	if !strings.Contains(all, "市场专员") || strings.Contains(all, "技术部") {
		t.Errorf("area export drew the wrong cards: %q", all)
	}
	if err := WriteSVG(io.Discard, c, doc, &Rect{0, 0, 0, 10}, DefaultStyle()); err == nil {
		t.Error("an empty area was accepted")
	}
}

func TestWritePNG(t *testing.T) {
	doc := sampleDoc()
	c := Build(doc, Options{Mode: data.ModeMatrix})
	root := c.Nodes[0].Rect
	for _, tc := range []struct {
		scale float64
		area  *Rect
	}{{1, nil}, {2, nil}, {0.5, &Rect{root.X - 60, root.Y - 10, 301, 123}}} {
		var buf bytes.Buffer
		if err := WritePNG(&buf, c, doc, tc.area, tc.scale, DefaultStyle()); err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(&buf)
		if err != nil {
			t.Fatalf("PNG does not decode: %v", err)
		}
		a := exportArea(c, tc.area, DefaultStyle())
		wantW, wantH := int(ceil(a.W*tc.scale)), int(ceil(a.H*tc.scale))
		if b := img.Bounds(); b.Dx() != wantW || b.Dy() != wantH {
			t.Errorf("scale %v: size %v, want %d×%d", tc.scale, b.Size(), wantW, wantH)
		}
		if _, _, _, alpha := img.At(b0(img)).RGBA(); alpha != 0xFFFF {
			t.Errorf("scale %v: the background is not opaque", tc.scale)
		}
		if share := inkShare(img); share < 0.02 {
			t.Errorf("scale %v: only %.3f of the pixels are drawn", tc.scale, share)
		}
	}
}

// b0 returns the bottom-right pixel, the one a rounding error would miss.
func b0(img image.Image) (int, int) { return img.Bounds().Max.X - 1, img.Bounds().Max.Y - 1 }

func ceil(v float64) float64 {
	if v == float64(int(v)) {
		return v
	}
	return float64(int(v) + 1)
}

// inkShare returns the share of pixels that are not the white background.
func inkShare(img image.Image) float64 {
	b := img.Bounds()
	ink := 0
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if r, g, bl, _ := img.At(x, y).RGBA(); r < 0xF000 || g < 0xF000 || bl < 0xF000 {
				ink++
			}
		}
	}
	return float64(ink) / float64(b.Dx()*b.Dy())
}

// TestWritePNGDrawsChinese renders one card at a large scale and checks the
// title area holds dark text pixels, which only a CJK-capable font gives.
func TestWritePNGDrawsChinese(t *testing.T) {
	doc := sampleDoc()
	c := Build(doc, Options{})
	r := c.Nodes[c.Index("vp")].Rect
	title := Rect{r.X + 10, r.Y + 8, 60, 18} // 副总经理 in 14-unit type
	var buf bytes.Buffer
	if err := WritePNG(&buf, c, doc, &title, 4, DefaultStyle()); err != nil {
		t.Fatal(err)
	}
	img, _ := png.Decode(&buf)
	dark := 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if r, _, _, _ := img.At(x, y).RGBA(); r < 0x6000 {
				dark++
			}
		}
	}
	if share := float64(dark) / float64(b.Dx()*b.Dy()); share < 0.05 {
		t.Errorf("title area has %.3f dark pixels; Chinese glyphs missing?", share)
	}
}

func TestWritePNGTooLarge(t *testing.T) {
	doc := sampleDoc()
	c := Build(doc, Options{})
	huge := &Rect{0, 0, 100000, 100000}
	var buf bytes.Buffer
	err := WritePNG(&buf, c, doc, huge, 1, DefaultStyle())
	var tl *TooLargeError
	if !errors.As(err, &tl) || tl.Width != 100000 || buf.Len() != 0 {
		t.Fatalf("err = %v, %d bytes written", err, buf.Len())
	}
	if !strings.Contains(err.Error(), "100000") {
		t.Errorf("message %q does not give the size", err)
	}
	s := FitScale(*huge, 1)
	if px := 100000 * s * 100000 * s; px > MaxPNGPixels || px < MaxPNGPixels*0.9 {
		t.Errorf("FitScale gave %v (%v pixels)", s, px)
	}
	if FitScale(Rect{0, 0, 100, 100}, 2) != 2 {
		t.Error("FitScale changed a scale that fits")
	}
	for _, bad := range []float64{0, -1} {
		if err := WritePNG(io.Discard, c, doc, nil, bad, DefaultStyle()); err == nil {
			t.Errorf("scale %v accepted", bad)
		}
	}
}

// TestTranslations checks that every text the package translates is in
// both of its translation files, and that the files hold nothing else.
func TestTranslations(t *testing.T) {
	keys := []string{"Company", "Vacant", "Filled %d / planned %d", "Planned %d · filled %d", "%d vacant",
		"%d over", "Owner: %s", "%d members", "Unassigned",
		"The picture would be %d × %d pixels, more than the limit of %d million pixels. Export a smaller area, use a smaller scale, or export SVG."}
	if err := i18n.LoadError(); err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"en", "zh"} {
		b, err := os.ReadFile("../../resources/translations/" + lang + "/chart.json")
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]string
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatalf("%s/chart.json: %v", lang, err)
		}
		for _, k := range keys {
			if m[k] == "" {
				t.Errorf("%s/chart.json lacks %q", lang, k)
			}
			if strings.Count(m[k], "%") != strings.Count(k, "%") {
				t.Errorf("%s/chart.json: %q has other verbs than its key", lang, k)
			}
		}
		if len(m) != len(keys) {
			t.Errorf("%s/chart.json has %d entries, the package uses %d", lang, len(m), len(keys))
		}
	}
}
