package cli

// `orgdesigner scenario …` and `--scenario NAME`: scenarios (方案) are
// addressed by name or id; the current organisation by one of the
// reserved names "current" or "当前组织" (or its id, the empty string,
// where a flag takes it). Commands that change the document open it for
// editing, take the daily backup first and make one change (one
// transaction) through the session, as the GUI does.

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"

	"orgdesigner/app"
	"orgdesigner/app/i18n"
	"orgdesigner/app/templates"
	"orgdesigner/data"
)

var scenarioCommands = []command{
	{"scenario list", "scenario list FILE.orgdb [--json]", "list the scenarios with their source and headcounts", runScenarioList, nil},
	{"scenario new", "scenario new FILE.orgdb NAME [--from SCENARIO|--template startup|growth]", "make a scenario from the current organisation, another scenario or a template stage", runScenarioNew, nil},
	{"scenario copy", "scenario copy FILE.orgdb FROM NAME", "duplicate a scenario (or the current organisation)", runScenarioCopy, nil},
	{"scenario rename", "scenario rename FILE.orgdb OLD NEW", "rename a scenario", runScenarioRename, nil},
	{"scenario delete", "scenario delete FILE.orgdb NAME", "delete a scenario", runScenarioDelete, nil},
	{"scenario adopt", "scenario adopt FILE.orgdb NAME", "make a scenario the current organisation (the old one is kept as a dated scenario; adopting that one back swaps them again)", runScenarioAdopt, nil},
}

// runScenario dispatches `scenario SUBCOMMAND …`.
func runScenario(s Streams, args []string) int {
	if len(args) > 0 {
		for _, c := range scenarioCommands {
			if c.name == "scenario "+args[0] {
				return c.run(s, args[1:])
			}
		}
		fmt.Fprintln(s.Err, i18n.L("unknown command %q", "scenario "+args[0]))
	} else {
		fmt.Fprintln(s.Err, i18n.L("scenario: say what to do: list, new, copy, rename, delete or adopt."))
	}
	for _, c := range scenarioCommands {
		fmt.Fprintf(s.Err, "%s orgdesigner %s\n", i18n.L("Usage:"), c.usage)
	}
	return ExitUsage
}

func isCurrentName(name string) bool { return app.IsCurrentName(name) }

// findScenario resolves a scenario's id or name ("" for the reserved
// names of the current organisation). An unknown name is an error naming
// the file and listing the scenarios there are.
func findScenario(st *data.Store, path, name string) (data.ID, error) {
	if isCurrentName(name) {
		return "", nil
	}
	all := st.Scenarios()
	trimmed := strings.TrimSpace(name)
	byID := slices.IndexFunc(all, func(sc data.Scenario) bool { return string(sc.ID) == trimmed })
	byName := slices.IndexFunc(all, func(sc data.Scenario) bool { return sc.Name == trimmed })
	if byName < 0 {
		byName = slices.IndexFunc(all, func(sc data.Scenario) bool { return strings.EqualFold(strings.TrimSpace(sc.Name), trimmed) })
	}
	switch {
	case byID >= 0 && byName >= 0 && byID != byName:
		// One scenario is named with another's id: guessing could delete
		// or adopt the wrong one.
		return "", errors.New(i18n.L("In %s, %q is the id of the scenario %q and the name of the scenario %q; give the id of the one you mean (`orgdesigner scenario list FILE --json` lists the ids).",
			path, trimmed, all[byID].Name, all[byName].Name))
	case byID >= 0:
		return all[byID].ID, nil
	case byName >= 0:
		return all[byName].ID, nil
	}
	if len(all) == 0 {
		return "", errors.New(i18n.L("%s has no scenario %q; it has no scenarios yet (`orgdesigner scenario new FILE NAME` makes one).", path, name))
	}
	return "", errors.New(i18n.L("%s has no scenario %q; its scenarios are: %s.", path, name, scenarioNames(all)))
}

// scenarioNames lists the scenarios' names, quoted, for a sentence.
func scenarioNames(all []data.Scenario) string {
	names := make([]string, len(all))
	for i, sc := range all {
		names[i] = fmt.Sprintf("%q", sc.Name)
	}
	return strings.Join(names, ", ")
}

