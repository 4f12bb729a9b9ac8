package people

import (
	"slices"

	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/i18n"
	"orgdesigner/data"
	"orgdesigner/views/card/field"
)

// noRole is the role filter's id for "people in no role"; no real id
// contains a NUL.
const noRole data.ID = "\x00none"

// loadFilters refreshes the filter selects' options for doc without firing
// their callbacks; a filter whose department or role is gone is dropped.
func (l *List) loadFilters(doc *data.Document) {
	l.loading = true
	defer func() { l.loading = false }()

	l.depts = field.DepartmentChoices(doc, i18n.L("All departments"))
	if doc.Department(l.filter.Department) == nil {
		l.filter.Department = ""
	}
	setSelect(l.dept, l.depts.Labels, l.depts.Label(l.filter.Department))

	l.roles = &field.Choices{}
	l.roles.Add("", i18n.L("All roles"))
	l.roles.Add(noRole, i18n.L("No role"))
	all := field.RoleChoices(doc, "", "")
	within := map[data.ID]bool{}
	if l.filter.Department != "" {
		within = subtree(doc, l.filter.Department)
	}
	for i, id := range all.IDs {
		if r := doc.Role(id); r != nil && (l.filter.Department == "" || within[r.Department]) {
			l.roles.Add(id, all.Labels[i])
		}
	}
	if l.filter.Role != "" && l.roles.Label(l.filter.Role) == "" {
		l.filter.Role = ""
	}
	role := l.filter.Role
	if l.filter.NoRole {
		role = noRole
	}
	setSelect(l.role, l.roles.Labels, l.roles.Label(role))

	statuses := []string{i18n.L("All statuses")}
	for _, s := range statusOrder {
		statuses = append(statuses, StatusName(s))
	}
	current := statuses[0]
	if l.filter.Status != "" {
		current = StatusName(l.filter.Status)
	}
	setSelect(l.status, statuses, current)
}

func setSelect(s *widget.Select, options []string, selected string) {
	if !slices.Equal(s.Options, options) {
		s.SetOptions(options)
	}
	if s.Selected != selected {
		s.SetSelected(selected)
	}
}

func (l *List) onDeptFilter(label string) {
	if l.loading {
		return
	}
	id, _ := l.depts.ID(label)
	l.filter.Department = id
	l.reload()
}

func (l *List) onRoleFilter(label string) {
	if l.loading {
		return
	}
	id, _ := l.roles.ID(label)
	l.filter.NoRole = id == noRole
	l.filter.Role = id
	if l.filter.NoRole {
		l.filter.Role = ""
	}
	l.reload()
}

func (l *List) onStatusFilter(label string) {
	if l.loading {
		return
	}
	l.filter.Status = ""
	for _, s := range statusOrder {
		if StatusName(s) == label {
			l.filter.Status = s
		}
	}
	l.reload()
}
