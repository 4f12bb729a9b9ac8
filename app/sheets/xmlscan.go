package sheets

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"strconv"
	"unicode/utf8"
)

// xmlScanner is a small pull tokenizer for worksheet and shared-string
// XML. encoding/xml costs about 4 µs per cell here, so a sheet declaring
// 16,384 formatted cells on each of 800 rows took a minute; this one skips
// what it does not keep at memchr speed. It still checks what makes XML
// well formed where a damaged file shows it — tags that do not nest or
// close, markup cut off, bad attribute syntax, unknown entities, invalid
// UTF-8 in kept text — so a broken sheet is refused, not half read.
type xmlScanner struct {
	r *bufio.Reader

	// After a start or end tag: the element's local name (valid until the
	// next call) and, for start tags, the attributes r, t and ref.
	name         []byte
	attrR, attrT []byte
	attrRef      []byte
	attrS        []byte
	selfClosing  bool
	pendingClose bool // the end of a self-closing element is due

	// capture: text content is appended to text (entities decoded).
	capture bool
	text    []byte

	stack []int // ends of the open elements' names in names
	names []byte
	buf   []byte
}

// Kinds of token next returns.
const (
	tokStart = iota + 1
	tokEnd
	tokEOF
)

// Caps on what the scanner keeps, so a hostile value costs no memory: a
// kept text longer than maxKeptText is cut there (it is far over
// maxFieldRunes, so it is refused as too long anyway); names longer than
// maxNameBytes are a syntax error; attribute values are kept to 64 bytes.
const (
	maxKeptText  = 64 << 10
	maxNameBytes = 1 << 10
	maxAttrBytes = 64
)

var (
	errXMLSyntax   = errors.New("XML syntax error")
	errXMLNesting  = errors.New("element closed that is not open")
	errXMLEOF      = errors.New("unexpected end of the XML")
	errXMLEntity   = errors.New("unknown entity")
	errXMLEncoding = errors.New("text is not valid UTF-8")
)

func newXMLScanner(r io.Reader) *xmlScanner {
	return &xmlScanner{r: bufio.NewReaderSize(r, 64<<10)}
}

// next returns the next start or end tag (tokStart, tokEnd) or tokEOF at
// the end of a well-formed document.
func (s *xmlScanner) next() (int, error) {
	if s.pendingClose {
		s.pendingClose = false
		return tokEnd, nil // s.name is still the element's name
	}
	for {
		// Text up to the next '<'.
		chunk, err := s.r.ReadSlice('<')
		for errors.Is(err, bufio.ErrBufferFull) {
			if err := s.addText(chunk); err != nil {
				return 0, err
			}
			chunk, err = s.r.ReadSlice('<')
		}
		if err == io.EOF {
			if len(s.stack) > 0 {
				return 0, errXMLEOF
			}
			if len(bytes.TrimSpace(chunk)) > 0 && s.sawRoot() {
				return 0, errXMLSyntax
			}
			return tokEOF, nil
		}
		if err != nil {
			return 0, err
		}
		if err := s.addText(chunk[:len(chunk)-1]); err != nil {
			return 0, err
		}
		c, err := s.byte()
		if err != nil {
			return 0, err
		}
		switch c {
		case '?':
			if err := s.skipPast("?>"); err != nil {
				return 0, err
			}
		case '!':
			if err := s.bang(); err != nil {
				return 0, err
			}
		case '/':
			return s.endTag()
		default:
			return s.startTag(c)
		}
	}
}

func (s *xmlScanner) sawRoot() bool { return s.names != nil }

func (s *xmlScanner) byte() (byte, error) {
	c, err := s.r.ReadByte()
	if err == io.EOF {
		return 0, errXMLEOF
	}
	return c, err
}

