package main

// End-to-end tests: the real binary in a real window under Xvfb, driven
// with xdotool. They need Xvfb, xdotool and ImageMagick's `import`
// (installed by `make test`) and are skipped with -short or without them.

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"orgdesigner/data"
)

type e2e struct {
	t       testing.TB
	bin     string
	dir     string
	display string
	env     []string
	logs    *bytes.Buffer // the running app's output
}

func newE2E(t *testing.T) *e2e { return newE2EBench(t) }

func newE2EBench(t testing.TB) *e2e {
	t.Helper()
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	for _, tool := range []string{"Xvfb", "xdotool", "import"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed (make test installs it)", tool)
		}
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "orgdesigner")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Env = append(os.Environ(), "CGO_ENABLED=1")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	e := &e2e{t: t, bin: bin, dir: dir}
	e.startXvfb()
	home := filepath.Join(dir, "home")
	os.MkdirAll(home, 0o755)
	e.env = append(os.Environ(), "DISPLAY="+e.display, "HOME="+home, "XDG_CONFIG_HOME="+filepath.Join(home, ".config"),
		"LANG=zh_CN.UTF-8", "LC_ALL=C.UTF-8", "LANGUAGE=zh_CN", "FYNE_SCALE=1")
	return e
}

func (e *e2e) startXvfb() {
	// -displayfd: Xvfb picks a free display itself and writes its number
	// to the pipe, so stale sockets of earlier runs do not matter.
	r, w, err := os.Pipe()
	if err != nil {
		e.t.Fatal(err)
	}
	defer r.Close()
	cmd := exec.Command("Xvfb", "-displayfd", "3", "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
	cmd.ExtraFiles = []*os.File{w}
	if err := cmd.Start(); err != nil {
		e.t.Fatal(err)
	}
	w.Close()
	e.t.Cleanup(func() {
		cmd.Process.Signal(syscall.SIGTERM) // lets Xvfb remove its socket
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			cmd.Process.Kill()
			<-done
		}
	})
	got := make(chan string, 1)
	go func() {
		line, _ := bufio.NewReader(r).ReadString('\n')
		got <- strings.TrimSpace(line)
	}()
	select {
	case n := <-got:
		if n == "" {
			e.t.Fatal("Xvfb did not start")
		}
		e.display = ":" + n
	case <-time.After(20 * time.Second):
		e.t.Fatal("Xvfb did not start within 20 s")
	}
}

// cli runs a headless subcommand and returns stdout.
func (e *e2e) cli(args ...string) string {
	e.t.Helper()
	cmd := exec.Command(e.bin, args...)
	cmd.Env = e.env
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		e.t.Fatalf("%v: %v\n%s", args, err, errb.String())
	}
	return out.String()
}

// launch starts the GUI on doc (and any further arguments, such as a
// roster to import) and waits for its window.
func (e *e2e) launch(doc string, more ...string) (stop func() error, window string) {
	e.t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	cmd := exec.CommandContext(ctx, e.bin, append([]string{doc}, more...)...)
	cmd.Env = e.env
	logs := &bytes.Buffer{}
	e.logs = logs
	cmd.Stdout, cmd.Stderr = logs, logs
	if err := cmd.Start(); err != nil {
		e.t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		out, _ := e.xdo("search", "--onlyvisible", "--pid", fmt.Sprint(cmd.Process.Pid))
		if id := strings.TrimSpace(out); id != "" {
			window = strings.Fields(id)[0]
			break
		}
		select {
		case err := <-done:
			e.t.Fatalf("the app exited before showing a window: %v\n%s", err, logs.String())
		case <-time.After(200 * time.Millisecond):
		}
	}
	if window == "" {
		e.screenshot("no-window")
		cancel()
		e.t.Fatalf("no window within 60 s\n%s", logs.String())
	}
	e.t.Cleanup(cancel)
	stop = func() error {
		select {
		case err := <-done:
			return err
		case <-time.After(10 * time.Second):
			cancel()
			return fmt.Errorf("the app did not quit; logs:\n%s", logs.String())
		}
	}
	return stop, window
}

func (e *e2e) xdo(args ...string) (string, error) {
	cmd := exec.Command("xdotool", args...)
	cmd.Env = e.env
	out, err := cmd.Output()
	return string(out), err
}

func (e *e2e) key(window string, keys ...string) {
	e.t.Helper()
	for _, k := range keys {
		if out, err := e.xdo("key", "--window", window, "--clearmodifiers", k); err != nil {
			e.screenshot("key-failed")
			e.t.Fatalf("xdotool key %s: %v %s\napp log:\n%s", k, err, out, e.logs.String())
		}
		time.Sleep(400 * time.Millisecond)
	}
}

