// Command orgdesigner is OrgDesigner (组织架构设计器): a desktop app to
// design a company's organisation structure and print it. With no
// argument or a document's path it opens the GUI; subcommands (new, show,
// import, export, report, check) run headless for scripts, and anything
// else prints the usage (exit 2). This file is wiring only.
package main

import (
	"os"
	"time"

	fyneapp "fyne.io/fyne/v2/app"

	"orgdesigner/app"
	"orgdesigner/app/cli"
	"orgdesigner/app/i18n"
	"orgdesigner/views/shell"
)

// version is set by the build (-ldflags "-X main.version=…").
var version = "dev"

func main() {
	os.Exit(run())
}

// run returns the exit code, so the private temporary folder is removed
// before the process ends.
func run() int {
	i18n.SetLanguage(i18n.FromEnv(os.Getenv))
	cli.Version = version
	streams := cli.Streams{Out: os.Stdout, Err: os.Stderr}
	// Every temporary file (excelize's too) goes into one folder of this
	// process; the next start sweeps what a killed run left.
	cleanup, _ := app.UseOwnTempDir(time.Now())
	defer cleanup()
	args := os.Args[1:]
	file, gui := cli.GUIFile(args)
	doc, roster, withImport := cli.GUIImport(args)
	if withImport {
		file, gui = doc, true
	}
	if !gui {
		return cli.Run(streams, args)
	}
	if msg := cli.NoDisplay(os.Getenv); msg != "" {
		return cli.Exit(streams, cli.ExitRejected, msg)
	}
	a := fyneapp.NewWithID(shell.AppID)
	shell.StartImport(a, file, roster, version)
	a.Run()
	return cli.ExitOK
}
