package sheets

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// BenchmarkReimportWithoutNumbers10k plans a 10,000-row roster without
// 工号 (names repeat: 2,000 names × 5) against the document it was
// imported into, after every 10th person moved department: every row is
// matched by name and phone.
func BenchmarkReimportWithoutNumbers10k(b *testing.B) {
	dir := b.TempDir()
	roster := func(moved bool) string {
		var sb strings.Builder
		sb.WriteString("姓名,部门,岗位,手机\n")
		for i := 0; i < 10000; i++ {
			dept := i/2000*8 + i%8 // the five of a name in five departments
			if moved && i%10 == 0 {
				dept = (dept + 1) % 40
			}
			fmt.Fprintf(&sb, "员工%d,部门%d,专员,138%08d\n", i%2000, dept, i)
		}
		return writeFile(b, dir, fmt.Sprintf("roster-%v.csv", moved), []byte(sb.String()))
	}
	_, p := importFile(b, roster(false), blankDoc(), PlanOptions{})
	doc := apply(b, blankDoc(), p)
	path := roster(true)
	wb, err := Open(path)
	must(b, err)
	defer wb.Close()
	a, err := wb.Analyse(context.Background(), wb.Suggested(), doc, nil)
	must(b, err)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p, err := Plan(context.Background(), a, doc, PlanOptions{NewID: prefixedIDs("n")}, nil)
		must(b, err)
		if len(p.NewPeople) != 0 || len(p.UpdatedPeople) != 1000 || len(p.Problems) != 0 {
			b.Fatalf("new %d updated %d problems %d", len(p.NewPeople), len(p.UpdatedPeople), len(p.Problems))
		}
	}
}
