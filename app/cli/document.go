package cli

import (
	"flag"
	"fmt"
	"os"

	"orgdesigner/app/i18n"
	"orgdesigner/app/templates"
	"orgdesigner/data"
)

func runNew(s Streams, args []string) int {
	fs := flag.NewFlagSet("new", flag.ContinueOnError)
	tmpl := fs.String("template", "internet-marketing", "")
	lang := fs.String("lang", i18n.Language(), "")
	pos, ok := parse(s, fs, args, "FILE.orgdb")
	if !ok {
		return ExitUsage
	}
	if *lang != i18n.Chinese && *lang != i18n.English {
		fmt.Fprintln(s.Err, i18n.L("--lang must be zh or en"))
		return ExitUsage
	}
	doc, err := templates.Load(*tmpl, *lang)
	if err != nil {
		fmt.Fprintln(s.Err, err)
		return ExitUsage
	}
	st, err := data.Create(pos[0], doc)
	if err != nil {
		return fail(s, pos[0], err)
	}
	defer st.Close()
	d := st.Doc()
	fmt.Fprintln(s.Out, i18n.L("Created %s: %d departments, %d roles, %d people, %d project teams.",
		pos[0], len(d.Departments), len(d.Roles), len(d.People), len(d.Projects)))
	return ExitOK
}

// openDoc opens a document read-only for a subcommand that only reads it
// (show, check, export, report), describing failures: nothing is written
// to the file, an older schema is upgraded in memory only.
func openDoc(s Streams, path string) (*data.Store, int) {
	if _, err := os.Stat(path); err != nil {
		return nil, fail(s, path, err)
	}
	st, err := data.OpenReadOnly(path)
	if err != nil {
		return nil, fail(s, path, err)
	}
	return st, ExitOK
}

// CreateDefault opens the document at path, creating it from the
// internet-marketing template in lang first when it does not exist. The GUI
// uses it for the default document in the user's data folder.
func CreateDefault(path, lang string) (*data.Store, error) {
	if _, err := os.Stat(path); err == nil {
		return data.Open(path)
	}
	doc, err := templates.Load("internet-marketing", lang)
	if err != nil {
		return nil, err
	}
	return data.Create(path, doc)
}
