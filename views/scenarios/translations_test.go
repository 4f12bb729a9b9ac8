package scenarios

import (
	"testing"

	"orgdesigner/app/i18n/i18ntest"
)

// TestTranslations: every key the scenario screens use is in both
// scenarios_view.json files, which hold no unused keys.
func TestTranslations(t *testing.T) {
	i18ntest.Check(t, "scenarios_view", []string{"."})
}
