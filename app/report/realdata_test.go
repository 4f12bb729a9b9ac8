package report

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"orgdesigner/app/sheets"
	"orgdesigner/app/templates"
	"orgdesigner/data"
)

// realdataDir holds real HR exports on the build machines (never copied
// into the repository); the test skips when it is absent.
const realdataDir = "../../../shared/realdata"

// importRoster imports a real roster into a blank document, as the CLI's
// import does.
func importRoster(t *testing.T, file string) *data.Document {
	t.Helper()
	path := filepath.Join(realdataDir, file)
	if _, err := os.Stat(path); err != nil {
		t.Skipf("%s is not present", path)
	}
	blank, err := templates.Load(templates.Blank, "zh")
	if err != nil {
		t.Fatal(err)
	}
	st, err := data.Create(filepath.Join(t.TempDir(), "r.orgdb"), blank)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	p, err := sheets.DryRun(context.Background(), path, "", st.Doc(), sheets.PlanOptions{})
	if err != nil {
		t.Fatalf("import %s: %v", file, err)
	}
	if err := st.Apply(p.Changes); err != nil {
		t.Fatalf("apply %s: %v", file, err)
	}
	return st.Doc()
}

// TestRealRosterBooklet: the booklet of a real company roster (a
// recruitment firm of 108 people in city teams, and a 1,516-person
// chart export) keeps chart text ≥ 7 pt, cuts no card, and its role
// sheets name their role on every page.
func TestRealRosterBooklet(t *testing.T) {
	for _, file := range []string{"cn_roster_ruihr_poi.xlsx", "en_d3_orgchart_1516.csv"} {
		t.Run(file, func(t *testing.T) {
			doc := importRoster(t, file)
			if len(doc.Roles) < 5 {
				t.Fatalf("only %d roles imported", len(doc.Roles))
			}
			opt := Options{Date: fixedDate}
			pdf, _ := render(t, bookletFn(doc, opt))
			for _, s := range fontSizes(t, pdf) {
				if s < minChartPt-1e-6 {
					t.Fatalf("text at %.2f pt", s)
				}
			}
			w, err := newWriter(context.Background(), doc, opt)
			if err != nil {
				t.Fatal(err)
			}
			checkNoCardCut(t, w.planChart())
			checkRoleSheets(t, doc, opt)
		})
	}
}
