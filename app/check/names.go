package check

import (
	"math"
	"strconv"
	"strings"

	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// maxQuoted is how many characters of a responsibility a message quotes; the
// whole text is on the role card a click opens.
const maxQuoted = 40

// maxListed is how many role names an overlap message lists.
const maxListed = 5

// roleName quotes a role's title, with its department when it has one, since
// the same title (专员, 经理) often appears in several departments.
func (c *checker) roleName(r *data.Role) string {
	if d, ok := c.deptIdx[r.Department]; ok && r.Department != "" {
		return i18n.L("“%s” (%s)", r.Title, c.doc.Departments[d].Name)
	}
	return i18n.L("“%s”", r.Title)
}

// deptName quotes a department's name.
func deptName(d *data.Department) string { return i18n.L("“%s”", d.Name) }

// personName quotes a person's name, with the employee number when known to
// tell namesakes apart.
func personName(p *data.Person) string {
	if p.Number != "" {
		return i18n.L("“%s” (%s)", p.Name, p.Number)
	}
	return i18n.L("“%s”", p.Name)
}

// quoteText quotes s, shortened to maxQuoted characters.
func quoteText(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > maxQuoted {
		s = string(r[:maxQuoted]) + "…"
	}
	return i18n.L("“%s”", s)
}

// joinNames lists names with the language's list separator (、 in
// Chinese); when they are only the first of total, it says how many more.
func joinNames(names []string, total int) string {
	s := strings.Join(names, i18n.L(", "))
	if total > len(names) {
		s = i18n.L("%s and %d more", s, total-len(names))
	}
	return s
}

// percent formats a weight sum to at most one decimal: 99.5, 100, 33.3.
func percent(x float64) string {
	return strconv.FormatFloat(math.Round(x*10)/10, 'f', -1, 64)
}
