package sheets

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"

	"orgdesigner/app/i18n"
)

// sheetLayout remembers where a sheet's table is, for the annotated copy.
type sheetLayout struct {
	header int // 1-based header row
	width  int // columns used by the widest row
}

// AnnotatedPath suggests where to save the annotated copy of src:
// next to it, "花名册-导入问题.xlsx" (in the current UI language).
func AnnotatedPath(src string) string {
	base := strings.TrimSuffix(filepath.Base(src), filepath.Ext(src))
	ext := strings.ToLower(filepath.Ext(src))
	if ext != ".xlsm" {
		ext = ".xlsx"
	}
	return filepath.Join(filepath.Dir(src), base+i18n.L("-import-problems")+ext)
}

// WriteAnnotated saves a copy of the imported file with the problems
// marked, to fix and import again: a problems column after the table
// (which a later import ignores) says what is wrong on each row, and each
// offending cell is filled red. A CSV file becomes an .xlsx workbook. dst
// must end in .xlsx (or .xlsm for a macro workbook); it is written whole
// or not at all, and the source file is never changed.
func (p *Preview) WriteAnnotated(dst string) (err error) {
	ext := strings.ToLower(filepath.Ext(dst))
	if ext != ".xlsx" && ext != ".xlsm" {
		return fmt.Errorf("annotated copy %s: %w", dst, errors.New("the file name must end in .xlsx"))
	}
	if same, _ := samePath(dst, p.src); same {
		return fmt.Errorf("annotated copy %s: %w", dst, errors.New("choose a different file than the one imported"))
	}
	var f *excelize.File
	if p.csvRows != nil {
		f, err = p.csvWorkbook()
	} else {
		f, err = excelize.OpenFile(p.src, excelize.Options{UnzipSizeLimit: DefaultLimits.MaxUnzipBytes,
			UnzipXMLSizeLimit: DefaultLimits.MaxXMLBytes})
	}
	if err != nil {
		return fmt.Errorf("annotated copy of %s: %w", p.File, err)
	}
	defer f.Close()
	defer recoverAs(&err, p.src)
	if err := p.annotate(f); err != nil {
		return fmt.Errorf("annotated copy of %s: %w", p.File, err)
	}
	f.Path = dst
	return writeAtomic(dst, func(w *os.File) error { _, err := f.WriteTo(w); return err })
}

func (p *Preview) csvWorkbook() (*excelize.File, error) {
	f := excelize.NewFile()
	name := safeSheetName(p.Sheet)
	if err := f.SetSheetName("Sheet1", name); err != nil {
		return nil, err
	}
	for i, row := range p.csvRows {
		if row == nil {
			continue
		}
		vals := make([]any, len(row))
		for j, c := range row {
			vals[j] = c
		}
		if err := f.SetSheetRow(name, cellName(1, i+1), &vals); err != nil {
			return nil, err
		}
	}
	return f, nil
}

// annotate writes the problems column and highlights cells, sheet by sheet.
func (p *Preview) annotate(f *excelize.File) error {
	lang := i18n.Language()
	mark, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Color: "#9C0006"},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"#FFC7CE"}}})
	if err != nil {
		return err
	}
	highlighted := map[int]int{} // original style → highlighted style
	for sheet, lay := range p.layout {
		name := sheet
		if p.csvRows != nil {
			name = safeSheetName(sheet)
		}
		probs := p.problemsOn(sheet)
		if len(probs) == 0 {
			continue
		}
		col := lay.width + 1
		if err := f.SetCellValue(name, cellName(col, lay.header), tr(lang, "Import problems")); err != nil {
			return err
		}
		if err := f.SetCellStyle(name, cellName(col, lay.header), cellName(col, lay.header), mark); err != nil {
			return err
		}
		_ = f.SetColWidth(name, columnLetter(col), columnLetter(col), 60)
		byRow := map[int][]string{}
		var rows []int
		for _, pr := range probs {
			if _, ok := byRow[pr.Row]; !ok {
				rows = append(rows, pr.Row)
			}
			text := pr.Reason(lang)
			if pr.Column != "" {
				text = pr.Column + ": " + text
				if err := highlight(f, name, pr.Column+fmt.Sprint(pr.Row), highlighted); err != nil {
					return err
				}
			}
			byRow[pr.Row] = append(byRow[pr.Row], text)
		}
		for _, r := range rows {
			cell := cellName(col, r)
			if err := f.SetCellValue(name, cell, strings.Join(byRow[r], "\n")); err != nil {
				return err
			}
			if err := f.SetCellStyle(name, cell, cell, mark); err != nil {
				return err
			}
		}
	}
	return nil
}

func (p *Preview) problemsOn(sheet string) []Problem {
	var out []Problem
	for _, pr := range p.Problems {
		if pr.Sheet == sheet {
			out = append(out, pr)
		}
	}
	return out
}

// highlight gives a cell a red fill while keeping its number format, font
// and borders (a date stays a date).
func highlight(f *excelize.File, sheet, cell string, cache map[int]int) error {
	orig, err := f.GetCellStyle(sheet, cell)
	if err != nil {
		return err
	}
	id, ok := cache[orig]
	if !ok {
		st, err := f.GetStyle(orig)
		if err != nil || st == nil {
			st = &excelize.Style{}
		}
		st.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"#FFC7CE"}}
		if id, err = f.NewStyle(st); err != nil {
			return err
		}
		cache[orig] = id
	}
	return f.SetCellStyle(sheet, cell, cell, id)
}

// writeAtomic writes through a temporary file in the target's folder and
// renames it into place, so a failed write leaves no half-written file.
func writeAtomic(dst string, write func(*os.File) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(dst), ".orgdesigner-*"+filepath.Ext(dst))
	if err != nil {
		return err
	}
	name := tmp.Name()
	defer os.Remove(name) // no-op after a successful rename
	if err := write(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	// CreateTemp makes the file private (0600); the annotated workbook is
	// an ordinary file the user shares with colleagues, like an export.
	if err := os.Chmod(name, 0o644); err != nil {
		return err
	}
	return os.Rename(name, dst)
}

func samePath(a, b string) (bool, error) {
	sa, err := os.Stat(a)
	if err != nil {
		return false, err
	}
	sb, err := os.Stat(b)
	if err != nil {
		return false, err
	}
	return os.SameFile(sa, sb), nil
}

// safeSheetName makes a CSV file's name a valid sheet name (at most 31
// characters, none of : \ / ? * [ ]).
func safeSheetName(s string) string {
	s = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`:\/?*[]`, r) {
			return '_'
		}
		return r
	}, s)
	if r := []rune(s); len(r) > 31 {
		s = string(r[:31])
	}
	if strings.Trim(s, "' ") == "" {
		s = "Sheet1"
	}
	return s
}

func cellName(col, row int) string {
	c, _ := excelize.CoordinatesToCellName(col, row)
	return c
}

func columnLetter(col int) string {
	c, _ := excelize.ColumnNumberToName(col)
	return c
}
