package chartview

import (
	"fmt"
	"image/color"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"orgdesigner/app/chart"
	"orgdesigner/app/compare"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
	odtheme "orgdesigner/views/theme"
)

// compareFixture returns a comparison of the fixture (A, with an old
// department d-old and its role r-old) with a B that adds r-new, removes
// r-ana, d-old and r-old, moves r-sem from Search to Marketing and renames
// Operations — written by hand, as compare.Compare would list it.
func compareFixture() *compare.Result {
	a := fixture()
	a.Departments = append(a.Departments, data.Department{ID: "d-old", Name: "Print ads", Head: "r-old", Order: 4})
	a.Roles = append(a.Roles, data.Role{ID: "r-old", Title: "Print buyer", Department: "d-old", ReportsTo: "r-gm", Planned: 2, Order: 6})
	b := fixture()
	b.Roles = slices.DeleteFunc(b.Roles, func(r data.Role) bool { return r.ID == "r-ana" })
	b.Roles = append(b.Roles, data.Role{ID: "r-new", Title: "Content editor", Department: "d-mkt", ReportsTo: "r-mkt", Planned: 1, Order: 7})
	for i := range b.Roles {
		if b.Roles[i].ID == "r-sem" {
			b.Roles[i].Department, b.Roles[i].ReportsTo = "d-mkt", "r-mkt"
		}
	}
	b.Departments[1].Name = "Ops & growth"
	return &compare.Result{A: a, B: b, Changes: []compare.Change{
		{Kind: compare.RoleAdded, ID: "r-new", Name: "Content editor", Department: "d-mkt"},
		{Kind: compare.RoleRemoved, ID: "r-ana", Name: "Analyst", Department: "d-mkt"},
		{Kind: compare.DeptRemoved, ID: "d-old", Name: "Print ads"},
		{Kind: compare.RoleRemoved, ID: "r-old", Name: "Print buyer", Department: "d-old"},
		{Kind: compare.RoleMoved, ID: "r-sem", Name: "SEM specialist", Department: "d-mkt", From: "r-seo", To: "r-mkt"},
		{Kind: compare.RoleCardChanged, ID: "r-sem", Name: "SEM specialist", Department: "d-mkt", Fields: []string{"department"}},
		{Kind: compare.DeptRenamed, ID: "d-ops", Name: "Ops & growth", OldName: "Operations"},
	}}
}

// shownCard returns the pooled card drawing node id.
func shownCard(t *testing.T, c *Chart, id data.ID) *cardView {
	t.Helper()
	i := c.lay.Index(id)
	if i < 0 {
		t.Fatalf("%q is not in the chart", id)
	}
	v, ok := c.rend.shown[i]
	if !ok || v.body.Hidden {
		t.Fatalf("%q has no card on screen", id)
	}
	return v
}

// ghostSays is what the fixture's ghosts say at 100 %: removed, and what
// went with them.
var ghostSays = map[data.ID]string{"r-ana": "Removed · 2 planned", "d-old": "Removed · 1 role", "r-old": "Removed · 2 planned"}

