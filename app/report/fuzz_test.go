package report

import (
	"bytes"
	"context"
	"testing"

	"orgdesigner/data"
)

// FuzzRoleSheetText puts arbitrary text into every kind of field a role
// sheet prints: the report must always be written, never fail or panic.
func FuzzRoleSheetText(f *testing.F) {
	for _, s := range []string{"用户反馈", "𠮷野家", "（注）", "\x00\xff\xfe", "a\tb\r\nc", "‮evil", "👩‍👩‍👧", "…………", "((((", "%d %s %%"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		doc := &data.Document{
			Org:         data.Organisation{Name: s, Lang: "zh"},
			Departments: []data.Department{{ID: "d", Name: s, Motto: s, Positioning: s}},
			Roles: []data.Role{{ID: "r", Title: s, Department: "d", Code: s, Grade: s, Purpose: s, Planned: 1,
				Dotted:           []data.DottedLine{{Manager: "m", Label: s}},
				Responsibilities: []data.Responsibility{{Text: s, Weight: 50, Examples: []string{s}}},
				KPIs:             []data.KPI{{Indicator: s, Target: s, Cycle: s, Weight: 100}},
				Qualifications:   data.Qualifications{Education: s, Skills: s},
				Authority:        s, InternalContacts: s, CareerPath: s, Notes: s},
				{ID: "m", Title: s, Department: "d"}},
			People: []data.Person{{ID: "p", Name: s, Role: "r"}},
		}
		var out bytes.Buffer
		if _, err := RoleSheets(context.Background(), &out, doc, []data.ID{"r"}, Options{Date: fixedDate}); err != nil {
			t.Fatalf("role sheet of %q: %v", s, err)
		}
		if !bytes.HasPrefix(out.Bytes(), []byte("%PDF-")) {
			t.Fatal("no PDF written")
		}
	})
}
