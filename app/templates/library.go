package templates

import (
	"slices"

	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// RoleLibrary returns the roles of the templates that offer theirs (the
// internet-marketing template) in lang ("zh" or "en"), in template order,
// each id once, so the user can add a ready-made role card to any
// department.
//
// Each role is a fresh copy with its full card and its Suggested marks.
// Department still holds the template's department id (useful for grouping
// the library: Load the template for the department names); ReportsTo and
// the dotted lines are cleared because they point at template roles. The
// caller gives the role a new ID, Department and ReportsTo before adding it.
func RoleLibrary(lang string) []data.Role {
	var out []data.Role
	seen := map[data.ID]bool{}
	for _, f := range builtin().in(i18n.Normalize(lang)) {
		if !f.RoleLibrary {
			continue
		}
		doc, err := f.document()
		if err != nil {
			continue // Check reports it; parseFile already refused such files
		}
		doc.Sort()
		for _, r := range departmentOrder(doc) {
			if seen[r.ID] {
				continue
			}
			seen[r.ID] = true
			r.ReportsTo = ""
			r.Dotted = nil
			out = append(out, r)
		}
	}
	return out
}

// departmentOrder lists the document's roles company-level first, then
// department by department in chart order.
func departmentOrder(doc *data.Document) []data.Role {
	var out []data.Role
	for _, r := range doc.RolesIn("") {
		out = append(out, *r)
	}
	var walk func(parent data.ID)
	walk = func(parent data.ID) {
		for _, d := range doc.ChildDepartments(parent) {
			for _, r := range doc.RolesIn(d.ID) {
				out = append(out, *r)
			}
			walk(d.ID)
		}
	}
	walk("")
	return slices.Clip(out)
}
