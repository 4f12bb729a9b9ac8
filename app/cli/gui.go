package cli

import (
	"fmt"
	"net"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"

	"orgdesigner/app/i18n"
	"orgdesigner/app/sheets"
	"orgdesigner/data"
)

// GUIFile decides whether a command line starts the GUI: with no
// arguments (the default document) or with one argument that is a
// document (a name ending in .orgdb, or an existing file). It returns the
// file ("" for the default document) and true; anything else is for Run,
// which runs a subcommand or prints the usage (exit 2). macOS's "-psn_…"
// argument of apps started from Finder is ignored.
func GUIFile(args []string) (string, bool) {
	var rest []string
	for _, a := range args {
		if !strings.HasPrefix(a, "-psn_") {
			rest = append(rest, a)
		}
	}
	switch {
	case len(rest) == 0:
		return "", true
	case len(rest) > 1 || IsCommand(rest[0]) || strings.HasPrefix(rest[0], "-"):
		return "", false
	}
	if strings.EqualFold(filepathExt(rest[0]), data.Extension) {
		return rest[0], true
	}
	if fi, err := os.Stat(rest[0]); err == nil && !fi.IsDir() {
		return rest[0], true
	}
	return "", false
}

// GUIImport decides whether a command line opens a document in the GUI
// with the import wizard on a roster: `orgdesigner DOC.orgdb ROSTER`, as a
// file manager's "Open with" or a script passes them. The roster must be
// an existing file with a roster's extension; anything else is not this.
func GUIImport(args []string) (doc, roster string, ok bool) {
	if len(args) != 2 || !strings.EqualFold(filepathExt(args[0]), data.Extension) {
		return "", "", false
	}
	if !sheets.IsRosterName(args[1]) {
		return "", "", false
	}
	if fi, err := os.Stat(args[1]); err != nil || fi.IsDir() {
		return "", "", false
	}
	return args[0], args[1], true
}

func filepathExt(p string) string {
	i := strings.LastIndexAny(p, `./\`)
	if i < 0 || p[i] != '.' {
		return ""
	}
	return p[i:]
}

// NoDisplay says, in one sentence, why the GUI cannot start on this
// system, or returns "": on Linux and the BSDs a window needs an X11 or
// Wayland display (DISPLAY or WAYLAND_DISPLAY).
func NoDisplay(getenv func(string) string) string {
	switch runtime.GOOS {
	case "windows", "darwin", "android", "ios", "js":
		return ""
	}
	display := getenv("DISPLAY")
	if getenv("WAYLAND_DISPLAY") != "" || (display != "" && reachable(display)) {
		return ""
	}
	if display != "" {
		return i18n.L("OrgDesigner cannot open its window: the display %s cannot be reached. The subcommands work without one: orgdesigner --help", display)
	}
	return i18n.L("OrgDesigner cannot open its window: there is no graphical display (DISPLAY and WAYLAND_DISPLAY are not set). The subcommands work without one: orgdesigner --help")
}

// reachable reports whether an X11 display (":0", "host:0.0") accepts a
// connection; a display it cannot parse is assumed reachable (Fyne will
// say more).
func reachable(display string) bool {
	host, rest, ok := strings.Cut(display, ":")
	if !ok {
		return true
	}
	num, _, _ := strings.Cut(rest, ".")
	n, err := strconv.Atoi(num)
	if err != nil || n < 0 {
		return true
	}
	dial := func(network, addr string) bool {
		c, err := net.DialTimeout(network, addr, 2*time.Second)
		if err == nil {
			c.Close()
		}
		return err == nil
	}
	if host == "" || host == "unix" {
		sock := "/tmp/.X11-unix/X" + num
		return dial("unix", sock) || dial("unix", "@"+sock)
	}
	if strings.HasPrefix(host, "/") { // macOS launchd: /private/tmp/…:0
		return true
	}
	return dial("tcp", net.JoinHostPort(host, strconv.Itoa(6000+n)))
}

// Exit prints a sentence to the error stream and returns code; main uses it
// for problems found before a subcommand runs.
func Exit(s Streams, code int, msg string) int {
	fmt.Fprintln(s.Err, msg)
	return code
}
