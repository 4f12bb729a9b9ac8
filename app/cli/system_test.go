//go:build unix

package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"orgdesigner/app/i18n"
)

// runAs runs this test binary as orgdesigner with args as the user uid
// (see TestMain) and returns its exit code and stderr.
func runAs(t *testing.T, bin string, uid int, tmp string, args ...string) (int, string) {
	t.Helper()
	cmd := exec.Command(bin, "-test.run=^$")
	cmd.Env = append(os.Environ(), "ORGD_CLI_ARGS="+strings.Join(args, "\n"), "TMPDIR="+tmp, "LANG=en_US.UTF-8", "LC_ALL=", "LANGUAGE=")
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: uint32(uid), Gid: uint32(uid)}}
	var e bytes.Buffer
	cmd.Stderr = &e
	err := cmd.Run()
	var ee *exec.ExitError
	switch {
	case err == nil:
		return 0, e.String()
	case errors.As(err, &ee):
		return ee.ExitCode(), e.String()
	}
	t.Fatal(err)
	return 0, ""
}

// TestPermissionDenied runs the commands as another user (nobody) on
// root's documents: a document they may not read is "permission", never
// "damaged"; one they may read but not write works for show and is refused
// by import with the read-only sentence; both files stay as they were.
func TestPermissionDenied(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("needs root to run a command as another user")
	}
	i18n.SetLanguage("en")
	dir := t.TempDir()
	os.Chmod(dir, 0o755)
	os.Chmod(filepath.Dir(dir), 0o755) // t.TempDir's parent is private
	bin := filepath.Join(dir, "orgdesigner.test")
	copyExecutable(t, os.Args[0], bin)
	tmp := filepath.Join(dir, "tmp")
	os.Mkdir(tmp, 0o777)
	os.Chmod(tmp, 0o777)
	secret := filepath.Join(dir, "secret.orgdb")
	shared := filepath.Join(dir, "shared.orgdb")
	for _, p := range []string{secret, shared} {
		if code, _, e := run("new", p); code != ExitOK {
			t.Fatal(e)
		}
	}
	os.Chmod(secret, 0o600)
	roster := filepath.Join(dir, "people.csv")
	os.WriteFile(roster, []byte("工号,姓名,部门,岗位\n001,张三,数字运营部,SEO/SEM优化师\n"), 0o644)
	before := snapshot(t, secret, shared)
	const nobody = 65534
	cases := []struct {
		args []string
		code int
		say  string
	}{
		{[]string{"show", secret}, ExitRejected, "permission"},
		{[]string{"export", secret, filepath.Join(tmp, "s.xlsx")}, ExitRejected, "permission"},
		{[]string{"show", shared}, ExitOK, ""},
		{[]string{"import", shared, roster}, ExitRejected, "read-only"},
		{[]string{"export", shared, filepath.Join(dir, "s.xlsx")}, ExitRejected, "permission"}, // dir is not theirs to write
	}
	for _, tc := range cases {
		code, e := runAs(t, bin, nobody, tmp, tc.args...)
		if code != tc.code || !strings.Contains(e, tc.say) || strings.Contains(e, "damaged") {
			t.Errorf("%v as nobody: exit %d (want %d)\n%s", tc.args, code, tc.code, e)
		}
	}
	if !bytes.Equal(before, snapshot(t, secret, shared)) {
		t.Fatal("a document changed")
	}
}

// TestDiskFull fills a small disk and then imports, exports and creates:
// each says the disk is full, in a sentence, and the document is
// byte-identical afterwards.
func TestDiskFull(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("needs root to mount a small disk")
	}
	i18n.SetLanguage("en")
	disk := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", disk).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a small disk: %v %s", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", disk).Run() })
	doc := filepath.Join(disk, "t.orgdb")
	if code, _, e := run("new", doc); code != ExitOK {
		t.Fatal(e)
	}
	roster := filepath.Join(t.TempDir(), "people.csv")
	var b strings.Builder
	b.WriteString("工号,姓名,部门,岗位,备注\n")
	for i := range 3000 {
		fmt.Fprintf(&b, "F%05d,员工%d,数字运营部,SEO/SEM优化师,%s\n", i, i, strings.Repeat("备注", 20))
	}
	os.WriteFile(roster, []byte(b.String()), 0o644)
	// fill the disk
	f, err := os.Create(filepath.Join(disk, "filler"))
	if err != nil {
		t.Fatal(err)
	}
	chunk := make([]byte, 4096)
	for {
		if _, err := f.Write(chunk); err != nil {
			break
		}
	}
	f.Close()
	before := snapshot(t, doc)
	for _, args := range [][]string{
		{"import", doc, roster},
		{"export", doc, filepath.Join(disk, "s.xlsx")},
		{"report", doc, filepath.Join(disk, "b.pdf"), "--booklet"},
		{"new", filepath.Join(disk, "n.orgdb")},
	} {
		code, _, e := run(args...)
		if code != ExitRejected || !strings.Contains(e, "disk is full") {
			t.Errorf("%v on a full disk: exit %d\n%s", args, code, e)
		}
	}
	if !bytes.Equal(before, snapshot(t, doc)) {
		t.Fatal("the document changed")
	}
	entries, _ := os.ReadDir(disk)
	for _, e := range entries {
		if n := e.Name(); n != "t.orgdb" && n != "filler" && n != "t.backups" {
			t.Errorf("left on the full disk: %s", n)
		}
	}
}

func copyExecutable(t *testing.T, src, dst string) {
	t.Helper()
	in, err := os.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_CREATE|os.O_WRONLY, 0o755)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	out.Close()
}
