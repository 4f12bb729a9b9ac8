package sheets

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"orgdesigner/data"
)

// writeBigRoster writes a 10,000-row × 12-column roster as an HR system
// would: 工号 as text, dates as serials with a date format, a three-level
// department path, managers by 工号.
func writeBigRoster(tb testing.TB, dir string, rows int) string {
	tb.Helper()
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	must(tb, err)
	dateFmt := "yyyy-mm-dd"
	dateStyle, err := f.NewStyle(&excelize.Style{CustomNumFmt: &dateFmt})
	must(tb, err)
	header := []any{"工号", "姓名", "部门", "岗位", "直属上级", "入职日期", "手机", "邮箱", "状态", "性别", "学历", "身份证号"}
	must(tb, sw.SetRow("A1", header))
	edu := []string{"本科", "硕士", "大专", "博士"}
	status := []string{"在职", "在职", "在职", "试用", "离职"}
	for i := 0; i < rows; i++ {
		dept := i % 40
		path := fmt.Sprintf("总部/中心%d/部门%d", dept%5, dept)
		mgr := ""
		if i >= 40 {
			mgr = fmt.Sprintf("%06d", i-40+1) // someone earlier in the same department
		}
		row := []any{
			fmt.Sprintf("%06d", i+1),
			fmt.Sprintf("员工%d", i+1),
			path,
			fmt.Sprintf("岗位%d", i%120),
			mgr,
			excelize.Cell{Value: 40000 + i%3000, StyleID: dateStyle},
			fmt.Sprintf("138%08d", i),
			fmt.Sprintf("user%d@example.com", i),
			status[i%len(status)],
			[]string{"男", "女"}[i%2],
			edu[i%len(edu)],
			fmt.Sprintf("1101011990%08d", i),
		}
		must(tb, sw.SetRow(cellName(1, i+2), row))
	}
	must(tb, sw.Flush())
	path := filepath.Join(dir, "roster10k.xlsx")
	must(tb, f.SaveAs(path))
	return path
}

var (
	benchDir      string // removed by TestMain
	bigRosterOnce sync.Once
	bigRosterPath string
)

func bigRoster(b *testing.B) string {
	bigRosterOnce.Do(func() {
		dir, err := os.MkdirTemp("", "sheets-bench-")
		if err != nil {
			b.Fatal(err)
		}
		benchDir = dir
		bigRosterPath = writeBigRoster(b, dir, 10000)
	})
	return bigRosterPath
}

// bareRead is the reference: excelize streaming every row with raw values.
func bareRead(tb testing.TB, path string) int {
	f, err := excelize.OpenFile(path, excelize.Options{RawCellValue: true})
	must(tb, err)
	defer f.Close()
	rows, err := f.Rows("Sheet1")
	must(tb, err)
	n := 0
	for rows.Next() {
		cells, err := rows.Columns()
		must(tb, err)
		n += len(cells)
	}
	must(tb, rows.Close())
	return n
}

// fullImport is the whole import: open, analyse, plan (which validates
// doc.With(changes)) and commit. commit is either the in-memory proxy
// (building the new snapshot, as the store does) or a real store's Apply
// (one bbolt transaction with fsync).
func fullImport(tb testing.TB, path string, doc *data.Document, commit func(*data.ChangeSet) error) *Preview {
	wb, err := Open(path)
	must(tb, err)
	defer wb.Close()
	a, err := wb.Analyse(context.Background(), wb.Suggested(), doc, nil)
	must(tb, err)
	p, err := Plan(context.Background(), a, doc, PlanOptions{}, nil)
	must(tb, err)
	must(tb, commit(p.Changes))
	return p
}

func proxyCommit(doc *data.Document) func(*data.ChangeSet) error {
	return func(cs *data.ChangeSet) error {
		doc.With(cs)
		return nil
	}
}

func newStore(tb testing.TB, dir string, i int) *data.Store {
	s, err := data.Create(filepath.Join(dir, fmt.Sprintf("doc%d.orgdb", i)), &data.Document{Org: data.Organisation{Name: "测试公司", Lang: "zh"}})
	must(tb, err)
	return s
}

func BenchmarkBareRead10k(b *testing.B) {
	path := bigRoster(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		bareRead(b, path)
	}
}

// BenchmarkImport10k: parse, map, validate, plan and the in-memory commit.
func BenchmarkImport10k(b *testing.B) {
	path := bigRoster(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		doc := blankDoc()
		if p := fullImport(b, path, doc, proxyCommit(doc)); len(p.NewPeople) != 10000 {
			b.Fatalf("imported %d people", len(p.NewPeople))
		}
	}
}

// BenchmarkImport10kStore: the same, committed to a real .orgdb file.
func BenchmarkImport10kStore(b *testing.B) {
	path := bigRoster(b)
	dir := b.TempDir()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		s := newStore(b, dir, i)
		b.StartTimer()
		fullImport(b, path, s.Doc(), s.Apply)
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
}

