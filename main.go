// Command orgdesigner is OrgDesigner (组织架构设计器): a desktop app to
// design a company's organisation structure and print it. With no
// subcommand it opens the GUI; subcommands (new, show, import, export,
// report, check) run headless for scripts. This file is wiring only.
package main

import (
	"os"

	fyneapp "fyne.io/fyne/v2/app"

	"orgdesigner/app/cli"
	"orgdesigner/app/i18n"
	"orgdesigner/views/shell"
)

// version is set by the build (-ldflags "-X main.version=…").
var version = "dev"

func main() {
	i18n.SetLanguage(i18n.FromEnv(os.Getenv))
	cli.Version = version
	args := os.Args[1:]
	if len(args) > 0 && cli.IsCommand(args[0]) {
		os.Exit(cli.Run(cli.Streams{Out: os.Stdout, Err: os.Stderr}, args))
	}
	var file string
	if len(args) > 0 {
		file = args[0]
	}
	a := fyneapp.NewWithID(shell.AppID)
	shell.Start(a, file, version)
	a.Run()
}