// scenarioDoc returns the organisation a read-only command works on: the
// current one, or scenario name's (--scenario), without writing anything.
func scenarioDoc(s Streams, st *data.Store, path, name string) (*data.Document, int) {
	if name == "" {
		return st.Doc(), ExitOK
	}
	id, err := findScenario(st, path, name)
	if err != nil {
		fmt.Fprintln(s.Err, err)
		return nil, ExitRejected
	}
	doc, err := st.ScenarioDoc(id)
	if err != nil {
		return nil, fail(s, path, err)
	}
	return doc, ExitOK
}

// scenarioTitle is the name a report prints for --scenario name: the
// scenario's own name, or "" for the current organisation.
func scenarioTitle(st *data.Store, path, name string) string {
	if name == "" {
		return ""
	}
	id, err := findScenario(st, path, name)
	if err != nil || id == "" {
		return ""
	}
	sc, _ := st.Scenario(id)
	return sc.Name
}

// openScenario switches st to scenario name (--scenario of a command that
// writes into it); "" leaves the current organisation open.
func openScenario(s Streams, st *data.Store, path, name string) int {
	if name == "" {
		return ExitOK
	}
	id, err := findScenario(st, path, name)
	if err != nil {
		fmt.Fprintln(s.Err, err)
		return ExitRejected
	}
	if err := st.Switch(id); err != nil {
		return fail(s, path, err)
	}
	return ExitOK
}

// checkNewName refuses a name a new or renamed scenario cannot take: an
// empty one, a reserved name of the current organisation, or one another
// scenario has (except scenario self).
func checkNewName(s Streams, st *data.Store, path, name string, self data.ID) int {
	name = strings.TrimSpace(name)
	if p := app.ScenarioNameProblem(name); p != "" {
		fmt.Fprintln(s.Err, p)
		return ExitRejected
	}
	for _, sc := range st.Scenarios() {
		// Commands take a scenario's id as well as its name.
		if sc.ID != self && strings.EqualFold(string(sc.ID), name) {
			fmt.Fprintln(s.Err, i18n.L("In %s, %q is the id of the scenario %q; choose another name.", path, name, sc.Name))
			return ExitRejected
		}
		if sc.ID != self && strings.EqualFold(strings.TrimSpace(sc.Name), name) {
			fmt.Fprintln(s.Err, i18n.L("%s already has a scenario named %q; choose another name.", path, sc.Name))
			return ExitRejected
		}
	}
	return ExitOK
}

// failScenario describes an error of a scenario operation.
func failScenario(s Streams, path, name string, err error) int {
	if errors.Is(err, data.ErrScenarioName) {
		fmt.Fprintln(s.Err, i18n.L("%s already has a scenario named %q; choose another name.", path, name))
		return ExitRejected
	}
	return fail(s, path, err)
}

// editScenarios opens path for a command that changes its scenarios; it
// returns the session or the exit code. check tests the command's
// arguments against the document: first on a read-only opening, because
// opening for editing upgrades an older schema in the file (and leaves the
// copy made before the upgrade next to it), then again on the document
// opened for editing, where it sets what the command works with. The
// command calls backupFirst just before the change, so a refused command
// leaves no trace.
func editScenarios(s Streams, path string, check func(st *data.Store) int) (*app.Session, int) {
	if st, err := data.OpenReadOnly(path); err == nil {
		code := ExitOK
		if writableDoc(path) {
			code = check(st)
		}
		st.Close()
		if code != ExitOK {
			return nil, code
		}
	}
	st, code := openForEditing(s, path)
	if st == nil {
		return nil, code
	}
	if code := check(st); code != ExitOK {
		st.Close()
		return nil, code
	}
	return app.NewSession(st), ExitOK
}

// writableDoc reports whether the document at path may be changed: a
// file without a write bit is refused as read-only by openForEditing
// before its arguments are looked at.
func writableDoc(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.Mode().Perm()&0o222 != 0
}

// scenarioName names organisation id for messages.
func scenarioName(st *data.Store, id data.ID) string {
	if sc, ok := st.Scenario(id); ok && id != "" {
		return sc.Name
	}
	return i18n.L("Current organisation")
}

// The JSON shape of `scenario list --json`: the current organisation
// first (id "", current true), then the scenarios in order.
type scenarioEntry struct {
	ID        data.ID `json:"id"`
	Name      string  `json:"name"`
	Current   bool    `json:"current,omitempty"`
	Source    string  `json:"source,omitempty"`
	Suggested bool    `json:"suggested,omitempty"`
	Created   string  `json:"created,omitempty"`
	Note      string  `json:"note,omitempty"`
	Mode      string  `json:"mode,omitempty"`
	Stage     string  `json:"stage,omitempty"`
	Depts     int     `json:"departments"`
	Roles     int     `json:"roles"`
	Planned   int     `json:"planned"`
	Filled    int     `json:"filled"`
	People    int     `json:"people"`
	// Adopted: the scenario is the organisation that was current before
	// an adoption; this names the scenario adopted then. Adopting this
	// one back keeps the current organisation under that name and note.
	Adopted *adoptedEntry `json:"adopted,omitempty"`
}

