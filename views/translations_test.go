package views

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// TestEveryKeyIsTranslated reads this package's and views/projects'
// sources and checks every i18n.L key has an entry in both languages.
func TestEveryKeyIsTranslated(t *testing.T) {
	if err := i18n.LoadError(); err != nil {
		t.Fatal(err)
	}
	for _, dir := range []string{".", "projects"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			for _, key := range keysIn(t, f) {
				for _, lang := range []string{i18n.Chinese, i18n.English} {
					if !i18n.Has(lang, key) {
						t.Errorf("%s: %q has no %s translation", f, key, lang)
					}
				}
			}
		}
	}
}

func keysIn(t *testing.T, file string) []string {
	t.Helper()
	af, err := parser.ParseFile(token.NewFileSet(), file, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	ast.Inspect(af, func(n ast.Node) bool {
		c, ok := n.(*ast.CallExpr)
		if !ok || len(c.Args) == 0 {
			return true
		}
		sel, ok := c.Fun.(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "L" {
			return true
		}
		if id, ok := sel.X.(*ast.Ident); !ok || id.Name != "i18n" {
			return true
		}
		lit, ok := c.Args[0].(*ast.BasicLit)
		if !ok {
			t.Errorf("%s: i18n.L with a key that is not a literal", file)
			return true
		}
		key, _ := strconv.Unquote(lit.Value)
		keys = append(keys, key)
		return true
	})
	return keys
}

func TestRelabelSwitchesLanguage(t *testing.T) {
	m, _ := newTestWindow(t, templateDoc(t))
	m.SetMode(data.ModeMatrix)
	t.Cleanup(func() { i18n.SetLanguage(i18n.Chinese) })
	i18n.SetLanguage(i18n.English)
	m.Relabel()
	if got := m.Window().Title(); got != "测试公司 — OrgDesigner" {
		t.Errorf("title %q", got)
	}
	if got := m.Window().MainMenu().Items[1].Label; got != "Edit" {
		t.Errorf("second menu %q", got)
	}
	if m.toolbar.child.Text != "Add child role" || m.toolbar.modes[data.ModeMatrix].Text != "Matrix" {
		t.Errorf("toolbar %q / %q", m.toolbar.child.Text, m.toolbar.modes[data.ModeMatrix].Text)
	}
	if !strings.HasPrefix(m.status.totals.Text, "Planned ") || m.status.mode.Text != "Mode: Matrix" {
		t.Errorf("status %q / %q", m.status.totals.Text, m.status.mode.Text)
	}
	if m.outline.search.PlaceHolder != "Search roles, people, responsibilities…" {
		t.Errorf("search placeholder %q", m.outline.search.PlaceHolder)
	}
}
