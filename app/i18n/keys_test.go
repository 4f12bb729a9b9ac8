package i18n

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"orgdesigner/resources"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// usedKeys parses every Go file of the module and returns the string
// literals passed as keys to i18n.L, i18n.In (second argument) and
// i18n.Has, with their positions.
func usedKeys(t *testing.T) map[string]string {
	t.Helper()
	root := filepath.Join("..", "..")
	keys := map[string]string{}
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata" || d.Name() == "dist") && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			pkg, ok := sel.X.(*ast.Ident)
			if !ok || pkg.Name != "i18n" {
				return true
			}
			arg := -1
			switch sel.Sel.Name {
			case "L":
				arg = 0
			case "In":
				arg = 1
			}
			if arg < 0 || len(call.Args) <= arg {
				return true
			}
			if lit, ok := call.Args[arg].(*ast.BasicLit); ok && lit.Kind == token.STRING {
				if s, err := strconv.Unquote(lit.Value); err == nil {
					keys[s] = fset.Position(lit.Pos()).String()
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return keys
}

// TestEveryKeyTranslated fails when a string the code translates has no
// entry in either language.
func TestEveryKeyTranslated(t *testing.T) {
	if err := LoadError(); err != nil {
		t.Fatal(err)
	}
	for key, pos := range usedKeys(t) {
		for _, lang := range []string{Chinese, English} {
			if !Has(lang, key) {
				t.Errorf("%s: %q has no %s translation", pos, key, lang)
			}
		}
	}
}

// TestTablesMatch fails when one language has a key the other lacks, or an
// entry's fmt verbs differ between languages.
func TestTablesMatch(t *testing.T) {
	zh, en := map[string]bool{}, map[string]bool{}
	for _, k := range Keys(Chinese) {
		zh[k] = true
	}
	for _, k := range Keys(English) {
		en[k] = true
	}
	for k := range zh {
		if !en[k] {
			t.Errorf("%q is in zh but not en", k)
		}
	}
	for k := range en {
		if !zh[k] {
			t.Errorf("%q is in en but not zh", k)
		}
	}
	for k := range zh {
		if verbs(In(Chinese, k)) != verbs(k) || (en[k] && verbs(In(English, k)) != verbs(k)) {
			t.Errorf("%q: fmt verbs differ between languages", k)
		}
	}
}

// TestEnglishHasNoHan fails when an English entry contains Chinese, which
// would show Chinese UI text in English mode (content names such as the
// product's Chinese name in About are allowed through the allow list).
func TestEnglishHasNoHan(t *testing.T) {
	for _, k := range Keys(English) {
		v := In(English, k)
		// A key that itself quotes Chinese terms (column names such as 姓名
		// that users meet in their files) may keep them in English.
		if strings.IndexFunc(k, func(r rune) bool { return unicode.Is(unicode.Han, r) }) >= 0 {
			continue
		}
		for _, r := range v {
			if unicode.Is(unicode.Han, r) {
				t.Errorf("en entry for %q contains Chinese: %q", k, v)
				break
			}
		}
	}
}

func verbs(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+1 < len(s) {
			j := i + 1
			for j < len(s) && strings.IndexByte("0123456789.+-# []", s[j]) >= 0 {
				j++
			}
			if j < len(s) && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z') {
				c := s[j]
				if c == 'q' { // Chinese text quotes with “%s” instead of %q
					c = 's'
				}
				b.WriteByte(c)
			}
			i = j
		}
	}
	// Translations may reorder arguments with %[n]s: compare as a multiset.
	v := []byte(b.String())
	slices.Sort(v)
	return string(v)
}

func TestNormalize(t *testing.T) {
	cases := map[string]string{"zh_CN.UTF-8": Chinese, "zh": Chinese, "en_US.UTF-8": English, "en": English,
		"C": Chinese, "POSIX": Chinese, "": Chinese, "C.UTF-8": Chinese, "fr_FR": Chinese}
	for in, want := range cases {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
	env := map[string]string{"LANGUAGE": "en_GB:en", "LANG": "zh_CN.UTF-8"}
	if got := FromEnv(func(k string) string { return env[k] }); got != English {
		t.Errorf("FromEnv = %q", got)
	}
}

// TestAreasAgree fails when two area files translate the same key
// differently: only one of them would win at run time.
func TestAreasAgree(t *testing.T) {
	for _, lang := range []string{Chinese, English} {
		seen := map[string]string{} // key → "file: text"
		dir := "translations/" + lang
		entries, err := fs.ReadDir(resourcesFS(), dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			b, err := fs.ReadFile(resourcesFS(), dir+"/"+e.Name())
			if err != nil {
				t.Fatal(err)
			}
			var m map[string]string
			if err := json.Unmarshal(b, &m); err != nil {
				t.Fatalf("%s/%s: %v", dir, e.Name(), err)
			}
			for k, v := range m {
				if prev, ok := seen[k]; ok && !strings.HasSuffix(prev, "\x00"+v) {
					t.Errorf("%s: %q is %q in %s but %q in %s", lang, k, strings.SplitN(prev, "\x00", 2)[1], strings.SplitN(prev, "\x00", 2)[0], v, e.Name())
				}
				seen[k] = e.Name() + "\x00" + v
			}
		}
	}
}

func resourcesFS() fs.FS { return resources.Translations }

// TestChineseUsesFullWidthPunctuation: Chinese text puts ：；，（） next to
// Chinese characters, never ASCII : ; , ( ) — the mix ("已写入 a.pdf:共 8
// 页" beside "已写入 a.docx：5 份", "优势:专业能力深耕") reads as a typo.
func TestChineseUsesFullWidthPunctuation(t *testing.T) {
	// ASCII punctuation touching a Chinese character, or between a verb
	// like %d and one ("编制 %d,在岗").
	mixed := regexp.MustCompile(`\p{Han}[:;,(]|[:;,)]\p{Han}|%[a-z][,:;]\p{Han}|\p{Han}[:]%|\p{Han}[:]\d`)
	allowed := map[string]bool{
		"%s (copy)":  true, // a name suffix, as the window has it
		"Weight (%)": true, // a workbook column header: earlier exports carry it, and re-import reads them
	}
	for _, k := range Keys(Chinese) {
		if v := In(Chinese, k); !allowed[k] {
			if m := mixed.FindString(v); m != "" {
				t.Errorf("%q → %q: ASCII punctuation %q in Chinese text", k, v, m)
			}
		}
	}
}
