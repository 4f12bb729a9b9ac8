package wrapped

import (
	"fmt"
	"strings"
	"testing"
	"unicode"

	"orgdesigner/views/internal/uitest"
)

// em measures a Han character or full-width punctuation as 1 and anything
// else as 0.5, like a CJK font.
func em(r rune) float32 {
	if r >= 0x2E80 || unicode.Is(unicode.Han, r) {
		return 1
	}
	return 0.5
}

// importError is the kind of message the import wizard shows for a broken
// file: Chinese with punctuation, a file name, a row and a column.
const importError = "无法读取文件“en_orgchart_semicolon_broken.csv”：第 12 行的列数（7）与标题行（5）不一致。" +
	"请用 Excel 或 WPS 打开并检查分隔符（逗号、分号、制表符），另存为 CSV（UTF-8）后重新导入；" +
	"如果问题仍然存在，请联系《组织架构设计器》的技术支持！"

// checkRules fails when a line starts with closing punctuation or ends
// with opening punctuation, or when the lines lose or reorder text.
func checkRules(t *testing.T, text string, lines []string, width float32) {
	t.Helper()
	uitest.CheckKinsoku(t, fmt.Sprintf("width %g", width), lines)
	if got, want := strings.Join(lines, ""), strings.ReplaceAll(text, " ", ""); strings.ReplaceAll(got, " ", "") != want {
		t.Errorf("width %g: the lines say %q, not %q", width, got, text)
	}
}

func TestLinesKeepChineseRules(t *testing.T) {
	for width := float32(3); width <= 40; width += 0.5 {
		lines := Lines(importError, width, em)
		checkRules(t, importError, lines, width)
		for i, l := range lines {
			w := float32(0)
			for _, r := range l {
				w += em(r)
			}
			// A line holding a word wider than the whole line is split
			// between characters; the file name is the only one here.
			if w > width+0.001 && !strings.Contains(l, "csv") {
				t.Errorf("width %g: line %d is %g wide: %q", width, i, w, l)
			}
		}
	}
}

// Every break the rules forbid, one by one: the character that may not
// start a line falls exactly at the line's end.
func TestLinesNeverStartWithClosingPunctuation(t *testing.T) {
	for _, p := range "。，、；：！？）」》" {
		text := "一二三四五" + string(p) + "六七八九十"
		lines := Lines(text, 5, em) // 五 fills the line; p would start the next
		if len(lines) < 2 {
			t.Fatalf("%q: %q", p, lines)
		}
		checkRules(t, text, lines, 5)
	}
	for _, p := range "（「《“" {
		text := "一二三四" + string(p) + "五六七八九十"
		lines := Lines(text, 5, em) // p would end the first line
		checkRules(t, text, lines, 5)
	}
}

func TestLinesKeepLatinWords(t *testing.T) {
	text := "Could not read en_orgchart_semicolon_broken.csv: row 12 has 7 columns but the header has 5. " +
		"Check the separator (comma, semicolon or tab) and import again."
	words := strings.Fields(text)
	for width := float32(30); width <= 80; width++ {
		lines := Lines(text, width, em)
		for _, w := range words {
			found := false
			for _, l := range lines {
				if strings.Contains(" "+l+" ", " "+w+" ") {
					found = true
				}
			}
			if !found {
				t.Errorf("width %g: %q is split: %q", width, w, lines)
			}
		}
	}
}

func TestLinesReflowWithWidth(t *testing.T) {
	wide, narrow := Lines(importError, 40, em), Lines(importError, 12, em)
	if len(wide) >= len(narrow) || len(wide) < 2 {
		t.Fatalf("40 wide: %d lines, 12 wide: %d", len(wide), len(narrow))
	}
	if got := Lines("第一段。\n\n第三段", 0, em); strings.Join(got, "|") != "第一段。||第三段" {
		t.Errorf("without a width only hard breaks count: %q", got)
	}
	if Lines("", 10, em) != nil {
		t.Error("empty text has lines")
	}
}
