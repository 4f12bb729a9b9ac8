package cli

import (
	"fmt"

	"orgdesigner/app/i18n"
)

func notYet(s Streams, name string) int {
	fmt.Fprintln(s.Err, i18n.L("orgdesigner %s: not yet available in this build", name))
	return ExitRejected
}

func runImport(s Streams, args []string) int { return notYet(s, "import") }
func runExport(s Streams, args []string) int { return notYet(s, "export") }
