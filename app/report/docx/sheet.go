package docx

import (
	"bytes"
	"encoding/xml"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"orgdesigner/app/report"
)

// The colours of the PDF role sheet (report/style.go), as Word writes them.
const (
	colText   = "22262B"
	colMuted  = "5F6B7A"
	colAccent = "1F4E79"
	colRule   = "8A96A3"
	colLabel  = "ECF1F6"
	colBand   = "D9E4EF"
	colWarn   = "C0392B"
)

// form is the geometry of one role's form table. Its grid is the union of
// the column edges every row needs — label | value | label | value for
// the basic information, label | content for the sections and three equal
// columns for the signatures — so all of them are one table that Word
// keeps together and edits as one.
type form struct {
	width, label int
	edges        []int // grid column edges from 0 to width
}

func newForm(width int, lang string) form {
	label := 1420
	if lang == "en" {
		label = 1900
	}
	edges := []int{0, label, width / 4, width / 3, width / 2, width/2 + label, 2 * width / 3, 3 * width / 4, width}
	slices.Sort(edges)
	return form{width: width, label: label, edges: slices.Compact(edges)}
}

// span is the number of grid columns between two edges.
func (f form) span(from, to int) int {
	return slices.Index(f.edges, to) - slices.Index(f.edges, from)
}

// cell is one table cell: its edges, shading and content (paragraphs or
// a nested table, as WordprocessingML).
type cell struct {
	from, to int
	fill     string
	center   bool // centred vertically
	body     string
}

// sheet writes role i: title, role name, the form, and the paragraph
// that ends its section (page header, page numbers from 1).
func (w *writer) sheet(b *bytes.Buffer, i int) {
	s := &w.c.Sheets[i]
	f := newForm(w.page.content(), w.c.Lang)
	b.WriteString(para("OrgTitle", "", run("", s.Heading)))
	if w.scenario != "" {
		b.WriteString(para("OrgScenario", "", run("", w.scenario)))
	}
	b.WriteString(para("OrgRole", "", run("", s.Title)))
	b.WriteString(`<w:tbl><w:tblPr><w:tblW w:w="` + strconv.Itoa(f.width) + `" w:type="dxa"/>` + borders("tblBorders", "single", 6) +
		`<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="45" w:type="dxa"/><w:left w:w="100" w:type="dxa"/>` +
		`<w:bottom w:w="45" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar>` +
		`<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>`)
	for k := 1; k < len(f.edges); k++ {
		b.WriteString(`<w:gridCol w:w="` + strconv.Itoa(f.edges[k]-f.edges[k-1]) + `"/>`)
	}
	b.WriteString(`</w:tblGrid>`)
	w.row(b, f, "", false, cell{0, f.width, colBand, false, para("OrgBand", "", run("", s.BasicLabel))})
	half := f.width / 2
	for _, r := range s.Basic {
		cells := []cell{w.labelCell(0, f.label, r[0].Label), valueCell(f.label, f.width, r[0])}
		if len(r) > 1 {
			cells = []cell{w.labelCell(0, f.label, r[0].Label), valueCell(f.label, half, r[0]),
				w.labelCell(half, half+f.label, r[1].Label), valueCell(half+f.label, f.width, r[1])}
		}
		w.row(b, f, "", true, cells...)
	}
	for k, sec := range s.Sections {
		body, empty := w.section(f, i, sec)
		height := ""
		if empty {
			height = `<w:trHeight w:val="850"/>` // a box to fill in
		}
		// The last section goes to the next page with the signatures
		// when they do not fit, so they never stand alone.
		last := k == len(s.Sections)-1 && strings.Count(body, "<w:p>") <= 6
		label := w.labelCell(0, f.label, sec.Label)
		if last {
			body, label.body = keepNext(body), keepNext(label.body)
		}
		w.row(b, f, height, last || len(body) < 2000, label, cell{f.label, f.width, "", false, body})
	}
	// The signing parties share the width equally (three or four: the
	// grid has edges at thirds and quarters).
	n := len(s.Signatures.Parties)
	at := func(k int) int { return k * f.width / n }
	var parties, lines []cell
	for k, p := range s.Signatures.Parties {
		parties = append(parties, cell{at(k), at(k + 1), colLabel, true, keepNext(para("OrgLabel", "", run("", p)))})
		lines = append(lines, cell{at(k), at(k + 1), "", false, para("OrgSign", "", "") +
			para("OrgSign", "", run("", s.Signatures.Sign)+blank()) +
			para("OrgSign", "", run("", s.Signatures.Date)+blank())})
	}
	w.row(b, f, "", true, parties...)
	w.row(b, f, `<w:trHeight w:val="1300"/>`, true, lines...)
	b.WriteString(`</w:tbl>`)
	sect := w.sectPr(i)
	if i == len(w.c.Sheets)-1 {
		b.WriteString(`<w:p><w:pPr><w:pStyle w:val="OrgEnd"/></w:pPr></w:p>` + sect)
		return
	}
	b.WriteString(`<w:p><w:pPr><w:pStyle w:val="OrgEnd"/>` + sect + `</w:pPr></w:p>`)
}

