package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"image"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestE2EScenarioCompareAdoptUndo is issue 14's new-user journey in the
// real binary: from the template, a 初创期 scenario with four departments
// (made on the command line); in the window it is opened with the
// keyboard (Ctrl+PgDn) and compared with the current organisation
// (Ctrl+Shift+K, Enter), and OCR must read the change list and the
// chart's overlay as a person would. Then it is adopted through the
// 方案 menu, the adoption undone (Ctrl+Z) and the file checked: eight
// departments and the 初创期 scenario again. A second session adopts it
// for good: four departments, and the old organisation kept as the
// scenario "<date> 之前".
func TestE2EScenarioCompareAdoptUndo(t *testing.T) {
	if _, err := exec.LookPath("tesseract"); err != nil {
		t.Skip("tesseract not installed (make test installs it)")
	}
	e := newE2E(t)
	doc := filepath.Join(e.dir, "公司.orgdb")
	e.cli("new", doc, "--template", "internet-marketing", "--lang", "zh")
	e.cli("scenario", "new", doc, "初创期", "--template", "startup")
	if n := len(e.orgs(doc)); n != 2 {
		t.Fatalf("%d organisations after scenario new, want 2", n)
	}

	// Session 1: open the scenario, compare, adopt, undo.
	stop, win := e.launch(doc)
	w := e.windowRect(win)
	status := image.Rect(w.Min.X, w.Max.Y-40, w.Max.X, w.Max.Y)
	side := image.Rect(w.Min.X, w.Min.Y+w.Dy()*9/100, w.Min.X+w.Dx()*26/100, w.Max.Y-40)
	chart := image.Rect(w.Min.X+w.Dx()*27/100, w.Min.Y+w.Dy()*15/100, w.Min.X+w.Dx()*72/100, w.Max.Y-40)

	// 方案 → 下一个方案. The status bar names it (tesseract cannot read
	// its small blue 方案：, so only the name is looked for) and so does
	// the window's title.
	e.key(win, "ctrl+Next")
	e.waitText("switched", status, "初创期")
	if title, _ := e.xdo("getwindowname", win); !strings.Contains(title, "方案：初创期") {
		t.Errorf("the window title does not name the open scenario: %q", title)
	}

	e.key(win, "ctrl+shift+k") // 方案 → 对比…
	dlg := image.Rect(w.Min.X+w.Dx()/4, w.Min.Y+w.Dy()/4, w.Max.X-w.Dx()/4, w.Max.Y-w.Dy()/4)
	e.waitText("compare-dialog", dlg, "变更前", "当前组织", "变更后", "初创期")
	e.key(win, "Return") // the dialog's default button: 对比
	list := e.waitText("compared", side, "变更", "从当前组织到初创期", "市场与内容部", "部门更名")
	t.Logf("OCR of the change list: %s", list)
	// Removed departments are ghosts at their old places on the chart. A
	// chart is sparse text: tesseract reads some of its small titles only
	// in one mode or another, as they are or binarised, so the readings
	// are put together.
	over := e.waitTextModes("compared-chart", chart, []string{"11", "6", "11b", "6b"},
		"已撤销", "品牌与内容营销部", "客户服务部", "市场与内容部")
	t.Logf("OCR of the chart: %s", over)
	e.keep("compared-chart", "e2e-scenario-compared.png")
	// …and at the end of the change list, which scrolls to them.
	mid := side.Min.Add(side.Max).Div(2)
	e.xdo("mousemove", fmt.Sprint(mid.X), fmt.Sprint(mid.Y))
	e.xdo("click", "--repeat", "30", "--delay", "60", "5")
	e.xdo("mousemove", "5", "5")
	e.waitText("scrolled", side, "撤销部门", "品牌与内容营销部", "客户服务部")
	e.keep("scrolled", "e2e-scenario-scrolled.png")

	e.adopt(win, w)
	e.waitText("adopted", status, "已成为当前组织", "之前")
	e.keep("adopted", "e2e-scenario-adopted.png")
	if title, _ := e.xdo("getwindowname", win); strings.Contains(title, "方案：") {
		t.Errorf("after adopting, the window title still names a scenario: %q", title)
	}
	e.key(win, "ctrl+z")
	e.waitText("undone", status, "已撤销", "采用方案", "初创期")
	e.keep("undone", "e2e-scenario-undone.png")
	if title, _ := e.xdo("getwindowname", win); !strings.Contains(title, "方案：初创期") {
		t.Errorf("after undoing the adoption, the window title does not name 初创期 again: %q", title)
	}
	e.quit(win)
	if err := stop(); err != nil {
		e.screenshot("quit1")
		t.Fatal(err)
	}
	if n := e.departments(doc); n != 8 {
		t.Fatalf("after adopting and undoing: the current organisation has %d departments, want 8", n)
	}
	orgs := e.orgs(doc)
	if len(orgs) != 2 || orgs[1].Name != "初创期" || orgs[1].Departments != 4 {
		t.Fatalf("after adopting and undoing, the scenarios are %+v; want the current organisation and 初创期 with 4 departments", orgs)
	}

	// Session 2: adopt for good.
	day := time.Now().Format("2006-01-02")
	stop, win = e.launch(doc)
	w = e.windowRect(win)
	status = image.Rect(w.Min.X, w.Max.Y-40, w.Max.X, w.Max.Y)
	e.key(win, "ctrl+Next")
	e.waitText("switched2", status, "初创期")
	e.adopt(win, w)
	e.waitText("adopted2", status, "已成为当前组织", "之前")
	e.quit(win)
	if err := stop(); err != nil {
		e.screenshot("quit2")
		t.Fatal(err)
	}
	if n := e.departments(doc); n != 4 {
		t.Fatalf("after adopting: the current organisation has %d departments, want 4", n)
	}
	// The kept organisation is named by the day of the adoption (the
	// day may turn while the test runs).
	today := time.Now().Format("2006-01-02")
	orgs = e.orgs(doc)
	if len(orgs) != 2 || orgs[0].Departments != 4 || orgs[1].Departments != 8 ||
		(orgs[1].Name != day+" 之前" && orgs[1].Name != today+" 之前") {
		t.Fatalf("after adopting, the organisations are %+v; want the old one kept as “%s 之前” with 8 departments", orgs, day)
	}
}

