// Package scenarios holds the main window's scenario (方案) screens: the
// dialogs that create, rename and compare scenarios and save the change
// report, and the change list that compare mode shows beside the chart.
// The window (package views) owns the session and wires these to it.
package scenarios

import (
	"fmt"
	"math"
	"strings"

	"orgdesigner/app/compare"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// Line is a change as a sentence a user reads: "新增岗位 运营专员",
// "张三 调岗：文案 → 运营专员", "编制 3 → 5" …; a and b are the organisations
// compared (names of parents and roles are looked up in them).
func Line(c compare.Change, a, b *data.Document) string {
	switch c.Kind {
	case compare.DeptAdded:
		return i18n.L("New department %s", c.Name)
	case compare.DeptRemoved:
		return i18n.L("Department %s removed", c.Name)
	case compare.DeptMoved:
		return i18n.L("Department %s moves to %s", c.Name, deptName(b, c.To))
	case compare.DeptRenamed:
		return i18n.L("Department renamed %s → %s", c.OldName, c.Name)
	case compare.DeptChanged:
		return withFields(i18n.L("Department %s changed", c.Name), c.Fields)
	case compare.RoleAdded:
		return i18n.L("New role %s", c.Name)
	case compare.RoleRemoved:
		return i18n.L("Role %s removed", c.Name)
	case compare.RoleMoved:
		return i18n.L("Role %s moves to %s", c.Name, parentName(b, c.To))
	case compare.RoleRenamed:
		return i18n.L("Role renamed %s → %s", c.OldName, c.Name)
	case compare.RoleCardChanged:
		return withFields(i18n.L("Role card of %s changed", c.Name), c.Fields)
	case compare.PlannedChanged:
		return i18n.L("%s: planned %d → %d", c.Name, c.Before, c.After)
	case compare.PersonAdded:
		return i18n.L("New person %s (%s)", c.Name, roleOf(b, c.ID))
	case compare.PersonRemoved:
		return i18n.L("Person %s leaves (%s)", c.Name, roleOf(a, c.ID))
	case compare.PersonMoved:
		return i18n.L("Person %s moves: %s → %s", c.Name, roleOf(a, c.ID), roleOf(b, c.ID))
	case compare.ProjectAdded:
		return i18n.L("New project team %s", c.Name)
	case compare.ProjectRemoved:
		return i18n.L("Project team %s removed", c.Name)
	case compare.ProjectChanged:
		return i18n.L("Project team %s changed", c.Name)
	}
	return c.Name
}

// withFields adds the changed fields, by the names compare gives them, to
// a sentence.
func withFields(s string, fields []string) string {
	if len(fields) == 0 {
		return s
	}
	return s + i18n.L(": ") + compare.FieldsText(i18n.Language(), fields)
}

// deptName names a department of doc, "the company" for "".
func deptName(doc *data.Document, id data.ID) string {
	if doc != nil {
		if d := doc.Department(id); d != nil {
			return d.Name
		}
	}
	if id == "" && doc != nil && doc.Org.Name != "" {
		return doc.Org.Name
	}
	return i18n.L("the company")
}

// parentName names a role's new place: its 直接上级 role or its department.
func parentName(doc *data.Document, id data.ID) string {
	if doc != nil {
		if r := doc.Role(id); r != nil {
			return r.Title
		}
	}
	return deptName(doc, id)
}

// roleOf names the role person id holds in doc.
func roleOf(doc *data.Document, id data.ID) string {
	if doc != nil {
		if p := doc.Person(id); p != nil {
			if r := doc.Role(p.Role); r != nil {
				return r.Title
			}
		}
	}
	return i18n.L("no role")
}

// Money writes a monthly amount in yuan with thousands separators: ¥12,345.
func Money(v float64) string {
	n := int64(math.Round(v))
	sign := ""
	if n < 0 {
		sign, n = "-", -n
	}
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return sign + "¥" + b.String()
}

// signedMoney writes a difference with its sign: +¥1,200, -¥300, ±¥0.
func signedMoney(v float64) string {
	switch r := math.Round(v); {
	case r > 0:
		return "+" + Money(r)
	case r < 0:
		return Money(r)
	}
	return "±¥0"
}

// signed writes a count difference with its sign.
func signed(n int) string {
	switch {
	case n > 0:
		return fmt.Sprintf("+%d", n)
	case n < 0:
		return fmt.Sprint(n)
	}
	return "±0"
}