// adoptedEntry names the scenario an adoption made current.
type adoptedEntry struct {
	ID   data.ID `json:"id"`
	Name string  `json:"name"`
	Note string  `json:"note,omitempty"`
}

func entryOf(sc data.Scenario, d *data.Document) scenarioEntry {
	h := app.CountHeads(d)
	e := scenarioEntry{ID: sc.ID, Name: sc.Name, Source: sc.Source, Suggested: sc.Suggested, Created: sc.Created,
		Note: sc.Note, Mode: string(d.Org.Mode), Stage: string(d.Org.Stage), Depts: len(d.Departments),
		Roles: len(d.Roles), Planned: h.Company.Planned, Filled: h.Company.Filled, People: len(d.People)}
	if a := sc.Adopted; a != nil {
		e.Adopted = &adoptedEntry{ID: a.ID, Name: a.Name, Note: a.Note}
	}
	return e
}

func runScenarioList(s Streams, args []string) int {
	fs := flag.NewFlagSet("scenario list", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "")
	pos, ok := parse(s, fs, args, "FILE.orgdb")
	if !ok {
		return ExitUsage
	}
	st, code := openDoc(s, pos[0])
	if st == nil {
		return code
	}
	defer st.Close()
	cur, err := st.ScenarioDoc("")
	if err != nil {
		return fail(s, pos[0], err)
	}
	first := entryOf(data.Scenario{Name: i18n.L("Current organisation")}, cur)
	first.Current = true
	list := []scenarioEntry{first}
	for _, sc := range st.Scenarios() {
		d, err := st.ScenarioDoc(sc.ID)
		if err != nil {
			return fail(s, pos[0], err)
		}
		list = append(list, entryOf(sc, d))
	}
	if *asJSON {
		return writeJSON(s, map[string]any{"scenarios": list})
	}
	for _, e := range list {
		mark := "  "
		switch {
		case e.Current:
			mark = "= "
		case e.Suggested:
			mark = "* "
		}
		fmt.Fprintf(s.Out, "%s%s  (%s)", mark, e.Name, i18n.L("%d departments, %d roles, planned %d, %d people",
			e.Depts, e.Roles, e.Planned, e.People))
		switch {
		case e.Adopted != nil:
			fmt.Fprintf(s.Out, "  %s", i18n.L("the organisation before %q was adopted", e.Adopted.Name))
		case e.Source == "":
		case e.Source == "current":
			fmt.Fprintf(s.Out, "  %s", i18n.L("made from the current organisation"))
		default:
			fmt.Fprintf(s.Out, "  %s", i18n.L("made from %s", sourceText(e.Source)))
		}
		fmt.Fprintln(s.Out)
	}
	if n := len(list) - 1; n == 1 {
		fmt.Fprintln(s.Out, i18n.L("= the current organisation, * a suggestion of the template; 1 scenario."))
	} else {
		fmt.Fprintln(s.Out, i18n.L("= the current organisation, * a suggestion of the template; %d scenarios.", n))
	}
	return ExitOK
}

// sourceText shows a scenario's Source for people: "template:<id>/<stage>"
// as the template's and the stage's names.
func sourceText(source string) string {
	if rest, ok := strings.CutPrefix(source, "template:"); ok {
		id, stage, _ := strings.Cut(rest, "/")
		lang := i18n.Language()
		for _, t := range templates.List(lang) {
			if t.ID == id {
				id = t.Name
			}
		}
		if g, ok := templates.Guidance(lang).Stage(data.Stage(stage)); ok {
			stage = g.Title
		}
		return i18n.L("template %s, stage %s", id, stage)
	}
	return source
}

func writeJSON(s Streams, v any) int {
	enc := json.NewEncoder(s.Out)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fail(s, "", err)
	}
	return ExitOK
}

