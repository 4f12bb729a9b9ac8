package templates

import (
	"errors"
	"io/fs"
	"path"
	"regexp"
	"strings"

	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// idRe keeps template ids usable on the command line (--template ID).
var idRe = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// readCatalog reads every *.json file in dir. A broken file is left out and
// reported in the catalog's err, so one bad file does not hide the others.
func readCatalog(fsys fs.FS, dir string) *catalog {
	c := &catalog{}
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		c.err = invalid(i18n.L("Cannot read the template folder: %v", err))
		return c
	}
	var errs []error
	seen := map[[2]string]string{} // id, lang → file
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".json") {
			continue
		}
		p := path.Join(dir, e.Name())
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			errs = append(errs, invalid(i18n.L("Template file %s: %v", p, err)))
			continue
		}
		f, err := parseFile(p, b)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		key := [2]string{f.ID, f.Lang}
		if other, dup := seen[key]; dup {
			errs = append(errs, invalid(i18n.L("Template file %s: template %q in %s is already defined in %s.", p, f.ID, f.Lang, other)))
			continue
		}
		seen[key] = p
		c.files = append(c.files, f)
	}
	sortFiles(c.files)
	c.err = errors.Join(errs...)
	return c
}

// parseFile decodes and checks one template file: metadata, a document
// that validates, and complete guidance when the file has any.
func parseFile(p string, b []byte) (*file, error) {
	f := &file{path: p}
	if err := decodeStrict(b, f); err != nil {
		return nil, invalid(i18n.L("Template file %s: %v", p, err))
	}
	switch {
	case !idRe.MatchString(f.ID):
		return nil, invalid(i18n.L("Template file %s: the id %q must be lower-case letters, digits and hyphens.", p, f.ID))
	case f.Lang != i18n.Chinese && f.Lang != i18n.English:
		return nil, invalid(i18n.L("Template file %s: the language %q is not zh or en.", p, f.Lang))
	case strings.TrimSpace(f.Name) == "":
		return nil, invalid(i18n.L("Template file %s: the name is empty.", p))
	case len(f.Document) == 0:
		return nil, invalid(i18n.L("Template file %s: there is no document.", p))
	}
	doc, err := f.document()
	if err != nil {
		return nil, err
	}
	if err := data.Validate(doc); err != nil {
		return nil, invalid(i18n.L("Template %q (%s) is not valid: %v", f.ID, f.Lang, err))
	}
	if f.Guidance != nil {
		if err := f.Guidance.check(); err != nil {
			return nil, invalid(i18n.L("Template file %s: %v", p, err))
		}
	}
	return f, nil
}
