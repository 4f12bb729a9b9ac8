package sheets

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"orgdesigner/app/i18n"
)

// usedKeys collects the translation keys in the package's source: string
// literals passed to tr, trn, x.t, line, linen and i18n.L, and the values of the
// problem key tables (problemKeys, structureProblemKeys …) and fieldLabels.
func usedKeys(t *testing.T) map[string]bool {
	files, _ := filepath.Glob("*.go")
	keys := map[string]bool{}
	fset := token.NewFileSet()
	lit := func(e ast.Expr) {
		if b, ok := e.(*ast.BasicLit); ok && b.Kind == token.STRING {
			if s, err := strconv.Unquote(b.Value); err == nil {
				keys[s] = true
			}
		}
	}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				switch fn := n.Fun.(type) {
				case *ast.Ident:
					if fn.Name == "tr" && len(n.Args) > 1 {
						lit(n.Args[1])
					}
					if fn.Name == "line" && len(n.Args) > 0 {
						lit(n.Args[0])
					}
					if fn.Name == "trn" && len(n.Args) > 3 {
						lit(n.Args[2])
						lit(n.Args[3])
					}
					if fn.Name == "linen" && len(n.Args) > 2 {
						lit(n.Args[1])
						lit(n.Args[2])
					}
				case *ast.SelectorExpr:
					if (fn.Sel.Name == "t" || fn.Sel.Name == "L") && len(n.Args) > 0 {
						lit(n.Args[0])
					}
				}
			case *ast.ValueSpec:
				for i, id := range n.Names {
					if (strings.HasSuffix(strings.ToLower(id.Name), "problemkeys") || id.Name == "fieldLabels") && i < len(n.Values) {
						if cl, ok := n.Values[i].(*ast.CompositeLit); ok {
							for _, el := range cl.Elts {
								lit(el.(*ast.KeyValueExpr).Value)
							}
						}
					}
				}
			}
			return true
		})
	}
	return keys
}

func TestEveryKeyTranslated(t *testing.T) {
	if err := i18n.LoadError(); err != nil {
		t.Fatal(err)
	}
	keys := usedKeys(t)
	if len(keys) < 80 {
		t.Fatalf("found only %d keys; the scanner is broken", len(keys))
	}
	for k := range keys {
		for _, lang := range []string{"zh", "en"} {
			if !i18n.Has(lang, k) {
				t.Errorf("%s: no translation for %q", lang, k)
			}
		}
		if strings.ContainsAny(k, "abcdefghijklmnopqrstuvwxyz") && i18n.In("zh", k) == k {
			t.Errorf("zh translation of %q is the English key", k)
		}
		if strings.Count(k, "%") != strings.Count(i18n.In("zh", k), "%") {
			t.Errorf("zh translation of %q has other format verbs", k)
		}
	}
}