// BenchmarkImportVsBareRead measures the bare read and both imports in the
// same run, alternating, and reports the ratios (target ≤ 1.25) and the
// import's peak heap (target ≤ 200 MB).
func BenchmarkImportVsBareRead(b *testing.B) {
	path := bigRoster(b)
	dir := b.TempDir()
	var bare, imp, store time.Duration
	var peak uint64
	for i := 0; i < b.N; i++ {
		runtime.GC()
		t0 := time.Now()
		bareRead(b, path)
		bare += time.Since(t0)

		doc := blankDoc()
		runtime.GC()
		t0 = time.Now()
		fullImport(b, path, doc, proxyCommit(doc))
		imp += time.Since(t0)

		s := newStore(b, dir, i)
		runtime.GC()
		t0 = time.Now()
		fullImport(b, path, s.Doc(), s.Apply)
		store += time.Since(t0)
		s.Close()
	}
	// Peak heap in a run of its own: sampling stops the world, which would
	// slow the timed runs.
	doc := blankDoc()
	runtime.GC()
	stop := watchPeak(&peak)
	fullImport(b, path, doc, proxyCommit(doc))
	stop()
	n := float64(b.N)
	b.ReportMetric(float64(bare.Milliseconds())/n, "bare-ms")
	b.ReportMetric(float64(imp.Milliseconds())/n, "import-ms")
	b.ReportMetric(float64(store.Milliseconds())/n, "import+store-ms")
	b.ReportMetric(float64(imp)/float64(bare), "ratio")
	b.ReportMetric(float64(store)/float64(bare), "ratio-store")
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
}

// watchPeak samples the heap until stopped and keeps the highest value.
func watchPeak(peak *uint64) (stop func()) {
	var done atomic.Bool
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		var ms runtime.MemStats
		for !done.Load() {
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > *peak {
				*peak = ms.HeapInuse
			}
			time.Sleep(2 * time.Millisecond)
		}
	}()
	return func() { done.Store(true); wg.Wait() }
}

// bigDocument is a 10,000-person document: 40 departments in two levels,
// 120 roles, people with three extra fields.
func bigDocument(n int) *data.Document {
	doc := &data.Document{Org: data.Organisation{Name: "测试公司", Lang: "zh"}}
	for i := 0; i < 5; i++ {
		doc.Departments = append(doc.Departments, data.Department{ID: data.ID(fmt.Sprintf("c%d", i)), Name: fmt.Sprintf("中心%d", i), Order: i})
	}
	for i := 0; i < 40; i++ {
		doc.Departments = append(doc.Departments, data.Department{ID: data.ID(fmt.Sprintf("d%d", i)),
			Name: fmt.Sprintf("部门%d", i), Parent: data.ID(fmt.Sprintf("c%d", i%5)), Order: i})
	}
	for i := 0; i < 120; i++ {
		r := data.Role{ID: data.ID(fmt.Sprintf("r%d", i)), Title: fmt.Sprintf("岗位%d", i),
			Department: data.ID(fmt.Sprintf("d%d", i%40)), Planned: 90, Order: i,
			Responsibilities: []data.Responsibility{{Text: "负责日常工作", Weight: 60}, {Text: "完成上级交办的任务", Weight: 40}},
			KPIs:             []data.KPI{{Indicator: "任务完成率", Target: "≥95%", Cycle: "月", Weight: 100}}}
		if i >= 40 {
			r.ReportsTo = data.ID(fmt.Sprintf("r%d", i%40))
		}
		doc.Roles = append(doc.Roles, r)
	}
	for i := 0; i < n; i++ {
		doc.People = append(doc.People, data.Person{ID: data.ID(fmt.Sprintf("p%d", i)), Number: fmt.Sprintf("%06d", i+1),
			Name: fmt.Sprintf("员工%d", i+1), Role: data.ID(fmt.Sprintf("r%d", i%120)),
			Department: data.ID(fmt.Sprintf("d%d", i%40)), Status: data.StatusActive, HireDate: "2021-03-04",
			Phone: fmt.Sprintf("138%08d", i), Email: fmt.Sprintf("u%d@example.com", i),
			Extra: []data.ExtraField{{Key: "性别", Value: "女"}, {Key: "学历", Value: "本科"}, {Key: "身份证号", Value: fmt.Sprintf("1101011990%08d", i)}}})
	}
	doc.Projects = []data.ProjectTeam{{ID: "t1", Name: "618大促项目组", OwnerRole: "r0",
		Members: []data.Member{{Role: "r1", ProjectRole: "运营"}, {Person: "p3", ProjectRole: "设计支持"}}}}
	doc.Sort()
	return doc
}

func BenchmarkExport10k(b *testing.B) {
	doc := bigDocument(10000)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		must(b, Export(doc, io.Discard, ExportOptions{}))
	}
}

func TestMain(m *testing.M) {
	code := m.Run()
	if benchDir != "" {
		os.RemoveAll(benchDir)
	}
	os.Exit(code)
}

// BenchmarkPlan10k is the import's own work on a sheet already read:
// mapping, matching, managers, the change set and its validation.
func BenchmarkPlan10k(b *testing.B) {
	path := bigRoster(b)
	wb, err := Open(path)
	must(b, err)
	defer wb.Close()
	doc := blankDoc()
	a, err := wb.Analyse(context.Background(), wb.Suggested(), doc, nil)
	must(b, err)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_, err := Plan(context.Background(), a, doc, PlanOptions{}, nil)
		must(b, err)
	}
}

// BenchmarkCommit10k is the commit alone: the change set of the 10,000-row
// import applied to a new .orgdb file (one transaction with fsync).
func BenchmarkCommit10k(b *testing.B) {
	path := bigRoster(b)
	dir := b.TempDir()
	wb, err := Open(path)
	must(b, err)
	defer wb.Close()
	doc := blankDoc()
	a, err := wb.Analyse(context.Background(), wb.Suggested(), doc, nil)
	must(b, err)
	p, err := Plan(context.Background(), a, doc, PlanOptions{}, nil)
	must(b, err)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		s := newStore(b, dir, i)
		b.StartTimer()
		must(b, s.Apply(p.Changes))
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
}
