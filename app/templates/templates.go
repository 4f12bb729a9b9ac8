// Package templates provides OrgDesigner's built-in organisation templates
// (the eight-department internet-marketing company and a blank company) in
// Chinese and English, the organisation-design guidance that travels with
// them, and the role library built from their roles.
//
// Templates are data, not code: every resources/templates/*.json file is one
// template in one language, discovered at run time, so adding a template
// means adding files. See resources/templates/README.md for the format.
package templates

import (
	"bytes"
	"cmp"
	"encoding/json"
	"slices"
	"strings"
	"sync"

	"orgdesigner/app/i18n"
	"orgdesigner/data"
	"orgdesigner/resources"
)

// Template ids of the built-in templates.
const (
	InternetMarketing = "internet-marketing"
	Blank             = "blank"
)

// Info describes a template for a "New document" picker.
type Info struct {
	ID          string
	Name        string
	Description string
}

// List returns the templates available in lang ("zh" or "en"), in their
// display order (the internet-marketing template first).
func List(lang string) []Info {
	var out []Info
	for _, f := range builtin().in(i18n.Normalize(lang)) {
		out = append(out, Info{ID: f.ID, Name: f.Name, Description: f.Description})
	}
	return out
}

// Load returns a fresh copy of template id's document in lang ("zh" or
// "en"): validated, sorted, with Org.Lang and Org.Template set, ready for
// data.Create. The caller owns the result. An unknown id gives an error
// wrapping data.ErrNotFound that lists the known ids.
func Load(id, lang string) (*data.Document, error) {
	lang = i18n.Normalize(lang)
	c := builtin()
	f := c.find(id, lang)
	if f == nil {
		if c.has(id) {
			return nil, notFound(i18n.L("Template %q has no %s version.", id, lang))
		}
		return nil, notFound(i18n.L("Unknown template %q; the known templates are %s.", id, strings.Join(c.ids(), ", ")))
	}
	doc, err := f.document()
	if err != nil {
		return nil, err
	}
	doc.Org.Lang = lang
	doc.Org.Template = id
	doc.Sort()
	if err := data.Validate(doc); err != nil {
		return nil, invalid(i18n.L("Template %q (%s) is not valid: %v", id, lang, err))
	}
	return doc, nil
}

// Check reports problems found while reading the template files (a file
// that is not valid JSON, a duplicate id, a document that does not
// validate). Broken files are left out of List; tests and the command line
// call Check so a bad template file cannot go unnoticed.
func Check() error { return builtin().err }

// Error is a template error: a sentence for the user that wraps one of the
// data sentinels (data.ErrNotFound, data.ErrInvalid) for errors.Is.
type Error struct {
	msg  string
	kind error
}

func (e *Error) Error() string { return e.msg }

// Unwrap returns the sentinel kind.
func (e *Error) Unwrap() error { return e.kind }

func notFound(msg string) error { return &Error{msg: msg, kind: data.ErrNotFound} }
func invalid(msg string) error  { return &Error{msg: msg, kind: data.ErrInvalid} }

// file is one template file: a template's document in one language, plus
// the metadata the picker shows and, optionally, the guidance.
type file struct {
	ID          string `json:"id"`
	Lang        string `json:"lang"`
	Order       int    `json:"order"`
	Name        string `json:"name"`
	Description string `json:"description"`
	// RoleLibrary offers the template's roles in RoleLibrary.
	RoleLibrary bool   `json:"roleLibrary,omitempty"`
	Guidance    *Guide `json:"guidance,omitempty"`
	// Document is kept raw so every Load decodes a fresh, unshared copy.
	Document json.RawMessage `json:"document"`

	path string
}

// document decodes the file's document strictly: an unknown key in a
// template file is a typo, not something to ignore.
func (f *file) document() (*data.Document, error) {
	var doc data.Document
	if err := decodeStrict(f.Document, &doc); err != nil {
		return nil, invalid(i18n.L("Template file %s: %v", f.path, err))
	}
	doc.Reindex()
	return &doc, nil
}

func decodeStrict(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	return dec.Decode(v)
}

// catalog is every template file read from the embedded resources.
type catalog struct {
	files []*file // sorted by order, id, lang
	err   error
}

var (
	builtinOnce sync.Once
	builtinCat  *catalog
)

func builtin() *catalog {
	builtinOnce.Do(func() { builtinCat = readCatalog(resources.Templates, "templates") })
	return builtinCat
}

func (c *catalog) find(id, lang string) *file {
	for _, f := range c.files {
		if f.ID == id && f.Lang == lang {
			return f
		}
	}
	return nil
}

func (c *catalog) has(id string) bool {
	return slices.ContainsFunc(c.files, func(f *file) bool { return f.ID == id })
}

// in returns the files of one language in display order.
func (c *catalog) in(lang string) []*file {
	var out []*file
	for _, f := range c.files {
		if f.Lang == lang {
			out = append(out, f)
		}
	}
	return out
}

// ids returns the known template ids in display order, each once.
func (c *catalog) ids() []string {
	var out []string
	for _, f := range c.files {
		if !slices.Contains(out, f.ID) {
			out = append(out, f.ID)
		}
	}
	return out
}

func sortFiles(files []*file) {
	slices.SortFunc(files, func(a, b *file) int {
		return cmp.Or(cmp.Compare(a.Order, b.Order), cmp.Compare(a.ID, b.ID), cmp.Compare(a.Lang, b.Lang))
	})
}
