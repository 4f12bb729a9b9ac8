package sheets

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// csvFile is a CSV roster decoded to UTF-8 in memory (files are at most
// Limits.MaxFileBytes) and re-parsed on each pass.
type csvFile struct {
	text     string
	comma    rune
	encoding string // "UTF-8", "UTF-8 BOM", "UTF-16", "GB18030"
	// repaired: the file is UTF-8 but for a few stray bytes, which were
	// replaced by U+FFFD; the rows holding them are refused.
	repaired bool
}

func (w *Workbook) openCSV() error {
	b, err := os.ReadFile(w.path)
	if err != nil {
		return &OpenError{Kind: ErrRead, Path: w.path, Err: err}
	}
	text, enc, err := decodeText(b)
	if err != nil {
		return &OpenError{Kind: ErrCSV, Path: w.path, Line: 1, Err: err}
	}
	if strings.TrimFunc(text, isSpace) == "" {
		return &OpenError{Kind: ErrEmptyFile, Path: w.path}
	}
	w.kind = kindCSV
	w.csv = &csvFile{text: text, comma: sniffDelimiter(text), encoding: enc, repaired: enc == encUTF8Repaired}
	if delimiterScore(sniffSample(text), w.csv.comma) == 0 {
		// One column: perhaps every line is one quoted field holding the
		// real separator ("Joe;""Smith"";…"), as some exporters write.
		if inner, comma, ok := unwrapLines(text); ok {
			if line := quoteError(inner, comma); line > 0 {
				return &OpenError{Kind: ErrCSV, Path: w.path, Line: line, Comma: comma, Quotes: true}
			}
			w.csv.text, w.csv.comma = inner, comma
		}
	}
	info := SheetInfo{Name: sheetNameOf(w.path)}
	sd, err := w.csv.read(context.Background(), w.path, sampleRows, nil)
	if err != nil {
		return err
	}
	info.top = sd.rows
	info.scoreHeader()
	w.sheets = []SheetInfo{info}
	return nil
}

// Encoding reports how a CSV file was decoded ("" for workbooks).
func (w *Workbook) Encoding() string {
	if w.csv == nil {
		return ""
	}
	return w.csv.encoding
}

func hasUTF16BOM(b []byte) bool {
	return bytes.HasPrefix(b, []byte{0xFF, 0xFE}) || bytes.HasPrefix(b, []byte{0xFE, 0xFF})
}

// encUTF8Repaired names UTF-8 text with a few invalid bytes (replaced by
// U+FFFD; the rows holding them are refused).
const encUTF8Repaired = "UTF-8 (damaged bytes)"

// decodeText detects the encoding: a BOM (UTF-8 or UTF-16, which Excel's
// "Unicode text" writes), UTF-8 when nearly all of the text is valid UTF-8
// (one stray byte must not turn every Chinese name into GB18030 mojibake),
// or else GB18030 — the superset of GBK that Excel and WPS on Chinese
// Windows save "CSV" in.
func decodeText(b []byte) (string, string, error) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		if utf8.Valid(b[3:]) {
			return string(b[3:]), "UTF-8 BOM", nil
		}
		return strings.ToValidUTF8(string(b[3:]), "\uFFFD"), encUTF8Repaired, nil
	case hasUTF16BOM(b):
		out, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(b)
		return string(out), "UTF-16", err
	case utf8.Valid(b):
		return string(b), "UTF-8", nil
	case mostlyUTF8(b):
		return strings.ToValidUTF8(string(b), "\uFFFD"), encUTF8Repaired, nil
	}
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(b)
	return string(out), "GB18030", err
}

// mostlyUTF8 reports text whose multi-byte characters are valid UTF-8 in
// at least 49 of 50 cases. GBK text read as UTF-8 is nearly all invalid;
// UTF-8 text with a stray byte (a damaged copy, a line pasted from a GBK
// file) is nearly all valid.
func mostlyUTF8(b []byte) bool {
	valid, invalid := 0, 0
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			invalid++
			i++
			continue
		}
		valid++
		i += n
	}
	return valid > 0 && invalid*50 <= valid
}

// sniffDelimiter picks comma, semicolon, tab or bar: the one that splits
// the first lines into the same number (more than one) of fields.
func sniffDelimiter(text string) rune {
	sample := sniffSample(text)
	best, bestScore := ',', 0.0
	for _, comma := range []rune{',', ';', '\t', '|'} {
		if s := delimiterScore(sample, comma); s > bestScore {
			best, bestScore = comma, s
		}
	}
	return best
}

// sniffSample is the first 64 KB of text, cut at a line end.
func sniffSample(text string) string {
	if len(text) > 64<<10 {
		text = text[:64<<10]
		if i := strings.LastIndexByte(text, '\n'); i > 0 {
			text = text[:i]
		}
	}
	return text
}

