package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestMistakesOfTheBinary runs the real program on the command-line
// mistakes that used to start the GUI or panic: a mistyped subcommand
// prints the usage (exit 2), no display or an unreachable one is one
// sentence (exit 1); no run leaves its temporary folder behind.
func TestMistakesOfTheBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the program")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "orgdesigner")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Env = append(os.Environ(), "CGO_ENABLED=1")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	tmp := filepath.Join(dir, "tmp")
	os.Mkdir(tmp, 0o700)
	cases := []struct {
		name  string
		args  []string
		env   []string
		code  int
		say   string
		lines int // stderr lines, 0: any
	}{
		{"mistyped subcommand", []string{"frob"}, nil, 2, `"frob"`, 0},
		{"mistyped subcommand, no display", []string{"frob"}, []string{"DISPLAY=", "WAYLAND_DISPLAY="}, 2, "Usage", 0},
		{"no display", nil, []string{"DISPLAY=", "WAYLAND_DISPLAY="}, 1, "no graphical display", 1},
		{"unreachable display", []string{filepath.Join(dir, "t.orgdb")}, []string{"DISPLAY=:97", "WAYLAND_DISPLAY="}, 1, ":97", 1},
		{"report onto the document", []string{"report", filepath.Join(dir, "t.orgdb"), filepath.Join(dir, "t.orgdb")}, nil, 2, "open document", 1},
	}
	cmd := exec.Command(bin, "new", filepath.Join(dir, "t.orgdb"))
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("new: %v %s", err, out)
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cmd := exec.Command(bin, tc.args...)
			cmd.Env = append(os.Environ(), "LANG=en_US.UTF-8", "LC_ALL=", "LANGUAGE=", "TMPDIR="+tmp)
			cmd.Env = append(cmd.Env, tc.env...)
			var errb bytes.Buffer
			cmd.Stderr = &errb
			err := cmd.Run()
			code := 0
			var ee *exec.ExitError
			if errors.As(err, &ee) {
				code = ee.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			e := errb.String()
			if code != tc.code || !strings.Contains(e, tc.say) || strings.Contains(e, "goroutine") || strings.Contains(e, "panic") {
				t.Fatalf("exit %d (want %d)\n%s", code, tc.code, e)
			}
			if n := strings.Count(strings.TrimSpace(e), "\n") + 1; tc.lines > 0 && n != tc.lines {
				t.Errorf("%d lines, want %d:\n%s", n, tc.lines, e)
			}
			if left, _ := os.ReadDir(tmp); len(left) > 0 {
				t.Errorf("temporary folder left: %v", left)
			}
		})
	}
}
