package card

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"orgdesigner/data"
)

func undo(t *testing.T, e *env) {
	t.Helper()
	if err := e.s.Undo(); err != nil {
		t.Fatal(err)
	}
}

func TestRoleEditorGradeField(t *testing.T) {
	env := newEnv(t, fixture())
	ed := NewRoleEditor(env.s)
	w := newWindow(t, ed, fyne.NewSize(560, 900))
	ed.SetRole("r-seo")
	typeInto(t, w, ed.basic.grade, " P5 ")
	if got := env.s.Doc().Role("r-seo").Grade; got != "P5" {
		t.Fatalf("grade = %q", got)
	}
	undo(t, env)
	if got := env.s.Doc().Role("r-seo").Grade; got != "" || ed.basic.grade.Text != "" {
		t.Errorf("after undo: grade %q, field %q", got, ed.basic.grade.Text)
	}
}

func TestRoleEditorPayBand(t *testing.T) {
	env := newEnv(t, fixture())
	ed := NewRoleEditor(env.s)
	w := newWindow(t, ed, fyne.NewSize(560, 900))
	ed.SetRole("r-seo")
	pay := ed.basic.pay
	if !pay.hint.Visible() {
		t.Error("a role without a band does not say so")
	}

	typeInto(t, w, pay.min, "8,000")
	typeInto(t, w, pay.max, "1.2万")
	r := env.s.Doc().Role("r-seo")
	if r.PayMin != 8000 || r.PayMax != 12000 || pay.msg.Visible() {
		t.Fatalf("band = %v–%v (message %q)", r.PayMin, r.PayMax, pay.msg.Text)
	}
	if pay.hint.Visible() {
		t.Errorf("the hint %q stays for a role with its own band", pay.hint.Text)
	}
	// 3 planned, 2 holders, midpoint 10,000 plus 30 % on-cost, 13 months.
	if c := pay.cost; !c.Visible() || c.Text != "编制成本 每月 ¥39,000，每年 ¥507,000；在岗成本 每月 ¥26,000" {
		t.Errorf("role cost = %q (visible %v)", c.Text, c.Visible())
	}

	// Each end was one undoable edit.
	undo(t, env)
	if r := env.s.Doc().Role("r-seo"); r.PayMin != 8000 || r.PayMax != 0 || pay.max.Text != "" {
		t.Errorf("first undo: %v–%v, max field %q", r.PayMin, r.PayMax, pay.max.Text)
	}
	undo(t, env)
	if r := env.s.Doc().Role("r-seo"); r.PayMin != 0 || pay.min.Text != "" {
		t.Errorf("second undo: min %v, field %q", r.PayMin, pay.min.Text)
	}

	// Refused values: a message, nothing saved, the text kept.
	for _, bad := range []string{"abc", "-5"} {
		typeInto(t, w, pay.min, bad)
		if !pay.msg.Visible() || pay.msg.Text != "请输入不小于 0 的金额（元），如 12000 或 1.2万。" {
			t.Errorf("%q: message %q", bad, pay.msg.Text)
		}
		if pay.min.Text != bad || env.s.Doc().Role("r-seo").PayMin != 0 {
			t.Errorf("%q: field %q, saved %v", bad, pay.min.Text, env.s.Doc().Role("r-seo").PayMin)
		}
	}
	typeInto(t, w, pay.min, "9000")
	typeInto(t, w, pay.max, "12000")
	typeInto(t, w, pay.min, "20000")
	if pay.msg.Text != "最低月薪不能高于最高月薪。" || env.s.Doc().Role("r-seo").PayMin != 9000 {
		t.Errorf("min above max: message %q, saved min %v", pay.msg.Text, env.s.Doc().Role("r-seo").PayMin)
	}
	// Raising the maximum saves the pending minimum with it.
	typeInto(t, w, pay.max, "30000")
	if r := env.s.Doc().Role("r-seo"); r.PayMin != 20000 || r.PayMax != 30000 || pay.msg.Visible() {
		t.Errorf("after fixing the maximum: %v–%v, message %q", r.PayMin, r.PayMax, pay.msg.Text)
	}
	if pay.min.Dirty() {
		t.Error("the minimum saved with the maximum is still marked as an edit")
	}
	if got := env.reopen().Role("r-seo"); got.PayMin != 20000 || got.PayMax != 30000 {
		t.Errorf("band in the file = %v–%v", got.PayMin, got.PayMax)
	}
}

