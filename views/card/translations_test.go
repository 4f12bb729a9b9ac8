package card

import (
	"testing"

	"orgdesigner/app/i18n/i18ntest"
)

func TestTranslations(t *testing.T) {
	i18ntest.Check(t, "card", []string{".", "field"}, cycleKeys...)
}
