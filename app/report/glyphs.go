package report

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/go-text/typesetting/font"

	"orgdesigner/app/i18n"
	"orgdesigner/app/report/textlayout"
	"orgdesigner/resources"
)

// replacement is drawn in place of a character the font cannot print. It is
// visible on paper, so a reader sees that something is missing.
const replacement = '□'

var (
	faceOnce sync.Once
	face     *font.Face
)

// hasGlyph reports whether the bundled font can print r. fpdf addresses
// glyphs with 16-bit codes, so nothing outside the Basic Multilingual Plane
// (rare name characters such as 𠮷, emoji) can be printed even when a font
// has it.
func hasGlyph(r rune) bool {
	if r > 0xFFFF {
		return false
	}
	faceOnce.Do(func() {
		// The font is embedded and tested; a parse error leaves face nil
		// and every non-ASCII character is then reported, not hidden.
		face, _ = font.ParseTTF(bytes.NewReader(resources.FontTTF))
	})
	if face == nil {
		return r < 0x80
	}
	_, ok := face.NominalGlyph(r)
	return ok
}

// invisible reports whether r is formatting that prints nothing (control
// characters other than line breaks, zero-width and direction marks,
// variation selectors); such characters are dropped, not replaced.
func invisible(r rune) bool {
	if r == '\n' {
		return false
	}
	return unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r) ||
		unicode.Is(unicode.Variation_Selector, r)
}

// sanitizer makes text printable and remembers what it had to replace, for
// the report's warnings. It belongs to one report and one goroutine.
type sanitizer struct {
	cache   map[rune]bool
	missing []missing      // in order of first appearance
	at      map[string]int // where → index in missing
	notes   []string       // other warnings, once each
	punct   bool           // normalise Chinese punctuation
}

// warn records a warning sentence once.
func (s *sanitizer) warn(msg string) {
	for _, n := range s.notes {
		if n == msg {
			return
		}
	}
	s.notes = append(s.notes, msg)
}

// missing counts the unprintable characters found in one place (a role,
// a table, a text), however often that place is printed.
type missing struct {
	where string
	chars []rune
	count int
}

// clean returns s with tabs turned into spaces, invisible characters
// dropped, invalid UTF-8 and characters the font lacks replaced by □.
// where names the object the text belongs to, for the warning. With punct
// set, ASCII punctuation next to Chinese characters becomes full width.
func (s *sanitizer) clean(str, where string) string {
	if s.punct {
		str = textlayout.NormalisePunct(str)
	}
	if s.printable(str) {
		return str
	}
	var b strings.Builder
	b.Grow(len(str))
	for _, r := range str {
		switch {
		case r == '\t':
			b.WriteByte(' ')
		case invisible(r):
		case r == utf8.RuneError || !s.covered(r):
			b.WriteRune(replacement)
			s.record(where, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// printable is clean's fast path: text that needs no change.
func (s *sanitizer) printable(str string) bool {
	for _, r := range str {
		if r == '\t' || r == utf8.RuneError || invisible(r) || !s.covered(r) {
			return false
		}
	}
	return true
}

func (s *sanitizer) covered(r rune) bool {
	if r < 0x7F && r >= 0x20 || r == '\n' {
		return true
	}
	ok, seen := s.cache[r]
	if !seen {
		if s.cache == nil {
			s.cache = make(map[rune]bool)
		}
		ok = hasGlyph(r)
		s.cache[r] = ok
	}
	return ok
}

func (s *sanitizer) record(where string, r rune) {
	i, ok := s.at[where]
	if !ok {
		if s.at == nil {
			s.at = make(map[string]int)
		}
		i = len(s.missing)
		s.at[where] = i
		s.missing = append(s.missing, missing{where: where})
	}
	m := &s.missing[i]
	m.count++
	if !strings.ContainsRune(string(m.chars), r) {
		m.chars = append(m.chars, r)
	}
}

// warnings returns one sentence per place with unprintable characters, in
// the user's interface language (they are shown by the app, not printed).
func (s *sanitizer) warnings() []string {
	out := make([]string, 0, len(s.missing)+len(s.notes))
	for _, m := range s.missing {
		out = append(out, i18n.L("%s: %d character(s) the bundled font cannot print (%s) were printed as □.",
			m.where, m.count, describe(m.chars)))
	}
	return append(out, s.notes...)
}

// describe lists characters with their code points, e.g. "𠮷 U+20BB7".
func describe(rs []rune) string {
	parts := make([]string, 0, len(rs))
	for i, r := range rs {
		if i == 5 {
			parts = append(parts, "…")
			break
		}
		if r == utf8.RuneError || !utf8.ValidRune(r) {
			parts = append(parts, fmt.Sprintf("U+%04X", r))
			continue
		}
		parts = append(parts, fmt.Sprintf("%c U+%04X", r, r))
	}
	return strings.Join(parts, ", ")
}
