package report

import (
	"testing"

	"orgdesigner/app/i18n/i18ntest"
)

// TestTranslations: every key this package uses is in both report.json
// files, which hold no unused keys, with the same arguments.
func TestTranslations(t *testing.T) {
	i18ntest.Check(t, "report", []string{".", "textlayout"})
}
