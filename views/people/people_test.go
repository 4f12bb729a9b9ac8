package people

import (
	odtheme "orgdesigner/views/theme"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app"
	"orgdesigner/app/i18n"
	"orgdesigner/app/i18n/i18ntest"
	"orgdesigner/data"
	"orgdesigner/views/card/field"
)

func TestMain(m *testing.M) {
	field.Delay = time.Hour // only focus loss and Enter save in these tests
	i18n.SetLanguage(i18n.Chinese)
	os.Exit(m.Run())
}

func fixture() *data.Document {
	return &data.Document{
		Org: data.Organisation{Name: "测试公司", Lang: "zh"},
		Departments: []data.Department{
			{ID: "d-mkt", Name: "市场部", Order: 1},
			{ID: "d-ops", Name: "运营部", Order: 2},
			{ID: "d-seo", Name: "搜索组", Parent: "d-ops", Order: 3},
		},
		Roles: []data.Role{
			{ID: "r-gm", Title: "总经理", Planned: 1, Order: 0},
			{ID: "r-mkt", Title: "市场经理", Department: "d-mkt", ReportsTo: "r-gm", Planned: 1, Order: 1},
			{ID: "r-ops", Title: "运营经理", Department: "d-ops", ReportsTo: "r-gm", Planned: 1, Order: 2},
			{ID: "r-seo", Title: "SEO优化师", Department: "d-seo", ReportsTo: "r-ops", Planned: 3, Order: 3},
		},
		People: []data.Person{
			{ID: "p-1", Number: "001", Name: "张三", Role: "r-seo", Status: data.StatusActive,
				Extra: []data.ExtraField{{Key: "籍贯", Value: "湖南"}, {Key: "学历", Value: "本科"}}},
			{ID: "p-2", Number: "002", Name: "李四", Role: "r-seo", Status: data.StatusProbation},
			{ID: "p-3", Number: "003", Name: "王五", Role: "r-mkt", Status: data.StatusLeft},
			{ID: "p-4", Number: "004", Name: "赵六", Department: "d-ops", Status: data.StatusActive},
			{ID: "p-5", Number: "005", Name: "钱七", Role: "r-gm", Status: data.StatusActive},
		},
	}
}

type env struct {
	t    *testing.T
	path string
	st   *data.Store
	s    *app.Session
}

func newEnv(t *testing.T) *env {
	t.Helper()
	path := filepath.Join(t.TempDir(), "people.orgdb")
	st, err := data.Create(path, fixture())
	if err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, path: path, st: st, s: app.NewSession(st)}
	t.Cleanup(func() {
		if e.st != nil {
			e.st.Close()
		}
	})
	return e
}

func (e *env) reopen() *data.Document {
	e.t.Helper()
	if err := e.st.Close(); err != nil {
		e.t.Fatal(err)
	}
	e.st = nil
	st, err := data.Open(e.path)
	if err != nil {
		e.t.Fatal(err)
	}
	defer st.Close()
	return st.Doc()
}

func newWindow(t *testing.T, obj fyne.CanvasObject) fyne.Window {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(odtheme.WithFont(test.Theme()))
	w := test.NewTempWindow(t, obj)
	w.Resize(fyne.NewSize(520, 900))
	return w
}

func typeInto(w fyne.Window, en *field.Entry, text string) {
	w.Canvas().Focus(en)
	en.SetText("")
	test.Type(en, text)
	w.Canvas().Unfocus()
}

func pick(t *testing.T, s interface {
	SetSelected(string)
}, options []string, prefix string) {
	t.Helper()
	for _, o := range options {
		if strings.HasPrefix(o, prefix) {
			s.SetSelected(o)
			return
		}
	}
	t.Fatalf("no option starting with %q in %v", prefix, options)
}

