// Package i18n is OrgDesigner's translation layer. Keys are the English
// source text ("Save", "Imported %d people"); resources/translations holds
// one flat JSON map per language and area. It is Fyne-free so app/ packages
// (import reports, PDF headings) translate too, and it switches language at
// run time, which Fyne's own lang package cannot.
package i18n

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"orgdesigner/resources"
)

// Supported languages.
const (
	Chinese = "zh"
	English = "en"
)

var (
	loadOnce sync.Once
	tables   map[string]map[string]string // lang → key → text
	loadErr  error
	current  atomic.Value // string
)

func load() {
	tables = map[string]map[string]string{Chinese: {}, English: {}}
	for lang := range tables {
		dir := path.Join("translations", lang)
		entries, err := fs.ReadDir(resources.Translations, dir)
		if err != nil {
			loadErr = err
			continue
		}
		for _, e := range entries {
			if !strings.HasSuffix(e.Name(), ".json") {
				continue
			}
			b, err := fs.ReadFile(resources.Translations, path.Join(dir, e.Name()))
			if err != nil {
				loadErr = err
				continue
			}
			var m map[string]string
			if err := json.Unmarshal(b, &m); err != nil {
				loadErr = fmt.Errorf("translations %s/%s: %w", lang, e.Name(), err)
				continue
			}
			for k, v := range m {
				tables[lang][k] = v
			}
		}
	}
}

// LoadError reports a translation file that could not be read (tests use it).
func LoadError() error { loadOnce.Do(load); return loadErr }

// SetLanguage switches the UI language ("zh" or "en"; anything else is
// treated by FromLocale).
func SetLanguage(lang string) { current.Store(Normalize(lang)) }

// Language returns the current UI language.
func Language() string {
	if l, ok := current.Load().(string); ok {
		return l
	}
	return Chinese
}

// Normalize maps "zh", "zh-CN", "zh_CN.UTF-8", "en_US" … to Chinese or
// English. Unknown or unparseable values (C, POSIX, "") give Chinese, the
// product's first language.
func Normalize(locale string) string {
	l := strings.ToLower(strings.TrimSpace(locale))
	switch {
	case strings.HasPrefix(l, "en"):
		return English
	default:
		return Chinese
	}
}

// L translates key into the current language; args are applied with
// fmt.Sprintf.
func L(key string, args ...any) string { return In(Language(), key, args...) }

// In translates key into lang ("zh" or "en"), e.g. for a PDF written in the
// document's content language. A missing entry falls back to the key.
func In(lang, key string, args ...any) string {
	loadOnce.Do(load)
	text, ok := tables[Normalize(lang)][key]
	if !ok || text == "" {
		text = key
	}
	if len(args) > 0 {
		return fmt.Sprintf(text, args...)
	}
	return text
}

// Has reports whether lang has an entry for key.
func Has(lang, key string) bool {
	loadOnce.Do(load)
	_, ok := tables[Normalize(lang)][key]
	return ok
}

// Keys returns the sorted keys of lang's table.
func Keys(lang string) []string {
	loadOnce.Do(load)
	out := make([]string, 0, len(tables[Normalize(lang)]))
	for k := range tables[Normalize(lang)] {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// FromEnv picks the UI language from the environment the way gettext does:
// LANGUAGE, then LC_ALL, LC_MESSAGES and LANG; the first that is set wins.
func FromEnv(getenv func(string) string) string {
	for _, k := range []string{"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(k); v != "" {
			// LANGUAGE may list several, e.g. "en_GB:en".
			first, _, _ := strings.Cut(v, ":")
			return Normalize(first)
		}
	}
	return Normalize("")
}