func TestCompareOverlayMarksEveryKind(t *testing.T) {
	c, _, w := setup(t, fixture(), fyne.NewSize(1400, 900))
	res := compareFixture()
	c.SetCompare(res)
	c.Fit()
	w.Canvas().Capture()
	if c.Compare() != res {
		t.Fatal("Compare does not return the result shown")
	}
	pal := newPalette(c.Theme())
	for _, tc := range []struct {
		id   data.ID
		mark compare.Mark
	}{
		{"r-new", compare.MarkAdded},
		{"r-ana", compare.MarkRemoved},
		{"d-old", compare.MarkRemoved},
		{"r-old", compare.MarkRemoved},
		{"r-sem", compare.MarkMoved}, // moved beats changed
		{"d-ops", compare.MarkChanged},
		{"r-mkt", compare.MarkNone},
	} {
		i := c.lay.Index(tc.id)
		if got := c.markOf(i); got != tc.mark {
			t.Errorf("%s: mark %v, want %v", tc.id, got, tc.mark)
		}
		v := shownCard(t, c, tc.id)
		switch tc.mark {
		case compare.MarkAdded, compare.MarkMoved, compare.MarkRemoved:
			if v.body.StrokeColor != pal.marks.of(tc.mark) {
				t.Errorf("%s: outline %v, want the mark colour %v", tc.id, v.body.StrokeColor, pal.marks.of(tc.mark))
			}
		case compare.MarkNone:
			if v.body.StrokeColor == pal.marks.added || v.body.StrokeColor == pal.marks.moved || v.body.StrokeColor == pal.marks.removed {
				t.Errorf("%s: an unchanged card is outlined in a mark colour", tc.id)
			}
		}
		if dot := !v.dot.Hidden; dot != (tc.mark == compare.MarkChanged) {
			t.Errorf("%s: blue dot shown = %v", tc.id, dot)
		}
		if tc.mark == compare.MarkRemoved {
			if f := nrgba(v.body.FillColor); f.A == 0xFF {
				t.Errorf("%s: a ghost is drawn opaque", tc.id)
			}
			if want := ghostSays[tc.id]; v.sub.Hidden || v.sub.Text != want {
				t.Errorf("%s: ghost says %q, want %q", tc.id, v.sub.Text, want)
			}
		}
	}
	if v := shownCard(t, c, "d-ops"); v.dot.FillColor != pal.marks.changed {
		t.Errorf("the changed card's dot is %v, want %v", v.dot.FillColor, pal.marks.changed)
	}
	// The moved line: amber line objects, ending at r-sem.
	r := c.rend
	if r.moves.used == 0 {
		t.Fatal("no line from r-sem's old parent")
	}
	for k := range r.moves.used {
		if l := r.moves.pool[k]; l.StrokeColor != pal.marks.moved || l.Hidden {
			t.Errorf("moved line piece %d: colour %v hidden %v", k, l.StrokeColor, l.Hidden)
		}
	}
	if len(c.moves) != 1 || c.moves[0] != [2]int{c.lay.Index("r-seo"), c.lay.Index("r-sem")} {
		t.Errorf("moved lines %v, want one from r-seo to r-sem", c.moves)
	}
	// The legend names the four marks.
	g := r.over.compare
	var words []string
	for _, tx := range g.texts {
		if !tx.Hidden {
			words = append(words, tx.Text)
		}
	}
	if !slices.Equal(words, []string{"Added", "Removed", "Moved", "Changed"}) || g.bg.Hidden {
		t.Errorf("legend shows %v", words)
	}

	c.SetCompare(nil)
	w.Canvas().Capture()
	if c.lay.Index("r-new") >= 0 || c.lay.Index("r-ana") < 0 || c.marks != nil {
		t.Error("turning the overlay off did not show the session's document again")
	}
	if !g.bg.Hidden || r.moves.used != 0 {
		t.Error("the legend or the moved line stayed after the overlay was turned off")
	}
	if v := shownCard(t, c, "d-ops"); !v.dot.Hidden {
		t.Error("the blue dot stayed after the overlay was turned off")
	}
}

func TestCompareGhostsStayAtTheirOldPlace(t *testing.T) {
	c, _, _ := setup(t, fixture(), fyne.NewSize(1400, 900))
	c.SetCompare(compareFixture())
	parentOf := func(id data.ID) data.ID {
		i := c.lay.Index(id)
		if i < 0 {
			t.Fatalf("%q is not in the chart", id)
		}
		return c.lay.Nodes[c.lay.Nodes[i].Parent].ID
	}
	// r-ana reported to r-mkt, which B still has; r-old sat in d-old, a
	// ghost itself, which hangs under the manager its head reported to.
	for id, want := range map[data.ID]data.ID{"r-ana": "r-mkt", "r-old": "d-old", "d-old": "r-gm", "r-new": "r-mkt"} {
		if got := parentOf(id); got != want {
			t.Errorf("%s hangs under %q, want %q", id, got, want)
		}
	}
	// Among r-mkt's reports the ghost keeps its place before the roles
	// B added after it.
	kids := c.lay.Nodes[c.lay.Index("r-mkt")].Children
	var order []data.ID
	for _, k := range kids {
		order = append(order, c.lay.Nodes[k].ID)
	}
	if a, n := slices.Index(order, "r-ana"), slices.Index(order, "r-new"); a < 0 || n < 0 || a > n {
		t.Errorf("r-mkt's reports %v: the ghost r-ana should come before r-new", order)
	}
	// Ghosts plan no headcount: B's totals stay B's.
	if got := c.lay.Nodes[0].Planned; got != 1+1+1+3+1+1 {
		t.Errorf("company planned %d with ghosts, want B's 8", got)
	}
}

