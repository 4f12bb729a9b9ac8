package card

import (
	"bytes"
	"encoding/base64"
	"image"
	"image/png"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestOrgPrintSettings: the print settings are edited in the organisation
// settings and saved with undo; a wrong date and a file that is not a
// picture are refused with a message and change nothing.
func TestOrgPrintSettings(t *testing.T) {
	env := newEnv(t, fixture())
	o := NewOrgSettings(env.s)
	w := newWindow(t, o, fyne.NewSize(560, 1400))
	p := o.printing

	typeInto(t, w, p.version, "V2.0")
	typeInto(t, w, p.confidential, "内部资料")
	typeInto(t, w, p.effective, "2026/13/01")
	org := env.s.Doc().Org
	if org.Version != "V2.0" || org.Confidential != "内部资料" {
		t.Errorf("version %q, confidentiality %q", org.Version, org.Confidential)
	}
	if org.Effective != "" || p.effMsg.Hidden {
		t.Errorf("a wrong date was saved (%q) or not reported", org.Effective)
	}
	typeInto(t, w, p.effective, "2026-07-01")
	if got := env.s.Doc().Org.Effective; got != "2026-07-01" {
		t.Errorf("effective date %q", got)
	}

	test.Tap(p.punct)
	if !env.s.Doc().Org.NormalisePunct {
		t.Error("the punctuation setting was not saved")
	}

	if msg := p.setLogo(strings.NewReader("not a picture"), "logo.png"); msg == "" || env.s.Doc().Org.Logo != "" {
		t.Errorf("a file that is not a picture: message %q, logo stored %v", msg, env.s.Doc().Org.Logo != "")
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, image.NewRGBA(image.Rect(0, 0, 40, 20))); err != nil {
		t.Fatal(err)
	}
	if msg := p.setLogo(bytes.NewReader(buf.Bytes()), "logo.png"); msg != "" {
		t.Fatalf("a PNG logo was refused: %s", msg)
	}
	if got := env.s.Doc().Org.Logo; got != base64.StdEncoding.EncodeToString(buf.Bytes()) {
		t.Error("the logo stored is not the file's bytes")
	}
	if !strings.Contains(p.logoInfo.Text, "40 × 20") || p.removeLogo.Disabled() {
		t.Errorf("logo info %q, remove disabled %v", p.logoInfo.Text, p.removeLogo.Disabled())
	}
	test.Tap(p.removeLogo)
	if env.s.Doc().Org.Logo != "" {
		t.Error("the logo was not removed")
	}
	if err := env.s.Undo(); err != nil || env.s.Doc().Org.Logo == "" {
		t.Errorf("undo does not bring the logo back: %v", err)
	}
}
