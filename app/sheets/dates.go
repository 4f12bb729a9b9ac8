package sheets

import (
	"strconv"
	"strings"
	"time"
)

// maxSerial is 9999-12-31 in Excel's 1900 date system.
const maxSerial = 2958465

// dateResult says how a date cell was read.
type dateResult int

const (
	dateOK        dateResult = iota
	dateBad                  // not a date at all
	dateAmbiguous            // 03/04/2023: March 4 or 3 April?
)

// parseDate reads a date cell as written in rosters: an Excel serial (the
// raw value of a date-formatted cell), 2023-05-08, 2023/5/8, 2023.5.8,
// 2023年5月8日, 20230508, or day/month/year when the order is certain
// (a part above 12). A time after the date is ignored. It returns
// "YYYY-MM-DD".
func parseDate(s string, date1904 bool) (string, dateResult) {
	s = foldWidth(strings.TrimSpace(s))
	if s == "" {
		return "", dateBad
	}
	if isDecimal(s) {
		if len(s) == 8 && allDigits(s) {
			return ymd(atoi(s[:4]), atoi(s[4:6]), atoi(s[6:]))
		}
		v, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return "", dateBad
		}
		return serialDate(v, date1904)
	}
	// Drop a time part: "2023-05-08 09:30:00", "2023-05-08T09:30".
	if i := strings.IndexAny(s, " T"); i > 0 && strings.Contains(s[i:], ":") {
		s = strings.TrimSpace(s[:i])
	}
	parts := splitDate(s)
	if len(parts) != 3 {
		return "", dateBad
	}
	a, b, c := parts[0], parts[1], parts[2]
	switch {
	case len(a) == 4:
		return ymd(atoi(a), atoi(b), atoi(c))
	case len(c) == 4:
		d, m := atoi(a), atoi(b)
		switch {
		case d > 12 && m <= 12:
			return ymd(atoi(c), m, d)
		case m > 12 && d <= 12:
			return ymd(atoi(c), d, m)
		case d == m:
			return ymd(atoi(c), m, d)
		case d <= 12 && m <= 12:
			return "", dateAmbiguous
		}
	}
	return "", dateBad
}

// splitDate splits "2023-5-8", "2023年5月8日", "8/5/2023" into digit runs;
// anything other than digits and the usual separators makes it fail.
func splitDate(s string) []string {
	var parts []string
	start := -1
	for i, r := range s {
		isDigit := r >= '0' && r <= '9'
		switch {
		case isDigit && start < 0:
			start = i
		case !isDigit && start >= 0:
			parts = append(parts, s[start:i])
			start = -1
		}
		if !isDigit && !strings.ContainsRune("-/.年月日号 ", r) {
			return nil
		}
	}
	if start >= 0 {
		parts = append(parts, s[start:])
	}
	for _, p := range parts {
		if len(p) > 4 {
			return nil
		}
	}
	return parts
}

// serialDate converts an Excel serial day number. The 1900 system counts
// a 29 February 1900 that never was (Lotus 1-2-3's bug), so serials from
// 61 on are one day ahead of a plain day count from 1899-12-31.
func serialDate(v float64, date1904 bool) (string, dateResult) {
	if v < 1 && !(date1904 && v >= 0) || v > maxSerial {
		return "", dateBad
	}
	days := int(v)
	var t time.Time
	switch {
	case date1904:
		t = time.Date(1904, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, days)
	case days == 60:
		return "", dateBad // 1900-02-29 does not exist
	case days < 60:
		t = time.Date(1899, 12, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 0, days)
	default:
		t = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, days)
	}
	return t.Format(time.DateOnly), dateOK
}

// ymd checks the parts and formats them; 2023-02-30 is not a date.
func ymd(y, m, d int) (string, dateResult) {
	if y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31 {
		return "", dateBad
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return "", dateBad
	}
	return t.Format(time.DateOnly), dateOK
}

// toSerial is the inverse of serialDate for the 1900 system, for export.
func toSerial(date string) (float64, bool) {
	t, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return 0, false
	}
	base := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
	days := t.Sub(base).Hours() / 24
	if days < 61 {
		return 0, false // before March 1900 Excel's calendar is off by one; keep text
	}
	return days, true
}

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}

// isDecimal reports whether s is digits with at most one decimal point,
// the only form a serial date takes.
func isDecimal(s string) bool {
	whole, frac, _ := strings.Cut(s, ".")
	return allDigits(whole) && (frac == "" || allDigits(frac))
}

// isPlainNumber reports whether s is a decimal number as spreadsheets write
// them (strconv also accepts "Inf", "0x1p3" and "1_000", which are text here).
func isPlainNumber(s string) bool {
	if s == "" {
		return false
	}
	digits := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' || c == 'e' || c == 'E' || c == '-' || c == '+':
		default:
			return false
		}
	}
	return digits > 0
}
