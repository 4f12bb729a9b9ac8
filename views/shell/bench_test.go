package shell

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"orgdesigner/app"
	"orgdesigner/data"
)

// bigDoc is an organisation of nRoles roles with full role cards in 50
// departments and two people per role.
func bigDoc(nRoles int) *data.Document {
	d := &data.Document{Org: data.Organisation{Name: "大公司", Lang: "zh"}}
	for i := range 50 {
		d.Departments = append(d.Departments, data.Department{ID: data.ID(fmt.Sprintf("d%d", i)), Name: fmt.Sprintf("部门%d", i)})
	}
	for i := range nRoles {
		r := data.Role{ID: data.ID(fmt.Sprintf("r%d", i)), Title: fmt.Sprintf("岗位%d", i),
			Department: d.Departments[i%50].ID, Planned: 2, Purpose: "负责本岗位的全部工作,并向上级汇报。"}
		if i > 0 {
			r.ReportsTo = data.ID(fmt.Sprintf("r%d", (i-1)/10))
		}
		for j := range 5 {
			r.Responsibilities = append(r.Responsibilities, data.Responsibility{Text: fmt.Sprintf("岗位%d的职责%d,负责相关工作。", i, j), Weight: 20})
		}
		d.Roles = append(d.Roles, r)
		for k := range 2 {
			d.People = append(d.People, data.Person{ID: data.ID(fmt.Sprintf("p%d-%d", i, k)),
				Number: fmt.Sprintf("E%d-%d", i, k), Name: fmt.Sprintf("员工%d", i), Role: r.ID})
		}
	}
	return d
}

// BenchmarkDailyBackup5000 measures the backup taken when a 5,000-role,
// 10,000-person document is first opened on a day: the cost it adds to
// that start.
func BenchmarkDailyBackup5000(b *testing.B) {
	path := filepath.Join(b.TempDir(), "big.orgdb")
	st, err := data.Create(path, bigDoc(5000))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	day := time.Date(2026, 1, 1, 0, 0, 0, 0, time.Local)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if _, err := app.DailyBackup(st, 1000, day.AddDate(0, 0, i)); err != nil {
			b.Fatal(err)
		}
	}
	if fi, err := os.Stat(path); err == nil {
		b.ReportMetric(float64(fi.Size())/1e6, "docMB")
	}
}
