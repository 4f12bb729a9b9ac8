package main

import (
	"fmt"
	"image"
	"image/color"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestE2EImportRosterChartReadable is issue 10's end-to-end check: a
// 200-person roster with bilingual headers, department paths and
// managers is imported into a blank document through the GUI wizard
// (opened by giving the roster after the document, as a file manager's
// "Open with" does), the chart is fitted, and OCR of the chart area of
// the screenshot must read the departments' names.
func TestE2EImportRosterChartReadable(t *testing.T) {
	if _, err := exec.LookPath("tesseract"); err != nil {
		t.Skip("tesseract not installed (make test installs it)")
	}
	e := newE2E(t)
	doc := filepath.Join(e.dir, "company.orgdb")
	e.cli("new", doc, "--template", "blank", "--lang", "zh")
	roster := filepath.Join(e.dir, "花名册.csv")
	depts := writeRoster(t, roster)

	stop, win := e.launch(doc, roster)
	time.Sleep(4 * time.Second)
	// Next, Next … then Import and Close: the wizard's primary button is
	// the lowest blue button on the screen.
	clicks := 0
	for ; clicks < 10; clicks++ {
		img := e.screenshot(fmt.Sprintf("wizard-%d", clicks))
		x, y, ok := lowestPrimaryButton(img)
		if !ok || y < img.Bounds().Dy()/3 {
			break // the wizard is closed: only the toolbar's blue buttons are left
		}
		e.xdo("mousemove", fmt.Sprint(x), fmt.Sprint(y))
		e.xdo("click", "1")
		e.xdo("mousemove", "5", "5") // a hovered button is lighter
		time.Sleep(2 * time.Second)
	}
	if clicks < 3 {
		t.Fatalf("the import wizard did not open (%d clicks)\n%s", clicks, e.logs.String())
	}
	e.key(win, "ctrl+shift+0") // View → Fit to window
	time.Sleep(time.Second)
	img := e.screenshot("fitted")
	text := ocrChart(t, e, img, win)
	t.Logf("OCR of the chart area: %s", strings.Join(strings.Fields(text), " "))
	if dir := os.Getenv("E2E_KEEP"); dir != "" { // for a person to look at
		b, _ := os.ReadFile(filepath.Join(e.dir, "fitted.png"))
		os.WriteFile(filepath.Join(dir, "e2e-import-fitted.png"), b, 0o644)
	}
	var missing []string
	for _, d := range depts {
		if !strings.Contains(text, d) {
			missing = append(missing, d)
		}
	}
	e.quit(win)
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	if len(missing) > 0 {
		e.screenshot("unreadable")
		t.Fatalf("OCR of the fitted chart does not find %v; it read:\n%s", missing, text)
	}
	if !strings.Contains(e.cli("show", doc), "E0200") && !strings.Contains(e.cli("show", doc, "--json"), "E0200") {
		t.Fatal("the roster's people did not reach the document")
	}
}

// writeRoster writes a CSV as an HR system exports it: bilingual headers,
// a department path (company/centre/department), a role column with gaps
// and managers by name. It returns the centres' names, the top level a
// fitted chart must show legibly.
func writeRoster(t *testing.T, path string) []string {
	t.Helper()
	type dept struct{ centre, name, head, staff string }
	list := []dept{
		{"营销中心", "市场部", "市场经理", "市场专员"}, {"营销中心", "品牌部", "品牌经理", "品牌策划"},
		{"运营中心", "电商运营部", "电商经理", "店铺运营"}, {"运营中心", "客服部", "客服主管", "在线客服"},
		{"技术中心", "研发部", "研发经理", "后端工程师"}, {"技术中心", "数据部", "数据经理", "数据分析师"},
		{"职能中心", "人力资源部", "人力经理", "招聘专员"}, {"职能中心", "财务部", "财务经理", "会计"},
	}
	r := rand.New(rand.NewSource(7))
	const sur, giv = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗", "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚"
	pick := func(s string) string { rs := []rune(s); return string(rs[r.Intn(len(rs))]) }
	var b strings.Builder
	b.WriteString("工号/employee_id,姓名/full_name,部门路径/department_path,岗位名称_position_name,直接上级/leaders\n")
	n := 0
	for _, d := range list {
		var head string
		for i := 0; i < 25; i++ {
			n++
			name := pick(sur) + pick(giv) + pick(giv) + fmt.Sprint(n%10)
			role, manager := d.staff, head
			if i == 0 {
				role, head, manager = d.head, name, ""
			}
			if i >= 20 {
				role = "" // no role yet: 未安排
			}
			fmt.Fprintf(&b, "E%04d,%s,总公司/%s/%s,%s,%s\n", n, name, d.centre, d.name, role, manager)
		}
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return []string{"营销中心", "运营中心", "技术中心", "职能中心"}
}

// primary is the theme's primary colour (light variant), the colour of a
// dialog's default button.
var primary = color.RGBA{41, 111, 246, 255}

// lowestPrimaryButton finds the centre of the lowest block of the primary
// colour on the screen.
func lowestPrimaryButton(img image.Image) (x, y int, ok bool) {
	if img == nil {
		return 0, 0, false
	}
	b := img.Bounds()
	is := func(x, y int) bool {
		r, g, bl, _ := img.At(x, y).RGBA()
		d := func(a uint32, c uint8) int { v := int(a>>8) - int(c); return v * v }
		return d(r, primary.R)+d(g, primary.G)+d(bl, primary.B) < 900
	}
	maxY := -1
	for yy := b.Max.Y - 1; yy >= b.Min.Y && maxY < 0; yy-- {
		n := 0
		for xx := b.Min.X; xx < b.Max.X; xx++ {
			if is(xx, yy) {
				n++
			}
		}
		if n >= 20 {
			maxY = yy
		}
	}
	if maxY < 0 {
		return 0, 0, false
	}
	sumX, cnt, minY := 0, 0, maxY
	for yy := maxY; yy > maxY-40 && yy >= b.Min.Y; yy-- {
		for xx := b.Min.X; xx < b.Max.X; xx++ {
			if is(xx, yy) {
				sumX += xx
				cnt++
				minY = yy
			}
		}
	}
	return sumX / cnt, (minY + maxY) / 2, true
}

// ocrChart reads the chart area of the window: the window's middle,
// between the outline (which lists the departments too, so it must not be
// read) and the card panel.
func ocrChart(t *testing.T, e *e2e, img image.Image, win string) string {
	t.Helper()
	out, err := e.xdo("getwindowgeometry", win)
	if err != nil {
		t.Fatal(err)
	}
	var wx, wy, ww, wh int
	for _, line := range strings.Split(out, "\n") {
		line = strings.TrimSpace(line)
		if p, ok := strings.CutPrefix(line, "Position: "); ok {
			fmt.Sscanf(p, "%d,%d", &wx, &wy)
		}
		if g, ok := strings.CutPrefix(line, "Geometry: "); ok {
			fmt.Sscanf(g, "%dx%d", &ww, &wh)
		}
	}
	if ww == 0 {
		t.Fatalf("no window geometry in %q", out)
	}
	crop := image.Rect(wx+ww*29/100, wy+wh*12/100, wx+ww*72/100, wy+wh*93/100)
	src := filepath.Join(e.dir, "fitted.png")
	part := filepath.Join(e.dir, "chart.png")
	geom := fmt.Sprintf("%dx%d+%d+%d", crop.Dx(), crop.Dy(), crop.Min.X, crop.Min.Y)
	// Three times larger and grey: tesseract reads 11–14 px CJK text then.
	if o, err := exec.Command("convert", src, "-crop", geom, "+repage", "-resize", "300%", "-colorspace", "Gray", part).CombinedOutput(); err != nil {
		t.Fatalf("convert: %v %s", err, o)
	}
	cmd := exec.Command("tesseract", part, "-", "-l", "chi_sim+eng", "--psm", "11")
	res, err := cmd.Output()
	if err != nil {
		t.Fatalf("tesseract: %v", err)
	}
	return strings.ReplaceAll(string(res), " ", "")
}