func TestRoleEditorBandFromGrade(t *testing.T) {
	doc := fixture()
	doc.Org.Grades = []data.GradeBand{{Grade: "P5", Min: 8000, Max: 12000}}
	doc.Roles[3].Grade = "P5"
	env := newEnv(t, doc)
	ed := NewRoleEditor(env.s)
	newWindow(t, ed, fyne.NewSize(560, 900))
	ed.SetRole("r-seo")
	if h := ed.basic.pay.hint; !h.Visible() || h.Text != "按职级 P5：每月 ¥8,000–¥12,000" {
		t.Errorf("hint = %q (visible %v)", h.Text, h.Visible())
	}
}

// labels returns the department panel's cost figures: planned monthly,
// planned yearly, filled monthly, filled yearly.
func costFigures(ed *DepartmentEditor) [4]string {
	c := ed.cost
	return [4]string{c.plannedM.Text, c.plannedY.Text, c.filledM.Text, c.filledY.Text}
}

func TestDepartmentPanelCostFollowsBandEdit(t *testing.T) {
	env := newEnv(t, fixture())
	dept := NewDepartmentEditor(env.s)
	newWindow(t, dept, fyne.NewSize(560, 1200))
	dept.SetDepartment("d-ops")
	if got := costFigures(dept); got != [4]string{"—", "—", "—", "—"} { // no band: no figure, not ¥0
		t.Errorf("cost without bands = %v", got)
	}
	// 运营经理, SEO优化师 and SEM专员 (in the sub-department) have none.
	if u := dept.cost.unpriced; !u.Visible() || u.Text != "3 个岗位未设薪酬" {
		t.Errorf("unpriced = %q (visible %v)", u.Text, u.Visible())
	}
	if got := dept.cost.basis.Text; got != "含下级部门；按薪酬带宽中点计，另加 30% 社保公积金；每年按 13 个月计。" {
		t.Errorf("basis = %q", got)
	}

	// The band is edited on the role card; the panel follows in the same
	// edit: SEO优化师 (in 搜索组 under 运营部) plans 3, has 2 holders,
	// midpoint 12,000, on-cost 30 %, 13 months.
	role := NewRoleEditor(env.s)
	w := newWindow(t, role, fyne.NewSize(560, 900))
	role.SetRole("r-seo")
	typeInto(t, w, role.basic.pay.min, "10000")
	typeInto(t, w, role.basic.pay.max, "14000")
	want := [4]string{"¥46,800", "¥608,400", "¥31,200", "¥405,600"}
	if got := costFigures(dept); got != want {
		t.Errorf("cost after the band edit = %v, want %v", got, want)
	}
	if u := dept.cost.unpriced; u.Text != "2 个岗位未设薪酬" {
		t.Errorf("unpriced after the band edit = %q", u.Text)
	}
	// The sub-department's own panel shows the same role's cost.
	dept.SetDepartment("d-seo")
	if got := costFigures(dept); got != want {
		t.Errorf("搜索组 cost = %v, want %v", got, want)
	}
	// Undo takes the figures back.
	undo(t, env)
	if got := costFigures(dept); got[0] != "¥39,000" { // 10,000–0: a single figure of 10,000
		t.Errorf("cost after undoing the maximum = %v", got)
	}
}

