package field

import (
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"orgdesigner/app"
	"orgdesigner/data"
)

func newSession(t *testing.T) *app.Session {
	t.Helper()
	doc := &data.Document{
		Org:   data.Organisation{Name: "测试", Lang: "zh"},
		Roles: []data.Role{{ID: "r-1", Title: "专员", Planned: 1}},
	}
	st, err := data.Create(filepath.Join(t.TempDir(), "f.orgdb"), doc)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return app.NewSession(st)
}

func setPurpose(s *app.Session, v *Saver, key, text string) error {
	return v.Save(key, app.EditRole("r-1", "Edit purpose", func(r *data.Role) { r.Purpose = text }))
}

func TestSaverMergesOneRun(t *testing.T) {
	s := newSession(t)
	v := NewSaver(s)
	for _, text := range []string{"a", "ab", "abc"} {
		if err := setPurpose(s, v, "run-1", text); err != nil {
			t.Fatal(err)
		}
	}
	if got := s.Doc().Role("r-1").Purpose; got != "abc" {
		t.Fatalf("purpose = %q, want abc", got)
	}
	if err := s.Undo(); err != nil {
		t.Fatal(err)
	}
	if got := s.Doc().Role("r-1").Purpose; got != "" {
		t.Errorf("after one undo purpose = %q, want the original empty text", got)
	}
	if ok, _ := s.CanUndo(); ok {
		t.Error("three saves of one run left more than one undo step")
	}
}

func TestSaverKeepsSeparateRuns(t *testing.T) {
	tests := []struct {
		name    string
		between func(s *app.Session, v *Saver)
		key2    string
	}{
		{"another run of the field", func(*app.Session, *Saver) {}, "run-2"},
		{"another change in between", func(s *app.Session, v *Saver) {
			_ = v.Do(app.RenameRole("r-1", "主管"))
		}, "run-1"},
		{"an undo in between", func(s *app.Session, v *Saver) {
			_ = v.Do(app.RenameRole("r-1", "主管"))
			_ = s.Undo()
		}, "run-1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSession(t)
			v := NewSaver(s)
			if err := setPurpose(s, v, "run-1", "first"); err != nil {
				t.Fatal(err)
			}
			tt.between(s, v)
			if err := setPurpose(s, v, tt.key2, "second"); err != nil {
				t.Fatal(err)
			}
			if err := s.Undo(); err != nil {
				t.Fatal(err)
			}
			if got := s.Doc().Role("r-1").Purpose; got != "first" {
				t.Errorf("after one undo purpose = %q, want first", got)
			}
		})
	}
}

func TestSaverRefusedMergeKeepsEarlierSave(t *testing.T) {
	s := newSession(t)
	v := NewSaver(s)
	title := func(text string) error {
		return v.Save("run", app.EditRole("r-1", "Edit title", func(r *data.Role) { r.Title = text }))
	}
	if err := title("主管"); err != nil {
		t.Fatal(err)
	}
	if err := title(""); err == nil {
		t.Fatal("an empty title was accepted")
	}
	if got := s.Doc().Role("r-1").Title; got != "主管" {
		t.Errorf("title = %q after a refused save, want the earlier save 主管", got)
	}
	if ok, label := s.CanUndo(); !ok || label != "Edit title" {
		t.Errorf("CanUndo = %v %q, want the earlier save on the stack", ok, label)
	}
}

