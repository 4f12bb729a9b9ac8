// Package cli implements OrgDesigner's headless subcommands (new, show,
// import, export, report, check, scenario, compare) for scripts. main.go hands it the
// arguments; it writes to the given streams and returns the exit code:
// 0 on success, 1 when the input is rejected, 2 on usage errors.
package cli

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"orgdesigner/app"
	"orgdesigner/app/i18n"
)

// Exit codes.
const (
	ExitOK       = 0
	ExitRejected = 1
	ExitUsage    = 2
)

// Streams are where a subcommand writes.
type Streams struct {
	Out, Err io.Writer
}

type command struct {
	name    string
	usage   string // the synopsis line
	summary string // translated on use
	run     func(s Streams, args []string) int
	// subs are the subcommands of a command group (scenario list, …):
	// --help lists them instead of the group's own line.
	subs []command
}

var commands []command

func init() {
	commands = []command{
		{"new", "new FILE.orgdb [--template internet-marketing|blank] [--lang zh|en]", "create a document from a template", runNew, nil},
		{"show", "show FILE.orgdb [--json] [--scenario NAME]", "print the structure; --json for scripts", runShow, nil},
		{"import", "import FILE.orgdb ROSTER.xlsx|.csv [--sheet NAME] [--dry-run] [--skip-leavers] [--strict] [--no-personal] [--keep-name] [--scenario NAME]", "import a roster (Excel or CSV) after a preview", runImport, nil},
		{"export", "export FILE.orgdb OUT.xlsx [--template-only] [--include-personal] [--scenario NAME]", "write the staffing workbook", runExport, nil},
		{"report", "report FILE.orgdb OUT.pdf|OUT.docx [--roles all|ID,...] [--booklet] [--staffing] [--paper A4|A3|Letter] [--landscape] [--department NAME] [--sections all|basic,purpose,...] [--blank-form] [--normalise-punct] [--poster A3|A2|A1|A0|WxH] [--scenario NAME]", "print role sheets, the organisation booklet or the staffing table as PDF", runReport, nil},
		{"check", "check FILE.orgdb [--max-span N] [--max-depth N] [--scenario NAME]", "structure and responsibility checks", runCheck, nil},
		{"scenario", "scenario list|new|copy|rename|delete|adopt FILE.orgdb …", "work with the document's scenarios", runScenario, scenarioCommands},
		{"compare", compareUsage, "compare two organisations: the current one (\"current\") or scenarios", runCompare, nil},
	}
}

// IsCommand reports whether name is a subcommand (or a help flag), so
// main.go knows to stay headless.
func IsCommand(name string) bool {
	switch name {
	case "-h", "--help", "help", "-help", "--version", "-version", "version":
		return true
	}
	for _, c := range commands {
		if c.name == name {
			return true
		}
	}
	return false
}

// Version is printed by --version; main sets it from the build.
var Version = "dev"

// Run executes args (without the program name) and returns the exit code.
func Run(s Streams, args []string) int {
	if len(args) == 0 {
		Usage(s.Err)
		return ExitUsage
	}
	switch args[0] {
	case "-h", "--help", "help", "-help":
		Usage(s.Out)
		return ExitOK
	case "--version", "-version", "version":
		fmt.Fprintf(s.Out, "orgdesigner %s\n", Version)
		return ExitOK
	}
	for _, c := range commands {
		if c.name == args[0] {
			return c.run(s, args[1:])
		}
	}
	if looksLikePath(args[0]) {
		fmt.Fprintln(s.Err, i18n.L("%s is not an OrgDesigner document: give a .orgdb file to open, or a subcommand.", args[0]))
	} else {
		fmt.Fprintln(s.Err, i18n.L("unknown command %q", args[0]))
	}
	Usage(s.Err)
	return ExitUsage
}

// looksLikePath reports whether a mistyped first argument names a file or
// folder rather than a subcommand.
func looksLikePath(arg string) bool {
	if strings.ContainsAny(arg, `/\`) {
		return true
	}
	_, err := os.Stat(arg)
	return err == nil
}

// Usage prints the synopsis of every subcommand.
func Usage(w io.Writer) {
	fmt.Fprintln(w, i18n.L("Usage:"))
	fmt.Fprintf(w, "  orgdesigner [FILE.orgdb]\n      %s\n", i18n.L("open the GUI (the default document when no file is given)"))
	for _, c := range commands {
		if len(c.subs) == 0 {
			fmt.Fprintf(w, "  orgdesigner %s\n      %s\n", c.usage, i18n.L(c.summary))
		}
		for _, sub := range c.subs {
			fmt.Fprintf(w, "  orgdesigner %s\n      %s\n", sub.usage, i18n.L(sub.summary))
		}
	}
	fmt.Fprintf(w, "  orgdesigner --version\n")
	fmt.Fprintln(w, i18n.L("Exit status: 0 success, 1 input rejected, 2 usage error."))
}

// parse parses flags that may come before, between or after the
// positional arguments and checks the number of positionals.
func parse(s Streams, fs *flag.FlagSet, args []string, positional ...string) ([]string, bool) {
	return parseSome(s, fs, args, len(positional), positional...)
}

// parseSome is parse where only the first required positionals must be
// given (the others, shown in brackets, may be left out).
func parseSome(s Streams, fs *flag.FlagSet, args []string, required int, positional ...string) ([]string, bool) {
	fs.SetOutput(io.Discard)
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			fmt.Fprintln(s.Err, i18n.L("%s: %v", fs.Name(), err))
			usageOf(s.Err, fs.Name())
			return nil, false
		}
		if fs.NArg() == 0 {
			break
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if len(pos) < required || len(pos) > len(positional) {
		fmt.Fprintln(s.Err, i18n.L("%s: expected %s", fs.Name(), strings.Join(positional, " ")))
		usageOf(s.Err, fs.Name())
		return nil, false
	}
	return pos, true
}

func usageOf(w io.Writer, name string) {
	for _, c := range commands {
		if c.name == name {
			fmt.Fprintf(w, "%s orgdesigner %s\n", i18n.L("Usage:"), c.usage)
		}
		for _, sub := range c.subs {
			if sub.name == name {
				fmt.Fprintf(w, "%s orgdesigner %s\n", i18n.L("Usage:"), sub.usage)
			}
		}
	}
}

// fail prints err as a sentence naming path (as the user typed it) and
// returns ExitRejected.
func fail(s Streams, path string, err error) int {
	if path != "" {
		fmt.Fprintln(s.Err, app.DescribePath(path, err))
	} else {
		fmt.Fprintln(s.Err, app.Describe(err))
	}
	return ExitRejected
}
