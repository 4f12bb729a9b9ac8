package card

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
	"orgdesigner/views/card/field"
)

func pick(t *testing.T, s *field.Select, prefix string) {
	t.Helper()
	for _, o := range s.Options {
		if strings.HasPrefix(o, prefix) {
			s.SetSelected(o) // what choosing the option in the pop-up does
			return
		}
	}
	t.Fatalf("no option starting with %q in %v", prefix, s.Options)
}

func submit(en *field.Entry) { en.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) }

// TestRoleEditorEditsEverySection edits each section of the card through
// its widgets and reads the document back from the file.
func TestRoleEditorEditsEverySection(t *testing.T) {
	env := newEnv(t, fixture())
	ed := NewRoleEditor(env.s)
	w := newWindow(t, ed, fyne.NewSize(560, 900))
	ed.SetRole("r-seo")

	b := ed.basic
	typeInto(t, w, b.title, " 搜索优化师 ")
	typeInto(t, w, b.code, "SEO-01")
	pick(t, b.dept, "市场部")
	pick(t, b.reportsTo, "市场经理")
	pick(t, b.dotted.add, "总经理")
	typeInto(t, w, b.dotted.rows[1].label, "职能指导")
	typeInto(t, w, b.planned, "２")
	typeInto(t, w, b.grade, "P5")

	tx := ed.texts.byName
	typeInto(t, w, tx["purpose"].entry, "让更多客户通过搜索找到我们")

	r := ed.resp
	typeInto(t, w, r.rows[0].text, "研究主流搜索引擎算法")
	typeInto(t, w, r.rows[0].weight, "50%")
	typeInto(t, w, r.rows[0].examples, "百度清风算法\n\n谷歌核心更新 ")
	typeInto(t, w, r.rows[1].weight, "20")
	w.Canvas().Focus(r.add)
	test.Type(r.add, "撰写优化方案")
	submit(r.add)

	k := ed.kpis
	typeInto(t, w, k.rows[0].indicator, "核心关键词排名")
	typeInto(t, w, k.rows[0].target, "前五")
	pick(t, k.rows[0].cycle, "季")
	typeInto(t, w, k.rows[0].weight, "60")
	d := k.draft
	test.Type(d.indicator, "自然流量增长")
	test.Type(d.target, "20%")
	pick(t, d.cycle, "年")
	test.Type(d.weight, "40")
	submit(d.weight)

	for name, text := range map[string]string{
		"education": "本科", "major": "计算机", "experience": "3年以上", "skills": "数据分析",
		"certificates": "百度营销认证", "authority": "关键词调整权", "internal": "内容运营",
		"external": "搜索引擎服务商", "conditions": "办公室", "career": "SEO主管", "notes": "急招",
	} {
		typeInto(t, w, tx[name].entry, text)
	}

	got := *env.reopen().Role("r-seo")
	want := data.Role{
		Title: "搜索优化师", Code: "SEO-01", Department: "d-mkt", ReportsTo: "r-mkt",
		Dotted:  []data.DottedLine{{Manager: "r-mkt", Label: "项目汇报"}, {Manager: "r-gm", Label: "职能指导"}},
		Planned: 2, Grade: "P5", Purpose: "让更多客户通过搜索找到我们",
		Responsibilities: []data.Responsibility{
			{Text: "研究主流搜索引擎算法", Weight: 50, Examples: []string{"百度清风算法", "谷歌核心更新"}},
			{Text: "优化网站关键词", Weight: 20},
			{Text: "提交月度排名报告", Weight: 30},
			{Text: "撰写优化方案"},
		},
		KPIs: []data.KPI{
			{Indicator: "核心关键词排名", Target: "前五", Cycle: "季", Weight: 60},
			{Indicator: "自然流量增长", Target: "20%", Cycle: "年", Weight: 40},
		},
		Qualifications: data.Qualifications{Education: "本科", Major: "计算机", Experience: "3年以上",
			Skills: "数据分析", Certificates: "百度营销认证"},
		Authority: "关键词调整权", InternalContacts: "内容运营", ExternalContacts: "搜索引擎服务商",
		Conditions: "办公室", CareerPath: "SEO主管", Notes: "急招",
	}
	checks := []struct {
		name      string
		got, want any
	}{
		{"title", got.Title, want.Title}, {"code", got.Code, want.Code},
		{"department", got.Department, want.Department}, {"reportsTo", got.ReportsTo, want.ReportsTo},
		{"planned", got.Planned, want.Planned}, {"grade", got.Grade, want.Grade},
		{"purpose", got.Purpose, want.Purpose}, {"qualifications", got.Qualifications, want.Qualifications},
		{"authority", got.Authority, want.Authority}, {"internal", got.InternalContacts, want.InternalContacts},
		{"external", got.ExternalContacts, want.ExternalContacts}, {"conditions", got.Conditions, want.Conditions},
		{"career", got.CareerPath, want.CareerPath}, {"notes", got.Notes, want.Notes},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
	if !slices.Equal(got.Dotted, want.Dotted) {
		t.Errorf("dotted = %v, want %v", got.Dotted, want.Dotted)
	}
	if !slices.EqualFunc(got.Responsibilities, want.Responsibilities, func(a, b data.Responsibility) bool {
		return a.Text == b.Text && a.Weight == b.Weight && slices.Equal(a.Examples, b.Examples)
	}) {
		t.Errorf("responsibilities = %+v\nwant %+v", got.Responsibilities, want.Responsibilities)
	}
	if !slices.Equal(got.KPIs, want.KPIs) {
		t.Errorf("KPIs = %+v, want %+v", got.KPIs, want.KPIs)
	}
	// Edited template suggestions are the user's own text now.
	if data.IsSuggested(got.Suggested, data.FieldPurpose) || data.IsSuggested(got.Suggested, data.FieldKPIs) {
		t.Errorf("suggestion marks kept after editing: %v", got.Suggested)
	}
}

func TestRoleEditorShowsRole(t *testing.T) {
	env := newEnv(t, fixture())
	ed := NewRoleEditor(env.s)
	newWindow(t, ed, fyne.NewSize(560, 900))
	if ed.scroll.Visible() {
		t.Error("the card shows with no role selected")
	}
	ed.SetRole("r-seo")
	if got := ed.texts.byName["purpose"].entry.Text; got != "提升自然搜索流量" {
		t.Errorf("purpose shows %q", got)
	}
	if !ed.texts.marks[data.FieldPurpose].Visible() || !ed.kpis.mark.Visible() {
		t.Error("template suggestions are not marked")
	}
	if ed.resp.mark.Visible() {
		t.Error("responsibilities marked as suggested though they are not")
	}
	if got, want := ed.derived.counts.Text, "编制 3 人，在岗 2 人，空缺 1 人"; got != want {
		t.Errorf("headcount shows %q, want %q", got, want)
	}
	if got := ed.derived.holders.Text; !strings.Contains(got, "张三") || !strings.Contains(got, "李四") {
		t.Errorf("holders show %q", got)
	}
	if n := len(ed.derived.reports.Objects); n != 1 {
		t.Fatalf("%d direct reports shown, want SEM专员", n)
	}
	test.Tap(ed.derived.reports.Objects[0].(*field.Button))
	if ed.Role() != "r-sem" {
		t.Errorf("tapping a direct report opened %q", ed.Role())
	}
	if err := env.s.Do(deleteRole("r-sem")); err != nil {
		t.Fatal(err)
	}
	if ed.scroll.Visible() {
		t.Error("the card of a deleted role is still shown")
	}
}

func TestRoleEditorValidationMessages(t *testing.T) {
	env := newEnv(t, fixture())
	ed := NewRoleEditor(env.s)
	w := newWindow(t, ed, fyne.NewSize(560, 900))
	ed.SetRole("r-seo")

	typeInto(t, w, ed.basic.title, "  ")
	if !ed.basic.titleMsg.Visible() || ed.basic.titleMsg.Text != "岗位名称不能为空。" {
		t.Errorf("empty title message = %q (visible %v)", ed.basic.titleMsg.Text, ed.basic.titleMsg.Visible())
	}
	if ed.basic.title.Text != "  " {
		t.Errorf("the refused text was replaced by %q", ed.basic.title.Text)
	}
	if got := env.s.Doc().Role("r-seo").Title; got != "SEO优化师" {
		t.Errorf("title saved as %q", got)
	}
	typeInto(t, w, ed.basic.title, "SEO专家")
	if ed.basic.titleMsg.Visible() {
		t.Error("the message stays after a valid title")
	}

	pick(t, ed.basic.reportsTo, "SEM专员")
	if !ed.basic.reportsMsg.Visible() || !strings.Contains(ed.basic.reportsMsg.Text, "循环") {
		t.Errorf("reporting cycle message = %q", ed.basic.reportsMsg.Text)
	}
	if !strings.HasPrefix(ed.basic.reportsTo.Selected, "运营经理") {
		t.Errorf("reports-to shows %q after the refusal, want the unchanged manager", ed.basic.reportsTo.Selected)
	}

	typeInto(t, w, ed.resp.rows[0].weight, "120")
	if !ed.resp.rows[0].msg.Visible() {
		t.Error("no message for a weight of 120")
	}
	typeInto(t, w, ed.basic.planned, "两个")
	if !ed.basic.plannedMsg.Visible() {
		t.Error("no message for a headcount that is not a number")
	}
}

func TestResponsibilitiesReorderAndWeightSum(t *testing.T) {
	env := newEnv(t, fixture())
	ed := NewRoleEditor(env.s)
	w := newWindow(t, ed, fyne.NewSize(560, 900))
	ed.SetRole("r-seo")
	texts := func() []string {
		var out []string
		for _, x := range env.s.Doc().Role("r-seo").Responsibilities {
			out = append(out, x.Text)
		}
		return out
	}
	if got := ed.resp.sum; got.Importance != widget.SuccessImportance || got.Text != "权重合计 100%。" {
		t.Errorf("sum = %q (%v), want 100%% and success", got.Text, got.Importance)
	}

	test.Tap(ed.resp.rows[0].down)
	if got := texts(); !slices.Equal(got, []string{"优化网站关键词", "研究搜索引擎算法", "提交月度排名报告"}) {
		t.Errorf("after moving the first item down: %v", got)
	}
	if w.Canvas().Focused() != ed.resp.rows[1].down {
		t.Error("the focus did not follow the moved item")
	}
	test.Tap(ed.resp.rows[2].up)
	if got := texts(); !slices.Equal(got, []string{"优化网站关键词", "提交月度排名报告", "研究搜索引擎算法"}) {
		t.Errorf("after moving the last item up: %v", got)
	}
	if !ed.resp.rows[0].up.Disabled() || !ed.resp.rows[2].down.Disabled() {
		t.Error("the ends of the list can be moved past the ends")
	}
	if got := ed.resp.rows[2].examples.Text; got != "百度清风算法" {
		t.Errorf("the examples did not move with their item: row 3 shows %q", got)
	}

	// The sum follows the typing, before anything is saved.
	w.Canvas().Focus(ed.resp.rows[0].weight)
	ed.resp.rows[0].weight.SetText("50")
	if got := ed.resp.sum; got.Importance != widget.WarningImportance || got.Text != "权重合计 120%，不是 100%。" {
		t.Errorf("sum = %q (%v), want a warning about 120%%", got.Text, got.Importance)
	}
	w.Canvas().Unfocus()
	test.Tap(ed.resp.rows[1].remove)
	if got := texts(); !slices.Equal(got, []string{"优化网站关键词", "研究搜索引擎算法"}) {
		t.Errorf("after removing the second item: %v", got)
	}
	if got := ed.resp.sum; got.Importance != widget.WarningImportance || !strings.Contains(got.Text, "90%") {
		t.Errorf("sum = %q after removing a 30%% item, want 90%%", got.Text)
	}
}

func TestCardEditUndoIsOneStepPerField(t *testing.T) {
	env := newEnv(t, fixture())
	ed := NewRoleEditor(env.s)
	w := newWindow(t, ed, fyne.NewSize(560, 900))
	ed.SetRole("r-seo")
	purpose := ed.texts.byName["purpose"].entry

	// One visit to the field with pauses: each pause saves.
	w.Canvas().Focus(purpose)
	purpose.SetText("")
	for _, part := range []string{"提升", "自然", "流量"} {
		for _, r := range part {
			purpose.TypedRune(r)
		}
		purpose.Flush() // what the debounce timer does after a pause
	}
	w.Canvas().Unfocus()
	typeInto(t, w, ed.texts.byName["notes"].entry, "备注")

	doc := env.s.Doc().Role("r-seo")
	if doc.Purpose == "提升自然搜索流量" || doc.Notes != "备注" {
		t.Fatalf("edits not saved: purpose %q, notes %q", doc.Purpose, doc.Notes)
	}
	if err := env.s.Undo(); err != nil {
		t.Fatal(err)
	}
	if r := env.s.Doc().Role("r-seo"); r.Notes != "" || r.Purpose != doc.Purpose {
		t.Errorf("first undo: notes %q purpose %q; want only the notes undone", r.Notes, r.Purpose)
	}
	if err := env.s.Undo(); err != nil {
		t.Fatal(err)
	}
	if got := env.s.Doc().Role("r-seo").Purpose; got != "提升自然搜索流量" {
		t.Errorf("second undo: purpose %q, want the original in one step", got)
	}
	if purpose.Text != "提升自然搜索流量" {
		t.Errorf("the purpose field shows %q after undo", purpose.Text)
	}
	if ok, label := env.s.CanUndo(); ok {
		t.Errorf("more undo steps left: %q", label)
	}
}

// TestReloadKeepsTyping changes the role elsewhere (the chart renames it)
// while the user is typing its purpose: the typed text stays, the new
// title shows, and the later save keeps both.
func TestReloadKeepsTyping(t *testing.T) {
	env := newEnv(t, fixture())
	ed := NewRoleEditor(env.s)
	w := newWindow(t, ed, fyne.NewSize(560, 900))
	ed.SetRole("r-seo")
	purpose := ed.texts.byName["purpose"].entry
	w.Canvas().Focus(purpose)
	purpose.SetText("正在输入")
	if err := env.s.Do(app.RenameRole("r-seo", "搜索专家")); err != nil {
		t.Fatal(err)
	}
	if purpose.Text != "正在输入" {
		t.Errorf("the reload replaced the text being typed with %q", purpose.Text)
	}
	if ed.basic.title.Text != "搜索专家" || ed.header.title.Text != "搜索专家" {
		t.Errorf("the new title is not shown: %q / %q", ed.basic.title.Text, ed.header.title.Text)
	}
	w.Canvas().Unfocus()
	if r := env.s.Doc().Role("r-seo"); r.Title != "搜索专家" || r.Purpose != "正在输入" {
		t.Errorf("after saving: title %q purpose %q", r.Title, r.Purpose)
	}
}

func TestSetRoleSavesPendingEdit(t *testing.T) {
	env := newEnv(t, fixture())
	ed := NewRoleEditor(env.s)
	newWindow(t, ed, fyne.NewSize(560, 900))
	ed.SetRole("r-seo")
	test.Type(ed.texts.byName["notes"].entry, "未保存")
	ed.SetRole("r-mkt") // another card selected on the chart
	if got := env.s.Doc().Role("r-seo").Notes; got != "未保存" {
		t.Errorf("the pending edit was lost: notes %q", got)
	}
	if got := ed.texts.byName["notes"].entry.Text; got != "" {
		t.Errorf("the next card shows the previous card's notes %q", got)
	}
}

func TestOpenRoleWindow(t *testing.T) {
	env := newEnv(t, fixture())
	a := test.NewTempApp(t)
	w := OpenRoleWindow(a, env.s, "r-seo")
	ed := w.Content().(*RoleEditor)
	if ed.Role() != "r-seo" || ed.header.detach.Visible() {
		t.Errorf("window shows %q, detach visible %v", ed.Role(), ed.header.detach.Visible())
	}
	w.Close()
	if !ed.closed {
		t.Error("closing the window left the card following the session")
	}
}

func TestRelabel(t *testing.T) {
	env := newEnv(t, fixture())
	ed := NewRoleEditor(env.s)
	dept := NewDepartmentEditor(env.s)
	org := NewOrgSettings(env.s)
	w := newWindow(t, ed, fyne.NewSize(560, 900))
	ed.SetRole("r-seo")
	dept.SetDepartment("d-ops")
	test.Type(ed.texts.byName["notes"].entry, "切换前")
	i18n.SetLanguage(i18n.English)
	t.Cleanup(func() { i18n.SetLanguage(i18n.Chinese) })
	for _, r := range []interface{ Relabel() }{ed, dept, org} {
		r.Relabel()
	}
	if got := env.s.Doc().Role("r-seo").Notes; got != "切换前" {
		t.Errorf("the pending edit was lost on relabel: %q", got)
	}
	markup := test.RenderObjectToMarkup(ed)
	for _, want := range []string{"Basic information", "Responsibilities", "研究搜索引擎算法"} {
		if !strings.Contains(markup, want) {
			t.Errorf("relabelled card lacks %q", want)
		}
	}
	if strings.Contains(markup, "基本信息") {
		t.Error("the card still shows Chinese labels")
	}
	if ed.Role() != "r-seo" || dept.Department() != "d-ops" {
		t.Error("relabel lost the item shown")
	}
	if !strings.Contains(org.modeGuide.Text, "Strengths") && !strings.Contains(org.modeGuide.Text, "Choose") {
		t.Errorf("org settings not relabelled: %q", org.modeGuide.Text)
	}
	_ = w
}
