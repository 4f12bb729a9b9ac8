package cli

import (
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"orgdesigner/app"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// TestMain lets the test binary run as orgdesigner itself (a child the
// kill test kills): ORGD_CLI_ARGS holds its arguments, one a line.
func TestMain(m *testing.M) {
	if args := os.Getenv("ORGD_CLI_ARGS"); args != "" {
		i18n.SetLanguage(i18n.FromEnv(os.Getenv))
		cleanup, _ := app.UseOwnTempDir(time.Now())
		code := Run(Streams{Out: os.Stdout, Err: os.Stderr}, strings.Split(args, "\n"))
		cleanup()
		os.Exit(code)
	}
	os.Exit(m.Run())
}

// killRounds: 40 in `make test`, 200 in `make test-long`.
func killRounds() int {
	if os.Getenv("ORGDESIGNER_LONG") != "" {
		return 200
	}
	return 40
}

// TestKilledCommandsHarmNothing kills `new` and `import` at random moments:
// the document always opens and validates (an import is all or nothing), a
// new document is whole or absent, and the next start removes what the
// killed run left (its private temporary folder, .orgdb-new-* files).
func TestKilledCommandsHarmNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("kill test is slow")
	}
	dir := t.TempDir()
	tmpBase := filepath.Join(dir, "tmp")
	os.Mkdir(tmpBase, 0o700)
	docs := filepath.Join(dir, "docs")
	os.Mkdir(docs, 0o755)
	doc := filepath.Join(docs, "t.orgdb")
	if code, _, e := run("new", doc); code != ExitOK {
		t.Fatal(e)
	}
	rng := rand.New(rand.NewSource(time.Now().UnixNano()))
	rounds := killRounds()
	killed := 0
	for round := range rounds {
		var args []string
		target := filepath.Join(docs, fmt.Sprintf("new-%d.orgdb", round))
		if round%2 == 0 {
			args = []string{"new", target}
		} else {
			roster := filepath.Join(dir, fmt.Sprintf("r%d.csv", round))
			var b strings.Builder
			b.WriteString("工号,姓名,部门,岗位\n")
			for i := range 50 {
				fmt.Fprintf(&b, "K%04d%03d,员工%d,数字运营部,SEO/SEM优化师\n", round, i, i)
			}
			os.WriteFile(roster, []byte(b.String()), 0o644)
			args = []string{"import", doc, roster}
		}
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), "ORGD_CLI_ARGS="+strings.Join(args, "\n"), "TMPDIR="+tmpBase)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case <-done:
		case <-time.After(time.Duration(rng.Intn(60)) * time.Millisecond):
			cmd.Process.Signal(syscall.SIGKILL)
			if err := <-done; err != nil {
				killed++
			}
		}
		// the next start: its own temporary folder sweeps the dead run's
		app.SweepTempDirs(tmpBase, time.Now())
		if left, _ := os.ReadDir(tmpBase); len(left) > 0 {
			t.Fatalf("round %d (%s): the temporary folder of a killed run is left: %v", round, args[0], left)
		}
		st, err := data.Open(doc) // opening for editing sweeps the folder
		if err != nil {
			t.Fatalf("round %d (%s): the document does not open: %v", round, args[0], err)
		}
		if err := data.Validate(st.Doc()); err != nil {
			t.Fatalf("round %d: the document does not validate: %v", round, err)
		}
		if n := len(st.Doc().People); n%50 != 0 {
			t.Fatalf("round %d: %d people: an import was half applied", round, n)
		}
		st.Close()
		if _, err := os.Stat(target); err == nil {
			nst, err := data.Open(target)
			if err != nil {
				t.Fatalf("round %d: a half-written new document: %v", round, err)
			}
			nst.Close()
		}
		if litter, _ := filepath.Glob(filepath.Join(docs, ".orgdb-*")); len(litter) > 0 {
			t.Fatalf("round %d: litter after the next start: %v", round, litter)
		}
	}
	if killed < rounds/4 {
		t.Fatalf("only %d of %d runs were killed while working", killed, rounds)
	}
	t.Logf("%d rounds, %d killed while working", rounds, killed)
}