// sectPr ends role i's section: its page size, its own header, the
// shared footer and page numbers starting at 1.
func (w *writer) sectPr(i int) string {
	p := w.page
	orient := ""
	if p.landscape {
		orient = ` w:orient="landscape"`
	}
	return `<w:sectPr><w:headerReference w:type="default" r:id="rH` + strconv.Itoa(i+1) + `"/>` +
		`<w:footerReference w:type="default" r:id="rFooter"/><w:type w:val="nextPage"/>` +
		`<w:pgSz w:w="` + strconv.Itoa(p.w) + `" w:h="` + strconv.Itoa(p.h) + `"` + orient + `/>` +
		`<w:pgMar w:top="` + strconv.Itoa(p.top) + `" w:right="` + strconv.Itoa(p.margin) + `" w:bottom="` + strconv.Itoa(p.top) +
		`" w:left="` + strconv.Itoa(p.margin) + `" w:header="567" w:footer="567" w:gutter="0"/>` +
		`<w:pgNumType w:start="1"/><w:docGrid w:linePitch="312"/></w:sectPr>`
}

// row writes one table row; cantSplit keeps a short row on one page.
func (w *writer) row(b *bytes.Buffer, f form, height string, cantSplit bool, cells ...cell) {
	b.WriteString(`<w:tr><w:trPr>`)
	if cantSplit {
		b.WriteString(`<w:cantSplit/>`)
	}
	b.WriteString(height + `</w:trPr>`)
	for _, c := range cells {
		b.WriteString(`<w:tc><w:tcPr><w:tcW w:w="` + strconv.Itoa(c.to-c.from) + `" w:type="dxa"/>`)
		if n := f.span(c.from, c.to); n > 1 {
			b.WriteString(`<w:gridSpan w:val="` + strconv.Itoa(n) + `"/>`)
		}
		if c.fill != "" {
			b.WriteString(`<w:shd w:val="clear" w:color="auto" w:fill="` + c.fill + `"/>`)
		}
		if c.center {
			b.WriteString(`<w:vAlign w:val="center"/>`)
		}
		b.WriteString(`</w:tcPr>`)
		if c.body == "" {
			c.body = `<w:p/>`
		}
		b.WriteString(c.body + `</w:tc>`)
	}
	b.WriteString(`</w:tr>`)
}

func (w *writer) labelCell(from, to int, label string) cell {
	return cell{from, to, colLabel, true, para("OrgLabel", "", run("", label))}
}

func valueCell(from, to int, f report.Field) cell {
	color := ""
	if f.Warn {
		color = colWarn
	}
	return cell{from, to, "", true, para("", "", run(color, f.Value))}
}

