package templates

import (
	"encoding/json"
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// minimal is a valid one-department template file; the table below breaks
// it in one place at a time.
const minimal = `{"id":"mini","lang":"en","order":3,"name":"Mini","description":"d",
 "document":{"organisation":{"name":"Mini Ltd"},
  "departments":[{"id":"d1","name":"Sales","head":"r1","order":0}],
  "roles":[{"id":"r1","title":"Head of Sales","department":"d1","planned":1,"order":0}]}}`

// inEnglish switches the UI language to English for one test, so error
// texts can be matched.
func inEnglish(t *testing.T) {
	old := i18n.Language()
	i18n.SetLanguage(i18n.English)
	t.Cleanup(func() { i18n.SetLanguage(old) })
}

func TestReadCatalog(t *testing.T) {
	inEnglish(t)
	tests := []struct {
		name, file string
		wantErr    string // part of the error; "" for none
	}{
		{"valid", minimal, ""},
		{"not JSON", `{"id":`, "unexpected EOF"},
		{"unknown key", strings.Replace(minimal, `"order":3`, `"ordr":3`, 1), "unknown field"},
		{"unknown document key", strings.Replace(minimal, `"planned":1`, `"headcount":1`, 1), "unknown field"},
		{"bad id", strings.Replace(minimal, `"mini"`, `"Mini Template"`, 1), "lower-case"},
		{"bad language", strings.Replace(minimal, `"lang":"en"`, `"lang":"fr"`, 1), "not zh or en"},
		{"no name", strings.Replace(minimal, `"name":"Mini"`, `"name":" "`, 1), "name is empty"},
		{"no document", `{"id":"mini","lang":"en","name":"Mini"}`, "no document"},
		{"invalid document", strings.Replace(minimal, `"head":"r1"`, `"head":"r9"`, 1), "head role does not exist"},
		{"incomplete guidance", strings.Replace(minimal, `"order":3`, `"order":3,"guidance":{"title":"G"}`, 1), "three modes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := readCatalog(fstest.MapFS{
				"t/mini.json":  {Data: []byte(tt.file)},
				"t/README.md":  {Data: []byte("not a template")},
				"t/other.json": {Data: []byte(strings.Replace(minimal, `"mini"`, `"other"`, 1))},
				"t/sub/x.json": {Data: []byte("ignored: not at the top level")},
			}, "t")
			if tt.wantErr == "" {
				if c.err != nil || len(c.files) != 2 {
					t.Fatalf("err = %v, %d files, want none and 2", c.err, len(c.files))
				}
				return
			}
			if c.err == nil || !strings.Contains(c.err.Error(), tt.wantErr) {
				t.Fatalf("err = %v, want one containing %q", c.err, tt.wantErr)
			}
			if !errors.Is(c.err, data.ErrInvalid) {
				t.Errorf("err = %v, want it to wrap data.ErrInvalid", c.err)
			}
			if !strings.Contains(c.err.Error(), "mini") {
				t.Errorf("err = %v does not say which file", c.err)
			}
			if len(c.files) != 1 || c.files[0].ID != "other" {
				t.Errorf("the good file was not kept: %d files", len(c.files))
			}
		})
	}
}

func TestReadCatalogDuplicate(t *testing.T) {
	inEnglish(t)
	c := readCatalog(fstest.MapFS{
		"t/a.json": {Data: []byte(minimal)},
		"t/b.json": {Data: []byte(minimal)},
	}, "t")
	if c.err == nil || !strings.Contains(c.err.Error(), "already defined") || len(c.files) != 1 {
		t.Fatalf("err = %v, %d files; want a duplicate error and one file", c.err, len(c.files))
	}
}

func TestReadCatalogMissingFolder(t *testing.T) {
	if c := readCatalog(fstest.MapFS{}, "t"); c.err == nil || len(c.files) != 0 {
		t.Fatalf("err = %v, want an error for a missing folder", c.err)
	}
}

// FuzzParseFile: any bytes give a file or an error, never a panic, and an
// accepted file always loads into a valid document.
func FuzzParseFile(f *testing.F) {
	f.Add([]byte(minimal))
	f.Add([]byte(`{"id":"x","lang":"zh","name":"n","document":{}}`))
	f.Add([]byte(`{"id":"x","lang":"zh","name":"n","document":{"roles":[{"id":"a","title":"t","reportsTo":"a"}]}}`))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, b []byte) {
		file, err := parseFile("fuzz.json", b)
		if err != nil {
			return
		}
		doc, err := file.document()
		if err != nil {
			t.Fatalf("accepted file does not decode: %v", err)
		}
		if err := data.Validate(doc); err != nil {
			t.Fatalf("accepted file does not validate: %v", err)
		}
		if _, err := json.Marshal(doc); err != nil {
			t.Fatal(err)
		}
	})
}

// TestTranslations finds every i18n.L key in the package's code and wants
// it in both translation files.
func TestTranslations(t *testing.T) {
	if err := i18n.LoadError(); err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	keys := 0
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
			if x, ok := sel.X.(*ast.Ident); !ok || x.Name != "i18n" {
				return true
			}
			lit, ok := call.Args[0].(*ast.BasicLit)
			if !ok {
				t.Errorf("%s: i18n.L with a non-literal key", fset.Position(call.Pos()))
				return true
			}
			key, _ := strconv.Unquote(lit.Value)
			keys++
			for _, lang := range []string{i18n.Chinese, i18n.English} {
				if !i18n.Has(lang, key) {
					t.Errorf("%s: %q has no %s translation", fset.Position(call.Pos()), key, lang)
				}
			}
			return true
		})
	}
	if keys == 0 {
		t.Fatal("found no i18n.L calls")
	}
}

func TestErrorsAreTranslated(t *testing.T) {
	inEnglish(t)
	i18n.SetLanguage(i18n.Chinese)
	_, err := Load("nope", "zh")
	if err == nil || !strings.Contains(err.Error(), "未知的模板") {
		t.Errorf("Chinese UI: err = %v", err)
	}
	i18n.SetLanguage(i18n.English)
	_, err = Load("nope", "zh")
	if err == nil || !strings.Contains(err.Error(), "Unknown template") {
		t.Errorf("English UI: err = %v", err)
	}
}
