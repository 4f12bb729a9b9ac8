package check

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"maps"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"orgdesigner/app/i18n"
	"orgdesigner/resources"
)

// usedKeys returns every literal key the package's non-test code passes to
// i18n.L, read from the source so no key can be missed.
func usedKeys(t *testing.T) map[string]bool {
	t.Helper()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	keys := map[string]bool{}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) == 0 {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok || sel.Sel.Name != "L" {
				return true
			}
			if pkg, ok := sel.X.(*ast.Ident); !ok || pkg.Name != "i18n" {
				return true
			}
			lit, ok := call.Args[0].(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				t.Errorf("%s: i18n.L with a non-literal key", fset.Position(call.Pos()))
				return true
			}
			key, err := strconv.Unquote(lit.Value)
			if err != nil {
				t.Fatal(err)
			}
			keys[key] = true
			return true
		})
	}
	if len(keys) == 0 {
		t.Fatal("found no i18n.L calls")
	}
	return keys
}

func areaFile(t *testing.T, lang string) map[string]string {
	t.Helper()
	b, err := fs.ReadFile(resources.Translations, "translations/"+lang+"/check.json")
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]string
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("%s/check.json: %v", lang, err)
	}
	return m
}

var verbRe = regexp.MustCompile(`%(\[(\d+)\])?([a-z%])`)

// verbs maps argument number to verb letter, following explicit indexes
// such as %[2]d the way fmt does.
func verbs(s string) map[int]string {
	out := map[int]string{}
	next := 1
	for _, m := range verbRe.FindAllStringSubmatch(s, -1) {
		if m[3] == "%" {
			continue
		}
		if m[2] != "" {
			next, _ = strconv.Atoi(m[2])
		}
		out[next] = m[3]
		next++
	}
	return out
}

// TestTranslationFiles checks that every key the code uses is in both
// check.json files, that the files hold no other keys, and that each text
// takes the same arguments as its key.
func TestTranslationFiles(t *testing.T) {
	if err := i18n.LoadError(); err != nil {
		t.Fatalf("translations: %v", err)
	}
	used := usedKeys(t)
	for _, lang := range []string{"en", "zh"} {
		file := areaFile(t, lang)
		for key := range used {
			text, ok := file[key]
			if !ok {
				t.Errorf("%s/check.json lacks %q", lang, key)
				continue
			}
			if got, want := verbs(text), verbs(key); !maps.Equal(got, want) {
				t.Errorf("%s %q: arguments %v, key has %v", lang, text, got, want)
			}
		}
		for _, key := range slices.Sorted(maps.Keys(file)) {
			if !used[key] {
				t.Errorf("%s/check.json has unused key %q", lang, key)
			}
		}
	}
}