func TestOrgSettingsCostFields(t *testing.T) {
	env := newEnv(t, fixture())
	o := NewOrgSettings(env.s)
	w := newWindow(t, o, fyne.NewSize(560, 1400))
	c := o.cost
	// The defaults show as the empty fields' placeholders.
	if c.onCost.Text != "" || c.onCost.PlaceHolder != "30" || c.months.Text != "" || c.months.PlaceHolder != "13" {
		t.Errorf("defaults shown as %q/%q %% and %q/%q months", c.onCost.Text, c.onCost.PlaceHolder, c.months.Text, c.months.PlaceHolder)
	}

	typeInto(t, w, c.onCost, "25%")
	if p := env.s.Doc().Org.OnCostPercent; p == nil || *p != 25 {
		t.Fatalf("on-cost = %v", p)
	}
	typeInto(t, w, c.onCost, "150")
	if !c.onCostMsg.Visible() || *env.s.Doc().Org.OnCostPercent != 25 {
		t.Errorf("150%% on-cost: message %q", c.onCostMsg.Text)
	}
	typeInto(t, w, c.onCost, "0")
	if p := env.s.Doc().Org.OnCostPercent; p == nil || *p != 0 || c.onCostMsg.Visible() {
		t.Errorf("an explicit 0%% on-cost = %v", p)
	}
	undo(t, env)
	undo(t, env)
	if p := env.s.Doc().Org.OnCostPercent; p != nil || c.onCost.Text != "" {
		t.Errorf("after two undos: on-cost %v, field %q", p, c.onCost.Text)
	}

	typeInto(t, w, c.months, "12")
	if m := env.s.Doc().Org.MonthsPerYear; m != 12 {
		t.Errorf("months = %v", m)
	}
	typeInto(t, w, c.months, "0")
	if !c.monthMsg.Visible() || env.s.Doc().Org.MonthsPerYear != 12 {
		t.Errorf("0 months: message %q", c.monthMsg.Text)
	}
	typeInto(t, w, c.months, "")
	if m := env.s.Doc().Org.MonthsPerYear; m != 0 || c.months.Text != "" {
		t.Errorf("cleared months: stored %v, shown %q (want the default)", m, c.months.Text)
	}
	undo(t, env)
	if m := env.s.Doc().Org.MonthsPerYear; m != 12 || c.months.Text != "12" {
		t.Errorf("undo of clearing: %v, field %q", m, c.months.Text)
	}
	if got := env.reopen().Org.MonthsPerYear; got != 12 {
		t.Errorf("months in the file = %v", got)
	}
}

func TestOrgSettingsGradeTable(t *testing.T) {
	env := newEnv(t, fixture())
	o := NewOrgSettings(env.s)
	w := newWindow(t, o, fyne.NewSize(560, 1400))
	c := o.cost
	test.Tap(c.add)
	if len(c.rows) != 1 || len(env.s.Doc().Org.Grades) != 1 {
		t.Fatalf("add grade: %d rows, %d grades", len(c.rows), len(env.s.Doc().Org.Grades))
	}
	row := c.rows[0]
	typeInto(t, w, row.grade, "P5")
	typeInto(t, w, row.min, "8000")
	typeInto(t, w, row.max, "12k")
	want := data.GradeBand{Grade: "P5", Min: 8000, Max: 12000}
	if g := env.s.Doc().Org.Grades; len(g) != 1 || g[0] != want {
		t.Fatalf("grades = %+v", g)
	}
	// Each field of the row is one undo step.
	undo(t, env)
	if g := env.s.Doc().Org.Grades[0]; g.Max != 0 || g.Min != 8000 || row.max.Text != "" {
		t.Errorf("undo of the maximum: %+v, field %q", g, row.max.Text)
	}
	if err := env.s.Redo(); err != nil {
		t.Fatal(err)
	}
	if g := env.s.Doc().Org.Grades[0]; g != want || row.max.Text != "12,000" {
		t.Errorf("redo of the maximum: %+v, field %q", g, row.max.Text)
	}
	typeInto(t, w, row.min, "13000")
	if row.msg.Text != "最低月薪不能高于最高月薪。" || env.s.Doc().Org.Grades[0] != want {
		t.Errorf("min above max: message %q, grades %+v", row.msg.Text, env.s.Doc().Org.Grades)
	}
	typeInto(t, w, row.min, "8000")

	test.Tap(c.add)
	typeInto(t, w, c.rows[1].grade, "p5")
	if m := c.rows[1].msg; !m.Visible() || m.Text != "职级 p5 在表中重复，只有第一行生效。" {
		t.Errorf("duplicate grade: message %q", m.Text)
	}
	test.Tap(c.rows[1].remove)
	if g := env.s.Doc().Org.Grades; len(g) != 1 || len(c.rows) != 1 || g[0] != want {
		t.Errorf("after removing the duplicate: %+v, %d rows", g, len(c.rows))
	}
	undo(t, env)
	if g := env.s.Doc().Org.Grades; len(g) != 2 || len(c.rows) != 2 || c.rows[1].grade.Text != "p5" {
		t.Errorf("undo of the removal: %+v, %d rows", g, len(c.rows))
	}
	if got := env.reopen().Org.Grades; len(got) != 2 || got[0] != want {
		t.Errorf("grades in the file = %+v", got)
	}
}

