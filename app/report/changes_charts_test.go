package report

import (
	"bytes"
	"compress/zlib"
	"io"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"orgdesigner/app/compare"
	"orgdesigner/app/templates"
	"orgdesigner/data"
)

// stageResult compares the template with its 初创期 suggestion, as a new
// user does: od new; od scenario new --template startup; od compare.
func stageResult(t testing.TB) *compare.Result {
	t.Helper()
	a, err := templates.Load("internet-marketing", "zh")
	if err != nil {
		t.Fatal(err)
	}
	st, err := templates.StageOf("internet-marketing", "zh", data.StageStartup)
	if err != nil {
		t.Fatal(err)
	}
	return compare.Compare(a, st.Doc)
}

// pageStreams returns the decompressed content streams of a PDF's pages.
func pageStreams(t testing.TB, pdf []byte) [][]byte {
	t.Helper()
	var out [][]byte
	for _, m := range streamRE.FindAllSubmatch(pdf, -1) {
		r, err := zlib.NewReader(bytes.NewReader(m[1]))
		if err != nil {
			continue
		}
		content, err := io.ReadAll(r)
		if err != nil || !bytes.Contains(content, []byte(" Td ")) {
			continue
		}
		out = append(out, content)
	}
	return out
}

var pathOpRE = regexp.MustCompile(`^((?:-?[0-9.]+ )+)(m|l|c)$`)

// TestNoSpikeOnOutlines: no stroked closed path has a closing segment of
// a few thousandths of a point (the start written to 2 decimals, the last
// curve to 5): its mitred join drew a stray stroke at the top left of the
// change report's outlined department cards on continuation pages.
func TestNoSpikeOnOutlines(t *testing.T) {
	pdf, _ := render(t, changesFn(stageResult(t), ChangeOptions{Options: Options{Date: fixedDate}}))
	paths := 0
	for pi, page := range pageStreams(t, pdf) {
		var start, last [2]float64
		lines := strings.Split(string(page), "\n")
		for i, ln := range lines {
			if m := pathOpRE.FindStringSubmatch(ln); m != nil {
				f := strings.Fields(m[1])
				x, _ := strconv.ParseFloat(f[len(f)-2], 64)
				y, _ := strconv.ParseFloat(f[len(f)-1], 64)
				if m[2] == "m" {
					start = [2]float64{x, y}
				}
				last = [2]float64{x, y}
				continue
			}
			if ln != "h" || i+1 >= len(lines) || (lines[i+1] != "S" && lines[i+1] != "B") {
				continue
			}
			paths++
			if d := math.Hypot(last[0]-start[0], last[1]-start[1]); d > 0 && d < 0.05 {
				t.Errorf("page %d: a stroked path closes with a %.4f pt segment at (%.2f, %.2f)", pi+1, d, start[0], start[1])
			}
		}
	}
	if paths == 0 {
		t.Fatal("no stroked closed path found: the test reads nothing")
	}
}