// org is one organisation of `scenario list --json`.
type org struct {
	ID, Name    string
	Departments int
}

// orgs lists the document's organisations: the current one first.
func (e *e2e) orgs(doc string) []org {
	e.t.Helper()
	var l struct{ Scenarios []org }
	if err := json.Unmarshal([]byte(e.cli("scenario", "list", doc, "--json")), &l); err != nil {
		e.t.Fatal(err)
	}
	return l.Scenarios
}

// departments counts the current organisation's departments (show --json).
func (e *e2e) departments(doc string) int {
	e.t.Helper()
	var s struct{ Departments []json.RawMessage }
	if err := json.Unmarshal([]byte(e.cli("show", doc, "--json")), &s); err != nil {
		e.t.Fatal(err)
	}
	return len(s.Departments)
}

// adopt opens the 方案 menu, clicks 采用方案… (the menu item has no
// shortcut; both are found by OCR) and confirms with the dialog's 采用
// button.
func (e *e2e) adopt(win string, w image.Rectangle) {
	e.t.Helper()
	bar := image.Rect(w.Min.X, w.Min.Y, w.Min.X+w.Dx()/2, w.Min.Y+26)
	e.screenshot("menubar")
	x, y, ok := e.findText("menubar", bar, "方案")
	if !ok {
		x, y = w.Min.X+222, w.Min.Y+12 // where the sixth menu of the bar is drawn
		e.t.Logf("OCR did not find the 方案 menu; clicking at its usual place")
	}
	e.click(x, y)
	menu := image.Rect(w.Min.X, w.Min.Y+20, w.Min.X+w.Dx()/2, w.Min.Y+w.Dy()*3/4)
	var found bool
	for i := 0; i < 10 && !found; i++ {
		time.Sleep(time.Second)
		e.screenshot("menu")
		x, y, found = e.findText("menu", menu, "采用方案")
	}
	if !found {
		e.keep("menu", "e2e-scenario-menu.png")
		e.t.Fatalf("the 方案 menu has no 采用方案… item OCR can find; it read:\n%s", e.ocr("menu", menu, "11"))
	}
	e.click(x, y)
	dlg := image.Rect(w.Min.X+w.Dx()/5, w.Min.Y+w.Dy()/5, w.Max.X-w.Dx()/5, w.Max.Y-w.Dy()/5)
	e.waitText("adopt-dialog", dlg, "采用方案", "初创期", "之前")
	e.keep("adopt-dialog", "e2e-scenario-adopt-dialog.png")
	img := e.screenshot("adopt-dialog")
	bx, by, ok := lowestPrimaryButton(img)
	if !ok || by < w.Min.Y+w.Dy()/4 {
		e.t.Fatalf("no 采用 button in the adopt dialog (%v, y %d)", ok, by)
	}
	e.click(bx, by)
}