// section lays out one section's content for the value cell of role i;
// empty reports a section with nothing in it.
func (w *writer) section(f form, i int, s report.CardSection) (body string, empty bool) {
	inner := f.width - f.label - 200 // the cell's text width
	var b strings.Builder
	switch {
	case len(s.Items) > 0 && s.Total != "":
		b.WriteString(weightedItems(s, i, inner))
	case len(s.Items) > 0:
		for _, it := range s.Items {
			b.WriteString(item(it, i))
		}
	case s.Table != nil:
		b.WriteString(kpiTable(s.Table, inner))
		b.WriteString(`<w:p><w:pPr><w:pStyle w:val="OrgEnd"/></w:pPr></w:p>`)
	case len(s.Fields) > 0:
		for _, fd := range s.Fields {
			b.WriteString(para("OrgField", "", styled("OrgLabelChar", fd.Label)+runs("", fd.Value)))
		}
	case strings.TrimSpace(s.Text) != "":
		for _, line := range strings.Split(strings.TrimRight(s.Text, "\n"), "\n") {
			b.WriteString(para("", "", run("", line)))
		}
	default:
		return `<w:p/>`, true
	}
	return b.String(), false
}

// item is one numbered responsibility of role i with its examples.
func item(it report.Item, i int) string {
	p := para("OrgItem", `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="`+strconv.Itoa(i+1)+`"/></w:numPr>`, runs("", it.Text))
	for _, ex := range it.Examples {
		p += para("OrgExample", "", runs("", ex))
	}
	return p
}

// weightedItems lays out weighted responsibilities as a borderless table:
// the items at the left, their weights aligned at the right, the total
// below them.
func weightedItems(s report.CardSection, i, width int) string {
	const ww = 900 // the weight column
	var b strings.Builder
	b.WriteString(`<w:tbl><w:tblPr><w:tblW w:w="` + strconv.Itoa(width) + `" w:type="dxa"/>` + borders("tblBorders", "nil", 0) +
		`<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>` +
		`<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>` +
		`<w:tblGrid><w:gridCol w:w="` + strconv.Itoa(width-ww) + `"/><w:gridCol w:w="` + strconv.Itoa(ww) + `"/></w:tblGrid>`)
	row := func(left, right string) {
		b.WriteString(`<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w="` + strconv.Itoa(width-ww) + `" w:type="dxa"/></w:tcPr>` +
			left + `</w:tc><w:tc><w:tcPr><w:tcW w:w="` + strconv.Itoa(ww) + `" w:type="dxa"/></w:tcPr>` + right + `</w:tc></w:tr>`)
	}
	for _, it := range s.Items {
		row(item(it, i), para("OrgWeight", "", run("", it.Weight)))
	}
	b.WriteString(`<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w="` + strconv.Itoa(width) +
		`" w:type="dxa"/><w:gridSpan w:val="2"/></w:tcPr>` + para("OrgTotal", "", run("", s.Total)) + `</w:tc></w:tr>`)
	b.WriteString(`</w:tbl><w:p><w:pPr><w:pStyle w:val="OrgEnd"/></w:pPr></w:p>`)
	return b.String()
}

// kpiTable is the KPI table nested in its section, header shaded and
// repeated on a following page.
func kpiTable(t *report.Table, width int) string {
	shares := []float64{0.41, 0.29, 0.16, 0.14}
	ws := make([]int, len(t.Header))
	for k := range ws {
		share := 1 / float64(len(ws))
		if len(ws) == len(shares) {
			share = shares[k]
		}
		ws[k] = int(float64(width) * share)
	}
	var b strings.Builder
	b.WriteString(`<w:tbl><w:tblPr><w:tblW w:w="` + strconv.Itoa(width) + `" w:type="dxa"/>` + borders("tblBorders", "single", 4) +
		`<w:tblLayout w:type="fixed"/><w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>`)
	for _, x := range ws {
		b.WriteString(`<w:gridCol w:w="` + strconv.Itoa(x) + `"/>`)
	}
	b.WriteString(`</w:tblGrid>`)
	rowXML := func(cells []string, header bool) {
		b.WriteString(`<w:tr><w:trPr><w:cantSplit/>`)
		if header {
			b.WriteString(`<w:tblHeader/>`)
		}
		b.WriteString(`</w:trPr>`)
		for k, c := range cells {
			b.WriteString(`<w:tc><w:tcPr><w:tcW w:w="` + strconv.Itoa(ws[k]) + `" w:type="dxa"/>`)
			style, jc := "OrgCell", ""
			if header {
				b.WriteString(`<w:shd w:val="clear" w:color="auto" w:fill="` + colBand + `"/>`)
				style = "OrgCellHead"
			} else if k < len(t.Align) {
				jc = map[string]string{"C": "center", "R": "right"}[t.Align[k]]
			}
			if jc != "" {
				jc = `<w:jc w:val="` + jc + `"/>`
			}
			b.WriteString(`<w:vAlign w:val="center"/></w:tcPr>` + para(style, jc, runs("", c)) + `</w:tc>`)
		}
		b.WriteString(`</w:tr>`)
	}
	rowXML(t.Header, true)
	for _, r := range t.Rows {
		rowXML(r, false)
	}
	b.WriteString(`</w:tbl>`)
	return b.String()
}

