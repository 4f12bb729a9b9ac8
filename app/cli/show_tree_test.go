package cli

import (
	"bytes"
	"strings"
	"testing"

	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// TestTreeShowsCompanyRolesOnce: a company-level role reporting to another
// (Oracle's sample: the vice presidents report to the president, none in a
// department) is printed once, under its 直接上级 — not again at the top.
func TestTreeShowsCompanyRolesOnce(t *testing.T) {
	i18n.SetLanguage("en")
	d := &data.Document{
		Org:         data.Organisation{Name: "Co", Lang: "en"},
		Departments: []data.Department{{ID: "d1", Name: "IT"}},
		Roles: []data.Role{
			{ID: "r1", Title: "President", Planned: 1, Order: 1},
			{ID: "r2", Title: "Vice President", ReportsTo: "r1", Planned: 2, Order: 2},
			{ID: "r3", Title: "Programmer", ReportsTo: "r2", Department: "d1", Planned: 1, Order: 3},
		},
	}
	var w bytes.Buffer
	WriteTree(&w, d)
	out := w.String()
	if n := strings.Count(out, "Vice President"); n != 1 {
		t.Fatalf("the vice president is printed %d times:\n%s", n, out)
	}
	if !strings.Contains(out, "  - President  0/1  vacant\n    - Vice President  0/2") {
		t.Errorf("the vice president is not under the president:\n%s", out)
	}
	if !strings.Contains(out, "  [IT]  0/1\n    - Programmer") {
		t.Errorf("the department's role is not in it:\n%s", out)
	}
}
