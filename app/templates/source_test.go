package templates

import (
	"fmt"
	"regexp"
	"strings"
)

// This file parses the seed document (testdata/source-document.zh-CN.md)
// independently of the template data, so the fidelity test can compare the
// two and nothing from the source can go missing silently.

type srcItem struct {
	Text     string
	Examples []string
}

type srcRole struct {
	Title string
	Items []srcItem
}

type srcDept struct {
	Name, Motto, Positioning string
	Roles                    []srcRole
}

var (
	deptHeadingRe = regexp.MustCompile(`^## \((.)\)([^:]+):(.+)$`)
	directionRe   = regexp.MustCompile(`^([A-Za-z]+方向):`)
)

// parseSource reads the departments of section 二: "## (一)name:motto"
// headings, "部门定位:" lines and "- 岗位:responsibilities" lines, where an
// indented line continues the role above (SEO/SEM's SEM direction).
func parseSource(text string) ([]srcDept, error) {
	var out []srcDept
	var role *srcRole
	for n, line := range strings.Split(text, "\n") {
		trimmed := strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(line, "# "):
			role = nil
		case deptHeadingRe.MatchString(trimmed):
			m := deptHeadingRe.FindStringSubmatch(trimmed)
			out = append(out, srcDept{Name: m[2], Motto: m[3]})
			role = nil
		case len(out) == 0:
		case strings.HasPrefix(trimmed, "部门定位:"):
			out[len(out)-1].Positioning = strings.TrimPrefix(trimmed, "部门定位:")
		case strings.HasPrefix(line, "- "):
			title, body, ok := strings.Cut(strings.TrimPrefix(line, "- "), ":")
			if !ok {
				return nil, fmt.Errorf("line %d: role line without a colon: %q", n+1, line)
			}
			d := &out[len(out)-1]
			d.Roles = append(d.Roles, srcRole{Title: title})
			role = &d.Roles[len(d.Roles)-1]
			role.Items = append(role.Items, splitItems(body)...)
		case trimmed != "" && role != nil && line != trimmed:
			role.Items = append(role.Items, splitItems(trimmed)...)
		case trimmed != "":
			role = nil
		}
	}
	return out, nil
}

// splitItems splits a responsibility text at top-level ";" and moves each
// item's "如…" examples out of its text. A leading "SEO方向:" marks every
// item of the text with its direction.
func splitItems(body string) []srcItem {
	body = strings.TrimSpace(body)
	prefix := ""
	if m := directionRe.FindString(body); m != "" {
		prefix, body = m, strings.TrimPrefix(body, m)
	}
	var out []srcItem
	for _, part := range splitTop(body, ';') {
		part = strings.TrimSuffix(strings.TrimSpace(part), "。")
		if part == "" {
			continue
		}
		it := extractExamples(part)
		it.Text = prefix + it.Text
		out = append(out, it)
	}
	return out
}

// splitTop splits s at sep outside parentheses.
func splitTop(s string, sep rune) []string {
	var out []string
	depth, start := 0, 0
	for i, r := range s {
		switch r {
		case '(':
			depth++
		case ')':
			depth--
		case sep:
			if depth == 0 {
				out = append(out, s[start:i])
				start = i + len(string(r))
			}
		}
	}
	return append(out, s[start:])
}

// extractExamples removes "(如…)" groups and the ",如…" tail of a group
// from the item, returning the examples in order. Other parentheses
// (explanations such as "(投入产出比)") stay in the text.
func extractExamples(item string) srcItem {
	var it srcItem
	var text strings.Builder
	rest := item
	for {
		open := strings.IndexRune(rest, '(')
		if open < 0 {
			text.WriteString(rest)
			break
		}
		end := matchParen(rest, open)
		if end < 0 {
			text.WriteString(rest)
			break
		}
		text.WriteString(rest[:open])
		inner := rest[open+1 : end]
		switch {
		case strings.HasPrefix(inner, "如"):
			it.Examples = append(it.Examples, strings.TrimPrefix(inner, "如"))
		case strings.Contains(inner, ",如"):
			before, ex, _ := strings.Cut(inner, ",如")
			it.Examples = append(it.Examples, ex)
			text.WriteString("(" + before + ")")
		default:
			text.WriteString(rest[open : end+1])
		}
		rest = rest[end+1:]
	}
	it.Text = text.String()
	return it
}

// matchParen returns the index of the ")" closing the "(" at open, or -1.
func matchParen(s string, open int) int {
	depth := 0
	for i, r := range s[open:] {
		switch r {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return open + i
			}
		}
	}
	return -1
}