// click clicks at screen position x, y and moves the pointer away (a
// hovered button is drawn lighter).
func (e *e2e) click(x, y int) {
	e.xdo("mousemove", fmt.Sprint(x), fmt.Sprint(y))
	time.Sleep(300 * time.Millisecond)
	e.xdo("click", "1")
	time.Sleep(300 * time.Millisecond)
	e.xdo("mousemove", "5", "5")
}

// windowRect waits for the window to settle at its place (it is mapped
// first and then moved and resized to its remembered geometry) and
// returns that place on the screen.
func (e *e2e) windowRect(win string) image.Rectangle {
	e.t.Helper()
	var last image.Rectangle
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); {
		time.Sleep(1500 * time.Millisecond)
		r := e.geometry(win)
		if r == last && r.Dx() >= 800 {
			time.Sleep(time.Second) // its first frame
			return r
		}
		last = r
	}
	e.t.Fatalf("the window did not settle: last at %v", last)
	return last
}

// geometry is the window's place on the screen now.
func (e *e2e) geometry(win string) image.Rectangle {
	e.t.Helper()
	out, err := e.xdo("getwindowgeometry", win)
	if err != nil {
		e.t.Fatal(err)
	}
	var x, y, w, h int
	for _, line := range strings.Split(out, "\n") {
		line = strings.TrimSpace(line)
		if p, ok := strings.CutPrefix(line, "Position: "); ok {
			fmt.Sscanf(p, "%d,%d", &x, &y)
		}
		if g, ok := strings.CutPrefix(line, "Geometry: "); ok {
			fmt.Sscanf(g, "%dx%d", &w, &h)
		}
	}
	if w == 0 {
		e.t.Fatalf("no window geometry in %q", out)
	}
	return image.Rect(x, y, x+w, y+h)
}

// ocrScale is how much a crop is enlarged for tesseract, which reads the
// window's 12–14 px Chinese much better at twice the size.
const ocrScale = 2

// crop cuts r out of screenshot shot for tesseract, enlarged and as its
// green channel: grey levels would leave the compare overlay's red text
// (已撤销) too faint on its pink cards.
func (e *e2e) crop(shot string, r image.Rectangle, binarise bool) string {
	e.t.Helper()
	part := filepath.Join(e.dir, shot+"-crop.png")
	geom := fmt.Sprintf("%dx%d+%d+%d", r.Dx(), r.Dy(), r.Min.X, r.Min.Y)
	args := []string{filepath.Join(e.dir, shot+".png"), "-crop", geom, "+repage",
		"-channel", "G", "-separate", "-resize", fmt.Sprint(ocrScale*100) + "%"}
	if binarise {
		// Black on white: the tinted cards of the compare overlay (red
		// titles on pink) confuse tesseract less once the tint is gone.
		args = append(args, "-threshold", "80%")
	}
	if o, err := exec.Command("convert", append(args, part)...).CombinedOutput(); err != nil {
		e.t.Fatalf("convert: %v %s", err, o)
	}
	return part
}

