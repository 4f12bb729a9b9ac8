package templates

import (
	"errors"
	"slices"
	"strings"

	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// Guide is the organisation-design advice of the seed document: the
// three organisation modes, what each business stage calls for, and the
// other advice sections. The app shows it in the Guide panel and next to
// the mode and stage in the organisation settings.
type Guide struct {
	Title      string       `json:"title"`
	Source     string       `json:"source"`     // the document the advice is quoted from
	ModesTitle string       `json:"modesTitle"` // heading above Modes
	Modes      []ModeGuide  `json:"modes"`      // functional, project, matrix
	StageTitle string       `json:"stageTitle"` // heading above Stages
	Stages     []StageGuide `json:"stages"`     // startup, growth, mature
	Sections   []Section    `json:"sections"`   // introduction and further advice
}

// ModeGuide describes one organisation mode (职能型, 项目型, 矩阵型).
type ModeGuide struct {
	Mode       data.Mode `json:"mode"`
	Title      string    `json:"title"`   // 职能型架构
	Tagline    string    `json:"tagline"` // 专业纵深,稳定可控
	Summary    string    `json:"summary"` // how the departments are cut
	Strengths  string    `json:"strengths"`
	Weaknesses string    `json:"weaknesses"`
	FitsFor    string    `json:"fitsFor"` // the companies it suits
}

// StageGuide is the advice for one business stage.
type StageGuide struct {
	Stage     data.Stage `json:"stage"`
	Title     string     `json:"title"`     // 初创期
	Structure string     `json:"structure"` // 扁平化+职能型
	// Mode is the recommended organisation mode, or "" when the advised
	// structure is none of the app's modes (生态型 for the mature stage).
	Mode   data.Mode `json:"mode,omitempty"`
	Advice string    `json:"advice"`
}

// Section is a titled paragraph of advice. Note says something about the
// text itself, e.g. that the source breaks off there.
type Section struct {
	Title string `json:"title"`
	Text  string `json:"text"`
	Note  string `json:"note,omitempty"`
}

// Guidance returns the guidance in lang ("zh" or "en"), taken from the
// first template (in display order) that carries guidance in that language.
// The zero Guide means there is none.
func Guidance(lang string) Guide {
	for _, f := range builtin().in(i18n.Normalize(lang)) {
		if f.Guidance != nil {
			g := *f.Guidance
			g.Modes = slices.Clone(g.Modes)
			g.Stages = slices.Clone(g.Stages)
			g.Sections = slices.Clone(g.Sections)
			return g
		}
	}
	return Guide{}
}

// Mode returns the guide for mode m.
func (g Guide) Mode(m data.Mode) (ModeGuide, bool) {
	for _, x := range g.Modes {
		if x.Mode == m {
			return x, true
		}
	}
	return ModeGuide{}, false
}

// Stage returns the guide for stage s.
func (g Guide) Stage(s data.Stage) (StageGuide, bool) {
	for _, x := range g.Stages {
		if x.Stage == s {
			return x, true
		}
	}
	return StageGuide{}, false
}

// Modes and stages every guidance must cover, in display order.
var (
	allModes  = []data.Mode{data.ModeFunctional, data.ModeProject, data.ModeMatrix}
	allStages = []data.Stage{data.StageStartup, data.StageGrowth, data.StageMature}
)

// check reports every gap: a missing mode or stage, or an empty text.
func (g *Guide) check() error {
	var errs []error
	add := func(msg string) { errs = append(errs, errors.New(msg)) }
	if blank(g.Title, g.ModesTitle, g.StageTitle) {
		add(i18n.L("The guidance has an empty title."))
	}
	if len(g.Modes) != len(allModes) {
		add(i18n.L("The guidance must describe each of the three modes once."))
	}
	for _, m := range allModes {
		x, ok := g.Mode(m)
		if !ok || blank(x.Title, x.Tagline, x.Summary, x.Strengths, x.Weaknesses, x.FitsFor) {
			add(i18n.L("The guidance for the mode %s is incomplete.", m))
		}
	}
	if len(g.Stages) != len(allStages) {
		add(i18n.L("The guidance must describe each of the three stages once."))
	}
	for _, s := range allStages {
		x, ok := g.Stage(s)
		if !ok || blank(x.Title, x.Structure, x.Advice) {
			add(i18n.L("The guidance for the stage %s is incomplete.", s))
		}
	}
	for i, s := range g.Sections {
		if blank(s.Title, s.Text) {
			add(i18n.L("Guidance section %d has no title or no text.", i+1))
		}
	}
	return errors.Join(errs...)
}

func blank(texts ...string) bool {
	return slices.ContainsFunc(texts, func(s string) bool { return strings.TrimSpace(s) == "" })
}
