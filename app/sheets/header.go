package sheets

import (
	"slices"
	"strconv"

	"github.com/xuri/excelize/v2"
)

// headerScore counts the different fields a row's cells name (all
// department levels count once) and whether one of them is the name.
func headerScore(cells []string) (fields int, hasName bool) {
	seen := map[Field]bool{}
	for _, c := range cells {
		if c == "" || len(c) > 60 {
			continue
		}
		s, ok := lookupHeader(c)
		if !ok || s.field == FieldIgnore || seen[s.field] {
			continue
		}
		seen[s.field] = true
		if s.field == FieldName || s.field == FieldGivenName || s.field == FieldFamilyName {
			hasName = true
		}
	}
	return len(seen), hasName
}

// detectHeader returns the 1-based header row among the first
// headerScanRows rows: the row naming the most known fields (at least
// two), the earliest on a tie, so title and instruction rows above it and
// repeated headers below it are passed over. 0 means none.
func detectHeader(rows [][]string) (row, fields int, hasName bool) {
	for i, cells := range rows[:min(len(rows), headerScanRows)] {
		f, n := headerScore(cells)
		if f >= 2 && f > fields {
			row, fields, hasName = i+1, f, n
		}
	}
	return row, fields, hasName
}

func (s *SheetInfo) scoreHeader() {
	s.HeaderRow, s.Fields, s.HasName = detectHeader(s.top)
}

// Column is one column of the analysed sheet and what it is mapped to.
type Column struct {
	Index  int    // 0-based
	Letter string // "A", "B", … as Excel shows it
	Header string // the header cell as written
	Field  Field
	// Level orders department columns (lower = higher up) when several
	// nest: 一级部门 1, 部门 2, 组别 3.
	Level int
	// Date marks a column whose cells Excel formats as dates; its serial
	// numbers are kept as YYYY-MM-DD text when the column is an extra field.
	Date bool
}

// Key is the name an extra field gets from this column.
func (c Column) Key() string {
	if c.Header != "" {
		return c.Header
	}
	return c.Letter
}

// guessMapping maps header cells to fields. When two columns claim the
// same field, the better synonym (then the leftmost) wins and the other
// stays an extra field; department columns may be several.
func guessMapping(header []string) []Column {
	cols := make([]Column, len(header))
	type claim struct{ col, rank int }
	best := map[string]claim{}
	for i, h := range header {
		letter, _ := excelize.ColumnNumberToName(i + 1)
		cols[i] = Column{Index: i, Letter: letter, Header: h}
		s, ok := lookupHeader(h)
		if !ok || h == "" {
			continue
		}
		if s.field == FieldIgnore {
			cols[i].Field = FieldIgnore
			continue
		}
		key := string(s.field)
		if s.field == FieldDepartment {
			// Every department column is kept (片区 and 社区 may share a
			// header level); Analysis.ProposeLevels orders them by the data.
			key += strconv.Itoa(i)
		}
		if c, taken := best[key]; !taken || s.rank < c.rank {
			best[key] = claim{i, s.rank}
		}
	}
	for _, c := range best {
		s, _ := lookupHeader(header[c.col])
		cols[c.col].Field, cols[c.col].Level = s.field, s.level
	}
	return cols
}

// dateColumns finds columns that Excel formats as dates, by comparing the
// raw and formatted values of the rows below the header: a raw serial
// whose formatted text shows that serial's day, month and year.
func dateColumns(raw, formatted [][]string, headerRow int, date1904 bool) map[int]bool {
	out := map[int]bool{}
	hits := map[int]int{}
	misses := map[int]int{}
	for r := headerRow; r < min(len(raw), len(formatted)); r++ {
		for c, v := range raw[r] {
			if v == "" || !isPlainNumber(v) || c >= len(formatted[r]) {
				continue
			}
			if looksFormattedAsDate(v, formatted[r][c], date1904) {
				hits[c]++
			} else {
				misses[c]++
			}
		}
	}
	for c, h := range hits {
		if h > misses[c] {
			out[c] = true
		}
	}
	return out
}

func looksFormattedAsDate(raw, shown string, date1904 bool) bool {
	if raw == shown {
		return false
	}
	v, err := strconv.ParseFloat(raw, 64)
	if err != nil {
		return false
	}
	d, res := serialDate(v, date1904)
	if res != dateOK {
		return false
	}
	y, m, day := atoi(d[:4]), atoi(d[5:7]), atoi(d[8:])
	nums := digitRuns(shown)
	return slices.Contains(nums, day) && slices.Contains(nums, m) &&
		(slices.Contains(nums, y) || slices.Contains(nums, y%100))
}

func digitRuns(s string) []int {
	var out []int
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= '0' && c <= '9' {
			if n < 1e6 {
				n = n*10 + int(c-'0')
			}
			in = true
			continue
		}
		if in {
			out = append(out, n)
		}
		n, in = 0, false
	}
	if in {
		out = append(out, n)
	}
	return out
}