func runScenarioNew(s Streams, args []string) int {
	fs := flag.NewFlagSet("scenario new", flag.ContinueOnError)
	from := fs.String("from", "", "")
	stage := fs.String("template", "", "")
	pos, ok := parse(s, fs, args, "FILE.orgdb", "NAME")
	if !ok {
		return ExitUsage
	}
	if *from != "" && *stage != "" {
		fmt.Fprintln(s.Err, i18n.L("scenario new: choose --from or --template, not both"))
		return ExitUsage
	}
	var sg templates.Stage
	var src data.ID
	sess, code := editScenarios(s, pos[0], func(st *data.Store) int {
		if code := checkNewName(s, st, pos[0], pos[1], ""); code != ExitOK {
			return code
		}
		if *stage != "" {
			var code int
			sg, code = templateStage(s, st.Doc(), *stage)
			return code
		}
		if *from != "" {
			var err error
			if src, err = findScenario(st, pos[0], *from); err != nil {
				fmt.Fprintln(s.Err, err)
				return ExitRejected
			}
		}
		return ExitOK
	})
	if sess == nil {
		return code
	}
	st := sess.Store()
	defer st.Close()
	name := strings.TrimSpace(pos[1])
	if code := backupFirst(s, st); code != ExitOK {
		return code
	}
	var id data.ID
	var err error
	if *stage != "" {
		sg.Scenario.Name = name
		id, err = sess.NewScenarioFromDoc(sg.Scenario, sg.Doc)
	} else {
		id, err = sess.NewScenario(name, src)
	}
	if err != nil {
		return failScenario(s, pos[0], name, err)
	}
	return scenarioMade(s, st, pos[0], id)
}

// scenarioMade says what a new scenario holds.
func scenarioMade(s Streams, st *data.Store, path string, id data.ID) int {
	d, err := st.ScenarioDoc(id)
	if err != nil {
		return fail(s, path, err)
	}
	fmt.Fprintln(s.Out, i18n.L("Made the scenario %q in %s: %d departments, %d roles, %d people, %d project teams.",
		scenarioName(st, id), path, len(d.Departments), len(d.Roles), len(d.People), len(d.Projects)))
	return ExitOK
}

// templateStage finds --template STAGE: a stage id (startup, growth) or
// its title in either language (初创期, Start-up), among the suggestions
// of the document's template (the internet-marketing one when the
// document's own template has none), in the document's language. An
// unknown stage is a usage error listing the stages there are.
func templateStage(s Streams, doc *data.Document, want string) (templates.Stage, int) {
	lang := doc.Org.Lang
	if lang == "" {
		lang = i18n.Language()
	}
	id := doc.Org.Template
	stages, err := templates.Stages(id, lang)
	if err != nil || len(stages) == 0 {
		id = templates.InternetMarketing
		if stages, err = templates.Stages(id, lang); err != nil {
			return templates.Stage{}, fail(s, "", err)
		}
	}
	want = strings.TrimSpace(want)
	var known []string
	for _, sg := range stages {
		stage := sg.Doc.Org.Stage
		known = append(known, string(stage))
		if strings.EqualFold(want, string(stage)) || strings.EqualFold(want, sg.Scenario.Name) {
			return sg, ExitOK
		}
		for _, l := range []string{i18n.Chinese, i18n.English} {
			if g, ok := templates.Guidance(l).Stage(stage); ok && strings.EqualFold(want, g.Title) {
				return sg, ExitOK
			}
		}
	}
	fmt.Fprintln(s.Err, i18n.L("scenario new: the template %q has no stage %q; use one of %s.", id, want, strings.Join(known, ", ")))
	return templates.Stage{}, ExitUsage
}

func runScenarioCopy(s Streams, args []string) int {
	fs := flag.NewFlagSet("scenario copy", flag.ContinueOnError)
	pos, ok := parse(s, fs, args, "FILE.orgdb", "FROM", "NAME")
	if !ok {
		return ExitUsage
	}
	var src data.ID
	sess, code := editScenarios(s, pos[0], func(st *data.Store) int {
		var err error
		if src, err = findScenario(st, pos[0], pos[1]); err != nil {
			fmt.Fprintln(s.Err, err)
			return ExitRejected
		}
		return checkNewName(s, st, pos[0], pos[2], "")
	})
	if sess == nil {
		return code
	}
	st := sess.Store()
	defer st.Close()
	name := strings.TrimSpace(pos[2])
	if code := backupFirst(s, st); code != ExitOK {
		return code
	}
	id, err := sess.NewScenario(name, src)
	if err != nil {
		return failScenario(s, pos[0], name, err)
	}
	return scenarioMade(s, st, pos[0], id)
}

