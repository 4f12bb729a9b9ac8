package docx

import (
	"os"
	"testing"
)

func TestGenLook(t *testing.T) {
	for _, l := range []string{"zh", "en"} {
		os.WriteFile("/tmp/wd/"+l+".docx", write(t, template(t, l), nil, Options{}), 0o644)
	}
}