func TestWithGhostsKeepsOrder(t *testing.T) {
	id := func(s *string) data.ID { return data.ID(*s) }
	a := []string{"x", "g1", "y", "g2", "g3", "z"}
	b := []string{"y", "new", "z", "x"}
	got := withGhosts(b, []string{"g1", "g2", "g3"}, a, id)
	want := []string{"y", "g2", "g3", "new", "z", "x", "g1"}
	if !slices.Equal(got, want) {
		t.Errorf("withGhosts = %v, want %v", got, want)
	}
	if got := withGhosts(b, nil, a, id); !slices.Equal(got, b) {
		t.Errorf("no ghosts: %v", got)
	}
}

func TestCompareSelectByIDRevealsAddedNode(t *testing.T) {
	c, _, _ := setup(t, fixture(), fyne.NewSize(900, 600))
	var reported data.ID
	c.OnSelected = func(id data.ID, _ chart.Kind) { reported = id }
	c.SetCompare(compareFixture())
	c.SetLevel(1) // the heads' staff folded away
	c.SetZoom(1.5)
	c.Select("d-old")
	if c.lay.Index("r-new") >= 0 {
		t.Fatal("r-new is shown although level 1 folds it")
	}
	// The folded branches holding changes say so on their fold badge.
	// r-mkt folds the added r-new and the ghost r-ana; r-ops folds
	// Search, which B leaves alone.
	for id, want := range map[data.ID]bool{"r-mkt": true, "r-ops": false} {
		if i := c.lay.Index(id); i < 0 || !c.lay.Nodes[i].HasHidden || c.changesFolded(i) != want {
			t.Errorf("%s: changes folded below it = %v, want %v", id, !want, want)
		}
	}
	c.Refresh()
	if v := c.rend.shown[c.lay.Index("r-mkt")]; v == nil || v.fold.Hidden || v.fold.StrokeColor != newPalette(c.Theme()).marks.changed {
		t.Error("r-mkt's fold badge is not drawn in the changed colour")
	}
	c.Select("r-new")
	if c.Selected() != "r-new" || reported != "r-new" {
		t.Fatalf("Select(r-new) selected %q, reported %q", c.Selected(), reported)
	}
	i := c.lay.Index("r-new")
	if i < 0 || c.markOf(i) != compare.MarkAdded {
		t.Fatal("the revealed r-new lost its mark")
	}
	vr := c.view.rect()
	r := c.lay.Nodes[i].Rect
	if r.X < vr.X || r.Y < vr.Y || r.Right() > vr.Right() || r.Bottom() > vr.Bottom() {
		t.Errorf("r-new at %v is not scrolled into the view %v", r, vr)
	}
	c.Select("r-ana") // a ghost
	if c.Selected() != "r-ana" {
		t.Errorf("Select did not select the ghost r-ana (selected %q)", c.Selected())
	}
}