// ---- WordprocessingML pieces ----------------------------------------------------

// para is a paragraph with a style (optional), more paragraph properties
// and its runs.
func para(style, props, runs string) string {
	if style == "" && props == "" {
		return `<w:p>` + runs + `</w:p>`
	}
	st := ""
	if style != "" {
		st = `<w:pStyle w:val="` + style + `"/>`
	}
	return `<w:p><w:pPr>` + st + props + `</w:pPr>` + runs + `</w:p>`
}

// keepNext keeps the paragraphs of a cell with the next row: keepNext
// goes right after a paragraph's style, where the schema wants it.
func keepNext(body string) string {
	var b strings.Builder
	for {
		i := strings.Index(body, "<w:p>")
		if i < 0 {
			b.WriteString(body)
			return b.String()
		}
		b.WriteString(body[:i+5])
		body = body[i+5:]
		switch {
		case strings.HasPrefix(body, `<w:pPr><w:pStyle `):
			end := strings.Index(body, "/>") + 2
			b.WriteString(body[:end] + `<w:keepNext/>`)
			body = body[end:]
		case strings.HasPrefix(body, `<w:pPr>`):
			b.WriteString(`<w:pPr><w:keepNext/>`)
			body = body[len(`<w:pPr>`):]
		default:
			b.WriteString(`<w:pPr><w:keepNext/></w:pPr>`)
		}
	}
}

// run is one run of text in a colour ("" = the style's).
func run(color, text string) string {
	if text == "" {
		return ""
	}
	rpr := ""
	if color != "" {
		rpr = `<w:rPr><w:color w:val="` + color + `"/></w:rPr>`
	}
	return `<w:r>` + rpr + `<w:t xml:space="preserve">` + esc(text) + `</w:t></w:r>`
}

// runs is run for text that may hold line breaks.
func runs(color, text string) string {
	lines := strings.Split(text, "\n")
	var b strings.Builder
	for k, l := range lines {
		if k > 0 {
			b.WriteString(`<w:r><w:br/></w:r>`)
		}
		b.WriteString(run(color, l))
	}
	return b.String()
}

// styled is a run in a character style.
func styled(style, text string) string {
	return `<w:r><w:rPr><w:rStyle w:val="` + style + `"/></w:rPr><w:t xml:space="preserve">` + esc(text) + `</w:t></w:r>`
}

// blank is an underlined gap to sign or date on.
func blank() string {
	return `<w:r><w:rPr><w:u w:val="single"/></w:rPr><w:t xml:space="preserve">` + strings.Repeat("\u3000", 7) + `</w:t></w:r>`
}

// borders is a borders element with all six edges.
func borders(name, kind string, size int) string {
	e := `w:val="` + kind + `" w:sz="` + strconv.Itoa(size) + `" w:space="0" w:color="` + colRule + `"/>`
	return `<w:` + name + `><w:top ` + e + `<w:left ` + e + `<w:bottom ` + e + `<w:right ` + e +
		`<w:insideH ` + e + `<w:insideV ` + e + `</w:` + name + `>`
}

// esc escapes text for XML; characters XML cannot hold become U+FFFD.
func esc(s string) string {
	plain := utf8.ValidString(s)
	for i := 0; plain && i < len(s); i++ {
		c := s[i]
		plain = c >= 0x20 && c != '<' && c != '>' && c != '&' && c != '"' && c != '\'' && c != 0xEF // 0xEF: U+FFFE/FFFF
	}
	if plain {
		return s
	}
	var b bytes.Buffer
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}