func TestFilter(t *testing.T) {
	doc := fixture()
	doc.Reindex()
	tests := []struct {
		name string
		f    Filter
		want []data.ID
	}{
		{"everyone", Filter{}, []data.ID{"p-1", "p-2", "p-3", "p-4", "p-5"}},
		{"department with its sub-departments", Filter{Department: "d-ops"}, []data.ID{"p-1", "p-2", "p-4"}},
		{"sub-department", Filter{Department: "d-seo"}, []data.ID{"p-1", "p-2"}},
		{"role", Filter{Role: "r-seo"}, []data.ID{"p-1", "p-2"}},
		{"no role", Filter{NoRole: true}, []data.ID{"p-4"}},
		{"status", Filter{Status: data.StatusProbation}, []data.ID{"p-2"}},
		{"search name", Filter{Text: "张"}, []data.ID{"p-1"}},
		{"search number, full width", Filter{Text: "００３"}, []data.ID{"p-3"}},
		{"search extra field", Filter{Text: "湖南"}, []data.ID{"p-1"}},
		{"combined", Filter{Department: "d-ops", Status: data.StatusActive}, []data.ID{"p-1", "p-4"}},
		{"nothing", Filter{Text: "不存在"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.f.Apply(doc); !slices.Equal(got, tt.want) {
				t.Errorf("Apply = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestListFilters(t *testing.T) {
	env := newEnv(t)
	l := NewList(env.s, nil)
	newWindow(t, l)
	if len(l.shown) != 5 {
		t.Fatalf("%d people shown", len(l.shown))
	}
	pick(t, l.dept, l.dept.Options, "运营部")
	if !slices.Equal(l.shown, []data.ID{"p-1", "p-2", "p-4"}) {
		t.Errorf("运营部 shows %v", l.shown)
	}
	// Only the department's roles are offered.
	for _, o := range l.role.Options {
		if strings.HasPrefix(o, "市场经理") {
			t.Errorf("role filter offers %q from another department", o)
		}
	}
	pick(t, l.role, l.role.Options, "未安排岗位")
	if !slices.Equal(l.shown, []data.ID{"p-4"}) {
		t.Errorf("no-role filter shows %v", l.shown)
	}
	pick(t, l.role, l.role.Options, "全部岗位")
	pick(t, l.status, l.status.Options, "试用")
	if !slices.Equal(l.shown, []data.ID{"p-2"}) {
		t.Errorf("probation filter shows %v", l.shown)
	}
	if l.count.Text != "显示 1 人，共 5 人" {
		t.Errorf("count = %q", l.count.Text)
	}
	l.SelectPerson("p-5") // hidden by the filters
	if l.form.id != "p-5" || len(l.shown) != 5 {
		t.Errorf("SelectPerson: form shows %q with %d people listed", l.form.id, len(l.shown))
	}
	test.Type(l.search, "李")
	if !slices.Equal(l.shown, []data.ID{"p-2"}) {
		t.Errorf("search shows %v", l.shown)
	}
}

// TestAssignByDrag drags a person from the list onto a (fake) chart card.
func TestAssignByDrag(t *testing.T) {
	env := newEnv(t)
	var dropped fyne.Position
	drop := func(abs fyne.Position) data.ID {
		dropped = abs
		if abs.X > 600 {
			return "r-ops" // the "card" lies right of the panel
		}
		return ""
	}
	l := NewList(env.s, drop)
	var over []data.ID
	l.OnDragOver = func(role data.ID) { over = append(over, role) }
	w := newWindow(t, l)
	w.Resize(fyne.NewSize(520, 900))

	// 赵六 (p-4, no role) is the fourth row.
	pos := rowPosition(t, l, 3)
	test.Drag(w.Canvas(), pos, 700, 10)
	// The card under the pointer is marked while dragging, unmarked after.
	if want := []data.ID{"r-ops", ""}; !slices.Equal(over, want) {
		t.Errorf("drop target marks %q, want %q", over, want)
	}
	if got := env.s.Doc().Person("p-4").Role; got != "r-ops" {
		t.Fatalf("after the drag 赵六's role is %q (dropped at %v)", got, dropped)
	}
	if want := pos.AddXY(700, 10); dropped != want {
		t.Errorf("dropped at %v, want %v", dropped, want)
	}
	if !strings.Contains(l.note.Text, "运营经理") || l.note.Importance != widget.SuccessImportance {
		t.Errorf("note = %q", l.note.Text)
	}
	if l.ghost != nil && l.ghost.Visible() {
		t.Error("the drag label stays on screen")
	}
	// A drop beside any card changes nothing and says why.
	pos = rowPosition(t, l, 0)
	test.Drag(w.Canvas(), pos, 10, 10)
	if got := env.s.Doc().Person("p-1").Role; got != "r-seo" {
		t.Errorf("a drop on no card moved 张三 to %q", got)
	}
	if l.note.Importance != widget.WarningImportance {
		t.Errorf("note = %q (%v)", l.note.Text, l.note.Importance)
	}
	if err := env.s.Undo(); err != nil {
		t.Fatal(err)
	}
	if got := env.s.Doc().Person("p-4").Role; got != "" {
		t.Errorf("undo left 赵六 in %q", got)
	}
}

// TestDragShowsName: while dragging, the person's name follows the
// pointer — from the first drag on.
func TestDragShowsName(t *testing.T) {
	env := newEnv(t)
	l := NewList(env.s, nil)
	w := newWindow(t, l)
	w.Resize(fyne.NewSize(520, 900))
	r := newRow(l)
	r.name.SetText("赵六")
	l.dragMove(r, fyne.NewPos(100, 100))
	if l.ghost == nil || !l.ghost.Visible() || l.ghost.Content.Size().Width < 20 {
		t.Fatal("the first drag shows no name beside the pointer")
	}
	if got := l.ghost.Content.(*widget.Label).Text; !strings.Contains(got, "赵六") {
		t.Errorf("drag label %q does not name the person", got)
	}
}

// rowPosition returns an absolute point inside list row i (rows are laid
// out top down, a padding apart).
func rowPosition(t *testing.T, l *List, i int) fyne.Position {
	t.Helper()
	h := newRow(l).MinSize().Height + theme.Padding()
	return fyne.CurrentApp().Driver().AbsolutePositionForObject(l.list).AddXY(20, float32(i)*h+h/2)
}

func TestPersonFormEdits(t *testing.T) {
	env := newEnv(t)
	l := NewList(env.s, nil)
	w := newWindow(t, l)
	l.SelectPerson("p-1")
	f := l.form

	typeInto(w, f.name, "张三丰")
	typeInto(w, f.number, "A001")
	typeInto(w, f.hire, "2024年3月5日")
	typeInto(w, f.phone, "13800000000")
	typeInto(w, f.email, "zhang@example.com")
	pick(t, f.status, f.status.Options, "试用")
	pick(t, f.role, f.role.Options, "市场经理")
	pick(t, f.manager, f.manager.Options, "钱七")
	typeInto(w, f.extra[0].value, "湖北")
	typeInto(w, f.extra[1].key, "最高学历")
	test.Tap(f.addExtra)
	typeInto(w, f.extra[2].value, "A型")
	test.Tap(f.extra[0].remove)

	if f.hire.Text != "2024年3月5日" {
		t.Errorf("the typed date was rewritten to %q while shown", f.hire.Text)
	}
	got := *env.reopen().Person("p-1")
	want := data.Person{ID: "p-1", Number: "A001", Name: "张三丰", Role: "r-mkt", Department: "d-mkt",
		Status: data.StatusProbation, HireDate: "2024-03-05", Phone: "13800000000", Email: "zhang@example.com",
		Manager: "p-5", Extra: []data.ExtraField{{Key: "最高学历", Value: "本科"}, {Key: "字段 3", Value: "A型"}}}
	if got.Number != want.Number || got.Name != want.Name || got.Role != want.Role || got.Department != want.Department ||
		got.Status != want.Status || got.HireDate != want.HireDate || got.Phone != want.Phone ||
		got.Email != want.Email || got.Manager != want.Manager || !slices.Equal(got.Extra, want.Extra) {
		t.Errorf("person = %+v\nwant %+v", got, want)
	}
}

func TestPersonFormMessages(t *testing.T) {
	env := newEnv(t)
	l := NewList(env.s, nil)
	w := newWindow(t, l)
	l.SelectPerson("p-1")
	f := l.form
	tests := []struct {
		name string
		en   *field.Entry
		text string
		msg  *field.Message
		want string
	}{
		{"duplicate number", f.number, "002", f.numberMsg, "该工号已被其他员工使用"},
		{"empty name", f.name, " ", f.nameMsg, "不能为空"},
		{"bad date", f.hire, "2024-02-30", f.hireMsg, "2024-03-15"},
		{"bad e-mail", f.email, "zhang", f.emailMsg, "@"},
	}
	for _, tt := range tests {
		typeInto(w, tt.en, tt.text)
		if !tt.msg.Visible() || !strings.Contains(tt.msg.Text, tt.want) {
			t.Errorf("%s: message %q (visible %v), want it to mention %q", tt.name, tt.msg.Text, tt.msg.Visible(), tt.want)
		}
		if tt.en.Text != tt.text {
			t.Errorf("%s: the refused text became %q", tt.name, tt.en.Text)
		}
	}
	if p := env.s.Doc().Person("p-1"); p.Number != "001" || p.Name != "张三" || p.HireDate != "" || p.Email != "" {
		t.Errorf("refused values were saved: %+v", *p)
	}
}

func TestAddAndDeletePerson(t *testing.T) {
	env := newEnv(t)
	l := NewList(env.s, nil)
	w := newWindow(t, l)
	pick(t, l.role, l.role.Options, "SEO优化师")
	test.Tap(l.add)
	id := l.form.id
	p := env.s.Doc().Person(id)
	if p == nil || p.Role != "r-seo" || p.Name != "新员工" {
		t.Fatalf("added %+v", p)
	}
	if w.Canvas().Focused() != l.form.name {
		t.Error("the new person's name is not focused")
	}
	typeInto(w, l.form.name, "孙八")
	if !slices.Contains(l.shown, id) {
		t.Error("the new person is not listed")
	}
	test.Tap(l.form.remove)
	if env.s.Doc().Person(id) != nil {
		t.Error("delete person left the person")
	}
	if l.form.scroll.Visible() {
		t.Error("the form still shows a deleted person")
	}
	if err := env.s.Undo(); err != nil {
		t.Fatal(err)
	}
	if p := env.s.Doc().Person(id); p == nil || p.Name != "孙八" {
		t.Errorf("undo of delete gave %+v", p)
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""}, {"2024-03-15", "2024-03-15"}, {"2024/3/5", "2024-03-05"}, {"2024.3.5", "2024-03-05"},
		{"2024年3月5日", "2024-03-05"}, {"20240315", "2024-03-15"}, {"２０２４－０３－１５", ""},
		{" 2024-3-5 ", "2024-03-05"},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in)
		if tt.want == "" && tt.in != "" {
			if err == nil {
				t.Errorf("ParseDate(%q) = %q, want an error", tt.in, got)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("ParseDate(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
	for _, bad := range []string{"2024-02-30", "2024-13-01", "1800-01-01", "3/5/2024", "2024-3", "abc", "2024--03-05x"} {
		if got, err := ParseDate(bad); err == nil {
			t.Errorf("ParseDate(%q) = %q, want an error", bad, got)
		}
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2024-03-15", "2024/3/5", "2024年3月5日", "20240315", "０", "9999-99-99"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil || d == "" {
			return
		}
		if _, err := time.Parse(time.DateOnly, d); err != nil {
			t.Fatalf("ParseDate(%q) = %q, not a date", s, d)
		}
		if again, err := ParseDate(d); err != nil || again != d {
			t.Fatalf("ParseDate(%q) = %q does not read back (%q, %v)", s, d, again, err)
		}
	})
}

func TestTranslations(t *testing.T) {
	i18ntest.Check(t, "people", []string{"."})
}

func TestListRelabel(t *testing.T) {
	env := newEnv(t)
	l := NewList(env.s, nil)
	newWindow(t, l)
	pick(t, l.status, l.status.Options, "试用")
	l.SelectPerson("p-2")
	i18n.SetLanguage(i18n.English)
	t.Cleanup(func() { i18n.SetLanguage(i18n.Chinese) })
	l.Relabel()
	if l.status.Selected != "Probation" || !slices.Equal(l.shown, []data.ID{"p-2"}) {
		t.Errorf("after relabel: status filter %q, shown %v", l.status.Selected, l.shown)
	}
	if l.form.id != "p-2" || l.form.name.Text != "李四" {
		t.Errorf("after relabel the form shows %q (%q)", l.form.id, l.form.name.Text)
	}
	if l.add.Text != "Add person" {
		t.Errorf("add button = %q", l.add.Text)
	}
}

// TestWheelOverFormFieldScrollsForm: the wheel turned over a field of the
// person form scrolls the form, not the field.
func TestWheelOverFormFieldScrollsForm(t *testing.T) {
	env := newEnv(t)
	l := NewList(env.s, nil)
	w := newWindow(t, l)
	w.Resize(fyne.NewSize(520, 500))
	l.SelectPerson("p-1")
	f := l.form
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(f.name).AddXY(20, 10)
	before := f.scroll.Offset.Y
	test.Scroll(w.Canvas(), pos, 0, -60)
	if f.scroll.Offset.Y <= before {
		t.Errorf("form offset %v after the wheel over the name field, was %v", f.scroll.Offset.Y, before)
	}
}