func TestCompareRefusesEdits(t *testing.T) {
	c, sess, _ := setup(t, fixture(), fyne.NewSize(1000, 800))
	var msg string
	c.OnError = func(m string) { msg = m }
	c.confirm = func(_, _, _ string, done func(bool)) { done(true) }
	c.SetCompare(compareFixture())
	before := sess.Doc()
	c.Select("r-new")
	for name, edit := range map[string]func(){"delete": c.Delete, "add child": c.AddChild, "rename": c.Rename, "duplicate": c.Duplicate} {
		msg = ""
		edit()
		if msg == "" {
			t.Errorf("%s while comparing: no message", name)
		}
		if sess.Doc() != before || c.Renaming() {
			t.Errorf("%s while comparing changed the document or opened an editor", name)
		}
	}
	if c.draggable(c.lay.Index("r-new")) {
		t.Error("cards can be dragged while comparing")
	}
	// The session's changes are not followed while comparing; turning the
	// overlay off shows the session's document.
	c.SetCompare(nil)
	c.Select("r-ana")
	msg = ""
	c.Delete()
	if msg != "" || sess.Doc().Role("r-ana") != nil {
		t.Errorf("deleting after the overlay was turned off failed: %q", msg)
	}
}

// TestCompareColorsLegible: each mark colour keeps 3:1 against the card and
// the chart background in the light and the dark theme, and a ghost's text
// against its faded fill.
func TestCompareColorsLegible(t *testing.T) {
	test.NewTempApp(t)
	for _, v := range []odtheme.Variant{odtheme.Light, odtheme.Dark} {
		pal := newPalette(odtheme.New(v))
		for _, m := range legendMarks {
			col := pal.marks.of(m)
			for name, bg := range map[string]color.Color{"card": pal.card, "background": pal.bg} {
				if r := odtheme.Contrast(col, bg); r < 3 {
					t.Errorf("%v: mark %v colour %v has contrast %.2f on the %s", v, m, col, r, name)
				}
			}
		}
		ghost := markLook(look{fill: pal.card}, compare.MarkRemoved, pal)
		f := nrgba(ghost.fill)
		bg := nrgba(pal.bg)
		a := float64(f.A) / 255
		over := mix(bg, color.NRGBA{f.R, f.G, f.B, 0xFF}, a)
		if r := odtheme.Contrast(ghost.text, over); r < 3 {
			t.Errorf("%v: ghost text contrast %.2f", v, r)
		}
	}
}

func TestGoldenCompareImage(t *testing.T) {
	c, _, w := setup(t, fixture(), fyne.NewSize(1100, 760))
	fyne.CurrentApp().Settings().SetTheme(odtheme.WithFont(test.Theme()))
	c.SetCompare(compareFixture())
	c.Fit()
	c.Select("r-new")
	test.AssertRendersToImage(t, "compare.png", w.Canvas())
}

// compareBig returns a comparison of a bigDoc of n roles with a copy in
// which every 20th role is removed, every 20th other one moved to the next
// department, every 10th renamed and 250 roles added.
func compareBig(n int) *compare.Result {
	a, b := bigDoc(n), bigDoc(n)
	var changes []compare.Change
	keep := b.Roles[:0]
	for i, r := range b.Roles {
		switch {
		case i > 0 && i%20 == 7 && r.ID != b.Departments[0].Head:
			changes = append(changes, compare.Change{Kind: compare.RoleRemoved, ID: r.ID, Name: r.Title, Department: r.Department})
			continue
		case i > 0 && i%20 == 13:
			from := r.ReportsTo
			d := (i/25 + 1) % len(b.Departments)
			r.Department, r.ReportsTo = b.Departments[d].ID, b.Departments[d].Head
			changes = append(changes, compare.Change{Kind: compare.RoleMoved, ID: r.ID, Name: r.Title, Department: r.Department, From: from, To: r.ReportsTo})
		case i%10 == 3:
			r.Title += " (new title)"
			changes = append(changes, compare.Change{Kind: compare.RoleRenamed, ID: r.ID, Name: r.Title, Department: r.Department})
		}
		keep = append(keep, r)
	}
	b.Roles = keep
	for k := range 250 {
		d := b.Departments[k%len(b.Departments)]
		id := data.ID(fmt.Sprintf("added-%d", k))
		b.Roles = append(b.Roles, data.Role{ID: id, Title: fmt.Sprintf("Added role %d", k), Department: d.ID, ReportsTo: d.Head, Planned: 1})
		changes = append(changes, compare.Change{Kind: compare.RoleAdded, ID: id, Department: d.ID})
	}
	return &compare.Result{A: a, B: b, Changes: changes}
}

