package check

import (
	"strings"
	"unicode"

	"orgdesigner/app/i18n"
)

// overlapGroup is one responsibility text shared by several roles.
type overlapGroup struct {
	text  string // as written in the first role
	sub   int    // its position in the first role's list
	roles []int  // distinct role indexes, in document order
}

// checkOverlap reports each responsibility written in more than one role —
// usually a sign that two roles own the same work. One finding per group
// selects the first role and names them all.
func (c *checker) checkOverlap() {
	groups := make(map[string]*overlapGroup, 4*len(c.doc.Roles))
	var order []*overlapGroup
	for i := range c.doc.Roles {
		for j, resp := range c.doc.Roles[i].Responsibilities {
			key := normalise(resp.Text)
			if key == "" {
				continue
			}
			g, ok := groups[key]
			if !ok {
				g = &overlapGroup{text: resp.Text, sub: j}
				groups[key] = g
				order = append(order, g)
			}
			// Roles are visited in order, so a repeat within one role
			// shows up as the last entry.
			if n := len(g.roles); n == 0 || g.roles[n-1] != i {
				g.roles = append(g.roles, i)
			}
		}
	}
	for _, g := range order {
		if len(g.roles) < 2 {
			continue
		}
		names := make([]string, min(len(g.roles), maxListed))
		for k := range names {
			names[k] = c.roleName(&c.doc.Roles[g.roles[k]])
		}
		first := &c.doc.Roles[g.roles[0]]
		c.add(Warning, KindOverlap, ObjectRole, first.ID, g.roles[0], g.sub,
			i18n.L("The responsibility %s appears in %d roles: %s.", quoteText(g.text), len(g.roles), joinNames(names, len(g.roles))))
	}
}

// normalise makes responsibility texts comparable: full-width letters and
// digits (ＳＥＯ) folded to their narrow forms, lower case, and every space
// and punctuation mark (Chinese or Western) dropped, so "数据分析、报告" and
// "数据分析 报告。" are the same duty. One pass, one allocation: it runs on
// every responsibility of the document.
func normalise(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if unicode.IsSpace(r) || unicode.IsPunct(r) {
			continue
		}
		if r >= fullWidthFirst && r <= fullWidthLast {
			r -= fullWidthOffset
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// The Unicode block of full-width ASCII (！ to ～) and its distance from
// ASCII (! to ~).
const (
	fullWidthFirst  = '\uFF01'
	fullWidthLast   = '\uFF5E'
	fullWidthOffset = '\uFF01' - '!'
)
