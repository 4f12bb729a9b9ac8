package report

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"testing"

	"orgdesigner/app/compare"
	"orgdesigner/data"
)

// bigResult compares genDoc(n) (with salary bands) with a scenario of it
// that has k edits spread over its departments: 编制 raised, roles
// renamed, moved to the next department and added (a move also moves
// the role's holders, so Compare finds more changes than edits).
func bigResult(tb testing.TB, n, k int) *compare.Result {
	a := genDoc(n)
	for i := range a.Roles {
		a.Roles[i].PayMin, a.Roles[i].PayMax = float64(8000+i%20*500), float64(12000+i%20*700)
	}
	b := cloneDoc(tb, a)
	nd := len(b.Departments)
	for i := 0; i < k; i++ {
		r := &b.Roles[1+(i*7919)%(len(b.Roles)-1)]
		switch i % 4 {
		case 0:
			r.Planned += 2
		case 1:
			r.Title += "（新）"
		case 2:
			from := r.Department
			var to data.ID
			for j := range b.Departments {
				if b.Departments[j].ID == from {
					to = b.Departments[(j+1)%nd].ID
				}
			}
			r.Department = to
		case 3:
			id := data.ID(fmt.Sprintf("new-%04d", i))
			d := b.Departments[i%nd].ID
			b.Roles = append(b.Roles, data.Role{ID: id, Title: fmt.Sprintf("新岗位%d", i), Department: d, Planned: 2,
				PayMin: 9000, PayMax: 13000})
		}
	}
	b.Reindex()
	return compare.Compare(a, b)
}

// BenchmarkChangeReport5000: the change report of 5,000 roles with 300
// edits, both charts included.
func BenchmarkChangeReport5000(b *testing.B) { benchChanges(b, 5000, 300) }

// BenchmarkChangeReport300: a real company's size, 300 roles with 40
// edits.
func BenchmarkChangeReport300(b *testing.B) { benchChanges(b, 300, 40) }

func benchChanges(b *testing.B, n, k int) {
	res := bigResult(b, n, k)
	b.ReportAllocs()
	b.ResetTimer()
	pages, size := 0, 0
	for b.Loop() {
		var buf bytes.Buffer
		r, err := Changes(context.Background(), &buf, res, ChangeOptions{Options: Options{Date: fixedDate}, NameA: "当前组织", NameB: "成长期方案"})
		if err != nil {
			b.Fatal(err)
		}
		pages, size = r.Pages, buf.Len()
	}
	b.ReportMetric(float64(pages), "pages")
	b.ReportMetric(float64(size)/1e6, "MB")
}

// TestWriteBigComparison writes the document of BenchmarkChangeReport5000
// (its current organisation and the edited scenario, named 成长期方案) to
// the .orgdb file ORGDESIGNER_BIG_COMPARE names, for measuring the real
// command: orgdesigner compare FILE 成长期方案 --pdf OUT.pdf under
// /usr/bin/time -v (docs/performance.md). Skipped without the variable.
func TestWriteBigComparison(t *testing.T) {
	path := os.Getenv("ORGDESIGNER_BIG_COMPARE")
	if path == "" {
		t.Skip("set ORGDESIGNER_BIG_COMPARE=FILE.orgdb to write the document")
	}
	res := bigResult(t, 5000, 300)
	st, err := data.Create(path, res.A)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := st.CreateScenario(data.Scenario{Name: "成长期方案"}, res.B); err != nil {
		t.Fatal(err)
	}
}
