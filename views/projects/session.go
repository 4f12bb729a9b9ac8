// Package projects holds the project-team views of OrgDesigner: the list of
// project teams with their members (project mode), the departments ×
// project teams grid (matrix mode) and the editor that creates and changes
// a team (name, owner, dates, goal, members with their project roles).
// Every change goes through the session as one undoable command.
package projects

import (
	"strings"

	"orgdesigner/app"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// Session is what the project views need from the editing session;
// *app.Session satisfies it.
type Session interface {
	Doc() *data.Document
	Do(app.Command) error
}

// roleLabel names a role with its department, e.g. "电商运营 · 数字运营部".
func roleLabel(doc *data.Document, r *data.Role) string {
	if d := doc.Department(r.Department); d != nil {
		return r.Title + " · " + d.Name
	}
	return r.Title + " · " + i18n.L("Company level")
}

// personLabel names a person with their role, e.g. "张三 (电商运营)".
func personLabel(doc *data.Document, p *data.Person) string {
	if r := doc.Role(p.Role); r != nil {
		return p.Name + " (" + r.Title + ")"
	}
	return p.Name
}

// MemberLabel names a project member: a role's title, or a person's name
// with their role; an unknown reference gives "?".
func MemberLabel(doc *data.Document, m data.Member) string {
	switch {
	case m.Role != "":
		if r := doc.Role(m.Role); r != nil {
			return r.Title
		}
	case m.Person != "":
		if p := doc.Person(m.Person); p != nil {
			return personLabel(doc, p)
		}
	}
	return "?"
}

// memberLine is a member with their project role, as listed in the grid
// and the team cards.
func memberLine(doc *data.Document, m data.Member) string {
	s := MemberLabel(doc, m)
	if pr := strings.TrimSpace(m.ProjectRole); pr != "" {
		s += " · " + pr
	}
	return s
}

// OwnerLabel names a team's owner, or "" when it has none.
func OwnerLabel(doc *data.Document, t *data.ProjectTeam) string {
	if t.OwnerPerson != "" {
		if p := doc.Person(t.OwnerPerson); p != nil {
			return personLabel(doc, p)
		}
	}
	if t.OwnerRole != "" {
		if r := doc.Role(t.OwnerRole); r != nil {
			return r.Title
		}
	}
	return ""
}

// MemberDepartment returns the department a member belongs to: a role's
// department, or a person's role's department (their own department when
// they hold no role). "" is the company level.
func MemberDepartment(doc *data.Document, m data.Member) data.ID {
	if m.Role != "" {
		if r := doc.Role(m.Role); r != nil {
			return r.Department
		}
		return ""
	}
	if p := doc.Person(m.Person); p != nil {
		if r := doc.Role(p.Role); r != nil {
			return r.Department
		}
		return p.Department
	}
	return ""
}

// period formats a team's start and end ("2025-05-20 – 2025-06-20"), or ""
// when neither is set.
func period(t *data.ProjectTeam) string {
	switch {
	case t.Start == "" && t.End == "":
		return ""
	case t.End == "":
		return i18n.L("from %s", t.Start)
	case t.Start == "":
		return i18n.L("until %s", t.End)
	}
	return t.Start + " – " + t.End
}
