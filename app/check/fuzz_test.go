package check

import (
	"fmt"
	"slices"
	"testing"

	"orgdesigner/data"
)

// damagedDoc builds a document from fuzz bytes, with any links at all:
// reporting and parent cycles, self-links, missing targets, duplicate
// responsibilities. A damaged file must still be checked, never hang.
func damagedDoc(b []byte) *data.Document {
	d := &data.Document{}
	link := func(i int, prefix string, n int) data.ID {
		if i >= len(b) || n == 0 {
			return ""
		}
		v := int(b[i])
		switch {
		case v%5 == 0:
			return ""
		case v%7 == 0:
			return data.ID(prefix + "missing")
		}
		return data.ID(fmt.Sprintf("%s%d", prefix, v%n))
	}
	nDept := len(b)%4 + 1
	for i := range nDept {
		d.Departments = append(d.Departments, data.Department{
			ID: data.ID(fmt.Sprintf("d%d", i)), Name: "部门", Parent: link(i, "d", nDept), Head: link(i+1, "r", len(b)/2),
		})
	}
	nRole := len(b) / 2
	for i := range nRole {
		r := data.Role{
			ID: data.ID(fmt.Sprintf("r%d", i)), Title: "岗位", Department: link(2*i, "d", nDept),
			ReportsTo: link(2*i+1, "r", nRole), Planned: int(b[2*i]) % 3,
			Responsibilities: []data.Responsibility{{Text: fmt.Sprint(b[2*i] % 4), Weight: float64(b[2*i+1] % 101)}},
		}
		if b[2*i]%3 == 0 {
			r.Dotted = []data.DottedLine{{Manager: link(2*i+1, "r", nRole), Label: "项目"}}
		}
		d.Roles = append(d.Roles, r)
	}
	for i := range len(b) {
		d.People = append(d.People, data.Person{
			ID: data.ID(fmt.Sprintf("p%d", i)), Name: "员工", Role: link(i, "r", nRole), Status: data.StatusActive,
		})
	}
	d.Reindex()
	return d
}

func FuzzRun(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4, 5, 6})
	f.Add([]byte{1, 1, 2, 2, 3, 3, 4, 4}) // self and mutual links
	f.Add([]byte{7, 14, 21, 28})          // missing targets
	f.Fuzz(func(t *testing.T, b []byte) {
		if len(b) > 200 {
			return
		}
		doc := damagedDoc(b)
		fs := Run(doc, Thresholds{MaxSpan: 1, MaxDepth: 1})
		if !slices.IsSortedFunc(fs, func(a, b Finding) int { return int(b.Severity) - int(a.Severity) }) {
			t.Errorf("findings not sorted by severity: %v", hits(fs))
		}
		for _, x := range fs {
			if x.Kind == "" || x.Message == "" {
				t.Errorf("incomplete finding %+v", x)
			}
		}
		if again := Run(doc, Thresholds{MaxSpan: 1, MaxDepth: 1}); !slices.Equal(again, fs) {
			t.Errorf("second run differs")
		}
	})
}
