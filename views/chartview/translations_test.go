package chartview

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestTranslationsComplete checks that every key the package passes to
// i18n.L is in both of its translation files, and that the files hold no
// stale keys.
func TestTranslationsComplete(t *testing.T) {
	used := map[string]bool{}
	files, _ := filepath.Glob("*.go")
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
			if !ok {
				t.Errorf("%s: i18n.L with a non-literal key", fset.Position(call.Pos()))
				return true
			}
			key, _ := strconv.Unquote(lit.Value)
			used[key] = true
			return true
		})
	}
	for _, lang := range []string{"en", "zh"} {
		b, err := os.ReadFile(filepath.Join("..", "..", "resources", "translations", lang, "chartview.json"))
		if err != nil {
			t.Fatal(err)
		}
		var table map[string]string
		if err := json.Unmarshal(b, &table); err != nil {
			t.Fatalf("%s/chartview.json: %v", lang, err)
		}
		for k := range used {
			if table[k] == "" {
				t.Errorf("%s/chartview.json lacks %q", lang, k)
			}
		}
		for k, v := range table {
			if !used[k] {
				t.Errorf("%s/chartview.json has unused key %q", lang, k)
			}
			if strings.Count(k, "%") != strings.Count(v, "%") {
				t.Errorf("%s/chartview.json: %q and %q take different arguments", lang, k, v)
			}
		}
	}
}
