package data

import (
	"encoding/json"
	"unicode/utf8"
)

// People are by far the most numerous records (an import writes ten
// thousand in one transaction), and encoding/json's reflection was a third
// of such a commit. appendPersonJSON writes a Person by hand instead. Its
// output is byte for byte what json.Marshal produces (the tests hold it to
// that, fuzzed), so files stay readable by any JSON decoder and by older
// builds. A field added to Person or ExtraField must be added here too;
// TestPersonCodecKnowsEveryField fails until it is.

// appendPersonJSON appends p encoded as json.Marshal would encode it.
func appendPersonJSON(b []byte, p *Person) []byte {
	b = append(b, `{"id":`...)
	b = appendJSONString(b, string(p.ID))
	if p.Number != "" {
		b = append(b, `,"number":`...)
		b = appendJSONString(b, p.Number)
	}
	b = append(b, `,"name":`...)
	b = appendJSONString(b, p.Name)
	b = appendOptional(b, `,"role":`, string(p.Role))
	b = appendOptional(b, `,"department":`, string(p.Department))
	b = appendOptional(b, `,"status":`, string(p.Status))
	b = appendOptional(b, `,"hireDate":`, p.HireDate)
	b = appendOptional(b, `,"phone":`, p.Phone)
	b = appendOptional(b, `,"email":`, p.Email)
	b = appendOptional(b, `,"manager":`, string(p.Manager))
	if len(p.Extra) > 0 {
		b = append(b, `,"extra":[`...)
		for i, x := range p.Extra {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"key":`...)
			b = appendJSONString(b, x.Key)
			b = append(b, `,"value":`...)
			b = appendJSONString(b, x.Value)
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	return append(b, '}')
}

// appendOptional appends an omitempty string field.
func appendOptional(b []byte, key, s string) []byte {
	if s == "" {
		return b
	}
	return appendJSONString(append(b, key...), s)
}

const hexDigits = "0123456789abcdef"

// appendJSONString appends s as a JSON string exactly as encoding/json
// does with its default HTML escaping: ", \ and control characters
// escaped, <, > and & as \u003c \u003e \u0026, invalid UTF-8 as \ufffd,
// and U+2028, U+2029 escaped.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// appendMarshal is the encoder of every other record: encoding/json.
func appendMarshal[T any](b []byte, x *T) ([]byte, error) {
	raw, err := json.Marshal(x)
	if err != nil {
		return b, err
	}
	return append(b, raw...), nil
}

// slab hands out the encoded values of one transaction from large shared
// buffers: bbolt keeps a reference to every value until the commit, so
// each must stay untouched, but they need not be separate allocations.
type slab struct{ buf []byte }

// Chunks double from 4 KB to 256 KB: one edit stays one small
// allocation, an import of thousands of records a few dozen.
const (
	slabMinChunk = 4 << 10
	slabMaxChunk = 256 << 10
)

// encode appends one value with enc and returns it (capacity clipped, so
// the next value cannot overwrite it).
func (s *slab) encode(enc func([]byte) ([]byte, error)) ([]byte, error) {
	if cap(s.buf)-len(s.buf) < 1<<10 {
		s.buf = make([]byte, 0, min(max(2*cap(s.buf), slabMinChunk), slabMaxChunk))
	}
	n := len(s.buf)
	rest := s.buf[n:n]
	out, err := enc(rest)
	if err != nil {
		return nil, err
	}
	// append only reallocates past the capacity: if the value fits, it was
	// written in place and the slab moves on; if not, it lives in its own
	// array and the slab is left as it was.
	if len(out) <= cap(rest) {
		s.buf = s.buf[:n+len(out)]
	}
	return out[:len(out):len(out)], nil
}
