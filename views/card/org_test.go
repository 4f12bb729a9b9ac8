package card

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"orgdesigner/app/templates"
	"orgdesigner/data"
)

func TestOrgSettingsEditsAndGuidance(t *testing.T) {
	env := newEnv(t, fixture())
	o := NewOrgSettings(env.s)
	w := newWindow(t, o, fyne.NewSize(560, 900))

	typeInto(t, w, o.name, "星火营销")
	typeInto(t, w, o.industry, "互联网营销")
	typeInto(t, w, o.notes, "2025 年规划")
	pick(t, o.stage, "成长期")

	g := templates.Guidance("zh")
	if sg, ok := g.Stage(data.StageGrowth); ok {
		if !strings.Contains(o.stageGuide.Text, sg.Advice) {
			t.Errorf("stage guidance = %q, want the growth advice", o.stageGuide.Text)
		}
		if !o.recommend.Visible() || !strings.Contains(o.recommend.Text, "矩阵型") {
			t.Errorf("recommendation = %q (visible %v)", o.recommend.Text, o.recommend.Visible())
		}
		test.Tap(o.recommend)
		if m := env.s.Doc().Org.Mode; m != data.ModeMatrix {
			t.Errorf("mode = %q after taking the recommendation", m)
		}
		if o.recommend.Visible() {
			t.Error("the recommendation stays once followed")
		}
		mg, _ := g.Mode(data.ModeMatrix)
		if !strings.Contains(o.modeGuide.Text, mg.Tagline) || !strings.Contains(o.modeGuide.Text, mg.FitsFor) {
			t.Errorf("mode guidance = %q", o.modeGuide.Text)
		}
	} else {
		t.Log("no guidance in the built-in templates; only the settings are checked")
		pick(t, o.mode, "矩阵型")
	}

	org := env.reopen().Org
	if org.Name != "星火营销" || org.Industry != "互联网营销" || org.Notes != "2025 年规划" ||
		org.Stage != data.StageGrowth || org.Mode != data.ModeMatrix {
		t.Errorf("organisation = %+v", org)
	}
}

func TestOrgSettingsStartupAdvice(t *testing.T) {
	doc := fixture()
	doc.Org.Mode, doc.Org.Stage = data.ModeFunctional, data.StageStartup
	env := newEnv(t, doc)
	o := NewOrgSettings(env.s)
	newWindow(t, o, fyne.NewSize(560, 900))
	sg, ok := templates.Guidance("zh").Stage(data.StageStartup)
	if !ok {
		t.Skip("no guidance in the built-in templates")
	}
	if !strings.Contains(o.stageGuide.Text, "扁平化") || !strings.Contains(o.stageGuide.Text, sg.Advice) {
		t.Errorf("start-up advice = %q", o.stageGuide.Text)
	}
	if o.recommend.Visible() {
		t.Error("a recommendation is offered though the mode already matches")
	}
}
