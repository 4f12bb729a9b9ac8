package card

import (
	"testing"

	"orgdesigner/views/card/field/i18ntest"
)

func TestTranslations(t *testing.T) {
	i18ntest.Check(t, "card", []string{".", "field"}, cycleKeys...)
}
