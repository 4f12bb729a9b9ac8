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
func TestChineseMessagesUseFullWidthPunctuation(t *testing.T) {
	b, err := os.ReadFile("../../resources/translations/zh/cli.json")
	if err != nil {
		t.Fatal(err)
	}
	var table map[string]string
	if err := json.Unmarshal(b, &table); err != nil {
		t.Fatal(err)
	}
	// ASCII punctuation touching a Chinese character, or between a verb
	// like %d and one ("编制 %d,在岗").
	mixed := regexp.MustCompile(`\p{Han}[:,(]|[:,)]\p{Han}|%[a-z][,:]\p{Han}|\p{Han}[:]%|\p{Han}[:]\d`)
	for k, v := range table {
		if m := mixed.FindString(v); m != "" {
			t.Errorf("%q → %q: ASCII punctuation %q in Chinese text", k, v, m)
		}
	}
}
