package textlayout

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/go-text/typesetting/segmenter"
)

// monoWidth measures like a CJK font: wide characters 1, everything else ½.
func monoWidth(r rune) float64 {
	if r > 0x2E80 {
		return 1
	}
	return 0.5
}

func texts(in string, lines []Line) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = l.Text(in)
	}
	return out
}

func TestBreak(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		width float64
		want  []string
	}{
		{"empty", "", 10, nil},
		{"fits", "用户反馈", 10, []string{"用户反馈"}},
		{"issue 80: no character lost at a break", "用户反馈", 3, []string{"用户", "反馈"}},
		{"no lone last character", "南京-黄宁辉组", 6, []string{"南京-黄宁", "辉组"}},
		{"no lone last character in a deep name", "　　用户增长与社群运营组", 11, []string{"　　用户增长与社群运", "营组"}},
		{"latin words are not split for it", "Lead of a", 4, []string{"Lead of", "a"}},
		{"the line before keeps two", "组织架", 2, []string{"组织", "架"}},
		{"no lone last character before its full stop", "甲乙丙丁戊己行。", 7, []string{"甲乙丙丁戊", "己行。"}},
		{"no lone last character before two closing marks", "甲乙丙丁戊己行）。", 7, []string{"甲乙丙丁戊", "己行）。"}},
		{"the character moved down takes its comma", "甲乙丙丁，行。", 5, []string{"甲乙丙", "丁，行。"}},
		{"the line before keeps two besides its comma", "甲，乙行。", 3, []string{"甲，乙", "行。"}},
		{"no move when the last line would not fit", "甲乙丙行。」", 3, []string{"甲乙丙", "行。」"}},
		{"two characters with a full stop stay", "甲乙丙丁戊己庚辛壬。", 7, []string{"甲乙丙丁戊己庚", "辛壬。"}},
		{"a lone character in a middle paragraph too", "甲乙丙丁戊己行。\n乙", 7, []string{"甲乙丙丁戊", "己行。", "乙"}},
		{"comma never starts a line", "你好，世界", 2, []string{"你", "好，", "世界"}},
		{"full stop pushed with its character", "甲乙丙。丁", 3, []string{"甲乙", "丙。丁"}},
		{"closing bracket stays", "甲乙（丙）丁", 4, []string{"甲乙", "（丙）丁"}},
		{"opening bracket never ends a line", "甲乙丙（丁）", 4, []string{"甲乙丙", "（丁）"}},
		{"closing quote stays", "他说“好”。然后", 4, []string{"他说", "“好”。", "然后"}},
		{"closing punctuation hangs when nothing else fits", "容”），为", 3, []string{"容”），", "为"}},
		{"latin words kept whole", "hello world again", 4, []string{"hello", "world", "again"}},
		{"numbers kept whole", "提升20%转化", 3, []string{"提升", "20%", "转化"}},
		{"date kept whole", "截止2024-01-01前", 5.5, []string{"截止", "2024-01-01", "前"}},
		{"long word broken", "abcdefghij", 2, []string{"abcd", "efgh", "ij"}},
		{"hard breaks", "甲\n\n乙", 5, []string{"甲", "", "乙"}},
		{"crlf", "甲\r\n乙", 5, []string{"甲", "乙"}},
		{"trailing newline adds no line", "甲\n", 5, []string{"甲"}},
		{"spaces at a break vanish", "aa  bb", 1.5, []string{"aa", "bb"}},
		{"leading indent kept", "  ab", 5, []string{"  ab"}},
		{"no indent after a soft break", "ab \tcd", 1, []string{"ab", "cd"}},
		{"mixed", "SEO优化师负责关键词", 4, []string{"SEO优化", "师负责关", "键词"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := texts(tc.in, Break(tc.in, tc.width, monoWidth))
			if !slices.Equal(got, tc.want) {
				t.Errorf("Break(%q, %v) = %q, want %q", tc.in, tc.width, got, tc.want)
			}
			checkInvariants(t, tc.in, tc.width, Break(tc.in, tc.width, monoWidth))
		})
	}
}

// TestNoForbiddenLineStart breaks realistic Chinese text at every width
// and checks 禁则 on each line.
func TestNoForbiddenLineStart(t *testing.T) {
	in := "跟踪互联网营销行业动态（如平台算法更新、新兴渠道崛起）；开展竞品营销动作拆解（投放策略、内容形式、" +
		"用户反馈），输出竞品分析报告；通过问卷、访谈构建用户画像，挖掘需求痛点（如“职场人偏好碎片化学习类内容”），" +
		"为营销决策提供数据支撑。控制CPC（单次点击成本），提升转化ROI（如“将CPC从5元压至3元，转化量提升20%”）。"
	for w := 3.0; w <= 40; w += 0.5 {
		lines := Break(in, w, monoWidth)
		checkInvariants(t, in, w, lines)
		for i, l := range lines {
			s := l.Text(in)
			first, _ := utf8.DecodeRuneInString(s)
			last, _ := utf8.DecodeLastRuneInString(s)
			if i > 0 && NoStart(first) {
				t.Errorf("width %v: line %d starts with %q: %q", w, i, first, s)
			}
			if i < len(lines)-1 && NoEnd(last) {
				t.Errorf("width %v: line %d ends with %q: %q", w, i, last, s)
			}
		}
	}
}

