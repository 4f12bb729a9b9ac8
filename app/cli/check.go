package cli

import (
	"flag"
	"fmt"

	"orgdesigner/app/check"
	"orgdesigner/app/i18n"
)

func runCheck(s Streams, args []string) int {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	def := check.DefaultThresholds()
	span := fs.Int("max-span", def.MaxSpan, "")
	depth := fs.Int("max-depth", def.MaxDepth, "")
	scen := fs.String("scenario", "", "")
	pos, ok := parse(s, fs, args, "FILE.orgdb")
	if !ok {
		return ExitUsage
	}
	for _, f := range []struct {
		name string
		v    int
	}{{"--max-span", *span}, {"--max-depth", *depth}} {
		if f.v < 1 {
			fmt.Fprintln(s.Err, i18n.L("check: %s must be a whole number of 1 or more, not %d.", f.name, f.v))
			return ExitUsage
		}
	}
	st, code := openDoc(s, pos[0])
	if st == nil {
		return code
	}
	defer st.Close()
	doc, code := scenarioDoc(s, st, pos[0], *scen)
	if doc == nil {
		return code
	}
	findings := check.Run(doc, check.Thresholds{MaxSpan: *span, MaxDepth: *depth})
	for _, f := range findings {
		fmt.Fprintf(s.Out, "%-8s %s  [%s %s]\n", f.Severity.String(), f.Message, f.Kind, f.ID)
	}
	e, w, n := check.Summary(findings)
	fmt.Fprintln(s.Out, i18n.L("%d errors, %d warnings, %d notes.", e, w, n))
	// Findings are advice about the design, not rejected input: exit 0.
	return ExitOK
}
