package dialogs

import (
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
)

func TestSafeFileName(t *testing.T) {
	cases := map[string]string{
		"星辰科技":          "星辰科技",
		"  A/B:C*D?  ":  "A_B_C_D_",
		"":              "OrgDesigner",
		"...":           "OrgDesigner",
		"销售部 <华东>":      "销售部 _华东_",
		"a\x00b\tc":     "a_b_c",
		`SEO/SEM优化师|推广`: "SEO_SEM优化师_推广",
	}
	for in, want := range cases {
		if got := safeFileName(in); got != want {
			t.Errorf("safeFileName(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzSafeFileName(f *testing.F) {
	for _, s := range []string{"星辰科技", "a/b", "..", "", "CON", "\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := safeFileName(s)
		if got == "" || strings.ContainsAny(got, `<>:"/\|?*`) || strings.HasPrefix(got, ".") ||
			strings.HasSuffix(got, " ") || strings.HasSuffix(got, ".") {
			t.Fatalf("safeFileName(%q) = %q is not a safe name", s, got)
		}
		for _, r := range got {
			if r < 0x20 {
				t.Fatalf("safeFileName(%q) = %q keeps a control character", s, got)
			}
		}
		if utf8.ValidString(s) && filepath.Base(got) != got {
			t.Fatalf("safeFileName(%q) = %q names a path", s, got)
		}
	})
}

func TestFileURL(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("POSIX paths")
	}
	u := fileURL("/home/王经理/报告 2024.pdf")
	if u.Scheme != "file" || u.Path != "/home/王经理/报告 2024.pdf" {
		t.Errorf("fileURL = %+v", u)
	}
	if s := u.String(); s != "file:///home/%E7%8E%8B%E7%BB%8F%E7%90%86/%E6%8A%A5%E5%91%8A%202024.pdf" {
		t.Errorf("escaped URL %s", s)
	}
}

// TestFileChoosersShow opens the real file and folder choosers: Fyne 2.8's
// FileDialog crashes when resized before it is shown, which took the app
// down from File → Import… on the desktop driver.
func TestFileChoosersShow(t *testing.T) {
	w := newWindow(t)
	chooseFile(w, []string{".xlsx", ".csv"}, func(string) {})
	chooseFolder(w, t.TempDir(), func(string) {})
	var top fyne.CanvasObject
	if ov := w.Canvas().Overlays().List(); len(ov) > 0 {
		top = ov[len(ov)-1]
	}
	if top == nil {
		t.Fatal("no file dialog on the window")
	}
	if s := top.Size(); s.Width < 600 || s.Height < 400 {
		t.Errorf("file dialog is %v, want it sized for long Chinese names", s)
	}
}
