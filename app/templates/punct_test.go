package templates

import (
	"encoding/json"
	"testing"

	"orgdesigner/app/report/textlayout"
)

// TestChinesePunctuation: the Chinese templates write , ; : ( ) ? ! full
// width next to Chinese characters (names, mottos, responsibilities,
// guidance): every string of their documents and guidance is already in
// the form textlayout.NormalisePunct gives.
func TestChinesePunctuation(t *testing.T) {
	list := List("zh")
	if len(list) == 0 {
		t.Fatal("no Chinese templates")
	}
	var strs []string
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case string:
			strs = append(strs, x)
		case []any:
			for _, e := range x {
				walk(e)
			}
		case map[string]any:
			for _, e := range x {
				walk(e)
			}
		}
	}
	collect := func(v any) {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		var g any
		if err := json.Unmarshal(b, &g); err != nil {
			t.Fatal(err)
		}
		walk(g)
	}
	for _, info := range list {
		doc, err := Load(info.ID, "zh")
		if err != nil {
			t.Fatal(err)
		}
		collect(doc)
		collect(info)
	}
	collect(Guidance("zh"))
	bad := 0
	for _, s := range strs {
		if n := textlayout.NormalisePunct(s); n != s {
			bad++
			if bad <= 10 {
				t.Errorf("ASCII punctuation in Chinese text: %q (want %q)", s, n)
			}
		}
	}
	if len(strs) < 100 {
		t.Fatalf("only %d strings found in the Chinese templates", len(strs))
	}
}
