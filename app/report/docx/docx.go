// Package docx writes role sheets (岗位说明书) as an editable Word document
// (.docx, WordprocessingML), for HR departments that keep their job
// descriptions in Word or WPS.
//
// The content comes from report.RoleSheetContents, so the Word copy holds
// the same sections with the same words as the PDF role sheet; this
// package only lays it out: one bordered form per role (shaded label
// column, numbered responsibilities, a KPI table, qualifications, the
// signature block), each role in a section of its own that starts on a new
// page, names the role in its page header and numbers its pages from 1.
// Chinese text is set in 宋体 (SimSun) with a Latin font beside it, so Word
// and WPS pick a Chinese face on any system.
//
// The package writes the XML itself with archive/zip (see docs/word.md for
// why not a library). It has no Fyne imports.
package docx

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"orgdesigner/app/i18n"
	"orgdesigner/app/report"
	"orgdesigner/data"
)

// Options control the document.
type Options struct {
	// Paper is "A4" (default when empty), "A3" or "Letter".
	Paper string
	// Landscape turns the pages.
	Landscape bool
	// Date is stored as the document's creation date; zero means now.
	// With a fixed date the output is byte-for-byte the same.
	Date time.Time
	// Scenario names the scenario (方案) the document is, printed under
	// each role sheet's title and in its page header — as the PDF prints
	// it — so a draft is never taken for the organisation in force; empty
	// for the current organisation.
	Scenario string
	// Progress, when set, is called with the roles written so far and
	// their total, on the goroutine writing the document.
	Progress func(done, total int)
}

// Result describes a written document.
type Result struct {
	Roles int // role sheets written
}

// RoleSheets writes the role sheets of the given roles (none: every role,
// in print order) to out as a .docx. An unknown role id or an unknown
// paper size is an error and nothing is written; a cancelled ctx stops
// the work and returns ctx's error.
func RoleSheets(ctx context.Context, out io.Writer, doc *data.Document, roles []data.ID, opt Options) (Result, error) {
	page, err := pageOf(opt.Paper, opt.Landscape)
	if err != nil {
		return Result{}, err
	}
	c, err := report.RoleSheetContents(doc, roles)
	if err != nil {
		return Result{}, err
	}
	if opt.Date.IsZero() {
		opt.Date = time.Now()
	}
	w := &writer{c: c, page: page, opt: opt}
	if sc := strings.TrimSpace(opt.Scenario); sc != "" {
		w.scenario = i18n.In(c.Lang, "Scenario: %s", sc)
	}
	if err := w.write(ctx, out); err != nil {
		return Result{}, err
	}
	return Result{Roles: len(c.Sheets)}, nil
}

// Page geometry in twentieths of a point (twips): 1 mm ≈ 56.7 twips.
type page struct {
	w, h      int // paper size, already turned for landscape
	landscape bool
	margin    int // left and right
	top       int // top and bottom
}

// content is the width between the margins.
func (p page) content() int { return p.w - 2*p.margin }

func pageOf(paper string, landscape bool) (page, error) {
	var p page
	switch strings.ToLower(strings.TrimSpace(paper)) {
	case "", "a4":
		p.w, p.h = 11906, 16838
	case "a3":
		p.w, p.h = 16838, 23811
	case "letter":
		p.w, p.h = 12240, 15840
	default:
		return p, fmt.Errorf("%w: %s", data.ErrInvalid,
			i18n.L("Unknown paper size %q; use one of %s.", paper, strings.Join(report.Papers, ", ")))
	}
	if landscape {
		p.w, p.h = p.h, p.w
	}
	p.landscape, p.margin, p.top = landscape, 1134, 1134
	return p, nil
}

// writer builds one document.
type writer struct {
	c        *report.Contents
	page     page
	opt      Options
	scenario string // "方案：NAME", or "" for the current organisation
	zw       *zip.Writer
}

func (w *writer) write(ctx context.Context, out io.Writer) error {
	w.zw = zip.NewWriter(out)
	n := len(w.c.Sheets)
	var body bytes.Buffer
	body.Grow(n * 12 << 10)
	body.WriteString(xmlHead)
	body.WriteString(`<w:document ` + nsW + ` ` + nsR + `><w:body>`)
	for i := range w.c.Sheets {
		if i&15 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		w.sheet(&body, i)
		if w.opt.Progress != nil {
			w.opt.Progress(i+1, n)
		}
	}
	body.WriteString(`</w:body></w:document>`)
	parts := []struct {
		name string
		data []byte
	}{
		{"[Content_Types].xml", []byte(w.contentTypes())},
		{"_rels/.rels", []byte(rootRels)},
		{"docProps/core.xml", []byte(w.core())},
		{"docProps/app.xml", []byte(appXML)},
		{"word/document.xml", body.Bytes()},
		{"word/_rels/document.xml.rels", []byte(w.documentRels())},
		{"word/styles.xml", []byte(w.styles())},
		{"word/settings.xml", []byte(settingsXML)},
		{"word/fontTable.xml", []byte(fontTableXML)},
		{"word/numbering.xml", []byte(w.numbering())},
		{"word/footer1.xml", []byte(w.footer())},
	}
	for _, p := range parts {
		if err := w.put(p.name, p.data); err != nil {
			return err
		}
	}
	for i := range w.c.Sheets {
		if err := w.put(fmt.Sprintf("word/header%d.xml", i+1), []byte(w.header(&w.c.Sheets[i]))); err != nil {
			return err
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := w.zw.Close(); err != nil {
		return fmt.Errorf("write the Word document: %w", err)
	}
	return nil
}

// put adds one part to the package, dated so the output is reproducible.
func (w *writer) put(name string, b []byte) error {
	f, err := w.zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: w.opt.Date.UTC()})
	if err == nil {
		_, err = f.Write(b)
	}
	if err != nil {
		return fmt.Errorf("write the Word document: %w", err)
	}
	return nil
}