// quit presses Ctrl+Q. xdotool may report an error when the window is
// gone before the key is released, so its status is not checked: the
// caller's stop() checks that the app really exited.
func (e *e2e) quit(window string) {
	e.xdo("key", "--window", window, "--clearmodifiers", "ctrl+q")
}

// screenshot saves the screen; on failure the PNG is kept in testdata/failed/.
func (e *e2e) screenshot(name string) image.Image {
	e.t.Helper()
	path := filepath.Join(e.dir, name+".png")
	cmd := exec.Command("import", "-window", "root", path)
	cmd.Env = e.env
	if out, err := cmd.CombinedOutput(); err != nil {
		e.t.Logf("screenshot: %v %s", err, out)
		return nil
	}
	e.t.Cleanup(func() {
		if e.t.Failed() {
			os.MkdirAll("testdata/failed", 0o755)
			b, _ := os.ReadFile(path)
			os.WriteFile(filepath.Join("testdata", "failed", "e2e-"+name+".png"), b, 0o644)
		}
	})
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		return nil
	}
	return img
}

// colours counts distinct colours in a region, a cheap "not blank" test.
func colours(img image.Image, r image.Rectangle) int {
	seen := map[uint32]bool{}
	r = r.Intersect(img.Bounds())
	for y := r.Min.Y; y < r.Max.Y; y += 2 {
		for x := r.Min.X; x < r.Max.X; x += 2 {
			c1, c2, c3, _ := img.At(x, y).RGBA()
			seen[(c1>>11)<<10|(c2>>11)<<5|c3>>11] = true
		}
	}
	return len(seen)
}

func (e *e2e) roleCount(doc string) int {
	e.t.Helper()
	var s struct {
		CompanyRoles []json.RawMessage
		Departments  []struct{ Roles []json.RawMessage }
	}
	if err := json.Unmarshal([]byte(e.cli("show", doc, "--json")), &s); err != nil {
		e.t.Fatal(err)
	}
	n := len(s.CompanyRoles)
	for _, d := range s.Departments {
		n += len(d.Roles)
	}
	return n
}

// TestE2EAddRoleAndUndo starts the real app on the template, checks the
// chart is drawn, adds a role with the keyboard (typing its Chinese name),
// quits and checks the file; then adds another, undoes it, quits and
// checks that the undo reached the file.
func TestE2EAddRoleAndUndo(t *testing.T) {
	e := newE2E(t)
	doc := filepath.Join(e.dir, "e2e.orgdb")
	e.cli("new", doc, "--template", "internet-marketing", "--lang", "zh")
	base := e.roleCount(doc)

	// Run 1: the window shows the chart; Insert adds a role, named by typing.
	stop, win := e.launch(doc)
	time.Sleep(4 * time.Second) // first frame, fit to window
	img := e.screenshot("start")
	if img == nil {
		t.Fatal("no screenshot")
	}
	b := img.Bounds()
	centre := image.Rect(b.Dx()/4, b.Dy()/4, b.Dx()*3/4, b.Dy()*3/4)
	if n := colours(img, centre); n < 8 {
		t.Fatalf("the chart area looks blank (%d colours)", n)
	}
	e.key(win, "Insert")
	// The rename box takes a frame or two to appear and take the focus;
	// under load keys typed at once would reach the chart instead. Each
	// character is typed on its own: xdotool remaps a spare keycode for
	// every Chinese character, which a busy X server can otherwise drop.
	time.Sleep(1500 * time.Millisecond)
	for _, r := range "E2E测试岗位" {
		if _, err := e.xdo("type", "--window", win, "--delay", "120", string(r)); err != nil {
			t.Fatal(err)
		}
		time.Sleep(150 * time.Millisecond)
	}
	time.Sleep(500 * time.Millisecond)
	e.key(win, "Return")
	e.quit(win)
	if err := stop(); err != nil {
		e.screenshot("run1")
		t.Fatal(err)
	}
	if got := e.roleCount(doc); got != base+1 {
		t.Fatalf("after adding: %d roles, want %d", got, base+1)
	}
	if js := e.cli("show", doc, "--json"); !strings.Contains(js, "E2E测试岗位") {
		e.screenshot("typed")
		t.Fatalf("the typed Chinese title did not reach the document:\n%s", e.cli("show", doc))
	}

	// Run 2: add a role, leave its default name, undo, quit.
	stop, win = e.launch(doc)
	time.Sleep(3 * time.Second)
	e.key(win, "Insert", "Escape")
	e.screenshot("added")
	e.key(win, "ctrl+z")
	time.Sleep(500 * time.Millisecond)
	e.screenshot("undone")
	e.quit(win)
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	if got := e.roleCount(doc); got != base+1 {
		t.Fatalf("after add and undo: %d roles, want %d", got, base+1)
	}
}

