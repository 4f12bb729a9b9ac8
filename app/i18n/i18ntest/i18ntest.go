// Package i18ntest checks a view area's translation files against the
// code: every literal key passed to i18n.L or i18n.In is in both
// languages' file, no file holds unused keys, and each translation takes
// the same arguments as its key.
package i18ntest

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

// Check compares resources/translations/{en,zh}/<area>.json with the keys
// used by the non-test Go files in dirs. extra names keys the code builds
// from variables (e.g. a table of keys).
func Check(t *testing.T, area string, dirs []string, extra ...string) {
	t.Helper()
	if err := i18n.LoadError(); err != nil {
		t.Fatalf("translations: %v", err)
	}
	used := map[string]bool{}
	for _, k := range extra {
		used[k] = true
	}
	for _, dir := range dirs {
		usedIn(t, dir, used)
	}
	if len(used) == 0 {
		t.Fatal("found no translated strings")
	}
	for _, lang := range []string{i18n.English, i18n.Chinese} {
		file := read(t, lang, area)
		for key := range used {
			text, ok := file[key]
			if !ok {
				t.Errorf("%s/%s.json lacks %q", lang, area, key)
				continue
			}
			if got, want := verbs(text), verbs(key); !maps.Equal(got, want) {
				t.Errorf("%s %q: arguments %v, key has %v", lang, text, got, want)
			}
		}
		for _, key := range slices.Sorted(maps.Keys(file)) {
			if !used[key] {
				t.Errorf("%s/%s.json has unused key %q", lang, area, key)
			}
		}
	}
}

func usedIn(t *testing.T, dir string, used map[string]bool) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
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
			if !ok {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok || (sel.Sel.Name != "L" && sel.Sel.Name != "In") {
				return true
			}
			if pkg, ok := sel.X.(*ast.Ident); !ok || pkg.Name != "i18n" {
				return true
			}
			arg := 0
			if sel.Sel.Name == "In" {
				arg = 1
			}
			if len(call.Args) <= arg {
				return true
			}
			lit, ok := call.Args[arg].(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true // a key from a table: listed in extra
			}
			key, err := strconv.Unquote(lit.Value)
			if err != nil {
				t.Fatal(err)
			}
			used[key] = true
			return true
		})
	}
}

func read(t *testing.T, lang, area string) map[string]string {
	t.Helper()
	b, err := fs.ReadFile(resources.Translations, "translations/"+lang+"/"+area+".json")
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]string
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("%s/%s.json: %v", lang, area, err)
	}
	return m
}

var verbRe = regexp.MustCompile(`%(\[(\d+)\])?([a-z%])`)

// verbs maps argument number to verb letter, following explicit indexes
// such as %[2]s the way fmt does.
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
