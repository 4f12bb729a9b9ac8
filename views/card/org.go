package card

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app"
	"orgdesigner/app/i18n"
	"orgdesigner/app/templates"
	"orgdesigner/data"
	"orgdesigner/views/card/field"
	"orgdesigner/views/wrapped"
)

// OrgSettings edits the organisation: name, industry, mode (职能型 / 项目型
// / 矩阵型), stage (初创期 / 成长期 / 成熟期), notes and the personnel cost
// settings (on-cost, months per year, grade table), and shows the seed's
// guidance for the chosen stage and mode, in the document's language.
type OrgSettings struct {
	widget.BaseWidget

	s      Session
	save   *field.Saver
	closed bool

	name, industry, notes *field.Entry
	nameMsg, indMsg       *field.Message
	notesMsg              *field.Message
	mode, stage           *field.Select
	modeMsg, stageMsg     *field.Message

	stageGuide *wrapped.Label
	modeGuide  *wrapped.Label
	recommend  *field.Button
	recMode    data.Mode

	cost     *orgCost  // on-cost, months per year, grade table
	printing *orgPrint // version, effective date, confidentiality, logo

	scroll *container.Scroll
	// root holds the built content; Relabel swaps it.
	root *fyne.Container
}

// Modes and stages in display order.
var (
	orgModes  = []data.Mode{data.ModeFunctional, data.ModeProject, data.ModeMatrix}
	orgStages = []data.Stage{data.StageStartup, data.StageGrowth, data.StageMature}
)

// ModeName names a mode in the UI language.
func ModeName(m data.Mode) string {
	switch m {
	case data.ModeFunctional:
		return i18n.L("Functional")
	case data.ModeProject:
		return i18n.L("Project-based")
	case data.ModeMatrix:
		return i18n.L("Matrix")
	}
	return i18n.L("Not set")
}

// StageName names a business stage in the UI language.
func StageName(s data.Stage) string {
	switch s {
	case data.StageStartup:
		return i18n.L("Start-up")
	case data.StageGrowth:
		return i18n.L("Growth")
	case data.StageMature:
		return i18n.L("Mature")
	}
	return i18n.L("Not set")
}

// NewOrgSettings returns the organisation settings of s's document.
func NewOrgSettings(s Session) *OrgSettings {
	o := &OrgSettings{s: s, save: field.NewSaver(s), root: container.NewStack()}
	o.ExtendBaseWidget(o)
	o.build()
	s.OnChange(func() { fyne.Do(o.reload) })
	o.load(true)
	return o
}

func (o *OrgSettings) entry(rows int) *field.Entry {
	en := field.NewEditorEntry(rows, o.reveal, o.wheel)
	en.Normalize = strings.TrimSpace
	return en
}

func (o *OrgSettings) build() {
	o.name, o.nameMsg = o.entry(0), field.NewMessage()
	o.name.OnCommit = func(t string) error {
		return o.text(o.name, o.nameMsg, t, func(g *data.Organisation) *string { return &g.Name })
	}
	o.industry, o.indMsg = o.entry(0), field.NewMessage()
	o.industry.SetPlaceHolder(i18n.L("e.g. internet marketing"))
	o.industry.OnCommit = func(t string) error {
		return o.text(o.industry, o.indMsg, t, func(g *data.Organisation) *string { return &g.Industry })
	}
	o.notes, o.notesMsg = o.entry(3), field.NewMessage()
	o.notes.OnCommit = func(t string) error {
		return o.text(o.notes, o.notesMsg, t, func(g *data.Organisation) *string { return &g.Notes })
	}
	o.mode, o.modeMsg = field.NewSelect(o.onMode), field.NewMessage()
	o.mode.OnFocus = o.reveal
	o.stage, o.stageMsg = field.NewSelect(o.onStage), field.NewMessage()
	o.stage.OnFocus = o.reveal
	// Fyne's own placeholder, "(Select one)", is not translated.
	o.mode.PlaceHolder, o.stage.PlaceHolder = i18n.L("Not set"), i18n.L("Not set")
	o.stageGuide, o.modeGuide = paragraph(""), paragraph("")
	o.recommend = field.NewButton("", nil, o.onRecommend)
	o.recommend.OnFocus = o.reveal
	o.cost = newOrgCost(o)
	o.printing = newOrgPrint(o)

	row := func(label string, obj fyne.CanvasObject, msg *field.Message) []fyne.CanvasObject {
		return []fyne.CanvasObject{widget.NewLabel(label), container.NewVBox(obj, msg)}
	}
	var cells []fyne.CanvasObject
	cells = append(cells, row(i18n.L("Organisation name"), o.name, o.nameMsg)...)
	cells = append(cells, row(i18n.L("Industry"), o.industry, o.indMsg)...)
	cells = append(cells, row(i18n.L("Business stage"), o.stage, o.stageMsg)...)
	cells = append(cells, row(i18n.L("Organisation mode"), o.mode, o.modeMsg)...)
	body := container.NewVBox(
		section(i18n.L("Organisation"), nil, container.New(layout.NewFormLayout(), cells...)),
		section(i18n.L("Advice for this stage"), nil, o.stageGuide, container.NewHBox(o.recommend)),
		section(i18n.L("About this mode"), nil, o.modeGuide),
		section(i18n.L("Notes"), nil, field.With(o.notes, o.notesMsg)),
		o.cost.object(),
		o.printing.content(),
	)
	o.scroll = container.NewVScroll(container.NewPadded(body))
	o.root.Objects = []fyne.CanvasObject{o.scroll}
	o.root.Refresh()
}