// TestE2ESecondInstanceRefused: while the GUI holds the document, a second
// `orgdesigner show` exits 1 with a clear message in under 3 s.
func TestE2ESecondInstanceRefused(t *testing.T) {
	e := newE2E(t)
	doc := filepath.Join(e.dir, "held.orgdb")
	e.cli("new", doc)
	stop, win := e.launch(doc)
	defer func() { e.quit(win); stop() }()
	cmd := exec.Command(e.bin, "show", doc)
	cmd.Env = append(e.env, "LANGUAGE=en", "LANG=en_US.UTF-8")
	start := time.Now()
	out, err := cmd.CombinedOutput()
	elapsed := time.Since(start)
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
		t.Fatalf("want exit 1, got %v: %s", err, out)
	}
	if !strings.Contains(string(out), "in use by another OrgDesigner window or command") {
		t.Fatalf("unclear message: %s", out)
	}
	if elapsed > 3*time.Second {
		t.Fatalf("took %v", elapsed)
	}
}

// bigDocument writes a document with roles roles in 50 departments and
// two people per role.
func bigDocument(tb testing.TB, path string, roles int) {
	tb.Helper()
	doc := &data.Document{Org: data.Organisation{Name: "大型测试公司", Lang: "zh"}}
	doc.Roles = append(doc.Roles, data.Role{ID: "r-ceo", Title: "总经理", Planned: 1})
	for d := 0; d < 50; d++ {
		dept := data.ID(fmt.Sprintf("d-%02d", d))
		head := data.ID(fmt.Sprintf("r-%02d-head", d))
		doc.Departments = append(doc.Departments, data.Department{ID: dept, Name: fmt.Sprintf("部门%02d", d), Head: head, Order: d})
		doc.Roles = append(doc.Roles, data.Role{ID: head, Title: fmt.Sprintf("部门%02d经理", d), Department: dept, ReportsTo: "r-ceo", Planned: 1, Order: d * 1000})
	}
	for i := len(doc.Roles); i < roles; i++ {
		d := i % 50
		r := data.Role{ID: data.ID(fmt.Sprintf("r-%05d", i)), Title: fmt.Sprintf("岗位%05d", i),
			Department: data.ID(fmt.Sprintf("d-%02d", d)), ReportsTo: data.ID(fmt.Sprintf("r-%02d-head", d)), Planned: 2, Order: d*1000 + i,
			Responsibilities: []data.Responsibility{{Text: "负责本岗位的日常工作"}}}
		doc.Roles = append(doc.Roles, r)
		for k := 0; k < 2; k++ {
			doc.People = append(doc.People, data.Person{ID: data.ID(fmt.Sprintf("p-%05d-%d", i, k)), Number: fmt.Sprintf("E%05d%d", i, k),
				Name: fmt.Sprintf("员工%05d%d", i, k), Role: r.ID})
		}
	}
	st, err := data.Create(path, doc)
	if err != nil {
		tb.Fatal(err)
	}
	st.Close()
}

// BenchmarkStartupToWindow measures the real binary from process start to
// its window being mapped and shown with a 5,000-role, 10,000-person
// document (target ≤ 1.5 s). Run: go test -run '^$' -bench StartupToWindow -benchtime 5x .
func BenchmarkStartupToWindow(b *testing.B) {
	e := newE2EBench(b)
	doc := filepath.Join(e.dir, "big.orgdb")
	bigDocument(b, doc, 5000)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		cmd := exec.Command(e.bin, doc)
		cmd.Env = e.env
		if err := cmd.Start(); err != nil {
			b.Fatal(err)
		}
		for {
			out, _ := e.xdo("search", "--onlyvisible", "--pid", fmt.Sprint(cmd.Process.Pid))
			if strings.TrimSpace(out) != "" {
				break
			}
			if time.Since(start) > 30*time.Second {
				b.Fatal("no window")
			}
			time.Sleep(10 * time.Millisecond)
		}
		b.ReportMetric(float64(time.Since(start).Milliseconds()), "ms-to-window")
		b.StopTimer()
		// Resident memory once the chart is drawn (target ≤ 300 MB).
		time.Sleep(3 * time.Second)
		if kb := residentKB(cmd.Process.Pid, "VmHWM"); kb > 0 {
			b.ReportMetric(float64(kb)/1024, "peak-RSS-MB")
		}
		cmd.Process.Kill()
		cmd.Wait()
		b.StartTimer()
	}
}

// residentKB reads a memory figure (VmRSS, VmHWM) of a process from
// /proc, in kB; 0 where /proc is not available.
func residentKB(pid int, field string) int {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, field+":"); ok {
			var kb int
			fmt.Sscan(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), &kb)
			return kb
		}
	}
	return 0
}