func TestEntryDebounce(t *testing.T) {
	test.NewTempApp(t)
	// Timers fire when the test says, on the test's goroutine, in the order
	// they were started; a stopped timer's callback still runs to check that
	// a stale timer saves nothing.
	var pending []func()
	var delays []time.Duration
	afterFunc = func(d time.Duration, f func()) *time.Timer {
		delays = append(delays, d)
		pending = append(pending, f)
		return time.NewTimer(time.Hour)
	}
	t.Cleanup(func() { afterFunc = time.AfterFunc })

	var saved []string
	e := NewEntry()
	e.OnCommit = func(text string) error { saved = append(saved, text); return nil }
	test.Type(e, "abc")
	if len(pending) != 3 {
		t.Fatalf("%d timers for 3 keystrokes, want one per keystroke", len(pending))
	}
	for _, d := range delays {
		if d != Delay {
			t.Errorf("timer of %v, want Delay (%v)", d, Delay)
		}
	}
	for _, fire := range pending {
		fire()
	}
	if len(saved) != 1 || saved[0] != "abc" {
		t.Errorf("saved %q, want one save of abc after the last keystroke", saved)
	}
}

func TestEntryKeepsPendingText(t *testing.T) {
	test.NewTempApp(t)
	old := Delay
	Delay = time.Hour
	t.Cleanup(func() { Delay = old })

	e := NewEntry()
	e.Set("model")
	test.Type(e, "!")
	e.Set("changed elsewhere")
	if e.Text != "!model" { // the cursor was at the start
		t.Errorf("a reload overwrote the text being typed: %q", e.Text)
	}
	e.Flush()
	e.Set("changed elsewhere")
	if e.Text != "changed elsewhere" {
		t.Errorf("a clean entry did not show the new value: %q", e.Text)
	}
	e.Normalize = NormalizeWeight
	e.Reset("")
	test.Type(e, "30%")
	e.Flush()
	e.Set("30")
	if e.Text != "30%" {
		t.Errorf("Set rewrote %q although it means the model's value", e.Text)
	}
}

func TestParseWeight(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		bad  bool
	}{
		{"", 0, false}, {"30", 30, false}, {"30%", 30, false}, {" ３０％ ", 30, false},
		{"12.5", 12.5, false}, {"100", 100, false}, {"0", 0, false},
		{"101", 0, true}, {"-1", 0, true}, {"abc", 0, true}, {"NaN", 0, true}, {"Inf", 0, true},
	}
	for _, tt := range tests {
		got, err := ParseWeight(tt.in)
		if (err != nil) != tt.bad || got != tt.want {
			t.Errorf("ParseWeight(%q) = %v, %v; want %v, bad=%v", tt.in, got, err, tt.want, tt.bad)
		}
	}
}

func TestParseCount(t *testing.T) {
	tests := []struct {
		in   string
		want int
		bad  bool
	}{
		{"", 0, false}, {"3", 3, false}, {"３", 3, false}, {" 12 ", 12, false},
		{"-1", 0, true}, {"1.5", 0, true}, {"two", 0, true},
	}
	for _, tt := range tests {
		got, err := ParseCount(tt.in)
		if (err != nil) != tt.bad || got != tt.want {
			t.Errorf("ParseCount(%q) = %v, %v; want %v, bad=%v", tt.in, got, err, tt.want, tt.bad)
		}
	}
}

func FuzzParseWeight(f *testing.F) {
	for _, s := range []string{"", "30", "30%", "３０％", "1e2", "-0", "100.0000001"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		w, err := ParseWeight(s)
		if err != nil {
			return
		}
		if w < 0 || w > 100 {
			t.Fatalf("ParseWeight(%q) = %v, outside 0..100", s, w)
		}
		// What is shown must read back as the same weight.
		if back, err := ParseWeight(FormatWeight(w)); err != nil || back != w {
			t.Fatalf("FormatWeight(%v) = %q reads back as %v, %v", w, FormatWeight(w), back, err)
		}
	})
}

func TestChoicesUnique(t *testing.T) {
	c := &Choices{}
	c.Add("a", "专员")
	c.Add("b", "专员")
	c.Add("", "无")
	if c.Labels[0] == c.Labels[1] {
		t.Fatalf("duplicate labels %v", c.Labels)
	}
	for _, id := range []data.ID{"a", "b", ""} {
		if got, ok := c.ID(c.Label(id)); !ok || got != id {
			t.Errorf("round trip of %q gave %q, %v", id, got, ok)
		}
	}
}
