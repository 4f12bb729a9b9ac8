package report

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"orgdesigner/resources"
)

// usedKeys returns the string literals this package passes as keys to
// i18n.L and i18n.In.
func usedKeys(t *testing.T) map[string]string {
	t.Helper()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	keys := map[string]string{}
	fset := token.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(file, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			if pkg, ok := sel.X.(*ast.Ident); !ok || pkg.Name != "i18n" {
				return true
			}
			arg := map[string]int{"L": 0, "In": 1}[sel.Sel.Name]
			if sel.Sel.Name != "L" && sel.Sel.Name != "In" || len(call.Args) <= arg {
				return true
			}
			if lit, ok := call.Args[arg].(*ast.BasicLit); ok && lit.Kind == token.STRING {
				k, _ := strconv.Unquote(lit.Value)
				keys[k] = fset.Position(lit.Pos()).String()
			}
			return true
		})
	}
	return keys
}

func readTable(t *testing.T, lang, area string) map[string]string {
	t.Helper()
	b, err := fs.ReadFile(resources.Translations, path.Join("translations", lang, area+".json"))
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]string
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("%s/%s.json: %v", lang, area, err)
	}
	return m
}

// TestTranslations: every key the reports use is in both report.json
// files, and no other area's file gives one of them a different text
// (tables are merged, so the reports would print the other text).
func TestTranslations(t *testing.T) {
	keys := usedKeys(t)
	if len(keys) < 50 {
		t.Fatalf("found only %d keys; is the parser broken?", len(keys))
	}
	for _, lang := range []string{"zh", "en"} {
		mine := readTable(t, lang, "report")
		for k, pos := range keys {
			if _, ok := mine[k]; !ok {
				t.Errorf("%s: key %q (%s) is missing from %s/report.json", lang, k, pos, lang)
			}
		}
		for k := range mine {
			if _, ok := keys[k]; !ok {
				t.Errorf("%s/report.json: key %q is not used", lang, k)
			}
		}
		entries, err := fs.ReadDir(resources.Translations, path.Join("translations", lang))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			area := strings.TrimSuffix(e.Name(), ".json")
			if area == "report" || area == e.Name() {
				continue
			}
			for k, v := range readTable(t, lang, area) {
				if m, ok := mine[k]; ok && m != v {
					t.Errorf("%s: key %q is %q in %s.json but %q in report.json", lang, k, v, area, m)
				}
			}
		}
	}
}
