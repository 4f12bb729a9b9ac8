package sheets

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"
)

// hostileEnv names the file TestHostileChild imports.
const hostileEnv = "ORGDESIGNER_HOSTILE_FILE"

// Bounds of issue 11 for every hostile input.
const (
	hostileMaxTime = 10 * time.Second
	hostileMaxRSS  = 500 << 20
)

// TestHostileInputs builds each hostile file of issue 11 in code and
// imports it in a child process (this test binary again), so the wall time
// and the peak resident memory of the whole import are measured, not just
// the Go heap.
func TestHostileInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("builds files of up to 130 MB unpacked")
	}
	dir := t.TempDir()
	cases := []struct {
		name  string
		build func() string
		want  string // the outcome line's prefix
	}{
		{"16384 columns x 800 rows", func() string { return wideSheet(t, dir) }, "people 799"},
		{"one merge over 200,000 rows", func() string { return longMerge(t, dir) }, "people 3"},
		{"20,000 merges", func() string { return manyMerges(t, dir) }, "people 199"},
		{"1,048,576 declared rows", func() string { return lastRowOnly(t, dir) }, "people 1"},
		{"5 million two-cell lines in a 20 MB CSV", func() string {
			return writeFile(t, dir, "lines.csv", []byte("姓名,部门\n"+strings.Repeat("a,b\n", 5_000_000)))
		}, "refused"},
		{"100,000 people, the most an import takes", func() string { return rosterXLSX(t, dir, "100k.xlsx", maxDataRows) }, "people 99999"},
		{"100,001 rows", func() string { return rosterXLSX(t, dir, "100k1.xlsx", maxDataRows+1) }, "refused"},
		{"10 MB name in a CSV", func() string {
			return writeFile(t, dir, "name.csv", []byte("姓名,部门\n张伟,研发部\n"+strings.Repeat("名", 10<<20/3)+",研发部\n"))
		}, "people 1, problems 2"},
		{"10 MB cell in a workbook", func() string {
			return writeRawXLSX(t, dir, "cell.xlsx", rosterSST, func(w io.Writer) {
				io.WriteString(w, "<sheetData>")
				rosterRowsXML(w, 1, 2)
				fmt.Fprintf(w, `<row r="3"><c r="A3" t="inlineStr"><is><t>%s</t></is></c></row></sheetData>`, strings.Repeat("x", 10<<20))
			})
		}, "people 1, problems 1"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := c.build()
			st, _ := os.Stat(path)
			cmd := exec.Command(os.Args[0], "-test.run=^TestHostileChild$", "-test.count=1")
			cmd.Env = append(os.Environ(), hostileEnv+"="+path)
			t0 := time.Now()
			out, err := cmd.CombinedOutput()
			took := time.Since(t0)
			if err != nil {
				t.Fatalf("child: %v\n%s", err, out)
			}
			rss := cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss << 10 // KiB on Linux
			outcome := ""
			for _, l := range strings.Split(string(out), "\n") {
				if v, ok := strings.CutPrefix(l, "outcome: "); ok {
					outcome = v
				}
			}
			t.Logf("%s: %d KB file, %v, peak RSS %d MB: %s", c.name, st.Size()>>10, took.Round(time.Millisecond), rss>>20, outcome)
			if took > hostileMaxTime {
				t.Errorf("took %v, more than %v", took, hostileMaxTime)
			}
			if rss > hostileMaxRSS {
				t.Errorf("peak RSS %d MB, more than %d MB", rss>>20, hostileMaxRSS>>20)
			}
			if !strings.HasPrefix(outcome, c.want) {
				t.Errorf("outcome %q, want %q…", outcome, c.want)
			}
		})
	}
}