// TestDepartmentPanelCostFollowsGradeTable: a role priced by its grade
// changes the department's cost when the grade table changes.
func TestDepartmentPanelCostFollowsGradeTable(t *testing.T) {
	doc := fixture()
	doc.Roles[1].Grade = "M1" // 市场经理, planned 1, its holder has left
	env := newEnv(t, doc)
	dept := NewDepartmentEditor(env.s)
	newWindow(t, dept, fyne.NewSize(560, 1200))
	dept.SetDepartment("d-mkt")
	o := NewOrgSettings(env.s)
	w := newWindow(t, o, fyne.NewSize(560, 1400))
	test.Tap(o.cost.add)
	row := o.cost.rows[0]
	typeInto(t, w, row.grade, "M1")
	typeInto(t, w, row.min, "20000")
	typeInto(t, w, row.max, "30000")
	if got := costFigures(dept); got != [4]string{"¥32,500", "¥422,500", "¥0", "¥0"} {
		t.Errorf("市场部 cost from the grade table = %v", got)
	}
	if dept.cost.unpriced.Visible() {
		t.Errorf("unpriced shown: %q", dept.cost.unpriced.Text)
	}
}

// BenchmarkBandEditWithDepartmentPanel measures one salary band edit on a
// card of the 5,000-role, 10,000-person document with the department
// panel open beside it: the command, the transaction on disk, and both
// editors' reloads, the panel's cost roll-up computed from the new
// snapshot (target: roll-ups within the same edit, ≤ 10 ms of their own).
func BenchmarkBandEditWithDepartmentPanel(b *testing.B) {
	doc := bigDoc()
	doc.Org.Grades = []data.GradeBand{{Grade: "P5", Min: 8000, Max: 12000}}
	for i := range doc.Roles {
		doc.Roles[i].Grade = "P5"
	}
	env := newEnv(b, doc)
	a := test.NewApp()
	defer a.Quit()
	dept := NewDepartmentEditor(env.s)
	role := NewRoleEditor(env.s)
	w := test.NewWindow(container.NewHBox(dept, role))
	defer w.Close()
	w.Resize(fyne.NewSize(1120, 900))
	dept.SetDepartment("d0")
	role.SetRole("r2500")
	b.ResetTimer()
	for i := range b.N {
		w.Canvas().Focus(role.basic.pay.max)
		role.basic.pay.max.SetText(fmt.Sprint(15000 + i%100))
		w.Canvas().Unfocus() // saves
	}
}

// BenchmarkDepartmentCost measures the department panel's cost section
// alone on that document: one roll-up of every role and department and
// the figures shown.
func BenchmarkDepartmentCost(b *testing.B) {
	doc := bigDoc()
	for i := range doc.Roles {
		doc.Roles[i].PayMin, doc.Roles[i].PayMax = 8000, 12000
	}
	a := test.NewApp()
	defer a.Quit()
	c := newDeptCost()
	d := doc.Department("d0")
	b.ResetTimer()
	for range b.N {
		c.load(doc, d)
	}
}