// scenarioArg resolves the scenario a command changes: the current
// organisation is refused with why.
func scenarioArg(s Streams, st *data.Store, path, name, why string) (data.ID, int) {
	id, err := findScenario(st, path, name)
	if err != nil {
		fmt.Fprintln(s.Err, err)
		return "", ExitRejected
	}
	if id == "" {
		fmt.Fprintln(s.Err, why)
		return "", ExitRejected
	}
	return id, ExitOK
}

func runScenarioRename(s Streams, args []string) int {
	fs := flag.NewFlagSet("scenario rename", flag.ContinueOnError)
	pos, ok := parse(s, fs, args, "FILE.orgdb", "OLD", "NEW")
	if !ok {
		return ExitUsage
	}
	var id data.ID
	sess, code := editScenarios(s, pos[0], func(st *data.Store) int {
		var code int
		id, code = scenarioArg(s, st, pos[0], pos[1],
			i18n.L("%q is the current organisation, not a scenario: it has no scenario name to change.", pos[1]))
		if code != ExitOK {
			return code
		}
		return checkNewName(s, st, pos[0], pos[2], id)
	})
	if sess == nil {
		return code
	}
	st := sess.Store()
	defer st.Close()
	old, name := scenarioName(st, id), strings.TrimSpace(pos[2])
	if code := backupFirst(s, st); code != ExitOK {
		return code
	}
	if err := sess.RenameScenario(id, name); err != nil {
		return failScenario(s, pos[0], name, err)
	}
	fmt.Fprintln(s.Out, i18n.L("Renamed the scenario %q to %q in %s.", old, name, pos[0]))
	return ExitOK
}

func runScenarioDelete(s Streams, args []string) int {
	return onOneScenario(s, "scenario delete", args,
		func(arg string) string {
			return i18n.L("%q is the current organisation, not a scenario: it cannot be deleted.", arg)
		},
		func(sess *app.Session, id data.ID, name, path string) int {
			if err := sess.DeleteScenario(id); err != nil {
				return fail(s, path, err)
			}
			fmt.Fprintln(s.Out, i18n.L("Deleted the scenario %q from %s.", name, path))
			return ExitOK
		})
}

func runScenarioAdopt(s Streams, args []string) int {
	return onOneScenario(s, "scenario adopt", args,
		func(arg string) string {
			return i18n.L("%q is already the current organisation; name the scenario to adopt.", arg)
		},
		func(sess *app.Session, id data.ID, name, path string) int {
			sc, _ := sess.Store().Scenario(id)
			before, err := sess.Adopt(id)
			if err != nil {
				return fail(s, path, err)
			}
			kept := scenarioName(sess.Store(), before)
			fmt.Fprintln(s.Out, i18n.L("Adopted the scenario %q: it is now the current organisation of %s; the previous one is kept as the scenario %q.",
				name, path, kept))
			// Adopting back what an adoption kept restores the scenario
			// adopted then, under its old name when no other has taken it.
			if back := sc.Adopted; back != nil && !strings.EqualFold(strings.TrimSpace(back.Name), kept) {
				fmt.Fprintln(s.Out, i18n.L("Another scenario is named %q now, so the previous organisation could not take its old name back; rename it with `orgdesigner scenario rename FILE OLD NEW`.",
					back.Name))
			}
			return ExitOK
		})
}

// onOneScenario runs a command "FILE.orgdb NAME" that acts on one
// scenario (not the current organisation, which notCurrent refuses with a
// sentence): it checks the arguments, backs the document up, then runs act
// with the scenario's id and name.
func onOneScenario(s Streams, command string, args []string, notCurrent func(arg string) string,
	act func(sess *app.Session, id data.ID, name, path string) int) int {
	fs := flag.NewFlagSet(command, flag.ContinueOnError)
	pos, ok := parse(s, fs, args, "FILE.orgdb", "NAME")
	if !ok {
		return ExitUsage
	}
	var id data.ID
	sess, code := editScenarios(s, pos[0], func(st *data.Store) int {
		var code int
		id, code = scenarioArg(s, st, pos[0], pos[1], notCurrent(pos[1]))
		return code
	})
	if sess == nil {
		return code
	}
	st := sess.Store()
	defer st.Close()
	name := scenarioName(st, id)
	if code := backupFirst(s, st); code != ExitOK {
		return code
	}
	return act(sess, id, name, pos[0])
}