// unwrapLines recognises a file whose every record is one field holding
// the real, separated line (each line wrapped in quotes, its own quotes
// doubled). It returns the unwrapped text, each record on the line it
// started on so line numbers still match the file, and the separator the
// unwrapped text splits on.
func unwrapLines(text string) (string, rune, bool) {
	r := csv.NewReader(strings.NewReader(text))
	r.LazyQuotes, r.FieldsPerRecord = true, -1
	var b strings.Builder
	at := 1 // the line b ends on
	for n := 0; ; n++ {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil || len(rec) != 1 || n >= maxRows {
			return "", 0, false
		}
		line, _ := r.FieldPos(0)
		for ; at < line; at++ {
			b.WriteByte('\n')
		}
		b.WriteString(rec[0])
		at += strings.Count(rec[0], "\n")
	}
	inner := b.String()
	comma := sniffDelimiter(inner)
	if delimiterScore(sniffSample(inner), comma) == 0 {
		return "", 0, false
	}
	return inner, comma, true
}

// quoteError is the first line of text whose quotes do not pair up when
// split on comma, or 0 when every line reads cleanly.
func quoteError(text string, comma rune) int {
	r := csv.NewReader(strings.NewReader(text))
	r.Comma, r.FieldsPerRecord = comma, -1
	for {
		_, err := r.Read()
		if errors.Is(err, io.EOF) {
			return 0
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return pe.StartLine
		}
		if err != nil {
			return 1
		}
	}
}

// delimiterScore is the share of the first records that have the header's
// field count, times that count (a single column scores 0).
func delimiterScore(sample string, comma rune) float64 {
	r := csv.NewReader(strings.NewReader(sample))
	r.Comma, r.LazyQuotes, r.FieldsPerRecord = comma, true, -1
	var counts []int
	for len(counts) < 20 {
		rec, err := r.Read()
		if err != nil {
			break
		}
		counts = append(counts, len(rec))
	}
	if len(counts) == 0 || counts[0] < 2 {
		return 0
	}
	same := 0
	for _, c := range counts {
		if c == counts[0] {
			same++
		}
	}
	return float64(same) / float64(len(counts)) * float64(min(counts[0], 50))
}

// check applies the value checks to a record (control characters,
// overlong values) and refuses a record holding bytes that were not UTF-8.
func (c *csvFile) check(sd *sheetData, line int, rec []string) {
	for i, v := range rec {
		if c.repaired && strings.ContainsRune(v, utf8.RuneError) {
			if sd.refused == nil {
				sd.refused = map[int]bool{}
			}
			if !sd.refused[line] {
				sd.refused[line] = true
				sd.issues = append(sd.issues, cellIssue{row: line, col: -1, code: probBadBytes, value: shorten(v), skip: true})
			}
			rec[i] = "" // a damaged value is offered nowhere (e.g. as a new department)
			continue
		}
		v2, code := checkField(v)
		if code == "" {
			continue
		}
		sd.issues = append(sd.issues, cellIssue{row: line, col: i, code: code, value: shorten(v2)})
		if code == probTooLong {
			v2 = ""
		}
		rec[i] = v2
	}
}

func (c *csvFile) readAll(ctx context.Context, path string, progress func(done, total int)) (*sheetData, error) {
	return c.read(ctx, path, maxRows, progress)
}

// read parses up to limit lines. rows[i] is the record that starts on
// line i+1, so row numbers match what a spreadsheet shows for the file.
func (c *csvFile) read(ctx context.Context, path string, limit int, progress func(done, total int)) (*sheetData, error) {
	r := csv.NewReader(strings.NewReader(c.text))
	r.Comma, r.LazyQuotes, r.FieldsPerRecord = c.comma, true, -1
	sd := &sheetData{name: sheetNameOf(path)}
	total, cells, rows := 0, 0, 0
	if progress != nil {
		total = strings.Count(c.text, "\n") + 1 // lines; records may span several
	}
	for n := 0; ; n++ {
		if n&255 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			if progress != nil && n&1023 == 0 {
				progress(min(n, total), total)
			}
		}
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			line := 0
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				line = pe.StartLine
			}
			return nil, &OpenError{Kind: ErrCSV, Path: path, Line: line, Err: err}
		}
		line, _ := r.FieldPos(0)
		if line > limit {
			if limit < maxRows {
				break // a sample
			}
			return nil, &OpenError{Kind: ErrTooManyRows, Path: path, Sheet: sd.name, Limit: maxDataRows, Err: errTooManyRows}
		}
		if cells += len(rec); cells > maxCells {
			return nil, &OpenError{Kind: ErrTooManyCells, Path: path, Sheet: sd.name, Limit: maxCells, Err: errTooManyCells}
		}
		if rows++; rows > maxDataRows && limit == maxRows {
			return nil, &OpenError{Kind: ErrTooManyRows, Path: path, Sheet: sd.name, Limit: maxDataRows, Err: errTooManyRows}
		}
		for len(sd.rows) < line-1 {
			sd.rows = append(sd.rows, nil)
		}
		c.check(sd, line, rec)
		sd.rows = append(sd.rows, cleanRow(rec, false))
	}
	return sd, nil
}
