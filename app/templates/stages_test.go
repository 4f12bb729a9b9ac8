package templates

import (
	"errors"
	"strings"
	"testing"

	"orgdesigner/app/check"
	"orgdesigner/data"
)

// depth is the longest chain of reporting lines (a role reporting to
// no one counts 1).
func depth(d *data.Document) int {
	most := 0
	for _, r := range d.Roles {
		n := 1
		for m := d.Role(r.ReportsTo); m != nil && n <= len(d.Roles); m = d.Role(m.ReportsTo) {
			n++
		}
		most = max(most, n)
	}
	return most
}

func TestStages(t *testing.T) {
	names := map[string][2]string{
		"zh": {"初创期：扁平化+职能型", "成长期：矩阵型"},
		"en": {"Start-up: Flat + functional", "Growth: Matrix"},
	}
	for _, lang := range []string{"zh", "en"} {
		t.Run(lang, func(t *testing.T) {
			tmpl, err := Load(InternetMarketing, lang)
			if err != nil {
				t.Fatal(err)
			}
			stages, err := Stages(InternetMarketing, lang)
			if err != nil {
				t.Fatal(err)
			}
			// The mature stage's 生态型 is none of the app's modes: not offered.
			if len(stages) != 2 {
				t.Fatalf("%d stages, want start-up and growth", len(stages))
			}
			for i, s := range stages {
				if err := data.Validate(s.Doc); err != nil {
					t.Errorf("%s: %v", s.Scenario.Name, err)
				}
				if s.Scenario.Name != names[lang][i] || !s.Scenario.Suggested || s.Scenario.ID != "" ||
					s.Scenario.Source != "template:internet-marketing/"+string(s.Doc.Org.Stage) {
					t.Errorf("scenario %+v", s.Scenario)
				}
				g, _ := Guidance(lang).Stage(s.Doc.Org.Stage)
				if !strings.HasPrefix(s.Scenario.Note, g.Advice) {
					t.Errorf("note %q does not give the stage advice %q", s.Scenario.Note, g.Advice)
				}
				if s.Doc.Org.Lang != lang || s.Doc.Org.Template != InternetMarketing {
					t.Errorf("org %+v", s.Doc.Org)
				}
				for _, e := range check.Run(s.Doc, check.DefaultThresholds()) {
					if e.Severity == check.Error {
						t.Errorf("%s: check error %s", s.Scenario.Name, e.Message)
					}
				}
			}
			start, growth := stages[0].Doc, stages[1].Doc
			if start.Org.Stage != data.StageStartup || start.Org.Mode != data.ModeFunctional {
				t.Errorf("start-up org %+v", start.Org)
			}
			if len(start.Departments) != 4 || len(start.Projects) != 0 {
				t.Errorf("start-up: %d departments, %d project teams; want 4 and none", len(start.Departments), len(start.Projects))
			}
			if depth(start) > depth(tmpl) {
				t.Errorf("start-up is %d levels deep, the template %d: not flatter", depth(start), depth(tmpl))
			}
			// Every role the source describes is kept; only suggested heads go.
			for _, r := range tmpl.Roles {
				got := start.Role(r.ID)
				switch {
				case got == nil && !data.IsSuggested(r.Suggested, data.FieldRole):
					t.Errorf("source role %s was dropped", r.Title)
				case got != nil && start.Department(got.Department) == nil && got.Department != "":
					t.Errorf("%s is in a missing department", r.Title)
				}
			}
			if len(start.Roles) >= len(tmpl.Roles) {
				t.Error("no head role was dropped")
			}
			seo := start.Role("role-seo-sem-specialist")
			ops := start.Department(seo.Department)
			if ops == nil || ops.ID != "dept-digital-ops" || start.Role("role-online-service").Department != ops.ID ||
				start.Role("role-campaign-operator").Department != ops.ID {
				t.Errorf("operations does not hold digital, growth and service roles: %+v", ops)
			}
			if head := start.Role(ops.Head); head == nil || start.Role("role-online-service").ReportsTo != head.ID {
				t.Error("customer service does not report to the merged head")
			}
			if !strings.Contains(ops.Positioning, tmpl.Department("dept-customer-service").Positioning) {
				t.Error("the merged positioning lost the source's text")
			}
			if growth.Org.Stage != data.StageGrowth || growth.Org.Mode != data.ModeMatrix {
				t.Errorf("growth org %+v", growth.Org)
			}
			team := growth.Project("project-618")
			if team == nil || !strings.Contains(team.Name, "618") || len(team.Members) < 4 {
				t.Fatalf("growth has no 618 team: %+v", growth.Projects)
			}
			if len(growth.Departments) != len(tmpl.Departments) {
				t.Errorf("growth has %d departments", len(growth.Departments))
			}
			// Fresh documents: changing one leaves the next call alone.
			start.Departments[0].Name = "x"
			again, _ := Stages(InternetMarketing, lang)
			if again[0].Doc.Departments[0].Name == "x" {
				t.Error("stage documents are shared")
			}
		})
	}
}

func TestStageOf(t *testing.T) {
	s, err := StageOf(InternetMarketing, "zh", data.StageGrowth)
	if err != nil || s.Doc.Org.Mode != data.ModeMatrix {
		t.Fatalf("%+v %v", s.Scenario, err)
	}
	_, err = StageOf(InternetMarketing, "en", data.StageMature)
	if !errors.Is(err, data.ErrNotFound) || !strings.Contains(err.Error(), "startup, growth") {
		t.Errorf("mature: %v", err)
	}
	if _, err := StageOf(Blank, "en", data.StageStartup); !errors.Is(err, data.ErrNotFound) || !strings.Contains(err.Error(), `"blank"`) {
		t.Errorf("blank: %v", err)
	}
	if _, err := Stages("nope", "en"); !errors.Is(err, data.ErrNotFound) || !strings.Contains(err.Error(), "internet-marketing") {
		t.Errorf("unknown template: %v", err)
	}
}

func TestStagePlansNameKnownDepartments(t *testing.T) {
	all, err := stagePlans()
	if err != nil {
		t.Fatal(err)
	}
	for id, ps := range all {
		for _, lang := range []string{"zh", "en"} {
			doc, err := Load(id, lang)
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range ps {
				for _, m := range p.Merge {
					for _, d := range append([]data.ID{m.Into}, m.Absorb...) {
						if doc.Department(d) == nil {
							t.Errorf("%s %s: stage %s merges the unknown department %s", id, lang, p.Stage, d)
						}
					}
					if m.Name[lang] == "" {
						t.Errorf("%s: a merged department has no %s name", id, lang)
					}
				}
			}
		}
	}
}

// BenchmarkStages: building both stage suggestions (two template loads,
// merges, validation), what a "new scenario" dialog pays to list them.
func BenchmarkStages(b *testing.B) {
	for b.Loop() {
		if _, err := Stages(InternetMarketing, "zh"); err != nil {
			b.Fatal(err)
		}
	}
}