// BenchmarkCompareOverlay measures, on 5,000 roles, turning the overlay on
// (building its document, laying it out and marking it), and frames of a
// 1920×1080 window at 100 % and 50 % with the overlay on and off, taken
// alternately so both run under the same load: "sync" is the chart's own
// work (placing cards, marks, lines), "frame" adds the test driver's
// software painting.
func BenchmarkCompareOverlay(b *testing.B) {
	res := compareBig(5000)
	b.Run("set/roles=5000", func(b *testing.B) {
		c, _, _ := setup(b, bigDoc(5000), fyne.NewSize(1920, 1080))
		b.ResetTimer()
		for range b.N {
			c.SetCompare(res)
			c.cmp = nil
		}
	})
	for _, z := range []float64{1, 0.5} {
		b.Run(fmt.Sprintf("frame/zoom=%v/roles=5000", z), func(b *testing.B) {
			test.NewTempApp(b)
			fyne.CurrentApp().Settings().SetTheme(theme.LightTheme())
			type subject struct {
				c           *Chart
				w           fyne.Window
				sync, frame time.Duration
			}
			var subjects []*subject
			for _, on := range []bool{false, true} {
				c := New(newSession(b, bigDoc(5000)))
				w := test.NewTempWindow(b, c)
				w.SetPadded(false)
				w.Resize(fyne.NewSize(1920, 1080))
				if on {
					c.SetCompare(res)
				}
				frameView(b, c, len(c.doc.Departments)/2-1, z)
				w.Canvas().Capture()
				subjects = append(subjects, &subject{c: c, w: w})
			}
			b.ResetTimer()
			for i := range b.N {
				for _, s := range subjects {
					start := time.Now()
					s.c.ScrollBy(float32(1-2*(i%2)), 0)
					synced := time.Now()
					s.w.Canvas().Capture()
					s.sync += synced.Sub(start)
					s.frame += time.Since(start)
				}
			}
			ms := func(d time.Duration) float64 { return d.Seconds() * 1000 / float64(b.N) }
			off, on := subjects[0], subjects[1]
			b.ReportMetric(ms(off.sync), "ms/sync-off")
			b.ReportMetric(ms(on.sync), "ms/sync-on")
			b.ReportMetric(ms(off.frame), "ms/frame-off")
			b.ReportMetric(ms(on.frame), "ms/frame-on")
			b.ReportMetric(float64(len(on.c.moves)), "moves")
			b.ReportMetric(float64(len(on.c.lay.Visible(on.c.view.rect()))), "cards")
		})
	}
}

// A removed role deep inside a folded branch is not in B's tree; the fold
// badge of the nearest shown branch that held it still says changes hide
// there (a real company at "fit" is folded to level 2).
func TestFoldedRemovalMarksTheBadge(t *testing.T) {
	c, _, _ := setup(t, fixture(), fyne.NewSize(900, 600))
	b := fixture()
	b.Roles = slices.DeleteFunc(b.Roles, func(r data.Role) bool { return r.ID == "r-sem" })
	c.SetCompare(compare.Compare(fixture(), b))
	c.SetLevel(1)
	i := c.lay.Index("r-ops")
	if i < 0 || !c.lay.Nodes[i].HasHidden {
		t.Fatal("r-ops is not a folded branch at level 1")
	}
	if !c.changesFolded(i) {
		t.Error("the fold badge of r-ops does not say a removed role hides below it")
	}
	if j := c.lay.Index("r-mkt"); j >= 0 && c.changesFolded(j) {
		t.Error("r-mkt's branch, which has no change, is marked")
	}
}