// ocr reads region r of screenshot shot, without spaces (tesseract puts
// them between Chinese characters). psm is tesseract's page segmentation
// mode: 6 for a block of lines, 11 for sparse text such as a chart.
//
// A psm ending in "b" ("11b") reads the region binarised (see crop).
func (e *e2e) ocr(shot string, r image.Rectangle, psm string) string {
	e.t.Helper()
	psm, binarise := strings.CutSuffix(psm, "b")
	out, err := exec.Command("tesseract", e.crop(shot, r, binarise), "-", "-l", "chi_sim+eng", "--psm", psm).Output()
	if err != nil {
		e.t.Fatalf("tesseract: %v", err)
	}
	return strings.NewReplacer(" ", "", "\n\n", "\n").Replace(string(out))
}

// waitText takes screenshots until OCR of region r reads every one of
// want (up to 40 s: the machine is shared), and fails the test if it
// never does. It returns the text read.
func (e *e2e) waitText(shot string, r image.Rectangle, want ...string) string {
	e.t.Helper()
	return e.waitTextModes(shot, r, []string{"6"}, want...)
}

// waitTextModes is waitText reading each screenshot in every one of
// tesseract's page segmentation modes psms, and taking what any of them
// read.
func (e *e2e) waitTextModes(shot string, r image.Rectangle, psms []string, want ...string) string {
	e.t.Helper()
	var text string
	var missing []string
	for deadline := time.Now().Add(40 * time.Second); ; {
		time.Sleep(time.Second)
		e.screenshot(shot)
		text = ""
		for _, psm := range psms {
			text += e.ocr(shot, r, psm)
		}
		missing = missing[:0]
		for _, s := range want {
			if !strings.Contains(text, s) {
				missing = append(missing, s)
			}
		}
		if len(missing) == 0 || time.Now().After(deadline) {
			break
		}
	}
	if len(missing) > 0 {
		e.keep(shot, "e2e-scenario-"+shot+".png")
		e.t.Fatalf("%s: OCR does not read %q; it read:\n%s\napp log:\n%s", shot, missing, text, e.logs.String())
	}
	return text
}

// findText finds s in region r of screenshot shot by tesseract's word
// boxes and returns the screen position of its middle.
func (e *e2e) findText(shot string, r image.Rectangle, s string) (x, y int, ok bool) {
	e.t.Helper()
	out, err := exec.Command("tesseract", e.crop(shot, r, false), "-", "-l", "chi_sim+eng", "--psm", "11", "tsv").Output()
	if err != nil {
		e.t.Fatalf("tesseract: %v", err)
	}
	// Words of one line, in order, with their boxes: s may be split over
	// several words (tesseract often makes each Chinese character one).
	type word struct {
		text       string
		start      int // byte offset in the line's text
		box        image.Rectangle
		line, conf string
	}
	lines := map[string][]word{}
	var order []string
	sc := bufio.NewScanner(strings.NewReader(string(out)))
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 12 || f[0] != "5" || strings.TrimSpace(f[11]) == "" {
			continue
		}
		n := make([]int, 4)
		for i := range n {
			n[i], _ = strconv.Atoi(f[6+i])
		}
		key := f[2] + "." + f[3] + "." + f[4]
		if _, seen := lines[key]; !seen {
			order = append(order, key)
		}
		lines[key] = append(lines[key], word{text: strings.TrimSpace(f[11]), box: image.Rect(n[0], n[1], n[0]+n[2], n[1]+n[3])})
	}
	for _, key := range order {
		ws := lines[key]
		var text string
		for i := range ws {
			ws[i].start = len(text)
			text += ws[i].text
		}
		at := strings.Index(text, s)
		if at < 0 {
			continue
		}
		var box image.Rectangle
		for _, w := range ws {
			if w.start+len(w.text) > at && w.start < at+len(s) {
				box = box.Union(w.box)
			}
		}
		c := box.Min.Add(box.Max).Div(2 * ocrScale)
		return r.Min.X + c.X, r.Min.Y + c.Y, true
	}
	return 0, 0, false
}

// keep copies screenshot shot to $E2E_KEEP/name, for a person to look at.
func (e *e2e) keep(shot, name string) {
	if dir := os.Getenv("E2E_KEEP"); dir != "" {
		b, _ := os.ReadFile(filepath.Join(e.dir, shot+".png"))
		os.WriteFile(filepath.Join(dir, name), b, 0o644)
	}
}
