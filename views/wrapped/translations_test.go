package wrapped

import (
	"testing"

	"orgdesigner/app/i18n/i18ntest"
)

// TestTranslations: every key the package uses is in both wrapped.json
// files, which hold no unused keys.
func TestTranslations(t *testing.T) {
	i18ntest.Check(t, "wrapped", []string{"."})
}