// addText keeps text when capturing (decoding entities); elsewhere it only
// checks that no markup is cut off ('>' alone is allowed in XML text).
func (s *xmlScanner) addText(b []byte) error {
	if !s.capture || len(b) == 0 {
		return nil
	}
	start := len(s.text)
	if bytes.IndexByte(b, '\r') >= 0 {
		// XML reads a literal CR LF or CR as LF (an escaped &#13; stays).
		b = bytes.ReplaceAll(bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n")), []byte("\r"), []byte("\n"))
	}
	if room := maxKeptText - len(s.text); len(b) > room {
		// Cut on a character boundary so the kept text stays valid.
		b = b[:max(room, 0)]
		for len(b) > 0 && !utf8.RuneStart(b[len(b)-1]) {
			b = b[:len(b)-1]
		}
		if len(b) > 0 && b[len(b)-1] >= utf8.RuneSelf {
			b = b[:len(b)-1]
		}
		if i := bytes.LastIndexByte(b, '&'); i >= 0 && bytes.IndexByte(b[i:], ';') < 0 {
			b = b[:i] // an entity cut in half
		}
	}
	for len(b) > 0 {
		i := bytes.IndexByte(b, '&')
		if i < 0 {
			s.text = append(s.text, b...)
			break
		}
		s.text = append(s.text, b[:i]...)
		b = b[i+1:]
		j := bytes.IndexByte(b, ';')
		if j < 0 || j > 10 {
			return errXMLEntity
		}
		if err := s.entity(b[:j]); err != nil {
			return err
		}
		b = b[j+1:]
	}
	if !utf8.Valid(s.text[start:]) {
		return errXMLEncoding
	}
	return nil
}

func (s *xmlScanner) entity(e []byte) error {
	switch string(e) {
	case "lt":
		s.text = append(s.text, '<')
	case "gt":
		s.text = append(s.text, '>')
	case "amp":
		s.text = append(s.text, '&')
	case "quot":
		s.text = append(s.text, '"')
	case "apos":
		s.text = append(s.text, '\'')
	default:
		if len(e) < 2 || e[0] != '#' {
			return errXMLEntity
		}
		var n uint64
		var err error
		if e[1] == 'x' {
			n, err = strconv.ParseUint(string(e[2:]), 16, 32)
		} else {
			n, err = strconv.ParseUint(string(e[1:]), 10, 32)
		}
		if err != nil || n == 0 || n > utf8.MaxRune {
			return errXMLEntity
		}
		s.text = utf8.AppendRune(s.text, rune(n))
	}
	return nil
}

// bang handles <!-- comments -->, <![CDATA[ … ]]> and a DOCTYPE (skipped).
func (s *xmlScanner) bang() error {
	b, err := s.r.Peek(2)
	if err != nil {
		return errXMLEOF
	}
	if b[0] == '-' && b[1] == '-' {
		s.r.Discard(2)
		return s.skipPast("-->")
	}
	if b[0] == '[' {
		head := make([]byte, 7)
		if _, err := io.ReadFull(s.r, head); err != nil || string(head) != "[CDATA[" {
			return errXMLSyntax
		}
		start := len(s.text)
		var tail []byte // the last three bytes read, to find "]]>"
		for {
			chunk, err := s.r.ReadSlice('>')
			full := errors.Is(err, bufio.ErrBufferFull)
			if err != nil && !full {
				return errXMLEOF
			}
			if s.capture && len(s.text) < maxKeptText {
				s.text = append(s.text, chunk[:min(len(chunk), maxKeptText-len(s.text))]...)
			}
			tail = append(tail, chunk[max(0, len(chunk)-3):]...)
			tail = tail[max(0, len(tail)-3):]
			if !full && string(tail) == "]]>" {
				if s.capture {
					s.text = bytes.TrimSuffix(s.text, []byte("]]>"))
					if len(s.text) < maxKeptText && !utf8.Valid(s.text[min(start, len(s.text)):]) {
						return errXMLEncoding
					}
				}
				return nil
			}
		}
	}
	return s.skipPast(">")
}

// skipPast reads up to and including end.
func (s *xmlScanner) skipPast(end string) error {
	last := end[len(end)-1]
	var tail []byte
	for {
		chunk, err := s.r.ReadSlice(last)
		if err != nil && !errors.Is(err, bufio.ErrBufferFull) {
			return errXMLEOF
		}
		tail = append(tail, chunk...)
		if len(tail) > 64 {
			tail = tail[len(tail)-64:]
		}
		if err == nil && bytes.HasSuffix(tail, []byte(end)) {
			return nil
		}
	}
}

func isNameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
		c == ':' || c == '_' || c == '-' || c == '.' || c >= 0x80
}

func isXMLSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// readName reads a tag or attribute name starting with first; it returns
// the byte after it.
func (s *xmlScanner) readName(first byte) (byte, error) {
	s.buf = append(s.buf[:0], first)
	for {
		c, err := s.byte()
		if err != nil {
			return 0, err
		}
		if !isNameByte(c) {
			return c, nil
		}
		if len(s.buf) >= maxNameBytes {
			return 0, errXMLSyntax
		}
		s.buf = append(s.buf, c)
	}
}

func localName(n []byte) []byte {
	if i := bytes.LastIndexByte(n, ':'); i >= 0 {
		return n[i+1:]
	}
	return n
}

