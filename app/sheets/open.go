package sheets

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Limits bound what an import reads from an untrusted file.
type Limits struct {
	// MaxFileBytes refuses larger files before anything is parsed.
	MaxFileBytes int64
	// MaxUnzipBytes bounds the unpacked size of an .xlsx (zip bombs).
	MaxUnzipBytes int64
	// MaxXMLBytes: worksheets larger than this are unpacked by excelize to
	// temporary files instead of memory.
	MaxXMLBytes int64
}

// DefaultLimits are the limits Open uses: a 10,000-row roster is well under
// 2 MB, so 20 MB leaves room for rosters ten times larger with pictures.
var DefaultLimits = Limits{
	MaxFileBytes:  20 << 20,
	MaxUnzipBytes: 200 << 20,
	MaxXMLBytes:   32 << 20,
}

type fileKind int

const (
	kindXLSX fileKind = iota
	kindCSV
)

// SheetInfo describes one sheet of an opened file.
type SheetInfo struct {
	Name   string
	Hidden bool
	// HeaderRow is the 1-based row the header was found on, 0 when none of
	// the first rows looks like a header.
	HeaderRow int
	// Fields is how many different known fields the header names; HasName
	// says whether one of them is the person's name.
	Fields  int
	HasName bool

	top    [][]string // the first rows, raw values
	topFmt [][]string // the same rows with date-formatted numbers as dates (xlsx only)
	broken error      // the sheet's XML broke within the first rows
}

// Workbook is an opened roster file (.xlsx/.xlsm or .csv). It is not safe
// for concurrent use; Close it when done (excelize keeps temporary files).
type Workbook struct {
	path     string
	kind     fileKind
	xl       *excelize.File
	date1904 bool
	csv      *csvFile
	sheets   []SheetInfo
	cache    map[string]*sheetData

	sst     []string // shared strings, read on first use
	sstErr  error
	sstRead bool
}

// Open opens a roster file with DefaultLimits. The file type is taken from
// the content, not the extension: a renamed PDF, an old .xls, an encrypted
// workbook, an empty or oversized file each give an *OpenError.
func Open(path string) (*Workbook, error) { return OpenWithLimits(path, DefaultLimits) }

// OpenWithLimits is Open with explicit limits.
func OpenWithLimits(path string, lim Limits) (*Workbook, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, &OpenError{Kind: ErrRead, Path: path, Err: err}
	}
	if st.IsDir() {
		return nil, &OpenError{Kind: ErrNotSheet, Path: path}
	}
	if st.Size() == 0 {
		return nil, &OpenError{Kind: ErrEmptyFile, Path: path}
	}
	if lim.MaxFileBytes > 0 && st.Size() > lim.MaxFileBytes {
		return nil, &OpenError{Kind: ErrTooLarge, Path: path, Size: st.Size(), Limit: lim.MaxFileBytes}
	}
	head, err := readHead(path, 8<<10)
	if err != nil {
		return nil, &OpenError{Kind: ErrRead, Path: path, Err: err}
	}
	w := &Workbook{path: path, cache: map[string]*sheetData{}}
	switch sniff(head) {
	case sniffZip:
		err = w.openXLSX(lim)
	case sniffOLE:
		err = classifyOLE(path)
	case sniffPDF:
		err = &OpenError{Kind: ErrPDF, Path: path}
	case sniffBinary:
		err = &OpenError{Kind: ErrNotSheet, Path: path}
	default:
		err = w.openCSV()
	}
	if err != nil {
		w.Close()
		return nil, err
	}
	return w, nil
}

// Path returns the file the workbook was opened from.
func (w *Workbook) Path() string { return w.path }

// IsCSV reports whether the file is a CSV file (its one sheet is named
// after the file).
func (w *Workbook) IsCSV() bool { return w.kind == kindCSV }

// Sheets lists the sheets in workbook order.
func (w *Workbook) Sheets() []SheetInfo {
	out := make([]SheetInfo, len(w.sheets))
	for i, s := range w.sheets {
		s.top, s.topFmt = nil, nil
		out[i] = s
	}
	return out
}

// Suggested returns the sheet an import should start with: a visible
// sheet with a recognisable header (one that names the people first, then
// the one naming the most fields), else a hidden sheet with a header, else
// the first visible sheet.
func (w *Workbook) Suggested() string {
	best, bestScore := "", -1
	for _, s := range w.sheets {
		score := s.Fields
		if s.HeaderRow > 0 {
			score += 1000
		}
		if !s.Hidden {
			score += 500
		}
		if s.HasName {
			score += 100
		}
		if score > bestScore {
			best, bestScore = s.Name, score
		}
	}
	return best
}

func (w *Workbook) sheet(name string) *SheetInfo {
	for i := range w.sheets {
		if w.sheets[i].Name == name {
			return &w.sheets[i]
		}
	}
	for i := range w.sheets {
		if strings.EqualFold(w.sheets[i].Name, name) {
			return &w.sheets[i]
		}
	}
	return nil
}

// Close releases the file (and excelize's temporary files).
func (w *Workbook) Close() error {
	w.cache = nil
	if w.xl != nil {
		err := w.xl.Close()
		w.xl = nil
		return err
	}
	return nil
}

func readHead(path string, n int) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	buf := make([]byte, n)
	k, err := io.ReadFull(f, buf)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return nil, err
	}
	return buf[:k], nil
}

type sniffed int

const (
	sniffText sniffed = iota
	sniffZip
	sniffOLE
	sniffPDF
	sniffBinary
)

var (
	magicZip = []byte("PK\x03\x04")
	magicOLE = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
	magicPDF = []byte("%PDF")
	// Names of the streams an encrypted OOXML package keeps in its OLE
	// container, as the container's directory stores them (UTF-16LE).
	oleEncrypted = utf16le("EncryptedPackage")
	// Other binary formats people pick by mistake (images, archives).
	binaryMagics = [][]byte{[]byte("\x89PNG"), {0xFF, 0xD8, 0xFF}, []byte("GIF8"),
		[]byte("Rar!"), {0x37, 0x7A, 0xBC, 0xAF}, {0x1F, 0x8B}}
)

func sniff(head []byte) sniffed {
	switch {
	case bytes.HasPrefix(head, magicZip):
		return sniffZip
	case bytes.HasPrefix(head, magicOLE):
		return sniffOLE
	case bytes.HasPrefix(head, magicPDF):
		return sniffPDF
	}
	for _, m := range binaryMagics {
		if bytes.HasPrefix(head, m) {
			return sniffBinary
		}
	}
	if hasUTF16BOM(head) {
		return sniffText
	}
	// Binary files are full of NUL bytes; a text roster with a stray NUL
	// is read, and the NUL reported where it is.
	if nul := bytes.Count(head, []byte{0}); nul > 0 && nul*100 >= len(head) {
		return sniffBinary
	}
	return sniffText
}

// classifyOLE tells an encrypted .xlsx (an OLE container holding an
// EncryptedPackage stream) from an Excel 97-2003 .xls.
func classifyOLE(path string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return &OpenError{Kind: ErrRead, Path: path, Err: err}
	}
	if bytes.Contains(b, oleEncrypted) {
		return &OpenError{Kind: ErrPassword, Path: path}
	}
	return &OpenError{Kind: ErrLegacyXLS, Path: path}
}

func utf16le(s string) []byte {
	out := make([]byte, 0, 2*len(s))
	for i := 0; i < len(s); i++ {
		out = append(out, s[i], 0)
	}
	return out
}

// sheetNameOf gives a CSV file's one sheet the file's base name, as Excel does.
func sheetNameOf(path string) string {
	base := filepath.Base(path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}
