package check

import (
	"testing"

	"orgdesigner/app/i18n"
	"orgdesigner/app/templates"
)

// TestBuiltInTemplates: the documents a new user starts from must have no
// error-severity findings, in either language.
func TestBuiltInTemplates(t *testing.T) {
	defer i18n.SetLanguage(i18n.Language())
	for _, lang := range []string{"zh", "en"} {
		for _, id := range []string{templates.InternetMarketing, templates.Blank} {
			t.Run(id+"."+lang, func(t *testing.T) {
				doc, err := templates.Load(id, lang)
				if err != nil {
					t.Fatalf("load template: %v", err)
				}
				i18n.SetLanguage(lang)
				fs := Run(doc, DefaultThresholds())
				errs, warns, infos := Summary(fs)
				t.Logf("%d errors, %d warnings, %d infos", errs, warns, infos)
				for _, f := range fs {
					if f.Severity == Error {
						t.Errorf("%s %s %s: %s", f.Kind, f.Object, f.ID, f.Message)
					} else {
						t.Logf("%s %s %s: %s", f.Severity.Code(), f.Kind, f.ID, f.Message)
					}
				}
			})
		}
	}
}
