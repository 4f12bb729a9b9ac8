package compare

import (
	"slices"
	"strings"

	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// Sentence says change c of comparison r in lang ("zh" or "en") as the
// change list, the change report and the command line print it: "新增岗位
// 直播运营（编制 2）", "岗位 市场调研专员 从 市场部 调至 内容中心；改为向
// 直播运营 汇报（原为 市场部经理）", "人员 陈晨 离开（原任 用户增长组/用户运营专员）".
// Names of departments, roles and people are looked up in r.A (before)
// and r.B (after); a department name that another department of either
// side also has is given with its parent's ("南京/南京-程晴组"), so a move
// never reads "from 大连-汪佳晓组 to 大连-汪佳晓组".
func Sentence(lang string, r *Result, c Change) string {
	s := sentencer{l: lang, a: r.A, b: r.B}
	if s.a == nil {
		s.a = &data.Document{}
	}
	if s.b == nil {
		s.b = &data.Document{}
	}
	return s.say(c)
}

// sentencer words the changes of one comparison in one language.
type sentencer struct {
	l    string
	a, b *data.Document
}

func (s sentencer) say(c Change) string {
	l, a, b := s.l, s.a, s.b
	switch c.Kind {
	case DeptAdded:
		if d := b.Department(c.ID); d != nil && b.Department(d.Parent) != nil {
			return i18n.In(l, "New department %s under %s", c.Name, s.dept(b, d.Parent))
		}
		return i18n.In(l, "New department %s", c.Name)
	case DeptRemoved:
		return i18n.In(l, "Department %s removed", c.Name)
	case DeptMoved:
		from, to := c.From, c.To
		if da, db := a.Department(c.ID), b.Department(c.ID); da != nil && db != nil {
			from, to = da.Parent, db.Parent
		}
		return i18n.In(l, "Department %s moved from %s to %s", c.Name, s.parent(a, from), s.parent(b, to))
	case DeptRenamed:
		return i18n.In(l, "Department renamed %s → %s", c.OldName, c.Name)
	case DeptChanged:
		if f := FieldsText(l, c.Fields); f != "" {
			return i18n.In(l, "Department %s changed: %s", c.Name, f)
		}
		return i18n.In(l, "Department %s changed", c.Name)
	case RoleAdded:
		planned := 0
		if r := b.Role(c.ID); r != nil {
			planned = r.Planned
		}
		return i18n.In(l, "New role %s (planned %d)", c.Name, planned)
	case RoleRemoved:
		planned := 0
		if r := a.Role(c.ID); r != nil {
			planned = r.Planned
		}
		return i18n.In(l, "Role %s removed (planned %d)", c.Name, planned)
	case RoleMoved:
		return s.roleMoved(c)
	case RoleRenamed:
		return i18n.In(l, "Role renamed %s → %s", c.OldName, c.Name)
	case RoleCardChanged:
		if f := FieldsText(l, c.Fields); f != "" {
			return i18n.In(l, "Role %s: job description changed (%s)", c.Name, f)
		}
		return i18n.In(l, "Role %s: job description changed", c.Name)
	case PlannedChanged:
		return i18n.In(l, "Role %s: planned %d → %d", c.Name, c.Before, c.After)
	case PersonAdded:
		return i18n.In(l, "New person %s (%s)", c.Name, s.personRole(b, c.ID))
	case PersonRemoved:
		return i18n.In(l, "%s leaves (was %s)", c.Name, s.personRole(a, c.ID))
	case PersonMoved:
		from, to := s.dept(a, c.From), s.dept(b, c.To)
		switch pa, pb := a.Person(c.ID), b.Person(c.ID); {
		case pa != nil && pb != nil:
			from, to = s.placeOf(a, pa), s.placeOf(b, pb)
		case a.Role(c.FromRole) != nil || b.Role(c.ToRole) != nil:
			from, to = s.role(a, c.FromRole), s.role(b, c.ToRole)
		}
		return i18n.In(l, "%s moves from %s to %s", c.Name, from, to)
	case ProjectAdded:
		return i18n.In(l, "New project team %s", c.Name)
	case ProjectRemoved:
		return i18n.In(l, "Project team %s removed", c.Name)
	case ProjectChanged:
		if f := FieldsText(l, c.Fields); f != "" {
			return i18n.In(l, "Project team %s changed: %s", c.Name, f)
		}
		return i18n.In(l, "Project team %s changed", c.Name)
	}
	return c.Name
}

// roleMoved says how a role moved: to another department, to another
// 直接上级, or both. The documents say where it was and is; a change
// whose role one of them lacks is worded from its own fields.
func (s sentencer) roleMoved(c Change) string {
	l, a, b := s.l, s.a, s.b
	fromDept, toDept, fromBoss, toBoss := c.From, c.To, c.FromRole, c.ToRole
	deptMoved, bossChanged := slices.Contains(c.Fields, FieldDepartment), slices.Contains(c.Fields, FieldReportsTo)
	if ra, rb := a.Role(c.ID), b.Role(c.ID); ra != nil && rb != nil {
		fromDept, toDept, fromBoss, toBoss = deptOf(a, ra), deptOf(b, rb), ra.ReportsTo, rb.ReportsTo
		deptMoved, bossChanged = fromDept != toDept, fromBoss != toBoss
	}
	var parts []string
	if deptMoved {
		parts = append(parts, i18n.In(l, "Role %s moved from %s to %s", c.Name, s.dept(a, fromDept), s.dept(b, toDept)))
	}
	if bossChanged {
		var t string
		switch {
		case toBoss == "" || b.Role(toBoss) == nil:
			t = i18n.In(l, "no longer reports to %s", title(a, fromBoss))
		case fromBoss == "" || a.Role(fromBoss) == nil:
			t = i18n.In(l, "now reports to %s", title(b, toBoss))
		default:
			t = i18n.In(l, "now reports to %s (was %s)", title(b, toBoss), title(a, fromBoss))
		}
		if len(parts) == 0 {
			t = i18n.In(l, "Role %s %s", c.Name, t)
		}
		parts = append(parts, t)
	}
	if len(parts) == 0 {
		return i18n.In(l, "Role %s moved from %s to %s", c.Name, s.place(a, c.From), s.place(b, c.To))
	}
	return strings.Join(parts, i18n.In(l, "; "))
}

// deptOf is a role's department, "" for company level (also for a
// department the document does not have).
func deptOf(doc *data.Document, r *data.Role) data.ID {
	if doc.Department(r.Department) != nil {
		return r.Department
	}
	return ""
}

// dept names a department of doc, or the company level for "" (or one
// doc does not have).
func (s sentencer) dept(doc *data.Document, id data.ID) string {
	d := doc.Department(id)
	if d == nil {
		return i18n.In(s.l, "Company level")
	}
	if s.shared(d) {
		if p := doc.Department(d.Parent); p != nil {
			return i18n.In(s.l, "%s / %s", p.Name, d.Name)
		}
	}
	return d.Name
}

// shared reports whether another department, on either side, has d's
// name.
func (s sentencer) shared(d *data.Department) bool {
	for _, doc := range []*data.Document{s.a, s.b} {
		for i := range doc.Departments {
			if o := &doc.Departments[i]; o.ID != d.ID && o.Name == d.Name {
				return true
			}
		}
	}
	return false
}

// parent names a department's parent, or the top level.
func (s sentencer) parent(doc *data.Document, id data.ID) string {
	if doc.Department(id) != nil {
		return s.dept(doc, id)
	}
	return i18n.In(s.l, "the top level")
}

// place names the department or role a change's From or To is.
func (s sentencer) place(doc *data.Document, id data.ID) string {
	if doc.Department(id) != nil {
		return s.dept(doc, id)
	}
	if r := doc.Role(id); r != nil {
		return r.Title
	}
	return i18n.In(s.l, "Company level")
}

// title is a role's title, or its id when doc lacks it.
func title(doc *data.Document, id data.ID) string {
	if r := doc.Role(id); r != nil {
		return r.Title
	}
	return string(id)
}

// role is a role's department and title ("内容中心/直播运营"), or the
// app's word for holding none (未安排, as on the chart and status bar).
func (s sentencer) role(doc *data.Document, id data.ID) string {
	r := doc.Role(id)
	if r == nil {
		return i18n.In(s.l, "Unassigned")
	}
	return i18n.In(s.l, "%s / %s", s.dept(doc, deptOf(doc, r)), r.Title)
}

// placeOf is where person p is in doc: their role with its department,
// else 未安排 with the department they are in ("未安排（筹备组）"), so a
// person without a role who changes department does not read "from 未安排
// to 未安排".
func (s sentencer) placeOf(doc *data.Document, p *data.Person) string {
	if doc.Role(p.Role) == nil && doc.Department(p.Department) != nil {
		return i18n.In(s.l, "%s (%s)", i18n.In(s.l, "Unassigned"), s.dept(doc, p.Department))
	}
	return s.role(doc, p.Role)
}

// personRole is the role person id holds in doc, with its department.
func (s sentencer) personRole(doc *data.Document, id data.ID) string {
	if p := doc.Person(id); p != nil {
		return s.role(doc, p.Role)
	}
	return i18n.In(s.l, "Unassigned")
}
