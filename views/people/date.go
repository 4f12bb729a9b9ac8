package people

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"

	"orgdesigner/app/i18n"
)

// ParseDate reads a hire date typed by hand — 2024-03-15, 2024/3/15,
// 2024.3.15, 2024年3月15日, 20240315, full-width digits too — and returns it
// as YYYY-MM-DD. Empty text is no date. The error is a sentence for the
// user.
func ParseDate(text string) (string, error) {
	s := strings.TrimSpace(strings.Map(func(r rune) rune {
		if r >= '０' && r <= '９' {
			return '0' + (r - '０')
		}
		return r
	}, text))
	if s == "" {
		return "", nil
	}
	bad := errors.New(i18n.L("Enter a date like 2024-03-15."))
	var parts []string
	if len(s) == 8 && isDigits(s) {
		parts = []string{s[:4], s[4:6], s[6:]}
	} else {
		parts = strings.FieldsFunc(strings.TrimSuffix(s, "日"), func(r rune) bool {
			return r == '-' || r == '/' || r == '.' || r == '年' || r == '月' || unicode.IsSpace(r)
		})
	}
	if len(parts) != 3 {
		return "", bad
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || !isDigits(p) {
			return "", bad
		}
		n[i] = v
	}
	if n[0] < 1900 || n[0] > 2200 {
		return "", bad
	}
	out := fmt.Sprintf("%04d-%02d-%02d", n[0], n[1], n[2])
	if _, err := time.Parse(time.DateOnly, out); err != nil {
		return "", bad
	}
	return out, nil
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// normalizeDate is the Entry.Normalize of the hire-date entry.
func normalizeDate(text string) string {
	d, err := ParseDate(text)
	if err != nil {
		return text
	}
	return d
}