// CreateRenderer implements fyne.Widget.
func (o *OrgSettings) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(o.root) }

// Relabel rebuilds the settings in the current UI language.
func (o *OrgSettings) Relabel() {
	o.Flush()
	o.build()
	o.load(true)
}

// Flush saves the edit being typed, if any.
func (o *OrgSettings) Flush() {
	for _, en := range []*field.Entry{o.name, o.industry, o.notes} {
		en.Flush()
	}
	for _, en := range o.cost.entries() {
		en.Flush()
	}
	o.printing.flush()
}

// Close saves pending edits and stops following the session.
func (o *OrgSettings) Close() { o.Flush(); o.closed = true }

func (o *OrgSettings) reveal(obj fyne.CanvasObject) { field.Reveal(o.scroll, obj) }

// wheel scrolls the settings with the mouse wheel turned over a multi-line
// field (the field grows with its text instead of scrolling).
func (o *OrgSettings) wheel(ev *fyne.ScrollEvent) { o.scroll.Scrolled(ev) }

func (o *OrgSettings) reload() {
	if !o.closed {
		o.load(false)
	}
}

func (o *OrgSettings) load(force bool) {
	org := o.s.Doc().Org
	o.name.Load(org.Name, force)
	o.industry.Load(org.Industry, force)
	o.notes.Load(org.Notes, force)
	o.printing.load(org, force)
	o.cost.load(org, force)
	var modes, stages []string
	for _, m := range orgModes {
		modes = append(modes, ModeName(m))
	}
	for _, s := range orgStages {
		stages = append(stages, StageName(s))
	}
	mode, stage := "", ""
	if org.Mode != "" {
		mode = ModeName(org.Mode)
	}
	if org.Stage != "" {
		stage = StageName(org.Stage)
	}
	o.mode.Set(modes, mode)
	o.stage.Set(stages, stage)
	o.showGuidance(org)
}

// showGuidance shows the seed's advice for the stage and the description of
// the mode, and offers the stage's recommended mode when it differs.
func (o *OrgSettings) showGuidance(org data.Organisation) {
	g := templates.Guidance(org.Lang)
	o.recMode = ""
	stageText := i18n.L("Choose a business stage to see the advice for it.")
	if sg, ok := g.Stage(org.Stage); ok {
		stageText = sg.Title + " · " + sg.Structure + "\n" + sg.Advice
		if sg.Mode != "" && sg.Mode != org.Mode {
			o.recMode = sg.Mode
		}
	}
	setPara(o.stageGuide, stageText)
	if o.recMode != "" {
		o.recommend.SetText(i18n.L("Use the recommended mode: %s", ModeName(o.recMode)))
		o.recommend.Show()
	} else {
		o.recommend.Hide()
	}
	modeText := i18n.L("Choose an organisation mode to see what it suits.")
	if mg, ok := g.Mode(org.Mode); ok {
		modeText = strings.Join([]string{
			mg.Title + " · " + mg.Tagline,
			mg.Summary,
			i18n.L("Strengths: %s", mg.Strengths),
			i18n.L("Weaknesses: %s", mg.Weaknesses),
			i18n.L("Suits: %s", mg.FitsFor),
		}, "\n")
	}
	setPara(o.modeGuide, modeText)
}

// update saves a change to the organisation; key merges one visit's saves.
func (o *OrgSettings) update(key string, fn func(g *data.Organisation)) error {
	cmd := app.CommandFunc{Text: i18n.L("Edit organisation"), Fn: func(doc *data.Document) (*data.ChangeSet, error) {
		org := doc.Org
		fn(&org)
		return &data.ChangeSet{Org: &org}, nil
	}}
	return o.save.Save(key, cmd)
}

func (o *OrgSettings) text(en *field.Entry, msg *field.Message, text string, get func(*data.Organisation) *string) error {
	text = strings.TrimSpace(text)
	org := o.s.Doc().Org
	if *get(&org) == text {
		msg.Clear()
		return nil
	}
	err := o.update(en.Key(), func(g *data.Organisation) { *get(g) = text })
	msg.Set(describe(err))
	return err
}

func (o *OrgSettings) onMode(label string) {
	for _, m := range orgModes {
		if ModeName(m) == label && m != o.s.Doc().Org.Mode {
			o.Flush()
			o.modeMsg.Set(describe(o.update("", func(g *data.Organisation) { g.Mode = m })))
			o.load(false)
		}
	}
}

func (o *OrgSettings) onStage(label string) {
	for _, s := range orgStages {
		if StageName(s) == label && s != o.s.Doc().Org.Stage {
			o.Flush()
			o.stageMsg.Set(describe(o.update("", func(g *data.Organisation) { g.Stage = s })))
			o.load(false)
		}
	}
}

func (o *OrgSettings) onRecommend() {
	if o.recMode == "" {
		return
	}
	m := o.recMode
	o.Flush()
	o.modeMsg.Set(describe(o.update("", func(g *data.Organisation) { g.Mode = m })))
	o.load(false)
}