func (s *xmlScanner) startTag(first byte) (int, error) {
	if !isNameByte(first) || first >= '0' && first <= '9' || first == '-' || first == '.' {
		return 0, errXMLSyntax
	}
	c, err := s.readName(first)
	if err != nil {
		return 0, err
	}
	if s.names == nil {
		s.names = make([]byte, 0, 256)
	}
	s.names = append(s.names, s.buf...)
	s.stack = append(s.stack, len(s.names))
	s.name = localName(s.names[len(s.names)-len(s.buf):])
	s.attrR, s.attrT, s.attrRef, s.attrS = s.attrR[:0], s.attrT[:0], s.attrRef[:0], s.attrS[:0]
	s.selfClosing = false
	for {
		for isXMLSpace(c) {
			if c, err = s.byte(); err != nil {
				return 0, err
			}
		}
		switch {
		case c == '>':
			return tokStart, nil
		case c == '/':
			if c, err = s.byte(); err != nil {
				return 0, err
			}
			if c != '>' {
				return 0, errXMLSyntax
			}
			s.pop()
			s.selfClosing, s.pendingClose = true, true
			return tokStart, nil
		case isNameByte(c):
			if c, err = s.attribute(c); err != nil {
				return 0, err
			}
			if !isXMLSpace(c) && c != '>' && c != '/' {
				return 0, errXMLSyntax
			}
		default:
			return 0, errXMLSyntax
		}
	}
}

// attribute reads name="value" and keeps the values of r, t and ref.
func (s *xmlScanner) attribute(first byte) (byte, error) {
	c, err := s.readName(first)
	if err != nil {
		return 0, err
	}
	var dst *[]byte
	switch string(localName(s.buf)) {
	case "r":
		dst = &s.attrR
	case "t":
		dst = &s.attrT
	case "ref":
		dst = &s.attrRef
	case "s":
		dst = &s.attrS
	}
	for isXMLSpace(c) {
		if c, err = s.byte(); err != nil {
			return 0, err
		}
	}
	if c != '=' {
		return 0, errXMLSyntax
	}
	if c, err = s.byte(); err != nil {
		return 0, err
	}
	for isXMLSpace(c) {
		if c, err = s.byte(); err != nil {
			return 0, err
		}
	}
	if c != '"' && c != '\'' {
		return 0, errXMLSyntax
	}
	quote := c
	for {
		if c, err = s.byte(); err != nil {
			return 0, err
		}
		if c == quote {
			break
		}
		if c == '<' {
			return 0, errXMLSyntax
		}
		if dst != nil && len(*dst) < maxAttrBytes {
			*dst = append(*dst, c)
		}
	}
	return s.byte()
}

func (s *xmlScanner) pop() {
	n := len(s.stack)
	from := 0
	if n > 1 {
		from = s.stack[n-2]
	}
	s.name = localName(append(s.buf[:0], s.names[from:s.stack[n-1]]...))
	s.names = s.names[:from]
	s.stack = s.stack[:n-1]
}

func (s *xmlScanner) endTag() (int, error) {
	c, err := s.byte()
	if err != nil {
		return 0, err
	}
	c, err = s.readName(c)
	if err != nil {
		return 0, err
	}
	for isXMLSpace(c) {
		if c, err = s.byte(); err != nil {
			return 0, err
		}
	}
	if c != '>' {
		return 0, errXMLSyntax
	}
	n := len(s.stack)
	if n == 0 {
		return 0, errXMLNesting
	}
	from := 0
	if n > 1 {
		from = s.stack[n-2]
	}
	if !bytes.Equal(s.names[from:s.stack[n-1]], s.buf) {
		return 0, errXMLNesting
	}
	s.names = s.names[:from]
	s.stack = s.stack[:n-1]
	s.name = localName(s.buf)
	return tokEnd, nil
}

// depth is how many elements are open.
func (s *xmlScanner) depth() int { return len(s.stack) }

// skipTo discards the input up to the end tag of the element that was
// open at depth d (1 = the root) and returns that end tag. It is how the
// cells right of the header are passed over at memchr speed; markup inside
// them is not checked.
func (s *xmlScanner) skipTo(d int) (int, error) {
	if d < 1 || d > len(s.stack) {
		return 0, errXMLNesting
	}
	from := 0
	if d > 1 {
		from = s.stack[d-2]
	}
	end := append(append([]byte("</"), s.names[from:s.stack[d-1]]...), '>')
	s.names, s.stack, s.pendingClose = s.names[:from], s.stack[:d-1], false
	// An end tag holds no '>' but its last byte, so it ends a slice; only
	// a slice cut by a full buffer can hold its first part.
	var carry []byte
	for {
		chunk, err := s.r.ReadSlice('>')
		full := errors.Is(err, bufio.ErrBufferFull)
		if err != nil && !full {
			return 0, errXMLEOF
		}
		if !full {
			if bytes.HasSuffix(chunk, end) || len(carry) > 0 && bytes.HasSuffix(append(carry, chunk...), end) {
				break
			}
			carry = carry[:0]
			continue
		}
		carry = append(carry[:0], chunk[max(0, len(chunk)-len(end)):]...)
	}
	s.name = localName(end[2 : len(end)-1])
	return tokEnd, nil
}
