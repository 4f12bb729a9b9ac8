package docx

import "strings"

// Namespaces and relationship types of the package parts.
const (
	nsW     = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	nsR     = `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`
	relBase = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
	xmlHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
)

const rootRels = xmlHead + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="` + relBase + `officeDocument" Target="word/document.xml"/>` +
	`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
	`<Relationship Id="rId3" Type="` + relBase + `extended-properties" Target="docProps/app.xml"/>` +
	`</Relationships>`

const appXML = xmlHead + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
	`<Application>OrgDesigner</Application></Properties>`

// settingsXML: Word 2013+ layout, Chinese punctuation compressed.
const settingsXML = xmlHead + `<w:settings ` + nsW + `>` +
	`<w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/>` +
	`<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>` +
	`</w:settings>`

// fontTableXML describes the Chinese faces so Word finds them on a system
// that knows them only by their English names (SimSun, Microsoft YaHei).
const fontTableXML = xmlHead + `<w:fonts ` + nsW + `>` +
	`<w:font w:name="宋体"><w:altName w:val="SimSun"/><w:panose1 w:val="02010600030101010101"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>` +
	`<w:font w:name="微软雅黑"><w:altName w:val="Microsoft YaHei"/><w:panose1 w:val="020B0503020204020204"/><w:charset w:val="86"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>` +
	`<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>` +
	`<w:font w:name="Arial"><w:panose1 w:val="020B0604020202020204"/><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>` +
	`</w:fonts>`

// Fonts: body text in 宋体 with Times New Roman for Latin letters,
// headings and labels in 微软雅黑 with Arial — the pairs Chinese HR forms
// use. Word and WPS take w:eastAsia for Chinese characters.
const (
	bodyFonts = `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体" w:cs="Times New Roman"/>`
	headFonts = `<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="微软雅黑" w:cs="Arial"/>`
)

// styles are the document's paragraph and character styles; editing one
// in Word changes every role sheet alike.
func (w *writer) styles() string {
	var b strings.Builder
	lang := `<w:lang w:val="en-GB" w:eastAsia="zh-CN"/>`
	hint := ""
	if w.c.Lang == "zh" {
		lang = `<w:lang w:val="zh-CN" w:eastAsia="zh-CN"/>`
		hint = ` w:hint="eastAsia"`
	}
	b.WriteString(xmlHead + `<w:styles ` + nsW + `><w:docDefaults><w:rPrDefault><w:rPr>` +
		strings.Replace(bodyFonts, "/>", hint+"/>", 1) + `<w:color w:val="` + colText + `"/><w:sz w:val="21"/><w:szCs w:val="21"/>` + lang +
		`</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="300" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
		`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>`)
	para := func(id, name, ppr, rpr string) {
		b.WriteString(`<w:style w:type="paragraph" w:customStyle="1" w:styleId="` + id + `"><w:name w:val="` + name +
			`"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr>` + ppr + `</w:pPr><w:rPr>` + rpr + `</w:rPr></w:style>`)
	}
	char := func(id, name, rpr string) {
		b.WriteString(`<w:style w:type="character" w:customStyle="1" w:styleId="` + id + `"><w:name w:val="` + name +
			`"/><w:rPr>` + rpr + `</w:rPr></w:style>`)
	}
	muted := `<w:color w:val="` + colMuted + `"/>`
	para("OrgTitle", "Org Sheet Title", `<w:keepNext/><w:spacing w:before="0" w:after="80"/><w:jc w:val="center"/>`,
		headFonts+`<w:b/><w:bCs/><w:color w:val="`+colAccent+`"/><w:spacing w:val="20"/><w:sz w:val="36"/><w:szCs w:val="36"/>`)
	para("OrgScenario", "Org Scenario", `<w:keepNext/><w:spacing w:after="80"/><w:jc w:val="center"/>`,
		headFonts+`<w:color w:val="`+colAccent+`"/><w:sz w:val="22"/><w:szCs w:val="22"/>`)
	para("OrgRole", "Org Role Name", `<w:keepNext/><w:spacing w:after="200"/><w:jc w:val="center"/>`,
		headFonts+`<w:sz w:val="28"/><w:szCs w:val="28"/>`)
	para("OrgBand", "Org Form Band", `<w:keepNext/>`, headFonts+`<w:b/><w:bCs/><w:color w:val="`+colAccent+`"/><w:sz w:val="22"/>`)
	para("OrgLabel", "Org Form Label", `<w:jc w:val="center"/>`, headFonts+`<w:b/><w:bCs/><w:sz w:val="20"/>`)
	para("OrgItem", "Org Responsibility", `<w:spacing w:before="20" w:after="20"/>`, ``)
	para("OrgExample", "Org Example", `<w:ind w:left="397"/>`, muted+`<w:sz w:val="18"/><w:szCs w:val="18"/>`)
	para("OrgWeight", "Org Weight", `<w:spacing w:before="20"/><w:jc w:val="right"/>`, muted+`<w:sz w:val="18"/><w:szCs w:val="18"/>`)
	para("OrgTotal", "Org Weight Total", `<w:spacing w:before="40"/><w:jc w:val="right"/>`, muted+`<w:sz w:val="18"/><w:szCs w:val="18"/>`)
	para("OrgField", "Org Labelled Line", ``, ``)
	para("OrgCell", "Org Table Cell", ``, `<w:sz w:val="19"/><w:szCs w:val="19"/>`)
	para("OrgCellHead", "Org Table Header", `<w:keepNext/><w:jc w:val="center"/>`, headFonts+`<w:b/><w:bCs/><w:sz w:val="19"/><w:szCs w:val="19"/>`)
	para("OrgSign", "Org Signature Line", `<w:spacing w:before="140"/><w:ind w:left="113"/>`, muted)
	para("OrgHeader", "Org Page Header", `<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="4" w:color="`+colRule+`"/></w:pBdr>`,
		muted+`<w:sz w:val="17"/><w:szCs w:val="17"/>`)
	para("OrgFooter", "Org Page Footer", `<w:jc w:val="center"/>`, muted+`<w:sz w:val="17"/><w:szCs w:val="17"/>`)
	para("OrgEnd", "Org Spacer", `<w:spacing w:line="120" w:lineRule="exact"/>`, `<w:sz w:val="4"/><w:szCs w:val="4"/>`)
	char("OrgLabelChar", "Org Field Label", headFonts+`<w:color w:val="`+colMuted+`"/>`)
	b.WriteString(`</w:styles>`)
	return b.String()
}
