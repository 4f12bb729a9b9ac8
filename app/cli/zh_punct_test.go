package cli

import (
	"encoding/json"
	"os"
	"regexp"
	"testing"
)

// TestChineseMessagesUseFullWidthPunctuation: the command line's Chinese
// messages put ：，（） next to Chinese text, never ASCII : , ( ) — the
// mix ("已写入 a.pdf:共 8 页" beside "已写入 a.docx：5 份") reads as a typo.
// The help's lines and the errors of the app layer the command line
// prints are checked too ("打印组织结构;--json 供脚本使用" slipped through when
// only : , ( ) were).
func TestChineseMessagesUseFullWidthPunctuation(t *testing.T) {
	// ASCII punctuation touching a Chinese character, or between a verb
	// like %d and one ("编制 %d,在岗").
	mixed := regexp.MustCompile(`\p{Han}[:;,(]|[:;,)]\p{Han}|%[a-z][,:;]\p{Han}|\p{Han}[:]%|\p{Han}[:]\d`)
	for _, area := range []string{"cli", "app"} {
		b, err := os.ReadFile("../../resources/translations/zh/" + area + ".json")
		if err != nil {
			t.Fatal(err)
		}
		var table map[string]string
		if err := json.Unmarshal(b, &table); err != nil {
			t.Fatal(err)
		}
		for k, v := range table {
			if m := mixed.FindString(v); m != "" && k != "%s (copy)" { // a name suffix, as the window has it
				t.Errorf("%s: %q → %q: ASCII punctuation %q in Chinese text", area, k, v, m)
			}
		}
	}
}