// TestGhostSaysWhatWasLost: a removed card says what went with it, its
// 编制 for a role, its roles and people for a department (its
// sub-departments' included), in Chinese and English, in a short form
// that fits the card, falling back to shorter ones on a narrow card.
func TestGhostSaysWhatWasLost(t *testing.T) {
	fx := compareFixture()
	a := fx.A
	// Give the removed department a sub-department of its own, and people.
	a.Departments = append(a.Departments, data.Department{ID: "d-old2", Name: "Flyers", Parent: "d-old", Head: "r-old2"})
	a.Roles = append(a.Roles, data.Role{ID: "r-old2", Title: "Flyer lead", Department: "d-old2", ReportsTo: "r-old", Planned: 3})
	a.People = append(a.People,
		data.Person{ID: "p-o1", Name: "Old one", Role: "r-old", Department: "d-old"},
		data.Person{ID: "p-o2", Name: "Old two", Role: "r-old2", Department: "d-old2"},
		data.Person{ID: "p-o3", Name: "Gone", Department: "d-old2", Status: data.StatusLeft})
	a.Reindex()
	res := compare.Compare(a, fx.B)
	for _, tc := range []struct {
		lang, role, dept, sub string
	}{
		{"en", "Removed · 2 planned", "Removed · 2 roles · 2 people", "Removed · 1 role · 1 person"},
		{"zh", "已撤销 · 编制 2", "已撤销 · 2 岗位 · 2 人", "已撤销 · 1 岗位 · 1 人"},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			c, _, w := setup(t, fx.B, fyne.NewSize(1400, 900))
			fyne.CurrentApp().Settings().SetTheme(odtheme.WithFont(test.Theme()))
			i18n.SetLanguage(tc.lang)
			t.Cleanup(func() { i18n.SetLanguage("en") })
			c.SetCompare(res)
			c.SetLevel(0)
			c.SetZoom(1)
			for id, want := range map[data.ID]string{"r-old": tc.role, "d-old": tc.dept, "d-old2": tc.sub} {
				c.CenterOn(id)
				w.Canvas().Capture()
				v := shownCard(t, c, id)
				if v.sub.Hidden || v.sub.Text != want {
					t.Errorf("%s: ghost says %q, want %q", id, v.sub.Text, want)
				}
				i := c.lay.Index(id)
				if inner := float32(c.lay.Nodes[i].Rect.W-2*cardPad) * float32(c.view.zoom); v.sub.MinSize().Width > inner+0.5 {
					t.Errorf("%s: %q is %.0f px wide on a card of %.0f", id, v.sub.Text, v.sub.MinSize().Width, inner)
				}
			}
			// Zoomed out to where cards drop their detail lines (the fitted
			// view's readable zoom), a ghost still says it was removed, at
			// the titles' size.
			c.SetZoom(readZoom)
			for _, id := range []data.ID{"r-old", "d-old"} {
				c.CenterOn(id)
				w.Canvas().Capture()
				if showDetail(newPalette(c.Theme()), float32(c.view.zoom)) {
					t.Fatalf("zoom %.2f still shows detail lines: the test needs them hidden", c.view.zoom)
				}
				v := shownCard(t, c, id)
				if v.sub.Hidden || !strings.HasPrefix(v.sub.Text, strings.SplitN(tc.role, " ·", 2)[0]) || v.sub.TextSize < minTitle {
					t.Errorf("%s at zoom %.2f: ghost line %q (hidden %v, %.1f px)", id, c.view.zoom, v.sub.Text, v.sub.Hidden, v.sub.TextSize)
				}
				top, bottom := v.body.Position().Y, v.body.Position().Y+v.body.Size().Height
				if y := v.sub.Position().Y; y < top || y+v.sub.MinSize().Height > bottom+1 {
					t.Errorf("%s: the ghost line at %.0f–%.0f leaves the card %.0f–%.0f", id, y, y+v.sub.MinSize().Height, top, bottom)
				}
				if v.sub.Position().X+v.sub.MinSize().Width > v.body.Position().X+v.body.Size().Width {
					t.Errorf("%s: the ghost line %q is wider than the card", id, v.sub.Text)
				}
			}
			// A narrow card keeps the shorter form rather than cutting it.
			pal := newPalette(c.Theme())
			full := fyne.MeasureText(tc.dept, pal.detail, fyne.TextStyle{}).Width
			got := c.cmp.ghostText("d-old", chart.KindDepartment, pal.detail, float64(full-1))
			if got == tc.dept || strings.HasSuffix(got, "…") {
				t.Errorf("on a narrow card the department's ghost says %q", got)
			}
		})
	}
}