func (w *writer) contentTypes() string {
	var b strings.Builder
	b.WriteString(xmlHead + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/>` +
		`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
		`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
		`<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>` +
		`<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>` +
		`<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>` +
		`<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>` +
		`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
		`<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>`)
	for i := range w.c.Sheets {
		fmt.Fprintf(&b, `<Override PartName="/word/header%d.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>`, i+1)
	}
	b.WriteString(`</Types>`)
	return b.String()
}

func (w *writer) documentRels() string {
	var b strings.Builder
	b.WriteString(xmlHead + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rStyles" Type="` + relBase + `styles" Target="styles.xml"/>` +
		`<Relationship Id="rSettings" Type="` + relBase + `settings" Target="settings.xml"/>` +
		`<Relationship Id="rFonts" Type="` + relBase + `fontTable" Target="fontTable.xml"/>` +
		`<Relationship Id="rNumbering" Type="` + relBase + `numbering" Target="numbering.xml"/>` +
		`<Relationship Id="rFooter" Type="` + relBase + `footer" Target="footer1.xml"/>`)
	for i := range w.c.Sheets {
		fmt.Fprintf(&b, `<Relationship Id="rH%d" Type="`+relBase+`header" Target="header%d.xml"/>`, i+1, i+1)
	}
	b.WriteString(`</Relationships>`)
	return b.String()
}

func (w *writer) core() string {
	title := w.c.Org
	if len(w.c.Sheets) == 1 {
		title = w.c.Sheets[0].Heading + " — " + w.c.Sheets[0].Title
	} else if len(w.c.Sheets) > 0 {
		title = w.c.Sheets[0].Heading + " — " + w.c.Org
	}
	if w.scenario != "" {
		title += " — " + w.scenario
	}
	date := w.opt.Date.UTC().Format("2006-01-02T15:04:05Z")
	return xmlHead + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
		`xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ` +
		`xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
		`<dc:title>` + esc(title) + `</dc:title><dc:creator>OrgDesigner</dc:creator>` +
		`<dc:language>` + map[string]string{"zh": "zh-CN", "en": "en-GB"}[w.c.Lang] + `</dc:language>` +
		`<dcterms:created xsi:type="dcterms:W3CDTF">` + date + `</dcterms:created>` +
		`<dcterms:modified xsi:type="dcterms:W3CDTF">` + date + `</dcterms:modified></cp:coreProperties>`
}

// numbering has one decimal list; each role's responsibilities are a
// num of their own that restarts at 1.
func (w *writer) numbering() string {
	var b strings.Builder
	b.WriteString(xmlHead + `<w:numbering ` + nsW + `><w:abstractNum w:abstractNumId="0">` +
		`<w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>` +
		`<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="397" w:hanging="397"/></w:pPr></w:lvl>` +
		`</w:abstractNum>`)
	for i := range w.c.Sheets {
		fmt.Fprintf(&b, `<w:num w:numId="%d"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`, i+1)
	}
	b.WriteString(`</w:numbering>`)
	return b.String()
}

// header is a role's running header: the company (and the scenario) at
// the left, the department and role at the right, a rule below.
func (w *writer) header(s *report.SheetContent) string {
	left := s.Org
	if w.scenario != "" {
		left += " · " + w.scenario
	}
	right := s.Department + " · " + s.Title
	return xmlHead + `<w:hdr ` + nsW + ` ` + nsR + `><w:p><w:pPr><w:pStyle w:val="OrgHeader"/>` +
		`<w:tabs><w:tab w:val="right" w:pos="` + strconv.Itoa(w.page.content()) + `"/></w:tabs></w:pPr>` +
		run("", left) + `<w:r><w:tab/></w:r>` + run("", right) + `</w:p></w:hdr>`
}

// footer numbers the pages of each role ("Page n", n a field).
func (w *writer) footer() string {
	field := func(code string) string {
		return `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ` + code +
			` </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>` +
			`<w:r><w:fldChar w:fldCharType="end"/></w:r>`
	}
	p := w.c.PageN
	return xmlHead + `<w:ftr ` + nsW + ` ` + nsR + `><w:p><w:pPr><w:pStyle w:val="OrgFooter"/></w:pPr>` +
		run("", p[0]) + field("PAGE") + run("", p[1]) + `</w:p></w:ftr>`
}