// TestHostileChild is the child of TestHostileInputs: open, analyse and
// plan the file, and print the outcome.
func TestHostileChild(t *testing.T) {
	path := os.Getenv(hostileEnv)
	if path == "" {
		t.Skip("run by TestHostileInputs")
	}
	p, err := DryRun(context.Background(), path, "", blankDoc(), PlanOptions{})
	if err != nil {
		fmt.Printf("outcome: refused: %v\n", err)
		return
	}
	fmt.Printf("outcome: people %d, problems %d\n", len(p.NewPeople), len(p.Problems))
}

// wideSheet: every row formatted across all 16,384 columns (empty styled
// cells, as "format the whole row" writes them) and a value in the last,
// 800 rows.
func wideSheet(t testing.TB, dir string) string {
	return writeRawXLSX(t, dir, "wide.xlsx", rosterSST, func(w io.Writer) {
		io.WriteString(w, `<dimension ref="A1:XFD800"/><sheetData>`)
		var b strings.Builder
		for r := 1; r <= 800; r++ {
			b.Reset()
			if r == 1 {
				b.WriteString(`<row r="1" spans="1:16384"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>`)
			} else {
				fmt.Fprintf(&b, `<row r="%d" spans="1:16384"><c r="A%d" t="inlineStr"><is><t>员工%d</t></is></c><c r="B%d" t="inlineStr"><is><t>部门%d</t></is></c><c r="C%d" t="inlineStr"><is><t>专员</t></is></c>`, r, r, r, r, r%7, r)
			}
			for c := 4; c < 16384; c++ {
				fmt.Fprintf(&b, `<c s="1"/>`)
			}
			fmt.Fprintf(&b, `<c r="XFD%d"><v>%d</v></c></row>`, r, r)
			io.WriteString(w, b.String())
		}
		io.WriteString(w, `</sheetData>`)
	})
}

// longMerge: a few people, then 200,000 rows that exist only as formatted
// empty rows, and one merge from the department cell down over all of
// them and across every column.
func longMerge(t testing.TB, dir string) string {
	return writeRawXLSX(t, dir, "merge.xlsx", rosterSST, func(w io.Writer) {
		io.WriteString(w, `<sheetData>`)
		rosterRowsXML(w, 1, 4)
		for r := 5; r <= 200004; r++ {
			fmt.Fprintf(w, `<row r="%d" s="1" customFormat="1"><c r="A%d" s="1"/><c r="B%d" s="1"/></row>`, r, r, r)
		}
		io.WriteString(w, `</sheetData><mergeCells count="1"><mergeCell ref="B2:XFD200004"/></mergeCells>`)
	})
}

// manyMerges: 200 people and 20,000 merged ranges, each from a row of
// the roster down to the last row and across every column: they overlap,
// which Excel never writes.
func manyMerges(t testing.TB, dir string) string {
	return writeRawXLSX(t, dir, "merges.xlsx", rosterSST, func(w io.Writer) {
		io.WriteString(w, `<sheetData>`)
		rosterRowsXML(w, 1, 200)
		io.WriteString(w, `</sheetData><mergeCells count="20000">`)
		for i := 0; i < 20000; i++ {
			fmt.Fprintf(w, `<mergeCell ref="B%d:XFD1048576"/>`, 2+i%199)
		}
		io.WriteString(w, `</mergeCells>`)
	})
}

// lastRowOnly: a header, one person, and a cell on Excel's last row.
func lastRowOnly(t testing.TB, dir string) string {
	return writeRawXLSX(t, dir, "last.xlsx", rosterSST, func(w io.Writer) {
		io.WriteString(w, `<sheetData>`)
		rosterRowsXML(w, 1, 2)
		io.WriteString(w, `<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>`)
	})
}

// rosterXLSX: a header and n-1 people.
func rosterXLSX(t testing.TB, dir, name string, n int) string {
	return writeRawXLSX(t, dir, name, rosterSST, func(w io.Writer) {
		io.WriteString(w, "<sheetData>")
		rosterRowsXML(w, 1, n)
		io.WriteString(w, "</sheetData>")
	})
}
