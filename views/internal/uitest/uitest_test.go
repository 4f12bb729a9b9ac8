package uitest

import (
	"fmt"
	"reflect"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// tree is a window's worth of objects: containers, widgets whose
// renderers hold more objects, and a hidden branch.
func tree(t *testing.T) (root fyne.CanvasObject, hidden *widget.Button, w fyne.Window) {
	test.NewTempApp(t)
	hidden = widget.NewButton("取消", nil)
	box := container.NewVBox(hidden)
	box.Hide()
	root = container.NewBorder(
		widget.NewLabel("标题"),
		container.NewHBox(widget.NewButton("确定", nil), widget.NewButton("取消", nil)),
		nil, nil,
		container.NewVBox(box, widget.NewEntry(), widget.NewCard("卡片", "", widget.NewEntry())),
	)
	w = test.NewTempWindow(t, root)
	return root, hidden, w
}

func TestFind(t *testing.T) {
	root, hidden, _ := tree(t)
	cancel := func(b *widget.Button) bool { return b.Text == "取消" }
	if b := Find(root, cancel); b != hidden {
		t.Errorf("Find did not return the first 取消 (the hidden one): %p", b)
	}
	if b := FindShown(root, cancel); b == nil || b == hidden || !b.Visible() {
		t.Errorf("FindShown returned %v, not the shown 取消", b)
	}
	if b := Find(root, func(b *widget.Button) bool { return b.Text == "没有" }); b != nil {
		t.Errorf("Find found a button that is not there: %q", b.Text)
	}
	if e := Find[*widget.Entry](root, nil); e == nil {
		t.Error("no entry found with a nil match")
	}
	if Find[*widget.Entry](nil, nil) != nil {
		t.Error("something found under nil")
	}
	// Inside a widget's renderer: the card's content.
	if got := len(All[*widget.Entry](root, nil)); got != 2 {
		t.Errorf("All found %d entries, want 2", got)
	}
	var texts []string
	for _, b := range All[*widget.Button](root, nil) {
		texts = append(texts, b.Text)
	}
	if fmt.Sprint(texts) != "[取消 确定 取消]" { // hidden or not, in drawing order
		t.Errorf("buttons in order: %q", texts)
	}
	texts = nil
	for _, b := range AllShown[*widget.Button](root, nil) {
		texts = append(texts, b.Text)
	}
	if fmt.Sprint(texts) != "[确定 取消]" {
		t.Errorf("shown buttons in order: %q", texts)
	}
}

// TestCanvas: a dialog's objects are found before the window's content.
func TestCanvas(t *testing.T) {
	_, _, w := tree(t)
	ok := func(b *widget.Button) bool { return b.Text == "确定" }
	content := FindShown(w.Canvas().Content(), ok)
	if b := FindShown(Canvas(w.Canvas()), ok); b != content {
		t.Fatal("without a dialog the window's 确定 is not found")
	}
	d := dialog.NewCustom("提示", "确定", widget.NewLabel("已保存"), w)
	d.Show()
	b := FindShown(Canvas(w.Canvas()), ok)
	if b == nil || b == content {
		t.Fatal("the dialog's 确定 is not found first")
	}
	d.Hide()
	if FindShown(Canvas(w.Canvas()), ok) != content {
		t.Error("a closed dialog is still searched")
	}
}

func TestLines(t *testing.T) {
	test.NewTempApp(t)
	o := container.NewVBox(canvas.NewText("第一行", nil), canvas.NewText("", nil), widget.NewLabel("第二行"))
	if got := Lines(o); !reflect.DeepEqual(got, []string{"第一行", "第二行"}) {
		t.Errorf("Lines = %q", got)
	}
}

// recorder is a testing.TB that keeps what would fail the test.
type recorder struct {
	testing.TB
	errors []string
}

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}

func TestCheckKinsoku(t *testing.T) {
	for _, c := range []struct {
		lines []string
		fails int
	}{
		{[]string{"第一行，", "第二行（试用）"}, 0},
		{[]string{"第一行", "，第二行"}, 1},
		{[]string{"第一行（", "试用）"}, 1},
		{[]string{"（第一行", "第二行）"}, 0}, // the text may start and end with them
		{[]string{"第一段。", "", "第三段"}, 0},
		{[]string{"甲“", "。乙"}, 2},
	} {
		r := &recorder{TB: t}
		CheckKinsoku(r, "what", c.lines)
		if len(r.errors) != c.fails {
			t.Errorf("%q: %d failures, want %d: %q", c.lines, len(r.errors), c.fails, r.errors)
		}
	}
}

func TestCheckBreaks(t *testing.T) {
	test.NewTempApp(t)
	lines := func(s ...string) fyne.CanvasObject {
		box := container.NewVBox()
		for _, l := range s {
			box.Add(canvas.NewText(l, nil))
		}
		return box
	}
	for _, c := range []struct {
		o     fyne.CanvasObject
		text  string
		fails int
	}{
		{lines("不能把欧阳明", "调到该岗位。"), "不能把欧阳明调到该岗位。", 0},
		{lines("Check the", "separator."), "Check the separator.", 0},
		{lines("不能把欧阳明", "调到"), "不能把欧阳明调到该岗位。", 1},
		{lines("不能把欧阳明", "。调到"), "不能把欧阳明。调到", 1},
	} {
		r := &recorder{TB: t}
		CheckBreaks(r, "what", c.o, c.text)
		if len(r.errors) != c.fails {
			t.Errorf("%q: %d failures, want %d: %q", c.text, len(r.errors), c.fails, r.errors)
		}
	}
}

// BenchmarkKeystrokes is Keystrokes on a bare entry: what a key costs
// the benchmarks that use it, before their own handlers.
func BenchmarkKeystrokes(b *testing.B) {
	test.NewTempApp(b)
	e := widget.NewEntry()
	var typed int
	e.OnChanged = func(string) { typed++ }
	w := test.NewTempWindow(b, e)
	w.Canvas().Focus(e)
	Keystrokes(b, w, e, []string{"员", "工", "1"})
	if typed == 0 {
		b.Fatal("no key reached the entry")
	}
}