// checkInvariants verifies what every caller relies on: lines are ordered
// subranges of the input, only break whitespace lies between and around
// them, widths are right, and a line is too wide only when it holds one
// grapheme.
func checkInvariants(t *testing.T, in string, max float64, lines []Line) {
	t.Helper()
	prev := 0
	var joined []rune
	for i, l := range lines {
		if l.Start < prev || l.End < l.Start || l.End > len(in) {
			t.Fatalf("line %d range [%d,%d) after %d in %q", i, l.Start, l.End, prev, in)
		}
		if gap := in[prev:l.Start]; strings.TrimFunc(gap, IsBreakSpace) != "" {
			t.Fatalf("line %d: text %q lost before it in %q", i, gap, in)
		}
		s := l.Text(in)
		joined = append(joined, nonSpaceRunes(s)...)
		w := 0.0
		for _, r := range s {
			w += monoWidth(r)
		}
		if math.Abs(w-l.Width) > 1e-6 {
			t.Errorf("line %d %q: width %v, measured %v", i, s, l.Width, w)
		}
		if gs := unhung(graphemes(s)); widthOf(strings.Join(gs, "")) > max+1e-6 && len(gs) > 1 {
			t.Errorf("line %d %q: width %v exceeds %v with several graphemes", i, s, l.Width, max)
		}
		prev = l.End
	}
	if tail := in[prev:]; strings.TrimFunc(tail, IsBreakSpace) != "" {
		t.Fatalf("text %q lost at the end of %q", tail, in)
	}
	if in != "" && strings.TrimFunc(in, IsBreakSpace) != "" && len(lines) == 0 {
		t.Fatalf("no lines for %q", in)
	}
	// Compare runes as decoded from each piece: joining byte strings
	// could make invalid UTF-8 pieces valid.
	if want := nonSpaceRunes(in); !slices.Equal(joined, want) {
		t.Fatalf("lines joined %q, want %q", string(joined), string(want))
	}
}

func nonSpaceRunes(s string) []rune {
	var out []rune
	for _, r := range s {
		if !IsBreakSpace(r) {
			out = append(out, r)
		}
	}
	return out
}

// unhung drops the trailing graphemes that may hang past the line end:
// those starting with closing punctuation.
func unhung(gs []string) []string {
	for len(gs) > 0 {
		r, _ := utf8.DecodeRuneInString(gs[len(gs)-1])
		if !NoStart(r) {
			break
		}
		gs = gs[:len(gs)-1]
	}
	return gs
}

func widthOf(s string) float64 {
	w := 0.0
	for _, r := range s {
		w += monoWidth(r)
	}
	return w
}

// graphemes splits s, after its leading whitespace, into grapheme clusters.
func graphemes(s string) []string {
	var seg segmenter.Segmenter
	seg.Init([]rune(strings.TrimLeftFunc(s, IsBreakSpace)))
	var out []string
	for it := seg.GraphemeIterator(); it.Next(); {
		out = append(out, string(it.Grapheme().Text))
	}
	return out
}

func FuzzBreak(f *testing.F) {
	for _, s := range []string{
		"用户反馈", "你好，世界", "hello world", "（注）甲乙", "a\r\nb\n\nc", "abcdefghijklmnop",
		"  indented", "𠮷野家", "e\u0301e\u0301e\u0301", "“引号”。", "\xff\xfe", "20%,30%", "a\tb",
	} {
		f.Add(s, 3.0)
	}
	f.Fuzz(func(t *testing.T, in string, width float64) {
		if math.IsNaN(width) || width < 0.5 || width > 1000 {
			width = 3
		}
		var b Breaker
		lines := b.Break(in, width, monoWidth)
		checkInvariants(t, in, width, lines)
		// A reused Breaker gives the same answer.
		if again := b.Break(in, width, monoWidth); !slices.Equal(again, lines) {
			t.Fatalf("reused breaker: %v, first %v", again, lines)
		}
	})
}

func BenchmarkBreak(b *testing.B) {
	in := strings.Repeat("通过问卷、访谈构建用户画像，挖掘需求痛点（如“职场人偏好碎片化学习类内容”），Data ROI 20%。", 20)
	var br Breaker
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		br.Break(in, 40, monoWidth)
	}
}

// TestRandomText checks the invariants on random mixtures of the
// characters that make line breaking hard.
func TestRandomText(t *testing.T) {
	pool := []rune("ab 0!,(（）“”，。\n\r\t\u0301\u0601\u200d中文𠮷\ufe0f\u00a0.-%$")
	rng := rand.New(rand.NewPCG(1, 2))
	var b Breaker
	for range 20000 {
		var sb strings.Builder
		for range rng.IntN(60) {
			sb.WriteRune(pool[rng.IntN(len(pool))])
		}
		if rng.IntN(10) == 0 {
			sb.WriteString("\xff\xe3\x9c")
		}
		in, w := sb.String(), 0.5+rng.Float64()*5
		checkInvariants(t, in, w, b.Break(in, w, monoWidth))
	}
}
