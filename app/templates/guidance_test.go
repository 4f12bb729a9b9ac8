package templates

import (
	"slices"
	"strings"
	"testing"

	"orgdesigner/app/report/textlayout"
	"orgdesigner/data"
)

func TestGuidanceComplete(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		t.Run(lang, func(t *testing.T) {
			g := Guidance(lang)
			if err := g.check(); err != nil {
				t.Fatalf("incomplete guidance: %v", err)
			}
			var modes []data.Mode
			for _, m := range g.Modes {
				modes = append(modes, m.Mode)
			}
			if !slices.Equal(modes, allModes) {
				t.Errorf("modes = %v, want %v", modes, allModes)
			}
			want := map[data.Stage]data.Mode{
				data.StageStartup: data.ModeFunctional, data.StageGrowth: data.ModeMatrix, data.StageMature: "",
			}
			for stage, mode := range want {
				s, ok := g.Stage(stage)
				if !ok || s.Mode != mode {
					t.Errorf("stage %s: %+v, want the recommended mode %q", stage, s, mode)
				}
			}
			if len(g.Sections) != 3 {
				t.Fatalf("%d sections, want the introduction and the two further advice sections", len(g.Sections))
			}
			if last := g.Sections[2]; last.Note == "" {
				t.Error("the cut-off collaboration section has no note saying so")
			}
		})
	}
}

func TestGuidanceStructureMatches(t *testing.T) {
	zh, en := Guidance("zh"), Guidance("en")
	for i := range zh.Modes {
		if zh.Modes[i].Mode != en.Modes[i].Mode {
			t.Errorf("mode %d: zh %s, en %s", i, zh.Modes[i].Mode, en.Modes[i].Mode)
		}
	}
	for i := range zh.Stages {
		if zh.Stages[i].Stage != en.Stages[i].Stage || zh.Stages[i].Mode != en.Stages[i].Mode {
			t.Errorf("stage %d: zh %+v, en %+v", i, zh.Stages[i], en.Stages[i])
		}
	}
	for i := range zh.Sections {
		if (zh.Sections[i].Note == "") != (en.Sections[i].Note == "") {
			t.Errorf("section %d: only one language has a note", i+1)
		}
	}
}

// TestGuidanceIsVerbatim wants every Chinese guidance text to be quoted from
// the seed document, not paraphrased.
func TestGuidanceIsVerbatim(t *testing.T) {
	// The template writes the source's punctuation full width.
	lines := strings.Split(readSource(t), "\n")
	for i, l := range lines {
		lines[i] = textlayout.NormalisePunct(l)
	}
	source := strings.Join(lines, "\n")
	g := Guidance("zh")
	quoted := map[string]string{"modes title": g.ModesTitle, "stage title": g.StageTitle}
	for _, m := range g.Modes {
		for field, s := range map[string]string{"title": m.Title, "tagline": m.Tagline, "summary": m.Summary,
			"strengths": m.Strengths, "weaknesses": m.Weaknesses, "fits for": m.FitsFor} {
			quoted[string(m.Mode)+" "+field] = s
		}
	}
	for _, s := range g.Stages {
		quoted[string(s.Stage)+" title"] = s.Title
		quoted[string(s.Stage)+" structure"] = s.Structure
		quoted[string(s.Stage)+" advice"] = textlayout.NormalisePunct(s.Title + ":" + s.Advice)
	}
	for _, s := range g.Sections {
		quoted[s.Title] = s.Title
		quoted[s.Title+" text"] = s.Text
	}
	for what, s := range quoted {
		if !strings.Contains(source, s) {
			t.Errorf("%s %q is not in the source", what, s)
		}
	}
}

func TestGuidanceUnknownLanguageFallsBackToChinese(t *testing.T) {
	if Guidance("fr").Title != Guidance("zh").Title {
		t.Error("an unknown language does not give the Chinese guidance")
	}
}
